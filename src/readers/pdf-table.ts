// Ruled tables in PDFs: cell borders from the drawing operators → a grid per page → cells (with spans) →
// one logical table across pages (repeated header rows dropped, rows split by a page break re-joined).
import type { Cell, Paragraph, Run, Table } from '../model.js';
import { markerAt } from '../analysis/outline.js';
import { appendRuns, groupLines, joinLineRuns, lineSeamSpace, type PdfItem } from './pdf-text.js';

/** A horizontal (y fixed) or vertical (x fixed) ruling segment, in top-left page coordinates. */
export interface Seg {
  dir: 'h' | 'v';
  /** The fixed coordinate. */
  at: number;
  /** Extent along the other axis. */
  from: number;
  to: number;
}

const TOL = 2;

/** Merge collinear, overlapping or touching segments. */
export function mergeSegs(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const dir of ['h', 'v'] as const) {
    const s = segs.filter((x) => x.dir === dir).sort((a, b) => a.at - b.at || a.from - b.from);
    const used = new Array(s.length).fill(false);
    for (let i = 0; i < s.length; i++) {
      if (used[i]) continue;
      const cur = { ...s[i] };
      let grew = true;
      while (grew) {
        grew = false;
        for (let j = i + 1; j < s.length && s[j].at - cur.at <= 1.5; j++) {
          if (used[j]) continue;
          // Per-cell border pieces that meet or nearly meet (a gap under 3 points) are one line.
          if (s[j].from <= cur.to + 3 && s[j].to >= cur.from - 3) {
            cur.from = Math.min(cur.from, s[j].from);
            cur.to = Math.max(cur.to, s[j].to);
            used[j] = true;
            grew = true;
          }
        }
      }
      out.push(cur);
    }
  }
  return out;
}

export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  items: PdfItem[];
}

export interface PageGrid {
  page: number;
  /** Column and row boundaries (top-left coordinates, ascending). */
  xs: number[];
  ys: number[];
  cells: GridCell[];
  bbox: { x0: number; x1: number; y0: number; y1: number };
}

/** Find ruled tables among a page's segments: connected groups of at least 2×3 lines. */
export function findGrids(segsIn: Seg[], page: number): PageGrid[] {
  const segs = mergeSegs(segsIn).filter((s) => s.to - s.from >= 3);
  const n = segs.length;
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const hs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'h');
  const vs = segs.map((s, i) => [s, i] as const).filter(([s]) => s.dir === 'v');
  for (const [h, hi] of hs)
    for (const [v, vi] of vs)
      if (v.at >= h.from - 3 && v.at <= h.to + 3 && h.at >= v.from - 3 && h.at <= v.to + 3) parent[find(hi)] = find(vi);
  const comps = new Map<number, Seg[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!comps.has(r)) comps.set(r, []);
    comps.get(r)!.push(segs[i]);
  }
  const grids: PageGrid[] = [];
  for (const comp of comps.values()) {
    const H = comp.filter((s) => s.dir === 'h');
    const V = comp.filter((s) => s.dir === 'v');
    if (H.length < 2 || V.length < 2 || H.length + V.length < 5) continue;
    const xg = cluster(V.map((s) => s.at));
    const yg = cluster(H.map((s) => s.at));
    const xs = xg.map(mean);
    const ys = yg.map(mean);
    if (xs.length < 2 || ys.length < 2) continue;
    const bbox = { x0: xs[0], x1: xs[xs.length - 1], y0: ys[0], y1: ys[ys.length - 1] };
    if (bbox.x1 - bbox.x0 < 40 || bbox.y1 - bbox.y0 < 10) continue;
    const R = ys.length - 1;
    const C = xs.length - 1;
    // A boundary drawn as two lines a little apart (double border, cell spacing) is one boundary: either line counts.
    const covers = (segList: Seg[], group: number[], from: number, to: number) => {
      const mid = (from + to) / 2;
      const half = Math.max(0.5, (to - from) * 0.25);
      const lo = group[0] - TOL;
      const hi = group[group.length - 1] + TOL;
      return segList.some((s) => s.at >= lo && s.at <= hi && s.from <= mid - half && s.to >= mid + half);
    };
    const id = (r: number, c: number) => r * C + c;
    const par = Array.from({ length: R * C }, (_, i) => i);
    const f = (i: number): number => (par[i] === i ? i : (par[i] = f(par[i])));
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && !covers(V, xg[c + 1], ys[r], ys[r + 1])) par[f(id(r, c + 1))] = f(id(r, c));
        if (r + 1 < R && !covers(H, yg[r + 1], xs[c], xs[c + 1])) par[f(id(r + 1, c))] = f(id(r, c));
      }
    const groups = new Map<number, GridCell>();
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        const k = f(id(r, c));
        const g = groups.get(k);
        if (!g) groups.set(k, { r0: r, r1: r, c0: c, c1: c, items: [] });
        else {
          g.r0 = Math.min(g.r0, r);
          g.r1 = Math.max(g.r1, r);
          g.c0 = Math.min(g.c0, c);
          g.c1 = Math.max(g.c1, c);
        }
      }
    const cells = [...groups.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
    // Drop cells swallowed by the bounding box of an irregular group.
    const kept = cells.filter(
      (c) => !cells.some((o) => o !== c && o.r0 <= c.r0 && o.r1 >= c.r1 && o.c0 <= c.c0 && o.c1 >= c.c1 && (o.r1 - o.r0 + 1) * (o.c1 - o.c0 + 1) > (c.r1 - c.r0 + 1) * (c.c1 - c.c0 + 1)),
    );
    grids.push({ page, xs, ys, cells: kept, bbox });
  }
  return grids.sort((a, b) => a.bbox.y0 - b.bbox.y0);
}

