// The shared column spec: source labels, markers, and the per-unit view (--by unit).
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline.js';
import { sourceLabel, taskMarker, taskRows, unitKey, unitRows } from '../../src/writers/columns.js';
import { SEED_002, SEED_004, withTasks } from './expected.js';

describe('sourceLabel', () => {
  it('spells page/line, line and paragraph in Chinese and English', () => {
    expect(sourceLabel({ page: 3, line: 12 }, 'zh')).toBe('第3页第12行');
    expect(sourceLabel({ line: 12 }, 'zh')).toBe('第12行');
    expect(sourceLabel({ paragraph: 5 }, 'zh')).toBe('第5段');
    expect(sourceLabel({ page: 3, line: 12 }, 'en')).toBe('p3:12');
    expect(sourceLabel({ line: 12 }, 'en')).toBe('line 12');
    expect(sourceLabel({ paragraph: 5 }, 'en')).toBe('¶5');
    expect(sourceLabel({ line: 37, row: 2 }, 'zh')).toBe('第37行');
    // Word: the table and row a clerk can find, and the page Word recorded.
    expect(sourceLabel({ paragraph: 36, row: 2, table: 1 }, 'zh')).toBe('表1第2行');
    expect(sourceLabel({ paragraph: 36, row: 2, table: 1, page: 3 }, 'zh')).toBe('第3页表1第2行');
    expect(sourceLabel({ paragraph: 5, page: 2 }, 'zh')).toBe('第2页第5段');
    expect(sourceLabel({ paragraph: 36, row: 2, table: 1 }, 'en')).toBe('table 1 row 2');
    expect(sourceLabel({ paragraph: 5, page: 2 }, 'en')).toBe('p2 ¶5');
  });
});

describe('taskMarker', () => {
  it("is the task's marker, else its innermost heading's", async () => {
    const t = (await parseFile(SEED_004)).tasks[0];
    expect(taskMarker(t)).toBe('（1）');
    expect(taskMarker({ ...t, marker: null })).toBe(t.path.at(-1)!.marker);
    expect(taskMarker({ ...t, marker: null, path: [] })).toBe('');
  });
});

describe('unitRows (--by unit)', () => {
  it("puts 市财政局's tasks of 002 together, by date then number", async () => {
    const table = await parseFile(SEED_002);
    const rows = unitRows([table]);
    const idx = rows.flatMap((r, i) => (r.unit!.name === '市财政局' ? [i] : []));
    const want = table.tasks.filter((t) => t.responsibleUnits.includes('市财政局') || t.leadUnits.includes('市财政局'));
    expect(idx.length).toBe(want.length);
    expect(want.length).toBeGreaterThanOrEqual(3);
    expect(idx.at(-1)! - idx[0]).toBe(idx.length - 1); // contiguous
    const got = idx.map((i) => rows[i]);
    expect(got.map((r) => r.task.id).sort()).toEqual(want.map((t) => t.id).sort());
    const dates = got.map((r) => r.task.deadline?.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(got.every((r) => r.unit!.role === 'responsible')).toBe(true);
  });

  it('gives every unit of every task one row', async () => {
    const table = await parseFile(SEED_002);
    const n = table.tasks.reduce((k, t) => k + new Set([...t.leadUnits, ...t.responsibleUnits, ...t.cooperatingUnits].map(unitKey)).size, 0);
    expect(unitRows([table])).toHaveLength(n);
  });

  it('folds width and spaces, keeps the strongest role, puts undated and unit-less tasks last', async () => {
    const base = await parseFile(SEED_002);
    const table = await withTasks(base, (ts) => {
      const [a, b, c, d] = ts;
      return [
        { ...a, leadUnits: ['各县(市、区)人民政府'], responsibleUnits: ['各县（市、区）人民政府 '], cooperatingUnits: [], deadline: null },
        { ...b, leadUnits: [], responsibleUnits: [' 各县（市、区）人民政府'], cooperatingUnits: ['市 财政局'] },
        { ...c, leadUnits: [], responsibleUnits: [], cooperatingUnits: ['市财政局'] },
        { ...d, leadUnits: [], responsibleUnits: [], cooperatingUnits: [] },
      ];
    });
    const rows = unitRows([table]).map((r) => [r.unit!.name, r.unit!.asWritten, r.unit!.role, r.no]);
    // One tidied name per unit, the spelling of each task kept; dated tasks before undated ones, unit-less rows last.
    expect(rows).toEqual([
      ['各县（市、区）人民政府', '各县（市、区）人民政府', 'responsible', 2],
      ['各县（市、区）人民政府', '各县(市、区)人民政府', 'lead', 1],
      ['市财政局', '市 财政局', 'cooperating', 2],
      ['市财政局', '市财政局', 'cooperating', 3],
      ['', '', null, 4],
    ]);
  });

  it('numbers tasks across inputs', async () => {
    const rows = taskRows([await parseFile(SEED_002), await parseFile(SEED_004)]);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[47].table.source.file).toBe('004_de53bfd0c85c9c9e.txt');
  });
});

describe('unitRows: one name per department', () => {
  it('lists 市场监督管理局 of seed 002 under one name, keeping how each task wrote it', async () => {
    const rows = unitRows([await parseFile(SEED_002)]);
    const market = rows.filter((r) => r.unit!.name.includes('市场监'));
    expect(new Set(market.map((r) => r.unit!.name))).toEqual(new Set(['市市场监督管理局']));
    expect(new Set(market.map((r) => r.unit!.asWritten))).toEqual(new Set(['市市场监管局', '市市场监督管理局']));
  });

  it('marks collective units and merges a user alias', async () => {
    const base = await parseFile(SEED_002);
    const table = await withTasks(base, (ts) => [
      { ...ts[0], leadUnits: ['市府办'], responsibleUnits: ['市政府各部门'], cooperatingUnits: [] },
      { ...ts[1], leadUnits: ['市人民政府办公室'], responsibleUnits: [], cooperatingUnits: [] },
    ]);
    const rows = unitRows([table], { aliases: { 市府办: '市人民政府办公室' } });
    expect(rows.map((r) => [r.unit!.name, r.unit!.collective, r.no])).toEqual([
      ['市人民政府办公室', false, 1],
      ['市人民政府办公室', false, 2],
      ['市政府各部门', true, 1],
    ]);
  });
});
