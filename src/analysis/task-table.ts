// Task tables (任务分解表): one task per item row, columns mapped by their header text — not by
// position, since offices order and name columns differently — and merged group cells
// (a cell spanning rows belongs to every row it spans) as the task's path.
import type { Cell, Diagnostic, SourcePos, Table } from '../model.js';
import { cellText } from '../model.js';
import { normaliseDeadline } from './deadline.js';
import { markerAt } from './outline.js';
import type { PathEntry, TaskDraft } from './tasks.js';
import { splitUnits } from './units.js';
import { parseClauseContent } from './clause.js';
import { tidySpaces } from './text.js';
import { diagnostic } from '../i18n/diagnostics.js';

export type ColumnRole = 'seq' | 'group' | 'content' | 'lead' | 'responsible' | 'cooperating' | 'deadline' | 'other';

const HEADER_ROLES: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序)$/, 'seq'],
  [/牵头(单位|部门)|主责单位/, 'lead'],
  [/配合(单位|部门)|协办(单位|部门)|协同单位|参与单位/, 'cooperating'],
  [/责任(单位|部门|主体)|承办单位|实施单位|落实单位|责任处室/, 'responsible'],
  [/完成时限|时限|完成时间|时间节点|完成期限|时间安排|进度安排|^完成时|截止(时间|日期)/, 'deadline'],
  [/具体(内容|措施|任务)|主要(内容|措施|任务)|工作(内容|措施|举措)|任务内容|任务要求|目标任务|重点工作|工作要求/, 'content'],
  [/任务名称|工作任务|重点任务|任务类别|项目名称|类别|领域|任务$/, 'group'],
];

export function columnRole(header: string): ColumnRole {
  const h = header.replace(/[\s\u3000]/g, '');
  for (const [re, role] of HEADER_ROLES) if (re.test(h)) return role;
  return 'other';
}

/** A grid where every cell a merged cell covers points to that cell. */
export function tableGrid(t: Table): Cell[][] {
  const grid: Cell[][] = [];
  t.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          (grid[r + dr] ??= [])[c + dc] = cell;
        }
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  return grid;
}

const clean = (s: string) => s.replace(/[\s\u3000]+/g, '').trim();
const rowKey = (row: Cell[]) => row.map((c) => clean(cellText(c))).join('|');

/** Is this a task table? It needs a header naming a unit column and a content or task column. */
export function findHeader(grid: Cell[][]): { index: number; roles: ColumnRole[] } | null {
  for (let r = 0; r < Math.min(grid.length, 4); r++) {
    const roles = headerRoles(grid[r]);
    const has = (x: ColumnRole) => roles.includes(x);
    if ((has('responsible') || has('lead')) && (has('content') || has('group'))) return { index: r, roles };
  }
  return null;
}

function headerRoles(row: Cell[]): ColumnRole[] {
  return row.map((c) => columnRole(cellText(c)));
}

/**
 * The header may have fewer cells than the rows below (a text table cannot say that
 * 任务名称 spans two columns). The extra columns go to the group column, which is where
 * headers span: `序号 | 任务名称(×2) | 具体内容 | 责任单位 | 完成时限`.
 */
function widenRoles(roles: ColumnRole[], width: number): ColumnRole[] {
  if (roles.length >= width) return roles;
  const at = roles.indexOf('group');
  if (at < 0) return roles;
  const out = [...roles];
  out.splice(at, 0, ...Array(width - roles.length).fill('group'));
  return out;
}

const ITEM_MARKER = /^[（(]\s*\d{1,3}\s*[)）]|^\d{1,3}\s*[.．、](?!\d)/;

