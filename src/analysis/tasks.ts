// Tasks in running text: a task is the text that a responsibility clause closes — since the
// previous clause, within the same numbered item. A paragraph may hold several tasks
// (`……。（县发改局牵头负责）……。（县财政局牵头负责）`), and a clause may stand at the start of
// the next paragraph or line, closing the text before it.
import type { Diagnostic, SourcePos } from '../model.js';
import { findClauses, type Clause } from './clause.js';
import { applyConventions, initialConventions } from './conventions.js';
import { normaliseDeadline, type Deadline } from './deadline.js';
import type { Heading, OutlineResult } from './outline.js';
import { sourceAt, type Item, type Para } from './paragraphs.js';
import { tidySpaces } from './text.js';
import { diagnostic } from '../i18n/diagnostics.js';

export interface PathEntry { marker: string; title: string }
export interface TaskDraft {
  headingId: string | null;
  path: PathEntry[];
  marker: string | null;
  title: string | null;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  cooperatingUnits: string[];
  deadline: Deadline | null;
  clause: { raw: string; style: string; source: SourcePos } | null;
  source: SourcePos;
}

interface Piece { para: Para; start: number; end: number }

export function headingPath(h: Heading | null, byId: Map<string, Heading>): PathEntry[] {
  const path: PathEntry[] = [];
  for (let x = h; x; x = x.parentId ? byId.get(x.parentId) ?? null : null) path.unshift({ marker: x.marker, title: x.title });
  return path;
}

/** Spaces, punctuation and brackets: text made only of these says nothing. */
const FILLER = /[\s\u3000。，,；;：:、）)（(*]/;

/** Where the first meaningful character of `text` at or after `from` stands (text.length if none). */
function firstMeaningful(text: string, from = 0): number {
  let i = from;
  while (i < text.length && FILLER.test(text[i])) i++;
  return i;
}

const meaningful = (s: string) => firstMeaningful(s) < s.length;

/**
 * An item whose sub-items (`（1）…（2）…`, `1．行动目标…2．主要任务…`) carry no clause of their own
 * and are followed by one clause is one task (GOLD.md "More on tasks"). A block remembers the item
 * heading, the level of its sub-items, how many have opened, and the pieces since the item began.
 * One sub-item is enough when the item's own paragraph has body text (`1.目标。力争…其中：` then a
 * `（2）` that a PDF line break put at a line start); a title-only section heading needs two.
 */
interface Block { heading: Heading; childLevel: number | null; children: number; pieces: Piece[] }

export function findTasks(items: Item[], outline: OutlineResult, planYear: number | null): { tasks: TaskDraft[]; diagnostics: Diagnostic[] } {
  const tasks: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(outline.headings.map((h) => [h.id, h]));
  const conventions = initialConventions();
  let heading: Heading | null = null;
  let startsAtHeading = false;
  let pieces: Piece[] = [];
  let block: Block | null = null;
  /** Headings whose paragraph goes on past the title (`1.明确年度经营目标。力争…其中：`). */
  const withBody = new Set<string>();

  /** `lead`: where the paragraph's text starts (firstMeaningful), found once, not once per clause. */
  const close = (clause: Clause, para: Para, lead: number) => {
    const clauseSource = sourceAt(para, clause.start);
    reportClause(clause, clauseSource, diagnostics);
    // Conventions declared in a clause apply from that clause on.
    if (clause.declaresFirstListedLeads) conventions.firstListedLeads = true;
    const units = applyConventions(clause, conventions);
    // Sub-items without clauses of their own and one clause on its own line after them: the whole
    // item. A clause at the end of the last sub-item's text is that sub-item's.
    const ownLine = !outline.headingAt.get(para) && lead >= clause.start;
    const whole = block && ownLine && (block.children >= 2 || (block.children === 1 && withBody.has(block.heading.id))) ? block : null;
    const own = whole ? whole.pieces : pieces;
    const text = own.map((p) => tidySpaces(p.para.text.slice(p.start, p.end))).filter(Boolean).join('\n');
    const deadline = clause.deadlineRaw ? normaliseDeadline(clause.deadlineRaw, planYear) : null;
    if (!meaningful(text)) {
      // Two clauses in a row (`（责任单位：…）（完成时限：…）`): the second completes the first.
      const last = tasks[tasks.length - 1];
      if (last && last.headingId === (heading?.id ?? null)) {
        last.leadUnits.push(...units.leadUnits.filter((u) => !last.leadUnits.includes(u)));
        last.responsibleUnits.push(...units.responsibleUnits.filter((u) => !last.responsibleUnits.includes(u)));
        last.cooperatingUnits.push(...units.cooperatingUnits.filter((u) => !last.cooperatingUnits.includes(u)));
        last.deadline ??= deadline;
      }
      return;
    }
    const at = whole ? whole.heading : startsAtHeading ? heading : null;
    tasks.push({
      headingId: (whole ? whole.heading : heading)?.id ?? null,
      path: headingPath(whole ? whole.heading : heading, byId),
      marker: at ? at.marker : null,
      title: at ? at.title : null,
      text,
      leadUnits: [...units.leadUnits],
      responsibleUnits: [...units.responsibleUnits],
      cooperatingUnits: [...units.cooperatingUnits],
      deadline,
      clause: { raw: clause.raw, style: clause.understood ? clause.style : 'not-understood', source: clauseSource },
      source: sourceAt(own[0].para, own[0].start),
    });
  };
  const addPiece = (p: Piece) => { pieces.push(p); block?.pieces.push(p); };
  const closed = () => { pieces = []; block = null; startsAtHeading = false; };

  for (const it of items) {
    if (it.kind === 'table') { pieces = []; block = null; continue; }
    const opened = outline.headingAt.get(it);
    let from = 0;
    if (opened) {
      if (meaningful(it.text.slice(opened.marker.end).replace(opened.heading.title, ''))) withBody.add(opened.heading.id);
      block = nextBlock(block, opened.heading, heading, pieces);
      heading = opened.heading;
      startsAtHeading = true;
      pieces = [];
      from = opened.marker.end;
    }
    const clauses = findClauses(it.text, it.bold);
    const lead = firstMeaningful(it.text);
    // Until a clause moves `from`, it stays at the marker's end: where the text after it starts is found once.
    const leadAfterMarker = opened ? firstMeaningful(it.text, opened.marker.end) : -1;
    for (const [k, clause] of clauses.entries()) {
      if (clause.start < from) continue;
      if (clause.style === 'remark') {
        // `（列第一位者为牵头单位，下同）` alone: a declaration, not a clause closing a task.
        if (clause.declaresFirstListedLeads) conventions.firstListedLeads = true;
        continue;
      }
      if (opened && from === opened.marker.end && leadAfterMarker >= clause.start) {
        // `1.（县财政局牵头）加强预算公开……`: a clause right after the marker assigns the text after it.
        const end = clauses[k + 1]?.start ?? it.text.length;
        pieces = [{ para: it, start: clause.end, end }];
        block = null;
        close(clause, it, lead);
        closed();
        from = end;
        continue;
      }
      addPiece({ para: it, start: from, end: clause.start });
      close(clause, it, lead);
      closed();
      from = clause.end;
    }
    if (from < it.text.length) addPiece({ para: it, start: from, end: it.text.length });
  }

  diagnostics.push(...taskDiagnostics(tasks));
  return { tasks, diagnostics };
}

