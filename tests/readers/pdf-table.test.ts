// assembleTable at a page break: when the first row of a new page continues the row above and when it opens
// the next item. Grids are built by hand: one row of cells a page, three columns (item, 牵头, 责任).
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/model.js';
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
