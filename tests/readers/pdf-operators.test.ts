// The PDF reader reads pdf.js's operator list (fonts' names, table rulings) only on the pages that need it:
// the planner (pdf-operators.ts), the text test that flags a page that may hold a ruled table
// (mayHoldRuledTable), and the reader on real PDFs (fewer operator lists than pages, nothing lost).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOperatorLists, type PageNeeds } from '../../src/readers/pdf-operators.js';
import { CELL_GAP_EM, mayHoldRuledTable } from '../../src/readers/pdf-table.js';
import type { PdfItem } from '../../src/readers/pdf-text.js';
import { readPdf } from '../../src/readers/pdf.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bytes = (path: string) => new Uint8Array(readFileSync(join(root, path)));

/**
 * Run the planner over pages given as [fonts, mayHoldTable]; `ruled` pages draw vertical rules; fonts in `known`
 * are named from the start, fonts whose id starts with "broken" never are.
 */
async function plan(pages: Array<[string[], boolean]>, ruled: number[] = [], known: string[] = []): Promise<number[]> {
  const named = new Set(known);
  const fontsOf = new Map<number, string[]>();
  const needs: PageNeeds[] = pages.map(([fonts, mayHoldTable], i) => {
    fontsOf.set(i + 1, fonts);
    return { page: i + 1, fontIds: new Set(fonts), mayHoldTable };
  });
  const reads: number[] = [];
  await readOperatorLists(
    needs,
    async (n) => {
      reads.push(n);
      for (const f of fontsOf.get(n) ?? []) if (!f.startsWith('broken')) named.add(f); // an operator list names the page's fonts
      return ruled.includes(n);
    },
    (id) => named.has(id),
  );
  return reads;
}

describe('readOperatorLists: which pages have their operator list read', () => {
  it('none when every font is named and no page may hold a table', async () => {
    expect(await plan([[['f1'], false], [['f1'], false]], [], ['f1'])).toEqual([]);
  });
  it('one page for fonts used all over the document', async () => {
    expect(await plan([[['f1', 'f2'], false], [['f1'], false], [['f2'], false]])).toEqual([1]);
  });
  it('the page using most unnamed fonts first, then what is left (new subsets of a font on later pages)', async () => {
    expect(await plan([[['f1'], false], [['f1', 'f2'], false], [['f1', 'f2', 'f3'], false], [['f4'], false]])).toEqual([3, 4]);
  });
  it('pages whose text may hold a table, in page order, before any page read for fonts', async () => {
    expect(await plan([[['f1'], false], [['f1'], true], [['f1'], false], [['f1'], true]])).toEqual([2, 4]);
  });
  it('pages beside a page with vertical rules, outwards while they have rules too (a table of one column there)', async () => {
    const pages: Array<[string[], boolean]> = [[['f'], false], [['f'], false], [['f'], false], [['f'], true], [['f'], false], [['f'], false], [['f'], false]];
    expect(await plan(pages, [2, 3, 4, 5])).toEqual([4, 3, 5, 2, 6, 1]);
  });
  it('reads a page at most once, even when its font is never named', async () => {
    expect(await plan([[['broken'], true], [['broken'], false], [['broken'], false]], [1])).toEqual([1, 2, 3]);
  });
});

const item = (text: string, x0: number, x1: number, lineNo: number, fs = 16): PdfItem => ({ text, x0, x1, y: 100 + lineNo * 28, fs, bold: false, lineNo });

describe('mayHoldRuledTable: text that may stand in cells side by side', () => {
  const cases: Array<[string, PdfItem[], boolean]> = [
    ['a line of body text in one item', [item('各区人民政府，市政府各委、办、局：', 80, 515, 1)], false],
    ['a line split at a font change, pieces touching', [item('一、', 80, 112, 1), item('主要任务', 112, 176, 1)], false],
    ['a line whose pieces are a word space apart', [item('GB/T', 80, 120, 1), item('9704', 124, 156, 1)], false],
    [`pieces just under ${CELL_GAP_EM} em apart`, [item('甲', 80, 96, 1), item('乙', 96 + CELL_GAP_EM * 16 - 1, 120, 1)], false],
    ['a table row: 序号, task and lead unit', [item('1', 60, 68, 1, 12), item('推进政务公开', 90, 190, 1, 12), item('市政府办公室', 400, 472, 1, 12)], true],
    ['two cells set close (a little over the gap)', [item('甲', 80, 96, 1), item('乙', 96 + CELL_GAP_EM * 16 + 1, 120, 1)], true],
    ['blank items between the cells do not hide the gap', [item('任务', 80, 112, 1), item('   ', 112, 300, 1), item('牵头单位', 300, 364, 1)], true],
    ['items on different lines do not make a gap', [item('甲', 80, 96, 1), item('乙', 300, 316, 2)], false],
  ];
  it.each(cases)('%s', (_name, items, expected) => {
    expect(mayHoldRuledTable(items)).toBe(expected);
  });
});

describe('the PDF reader reads operator lists only where needed', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Pages whose operator list pdf.js was asked for while the reader read `path`. */
  async function operatorListPages(path: string): Promise<{ pages: number[]; model: Awaited<ReturnType<typeof readPdf>> }> {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes('fixtures/pdf/tiny-latin.pdf'), verbosity: 0 }).promise;
    const proto = Object.getPrototypeOf(await doc.getPage(1)) as { getOperatorList: (...a: unknown[]) => Promise<unknown> };
    await doc.destroy();
    const pages: number[] = [];
    const original = proto.getOperatorList;
    vi.spyOn(proto, 'getOperatorList').mockImplementation(function (this: { pageNumber: number }, ...a: unknown[]) {
      pages.push(this.pageNumber);
      return original.apply(this, a);
    });
    return { pages, model: await readPdf(bytes(path)) };
  }

  it('a prose notice (12 pages, a new font subset every few pages): one operator list names every font', async () => {
    const { pages, model } = await operatorListPages('fixtures/pdf/000_cdc8212ff34390a1.pdf');
    expect(pages.length).toBe(1);
    const runs = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    expect(runs.filter((r) => r.text.trim()).every((r) => r.font)).toBe(true);
    expect(runs.some((r) => r.bold)).toBe(true);
  }, 60_000);

  it('a notice with a table over pages 4–14: those pages are read (the table is whole), the prose pages are not all', async () => {
    const { pages, model } = await operatorListPages('fixtures/pdf/004_de53bfd0c85c9c9e.pdf');
    for (let n = 4; n <= 14; n++) expect(pages).toContain(n);
    expect(pages.length).toBeLessThan(15);
    const tables = model.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBe(1);
  }, 60_000);
});
