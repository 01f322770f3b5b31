// The review page (-f html): one self-contained HTML file to check an extraction against the
// notice before a ledger goes out. Left, the notice's text with every task highlighted and
// numbered, its clause marked, its units and deadline beside it and the diagnostics where they
// occur; right, the task table, filtered by unit, each row jumping to its task on click.
// Built as a hast tree (hastscript) and serialized by hast-util-to-html, which escapes every text
// and attribute: no notice text is ever pasted into markup by hand.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Block, DocModel } from '../../model.js';
import type { TaskTable } from '../../schema.js';
import { modelOf } from '../../source-models.js';
import { diagnosticMessage } from '../../i18n/diagnostics.js';
import type { UserUnitAliases } from '../../analysis/unit-aliases.js';
import { joinUnits, sourceLabel, taskRows, unitRows, type HeaderLang, type TaskRow } from '../columns.js';
import { REVIEW_CSS, REVIEW_JS } from './assets.js';
import { holds, locateTasks, sourceLines, type Mark, type SourceLine } from './locate.js';

export interface ReviewOptions {
  /** Language of the page's labels and messages (default zh). */
  lang?: HeaderLang;
  unitAliases?: UserUnitAliases;
}

const LABELS = {
  zh: {
    title: '任务核对页', unit: '单位', allUnits: '全部单位', everyone: '含统称单位（各部门、各县区等）',
    count: '显示 {n} / {total} 项任务', no: '序号', task: '任务内容', lead: '牵头单位', responsible: '责任单位',
    cooperating: '配合单位', deadline: '完成时限', source: '来源', noText: '原文不可用：此任务表不是在本次运行中解析的。',
    error: '错误', warning: '警告', info: '提示', noUnit: '（未写明单位）',
  },
  en: {
    title: 'Task review', unit: 'Unit', allUnits: 'All units', everyone: 'with collective units (各部门, 各县区…)',
    count: '{n} of {total} tasks shown', no: 'No', task: 'Task', lead: 'Lead', responsible: 'Responsible',
    cooperating: 'Cooperating', deadline: 'Deadline', source: 'Source', noText: 'The notice text is not available: this table was not parsed in this run.',
    error: 'error', warning: 'warning', info: 'info', noUnit: '(no unit named)',
  },
} as const;
type Labels = (typeof LABELS)[HeaderLang];

interface DocView {
  file: number;
  table: TaskTable;
  rows: TaskRow[];
  lines: SourceLine[];
  /** Marks by line index. */
  marks: Map<number, Mark[]>;
  /** The line each task's highlight starts on. */
  firstLine: Map<string, number>;
}

function docView(file: number, table: TaskTable, rows: TaskRow[]): DocView {
  const model = modelOf(table);
  const lines = model ? sourceLines(model) : [];
  const marks = new Map<number, Mark[]>();
  const firstLine = new Map<string, number>();
  for (const m of locateTasks(lines, table.tasks)) {
    marks.set(m.line, [...(marks.get(m.line) ?? []), m]);
    if (m.kind === 'task' && !firstLine.has(m.taskId)) firstLine.set(m.taskId, m.line);
  }
  return { file, table, rows, lines, marks, firstLine };
}

const anchor = (file: number, taskId: string) => `f${file}-${taskId}`;

