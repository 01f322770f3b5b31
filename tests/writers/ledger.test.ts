// The workbook as a printed 台账: row heights from the wrapped text, A4 landscape one page wide,
// the header on every page, a title line, fill-in columns, and the same bytes for the same input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseFile } from '../../src/pipeline.js';
import { CELL_FONT_SIZE, MAX_ROW_HEIGHT_PT, rowHeight, wrappedLines } from '../../src/writers/ledger-layout.js';
import { displayWidth } from '../../src/writers/width.js';
import { writeXlsx } from '../../src/writers/xlsx.js';
import { convertWithOffice, office } from '../support/libreoffice.js';
import { SEED_000, SEED_002, SEED_004 } from './expected.js';

vi.setConfig({ testTimeout: 30_000 });

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const headerRow = (ws: ExcelJS.Worksheet, n = 2) => (ws.getRow(n).values as unknown[]).slice(1);

describe('wrappedLines', () => {
  const cases: [string, number, number][] = [
    ['', 10, 1],
    ['市财政局', 10, 1], // 4 CJK characters ≈ 8.4 units in 9 units of room
    ['市财政局、市发改委', 10, 3],
    ['a\nb\nc', 10, 3],
    ['x'.repeat(30), 11, 3],
    ['加快推进城乡一体化发展', 46, 1],
  ];
  it.each(cases)('%j in %d units takes %d lines', (text, width, lines) => expect(wrappedLines(text, width)).toBe(lines));

  it('row height grows with the longest cell and stops at Excel\'s limit', () => {
    expect(rowHeight(['短'], [10])).toBeLessThan(rowHeight(['长'.repeat(40)], [10]));
    expect(rowHeight(['长'.repeat(40), '短'], [10, 10])).toBe(rowHeight(['长'.repeat(40)], [10]));
    expect(rowHeight(['长'.repeat(5000)], [10])).toBe(MAX_ROW_HEIGHT_PT);
  });
});

