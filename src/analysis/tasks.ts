// Tasks in running text: a task is the text that a responsibility clause closes — since the
// previous clause, within the same numbered item. A paragraph may hold several tasks
// (`……。（县发改局牵头负责）……。（县财政局牵头负责）`), and a clause may stand at the start of
// the next paragraph or line, closing the text before it.
import type { Diagnostic, SourcePos } from '../model.js';
import { findClauses, type Clause } from './clause.js';
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

const meaningful = (s: string) => s.replace(/[\s\u3000。，,；;：:、）)（(*]/g, '').length > 0;

export function findTasks(items: Item[], outline: OutlineResult, planYear: number | null): { tasks: TaskDraft[]; diagnostics: Diagnostic[] } {
  const tasks: TaskDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(outline.headings.map((h) => [h.id, h]));
  let heading: Heading | null = null;
  let startsAtHeading = false;
  let pieces: Piece[] = [];

  const close = (clause: Clause, para: Para) => {
    // Pieces from separate paragraphs keep a line break between them (a heading line and its body).
    const text = pieces.map((p) => tidySpaces(p.para.text.slice(p.start, p.end))).filter(Boolean).join('\n');
    const clauseSource = sourceAt(para, clause.start);
    const deadline = clause.deadlineRaw ? normaliseDeadline(clause.deadlineRaw, planYear) : null;
    if (!clause.closed) {
      diagnostics.push(diagnostic('clause-unclosed', 'warning', { clause: clause.raw.slice(0, 30) }, clauseSource));
    }
    if (!meaningful(text)) {
      // Two clauses in a row (`（责任单位：…）（完成时限：…）`): the second completes the first.
      const last = tasks[tasks.length - 1];
      if (last && last.headingId === (heading?.id ?? null)) {
        last.leadUnits.push(...clause.leadUnits.filter((u) => !last.leadUnits.includes(u)));
        last.responsibleUnits.push(...clause.responsibleUnits.filter((u) => !last.responsibleUnits.includes(u)));
        last.cooperatingUnits.push(...clause.cooperatingUnits.filter((u) => !last.cooperatingUnits.includes(u)));
        last.deadline ??= deadline;
      }
      return;
    }
    const first = pieces[0];
    tasks.push({
      headingId: heading?.id ?? null,
      path: headingPath(heading, byId),
      marker: startsAtHeading && heading ? heading.marker : null,
      title: startsAtHeading && heading ? heading.title : null,
      text,
      leadUnits: [...clause.leadUnits],
      responsibleUnits: [...clause.responsibleUnits],
      cooperatingUnits: [...clause.cooperatingUnits],
      deadline,
      clause: { raw: clause.raw, style: clause.style, source: clauseSource },
      source: sourceAt(first.para, first.start),
    });
  };

  for (const it of items) {
    if (it.kind === 'table') { pieces = []; continue; }
    const opened = outline.headingAt.get(it);
    let from = 0;
    if (opened) {
      heading = opened.heading;
      startsAtHeading = true;
      pieces = [];
      from = opened.marker.end;
    }
    const clauses = findClauses(it.text, it.bold);
    for (const [k, clause] of clauses.entries()) {
      if (clause.start < from) continue;
      if (opened && from === opened.marker.end && !meaningful(it.text.slice(from, clause.start))) {
        // `1.（县财政局牵头）加强预算公开……`: a clause right after the marker assigns the text after it.
        const end = clauses[k + 1]?.start ?? it.text.length;
        pieces.push({ para: it, start: clause.end, end });
        close(clause, it);
        pieces = [];
        startsAtHeading = false;
        from = end;
        continue;
      }
      pieces.push({ para: it, start: from, end: clause.start });
      close(clause, it);
      pieces = [];
      startsAtHeading = false;
      from = clause.end;
    }
    if (from < it.text.length) pieces.push({ para: it, start: from, end: it.text.length });
  }

  // Diagnostics a person checking a ledger wants: tasks without owner or deadline.
  const withDeadline = tasks.filter((t) => t.deadline).length;
  for (const t of tasks) {
    if (!t.leadUnits.length && !t.responsibleUnits.length) {
      diagnostics.push(diagnostic('task-without-unit', 'warning', { task: t.text.slice(0, 24) }, t.source));
    }
    if (!t.deadline && withDeadline > 0) {
      diagnostics.push(diagnostic('task-without-deadline', 'warning', { task: t.text.slice(0, 24) }, t.source));
    }
    if (t.deadline?.kind === 'unparsed') {
      diagnostics.push(diagnostic('deadline-unparsed', 'warning', { deadline: t.deadline.raw }, t.clause?.source ?? t.source));
    }
  }
  return { tasks, diagnostics };
}
