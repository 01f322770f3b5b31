// Which column of a task table holds what. Offices name and order columns differently, and some
// tables have no header or one the vocabulary does not know, so a column's role comes from its
// header words (a strong hint) together with what its cells hold: a 序号 column counts, a unit
// column's cells read as unit lists or role clauses, a deadline column's as deadlines, the
// content column holds the longest and most varied text, a group column repeats or is merged.
import type { Cell } from '../model.js';
import { cellText, paragraphText } from '../model.js';
import { parseClauseContent } from './clause.js';
import { looksLikeDeadline, normaliseDeadline } from './deadline.js';
import { markerAt } from './outline.js';
import { isRunTogether, looksLikeUnit, splitUnits } from './units.js';

/** The number of cells of the longest row (without spreading: a table may have many rows). */
export const widest = (rows: readonly { length: number }[]): number => rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);

export type ColumnRole =
  | 'seq' | 'group' | 'content' | 'lead' | 'responsible' | 'cooperating' | 'deadline'
  | 'person' | 'remark' | 'other';

/**
 * Header words, as offices write them. The first match wins, so the order matters: a person
 * column (牵头领导, 责任人) before the unit columns, 责任 before 配合 (`配合/责任单位` is a
 * 责任单位 column), the unit columns before content (`职责`) and group words.
 */
export const HEADER_WORDS: readonly [ColumnRole, RegExp][] = [
  ['seq', /^(?:序号|编号|序|No\.?)$/i],
  ['remark', /^(?:备注|说明|附注)$/],
  ['person', /领导|负责人|责任人|联系人|经办人|联系电话|电话|联系方式/],
  ['lead', /牵头(?:单位|部门|处室|科室)?|主责(?:单位|部门)|主办(?:单位|部门)/],
  ['responsible', /责任(?:单位|部门|主体|科室|处室|股室)|承办(?:单位|部门)|实施(?:单位|部门)|落实(?:单位|部门)|负责(?:单位|部门|科室|处室)|承担(?:单位|部门)|^(?:单位|部门|科室|处室|单位名称|部门名称)$/],
  ['cooperating', /配合(?:单位|部门|科室|处室)?|协办(?:单位|部门)?|协同(?:单位|部门)|参与(?:单位|部门)|协助(?:单位|部门)/],
  ['deadline', /时限|完成时间|时间节点|完成期限|时间安排|进度安排|^完成时|截止(?:时间|日期)|时间要求|完成日期|办结时间|^时间$/],
  ['content', /具体(?:内容|措施|任务|要求|工作)|主要(?:内容|措施|任务|职责|工作)|工作(?:内容|措施|举措|要求|目标|重点)|任务(?:内容|要求|分工|描述)|目标任务|重点工作|职责|事项|^(?:内容|举措|措施|要求)$/],
  ['group', /任务名称|工作任务|重点任务|任务类别|项目名称|类别|分类|领域|板块|方面|任务$/],
];

/** The role a header names, or null when the vocabulary does not know the words. */
export function headerRole(header: string): ColumnRole | null {
  const h = header.replace(/[\s\u3000]/g, '');
  if (!h) return null;
  for (const [role, re] of HEADER_WORDS) if (re.test(h)) return role;
  return null;
}

/** A row of the grid; a hole where no cell stands (a short text row, a header cell masked out). */
export type Row = (Cell | undefined)[];

export type CellKind = 'empty' | 'seq' | 'heading' | 'units' | 'deadline' | 'text';

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** What a cell holds, judged from its text alone. */
export function cellKind(text: string): CellKind {
  const t = compact(text);
  if (!t) return 'empty';
  if (/^[（(]?\d{1,3}[)）.、．]?$|^[一二三四五六七八九十]{1,3}$/.test(t)) return 'seq';
  if (isDeadlineCell(t)) return 'deadline';
  if (unitsOfCell(text) !== null) return 'units';
  const m = markerAt(t, 0);
  if (m && m.level <= 2 && t.length <= 40) return 'heading';
  return 'text';
}

function isDeadlineCell(t: string): boolean {
  if (t.length > 24 || /[。]/.test(t)) return false;
  if (looksLikeDeadline(t)) return true;
  const d = normaliseDeadline(t, 2000);
  return (d.kind === 'by' || d.kind === 'yearRound') ? t.length <= 16 : (d.kind === 'ongoing' || d.kind === 'recurring') && t.length <= 8;
}

