import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { cellText, paragraphText, type DocModel, type Paragraph, type Table } from '../../src/model.js';
import { readDoc } from '../../src/readers/doc.js';
import { fakeOle } from '../support/fake-ole.js';
import { reason } from '../support/input-error.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/docx/${name}`, import.meta.url)));

const S002 = '002_2c6f66eac2dcb85f';
const S003 = '003_e6c18e5cbf62b806';

function txtParagraphs(name: string): string[] {
  return fixture(`${name}.txt`)
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter((l) => l !== '');
}

function texts(m: DocModel): string[] {
  return m.blocks
    .filter((b): b is Paragraph => b.kind === 'paragraph')
    .map((p) => paragraphText(p).trim())
    .filter((t) => t !== '');
}



describe('readDoc (Word 97–2003)', () => {
  for (const s of [S002, S003]) {
    it(`${s}.doc: one paragraph per line, text equal to the .txt`, async () => {
      const m = await readDoc(fixture(`${s}.doc`));
      expect(m.format).toBe('doc');
      expect(texts(m)).toEqual(txtParagraphs(s));
      const ps = m.blocks as Paragraph[];
      expect(ps.map((p) => p.source.paragraph)).toEqual(ps.map((_, i) => i + 1));
      // curly quotes are kept as typed (word-extractor folds them to ASCII by default)
      expect(texts(m).join('\n')).toContain('“');
    });
  }

  it('a .docx handed to readDoc is read as a .docx', async () => {
    const m = await readDoc(fixture(`${S002}.docx`));
    expect(m.format).toBe('docx');
  });

  it('refuses empty, encrypted, non-Word OLE and damaged files with InputError', async () => {
    expect(await reason(readDoc(new Uint8Array()))).toBe('empty');
    expect(await reason(readDoc(fakeOle(['EncryptionInfo', 'EncryptedPackage'])))).toBe('encrypted');
    expect(await reason(readDoc(fakeOle(['Workbook'])))).toBe('unsupported');
    expect(await reason(readDoc(fakeOle(['WordDocument'])))).toBe('corrupt');
    expect(await reason(readDoc(Buffer.from('plain text, not a doc')))).toBe('corrupt');
    const b = Buffer.from(fixture(`${S002}.doc`));
    expect(await reason(readDoc(b.subarray(0, 3000)))).toBe('corrupt');
  });
});

describe('tables in .doc', () => {
  it('rebuilds 004\'s task table from cell and row marks, merged cells included', async () => {
    const m = await readDoc(new Uint8Array(fixture('004_de53bfd0c85c9c9e.doc')));
    const tables = m.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0] as Table;
    expect(t.rows).toHaveLength(45);
    expect(t.rows[0].map(cellText)).toEqual(['序号', '任务名称', '具体内容', '责任单位', '完成时限']);
    // A paragraph break inside a cell stays inside it.
    expect(cellText(t.rows[1][1])).toBe('一、深化\n主动公开');
    expect(t.rows[1][1].rowSpan).toBe(19);
  });
});
