// Findings of `gov-tasks check` for one parsed notice: the parse's own diagnostics under their
// rule ids, and the rules that need a look at the whole result (heading levels, marker widths,
// 文号 form, dates). Computed from the task table: nothing is parsed twice.
import { formatDocNumber } from '../analysis/docnumber.js';
import type { SourcePos } from '../model.js';
import type { TaskTable } from '../schema.js';
import { isMessageId, message as say, ref, spell, type Lang, type MessageRef } from '../i18n/index.js';
import { DIAGNOSTIC_RULES, ruleById, ruleFix, type Level } from './rules.js';

export interface Finding {
  file: string;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  source: SourcePos | null;
}

/** Severity of each rule after configuration; rules not listed keep their default. */
export type RuleLevels = ReadonlyMap<string, Level>;

/** A finding before configuration: its message a catalogue reference (or a diagnostic's own text). */
type Raw = Omit<Finding, 'severity' | 'file' | 'message'> & { severity?: Finding['severity']; message: string | MessageRef };

/** The findings of one notice, in source order, with each message (in `lang`) ending in how to fix it. */
export function findingsOf(table: TaskTable, levels: RuleLevels, lang: Lang = 'en'): Finding[] {
  const raw: Raw[] = [
    ...fromDiagnostics(table),
    ...headingLevelSkips(table),
    ...mixedMarkerWidths(table),
    ...docNumberFindings(table),
    ...pastDeadlines(table),
    ...invalidDates(table),
  ];
  const out: Finding[] = [];
  for (const f of raw) {
    const level = levels.get(f.rule) ?? ruleById.get(f.rule)?.level ?? (f.severity === 'error' ? 'error' : 'warn');
    if (level === 'off') continue;
    out.push({ ...f, file: table.source.file, severity: level === 'error' ? 'error' : 'warning', message: withFix(spell(lang, f.message), f.rule, lang) });
  }
  return out.sort((a, b) => position(a.source) - position(b.source));
}

function withFix(text: string, rule: string, lang: Lang): string {
  const fix = ruleFix(rule, lang);
  return fix ? say(lang, 'check.with-fix', { message: text, fix }) : text;
}

const position = (s: SourcePos | null) => (s ? (s.page ?? 0) * 1e7 + (s.line ?? s.paragraph ?? 0) * 10 + (s.row ?? 0) : -1);

function fromDiagnostics(t: TaskTable): Raw[] {
  return t.diagnostics
    .filter((d) => d.severity !== 'info' || d.rule in DIAGNOSTIC_RULES)
    .map((d) => ({
      rule: DIAGNOSTIC_RULES[d.rule] ?? d.rule,
      severity: d.severity === 'error' ? 'error' : 'warning',
      message: d.messageId && isMessageId(d.messageId) ? ref(d.messageId, d.params) : d.message,
      source: d.source,
    }));
}

/** 一、 followed by 1. under it: a level of the 一、（一）1.（1） ladder is missing. Once per parent, at its first such child. */
function headingLevelSkips(t: TaskTable): Raw[] {
  const byId = new Map(t.headings.map((h) => [h.id, h]));
  const reported = new Set<string>();
  return t.headings.flatMap((h) => {
    const parent = h.parentId ? byId.get(h.parentId) : undefined;
    if (!parent || h.level - parent.level <= 1 || reported.has(`${parent.id}/${h.level}`)) return [];
    reported.add(`${parent.id}/${h.level}`);
    return [{ rule: 'heading-level-skip', message: ref('heading-level-skip', { marker: h.marker, parent: parent.marker, levels: h.level - parent.level - 1 }), source: h.source }];
  });
}

