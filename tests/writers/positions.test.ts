// Where a task stands in a Word file, in a clerk's words: 表1第2行 for a table row, and the page
// Word recorded (w:lastRenderedPageBreak) when it last laid the document out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline.js';
import { renderedPages } from '../../src/readers/docx/pages.js';
import { ZipArchive } from '../../src/readers/docx/zip.js';
import { storeZip } from '../support/store-zip.js';
import { sourceLabel } from '../../src/writers/columns.js';

const DOCX_004 = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', '004_de53bfd0c85c9c9e.docx');

/** The fixture with Word's rendered page breaks put before the runs of paragraphs `at` (0-based w:p order). */
function withPageBreaks(at: number[]): Uint8Array {
  const zip = new ZipArchive(readFileSync(DOCX_004));
  const files = [...zip.entries.keys()].map((name) => ({ name, data: zip.read(name)! }));
  const doc = files.find((f) => f.name === 'word/document.xml')!;
  let k = -1;
  doc.data = Buffer.from(doc.data.toString('utf8').replace(/<w:p(?=[\s>])[^>]*>/g, (p) => {
    k++;
    return at.includes(k) ? `${p}<w:r><w:lastRenderedPageBreak/></w:r>` : p;
  }), 'utf8');
  return new Uint8Array(storeZip(files));
}

describe('renderedPages', () => {
  it('counts the breaks before each paragraph, and knows nothing without any', () => {
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      + '<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr/><w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r></w:p><w:p/><w:p><w:proofErr/></w:p></w:body></w:document>';
    expect(renderedPages(xml)).toEqual([1, 1, 2, 2]);
    expect(renderedPages(xml.replace('<w:lastRenderedPageBreak/>', ''))).toBeNull();
  });
});

describe('Word task sources', () => {
  it('name the table and row, and the page Word recorded', async () => {
    const plain = await parseBytes(new Uint8Array(readFileSync(DOCX_004)), { file: '004.docx' });
    const first = plain.tasks[0];
    expect(first.source).toMatchObject({ table: 1, row: 2 });
    expect(first.source.page).toBeUndefined(); // no page breaks recorded: no page guessed
    expect(sourceLabel(first.source, 'zh')).toBe('表1第2行');

    // Page 2 starts at the 10th paragraph, page 3 at the 60th XML paragraph.
    const paged = await parseBytes(withPageBreaks([9, 59]), { file: '004.docx' });
    expect(paged.tasks.map((t) => t.id)).toEqual(plain.tasks.map((t) => t.id));
    const pages = paged.tasks.map((t) => t.source.page);
    expect(pages.every((p) => p === 2 || p === 3)).toBe(true);
    expect(pages).toEqual([...pages].sort());
    expect(pages).toContain(3);
    expect(sourceLabel(paged.tasks[0].source, 'zh')).toBe('第2页表1第2行');
    const heading = paged.headings[0];
    expect(heading.source.page).toBeGreaterThanOrEqual(1);
    expect(sourceLabel(heading.source, 'zh')).toBe(`第${heading.source.page}页第${heading.source.paragraph}段`);
    const order = [...paged.headings, ...paged.tasks].map((x) => [x.source.paragraph!, x.source.page!]).sort((a, b) => a[0] - b[0]);
    expect(order.map(([, p]) => p)).toEqual(order.map(([, p]) => p).sort());
  });
});