export interface CellUnits { lead: string[]; responsible: string[]; cooperating: string[] }

/**
 * The units a unit cell names, with the roles it gives itself (`牵头：X；配合：Y`, `X牵头，Y配合`),
 * or null when the cell does not read as units. Lines and spaces between unit names separate
 * them (a Word cell with one unit a paragraph, `区经济发展局 区行政审批局`). `strict` (judging
 * what a column holds) wants every name to look like a unit; a cell of a unit column is read
 * as units anyway (`各区属国有企企`, a typo, is still the unit named).
 */
export function unitsOfCell(text: string, strict = true): CellUnits | null {
  const parts = text.split(/[\n\s\u3000]+/).filter(Boolean);
  const joined = parts.every((p) => looksLikeUnit(p) || /[、，,；;]/.test(p)) ? parts.join('、') : parts.join('');
  if (/牵头|配合|协办|协助|参与|负责|[:：]/.test(joined)) {
    const roles = parseClauseContent(text.replace(/\n/g, '；'));
    if (roles && roles.style !== 'deadline' && roles.leadUnits.length + roles.responsibleUnits.length + roles.cooperatingUnits.length) {
      return { lead: roles.leadUnits, responsible: roles.responsibleUnits, cooperating: roles.cooperatingUnits };
    }
  }
  const units = splitUnits(joined);
  if (!units.length || (strict && !units.every(looksLikeUnit))) return null;
  return { lead: [], responsible: units, cooperating: [] };
}

/**
 * The text of a unit cell, with a line break where a fixed-layout file broke a line between two
 * whole unit names (`区经济发展局` / `区行政审批局`): the space written there is not drawn at a line
 * end, and a cell one name wide shows a list of units a name a line. A break inside a name
 * (`区人民政府办` / `公室`, `市公安局` / `交通警察支队`) stays a plain wrap.
 */
export function unitCellText(cell: Cell): string {
  return cell.blocks
    .map((b) => (b.kind === 'paragraph' ? withUnitBreaks(paragraphText(b), (b.numbering ?? '').length, b.wraps) : cellText({ ...cell, blocks: [b] })))
    .join('\n');
}

function withUnitBreaks(text: string, shift: number, wraps: number[] | undefined): string {
  if (!wraps?.length) return text;
  let out = '';
  let from = 0;
  for (const w of wraps.map((x) => x + shift).filter((x) => x > 0 && x < text.length)) {
    const left = text.slice(0, w).split(UNIT_GAP).pop()!;
    const right = text.slice(w).split(UNIT_GAP)[0];
    if (!breaksBetweenUnits(left, right)) continue;
    out += text.slice(from, w) + '\n';
    from = w;
  }
  return out + text.slice(from);
}

const UNIT_GAP = /[、，,；;\s\u3000]/;

/** Two whole unit names, the second opening with a place (the shape isRunTogether reports). */
const breaksBetweenUnits = (left: string, right: string) =>
  looksLikeUnit(left) && looksLikeUnit(right) && isRunTogether(left + right) && /^[县市区省州镇乡]/.test(right);

export interface ColumnProfile {
  /** Non-empty cells, each merged cell counted once. */
  cells: number;
  share: Record<CellKind, number>;
  meanLength: number;
  /** Distinct texts per cell, and cells spanning rows per cell. */
  distinct: number;
  merged: number;
}

/** What the body cells of one column hold. */
export function profileColumn(cells: Row): ColumnProfile {
  const seen = new Set<Cell>();
  const texts: string[] = [];
  let merged = 0;
  for (const c of cells) {
    if (!c || seen.has(c)) continue;
    seen.add(c);
    const t = compact(cellText(c));
    if (!t) continue;
    texts.push(t);
    if (c.rowSpan > 1) merged++;
  }
  const share = { empty: 0, seq: 0, heading: 0, units: 0, deadline: 0, text: 0 };
  for (const t of texts) share[cellKind(t)] += 1 / texts.length;
  return {
    cells: texts.length,
    share,
    meanLength: texts.reduce((s, t) => s + t.length, 0) / Math.max(1, texts.length),
    distinct: new Set(texts).size / Math.max(1, texts.length),
    merged: merged / Math.max(1, texts.length),
  };
}

