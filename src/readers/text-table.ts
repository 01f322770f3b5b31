// Tables in plain text, in the shapes copies and exports leave them:
//   cell-per-line  every cell a line starting with TAB, an empty line ending the row (seed 004)
//   tab-rows       one row a line, cells separated by TABs (a copy from Word, WPS or Excel)
//   pipe-rows      one row a line, cells separated by `|`, with or without outer pipes,
//                  Markdown's `|---|` line included (a copy from a web page, a Markdown file)
//   pipe-lines     one cell a line with a `|` line between cells (a flattened web table)
// Knows text layout only, nothing of 公文: which column means what is decided by the table stage.
import type { Table } from '../model.js';
import { markerAt } from '../analysis/outline.js';
import { TABLE_CAPTION } from '../analysis/gongwen-words.js';
import { namesColumns } from '../analysis/table-columns.js';
import { rowsWithMergedCells, widest, type RawCell } from './merged-cells.js';
import { isWide } from './pdf-text.js';

export type TextTableShape = 'cell-per-line' | 'tab-rows' | 'pipe-rows' | 'pipe-lines';

export interface TextTable { table: Table; shape: TextTableShape; next: number }

interface LineCell { text: string; line: number }

/** No task table is wider; a longer row is text that happens to hold pipes or TABs (or a hostile file). */
const MAX_CELLS = 64;

/** The text table starting at line `start`, or null when none starts there. */
export function readTextTable(lines: string[], start: number): TextTable | null {
  const line = lines[start];
  const first = tabRowAt(lines, start);
  if (first && startsTable(first.text.split('\t').map((c) => c.trim())) && tabRowAt(lines, first.end)) return tabRows(lines, start);
  if (line.startsWith('\t')) return cellPerLine(lines, start);
  if (startsTable(pipeCells(line)) && (isMarkdownRule(lines[start + 1] ?? '') || pipeCells(lines[plainEnd(lines, start + 1)] ?? ''))) return pipeRows(lines, start);
  const morePipes = lines.slice(start + 2, start + 6).some(isPipeLine);
  if (isPipeLine(lines[start + 1]) && line.trim() && !isPipeLine(line) && morePipes) return pipeLines(lines, start);
  return null;
}

/** A row of TAB-separated cells: two cells with text, or a first cell with text and TABs after it. */
function isTabRow(line: string): boolean {
  const cells = line.split('\t');
  return cells.length >= 2 && cells.length <= MAX_CELLS && (cells.filter((c) => c.trim()).length >= 2 || !!cells[0].trim());
}
const isPipeLine = (line: string | undefined) => line !== undefined && line.trim() === '|';
const isMarkdownRule = (line: string) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('|');

function table(rows: LineCell[][], shape: TextTableShape, next: number): TextTable {
  const raw: RawCell[][] = rows.map((row) => row.map((c) => ({ lines: c.text.split('\n'), source: (k: number) => ({ line: c.line + k }) })));
  // In the cell-per-line form an empty cell is how a merged cell is written; in the one-row-a-line
  // forms an empty cell in the middle of a row means "none", and a row written as one cell is a heading.
  const cellPerLine = shape === 'cell-per-line';
  const width = widest(raw);
  const rowsOut = rowsWithMergedCells(cellPerLine ? raw : alignTrailingEmpties(raw), {
    continueEmpty: cellPerLine ? 'all' : 'leading',
    alignShortRows: true,
    spansTable: cellPerLine ? undefined : (row) => width > 1 && !isBlank(row[0]) && row.slice(1).every(isBlank),
  });
  return { table: { kind: 'table', rows: rowsOut, source: { line: rows[0]?.[0]?.line ?? 1 } }, shape, next };
}

/**
 * The cell-per-line form: every cell starts a line with a TAB; a line without a TAB continues
 * the cell before it (a cell broken over lines); an empty line ends a row. An empty cell
 * continues the cell above it, as a merged cell does in Word. The table ends at a non-empty
 * line without a TAB that follows an empty line, or at the end.
 */
