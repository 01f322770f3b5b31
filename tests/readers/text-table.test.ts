// Text tables as the .txt reader builds them: rows, cells, and cells continuing the cell above.
import { describe, expect, it } from 'vitest';
import { cellText, type Table } from '../../src/model.js';
import { pipeCells, readTextTable } from '../../src/readers/text-table.js';

/** Rows as text, a merged cell shown as `[text]` where it starts and `^` where it continues. */
function layout(t: Table): string[][] {
  const out: string[][] = [];
  t.rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r][c] !== undefined) c++;
      out[r][c] = cell.rowSpan > 1 || cell.colSpan > 1 ? `[${cellText(cell)}]` : cellText(cell);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (dr || dc) (out[r + dr] ??= [])[c + dc] = '^';
      c += cell.colSpan;
    }
  });
  return out;
}

const read = (lines: string[]) => {
  const t = readTextTable(lines, 0);
  if (!t) throw new Error('no table');
  return { ...t, rows: layout(t.table) };
};

describe('text table shapes', () => {
  it('TAB-separated rows; a shorter row is missing its first cells, which continue from above', () => {
    const t = read(['任务\t措施\t单位', '一、公开\t做好预算公开\t县财政局', '做好决算公开\t县审计局', '正文']);
    expect(t.shape).toBe('tab-rows');
    expect(t.rows).toEqual([['任务', '措施', '单位'], ['[一、公开]', '做好预算公开', '县财政局'], ['^', '做好决算公开', '县审计局']]);
    expect(t.next).toBe(3);
  });

  it('Excel quotes a TAB cell holding a line break', () => {
    const t = read(['任务\t单位', '"第一行', '第二行"\t县财政局']);
    expect(t.rows).toEqual([['任务', '单位'], ['第一行\n第二行', '县财政局']]);
  });

  it('| rows: an empty cell in the middle means none; one starting the row continues the cell above', () => {
    const t = read(['任务 | 牵头 | 责任', '一、公开 | | 县财政局', ' | 县审计局 | 县财政局']);
    expect(t.shape).toBe('pipe-rows');
    expect(t.rows).toEqual([['任务', '牵头', '责任'], ['[一、公开]', '', '县财政局'], ['^', '县审计局', '县财政局']]);
  });

  it('a Markdown table: outer pipes, a rule line, escaped pipes; a row of one cell spans the table', () => {
    const t = read(['| 序号 | 措施 | 单位 |', '| :-- | --- | --: |', '| 一、公开 | | |', '| 1 | A\\|B | 县财政局 |']);
    expect(t.rows).toEqual([['序号', '措施', '单位'], ['[一、公开]', '^', '^'], ['1', 'A|B', '县财政局']]);
  });

  it('a row written flush left, its last cells empty, moves under the columns its cells fit', () => {
    const t = read(['工作任务 | 具体要求 | 责任部门 |', '一、做好财政信息公开。 | 1.推进预算公开。 | 财务科 |', '二、做好网站公开。 | 2.及时更新网站。 | 办公室 |', '3.及时反馈意见。 | 各科室 | |']);
    expect(t.rows[3]).toEqual(['^', '3.及时反馈意见。', '各科室']);
  });

  it('one cell a line between | lines: rows found from the 序号 column, group cells before the number', () => {
    const cells = ['任务', '序号', '要求', '单位', '甲组', '1', '做好甲事。', '办公室', '2', '做好乙事。', '各科室', '乙组', '3', '做好丙事。', '办公室'];
    const t = read(cells.flatMap((c, k) => (k ? ['|', c] : [c])));
    expect(t.shape).toBe('pipe-lines');
    expect(t.rows).toEqual([['任务', '序号', '要求', '单位'], ['[甲组]', '1', '做好甲事。', '办公室'], ['^', '2', '做好乙事。', '各科室'], ['乙组', '3', '做好丙事。', '办公室']]);
  });

  it('one cell a line between | lines: a blank line ends a row, an empty cell is a blank between two |', () => {
    const t = read(['任务', '|', '单位', '', '做好甲事。', '|', '', '|', '办公室', '|', '', '正文']);
    expect(t.rows).toEqual([['任务', '单位'], ['做好甲事。', '', '办公室']]);
  });

  it('the TAB cell-per-line form: an empty cell continues the cell above', () => {
    const t = read(['\t序号', '\t单位', '', '\t1', '\t县财政局', '', '\t2', '\t', '']);
    expect(t.shape).toBe('cell-per-line');
    expect(t.rows).toEqual([['序号', '单位'], ['1', '[县财政局]'], ['2', '^']]);
  });

  it('prose with a pipe or a TAB is no table', () => {
    expect(readTextTable(['一、工作任务 | 说明', '各单位要高度重视。'], 0)).toBeNull();
    expect(readTextTable(['附件\t2', '正文'], 0)).toBeNull();
    expect(pipeCells('|')).toBeNull();
  });
});

describe('text tables at scale and from hostile files', () => {
  it('a flattened table of 3000 rows whose count breaks off: linear, every row kept', () => {
    const cells = ['序号', '任务', '单位'];
    for (let i = 1; i <= 3000; i++) if (i !== 1500) cells.push(String(i), `做好第${i}项工作。`, '县财政局');
    const t = readTextTable(cells.flatMap((c, k) => (k ? ['|', c] : [c])), 0)!;
    expect(t.table.rows).toHaveLength(3000);
    expect(t.table.rows.every((r) => r.length === 3)).toBe(true);
  });

  it('a line of hundreds of pipes is no table row', () => {
    expect(pipeCells('甲|'.repeat(500))).toBeNull();
    expect(readTextTable(['a\t'.repeat(300), 'b\t'.repeat(300)], 0)).toBeNull();
  });
});
