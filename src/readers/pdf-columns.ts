// Tables without ruling lines: text set in columns (LibreOffice prints a table whose borders the HTML/Word
// import lost; some generators draw no borders at all). Found from "rivers": vertical strips of white that run
// through every line of a block of lines. The result is a PageGrid like a ruled table's, so the rest of the
// table code (cells, spans, tables continued over pages) is shared.
//
// Kept deliberately narrow, so that ordinary text is never taken for a table:
//  - the block starts with a line of at least 3 pieces (the header row) and has at least 3 columns;
//  - every line of the block leaves every river white (a full-width line of body text ends the block);
//  - at least 2 more lines of several pieces follow the header, and the columns hold at least 2 rows of cells.
// A signature block (two or three names side by side, dates below) or a two-column list does not pass.
import type { GridCell, PageGrid } from './pdf-table.js';
import { groupLines, type PdfItem, type PdfLine } from './pdf-text.js';
import { linePitch } from './pdf-layout.js';

interface Piece {
  x0: number;
  x1: number;
  items: PdfItem[];
}

interface Span {
  a: number;
  b: number;
}

/** Pieces of a line: runs of items separated by a gap wider than a fifth of the font size (cells set close). */
function piecesOf(l: PdfLine): Piece[] {
  const items = [...l.items].sort((a, b) => a.x0 - b.x0);
  const out: Piece[] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    if (last && it.x0 - last.x1 < 0.2 * Math.min(l.fs, it.fs)) {
      last.x1 = Math.max(last.x1, it.x1);
      last.items.push(it);
    } else out.push({ x0: it.x0, x1: it.x1, items: [it] });
  }
  return out;
}

/** The rivers left once the pieces are laid over them (a river narrower than `min` is gone). */
function cut(rivers: Span[], pieces: Piece[], min: number): Span[] | null {
  const out: Span[] = [];
  for (const r of rivers) {
    let parts: Span[] = [r];
    for (const p of pieces) parts = parts.flatMap((s) => (p.x1 <= s.a || p.x0 >= s.b ? [s] : [{ a: s.a, b: p.x0 }, { a: p.x1, b: s.b }].filter((x) => x.b - x.a > 0)));
    const widest = parts.sort((x, y) => y.b - y.a - (x.b - x.a))[0];
    if (!widest || widest.b - widest.a < min) return null;
    out.push(widest);
  }
  return out;
}

/**
 * Find unruled tables among a page's body items. Returns the grids (cells filled with their items) and the
 * items left for the body text.
 */
export function findColumnTables(items: PdfItem[], page: number): { grids: PageGrid[]; rest: PdfItem[] } {
  const lines = groupLines(items);
  const grids: PageGrid[] = [];
  const taken = new Set<PdfItem>();
  for (let i = 0; i < lines.length; i++) {
    const head = piecesOf(lines[i]);
    if (head.length < 3) continue;
    const fs = lines[i].fs;
    const min = Math.max(1.5, 0.12 * fs);
    let rivers: Span[] | null = head.slice(1).map((p, k) => ({ a: head[k].x1, b: p.x0 }));
    if (rivers.some((r) => r.b - r.a < min)) continue;
    const headY = lines[i].y;
    let lo = head[0].x0;
    const block: { line: PdfLine; pieces: Piece[] }[] = [{ line: lines[i], pieces: head }];
    /** Lay a line over the block: false when it crosses a river (or starts left of the table) and so is not in it. */
    const fits = (l: PdfLine): boolean => {
      if (Math.abs(l.fs - fs) > 0.25 * fs + 1) return false;
      const pieces = piecesOf(l);
      let rs: Span[] = rivers!;
      let newLo = lo;
      if (pieces[0].x0 < lo - 0.5 * fs) {
        // Only a wrapped header cell (序/号 centred beside a one-line header) may open a column on the left.
        const outside = pieces.filter((p) => p.x1 <= lo - min);
        if (Math.abs(l.y - headY) > 1.2 * fs || !outside.length || outside.length < pieces.filter((p) => p.x0 < lo).length) return false;
        rs = [{ a: Math.max(...outside.map((p) => p.x1)), b: lo }, ...rs];
        newLo = Math.min(...pieces.map((p) => p.x0));
      }
      const next = cut(rs, pieces, min);
      if (!next) return false;
      rivers = next;
      lo = newLo;
      return true;
    };
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.y - block[block.length - 1].line.y > 4 * Math.max(fs, l.fs) || !fits(l)) break;
      block.push({ line: l, pieces: piecesOf(l) });
    }
    // A header cell wrapped over two lines and centred (序/号) puts a line just above the header line.
    for (let k = i - 1; k >= 0 && !taken.has(lines[k].items[0]) && headY - lines[k].y <= 1.2 * fs && fits(lines[k]); k--)
      block.unshift({ line: lines[k], pieces: piecesOf(lines[k]) });
    const grid = toGrid(block, rivers!, page, fs);
    if (!grid) continue;
    grids.push(grid);
    for (const b of block) for (const it of b.line.items) taken.add(it);
    i = j - 1;
  }
  if (!grids.length) return { grids, rest: items };
  // Blank items (spaces between the cells) inside a table's box go with it.
  const inside = (it: PdfItem) => grids.some((g) => it.y >= g.bbox.y0 && it.y <= g.bbox.y1 && it.x0 >= g.bbox.x0 - 1 && it.x1 <= g.bbox.x1 + 1);
  return { grids, rest: items.filter((it) => !taken.has(it) && !(!it.text.trim() && inside(it))) };
}

