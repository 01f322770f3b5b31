// CSV and TSV read back with csv-parse, cell by cell against the task JSON.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline.js';
import { writeCsv, writeTsv } from '../../src/writers/delimited.js';
import { write } from '../../src/writers/index.js';
import { EN_HEADERS, SEED_002, SEED_004, UNIT_HEADERS, ZH_HEADERS, expectedRows, withTasks } from './expected.js';

const readCsv = (s: string): string[][] => parse(s, { bom: true, relax_column_count: false });

describe('csv', () => {
  it('starts with a UTF-8 BOM and reads back equal to the tasks', async () => {
    const table = await parseFile(SEED_002);
    const out = writeCsv([table]);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(out, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rows] = readCsv(out);
    expect(head).toEqual(ZH_HEADERS);
    expect(rows).toEqual(expectedRows([table]));
    expect(rows).toHaveLength(47);
  });

  it('uses CRLF record ends (RFC 4180)', async () => {
    const out = writeCsv([await parseFile(SEED_002)], { bom: false });
    expect(out.split('\r\n')).toHaveLength(47 + 2);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('omits the BOM with bom: false (--no-bom)', async () => {
    const out = await write([await parseFile(SEED_002)], 'csv', { bom: false }) as string;
    expect(out.startsWith('序号,')).toBe(true);
    expect(parse(out)[0]).toEqual(ZH_HEADERS);
  });

  it('writes several inputs as one table told apart by 文件', async () => {
    const tables = [await parseFile(SEED_002), await parseFile(SEED_004)];
    const [head, ...rows] = readCsv(writeCsv(tables));
    expect(head).toEqual(ZH_HEADERS);
    expect(rows).toEqual(expectedRows(tables));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['002_2c6f66eac2dcb85f.txt', '004_de53bfd0c85c9c9e.txt']));
  });

  it('quotes commas, quotes and line breaks so they read back unchanged', async () => {
    const nasty = '甲,乙 "丙" 丁\n戊\r\n己';
    const table = await withTasks(await parseFile(SEED_002), (ts) => [{ ...ts[0], text: nasty, leadUnits: ['市"财政"局', 'A,B'] }]);
    const rows = readCsv(writeCsv([table]));
    expect(rows).toHaveLength(2);
    expect(rows[1][5]).toBe(nasty);
    expect(rows[1][6]).toBe('市"财政"局、A,B');
  });

  it('has English headers and sources with headers: en', async () => {
    const [head, first] = readCsv(writeCsv([await parseFile(SEED_002)], { headers: 'en' }));
    expect(head).toEqual(EN_HEADERS);
    expect(first[11]).toBe('line 6');
  });

  it('with --by unit puts 单位 and 角色 first and groups 市财政局', async () => {
    const [head, ...rows] = readCsv(writeCsv([await parseFile(SEED_002)], { view: 'unit' }));
    expect(head).toEqual([...UNIT_HEADERS, ...ZH_HEADERS]);
    const mine = rows.flatMap((r, i) => (r[0] === '市财政局' ? [i] : []));
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.at(-1)! - mine[0]).toBe(mine.length - 1);
    expect(rows[mine[0]][1]).toBe('责任');
    expect(rows[mine[0]][UNIT_HEADERS.length + 7]).toContain('市财政局');
  });
});

describe('tsv', () => {
  it('reads back with one record a line and no tabs or breaks inside cells', async () => {
    const table = await withTasks(await parseFile(SEED_002), (ts) => [{ ...ts[0], text: 'a\tb\nc' }, ...ts.slice(1)]);
    const out = writeTsv([table]);
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(48);
    const rows: string[][] = parse(out, { delimiter: '\t', quote: false });
    expect(rows[0]).toEqual(ZH_HEADERS);
    const want = expectedRows([table]);
    want[0][5] = 'a b c';
    expect(rows.slice(1)).toEqual(want);
  });
});
