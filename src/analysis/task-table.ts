// Task tables (任务分解表, 职责分工表): one task per item row. Every reader's tables come here
// (Word, PDF, .doc, and text tables in any shape): columns are understood by their header words
// and their cells (table-columns.ts), merged group cells and group rows (`一、深化主动公开`
// across the table) become the task's path, a header repeated on each printed page is skipped.
import type { Cell, Diagnostic, SourcePos, Table } from '../model.js';
import { cellText } from '../model.js';
import { normaliseDeadline, type Deadline } from './deadline.js';
import { markerAt } from './outline.js';
import type { PathEntry, TaskDraft } from './tasks.js';
import { bodyRows, headerRole, widest, isGroupRow, tableLayout, unitCellText, unitsOfCell, type ColumnRole, type Row, type TableLayout } from './table-columns.js';
import { tidySpaces } from './text.js';
import { diagnostic } from '../i18n/diagnostics.js';

export type { ColumnRole } from './table-columns.js';

/** The role a header names; persons, remarks and unknown words give nothing ('other'). */
export function columnRole(header: string): ColumnRole {
  const role = headerRole(header);
  return role === null || role === 'person' || role === 'remark' ? 'other' : role;
}

const MAX_COLUMNS = 256;

/** A grid where every cell a merged cell covers points to that cell. */
export function tableGrid(t: Table): Cell[][] {
  const grid: Cell[][] = [];
  t.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c]) c++;
      // Spans are the reader's word, and a file may lie: no span runs past the table's rows or a sane width.
      const rows = Math.min(Math.max(1, cell.rowSpan), t.rows.length - r);
      const cols = Math.min(Math.max(1, cell.colSpan), MAX_COLUMNS);
      for (let dr = 0; dr < rows; dr++) {
        for (let dc = 0; dc < cols; dc++) {
          (grid[r + dr] ??= [])[c + dc] = cell;
        }
      }
      c += cols;
    }
  });
  return grid;
}

const clean = (s: string) => s.replace(/[\s\u3000]+/g, '').trim();
const rowKey = (row: Cell[]) => row.map((c) => clean(c ? cellText(c) : '')).join('|');
const ITEM_MARKER = /^[（(]\s*\d{1,3}\s*[)）]|^\d{1,3}\s*[.．、](?!\d)/;

interface GroupHeading extends PathEntry { level: number }

/** Tasks from one table; an empty list when it is not a task table. */
export function tasksFromTable(table: Table, planYear: number | null): { tasks: TaskDraft[]; diagnostics: Diagnostic[] } {
  const grid = tableGrid(table);
  const layout = tableLayout(grid);
  if (!layout) return { tasks: [], diagnostics: [] };
  const width = widest(grid);
  const diagnostics = layoutNotes(layout, table.source);
  const headerKeys = new Set(layout.headerRows.map((r) => rowKey(grid[r])));
  const bodyStart = layout.headerRows.length ? layout.headerRows[layout.headerRows.length - 1] + 1 : 0;
  const body = bodyRows(grid, layout.headerRows);
  const rows: { r: number; row: Row; groups: PathEntry[]; groupTexts: string[] }[] = [];
  const groupCols = layout.roles.map((x, i) => (x === 'group' ? i : -1)).filter((i) => i >= 0);
  let headings: GroupHeading[] = [];
  // An empty group cell continues the group above it, as a merged cell does (a text table
  // writes the group only on the first row of its span).
  let carried: string[] = [];
  for (let r = bodyStart; r < grid.length; r++) {
    if (!grid[r] || headerKeys.has(rowKey(grid[r]))) continue; // the header, repeated on each page
    const row = body[r - bodyStart];
    if (isGroupRow(row, width)) {
      headings = pushHeading(headings, clean(cellText(row.find((c) => c && clean(cellText(c)))!)));
      carried = [];
      continue;
    }
    const groupTexts = groupCols.map((i, k) => (row[i] ? clean(cellText(row[i])) : '') || carried[k] || '');
    carried = groupTexts;
    rows.push({ r, row, groups: headings.map(({ marker, title }) => ({ marker, title })), groupTexts });
  }
  const drafts = rows.map((x) => rowTasks(x.row, x.r, [...x.groups, ...groupPath(x.groupTexts, seqOf(x.row, layout.roles))], layout.roles, table.source, planYear));
  // A row naming no unit in a table whose other rows all name theirs is an unfinished row, not a task.
  const hasUnitColumn = layout.roles.some((r) => r === 'lead' || r === 'responsible' || r === 'cooperating');
  const withUnits = drafts.filter((d) => d.tasks.length && d.named).length;
  const withTasks = drafts.filter((d) => d.tasks.length).length;
  const tasks: TaskDraft[] = [];
  drafts.forEach((d, k) => {
    if (!d.tasks.length) return;
    const source = d.tasks[0].source;
    if (!d.named && hasUnitColumn && withUnits >= 2 && withUnits === withTasks - 1) {
      diagnostics.push(diagnostic('table-row-without-unit', 'warning', { row: rows[k].r + 1 }, source));
      return;
    }
    tasks.push(...d.tasks);
    if (!d.named) diagnostics.push(diagnostic('task-without-unit.table-row', 'warning', { row: rows[k].r + 1 }, source));
    const deadline = d.tasks[0].deadline;
    if (deadline?.kind === 'unparsed') diagnostics.push(diagnostic('deadline-unparsed', 'warning', { deadline: deadline.raw }, source));
  });
  return { tasks, diagnostics };
}

