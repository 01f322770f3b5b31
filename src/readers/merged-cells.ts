// Plain-text tables (a .txt's TAB or `|` cells, a .doc's cell marks) cannot say that a cell is
// merged down over several rows; they leave the cells below it empty, or leave them out so the
// row is shorter. Reading such a cell as part of the cell above it gives the same table a Word
// file's vMerge gives.
import type { Cell, Paragraph, SourcePos } from '../model.js';

export interface RawCell {
  /** The cell's lines. */
  lines: string[];
  /** Source of the cell's k-th line. */
  source: (k: number) => SourcePos;
}

export interface MergeOptions {
  /**
   * Which empty cells continue the cell above: `all` (the TAB cell-per-line form and .doc,
   * where an empty cell is how a merged cell is written), or `leading` (rows of `|`- or
   * TAB-separated cells: only the empty cells a row starts with, since an empty 牵头单位 in
   * the middle of a row means "none").
   */
  continueEmpty?: 'all' | 'leading';
  /**
   * A row shorter than the widest row is missing its first cells (a group cell written only
   * on the first row of its span): its cells are the rightmost ones, the missing ones continue
   * the cells above. Off for .doc, where Word's cell marks say where each cell stands. Not for
   * the first row, which has nothing above it.
   */
  alignShortRows?: boolean;
  /**
   * Rows written as one cell across the table (`| 一、深化主动公开 | | |`): a group heading.
   * The cell spans every column, and nothing continues down through it.
   */
  spansTable?: (row: RawCell[]) => boolean;
}

/** The number of cells of the longest row (without spreading: a table may have many rows). */
export const widest = (rows: readonly { length: number }[]): number => rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);

const isEmpty = (c: RawCell) => c.lines.every((t) => !t.trim());

export function rowsWithMergedCells(rawRows: RawCell[][], opts: MergeOptions = {}): Cell[][] {
  const width = widest(rawRows);
  const above: (Cell | undefined)[] = [];
  return rawRows.map((given, r) => {
    if (opts.spansTable?.(given)) {
      above.length = 0;
      const c = given.find((x) => !isEmpty(x))!;
      return [{ rowSpan: 1, colSpan: width, blocks: paragraphs(c, r) }];
    }
    // The first row has nothing above to continue: a short first row (a header under which some
    // column spans two) stays as written.
    const missing = opts.alignShortRows && r > 0 ? width - given.length : 0;
    const raw: (RawCell | null)[] = [...Array<null>(missing).fill(null), ...given];
    const out: Cell[] = [];
    let leading = true;
    raw.forEach((c, col) => {
      const empty = !c || isEmpty(c);
      const prev = above[col];
      if (empty && prev && r > 0 && (opts.continueEmpty !== 'leading' || leading)) {
        prev.rowSpan++;
        return;
      }
      if (!empty) leading = false;
      const cell: Cell = { rowSpan: 1, colSpan: 1, blocks: c ? paragraphs(c, r) : [] };
      above[col] = cell;
      out.push(cell);
    });
    return out;
  });
}

function paragraphs(c: RawCell, r: number): Paragraph[] {
  const out: Paragraph[] = [];
  c.lines.forEach((t, k) => {
    if (t.trim()) out.push({ kind: 'paragraph', runs: [{ text: t.trim() }], source: { ...c.source(k), row: r + 1 } });
  });
  return out;
}