describe('the xlsx ledger', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('gives every row the height its wrapped text needs', async () => {
    const table = await parseFile(SEED_002);
    const ws = (await load(await writeXlsx([table]))).getWorksheet('任务清单')!;
    const textCol = headerRow(ws).indexOf('任务内容') + 1;
    const heights: number[] = [];
    table.tasks.forEach((t, i) => {
      const row = ws.getRow(i + 3);
      expect(row.getCell(textCol).value).toBe(t.text);
      // Bounds that do not trust the writer's own measure: a CJK character needs at least two
      // width units, and a line of 11 pt text at least 14 pt (and not more than about 18).
      let lines = 1;
      row.eachCell((cell, col) => {
        const text = cell.value instanceof Date ? '2022-12-31' : String(cell.value ?? '');
        lines = Math.max(lines, Math.ceil(displayWidth(text) / (ws.getColumn(col).width! - 1)));
      });
      expect(row.height).toBeGreaterThanOrEqual(lines * 14);
      expect(row.height).toBeLessThanOrEqual((lines * 1.2 + 2) * 18);
      heights.push(row.height);
    });
    expect(Math.max(...heights)).toBeGreaterThan(2 * Math.min(...heights));
  });

  it('prints on A4 landscape, one page wide, the header row on every page, page numbers below', async () => {
    const wb = await load(await writeXlsx([await parseFile(SEED_002)]));
    for (const name of ['任务清单', '按单位', '文件信息']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe(name === '文件信息' ? '1:1' : '2:2');
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
  });

  it('opens with a title line holding the 文号 and 标题, across every column', async () => {
    const table = await parseFile(SEED_004);
    const ws = (await load(await writeXlsx([table]))).getWorksheet('任务清单')!;
    const title = String(ws.getCell('A1').value);
    expect(title).toContain(table.document.docNumber!);
    expect(title).toContain(table.document.title!);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    const last = ws.getRow(2).cellCount;
    expect(ws.getCell(1, last).isMerged).toBe(true);
    expect(ws.getCell(1, last).master.address).toBe('A1');
  });

  it('ends in empty 进展情况 and 备注 columns unless told not to', async () => {
    const table = await parseFile(SEED_002);
    for (const sheet of ['任务清单', '按单位']) {
      const ws = (await load(await writeXlsx([table]))).getWorksheet(sheet)!;
      expect(headerRow(ws).slice(-2)).toEqual(['进展情况', '备注']);
      const n = headerRow(ws).length;
      for (let r = 3; r <= ws.rowCount; r++) {
        expect(ws.getCell(r, n - 1).value ?? null).toBeNull();
        expect(ws.getCell(r, n).border?.right?.style).toBe('thin'); // a grid to write in
      }
    }
    const bare = (await load(await writeXlsx([table], { ledgerColumns: false }))).getWorksheet('任务清单')!;
    expect(headerRow(bare)).not.toContain('进展情况');
    expect(headerRow(bare).at(-1)).toBe('来源');
  });

  it('has a 文件 column only when the rows come from several files', async () => {
    const one = (await load(await writeXlsx([await parseFile(SEED_002)]))).getWorksheet('任务清单')!;
    expect(headerRow(one)).not.toContain('文件');
    const tables = await Promise.all([SEED_002, SEED_004].map(parseFile));
    const two = (await load(await writeXlsx(tables))).getWorksheet('任务清单')!;
    expect(headerRow(two)[1]).toBe('文件');
    expect(String(two.getCell('A1').value).split('\n')).toHaveLength(2);
  });

  it('writes the same bytes for the same input at any time, dated SOURCE_DATE_EPOCH when set', async () => {
    const table = await parseFile(SEED_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-05T10:11:12Z'));
    const a = await writeXlsx([table]);
    vi.setSystemTime(new Date('2025-07-08T01:02:03Z'));
    const b = await writeXlsx([table]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2023, 5, 30, 12) / 1000));
    const c = await writeXlsx([table]);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(false);
    const wb = await load(c);
    expect(wb.created.toISOString()).toBe('2023-06-30T12:00:00.000Z');
    // The zip's own entry dates (MS-DOS fields of the first local header: time, then date).
    const dosDate = Buffer.from(c).readUInt16LE(12);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2023, 6, 30]);
  });

  // LibreOffice prints the workbook as an office would. Only where its Calc part is installed.
  it.skipIf(!office)('prints with LibreOffice: landscape pages, the header on each, the pages its rows need, no cell cut (when installed)', async () => {
    const table = await parseFile(SEED_002);
    const dir = tempDir('ledger');
    const bytes = await writeXlsx([table]);
    writeFileSync(join(dir, 'l.xlsx'), bytes);
    await convertWithOffice(join(dir, 'l.xlsx'), 'pdf', dir);
    const pages = await printedPages(readFileSync(join(dir, 'l.pdf')));
    const wb = await load(bytes);
    // Pages are told apart by their sheet's header row, which must head each of them (按单位's
    // header holds 任务清单's, so the longest header a page shows names its sheet).
    const sheets = ['任务清单', '按单位', '文件信息'].map((name) => wb.getWorksheet(name)!);
    const headers = sheets.map((ws) => (ws.name === '文件信息' ? headerRow(ws, 1) : headerRow(ws)).map(String).join(''));
    const sheetOf = (p: PrintedPage) => headers.reduce((best, h, i) => (p.text.includes(h) && (best < 0 || h.length > headers[best].length) ? i : best), -1);
    expect(pages.map(sheetOf)).not.toContain(-1);
    for (const [i, ws] of sheets.slice(0, 2).entries()) {
      const mine = pages.filter((p) => sheetOf(p) === i);
      const estimate = estimatedPages(ws, mine);
      expect(mine.length, ws.name).toBeGreaterThanOrEqual(estimate);
      expect(mine.length, ws.name).toBeLessThanOrEqual(estimate + 1);
    }
    expect(pages.length).toBe(pages.filter((p) => p.landscape).length);
    // A cut cell shows as its text running into the row below: no two pieces of text may overlap.
    for (const p of pages) expect(overlappingText(p.items), `page ${p.number}`).toEqual([]);
    const text = pages.map((p) => p.text).join('');
    for (const t of table.tasks) expect(text).toContain(t.text.replace(/\s/g, ''));
  }, 150_000);
});

interface PrintedItem { text: string; x: number; y: number; width: number; height: number }
interface PrintedPage { number: number; landscape: boolean; text: string; items: PrintedItem[] }

/** The pages of a PDF with their text, spaces dropped, and its positioned pieces. */
async function printedPages(pdf: Buffer): Promise<PrintedPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.flatMap((it) => ('str' in it && it.str.trim()
      ? [{ text: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height }]
      : []));
    pages.push({ number: n, landscape: width > height, text: items.map((it) => it.text).join('').replace(/\s/g, ''), items });
  }
  return pages;
}

/** Pairs of text pieces drawn over each other (more than a point each way). */
function overlappingText(items: PrintedItem[]): string[] {
  const out: string[] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const p = items[a], q = items[b];
      const across = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
      const down = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
      if (across > 1 && down > 1) out.push(`${p.text} / ${q.text}`);
    }
  }
  return out;
}

/**
 * Pages a sheet needs on A4 landscape from its own row heights (not the writer's measure), at the
 * scale the office printed it: fitting one page wide depends on the office's fonts (LibreOffice
 * without Carlito measures column widths in DejaVu digits), so the scale is read off the print,
 * as the size of the cells' text over the size it was written in.
 */
function estimatedPages(ws: ExcelJS.Worksheet, printed: PrintedPage[]): number {
  const sizes = printed.flatMap((p) => p.items.map((it) => Math.round(it.height * 10) / 10));
  const counts = new Map<number, number>();
  for (const h of sizes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const scale = usual / CELL_FONT_SIZE;
  let tall = 0;
  for (let n = 3; n <= ws.rowCount; n++) tall += ws.getRow(n).height;
  // A4 is 8.27 inches high; the sheet's top and bottom margins are 0.5 and 0.6.
  const room = (8.27 - 1.1) * 72 - ws.getRow(2).height * scale;
  return Math.ceil((tall * scale) / room);
}
