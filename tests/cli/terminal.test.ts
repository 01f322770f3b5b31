// The terminal summary: display widths, and every line fitting the window at any width.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline.js';
import { renderTerminal } from '../../src/cli/terminal.js';
import { displayWidth, padEnd, truncate } from '../../src/writers/width.js';
import { SEED_000, SEED_002, SEED_004 } from '../writers/expected.js';

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('displayWidth', () => {
  it('counts CJK, full-width forms and the ideographic space as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('市财政局')).toBe(8);
    expect(displayWidth('（一）、。')).toBe(10);
    expect(displayWidth('\u3000Ａ')).toBe(4);
    expect(displayWidth('2022年10月')).toBe(10);
    expect(displayWidth('e\u0301')).toBe(1); // combining accent
    expect(displayWidth('𠀀')).toBe(2); // astral ideograph (one code point, two UTF-16 units)
  });

  it('truncates with … without splitting a wide character', () => {
    expect(truncate('市财政局', 8)).toBe('市财政局');
    expect(truncate('市财政局', 7)).toBe('市财政…');
    expect(truncate('市财政局', 6)).toBe('市财…');
    expect(displayWidth(truncate('市财政局abc', 6))).toBeLessThanOrEqual(6);
    expect(padEnd('市财', 6)).toBe('市财  ');
    expect(padEnd('市财政局', 5)).toBe('市财…');
  });
});

describe('renderTerminal', () => {
  const load = () => Promise.all([SEED_002, SEED_004, SEED_000].map(parseFile));

  for (const width of [40, 60, 80, 100, 132, 200]) {
    it(`fits ${width} columns, task and unit views`, async () => {
      const tables = await load();
      for (const view of ['task', 'unit'] as const) {
        const out = renderTerminal(tables, { width, colorLevel: 0, view });
        expect(out).not.toMatch(/\x1b\[/);
        const lines = out.trimEnd().split('\n');
        const over = lines.filter((l) => displayWidth(l) > width);
        expect(over).toEqual([]);
        expect(lines.length).toBeGreaterThan(view === 'task' ? 47 + 44 + 31 : 100);
      }
    });
  }

  it('shows 文号, title, date and counts of each notice, and one row per task', async () => {
    const tables = await load();
    const out = renderTerminal(tables, { width: 120, colorLevel: 0 });
    expect(out).toContain('乐府办发〔2023〕15号');
    expect(out).toContain('庆政办发〔2022〕37号');
    expect(out).toContain('2022-06-13');
    expect(out).toMatch(/任务 47 +诊断 1（错误 0，警告 1）/);
    expect(out).toMatch(/任务 44 +诊断 \d+$/m); // info diagnostics only: no error or warning count
    // Each task row begins with its 序号 and contains the start of its text.
    const rows = out.split('\n').filter((l) => /^\d+ {2,}/.test(l));
    expect(rows).toHaveLength(47 + 44 + 31);
    expect(rows[0]).toContain('做好涉及市场主体');
    // Columns empty on every row of 002 (牵头单位, 配合单位) are left out of its table.
    const head002 = out.split('\n').find((l) => l.startsWith('序号'))!;
    expect(head002).toContain('责任单位');
    expect(head002).not.toContain('牵头单位');
  });

  it('keeps the task text when the window is narrow and drops minor columns first', async () => {
    const out = renderTerminal([await parseFile(SEED_002)], { width: 40, colorLevel: 0 });
    const head = out.split('\n').find((l) => l.startsWith('序号') || l.includes('任务内容'))!;
    expect(head).toContain('任务内容');
    expect(head).not.toContain('来源');
  });

  it('lists each unit once with its tasks under it in the unit view', async () => {
    const out = renderTerminal([await parseFile(SEED_002)], { width: 100, colorLevel: 0, view: 'unit' });
    const lines = out.split('\n');
    expect(lines.filter((l) => l === '市财政局')).toHaveLength(1);
    const at = lines.indexOf('市财政局');
    expect(lines.slice(at + 1, at + 4).every((l) => l.startsWith('责任'))).toBe(true);
  });

  it('speaks English with headers: en', async () => {
    const out = renderTerminal([await parseFile(SEED_002)], { width: 100, colorLevel: 0, headers: 'en' });
    expect(out).toMatch(/tasks 47 +diagnostics 1 \(0 errors, 1 warnings\)/);
    expect(out).toContain('line 6');
  });

  it('colours only when asked, without changing the layout', async () => {
    const tables = [await parseFile(SEED_002)];
    const plain = renderTerminal(tables, { width: 90, colorLevel: 0 });
    const coloured = renderTerminal(tables, { width: 90, colorLevel: 1 });
    expect(coloured).toMatch(/\x1b\[/);
    expect(strip(coloured).split('\n').map((l) => l.trimEnd())).toEqual(plain.split('\n').map((l) => l.trimEnd()));
  });
});