/** Lines closer than this are one boundary: no text fits between them (double borders, cell spacing). */
const SLIVER = 4.5;

/** Group boundary positions: near-equal ones, and pairs too close to hold a row or column between them. */
function cluster(vals: number[]): number[][] {
  const s = [...vals].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last && (v - last[last.length - 1] <= TOL || v - last[0] <= SLIVER)) last.push(v);
    else out.push([v]);
  }
  return out;
}

const mean = (g: number[]) => g.reduce((a, b) => a + b, 0) / g.length;

/** True when the item's centre is inside the grid's box. */
export function inGrid(g: PageGrid, it: PdfItem): boolean {
  const cx = (it.x0 + it.x1) / 2;
  const cy = it.y - it.fs * 0.35;
  return cx >= g.bbox.x0 - 1 && cx <= g.bbox.x1 + 1 && cy >= g.bbox.y0 - 1 && cy <= g.bbox.y1 + 1;
}

/** Put each item into the cell containing its centre. */
export function fillGrid(g: PageGrid, items: PdfItem[]): void {
  for (const it of items) {
    const cx = (it.x0 + it.x1) / 2;
    const cy = it.y - it.fs * 0.35;
    const c = bucket(g.xs, cx);
    const r = bucket(g.ys, cy);
    const cell = g.cells.find((k) => r >= k.r0 && r <= k.r1 && c >= k.c0 && c <= k.c1) ?? g.cells[0];
    cell.items.push(it);
  }
}

function bucket(bounds: number[], v: number): number {
  for (let i = 0; i < bounds.length - 1; i++) if (v < bounds[i + 1]) return i;
  return bounds.length - 2;
}

/** A cell of the logical (multi-page) table being assembled. */
interface LCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  runs: Run[];
  /** Where lines met with nothing between them (Paragraph.wraps). */
  wraps: number[];
  page: number;
  line?: number;
}

/** Text of a page-grid cell as runs: lines joined with no space between CJK characters. */
function cellRuns(items: PdfItem[]): { runs: Run[]; wraps: number[]; line?: number } {
  const lines = groupLines(items, true);
  const wraps: number[] = [];
  const runs = joinLineRuns(lines, wraps);
  return { runs, wraps, line: lines[0]?.lineNo };
}

/** Append the rest of a cell broken over a page to the cell above it; the page break is a line break too. */
function continueCell(above: LCell, rest: LCell): void {
  const before = runsText(above.runs);
  appendRuns(above.runs, rest.runs, lineSeamSpace(before, runsText(rest.runs)));
  const start = runsText(above.runs).length - runsText(rest.runs).length;
  if (start === before.length && before && !/\s$/.test(before)) above.wraps.push(start);
  above.wraps.push(...rest.wraps.map((w) => w + start));
}

const runsText = (runs: Run[]) => runs.map((r) => r.text).join('');
const rowKey = (cells: LCell[]) => cells.map((c) => `${c.c0}-${c.c1}:${runsText(c.runs).replace(/\s+/g, '')}`).join('|');

/** The item number a cell opens with: an outline marker (`7.`, `（三）`) or a bare sequence number (`7`). */
function itemNumberAt(text: string): { kind: string; n: number } | null {
  const bare = /^\s*(\d{1,3})\s*$/.exec(text);
  if (bare) return { kind: 'seq', n: Number(bare[1]) };
  const m = markerAt(text, 0);
  return m ? { kind: `level${m.level}`, n: m.number } : null;
}

/** A cell at the top of a page opens the next item after the cell above it (`7.` after `6.`, 序号 7 after 6). */
function opensNextItem(above: LCell | undefined, cell: LCell): boolean {
  if (!above) return false;
  const a = itemNumberAt(runsText(above.runs));
  const b = itemNumberAt(runsText(cell.runs));
  return !!a && !!b && a.kind === b.kind && b.n === a.n + 1;
}

