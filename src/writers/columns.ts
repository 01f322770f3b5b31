// The one column spec of the tabular outputs (csv, tsv, md, xlsx and the terminal summary).
// Every tabular writer reads its headers and cell values from here, so a column added or
// renamed here changes all of them at once and they cannot drift apart.
// Rows are views of validated TaskTable values: this module only projects and orders them.
import { compareKey, trimAll } from '../analysis/text.js';
import { isCollectiveUnit, unitNamer, type UserUnitAliases } from '../analysis/unit-aliases.js';
import type { Task, TaskTable } from '../schema.js';

export type HeaderLang = 'zh' | 'en';
export type RowView = 'task' | 'unit';
export type UnitRole = 'lead' | 'responsible' | 'cooperating';

/** One task of one input, with its position in the combined task list (序号). */
export interface TaskRow {
  /** 1-based number of the task across all inputs, in input then document order. */
  no: number;
  table: TaskTable;
  task: Task;
  /** Set in the per-unit view: the unit this row belongs to and its role in the task ('' and null for a task naming no unit). */
  unit?: UnitOfRow;
}

export interface UnitOfRow {
  /** The name the unit is grouped under (tidied, aliases merged): 市市场监督管理局. */
  name: string;
  /** The unit as this task writes it: 市市场监管局. */
  asWritten: string;
  role: UnitRole | null;
  /** A group of departments (市政府各部门, 各县（市、区）人民政府), not one. */
  collective: boolean;
}

/** A cell before formatting: writers decide how text, numbers and dates are spelled. */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  /** ISO 8601 date (YYYY-MM-DD); xlsx writes a real date cell. */
  | { kind: 'date'; value: string | null };

export interface Column<R> {
  key: string;
  zh: string;
  en: string;
  /** Excel column width in characters (a CJK character counts about 2). */
  width: number;
  /** Long free text: wrapped in xlsx, given the spare room in the terminal. */
  long?: boolean;
  cell(row: R, lang: HeaderLang): Cell;
}

const text = (value: string): Cell => ({ kind: 'text', value });
/** Units are listed the way 公文 list them. */
export const joinUnits = (units: readonly string[]): string => units.join('、');

const ROLE_LABEL: Record<UnitRole, Record<HeaderLang, string>> = {
  lead: { zh: '牵头', en: 'lead' },
  responsible: { zh: '责任', en: 'responsible' },
  cooperating: { zh: '配合', en: 'cooperating' },
};
export const roleLabel = (role: UnitRole, lang: HeaderLang): string => ROLE_LABEL[role][lang];

type Source = Task['source'];

/**
 * Where a task stands, in words a clerk can follow: 第3页第12行 / 第12行 / 第5段, and for Word
 * files 表1第2行 for a table row and 第3页第5段 where Word recorded its page breaks (zh);
 * p3:12 / line 12 / ¶5 / table 1 row 2 (en).
 */
export function sourceLabel(s: Source, lang: HeaderLang): string {
  const zh = lang === 'zh';
  if (s.table && s.row) {
    const where = zh ? `表${s.table}第${s.row}行` : `table ${s.table} row ${s.row}`;
    return s.page ? (zh ? `第${s.page}页${where}` : `p${s.page} ${where}`) : where;
  }
  if (s.page) {
    if (s.line) return zh ? `第${s.page}页第${s.line}行` : `p${s.page}:${s.line}`;
    if (s.row) return zh ? `第${s.page}页表格第${s.row}行` : `p${s.page} row ${s.row}`;
    if (s.paragraph) return zh ? `第${s.page}页第${s.paragraph}段` : `p${s.page} ¶${s.paragraph}`;
    return zh ? `第${s.page}页` : `p${s.page}`;
  }
  if (s.line) return zh ? `第${s.line}行` : `line ${s.line}`;
  if (s.paragraph) return zh ? `第${s.paragraph}段` : `¶${s.paragraph}`;
  if (s.row) return zh ? `表格第${s.row}行` : `row ${s.row}`;
  return '';
}

const pathEntry = (t: Task, i: number): string => {
  const e = t.path[i];
  return e ? `${e.marker}${e.title}` : '';
};

/** The task's own marker, else the marker of the innermost heading it stands under. */
export function taskMarker(t: Task): string {
  return t.marker ?? t.path[t.path.length - 1]?.marker ?? '';
}

/**
 * The columns of the task table, in order. 单位/角色 are added in front for --by unit.
 * Widths are chosen so the whole row prints on A4 landscape at about three quarters of full size.
 */