function cellPerLine(lines: string[], start: number): TextTable {
  const rows: LineCell[][] = [];
  let row: LineCell[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('\t')) {
      row.push({ text: line.slice(1), line: i + 1 });
    } else if (line.trim() === '') {
      if (row.length) rows.push(row);
      row = [];
      let k = i + 1;
      while (k < lines.length && lines[k].trim() === '') k++;
      if (k === lines.length || !lines[k].startsWith('\t')) { i++; break; }
    } else if (row.length) {
      row[row.length - 1].text += '\n' + line;
    } else {
      break;
    }
  }
  if (row.length) rows.push(row);
  return table(rows, 'cell-per-line', i);
}

/**
 * TAB-separated rows, one a line. Excel quotes a cell holding a line break (`"第一行\n第二行"`),
 * so a row whose quote is still open continues on the next line.
 */
function tabRows(lines: string[], start: number): TextTable {
  const rows: LineCell[][] = [];
  let i = start;
  for (let row = tabRowAt(lines, i); row; row = tabRowAt(lines, i)) {
    const line = i + 1;
    rows.push(row.text.split('\t').map((t) => ({ text: unquote(t), line })));
    i = row.end;
  }
  return table(rows, 'tab-rows', i);
}

/** The TAB row starting at line `i` (with the lines an open quote takes), or null. */
function tabRowAt(lines: string[], i: number): { text: string; end: number } | null {
  if (i >= lines.length) return null;
  let text = lines[i];
  let end = i + 1;
  // A quote that does not close within a few lines is a quotation mark, not Excel's quoting.
  while (openQuote(text) && end < Math.min(lines.length, i + 10)) text += '\n' + lines[end++];
  if (openQuote(text)) { text = lines[i]; end = i + 1; }
  return isTabRow(text) ? { text, end } : null;
}

const openQuote = (row: string) => row.split('\t').some((c, k, all) => k === all.length - 1 && /^"/.test(c) && !/^"(?:[^"]|"")*"$/.test(c));
const unquote = (cell: string) => (/^"(?:[^"]|"")*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell);

/**
 * `|`-separated rows, one a line; outer pipes optional; Markdown's rule line skipped. A copied
 * cell holding a line break leaves its row over several lines: lines without a pipe between
 * the rows, or a row cut into short lines. Lines without a pipe belong to the table when a row
 * follows them (after the last row they are the text after the table), and not when they hold a
 * second table's caption (附表2：…, or any title over a header row): that table starts there.
 */
function pipeRows(lines: string[], start: number): TextTable {
  const physical: PipeLine[] = [];
  let width = 0;
  let body = false; // a row of two cells or more that are not header words has come (a title row across the table is none)
  let i = start;
  for (; i < lines.length; i++) {
    if (isMarkdownRule(lines[i])) continue;
    const cells = pipeCells(lines[i]);
    if (cells && physical.length && opensAnotherTable(lines, i, cells, physical[0].cells, body)) break;
    if (cells) {
      physical.push({ cells, line: i + 1, raw: lines[i], plain: false });
      width = Math.max(width, cells.length);
      body ||= startsTable(cells) && !isHeaderRow(cells);
      continue;
    }
    // A second table's caption ends this one: the lines before it are after the last row.
    const run = plainEnd(lines, i);
    const end = nextTableCaption(lines, i, run);
    const follows = end === run && rowFollows(lines, end, physical[0].cells, width);
    if (end > i && !follows && opensNextItem(lines[i], physical)) {
      physical.push({ cells: [lines[i].trim()], line: i + 1, raw: lines[i], plain: false });
      i++;
      break;
    }
    if (end === i || !follows) break;
    for (; i < end; i++) physical.push({ cells: [lines[i].trim()], line: i + 1, raw: lines[i], plain: true });
    i--;
  }
  return table(rowsOfPipeLines(physical), 'pipe-rows', i);
}

/**
 * Does the row at line `i`, straight after rows of this table, start another table: a row over a
 * Markdown rule, or a header (序号 | 项目名称 | 牵头单位) after rows that are not? The same header
 * again is this table's, repeated on a new page.
 */
