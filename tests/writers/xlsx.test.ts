// The workbook read back through exceljs, cell by cell against the task JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseFile } from '../../src/pipeline.js';
import type { TaskTable } from '../../src/schema.js';
import { unitRows } from '../../src/writers/columns.js';
import { writeXlsx } from '../../src/writers/xlsx.js';
import { convertWithOffice, office } from '../support/libreoffice.js';
import { EN_HEADERS, SEED_000, SEED_002, SEED_004, UNIT_HEADERS, ZH_HEADERS, expectedRows } from './expected.js';

// Each test spawns node or builds a workbook: slow on a loaded machine, not hung.
vi.setConfig({ testTimeout: 30_000 });

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A sheet's rows from `first` on (the task sheets have a title line above their header) as arrays of raw cell values. */
function values(ws: ExcelJS.Worksheet, first = 2): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (n < first) return;
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).value ?? null);
    out.push(cells);
  });
  return out;
}

/** Expected cell values: 序号 a number, 截止日期 a UTC-midnight Date, empty text absent, then empty 进展情况 and 备注. */
function expectedValues(tables: TaskTable[]): unknown[][] {
  return expectedRows(tables).map((r) => [...r.map((v, i) => {
    if (i === 0) return Number(v);
    if (i === 10) return v ? new Date(`${v}T00:00:00Z`) : null;
    return v === '' ? null : v;
  }), null, null]);
}

const FILL_IN = ['进展情况', '备注'];
/** The headers of a one-file ledger: no 文件 column. */
const ONE_FILE_HEADERS = ZH_HEADERS.filter((h) => h !== '文件');

describe('xlsx', () => {
  const seeds = [SEED_002, SEED_004, SEED_000];

  it('is a workbook exceljs reads back, with the three sheets', async () => {
    const tables = await Promise.all(seeds.map(parseFile));
    const bytes = await writeXlsx(tables);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务清单', '按单位', '文件信息']);
  });

  it('任务清单 equals the JSON tasks cell by cell, dates as real dates', async () => {
    const tables = await Promise.all(seeds.map(parseFile));
    const ws = (await load(await writeXlsx(tables))).getWorksheet('任务清单')!;
    const [head, ...rows] = values(ws);
    expect(head).toEqual([...ZH_HEADERS, ...FILL_IN]);
    expect(rows).toEqual(expectedValues(tables));
    const due = ws.getColumn(11);
    let dates = 0;
    due.eachCell((cell, n) => {
      if (n <= 2 || cell.value === null) return;
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
      dates++;
    });
    expect(dates).toBe(tables.reduce((k, t) => k + t.tasks.filter((x) => x.deadline?.date).length, 0));
  });

  it('freezes the title and header, filters every column and wraps long text', async () => {
    const ws = (await load(await writeXlsx([await parseFile(SEED_002)]))).getWorksheet('任务清单')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:M49');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('M2').font?.bold).toBe(true);
    expect(ws.getCell('E2').value).toBe('任务内容');
    expect(ws.getCell('E3').font?.bold).toBeFalsy();
    expect(ws.getCell('E3').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(5).width).toBeGreaterThan(40);
    expect(ws.getColumn(1).width).toBeLessThan(10);
  });

  it('按单位 holds the per-unit rows with 单位 and 角色 first', async () => {
    const table = await parseFile(SEED_002);
    const ws = (await load(await writeXlsx([table]))).getWorksheet('按单位')!;
    const [head, ...rows] = values(ws);
    expect(head).toEqual([...UNIT_HEADERS, ...ONE_FILE_HEADERS, ...FILL_IN]);
    const want = unitRows([table]);
    expect(rows).toHaveLength(want.length);
    rows.forEach((r, i) => {
      expect(r[0]).toBe(want[i].unit!.name || null);
      expect(r[UNIT_HEADERS.length]).toBe(want[i].no);
      expect(r[UNIT_HEADERS.length + 4]).toBe(want[i].task.text);
    });
    const fin = rows.flatMap((r, i) => (r[0] === '市财政局' ? [i] : []));
    expect(fin.at(-1)! - fin[0]).toBe(fin.length - 1);
  });

  it('文件信息 lists the 公文 elements of each input', async () => {
    const tables = await Promise.all(seeds.map(parseFile));
    const ws = (await load(await writeXlsx(tables))).getWorksheet('文件信息')!;
    const [head, ...rows] = values(ws, 1);
    expect(head).toEqual(['文件', '文号', '发文机关', '标题', '成文日期', '计划年度', '主送', '抄送', '附件', '任务数']);
    expect(rows).toHaveLength(3);
    rows.forEach((r, i) => {
      const d = tables[i].document;
      expect(r[0]).toBe(tables[i].source.file);
      expect(r[1]).toBe(d.docNumber);
      expect(r[3]).toBe(d.title);
      expect(r[4]).toEqual(d.date ? new Date(`${d.date}T00:00:00Z`) : null);
      expect(r[5]).toBe(d.planYear);
      expect(r[6]).toBe(d.recipients.join('、') || null);
      expect(r[9]).toBe(tables[i].tasks.length);
    });
    expect(rows[2][1]).toBe('庆政办发〔2022〕37号');
  });

  it('names sheets and headers in English with headers: en', async () => {
    const wb = await load(await writeXlsx([await parseFile(SEED_002)], { headers: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tasks', 'By unit', 'Documents']);
    expect(values(wb.getWorksheet('Tasks')!)[0]).toEqual([...EN_HEADERS.filter((h) => h !== 'File'), 'Progress', 'Remarks']);
  });

  // A second, independent reader when one is installed: LibreOffice converting the sheet to CSV.
  it.skipIf(!office)('converts with LibreOffice (when installed)', async () => {
    const table = await parseFile(SEED_002);
    const dir = tempDir('xlsx');
    writeFileSync(join(dir, 't.xlsx'), await writeXlsx([table]));
    await convertWithOffice(join(dir, 't.xlsx'), 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
    const rows: string[][] = parse(readFileSync(join(dir, 't.csv'), 'utf8'), { relax_column_count: true });
    expect(rows[1]).toEqual([...ONE_FILE_HEADERS, ...FILL_IN]);
    expect(rows.slice(2).map((r) => r[4])).toEqual(table.tasks.map((t) => t.text));
  }, 150_000);
});