export const TASK_COLUMNS: Column<TaskRow>[] = [
  { key: 'no', zh: '序号', en: 'No', width: 6, cell: (r) => ({ kind: 'number', value: r.no }) },
  { key: 'file', zh: '文件', en: 'File', width: 20, long: true, cell: (r) => text(r.table.source.file) },
  { key: 'section1', zh: '一级标题', en: 'Section', width: 14, long: true, cell: (r) => text(pathEntry(r.task, 0)) },
  { key: 'section2', zh: '二级标题', en: 'Subsection', width: 16, long: true, cell: (r) => text(pathEntry(r.task, 1)) },
  { key: 'marker', zh: '编号', en: 'Marker', width: 7, cell: (r) => text(taskMarker(r.task)) },
  { key: 'text', zh: '任务内容', en: 'Task', width: 46, long: true, cell: (r) => text(r.task.text) },
  { key: 'leadUnits', zh: '牵头单位', en: 'Lead units', width: 15, long: true, cell: (r) => text(joinUnits(r.task.leadUnits)) },
  { key: 'responsibleUnits', zh: '责任单位', en: 'Responsible units', width: 18, long: true, cell: (r) => text(joinUnits(r.task.responsibleUnits)) },
  // Not in the list, but the schema has it: without it 配合单位 would be lost in every table.
  { key: 'cooperatingUnits', zh: '配合单位', en: 'Cooperating units', width: 14, long: true, cell: (r) => text(joinUnits(r.task.cooperatingUnits)) },
  { key: 'deadline', zh: '完成时限', en: 'Deadline', width: 11, long: true, cell: (r) => text(r.task.deadline?.raw ?? '') },
  { key: 'due', zh: '截止日期', en: 'Due date', width: 11, cell: (r) => ({ kind: 'date', value: r.task.deadline?.date ?? null }) },
  { key: 'source', zh: '来源', en: 'Source', width: 11, cell: (r, lang) => text(sourceLabel(r.task.source, lang)) },
];

/** Left empty for the departments to fill in: what a printed 台账 is sent out for. */
export const LEDGER_COLUMNS: Column<TaskRow>[] = [
  { key: 'progress', zh: '进展情况', en: 'Progress', width: 22, long: true, cell: () => text('') },
  { key: 'remarks', zh: '备注', en: 'Remarks', width: 10, long: true, cell: () => text('') },
];

export const UNIT_COLUMNS: Column<TaskRow>[] = [
  { key: 'unit', zh: '单位', en: 'Unit', width: 24, cell: (r) => text(r.unit?.name ?? '') },
  { key: 'role', zh: '角色', en: 'Role', width: 8, cell: (r, lang) => text(r.unit?.role ? roleLabel(r.unit.role, lang) : '') },
  { key: 'unitAsWritten', zh: '原文单位', en: 'As written', width: 20, cell: (r) => text(r.unit?.asWritten ?? '') },
  // 统称: a group such as 市政府各部门, so a department can filter "mine and everyone's".
  { key: 'collective', zh: '统称', en: 'Collective', width: 6, cell: (r, lang) => text(r.unit?.collective ? (lang === 'zh' ? '是' : 'yes') : '') },
];

export function columnsFor(view: RowView): Column<TaskRow>[] {
  return view === 'unit' ? [...UNIT_COLUMNS, ...TASK_COLUMNS] : TASK_COLUMNS;
}

/** Every task of every input, one row each, numbered 1… across inputs (from firstNo when a stream continues). */
export function taskRows(tables: readonly TaskTable[], firstNo = 1): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const table of tables) for (const task of table.tasks) rows.push({ no: firstNo + rows.length, table, task });
  return rows;
}

/** Unit names are compared width-folded and without spaces: 各县(市、区) and 各县（市、区） are one unit. */
export const unitKey = (name: string): string => compareKey(trimAll(name));

const collator = new Intl.Collator('zh-Hans-CN');

export interface UnitViewOptions {
  /** The user's own aliases (config units.aliases), merged with the built-in short forms. */
  aliases?: UserUnitAliases;
}

/** The units of one task, one entry per grouped name with its strongest role (牵头 before 责任 before 配合). */
function unitsOfTask(task: Task, nameOf: (u: string) => string): UnitOfRow[] {
  const out: UnitOfRow[] = [];
  const seen = new Set<string>();
  const roles: [readonly string[], UnitRole][] = [
    [task.leadUnits, 'lead'], [task.responsibleUnits, 'responsible'], [task.cooperatingUnits, 'cooperating'],
  ];
  for (const [units, role] of roles) {
    for (const u of units) {
      const name = nameOf(u);
      const key = unitKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ name, asWritten: trimAll(u), role, collective: isCollectiveUnit(name) });
    }
  }
  return out;
}