/** The block an opening heading starts or continues (see Block); `current` is the heading open before. */
function nextBlock(block: Block | null, h: Heading, current: Heading | null, pieces: Piece[]): Block {
  const fresh = (): Block => ({ heading: h, childLevel: null, children: 0, pieces: [] });
  if (!block || h.level <= block.heading.level) return fresh();
  if (block.childLevel === null || h.level === block.childLevel) {
    return { ...block, childLevel: h.level, children: block.children + 1 };
  }
  if (h.level < block.childLevel || !current) return fresh();
  // A deeper level under the last sub-item: that sub-item is now the item.
  return { heading: current, childLevel: h.level, children: 1, pieces: [...pieces] };
}

/** What the clause itself tells a clerk to check: a side missing, text not understood, names run together. */
function reportClause(clause: Clause, source: SourcePos, diagnostics: Diagnostic[]): void {
  const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  if (clause.missing === 'close') {
    diagnostics.push(diagnostic('clause-unclosed', 'warning', { clause: short(clause.raw) }, source));
  } else if (clause.missing === 'open') {
    diagnostics.push(diagnostic('clause-unopened', 'warning', { clause: short(clause.raw) }, source));
  }
  if (!clause.understood) {
    diagnostics.push(diagnostic('clause-not-understood', 'warning', { clause: short(clause.raw) }, source));
  } else if (clause.notUnderstood.length) {
    diagnostics.push(diagnostic('clause-not-understood.part', 'warning', { parts: clause.notUnderstood.map(short).join(' | ') }, source));
  }
  for (const u of clause.runTogether) {
    diagnostics.push(diagnostic('unit-run-together', 'warning', { unit: u }, source));
  }
}

/** Diagnostics a person checking a ledger wants: tasks without owner or deadline. */
function taskDiagnostics(tasks: TaskDraft[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const withDeadline = tasks.filter((t) => t.deadline).length;
  for (const t of tasks) {
    if (!t.leadUnits.length && !t.responsibleUnits.length && !t.cooperatingUnits.length && t.clause?.style !== 'not-understood') {
      out.push(diagnostic('task-without-unit', 'warning', { task: t.text.slice(0, 24) }, t.source));
    }
    if (!t.deadline && withDeadline > 0) {
      out.push(diagnostic('task-without-deadline', 'warning', { task: t.text.slice(0, 24) }, t.source));
    }
    if (t.deadline?.kind === 'unparsed') {
      out.push(diagnostic('deadline-unparsed', 'warning', { deadline: t.deadline.raw }, t.clause?.source ?? t.source));
    }
  }
  return out;
}