/** A group heading row: it replaces the headings of its level and below (by its marker's level). */
function pushHeading(stack: GroupHeading[], text: string): GroupHeading[] {
  const m = markerAt(text, 0);
  const level = m ? m.level : 1;
  return [...stack.filter((h) => h.level < level), { level, marker: m ? m.text : '', title: m ? text.slice(m.end) : text }];
}

/** The tasks of one body row: one per （1） item of its content cell. */
function rowTasks(row: Row, r: number, path: PathEntry[], roles: ColumnRole[], tableSource: SourcePos, planYear: number | null): { tasks: TaskDraft[]; named: boolean } {
  const col = (role: ColumnRole) => roles.map((x, i) => (x === role ? i : -1)).filter((i) => i >= 0 && row[i]);
  const textOf = (cols: number[]) => [...new Set(cols.map((i) => row[i]))].map((c) => (c ? cellText(c).trim() : '')).filter(Boolean).join('\n');
  const content = textOf(col('content'));
  if (!content) return { tasks: [], named: false };
  const contentCell = row[col('content')[0]];
  const source: SourcePos = { ...(contentCell?.blocks[0]?.source ?? tableSource), row: r + 1 };
  const units = rowUnits(row, roles, new Set(col('content').map((i) => row[i])));
  const deadlineText = textOf(col('deadline'));
  const deadline = deadlineText ? tableDeadline(deadlineText.replace(/\n/g, ''), planYear) : null;
  const tasks = splitItems(content).map((item): TaskDraft => {
    const m = ITEM_MARKER.exec(item);
    return {
      headingId: null,
      path,
      marker: m ? m[0] : null,
      title: null,
      text: tidySpaces((m ? item.slice(m[0].length) : item).replace(/\n/g, '')),
      leadUnits: units.lead,
      responsibleUnits: units.responsible,
      cooperatingUnits: units.cooperating,
      deadline,
      clause: null,
      source,
    };
  });
  return { tasks, named: units.lead.length + units.responsible.length + units.cooperating.length > 0 };
}

const seqOf = (row: Row, roles: ColumnRole[]) => roles.map((x, i) => (x === 'seq' && row[i] ? clean(cellText(row[i])) : '')).find(Boolean) ?? '';

/** The row's group cells as path entries; the innermost group is numbered by the 序号 column (004's 13 groups of items). */
function groupPath(texts: string[], seq: string): PathEntry[] {
  const path: PathEntry[] = [];
  texts.forEach((text, k) => {
    if (!text || path.some((p) => p.marker + p.title === text)) return;
    const m = markerAt(text, 0);
    const marker = m ? m.text : k === texts.length - 1 && seq ? seq : '';
    path.push({ marker, title: m ? text.slice(m.end) : text });
  });
  return path;
}

/**
 * Units of the row's unit columns; a cell may give roles itself (`办公室牵头，各科室配合`). A cell
 * spanning the content column too (a row cut short after its first cell) names no units.
 */
function rowUnits(row: Row, roles: ColumnRole[], content: Set<Cell | undefined>): { lead: string[]; responsible: string[]; cooperating: string[] } {
  const out = { lead: [] as string[], responsible: [] as string[], cooperating: [] as string[] };
  const add = (into: string[], units: string[]) => { for (const u of units) if (!into.includes(u)) into.push(u); };
  roles.forEach((role, i) => {
    if ((role !== 'lead' && role !== 'responsible' && role !== 'cooperating') || !row[i] || content.has(row[i])) return;
    const cell = unitsOfCell(unitCellText(row[i]), false);
    if (!cell) return;
    const saysRoles = cell.lead.length > 0 || cell.cooperating.length > 0;
    if (saysRoles) {
      add(out.lead, cell.lead);
      add(role === 'lead' && !cell.lead.length ? out.lead : out.responsible, cell.responsible);
      add(out.cooperating, cell.cooperating);
    } else add(role === 'lead' ? out.lead : role === 'cooperating' ? out.cooperating : out.responsible, cell.responsible);
  });
  return out;
}

/**
 * A deadline cell. A table of a notice without a plan year still says `年底前`: that is a
 * deadline by the year's end, its day unknown (GOLD.md), not an unreadable one.
 */
function tableDeadline(text: string, planYear: number | null): Deadline {
  const d = normaliseDeadline(text, planYear);
  if (d.kind !== 'unparsed' || planYear !== null) return d;
  const probe = normaliseDeadline(text, 2000);
  return probe.kind === 'unparsed' ? d : { raw: d.raw, date: null, kind: probe.kind };
}

function splitItems(content: string): string[] {
  const items: string[] = [];
  for (const line of content.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (ITEM_MARKER.test(line) || !items.length) items.push(line);
    else items[items.length - 1] += line;
  }
  return items;
}

/** Info diagnostics saying which column was taken for what, where the cells rather than the header decided. */
function layoutNotes(layout: TableLayout, source: SourcePos): Diagnostic[] {
  const guessed = layout.choices.filter((c) => c.by === 'cells' && c.role !== 'other');
  if (!guessed.length) return [];
  const what = guessed.map((c) => `column ${c.column + 1}${c.header ? ` (${c.header})` : ''} as ${c.role}`).join(', ');
  return [diagnostic(layout.headerRows.length ? 'table-columns' : 'table-columns.no-header', 'info', { columns: what }, source)];
}