interface ColBlock {
  col: number;
  lines: { y: number; fs: number; items: PdfItem[] }[];
  top: number;
  bottom: number;
}

function toGrid(block: { line: PdfLine; pieces: Piece[] }[], rivers: Span[], page: number, fs: number, linePerRow = false): PageGrid | null {
  const C = rivers.length + 1;
  if (C < 3 || block.length < 3) return null;
  const multi = block.filter((b) => b.pieces.length >= 2).length;
  if (multi < 3) return null;
  const mids = rivers.map((r) => (r.a + r.b) / 2);
  const colOf = (x: number) => {
    let c = 0;
    while (c < mids.length && x > mids[c]) c++;
    return c;
  };
  // The header must fill nearly every column (its line with the most pieces: a wrapped header cell may stand above).
  const headLine = block.slice(0, 3).sort((a, b) => b.pieces.length - a.pieces.length)[0];
  const headCols = new Set(headLine.pieces.map((p) => colOf((p.x0 + p.x1) / 2)));
  if (headCols.size < Math.max(3, C - 1)) return null;
  // Each column's text, line by line.
  const perCol: { y: number; fs: number; items: PdfItem[] }[][] = Array.from({ length: C }, () => []);
  for (const b of block)
    for (const p of b.pieces) {
      const c = colOf((p.x0 + p.x1) / 2);
      const list = perCol[c];
      const last = list[list.length - 1];
      if (last && Math.abs(last.y - b.line.y) < 0.3 * fs) last.items.push(...p.items);
      else list.push({ y: b.line.y, fs: b.line.fs, items: [...p.items] });
    }
  if (perCol.some((l) => l.length < 2)) return null;
  // Line pitch inside a cell, then blocks of lines per column (a wider gap starts a new cell).
  const deltas = perCol.flatMap((l) => l.slice(1).map((x, k) => x.y - l[k].y));
  // (When every cell holds one line, rows are as far apart as lines: then each line is a row; see the retry below.)
  const pitch = linePerRow ? 0 : (linePitch(deltas.filter((d) => d > 0.9 * fs)) ?? fs * 1.4);
  const blocks: ColBlock[][] = perCol.map((l, col) => {
    const out: ColBlock[] = [];
    for (const x of l) {
      const last = out[out.length - 1];
      if (last && x.y - last.lines[last.lines.length - 1].y <= pitch * 1.2) last.lines.push(x);
      else out.push({ col, lines: [x], top: 0, bottom: 0 });
    }
    for (const b of out) {
      b.top = b.lines[0].y - 0.88 * b.lines[0].fs;
      b.bottom = b.lines[b.lines.length - 1].y + 0.12 * b.lines[b.lines.length - 1].fs;
    }
    return out;
  });
  // Row bands: the column with the most cells sets them (ties: the leftmost); a cell of another column that
  // overlaps one band only widens it (a taller cell of the same row). A row whose cell in that column is empty
  // is not seen (it joins a neighbour): the price of not taking a centred merged cell for a row of its own.
  const order = blocks.map((b, c) => [b.length, c] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const bands: { top: number; bottom: number }[] = blocks[order[0][1]].map((b) => ({ top: b.top, bottom: b.bottom }));
  for (const col of blocks)
    for (const b of col) {
      const hit = bands.filter((r) => b.top < r.bottom && b.bottom > r.top);
      if (hit.length === 1) {
        hit[0].top = Math.min(hit[0].top, b.top);
        hit[0].bottom = Math.max(hit[0].bottom, b.bottom);
      }
    }
  bands.sort((a, b) => a.top - b.top);
  const R = bands.length;
  if (R < 3) return linePerRow ? null : toGrid(block, rivers, page, fs, true);
  // Row boundaries halfway between bands.
  const ys = [bands[0].top - 2, ...bands.slice(1).map((b, k) => (bands[k].bottom + b.top) / 2), bands[R - 1].bottom + 2];
  const xs = [Math.min(...block.flatMap((b) => b.pieces.map((p) => p.x0))) - 2, ...mids, Math.max(...block.flatMap((b) => b.pieces.map((p) => p.x1))) + 2];
  const cells: GridCell[] = [];
  for (let c = 0; c < C; c++) {
    const used = new Set<number>();
    const placed: GridCell[] = [];
    for (const b of blocks[c]) {
      const [r0, r1] = rowsOf(b, ys, bands);
      const items = b.lines.flatMap((l) => l.items);
      // Two blocks in one row of one column (a blank line inside a cell): one cell.
      const same = placed.find((p) => p.r0 <= r1 && p.r1 >= r0);
      if (same) {
        same.r0 = Math.min(same.r0, r0);
        same.r1 = Math.max(same.r1, r1);
        same.items.push(...items);
      } else placed.push({ r0, r1, c0: c, c1: c, items });
    }
    for (const p of placed) for (let r = p.r0; r <= p.r1; r++) used.add(r);
    // A merged cell centred over rows it only partly reached: empty neighbours above and below it join it.
    for (const p of placed) grow(p, blocks[c].find((b) => b.lines[0].items.some((it) => p.items.includes(it)))!, ys, used);
    for (let r = 0; r < R; r++) if (!used.has(r)) placed.push({ r0: r, r1: r, c0: c, c1: c, items: [] });
    cells.push(...placed);
  }
  cells.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return { page, xs, ys, cells, bbox: { x0: xs[0], x1: xs[xs.length - 1], y0: ys[0], y1: ys[R] } };
}

/** The rows a column block belongs to: those it overlaps; several when it crosses a row boundary. */
function rowsOf(b: ColBlock, ys: number[], bands: { top: number; bottom: number }[]): [number, number] {
  const rows: number[] = [];
  const h = b.bottom - b.top;
  for (let r = 0; r < ys.length - 1; r++) {
    const o = Math.min(b.bottom, ys[r + 1]) - Math.max(b.top, ys[r]);
    if (o > Math.min(0.15 * h, 0.3 * (bands[r].bottom - bands[r].top) + 1)) rows.push(r);
  }
  if (!rows.length) {
    const c = (b.top + b.bottom) / 2;
    const r = Math.max(0, ys.findIndex((y, k) => k < ys.length - 1 && c >= y && c < ys[k + 1]));
    return [r, r];
  }
  return [rows[0], rows[rows.length - 1]];
}

/** Grow a cell symmetrically over empty rows while its text stays centred in the rows it covers. */
function grow(p: GridCell, b: ColBlock, ys: number[], used: Set<number>): void {
  const centre = (b.top + b.bottom) / 2;
  const dist = (r0: number, r1: number) => Math.abs((ys[r0] + ys[r1 + 1]) / 2 - centre);
  const tol = 0.25 * (b.lines[0]?.fs ?? 10);
  for (;;) {
    const cur = dist(p.r0, p.r1);
    if (cur <= tol) return;
    const options: [number, number][] = [];
    if (p.r0 > 1 && !used.has(p.r0 - 1)) options.push([p.r0 - 1, p.r1]);
    if (p.r1 + 1 < ys.length - 1 && !used.has(p.r1 + 1)) options.push([p.r0, p.r1 + 1]);
    if (p.r0 > 1 && p.r1 + 1 < ys.length - 1 && !used.has(p.r0 - 1) && !used.has(p.r1 + 1)) options.push([p.r0 - 1, p.r1 + 1]);
    const best = options.map((o) => [o, dist(o[0], o[1])] as const).sort((x, y) => x[1] - y[1])[0];
    if (!best || best[1] > tol) return; // only grow when that makes the text centred: top-aligned cells stay as they are
    for (let r = best[0][0]; r <= best[0][1]; r++) used.add(r);
    [p.r0, p.r1] = best[0];
  }
}
