// assembleTable at a page break: when the first row of a new page continues the row above and when it opens
// the next item. Grids are built by hand: one row of cells a page, three columns (item, 牵头, 责任).
import { describe, expect, it } from 'vitest';
import { cellText, type Paragraph, type Table } from '../../src/model.js';
import { assembleTable, type PageGrid } from '../../src/readers/pdf-table.js';

const XS = [0, 300, 400, 500];
function page(page: number, texts: string[]): PageGrid {
  const cells = texts.map((text, c) => ({
    r0: 0,
    r1: 0,
    c0: c,
    c1: c,
    items: text ? [{ text, x0: XS[c] + 2, x1: XS[c] + 2 + 12 * text.length, y: 20, fs: 12, bold: false, lineNo: 1 }] : [],
  }));
  return { page, xs: XS, ys: [10, 40], cells, bbox: { x0: 0, x1: 500, y0: 10, y1: 40 } };
}
const rowsOf = (grids: PageGrid[]) => assembleTable(grids, () => 1).rows.map((r) => r.map(cellText));

describe('assembleTable across a page break', () => {
  it('joins the rest of a row that broke over the page (empty cell where the row above had text)', () => {
    expect(rowsOf([page(1, ['6.做好规划，', '甲局', '乙局']), page(2, ['积极引导预期。', '', ''])])).toEqual([
      ['6.做好规划，积极引导预期。', '甲局', '乙局'],
    ]);
  });
  it('keeps a row that opens the next item (7. after 6.) with text in another cell; its empty 牵头 stays empty', () => {
    expect(rowsOf([page(1, ['6.做好规划。', '甲局', '乙局']), page(2, ['7.关注舆情。', '', '丙局'])])).toEqual([
      ['6.做好规划。', '甲局', '乙局'],
      ['7.关注舆情。', '', '丙局'],
    ]);
  });
  it('joins a lone marker cell: one cell may list several items (10.… 11.…) and overflow', () => {
    expect(rowsOf([page(1, ['10.关注舆情。', '各科室', '']), page(2, ['11.做好解读。', '', ''])])).toEqual([
      ['10.关注舆情。11.做好解读。', '各科室', ''],
    ]);
  });
  it('keeps a row whose sequence cell holds the next number', () => {
    expect(rowsOf([page(1, ['6', '甲局', '乙局']), page(2, ['7', '', ''])])).toEqual([
      ['6', '甲局', '乙局'],
      ['7', '', ''],
    ]);
  });
});

describe('line breaks inside a cell', () => {
  /** One cell of two columns' width holding the given lines, 15 points apart. */
  function cellOf(pageNo: number, lines: string[]): PageGrid {
    const items = lines.map((text, k) => ({ text, x0: 302, x1: 302 + 12 * text.length, y: 20 + 15 * k, fs: 12, bold: false, lineNo: k + 1 }));
    const cells = [
      { r0: 0, r1: 0, c0: 0, c1: 0, items: [] },
      { r0: 0, r1: 0, c0: 1, c1: 1, items },
      { r0: 0, r1: 0, c0: 2, c1: 2, items: [] },
    ];
    return { page: pageNo, xs: XS, ys: [10, 20 + 15 * lines.length], cells, bbox: { x0: 0, x1: 500, y0: 10, y1: 20 + 15 * lines.length } };
  }
  const paraOf = (t: Table) => t.rows[0][1].blocks[0] as Paragraph;

  it('are kept as wraps where lines met with nothing between them', () => {
    const p = paraOf(assembleTable([cellOf(1, ['区经济发展局', '区行政审批局', 'Big Data', 'Bureau'])], () => 1));
    expect(p.runs.map((r) => r.text).join('')).toBe('区经济发展局区行政审批局Big Data Bureau');
    expect(p.wraps).toEqual([6, 12]); // not where a space joined two Latin words
  });

  it('a cell continued over a page break counts the page break as one more wrap', () => {
    const p = paraOf(assembleTable([page(1, ['6.做好规划，', '甲局', '乙局']), cellOf(2, ['丙局', '丁局'])], () => 1));
    expect(p.runs.map((r) => r.text).join('')).toBe('甲局丙局丁局');
    expect(p.wraps).toEqual([2, 4]);
  });

  it('a gap of half a character or more between runs on one line of a cell is a space, CJK or not', () => {
    const run = (text: string, x0: number) => ({ text, x0, x1: x0 + 12 * text.length, y: 20, fs: 12, bold: false, lineNo: 1 });
    const grid = (items: ReturnType<typeof run>[]): PageGrid => ({
      page: 1, xs: XS, ys: [10, 40], bbox: { x0: 0, x1: 500, y0: 10, y1: 40 },
      cells: [{ r0: 0, r1: 0, c0: 0, c1: 0, items }, { r0: 0, r1: 0, c0: 1, c1: 1, items: [] }, { r0: 0, r1: 0, c0: 2, c1: 2, items: [] }],
    });
    expect(rowsOf([grid([run('区经济发展局', 2), run('区行政审批局', 2 + 72 + 6)])])[0][0]).toBe('区经济发展局 区行政审批局');
    expect(rowsOf([grid([run('区经济发展', 2), run('局', 2 + 60 + 2)])])[0][0]).toBe('区经济发展局');
  });

  it('a cell of one line has none', () => {
    expect(paraOf(assembleTable([cellOf(1, ['区经济发展局'])], () => 1)).wraps).toBeUndefined();
  });
});