/** Tasks from one table; an empty list when it is not a task table. */
export function tasksFromTable(table: Table, planYear: number | null): { tasks: TaskDraft[]; diagnostics: Diagnostic[] } {
  const grid = tableGrid(table);
  const header = findHeader(grid);
  if (!header) return { tasks: [], diagnostics: [] };
  const width = Math.max(...grid.map((r) => r.length));
  const roles = widenRoles(header.roles, width);
  const headerKey = rowKey(grid[header.index]);
  const col = (role: ColumnRole) => roles.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);
  const contentCols = col('content').length ? col('content') : col('group').slice(-1);
  const groupCols = col('group').filter((i) => !contentCols.includes(i));
  const tasks: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];

  for (let r = header.index + 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row || rowKey(row) === headerKey) continue; // header repeated on each page
    const textOf = (cols: number[]) => [...new Set(cols.map((i) => row[i]).filter(Boolean))].map((c) => cellText(c).trim()).filter(Boolean).join('\n');
    const content = textOf(contentCols);
    if (!content) continue;
    // The source of the row: the first paragraph of the content cell.
    const contentCell = row[contentCols[0]];
    const firstBlock = contentCell?.blocks[0];
    const source: SourcePos = { ...(firstBlock?.source ?? table.source), row: r + 1 };
    const path: PathEntry[] = [];
    const seqCell = col('seq').map((i) => row[i]).find(Boolean);
    const seq = seqCell ? clean(cellText(seqCell)) : '';
    groupCols.forEach((i, k) => {
      const text = row[i] ? clean(cellText(row[i])) : '';
      if (!text || path.some((p) => p.marker + p.title === text)) return;
      const m = markerAt(text, 0);
      // The innermost group is numbered by the 序号 column (13 groups of items in 004).
      const marker = m ? m.text : k === groupCols.length - 1 && seq ? seq : '';
      path.push({ marker, title: m ? text.slice(m.end) : text });
    });
    const lead: string[] = [], resp: string[] = [], coop: string[] = [];
    const add = (into: string[], units: string[]) => { for (const u of units) if (!into.includes(u)) into.push(u); };
    for (const [role, into] of [['lead', lead], ['responsible', resp], ['cooperating', coop]] as const) {
      for (const i of col(role)) {
        if (!row[i]) continue;
        const text = cellText(row[i]);
        // A unit cell may say who leads and who helps itself: `牵头：县财政局；配合：县审计局`, `县财政局牵头，县审计局配合`.
        const roles = /牵头|配合|协办|[:：]/.test(text) ? parseClauseContent(text.replace(/\n/g, '；')) : null;
        if (roles && roles.style !== 'deadline') {
          add(lead, roles.leadUnits);
          add(role === 'lead' && !roles.leadUnits.length ? lead : resp, roles.responsibleUnits);
          add(coop, roles.cooperatingUnits);
        } else add(into, splitUnits(text));
      }
    }
    const deadlineText = textOf(col('deadline'));
    const deadline = deadlineText ? normaliseDeadline(deadlineText.replace(/\n/g, ''), planYear) : null;

    // One task per （1） item: a content cell may list several items.
    for (const item of splitItems(content)) {
      const m = ITEM_MARKER.exec(item);
      const text = tidySpaces((m ? item.slice(m[0].length) : item).replace(/\n/g, ''));
      tasks.push({
        headingId: null,
        path,
        marker: m ? m[0] : null,
        title: null,
        text,
        leadUnits: lead,
        responsibleUnits: resp,
        cooperatingUnits: coop,
        deadline,
        clause: null,
        source,
      });
    }
    if (!lead.length && !resp.length) diagnostics.push(diagnostic('task-without-unit.table-row', 'warning', { row: r + 1 }, source));
    if (deadline?.kind === 'unparsed') diagnostics.push(diagnostic('deadline-unparsed', 'warning', { deadline: deadline.raw }, source));
  }
  return { tasks, diagnostics };
}

function splitItems(content: string): string[] {
  const lines = content.split('\n').map((l) => l.trim()).filter(Boolean);
  const items: string[] = [];
  for (const line of lines) {
    if (ITEM_MARKER.test(line) || !items.length) items.push(line);
    else items[items.length - 1] += line;
  }
  return items;
}