/** The role a column's cells point to, when they point clearly to one. */
export function roleFromCells(p: ColumnProfile): ColumnRole | 'text' | null {
  if (!p.cells) return null;
  if (p.share.seq >= 0.8) return 'seq';
  if (p.share.deadline >= 0.6) return 'deadline';
  if (p.share.units >= 0.6) return 'responsible';
  if (p.share.heading >= 0.5 || p.merged >= 0.3 || (p.cells >= 4 && p.distinct <= 0.5)) return 'group';
  return 'text';
}

export interface ColumnChoice { column: number; role: ColumnRole; header: string; by: 'header' | 'cells' }

export interface TableLayout {
  /** Rows that make the header (none for a table without one). */
  headerRows: number[];
  roles: ColumnRole[];
  /** How each column's role was decided, for the diagnostics. */
  choices: ColumnChoice[];
}

const MAX_HEADER_CELL = 15;

/** Is this a header row: short cells, no numbers, at least `min` of them (and half) header words? */
function isHeaderRow(row: Cell[], min: number): boolean {
  return namesColumns([...new Set(row.filter(Boolean))].map((c) => cellText(c)), min);
}

/**
 * Do these cell texts read as a table's header: short, no numbers, at least `min` of them (and
 * half) header words? Text readers ask it too, to see where a second table starts.
 */
export function namesColumns(texts: readonly string[], min = 2): boolean {
  const cells = texts.map(compact).filter(Boolean);
  if (cells.length < min || cells.some((t) => t.length > MAX_HEADER_CELL || cellKind(t) === 'seq')) return false;
  const named = cells.filter((t) => headerRole(t) !== null).length;
  return named >= min && named * 2 >= cells.length;
}

/** The second row of a two-row header: every cell of its own (not one spanning down from above) a header word. */
function isLowerHeaderRow(row: Cell[], upper: Cell[]): boolean {
  const own = [...new Set(row.filter((c, k) => c && c !== upper[k]))].map((c) => compact(cellText(c))).filter(Boolean);
  return own.length > 0 && own.every((t) => t.length <= 8 && headerRole(t) !== null);
}

/**
 * A first row with one known header word (`编号 | 公开重点 | 承办科室 | 办理期限`) is a header
 * too when all its cells are short words, none a number or a deadline, over longer cells.
 */
function isWeakHeaderRow(row: Cell[], below: Cell[]): boolean {
  const texts = (cells: Cell[]) => [...new Set(cells.filter(Boolean))].map((c) => compact(cellText(c))).filter(Boolean);
  const cells = texts(row);
  if (cells.length < 2 || !cells.some((t) => headerRole(t) !== null)) return false;
  if (cells.some((t) => t.length > 8 || /\d/.test(t) || cellKind(t) === 'deadline')) return false;
  return texts(below).some((t) => t.length > 8 || cellKind(t) === 'seq');
}

/** The header rows: the first row of header words in the first rows, and the row under it when it is one too. */
export function findHeaderRows(grid: Cell[][]): number[] {
  for (let r = 0; r < Math.min(grid.length, 4); r++) {
    if (!isHeaderRow(grid[r] ?? [], 2) && !(r === 0 && isWeakHeaderRow(grid[0] ?? [], grid[1] ?? []))) continue;
    return isLowerHeaderRow(grid[r + 1] ?? [], grid[r]) ? [r, r + 1] : [r];
  }
  return [];
}

/** Column roles of a table, or null when it is not a task table (no content, or no unit nor deadline column). */
export function tableLayout(grid: Cell[][]): TableLayout | null {
  const width = widest(grid);
  const headerRows = findHeaderRows(grid);
  const body = bodyRows(grid, headerRows).filter((row) => !isGroupRow(row, width));
  const header = headerCells(grid, headerRows, width);
  const choices: ColumnChoice[] = [];
  const fromCells: (ColumnRole | 'text' | null)[] = [];
  const profiles: ColumnProfile[] = [];
  for (let c = 0; c < width; c++) {
    profiles[c] = profileColumn(body.map((row) => row[c]));
    fromCells[c] = roleFromCells(profiles[c]);
  }
  const roles: ColumnRole[] = header.map((h, c) => {
    const named = h.text ? headerRole(h.text) : null;
    const cells = fromCells[c];
    // The header decides, unless it is shared by several columns (a spanning or missing header
    // cell) or it names text where the cells count 1, 2, 3: then the cells decide.
    const cellsDecide = !named || (h.shared && cells !== 'text' && cells !== null) || ((named === 'group' || named === 'content') && cells === 'seq');
    const role = cellsDecide ? (cells === 'text' ? 'content' : cells ?? 'other') : named;
    choices.push({ column: c, role, header: h.text, by: cellsDecide ? 'cells' : 'header' });
    return role;
  });
  chooseContent(roles, profiles, choices);
  const has = (...rs: ColumnRole[]) => roles.some((r) => rs.includes(r));
  if (!has('content')) return null;
  if (!has('lead', 'responsible', 'cooperating') && !(headerRows.length && has('deadline'))) return null;
  if (!headerRows.length && body.length < 2) return null;
  return { headerRows, roles, choices };
}