function opensAnotherTable(lines: string[], i: number, cells: string[], first: string[], body: boolean): boolean {
  if (isMarkdownRule(lines[i + 1] ?? '')) return true;
  return body && cells.join('|') !== first.join('|') && isHeaderRow(cells);
}

/** The end of the lines from `i` on that are neither blank nor a `|` row (a group row, a cell's next line). */
function plainEnd(lines: string[], i: number): number {
  let end = i;
  while (end < lines.length && lines[end].trim() && !pipeCells(lines[end]) && !isMarkdownRule(lines[end])) end++;
  return end;
}

/**
 * Where, in the lines `from`..`end` without a pipe, the caption of a second table starts (`end`
 * when there is none): at a caption line (附表2：…, 表3, 续表), or at `from` when the row after the
 * lines is a header (序号 | 项目名称 | 牵头单位): a title over a table is not its neighbour's
 * wrapped cell, even when both tables have as many columns.
 */
function nextTableCaption(lines: string[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (isCaptionLine(lines[k])) return k;
  const next = end < lines.length ? pipeCells(lines[end]) : null;
  return next && isHeaderRow(next) ? from : end;
}

/** Header words (序号 | 项目名称 | 牵头单位), none with a colon or a sentence's punctuation as a labelled cell (`牵头单位：县财政局`) has. */
const isHeaderRow = (cells: string[]) => !cells.some((c) => /[：:，,。；;]/.test(c)) && namesColumns(cells);

/** A short line that opens as a table's caption does; a cell's text broken over lines ends in a comma or runs on. */
function isCaptionLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && TABLE_CAPTION.test(t) && !/[。，,；;]/.test(t);
}

/**
 * A line after the table's last row that opens the next item of its cells' numbering (`11.` after
 * a cell `10.…`) is a row of it, cut short: a copy that ends inside a row leaves its first cell.
 */
function opensNextItem(line: string, physical: PipeLine[]): boolean {
  const m = markerAt(line, 0);
  if (!m || m.level < 3) return false;
  let last = 0;
  for (const p of physical) for (const c of p.cells) {
    const n = markerAt(c, 0);
    if (n?.level === m.level) last = n.number;
  }
  return last > 0 && m.number === last + 1;
}

/** One line of a `|` table: a row or part of one (`plain`: a line without a pipe, one cell). */
interface PipeLine { cells: string[]; line: number; raw: string; plain: boolean }

/**
 * Does the table go on at line `i`: a row that is not the start of another table (a header again,
 * a Markdown rule under it, a row wider than the table so far)?
 */
function rowFollows(lines: string[], i: number, header: string[], width: number): boolean {
  const cells = i < lines.length ? pipeCells(lines[i]) : null;
  if (!cells || isMarkdownRule(lines[i + 1] ?? '')) return false;
  return cells.join('|') !== header.join('|') && cells.length <= width;
}

/**
 * Rows from the lines of a `|` table. A line without a pipe continues a cell of the row above:
 * the one it lines up with when it is indented under it, else the row's last cell with text (a
 * copied row breaks inside its last cell) — unless it opens a section (`一、…`, `（二）…`), which
 * is a group row written across the table. A row shorter than the table whose last cell fits
 * its own column better than the last one was cut by a line break: the following lines complete it.
 */
function rowsOfPipeLines(physical: PipeLine[]): LineCell[][] {
  const width = widest(physical.filter((p) => !p.plain).map((p) => p.cells));
  const profile = columnProfile(physical.filter((p) => !p.plain && p.cells.length === width).map((p) => p.cells));
  const rows: { cells: LineCell[]; from?: PipeLine }[] = [];
  for (let k = 0; k < physical.length; k++) {
    const p = physical[k];
    if (p.plain && (opensSection(p.cells[0]) || !rows.length)) {
      rows.push({ cells: [{ text: p.cells[0], line: p.line }] });
    } else if (p.plain) {
      continueRow(rows[rows.length - 1], p);
    } else {
      const broken = brokenRow(physical, k, width, profile);
      rows.push(broken ? { cells: broken.cells } : { cells: p.cells.map((text) => ({ text, line: p.line })), from: p });
      if (broken) k = broken.end - 1;
    }
  }
  return rows.map((r) => r.cells);
}