/**
 * The cell of a page's first row showing that the row opens the next item, not the rest of a row that broke over
 * the page: a bare sequence number continuing the one above (序号 7 after 6), or an outline marker continuing the
 * cell above (`7.` after `6.`) when another cell of the row also has text of its own — a lone marker cell may be
 * the overflow of one cell that lists several items (`10.… 11.…` in one cell).
 */
function newItemCell(first: LCell[], skip: number, match: (c: LCell) => LCell | undefined): LCell | undefined {
  const own = first.filter((c) => c.r1 === skip);
  const filled = own.filter((c) => runsText(c.runs).trim());
  return own.find((c) => {
    if (!opensNextItem(match(c), c)) return false;
    return /^\s*\d{1,3}\s*$/.test(runsText(c.runs)) || filled.some((o) => o !== c);
  });
}

/** Same columns (within a few points): page grids that continue one table. */
export function sameColumns(a: PageGrid, b: PageGrid): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]) <= 4);
}

/**
 * Assemble consecutive page grids of one table into a Table block.
 * On continuation pages, a first row equal to the table's header row is dropped; a first row whose own cells
 * are empty where the previous page's last row had text is the rest of that row (the row broke over the page)
 * and is merged into it; empty cells at the top of a page continue the cell above them.
 */
export function assembleTable(grids: PageGrid[], lineOf: (page: number) => number | undefined): Table {
  const cells: LCell[] = [];
  let headerKey = '';
  let rowsSoFar = 0;
  grids.forEach((g, gi) => {
    const local: LCell[] = g.cells.map((c) => {
      const { runs, wraps, line } = cellRuns(c.items);
      return { r0: c.r0, r1: c.r1, c0: c.c0, c1: c.c1, runs, wraps, page: g.page, line };
    });
    const nRows = g.ys.length - 1;
    let skip = 0;
    if (gi === 0) {
      headerKey = rowKey(local.filter((c) => c.r0 === 0 && c.r1 === 0));
    } else if (headerKey && rowKey(local.filter((c) => c.r0 === 0 && c.r1 === 0)) === headerKey) {
      skip = 1;
    }
    if (skip >= nRows) return;
    const first = local.filter((c) => c.r0 <= skip && c.r1 >= skip);
    const lastRow = rowsSoFar - 1;
    const prevLast = gi > 0 ? cells.filter((c) => c.r1 === lastRow) : [];
    const match = (c: LCell) => prevLast.find((p) => p.c0 === c.c0 && p.c1 === c.c1);
    // The row broke over the page: some cell that began in the previous page's last row had text, and the
    // matching cell here is empty (a short cell such as 完成时限 fitted before the break).
    // Only single-row cells on both sides count: a merged group cell (序号, 任务名称) that begins in that row
    // spans further rows on the new page and is empty there whether or not the row itself broke.
    const opener = gi > 0 ? newItemCell(first, skip, match) : undefined;
    const continued =
      gi > 0 &&
      first.length > 0 &&
      first.every((c) => match(c)) &&
      !opener &&
      prevLast.some(
        (p) =>
          p.r0 === lastRow &&
          runsText(p.runs).trim() &&
          first.some((c) => c.c0 === p.c0 && c.c1 === p.c1 && c.r1 === skip && !runsText(c.runs).trim()),
      );
    const offset = continued ? rowsSoFar - 1 - skip : rowsSoFar - skip;
    for (const c of local) {
      if (c.r1 < skip) continue;
      const r0 = Math.max(c.r0, skip) + offset;
      const r1 = c.r1 + offset;
      if (c.r0 <= skip && gi > 0) {
        const p = match(c);
        const empty = !runsText(c.runs).trim();
        // In a new item's row only the grouping cells left of its item cell continue the cells above them.
        const groups = !opener || c.c1 < opener.c0;
        if (p && (continued || (empty && groups))) {
          if (!empty) continueCell(p, c);
          p.r1 = Math.max(p.r1, r1);
          continue;
        }
      }
      cells.push({ ...c, r0, r1 });
    }
    rowsSoFar = offset + nRows;
  });
  const nRows = Math.max(0, ...cells.map((c) => c.r1 + 1));
  const rows: Cell[][] = Array.from({ length: nRows }, () => []);
  for (const c of cells.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
    const text = runsText(c.runs);
    const para: Paragraph = { kind: 'paragraph', runs: c.runs, source: { page: c.page, line: c.line ?? lineOf(c.page), row: c.r0 + 1 } };
    if (c.wraps.length) para.wraps = c.wraps;
    const cell: Cell = {
      blocks: text.trim() ? [para] : [],
      rowSpan: c.r1 - c.r0 + 1,
      colSpan: c.c1 - c.c0 + 1,
    };
    rows[c.r0].push(cell);
  }
  const firstCell = cells[0];
  return { kind: 'table', rows, source: { page: grids[0].page, line: firstCell?.line } };
}