/** One line's text with its marks: a segment per change of mark, task marks outside clause marks. */
function markedText(view: DocView, line: SourceLine, first: Set<string>): ElementContent[] {
  const marks = view.marks.get(line.index) ?? [];
  const cuts = [...new Set([0, line.text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const task = marks.find((m) => m.kind === 'task' && m.start <= a && m.end >= b);
    const clause = marks.find((m) => m.kind === 'clause' && m.start <= a && m.end >= b);
    let node: ElementContent = { type: 'text', value: line.text.slice(a, b) };
    if (clause) node = h('span.clause', { dataClause: clause.taskId }, node);
    if (task) {
      const isFirst = !first.has(task.taskId);
      first.add(task.taskId);
      const no = view.rows.find((r) => r.task.id === task.taskId)?.no;
      node = h('mark.task', { dataTask: task.taskId, dataFile: String(view.file), id: isFirst ? anchor(view.file, task.taskId) : undefined },
        isFirst ? [h('b.no', String(no)), node] : [node]);
    }
    out.push(node);
  }
  return out;
}

function unitsLine(r: TaskRow, l: Labels): string {
  const parts: string[] = [];
  if (r.task.leadUnits.length) parts.push(`${l.lead}：${joinUnits(r.task.leadUnits)}`);
  if (r.task.responsibleUnits.length) parts.push(`${l.responsible}：${joinUnits(r.task.responsibleUnits)}`);
  if (r.task.cooperatingUnits.length) parts.push(`${l.cooperating}：${joinUnits(r.task.cooperatingUnits)}`);
  if (!parts.length) parts.push(l.noUnit);
  if (r.task.deadline) parts.push(`${l.deadline}：${r.task.deadline.raw}${r.task.deadline.date ? `（${r.task.deadline.date}）` : ''}`);
  return parts.join('　');
}

function diagnosticBox(d: TaskTable['diagnostics'][number], l: Labels, lang: HeaderLang): Element {
  return h(`div.diag.${d.severity}`, { dataRule: d.rule }, [h('code', d.rule), ` ${l[d.severity]}：${diagnosticMessage(d, lang)}`]);
}

/** A paragraph of the notice, then the notes of the tasks that start in it and its diagnostics. */
function lineNodes(view: DocView, line: SourceLine, first: Set<string>, l: Labels, lang: HeaderLang): ElementContent[] {
  const startsHere = view.rows.filter((r) => view.firstLine.get(r.task.id) === line.index);
  const diags = view.table.diagnostics.filter((d) => d.source && holds(line.source, d.source));
  return [
    h('div.line', { dataLine: String(line.index) }, [h('span.pos', sourceLabel(line.source, lang)), h('div.body', markedText(view, line, first))]),
    ...startsHere.map((r) => h('aside.note', { dataFor: r.task.id, dataFile: String(view.file) }, `${r.no}　${unitsLine(r, l)}`)),
    ...diags.map((d) => diagnosticBox(d, l, lang)),
  ];
}

/** The notice's blocks in order, tables as tables; lines are numbered as sourceLines numbers them. */
function sourceNodes(view: DocView, model: DocModel, l: Labels, lang: HeaderLang): ElementContent[] {
  let next = 0;
  const first = new Set<string>();
  const visit = (b: Block): ElementContent[] => {
    if (b.kind === 'paragraph') return lineNodes(view, view.lines[next++], first, l, lang);
    return [h('table.src', b.rows.map((row) => h('tr', row.map((cell) =>
      h('td', { rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined }, cell.blocks.flatMap(visit))))))];
  };
  return model.blocks.flatMap(visit);
}

function docSection(view: DocView, l: Labels, lang: HeaderLang): Element {
  const { table } = view;
  const model = modelOf(table);
  const heading = h('h2', [table.document.title ?? table.source.file, h('small', [table.document.docNumber, table.source.file].filter(Boolean).join('　'))]);
  const unplaced = table.diagnostics.filter((d) => !d.source || !view.lines.some((x) => holds(x.source, d.source!)));
  return h('section.doc', { dataFile: String(view.file) }, [
    heading,
    ...unplaced.map((d) => diagnosticBox(d, l, lang)),
    ...(model ? sourceNodes(view, model, l, lang) : [h('p.empty', l.noText)]),
  ]);
}

function taskTable(views: DocView[], unitsOf: Map<TaskRow['task'], { names: string[]; collective: boolean }>, l: Labels, lang: HeaderLang): Element {
  const head = h('thead', h('tr', [l.no, l.task, l.lead, l.responsible, l.cooperating, l.deadline, l.source].map((s) => h('th', s))));
  const body = views.flatMap((v) => v.rows.map((r) => {
    const u = unitsOf.get(r.task) ?? { names: [], collective: false };
    return h('tr', {
      dataFor: r.task.id, dataFile: String(v.file), dataTarget: anchor(v.file, r.task.id),
      dataUnits: u.names.join('\n'), dataCollective: u.collective ? '1' : '0', tabIndex: 0,
    }, [
      h('td.no', String(r.no)), h('td', r.task.text), h('td', joinUnits(r.task.leadUnits)), h('td', joinUnits(r.task.responsibleUnits)),
      h('td', joinUnits(r.task.cooperatingUnits)), h('td', r.task.deadline?.raw ?? ''), h('td', sourceLabel(r.task.source, lang)),
    ]);
  }));
  return h('table.tasks', [head, h('tbody', body)]);
}

/** The page as HTML text. */
export function writeReview(tables: readonly TaskTable[], opts: ReviewOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const l = LABELS[lang];
  const rows = taskRows(tables);
  const views = tables.map((table, i) => docView(i + 1, table, rows.filter((r) => r.table === table)));
  // Units grouped as --by unit groups them (aliases merged), so the filter lists each department once.
  const byUnit = unitRows(tables, { aliases: opts.unitAliases });
  const unitsOf = new Map<TaskRow['task'], { names: string[]; collective: boolean }>();
  const options: { name: string; collective: boolean }[] = [];
  for (const r of byUnit) {
    if (!r.unit?.name) continue;
    const u = unitsOf.get(r.task) ?? { names: [], collective: false };
    u.names.push(r.unit.name);
    u.collective ||= r.unit.collective;
    unitsOf.set(r.task, u);
    if (!options.some((o) => o.name === r.unit!.name)) options.push({ name: r.unit.name, collective: r.unit.collective });
  }
  const docTitle = tables.length === 1 ? (tables[0].document.title ?? tables[0].source.file) : `${tables.length}`;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: lang === 'zh' ? 'zh-CN' : 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          // Nothing may be fetched: the page must work as a mail attachment, offline.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'gov-tasks' }),
          h('title', `${l.title} · ${docTitle}`),
          h('style', REVIEW_CSS),
        ]),
        h('body', [
          h('header.bar', [
            h('h1', l.title),
            h('label', [`${l.unit} `, h('select#unit-filter', [h('option', { value: '' }, l.allUnits), ...options.map((o) => h('option', { value: o.name }, o.name))])]),
            h('label', [h('input#with-collective', { type: 'checkbox' }), ` ${l.everyone}`]),
            h('span#count', { dataTemplate: l.count }),
          ]),
          h('main', [
            h('div.pane.source', views.map((v) => docSection(v, l, lang))),
            h('div.pane.list', taskTable(views, unitsOf, l, lang)),
          ]),
          h('script', REVIEW_JS),
        ]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}