function compareUnitRows(a: TaskRow, b: TaskRow): number {
  const ua = unitKey(a.unit!.name), ub = unitKey(b.unit!.name);
  if (ua !== ub) {
    if (!ua) return 1;
    if (!ub) return -1;
    return collator.compare(ua, ub) || (ua < ub ? -1 : 1);
  }
  const da = a.task.deadline?.date ?? null, db = b.task.deadline?.date ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.no - b.no;
}

/**
 * One row per unit and task, so each department can filter its own tasks. Units are grouped
 * under one name (spaces, widths and brackets tidied, short forms merged: 市市场监管局 and
 * 市市场监督管理局 are one department); each row keeps the unit as its task wrote it.
 * Tasks that name no unit are kept at the end with an empty unit, so no task disappears.
 * Order: unit (pinyin), then due date (undated last), then 序号.
 */
export function unitRows(tables: readonly TaskTable[], opts: UnitViewOptions = {}): TaskRow[] {
  const nameOf = unitNamer(opts.aliases);
  const rows: TaskRow[] = [];
  for (const r of taskRows(tables)) {
    const units = unitsOfTask(r.task, nameOf);
    for (const unit of units) rows.push({ ...r, unit });
    if (!units.length) rows.push({ ...r, unit: { name: '', asWritten: '', role: null, collective: false } });
  }
  return rows.sort(compareUnitRows);
}

/** Rows of the chosen view. */
export function rowsFor(tables: readonly TaskTable[], view: RowView, opts: GridOptions = {}): TaskRow[] {
  return view === 'unit' ? unitRows(tables, opts) : taskRows(tables, opts.firstNo);
}

/** A cell as text, for the text formats (csv, tsv, md, terminal). */
export function cellText(c: Cell): string {
  if (c.kind === 'number') return String(c.value);
  return c.value ?? '';
}

export const header = <R>(c: Column<R>, lang: HeaderLang): string => (lang === 'en' ? c.en : c.zh);

/** Header row and text cells of a view: what csv, tsv and md write. */
/** Options of a grid: the unit view's, and 序号 of the first row when a stream continues. */
export type GridOptions = UnitViewOptions & { firstNo?: number };

export function textGrid(tables: readonly TaskTable[], view: RowView, lang: HeaderLang, opts: GridOptions = {}): { headers: string[]; rows: string[][] } {
  const cols = columnsFor(view);
  return {
    headers: cols.map((c) => header(c, lang)),
    rows: rowsFor(tables, view, opts).map((r) => cols.map((c) => cellText(c.cell(r, lang)))),
  };
}

// ---- the 公文 elements of each input (xlsx 文件信息 sheet, terminal summary) ----

export interface DocRow { table: TaskTable }

const list = (xs: readonly string[]) => xs.join('、');

export const DOCUMENT_COLUMNS: Column<DocRow>[] = [
  { key: 'file', zh: '文件', en: 'File', width: 28, cell: (r) => text(r.table.source.file) },
  { key: 'docNumber', zh: '文号', en: 'Doc number', width: 22, cell: (r) => text(r.table.document.docNumber ?? '') },
  { key: 'issuer', zh: '发文机关', en: 'Issuer', width: 24, long: true, cell: (r) => text(r.table.document.issuer ?? '') },
  { key: 'title', zh: '标题', en: 'Title', width: 50, long: true, cell: (r) => text(r.table.document.title ?? '') },
  { key: 'date', zh: '成文日期', en: 'Date', width: 12, cell: (r) => ({ kind: 'date', value: r.table.document.date }) },
  {
    key: 'planYear', zh: '计划年度', en: 'Plan year', width: 10,
    cell: (r) => (r.table.document.planYear === null ? text('') : { kind: 'number', value: r.table.document.planYear }),
  },
  { key: 'recipients', zh: '主送', en: 'Recipients', width: 30, long: true, cell: (r) => text(list(r.table.document.recipients)) },
  { key: 'cc', zh: '抄送', en: 'CC', width: 24, long: true, cell: (r) => text(list(r.table.document.cc)) },
  // Attachment titles can hold 、 themselves, so each stands on its own line.
  { key: 'attachments', zh: '附件', en: 'Attachments', width: 30, long: true, cell: (r) => text(r.table.document.attachments.join('\n')) },
  { key: 'tasks', zh: '任务数', en: 'Tasks', width: 8, cell: (r) => ({ kind: 'number', value: r.table.tasks.length }) },
];