/**
 * The rows under the header. A body cell that is the header's cell (a text table's empty cell
 * read as continuing the cell above it, right under the header) is no cell of the body.
 */
export function bodyRows(grid: Cell[][], headerRows: number[]): Row[] {
  const header = new Set(headerRows.flatMap((r) => grid[r] ?? []));
  const start = headerRows.length ? headerRows[headerRows.length - 1] + 1 : 0;
  return grid.slice(start).map((row) => (row ?? []).map((c) => (header.has(c) ? undefined : c)));
}

/**
 * One content column: the longest text among the columns named or taken as content; the other
 * text columns before it are group columns, those after it remarks. With no content column,
 * the last group column holds the tasks (`任务名称` as the only text column).
 */
function chooseContent(roles: ColumnRole[], profiles: ColumnProfile[], choices: ColumnChoice[]): void {
  const candidates = roles.map((r, c) => (r === 'content' ? c : -1)).filter((c) => c >= 0);
  if (!candidates.length) {
    const groups = roles.map((r, c) => (r === 'group' ? c : -1)).filter((c) => c >= 0);
    if (groups.length) set(groups[groups.length - 1], 'content');
    return;
  }
  const content = candidates.reduce((a, b) => (profiles[b].meanLength > profiles[a].meanLength ? b : a));
  for (const c of candidates) if (c !== content) set(c, c < content ? 'group' : 'other');

  function set(c: number, role: ColumnRole) {
    roles[c] = role;
    choices[c] = { ...choices[c], role, by: 'cells' };
  }
}

/**
 * The header text over each column. A header narrower than the body (text cannot say that
 * 任务名称 spans two columns) is widened at its group column, where headers span; columns under
 * a spanning or widened header cell are `shared`, and their cells decide.
 */
function headerCells(grid: Cell[][], headerRows: number[], width: number): { text: string; shared: boolean }[] {
  if (!headerRows.length) return Array.from({ length: width }, () => ({ text: '', shared: false }));
  const cols: { text: string; cell: Cell | undefined }[] = [];
  for (let c = 0; c < width; c++) {
    // The lowest header row that has its own cell here names the column.
    const cell = [...headerRows].reverse().map((r) => grid[r][c]).find((x) => x && compact(cellText(x))) ?? grid[headerRows[0]][c];
    cols.push({ text: cell ? compact(cellText(cell)) : '', cell });
  }
  const named = cols.filter((x) => x.cell);
  let out = cols.map((x) => ({ text: x.text, shared: !!x.cell && cols.filter((y) => y.cell === x.cell).length > 1 }));
  if (named.length < width) {
    const given = out.slice(0, named.length);
    const at = given.findIndex((x) => headerRole(x.text) === 'group');
    const fill = Array.from({ length: width - named.length }, () => ({ text: at >= 0 ? given[at].text : '', shared: true }));
    out = at >= 0 ? [...given.slice(0, at), ...fill, ...given.slice(at)] : [...given, ...fill];
    if (at >= 0) out[at + fill.length] = { ...out[at + fill.length], shared: true };
  }
  return out;
}

/** A row that is one cell across the table, or only a marker heading (`一、深化主动公开`): a group heading for the rows under it. */
export function isGroupRow(row: Row, width: number): boolean {
  const cells = [...new Set(row.filter((c): c is Cell => !!c))].filter((c) => compact(cellText(c)));
  if (cells.length !== 1) return false;
  const cell = cells[0];
  const text = compact(cellText(cell));
  if (text.length > 60) return false;
  const spans = row.filter((c) => c === cell).length;
  return (spans >= Math.max(2, width - 1) && width > 1) || (cellKind(text) === 'heading' && row.length >= 2);
}