/** The shape of a marker with its number taken out: "1．" → "N．", "（一）" → "（N）". */
const markerShape = (marker: string) => marker.replace(/[0-9０-９]+|[一二三四五六七八九十百零〇]+/g, 'N');
/** The same shape with full-width punctuation folded: what makes two shapes "the same marker". */
const foldWidth = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Markers of one kind written two ways: the less common way is reported where it first appears. */
function mixedMarkerWidths(t: TaskTable): Raw[] {
  // A heading that is also a task counts once.
  const all = [
    ...t.headings.map((h) => ({ marker: h.marker, source: h.source })),
    ...t.tasks.filter((k) => k.marker).map((k) => ({ marker: k.marker!, source: k.source })),
  ];
  const where = (s: SourcePos) => `${s.page ?? 0}:${s.line ?? 0}:${s.paragraph ?? 0}:${s.row ?? 0}`;
  const items = [...new Map(all.map((it) => [`${it.marker}@${where(it.source)}`, it])).values()];
  const kinds = new Map<string, Map<string, { count: number; first: SourcePos; marker: string }>>();
  for (const it of items) {
    const shape = markerShape(it.marker);
    if (!/N/.test(shape)) continue;
    const kind = foldWidth(shape);
    const shapes = kinds.get(kind) ?? new Map();
    kinds.set(kind, shapes);
    const s = shapes.get(shape);
    if (s) s.count++;
    else shapes.set(shape, { count: 1, first: it.source, marker: it.marker });
  }
  const out: Raw[] = [];
  for (const shapes of kinds.values()) {
    if (shapes.size < 2) continue;
    const sorted = [...shapes.values()].sort((a, b) => b.count - a.count);
    for (const minority of sorted.slice(1)) {
      out.push({ rule: 'marker-width-mixed', message: ref('marker-width-mixed', { marker: minority.marker, count: sorted[0].count, usual: sorted[0].marker }), source: minority.first });
    }
  }
  return out;
}

function docNumberFindings(t: TaskTable): Raw[] {
  const { docNumber, docNumberParts, sources } = t.document;
  // A missing 文号 has no line of its own: the finding points at the title, else at the notice's first line.
  if (!docNumber) {
    return [sources.title
      ? { rule: 'docnumber-missing', message: ref('docnumber-missing.title'), source: sources.title }
      : { rule: 'docnumber-missing', message: ref('docnumber-missing.start'), source: startOf(t) }];
  }
  // A malformed 文号 is already a parse diagnostic (with its line); only the forms it does not judge are added.
  if (!docNumberParts || t.diagnostics.some((d) => d.rule === 'doc-number-malformed')) return [];
  const standard = formatDocNumber(docNumberParts);
  return docNumber === standard ? [] : [{ rule: 'docnumber-format', message: ref('docnumber-format', { docNumber, standard }), source: sources.docNumber }];
}

/** The notice's first line, counted the way its reader counts (a text line, a PDF page's line, a Word paragraph). */
function startOf(t: TaskTable): SourcePos {
  const counted = [...t.headings, ...t.tasks].map((x) => x.source).find((s) => s.line || s.paragraph);
  if (counted?.page) return { page: 1, line: 1 };
  if (counted?.paragraph && !counted.line) return { paragraph: 1 };
  return { line: 1 };
}

function pastDeadlines(t: TaskTable): Raw[] {
  const issued = t.document.date;
  if (!issued) return [];
  return t.tasks
    .filter((k) => k.deadline?.date && k.deadline.date < issued)
    .map((k) => ({ rule: 'deadline-past', message: ref('deadline-past', { deadline: k.deadline!.raw, date: k.deadline!.date!, issued }), source: k.clause?.source ?? k.source }));
}

/** True for an ISO date that names a real day (2023-02-29 does not). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function invalidDates(t: TaskTable): Raw[] {
  const out: Raw[] = [];
  if (t.document.date && !isCalendarDate(t.document.date)) out.push({ rule: 'date-invalid', message: ref('date-invalid', { date: t.document.date }), source: t.document.sources.date });
  for (const k of t.tasks) {
    if (k.deadline?.date && !isCalendarDate(k.deadline.date)) {
      out.push({ rule: 'date-invalid', message: ref('date-invalid.deadline', { deadline: k.deadline.raw, date: k.deadline.date }), source: k.clause?.source ?? k.source });
    }
  }
  return out;
}

/** An input that gave no table at all; `message` (why) is in `lang` already. */
export function unreadableFinding(file: string, message: string, levels: RuleLevels, lang: Lang = 'en'): Finding[] {
  const level = levels.get('unreadable') ?? 'error';
  if (level === 'off') return [];
  return [{ file, rule: 'unreadable', severity: level === 'error' ? 'error' : 'warning', message: withFix(message, 'unreadable', lang), source: null }];
}