const opensSection = (text: string) => (markerAt(text, 0)?.level ?? 9) <= 2;

/** A line without a pipe, added to the cell of the row it continues. */
function continueRow(row: { cells: LineCell[]; from?: PipeLine }, p: PipeLine): void {
  let k = row.from && /^\s/.test(p.raw) ? alignedCell(row.from.raw, p.raw) : -1;
  if (k < 0 || k >= row.cells.length) {
    k = row.cells.length - 1;
    while (k > 0 && !row.cells[k].text) k--;
  }
  const cell = row.cells[k];
  cell.text = cell.text ? `${cell.text}\n${p.cells[0]}` : p.cells[0];
}

/** The cell of `row` whose column the indented line `line` starts under (columns as a monospaced font shows them). */
function alignedCell(row: string, line: string): number {
  const at = displayWidth(/^\s*/.exec(line)![0]);
  const pipes: number[] = [];
  let col = 0;
  for (let k = 0; k < row.length; k++) {
    if (row[k] === '|' && row[k - 1] !== '\\') pipes.push(col);
    col += displayWidth(row[k]);
  }
  const outer = row.trimStart().startsWith('|') ? 1 : 0;
  return pipes.filter((x) => x < at).length - outer;
}

const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (ch === '\t' ? 4 : isWide(ch) ? 2 : 1), 0);

/** The row that starts at line `k` and was cut by line breaks in its cells, with where it ends; null when line `k` is a row. */
function brokenRow(physical: PipeLine[], k: number, width: number, profile: ColumnShape[] | null): { cells: LineCell[]; end: number } | null {
  const first = physical[k];
  if (first.cells.length >= width || !endsOpen(first.cells, width, profile)) return null;
  const cells = first.cells.map((text) => ({ text, line: first.line }));
  let j = k + 1;
  for (; j < physical.length && cells.length < width; j++) {
    const q = physical[j];
    if ((q.plain && opensSection(q.cells[0])) || cells.length + q.cells.length - 1 > width) return null;
    const last = cells[cells.length - 1];
    last.text = [last.text, q.cells[0]].filter(Boolean).join('\n');
    cells.push(...q.cells.slice(1).map((text) => ({ text, line: q.line })));
  }
  return cells.length === width ? { cells, end: j } : null;
}

/**
 * Does a short row go on in the next line: its last cell stops at a comma or an enumeration mark,
 * or fits its own column better than the table's last? A short row missing its group cells ends
 * as the full rows do.
 */
