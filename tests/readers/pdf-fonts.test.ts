// The PDF reader asks pdf.js for fonts by name only, never for glyph outlines (noGlyphOutlines in
// src/readers/pdf.ts). That relies on pdf.js internals, so these tests pin them: the exact version, the
// font loader the reader replaces, and the observable result (fonts named, bold resolved, no outline
// objects) on PDFs with bold CJK fonts. An upgrade of pdfjs-dist that changes any of it fails here.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphText } from '../../src/model.js';
import { PDFJS_CHECKED_VERSION, readPdf } from '../../src/readers/pdf.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = (path: string) => new Uint8Array(readFileSync(join(root, path)));
const require = createRequire(import.meta.url);

/** pdf.js's PDFObjects class (not exported), reached through a page of a real document. */
async function commonObjsPrototype(): Promise<{ resolve: (id: string, data: unknown) => void }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes('fixtures/pdf/tiny-latin.pdf'), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const proto = Object.getPrototypeOf(page.commonObjs);
  await doc.destroy();
  return proto;
}

/** Every object pdf.js resolves in commonObjs while the reader reads `path`. */
async function resolvedObjects(path: string): Promise<Array<{ id: string; data: unknown }>> {
  const proto = await commonObjsPrototype();
  const seen: Array<{ id: string; data: unknown }> = [];
  const original = proto.resolve;
  vi.spyOn(proto, 'resolve').mockImplementation(function (this: unknown, id: string, data: unknown) {
    seen.push({ id, data });
    return original.call(this, id, data);
  });
  await readPdf(bytes(path));
  return seen;
}

afterEach(() => vi.restoreAllMocks());

describe('pdf.js internals the PDF reader relies on', () => {
  it('the installed pdfjs-dist is the version they were checked against, pinned exactly', () => {
    const installed = (require('pdfjs-dist/package.json') as { version: string }).version;
    const declared = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['pdfjs-dist'];
    expect(installed).toBe(PDFJS_CHECKED_VERSION);
    expect(declared).toBe(PDFJS_CHECKED_VERSION);
  });

  it('a document has the font loader the reader replaces (_transport.fontLoader.bind)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes('fixtures/pdf/tiny-latin.pdf'), verbosity: 0 }).promise;
    const loader = (doc as unknown as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
    await doc.destroy();
    expect(typeof loader?.bind).toBe('function');
  });

  it('reading a PDF with bold CJK fonts resolves its fonts by name and builds no glyph outlines', async () => {
    const objects = await resolvedObjects('fixtures/variants/notice-city.pdf');
    const fontNames = objects.map((o) => (o.data as { name?: unknown } | null)?.name).filter((n) => typeof n === 'string');
    expect(fontNames).toEqual(expect.arrayContaining(['BAAAAA+NotoSerifCJKjp-Regular-VKana', 'CAAAAA+NotoSerifCJKjp-Bold-VKana']));
    expect(objects.filter((o) => o.id.includes('_path_'))).toEqual([]);
  }, 30_000);
});

describe('font names and bold with the outline-free font loading', () => {
  it('notice-city: the bold CJK font gives bold runs, the regular one plain runs, both named', async () => {
    const m = await readPdf(bytes('fixtures/variants/notice-city.pdf'));
    const runs = m.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    const bold = runs.filter((r) => r.bold).map((r) => r.text).join('');
    const plain = runs.filter((r) => !r.bold).map((r) => r.text).join('');
    expect(bold).toContain('关于印发《2023年某市政务公开工作要点》的通知');
    expect(bold).toContain('牵头单位：市发展改革委');
    expect(plain).toContain('经市政府同意');
    expect(new Set(runs.map((r) => r.font))).toEqual(new Set(['NotoSerifCJKjp']));
  }, 30_000);

  it('a WPS export with GBK-coded font names: 宋体/仿宋/微软雅黑 come out as their families', async () => {
    const m = await readPdf(bytes('fixtures/pdf/real-05-wps-export.pdf'));
    const byFont = new Map<string, string>();
    for (const b of m.blocks) if (b.kind === 'paragraph') for (const r of b.runs) if (r.font) byFont.set(r.font, (byFont.get(r.font) ?? '') + r.text);
    expect(byFont.get('MicrosoftYaHei')).toContain('国防部关于放假的通知');
    expect(byFont.get('FangSong')).toContain('各有关单位');
    expect(m.blocks.some((b) => b.kind === 'paragraph' && paragraphText(b).includes('国防部关于放假的通知'))).toBe(true);
  }, 30_000);
});

/** A one-page PDF: a line of Helvetica text above a 600 × 600 grey picture (a seal, a letterhead). */
function pdfWithPicture(): Uint8Array {
  const pixels = deflateSync(Buffer.alloc(600 * 600 * 3, 0x80));
  const content = 'BT /F1 18 Tf 72 720 Td (Notice with a seal) Tj ET q 200 0 0 200 72 400 cm /Im1 Do Q';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /XObject /Subtype /Image /Width 600 /Height 600 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = i === 4 ? Buffer.concat([Buffer.from(`5 0 obj\n${body}`), pixels, Buffer.from('\nendstream\nendobj\n')]) : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

describe('pictures are never decoded (maxImageSize: 0)', () => {
  it('a page with text and a picture: the text is read, the picture left out of the operator list (so never decoded)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const probe = await pdfjs.getDocument({ data: bytes('fixtures/pdf/tiny-latin.pdf'), verbosity: 0 }).promise;
    const proto = Object.getPrototypeOf(await probe.getPage(1)) as { getOperatorList: (...a: unknown[]) => Promise<{ fnArray: number[] }> };
    await probe.destroy();
    const lists: number[][] = [];
    const original = proto.getOperatorList;
    vi.spyOn(proto, 'getOperatorList').mockImplementation(async function (this: unknown, ...a: unknown[]) {
      const ops = await original.apply(this, a);
      lists.push(ops.fnArray);
      return ops;
    });
    const m = await readPdf(pdfWithPicture());
    expect(lists.length).toBeGreaterThan(0); // the page's fonts are named through its operator list
    const images = [pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject];
    expect(lists.flat().filter((f) => images.includes(f))).toEqual([]);
    expect(m.blocks.some((b) => b.kind === 'paragraph' && paragraphText(b).includes('Notice with a seal'))).toBe(true);
    expect(m.diagnostics).toEqual([]);
  }, 30_000);

  it('pdf.js itself decodes that picture when no limit is set (so the test above can fail)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: pdfWithPicture(), verbosity: 0 }).promise;
    const ops = await (await doc.getPage(1)).getOperatorList();
    await doc.destroy();
    expect(ops.fnArray).toContain(pdfjs.OPS.paintImageXObject);
  }, 30_000);

  it('a scanned page among text pages is still told apart from a blank one (the check opens the file with pictures)', async () => {
    const m = await readPdf(bytes('fixtures/pdf/mixed-text-and-scan.pdf'));
    expect(m.diagnostics).toEqual([expect.objectContaining({ rule: 'pdf-page-no-text', severity: 'error', source: { page: 3 } })]);
  }, 30_000);
});
