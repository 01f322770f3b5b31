// The one column spec of the tabular outputs (csv, tsv, md, xlsx and the terminal summary).
// Every tabular writer reads its headers and cell values from here, so a column added or
// renamed here changes all of them at once and they cannot drift apart.
// Rows are views of validated TaskTable values: this module only projects and orders them.
import { compareKey, trimAll } from '../analysis/text.js';
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
  unit?: { name: string; role: UnitRole | null };
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

/** Where a task stands: 第3页第12行 / 第12行 / 第5段 (zh) or p3:12 / line 12 / ¶5 (en). */
export function sourceLabel(s: Source, lang: HeaderLang): string {
  const zh = lang === 'zh';
  if (s.page) {
    if (s.line) return zh ? `第${s.page}页第${s.line}行` : `p${s.page}:${s.line}`;
    if (s.row) return zh ? `第${s.page}页表格第${s.row}行` : `p${s.page} row ${s.row}`;
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

/** The columns of the task table, in order. 单位/角色 are added in front for --by unit. */
export const TASK_COLUMNS: Column<TaskRow>[] = [
  { key: 'no', zh: '序号', en: 'No', width: 6, cell: (r) => ({ kind: 'number', value: r.no }) },
  { key: 'file', zh: '文件', en: 'File', width: 24, cell: (r) => text(r.table.source.file) },
  { key: 'section1', zh: '一级标题', en: 'Section', width: 24, long: true, cell: (r) => text(pathEntry(r.task, 0)) },
  { key: 'section2', zh: '二级标题', en: 'Subsection', width: 24, long: true, cell: (r) => text(pathEntry(r.task, 1)) },
  { key: 'marker', zh: '编号', en: 'Marker', width: 8, cell: (r) => text(taskMarker(r.task)) },
  { key: 'text', zh: '任务内容', en: 'Task', width: 60, long: true, cell: (r) => text(r.task.text) },
  { key: 'leadUnits', zh: '牵头单位', en: 'Lead units', width: 22, long: true, cell: (r) => text(joinUnits(r.task.leadUnits)) },
  { key: 'responsibleUnits', zh: '责任单位', en: 'Responsible units', width: 28, long: true, cell: (r) => text(joinUnits(r.task.responsibleUnits)) },
  // Not in the list, but the schema has it: without it 配合单位 would be lost in every table.
  { key: 'cooperatingUnits', zh: '配合单位', en: 'Cooperating units', width: 22, long: true, cell: (r) => text(joinUnits(r.task.cooperatingUnits)) },
  { key: 'deadline', zh: '完成时限', en: 'Deadline', width: 14, cell: (r) => text(r.task.deadline?.raw ?? '') },
  { key: 'due', zh: '截止日期', en: 'Due date', width: 12, cell: (r) => ({ kind: 'date', value: r.task.deadline?.date ?? null }) },
  { key: 'source', zh: '来源', en: 'Source', width: 14, cell: (r, lang) => text(sourceLabel(r.task.source, lang)) },
];

export const UNIT_COLUMNS: Column<TaskRow>[] = [
  { key: 'unit', zh: '单位', en: 'Unit', width: 24, cell: (r) => text(r.unit?.name ?? '') },
  { key: 'role', zh: '角色', en: 'Role', width: 8, cell: (r, lang) => text(r.unit?.role ? roleLabel(r.unit.role, lang) : '') },
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

/**
 * One row per unit and task, so each department can filter its own tasks.
 * A unit named twice in one task keeps its strongest role (牵头 before 责任 before 配合).
 * Tasks that name no unit are kept at the end with an empty unit, so no task disappears.
 * Order: unit (pinyin, by the folded name), then due date (undated last), then 序号.
 */
export function unitRows(tables: readonly TaskTable[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const spelling = new Map<string, string>(); // the first spelling of a unit is shown for all its rows
  for (const r of taskRows(tables)) {
    const seen = new Set<string>();
    const roles: [readonly string[], UnitRole][] = [
      [r.task.leadUnits, 'lead'], [r.task.responsibleUnits, 'responsible'], [r.task.cooperatingUnits, 'cooperating'],
    ];
    for (const [units, role] of roles) {
      for (const u of units) {
        const key = unitKey(u);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        if (!spelling.has(key)) spelling.set(key, trimAll(u));
        rows.push({ ...r, unit: { name: key, role } });
      }
    }
    if (!seen.size) rows.push({ ...r, unit: { name: '', role: null } });
  }
  const due = (r: TaskRow) => r.task.deadline?.date ?? null;
  rows.sort((a, b) => {
    const ua = a.unit!.name, ub = b.unit!.name;
    if (ua !== ub) {
      if (!ua) return 1;
      if (!ub) return -1;
      return collator.compare(ua, ub) || (ua < ub ? -1 : 1);
    }
    const da = due(a), db = due(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return a.no - b.no;
  });
  for (const r of rows) if (r.unit!.name) r.unit = { ...r.unit!, name: spelling.get(r.unit!.name)! };
  return rows;
}

/** Rows of the chosen view. */
export function rowsFor(tables: readonly TaskTable[], view: RowView, firstNo = 1): TaskRow[] {
  return view === 'unit' ? unitRows(tables) : taskRows(tables, firstNo);
}

/** A cell as text, for the text formats (csv, tsv, md, terminal). */
export function cellText(c: Cell): string {
  if (c.kind === 'number') return String(c.value);
  return c.value ?? '';
}

export const header = <R>(c: Column<R>, lang: HeaderLang): string => (lang === 'en' ? c.en : c.zh);

/** Header row and text cells of a view: what csv, tsv and md write. */
export function textGrid(tables: readonly TaskTable[], view: RowView, lang: HeaderLang, firstNo = 1): { headers: string[]; rows: string[][] } {
  const cols = columnsFor(view);
  return {
    headers: cols.map((c) => header(c, lang)),
    rows: rowsFor(tables, view, firstNo).map((r) => cols.map((c) => cellText(c.cell(r, lang)))),
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
