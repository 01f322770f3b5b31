// The workbook as a printed 台账: row heights from the wrapped text, A4 landscape one page wide,
// the header on every page, a title line, fill-in columns, and the same bytes for the same input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../src/pipeline.js';
import { readDocument } from '../../src/readers/index.js';
import { cellText as modelCellText, paragraphText, type Block } from '../../src/model.js';
import { MAX_ROW_HEIGHT_PT, rowHeight, wrappedLines } from '../../src/writers/ledger-layout.js';
import { displayWidth } from '../../src/writers/width.js';
import { writeXlsx } from '../../src/writers/xlsx.js';
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
  const office = existsSync('/usr/lib/libreoffice/program/libsclo.so')
    ? ['libreoffice', 'soffice'].find((b) => spawnSync(b, ['--version']).status === 0)
    : undefined;
  it.skipIf(!office)('prints with LibreOffice to a few landscape pages, every task text whole (when installed)', async () => {
    const table = await parseFile(SEED_002);
    const dir = mkdtempSync(join(tmpdir(), 'gov-tasks-ledger-'));
    const bytes = await writeXlsx([table]);
    writeFileSync(join(dir, 'l.xlsx'), bytes);
    const r = spawnSync(office!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'l.xlsx')], { timeout: 120_000 });
    expect(r.status).toBe(0);
    const model = await readDocument(new Uint8Array(readFileSync(join(dir, 'l.pdf'))));
    // The first sheet, scaled to the page width: its rows' heights over the printable height.
    const ws = (await load(bytes)).getWorksheet('任务清单')!;
    const widthPt = ws.columns.reduce((w, c) => w + (c.width! * 7 + 5) * 0.75, 0);
    const scale = Math.min(1, (11.69 - 0.8) * 72 / widthPt);
    let tall = 0;
    for (let n = 3; n <= ws.rowCount; n++) tall += ws.getRow(n).height;
    const estimate = Math.ceil((tall * scale) / ((8.27 - 1.1) * 72 - 30));
    // All three sheets print; the first alone takes about `estimate` pages, 29 portrait ones before.
    expect(model.pages).toBeGreaterThanOrEqual(estimate);
    expect(model.pages).toBeLessThanOrEqual(estimate + 4);
    const text = model.blocks.map((b: Block) => (b.kind === 'paragraph' ? paragraphText(b) : b.rows.flat().map(modelCellText).join(''))).join('').replace(/\s/g, '');
    for (const t of table.tasks) expect(text).toContain(t.text.replace(/\s/g, ''));
  }, 150_000);
});
