// Plain-text tables (a .txt's TAB cells, a .doc's cell marks) cannot say that a cell is merged
// down over several rows; they leave the cells below it empty. Reading an empty cell as part of
// the cell above it gives the same table a Word file's vMerge gives.
import type { Cell, Paragraph, SourcePos } from '../model.js';

export interface RawCell {
  /** The cell's lines. */
  lines: string[];
  /** Source of the cell's k-th line. */
  source: (k: number) => SourcePos;
}

export function rowsWithMergedCells(rawRows: RawCell[][]): Cell[][] {
  const above: (Cell | undefined)[] = [];
  return rawRows.map((raw, r) => {
    const out: Cell[] = [];
    raw.forEach((c, col) => {
      const lines = c.lines.map((t) => t.trim()).filter(Boolean);
      const prev = above[col];
      if (!lines.length && prev && r > 0) {
        prev.rowSpan++;
        return;
      }
      const blocks: Paragraph[] = lines.map((t, k) => ({ kind: 'paragraph', runs: [{ text: t }], source: { ...c.source(k), row: r + 1 } }));
      const cell: Cell = { rowSpan: 1, colSpan: 1, blocks };
      above[col] = cell;
      out.push(cell);
    });
    return out;
  });
}
