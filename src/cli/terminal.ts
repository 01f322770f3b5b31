// The summary printed when stdout is a terminal and no format was asked for: per notice its
// 文号, title, date and counts, then the task table fitted to the window. Pipes and files get
// JSON instead (see main.ts), so nothing here is a contract: it is for reading, not parsing.
import { Chalk, type ChalkInstance } from 'chalk';
import type { TaskTable } from '../schema.js';
import {
  DOCUMENT_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, cellText, header, taskRows, unitRows,
  type Column, type HeaderLang, type RowView, type TaskRow,
} from '../writers/columns.js';
import { displayWidth, padEnd, truncate } from '../writers/width.js';
import { escapeControls } from '../safe-text.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

export interface TerminalOptions {
  /** Columns available (process.stdout.columns); every line fits in it (at least 20 are assumed). */
  width: number;
  /** chalk level: 0 no colour (NO_COLOR, --no-color, not a TTY), 1 basic, 2 256, 3 truecolor. */
  colorLevel?: 0 | 1 | 2 | 3;
  headers?: HeaderLang;
  view?: RowView;
  /** --by unit: the user's unit aliases (config units.aliases). */
  unitAliases?: UserUnitAliases;
}

const GAP = 2;

interface Slot {
  col: Column<TaskRow>;
  /** Dropped first when the window is narrow (higher = dropped earlier). */
  drop: number;
  /** Columns a flexible cell may shrink to before the column is dropped. */
  min: number;
  /** A fixed column is never wider than this. */
  cap: number;
  flex: boolean;
  /** Share of the spare room a flexible column gets, relative to the others. */
  weight: number;
}

const byKey = new Map([...UNIT_COLUMNS, ...TASK_COLUMNS].map((c) => [c.key, c]));
const slot = (key: string, drop: number, min: number, cap: number, weight = 0): Slot =>
  ({ col: byKey.get(key)!, drop, min, cap, flex: weight > 0, weight });

// The terminal shows a subset of the shared columns: 文件 and the section titles become
// group lines above the rows, because as columns they would eat the room the task text needs.
const TASK_SLOTS = (): Slot[] => [
  slot('no', 3, 2, 4),
  slot('marker', 5, 2, 6),
  slot('text', 0, 12, 400, 3),
  slot('leadUnits', 2, 6, 200, 1),
  slot('responsibleUnits', 1, 8, 200, 1),
  slot('cooperatingUnits', 7, 6, 200, 1),
  slot('deadline', 4, 4, 14),
  slot('due', 6, 10, 10),
  slot('source', 8, 4, 14),
];
const UNIT_SLOTS = (multi: boolean): Slot[] => [
  slot('role', 4, 4, 12),
  slot('no', 5, 2, 4),
  ...(multi ? [slot('file', 9, 6, 24)] : []),
  slot('marker', 6, 2, 6),
  slot('text', 0, 12, 400, 3),
  slot('deadline', 3, 4, 14),
  slot('due', 7, 10, 10),
  slot('source', 8, 4, 14),
];

/** One line of a cell, with a notice's control characters (terminal escapes) shown escaped. */
const oneLine = (s: string) => escapeControls(s.replace(/\s*[\r\n]+\s*/g, ' '));

/** Column widths for these rows, dropping columns (highest `drop` first) until the minimum fits. */
function fit(slots: Slot[], rows: TaskRow[], lang: HeaderLang, width: number): { slots: Slot[]; widths: number[] } {
  const natural = slots.map((s) => {
    let w = displayWidth(header(s.col, lang));
    for (const r of rows) w = Math.max(w, displayWidth(oneLine(cellText(s.col.cell(r, lang)))));
    return Math.min(w, s.cap);
  });
  // A column empty on every row (no 牵头单位 in the notice, say) only takes room.
  let live = slots.map((s, i) => ({ s, nat: natural[i] })).filter((x) => rows.some((r) => cellText(x.s.col.cell(r, lang))));
  const need = (xs: typeof live) => xs.reduce((n, x) => n + (x.s.flex ? Math.min(x.s.min, x.nat) : x.nat), 0) + GAP * (xs.length - 1);
  while (live.length > 1 && need(live) > width) {
    const worst = live.reduce((a, b) => (b.s.drop > a.s.drop ? b : a));
    live = live.filter((x) => x !== worst);
  }
  const widths = live.map((x) => (x.s.flex ? Math.min(x.s.min, x.nat) : x.nat));
  // Spare room goes to the flexible columns in proportion to what they still lack.
  let spare = width - need(live);
  const lack = () => live.map((x, i) => (x.s.flex ? x.nat - widths[i] : 0));
  while (spare > 0) {
    const l = lack();
    const share = l.map((v, i) => (v > 0 ? live[i].s.weight : 0));
    const total = share.reduce((a, b) => a + b, 0);
    if (!total) break;
    let given = 0;
    l.forEach((v, i) => {
      const add = Math.min(v, Math.floor((spare * share[i]) / total));
      widths[i] += add;
      given += add;
    });
    if (!given) { // leftovers smaller than one share: one column at a time
      const i = l.findIndex((v) => v > 0);
      widths[i]++;
      given = 1;
    }
    spare -= given;
  }
  // A single column wider than the window (a very narrow terminal) is cut to it.
  if (live.length === 1) widths[0] = Math.min(widths[0], width);
  return { slots: live.map((x) => x.s), widths };
}