function endsOpen(cells: string[], width: number, profile: ColumnShape[] | null): boolean {
  const last = cells[cells.length - 1];
  if (!last) return false;
  if (!profile || /[、，,；;：:（(]$/.test(last)) return true;
  const shape = shapeOf(last);
  return misfit(shape, profile[cells.length - 1]) < misfit(shape, profile[width - 1]);
}

/** The shape of each column over full rows (null when fewer than two). */
function columnProfile(rows: string[][]): ColumnShape[] | null {
  if (rows.length < 2) return null;
  return Array.from({ length: rows[0].length }, (_, c) => summarise(rows.map((r) => shapeOf(r[c]))));
}

/** The cells of a `|` row, or null when the line is not one. `\|` is a pipe inside a cell. */
export function pipeCells(line: string): string[] | null {
  if (!line.includes('|') || line.trim() === '|') return null;
  let body = line.trim();
  // Prose may hold a pipe (`cmd|'/c calc'`, a URL): a row either opens with a pipe (Markdown,
  // `|a|b|`) or spaces every separator (` | `, what a copy from a web page gives).
  if (!body.startsWith('|') && /[^\s\\]\||\|[^\s]/.test(body.replace(/\|$/, ''))) return null;
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells = body.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
  return cells.length >= 2 && cells.length <= MAX_CELLS && cells.some(Boolean) ? cells : null;
}

/** A table starts with a row of two cells with text at least (a lone heading with a pipe is no table). */
const startsTable = (cells: string[] | null) => !!cells && cells.filter(Boolean).length >= 2;

/**
 * One cell a line, a `|` line between cells; a cell may run over several lines, and an empty
 * cell is a blank line between two `|` lines. A blank line between two cells' text ends a row;
 * without such breaks the rows are found from the 序号 column (cells counting 1, 2, 3 …): each
 * number starts a row, and cells beyond the shortest row's width before a number are that
 * row's group cells. The table ends where the text after the last `|` line stops (a blank line).
 */
function pipeLines(lines: string[], start: number): TextTable {
  const cells: LineCell[] = [];
  const breaks: number[] = [];
  let i = start;
  for (;;) {
    // One segment: the lines up to the next `|` line.
    let j = i;
    while (j < lines.length && !isPipeLine(lines[j])) j++;
    const closed = j < lines.length;
    const seg = closed ? lines.slice(i, j) : untilBlank(lines, i);
    const parts = paragraphsOf(seg, i);
    parts.forEach((p, k) => {
      if (k > 0) breaks.push(cells.length);
      cells.push(p);
    });
    if (!parts.length && closed) cells.push({ text: '', line: i + 1 });
    if (!closed) { i += seg.length; break; }
    i = j + 1;
  }
  const rows = breaks.length ? splitAt(cells, breaks) : rowsBySequence(cells);
  return table(rows, 'pipe-lines', i);
}

function untilBlank(lines: string[], from: number): string[] {
  let j = from;
  while (j < lines.length && lines[j].trim()) j++;
  return lines.slice(from, j);
}

/** The cells of one segment: its runs of non-blank lines (two runs: the row ended between them). */
function paragraphsOf(seg: string[], first: number): LineCell[] {
  const out: LineCell[] = [];
  let cur: LineCell | null = null;
  seg.forEach((l, k) => {
    if (!l.trim()) { cur = null; return; }
    if (cur) cur.text += '\n' + l.trim();
    else out.push((cur = { text: l.trim(), line: first + k + 1 }));
  });
  return out;
}

function splitAt<T>(xs: T[], at: number[]): T[][] {
  const out: T[][] = [];
  let from = 0;
  for (const k of [...at, xs.length]) {
    if (k > from) out.push(xs.slice(from, k));
    from = k;
  }
  return out;
}

const SEQ = /^\d{1,5}$/;

function rowsBySequence(cells: LineCell[]): LineCell[][] {
  // Positions of the cells that count 1, 2, 3 … in order.
  const at: number[] = [];
  cells.forEach((c, k) => { if (SEQ.test(c.text) && Number(c.text) === at.length + 1) at.push(k); });
  if (at.length < 2) return rowsByHeaderWidth(cells);
  const gaps = at.slice(1).map((p, k) => p - at[k]);
  const width = gaps.reduce((a, b) => Math.min(a, b));
  const groups = gaps.reduce((a, b) => Math.max(a, b)) - width;
  if (!groups) return cutRows(cells, at, width, 0, false);
  // Do a row's group cells stand before its number (`group | 1 | content …`) or after it
  // (`1 | group | content …`)? The reading whose columns hold more alike cells.
  const before = cutRows(cells, at, width, groups, true);
  const after = cutRows(cells, at, width, groups, false);
  return dispersion(before.slice(1)) < dispersion(after.slice(1)) ? before : after;
}

/** Rows cut at the numbers; a row without its group cells gets empty ones, which continue from above. */
function cutRows(cells: LineCell[], at: number[], width: number, groups: number, before: boolean): LineCell[][] {
  const rows: LineCell[][] = [];
  const firstRow = before ? Math.max(0, at[0] - groups) : at[0];
  rows.push(cells.slice(0, firstRow));
  let from = firstRow;
  at.forEach((p, k) => {
    const end = k + 1 < at.length ? (before ? p + width : at[k + 1]) : Math.min(cells.length, before ? p + width : p + width + groups);
    const row = cells.slice(from, end);
    const missing = Array.from({ length: Math.max(0, width + groups - row.length) }, () => ({ text: '', line: cells[p].line }));
    rows.push(before ? [...missing, ...row] : [row[0], ...missing, ...row.slice(1)]);
    from = end;
  });
  // Cells after the last number (its count broken off): rows of the full width, as they come.
  for (; from < cells.length; from += width + groups) rows.push(cells.slice(from, from + width + groups));
  return rows[0].length ? rows : rows.slice(1);
}

/** How unlike each other the cells of each column are, summed over the columns. */
function dispersion(rows: LineCell[][]): number {
  const width = widest(rows);
  let total = 0;
  for (let c = 0; c < width; c++) {
    const shapes = rows.map((r) => r[c]?.text ?? '').filter(Boolean).map(shapeOf);
    const column = summarise(shapes);
    total += shapes.reduce((s, x) => s + misfit(x, column), 0) / Math.max(1, shapes.length);
  }
  return total;
}

/** Without a 序号 column: the header's width (its cells are short and hold no numbers) cuts the rows. */
function rowsByHeaderWidth(cells: LineCell[]): LineCell[][] {
  let width = 0;
  while (width < cells.length && cells[width].text.length <= 8 && !/[\d。，,；;]/.test(cells[width].text)) width++;
  if (width < 2) return [cells];
  const rows: LineCell[][] = [];
  for (let k = 0; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
  return rows;
}

/**
 * A row whose last cells are empty may have been written flush left by the exporter, with the
 * group cells it shares with the rows above left out (`3.及时反馈… | 各科室 | |`). Such a row is
 * moved right when its cells then look like the cells above them (length and leading marker),
 * so that its missing first cells continue from above.
 */
function alignTrailingEmpties(rows: RawCell[][]): RawCell[][] {
  const width = widest(rows);
  const full = rows.filter((r) => r.length === width && !isBlank(r[width - 1]) && !isBlank(r[0]));
  if (full.length < 2) return rows;
  const profile = Array.from({ length: width }, (_, c) => summarise(full.map((r) => shapeOf(text(r[c])))));
  return rows.map((r) => {
    let trailing = 0;
    while (trailing < r.length - 1 && isBlank(r[r.length - 1 - trailing])) trailing++;
    const filled = r.length - trailing;
    if (!trailing || filled < 2 || r.length !== width || isBlank(r[0])) return r;
    const kept = r.slice(0, filled);
    const asWritten = kept.reduce((s, c, k) => s + misfit(shapeOf(text(c)), profile[k]), 0);
    const moved = kept.reduce((s, c, k) => s + misfit(shapeOf(text(c)), profile[k + trailing]), 0);
    return moved < asWritten ? kept : r;
  });
}

const text = (c: RawCell) => c.lines.join('').trim();
const isBlank = (c: RawCell | undefined) => !c || !text(c);

interface Shape { len: number; lead: 'arabic' | 'chinese' | 'none'; digits: boolean }
const shapeOf = (t: string): Shape => ({
  len: Math.log2(t.length + 1),
  digits: /\d/.test(t),
  lead: /^[（(]?\d{1,3}[)）.、．]/.test(t) ? 'arabic' : /^[（(]?[一二三四五六七八九十]+[、）)]/.test(t) ? 'chinese' : 'none',
});
/** A column's shapes in sum: mean length, and how many cells have each lead and digits. */
interface ColumnShape { n: number; len: number; lead: Record<Shape['lead'], number>; digits: number }
function summarise(shapes: Shape[]): ColumnShape {
  const out: ColumnShape = { n: shapes.length, len: 0, lead: { arabic: 0, chinese: 0, none: 0 }, digits: 0 };
  for (const x of shapes) { out.len += x.len / shapes.length; out.lead[x.lead]++; if (x.digits) out.digits++; }
  return out;
}

/** How unlike a cell is to a column's cells: length apart, and a different lead marker or digits. */
function misfit(s: Shape, column: ColumnShape): number {
  if (!column.n) return 0;
  const sameLead = column.lead[s.lead] / column.n;
  const sameDigits = (s.digits ? column.digits : column.n - column.digits) / column.n;
  return Math.abs(s.len - column.len) + 2 * (1 - sameLead) + (1 - sameDigits);
}
