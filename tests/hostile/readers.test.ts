// Readers against hostile files: bounded numbering, bounded XML, no DTDs, and library errors
// turned into reasons a clerk understands.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { inputErrorMessage } from '../../src/i18n/index.js';
import { paragraphText, type Paragraph } from '../../src/model.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { MAX_MARKER } from '../../src/readers/docx/numbering.js';
import { MAX_XML_PART_BYTES } from '../../src/readers/docx/zip.js';
import { storeZip } from '../support/store-zip.js';
import { libraryError } from '../../src/readers/library-errors.js';
import { reason } from '../support/input-error.js';

const hostile = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/hostile/${name}`, import.meta.url)));
const texts = (blocks: unknown[]) => (blocks as Paragraph[]).filter((b) => b.kind === 'paragraph').map(paragraphText);

describe('Word numbering bounds', () => {
  for (const name of ['docx-numbering-letters-max.docx', 'docx-numbering-letters-2M.docx', 'docx-numbering-lvltext-1MB.docx']) {
    it(`${name}: every marker stays short`, async () => {
      const m = await readDocx(hostile(name));
      const ps = m.blocks as Paragraph[];
      expect(ps.length).toBeGreaterThanOrEqual(20);
      for (const p of ps) expect((p.numbering ?? '').length).toBeLessThanOrEqual(MAX_MARKER + 1);
      expect(ps.some((p) => p.numbering)).toBe(true);
    });
  }

  it('w:start is capped at 32767, as in Word', async () => {
    const m = await readDocx(hostile('docx-numbering-letters-2M.docx'));
    // 32767 in upperLetter: the 7th letter (G), 1261 times, cut to the marker bound.
    expect((m.blocks[0] as Paragraph).numbering).toMatch(/^G+/);
  });
});

describe('XML parts', () => {
  const docx = (documentXml: string) => storeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: 'word/document.xml', data: Buffer.from(documentXml) },
  ]);
  const body = (inner: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${inner}</w:body></w:document>`;

  it('reads a small document built the same way (the test builder is sound)', async () => {
    const m = await readDocx(docx(body('<w:p><w:r><w:t>加强管理</w:t></w:r></w:p>')));
    expect(texts(m.blocks)).toEqual(['加强管理']);
  });

  it('refuses a document.xml larger than the pipeline holds, before inflating it', async () => {
    await expect(readDocx(hostile('docx-near-limit-99MB-xml.docx'))).rejects.toThrow(/document\.xml holds 94 MB/);
    const big = body('<w:p><w:r><w:t>加强管理</w:t></w:r></w:p>'.repeat(Math.ceil(MAX_XML_PART_BYTES / 40)));
    expect(await reason(readDocx(docx(big)))).toBe('too-large');
  });

  it('reads a document.xml of several MB (a long task table), far past what mammoth could hold', async () => {
    const row = '<w:p><w:r><w:t>（一）加强组织领导。牵头单位：市发展改革委；完成时限：2025年6月底前。</w:t></w:r></w:p>';
    const rows = Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(row));
    const big = body(row.repeat(rows));
    expect(Buffer.byteLength(big)).toBeGreaterThan(4 * 1024 * 1024); // over the 3 MB the reader once refused
    const m = await readDocx(docx(big));
    expect(m.blocks.length).toBe(rows);
  });

  it('refuses a DTD (entities), internal or external, with a plain reason', async () => {
    const e = await readDocx(hostile('docx-doctype-entity.docx')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/DTD/);
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + body('<w:p><w:r><w:t>&x;</w:t></w:r></w:p>').replace('<?xml version="1.0"?>', '');
    expect(await reason(readDocx(docx(external)))).toBe('corrupt');
  });

  it('a document nested 50,000 deep is refused without library text', async () => {
    const e = await readDocx(hostile('docx-nest-50000.docx')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toMatch(/call stack|Maximum/);
    expect((e as Error).message).toMatch(/nested/);
  });
});

describe('library errors become reasons', () => {
  const cases: Array<[unknown, string, RegExp]> = [
    [new RangeError('Maximum call stack size exceeded'), 'corrupt', /nested/],
    [new RangeError('Invalid array length'), 'too-large', /memory/],
    [new Error('[xmldom error]\tentity not found:&e;'), 'corrupt', /XML is damaged/],
    [new RangeError('Attempt to access memory outside buffer bounds'), 'corrupt', /outside its own data/],
    [new Error('End of data reached (data length = 0, asked index = 4). Corrupted zip ?'), 'corrupt', /ZIP/],
    [new Error('Bad (uncompressed) XRef entry: 12'), 'corrupt', /structure/],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), 'corrupt', /damaged/],
  ];
  for (const [err, why, says] of cases) {
    it(String(err), () => {
      const e = libraryError(err, 'part.docx');
      expect(e.reason).toBe(why);
      expect(e.message).toMatch(says);
      expect(e.message).toMatch(/^cannot read the Word document: /);
      expect(e.message).not.toMatch(/xmldom|\t|Maximum call|Invalid array|XRef|undefined|buffer bounds/);
      // In Chinese the same, with the part of the file named in Chinese too.
      expect(inputErrorMessage(e, 'zh')).toMatch(/^无法读取Word 文档：\p{Script=Han}/u);
      expect(inputErrorMessage(e, 'zh')).not.toMatch(/xmldom|\t|Maximum call|Invalid array|XRef|undefined|buffer bounds|damaged/);
    });
  }
});