function renderRows(rows: TaskRow[], slots: Slot[], lang: HeaderLang, width: number, c: ChalkInstance, group: (r: TaskRow) => string): string[] {
  const out: string[] = [];
  const { slots: shown, widths } = fit(slots, rows, lang, width);
  // Cells are cut and padded before they are coloured: escape codes take no columns.
  const line = (cells: string[], paint: (key: string, s: string) => string) => {
    const padded = cells.map((s, i) => paint(shown[i].col.key, padEnd(oneLine(s), widths[i])));
    return padded.join(' '.repeat(GAP)).replace(/ +$/, '');
  };
  out.push(line(shown.map((s) => header(s.col, lang)), (_, s) => c.bold(s)));
  const paint = (key: string, s: string) =>
    key === 'marker' || key === 'role' ? c.yellow(s) : key === 'source' || key === 'no' ? c.dim(s) : key === 'due' ? c.green(s) : s;
  let last: string | undefined;
  for (const r of rows) {
    const g = group(r);
    if (g && g !== last) out.push(c.cyan.bold(truncate(oneLine(g), width)));
    last = g;
    out.push(line(shown.map((s) => cellText(s.col.cell(r, lang))), paint));
  }
  return out;
}

function documentLines(t: TaskTable, lang: HeaderLang, width: number, c: ChalkInstance): string[] {
  const get = (key: string) => cellText(DOCUMENT_COLUMNS.find((d) => d.key === key)!.cell({ table: t }, lang));
  const zh = lang === 'zh';
  const errors = t.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = t.diagnostics.filter((d) => d.severity === 'warning').length;
  const labelW = zh ? 10 : 9;
  const label = (s: string) => c.dim(padEnd(s, labelW));
  const field = (name: string, value: string) => label(name) + truncate(oneLine(value) || '—', Math.max(1, width - labelW));
  const diag = `${t.diagnostics.length}` + (errors || warnings ? (zh ? `（错误 ${errors}，警告 ${warnings}）` : ` (${errors} errors, ${warnings} warnings)`) : '');
  const counts = `${zh ? '任务' : 'tasks'} ${t.tasks.length}   ${zh ? '诊断' : 'diagnostics'} ${diag}`;
  return [
    c.bold.inverse(padEnd(` ${oneLine(t.source.file)} `, Math.min(width, displayWidth(oneLine(t.source.file)) + 2))),
    field(zh ? '文号' : 'Doc no.', get('docNumber')),
    field(zh ? '标题' : 'Title', get('title')),
    field(zh ? '成文日期' : 'Date', get('date')),
    label('') + (errors ? c.red(truncate(counts, width - labelW)) : warnings ? c.yellow(truncate(counts, width - labelW)) : truncate(counts, width - labelW)),
  ];
}

/** The whole summary as text; pure, so tests can fix the width and the colour level. */
export function renderTerminal(tables: readonly TaskTable[], opts: TerminalOptions): string {
  const width = Math.max(20, Math.floor(opts.width));
  const lang = opts.headers ?? 'zh';
  const c = new Chalk({ level: opts.colorLevel ?? 0 });
  const out: string[] = [];
  const section = (r: TaskRow) => r.task.path.slice(0, 2).map((e) => `${e.marker}${e.title}`).join(' › ');

  if (opts.view === 'unit') {
    for (const t of tables) out.push(...documentLines(t, lang, width, c), '');
    const rows = unitRows(tables, { aliases: opts.unitAliases });
    const none = lang === 'zh' ? '（未写明单位）' : '(no unit named)';
    if (rows.length) out.push(...renderRows(rows, UNIT_SLOTS(tables.length > 1), lang, width, c, (r) => r.unit?.name || none));
  } else {
    const all = taskRows(tables);
    for (const t of tables) {
      out.push(...documentLines(t, lang, width, c));
      const rows = all.filter((r) => r.table === t);
      if (rows.length) out.push('', ...renderRows(rows, TASK_SLOTS(), lang, width, c, section));
      out.push('');
    }
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
