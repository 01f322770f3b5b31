// Responsibility clauses in a paragraph: where they stand. What they say is read by the grammar
// in clause-grammar.ts. A clause is (GOLD.md "Roles"):
//   a bracket of any pair — （） () 【】 〔〕 [] ［］ 〖〗, widths mixed, or one side missing;
//   a labelled run without brackets (`责任单位：…` on its own line or after the task's last
//   sentence), running to the end of its paragraph;
//   a trailing unit list after the last sentence (`……落实到位。县财政局、县审计局`);
//   a bold span that reads as one (`**县发改局牵头负责**`).
// A bracket or run that looks like a clause but does not parse is returned with `understood: false`
// so the task stage can report it and still keep the task text.
// Every scan here is linear: brackets are paired in one pass with a stack, and a clause that never
// closes is only tried when the paragraph ends within MAX_UNCLOSED characters.
import { parseClauseContent, type ClauseContent } from './clause-grammar.js';
import { BARE_LABEL, bracketedLabelOffsets, labelOffsets, unbracketLabels } from './roles.js';
import { looksLikeUnit, splitUnits } from './units.js';
import { trimEnd } from './text.js';

export { parseClauseContent, type ClauseContent, type ClauseStyle } from './clause-grammar.js';

export interface Clause extends ClauseContent {
  /** Offset of the opening bracket (or of the run) in the paragraph text. */
  start: number;
  /** Offset just after the closing bracket (or the run). */
  end: number;
  raw: string;
  /** Both sides of the bracket are there. */
  closed: boolean;
  /** Which side of the bracket is missing, if one is. */
  missing: 'open' | 'close' | null;
  bold: boolean;
  /** False when the text looks like a clause but the grammar could not read it. */
  understood: boolean;
}

const OPEN = '（(【〔[［〖';
const CLOSE = '）)】〕]］〗';
/** 1 for an opening bracket, -1 for a closing one, by UTF-16 code: one lookup per character, not a search. */
const BRACKET_KIND = new Int8Array(0x10000);
for (const c of OPEN) BRACKET_KIND[c.charCodeAt(0)] = 1;
for (const c of CLOSE) BRACKET_KIND[c.charCodeAt(0)] = -1;
const isOpen = (c: string | undefined): boolean => !!c && BRACKET_KIND[c.charCodeAt(0)] === 1;
/** Round brackets in both widths are one family (1 here); the square-ish ones another (0). */
const ROUND = new Uint8Array(0x10000);
for (const c of '（()）') ROUND[c.charCodeAt(0)] = 1;
/** A clause that never closes is at most this long (longer, it is text with a stray bracket). */
const MAX_UNCLOSED = 240;
/** How far back a closing bracket without its opener may reach for its clause. */
const MAX_UNOPENED = 160;
const SENTENCE_BOUNDARY = /[。；;！？!?]$/;
const SPACE_END = /[\s\u3000*]+$/;
const SPACE_START = /^[\s\u3000*]+/;

/**
 * Pair brackets in one pass: the openers in text order with the offset of each one's closer (-1
 * when it never closes), and the closers that have no opener. Lists, not a mask over the text:
 * most paragraphs hold a few brackets, and a typed array per paragraph was a hot spot.
 */
function pairBrackets(text: string): { opens: number[]; closes: number[]; unopened: number[] } {
  const opens: number[] = [], closes: number[] = [], unopened: number[] = [];
  const stacks: number[][] = [[], []]; // indices into `opens`, per family
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = BRACKET_KIND[code];
    if (kind === 0) continue;
    const stack = stacks[ROUND[code]];
    if (kind === 1) { stack.push(opens.length); opens.push(i); closes.push(-1); }
    else {
      const k = stack.pop();
      if (k === undefined) unopened.push(i);
      else closes[k] = i;
    }
  }
  return { opens, closes, unopened };
}

/**
 * The bracket depth before an offset (for labels that stand inside brackets). Offsets are asked
 * for in increasing order, so the text is walked once however many are asked.
 */
function depthWalker(text: string): (at: number) => number {
  let i = 0, depth = 0;
  return (at) => {
    for (; i < at; i++) {
      const kind = BRACKET_KIND[text.charCodeAt(i)];
      if (kind === 1) depth++;
      else if (kind === -1 && depth > 0) depth--;
    }
    return depth;
  };
}

/**
 * Does a bracket or run that the grammar could not read look like a clause? It names a role word
 * or a label, or ends in a unit-like name.
 */
export function looksLikeClause(inner: string): boolean {
  const s = inner.replace(/[\s\u3000*]/g, '');
  if (!s || s.length > MAX_UNCLOSED) return false;
  if (/牵头|负责|配合|协办|协助|责任(?:单位|部门|主体)|[单部][位门][:：]|时限[:：]/.test(s)) return true;
  const parts = splitUnits(s);
  return parts.length > 1 && looksLikeUnit(parts[parts.length - 1]);
}

interface Position { afterSentence: boolean; beforeStop: boolean; atEnd: boolean }

/** Where a bracket stands: after a sentence (or another clause), before a full stop, at the end. */
interface Bounds { first: number; last: number; lastClauseEnd: number }

function bounds(text: string): Bounds {
  let first = 0, last = text.length - 1;
  while (first < text.length && /[\s\u3000*]/.test(text[first])) first++;
  while (last >= 0 && /[\s\u3000*。；;]/.test(text[last])) last--;
  return { first, last, lastClauseEnd: -1 };
}

function positionOf(text: string, start: number, end: number, b: Bounds): Position {
  const before = text.slice(Math.max(0, start - 8), start).replace(SPACE_END, '');
  const after = text.slice(end, end + 8).replace(SPACE_START, '');
  const gap = b.lastClauseEnd >= 0 && start - b.lastClauseEnd < 8 ? text.slice(b.lastClauseEnd, start) : null;
  return {
    afterSentence: start <= b.first || SENTENCE_BOUNDARY.test(before) || (gap !== null && /^[\s\u3000*。，,；;]*$/.test(gap)),
    beforeStop: /^[。；;！？!?]/.test(after),
    atEnd: end > b.last,
  };
}

function bracketClause(text: string, start: number, end: number, innerFrom: number, innerTo: number, missing: Clause['missing'], pos: Position, bold?: Uint8Array): Clause | null {
  const inner = text.slice(innerFrom, innerTo);
  const clausePosition = pos.afterSentence || pos.beforeStop || pos.atEnd;
  const content = parseClauseContent(inner, { atSentenceEnd: clausePosition, strictBare: !pos.afterSentence && !pos.atEnd });
  const base = { start, end, raw: text.slice(start, end), closed: missing === null, missing, bold: !!bold && isBold(bold, innerFrom, innerTo) };
  // A bracket holding only a date (`（2016-2020年）` in a title, `（2022年底前）` inside a sentence)
  // is a deadline clause only right after a sentence or another clause.
  if (content?.style === 'deadline' && !pos.afterSentence) return null;
  if (content && (!content.notUnderstood.length || clausePosition)) return withPlace(content, base, true);
  if (clausePosition && missing !== 'open' && looksLikeClause(inner)) return withPlace(notUnderstood(inner), base, false);
  return null;
}

type Place = Pick<Clause, 'start' | 'end' | 'raw' | 'closed' | 'missing' | 'bold'>;

/** A clause from its content and where it stands, built field by field (object spread was a hot spot). */
function withPlace(c: ClauseContent, p: Place, understood: boolean): Clause {
  return {
    style: c.style, leadUnits: c.leadUnits, responsibleUnits: c.responsibleUnits, cooperatingUnits: c.cooperatingUnits,
    deadlineRaw: c.deadlineRaw, declaresFirstListedLeads: c.declaresFirstListedLeads, notUnderstood: c.notUnderstood,
    runTogether: c.runTogether, withActivity: c.withActivity,
    start: p.start, end: p.end, raw: p.raw, closed: p.closed, missing: p.missing, bold: p.bold, understood,
  };
}

const notUnderstood = (inner: string): ClauseContent => ({
  style: 'labelled', leadUnits: [], responsibleUnits: [], cooperatingUnits: [], deadlineRaw: null,
  declaresFirstListedLeads: false, notUnderstood: [inner.trim()], runTogether: [], withActivity: false,
});

/** Clauses in brackets, any pair, one side possibly missing. */
function bracketClauses(text: string, bold?: Uint8Array): Clause[] {
  const { opens, closes, unopened } = pairBrackets(text);
  const out: Clause[] = [];
  const b = bounds(text);
  let next = 0; // openers before this offset lie inside a bracket already read
  for (let k = 0; k < opens.length; k++) {
    const i = opens[k], c = closes[k];
    if (i < next) continue;
    if (c < 0 && text.length - i > MAX_UNCLOSED) continue; // a stray bracket, not a clause
    const end = c < 0 ? text.length : c + 1;
    // `【责任单位】区财政局`: a label in brackets starts a labelled run (labelledRun reads it).
    if (c > i && BARE_LABEL.test(text.slice(i + 1, c).replace(/[\s\u3000*]/g, ''))) { next = c + 1; continue; }
    const clause = bracketClause(text, i, end, i + 1, c < 0 ? text.length : c, c < 0 ? 'close' : null, positionOf(text, i, end, b), bold);
    if (clause) { out.push(clause); b.lastClauseEnd = end; next = end; continue; }
    // Brackets inside brackets: `（详见《…》（2022年版））` is not two clauses.
    if (c > i) next = c + 1;
  }
  // `……工作。县财政局牵头负责）`: the opening bracket is missing; the clause starts at the sentence.
  // Closers come in text order, so one pointer into the clauses found above is enough.
  const found = out.length;
  let f = 0, lastEnd = 0;
  for (const j of unopened) {
    while (f < found && out[f].end <= j) { lastEnd = Math.max(lastEnd, out[f].end); f++; }
    if (f < found && out[f].start <= j) continue; // inside a clause
    const from = Math.max(0, j - MAX_UNOPENED, lastEnd);
    const back = text.slice(from, j);
    const k = Math.max(back.lastIndexOf('。'), back.lastIndexOf('；'), back.lastIndexOf(';'), back.lastIndexOf('）'), back.lastIndexOf(')'));
    const start = k >= 0 ? from + k + 1 : from === j - MAX_UNOPENED ? -1 : from;
    if (start < 0) continue;
    const clause = bracketClause(text, start, j + 1, start, j, 'open', positionOf(text, start, j + 1, { ...b, lastClauseEnd: -1 }), bold);
    if (clause?.understood && clause.style !== 'unit-list') { out.push(clause); lastEnd = j + 1; }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Find the responsibility clauses in a paragraph. `bold` (1 per bold char) is a strong hint:
 * a bold span that reads as a clause counts even without brackets.
 */
export function findClauses(text: string, bold?: Uint8Array): Clause[] {
  const clauses = bracketClauses(text, bold);
  clauses.push(...labelledRun(text, clauses));
  if (bold?.includes(1)) clauses.push(...boldClauses(text, bold, clauses));
  clauses.push(...trailingList(text, clauses));
  return clauses.sort((a, b) => a.start - b.start);
}

const isBold = (bold: Uint8Array, from: number, to: number): boolean => {
  let n = 0, b = 0;
  for (let k = from; k < to; k++) { n++; if (bold[k]) b++; }
  return n > 0 && b / n > 0.6;
};

const runClause = (text: string, start: number, end: number, content: ClauseContent, bold = false): Clause =>
  withPlace(content, { start, end, raw: text.slice(start, end), closed: true, missing: null, bold }, true);

/** Bold spans without brackets that read as clauses: `**县发改局牵头负责**`. */
function boldClauses(text: string, bold: Uint8Array, found: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < text.length; ) {
    if (!bold[i]) { i++; continue; }
    let j = i;
    while (j < text.length && bold[j]) j++;
    const inside = found.some((c) => i < c.end && j > c.start);
    const span = text.slice(i, j).replace(/[。；;，,\s]+$/, '').trim();
    if (!inside && span && !OPEN.includes(span[0]) && !CLOSE.includes(span[span.length - 1]) && /(?:负责|牵头|落实)$/.test(span)) {
      const content = parseClauseContent(span);
      if (content && !content.notUnderstood.length) out.push(runClause(text, i, j, content, true));
    }
    i = j;
  }
  return out;
}

/**
 * Labelled fields written as text rather than in brackets, common in 实施方案: `责任单位：县财政局`
 * on a line of its own, or after the task's last sentence (`…落实到位。牵头单位：县财政局；完成时限：
 * 6月底前`). The run goes to the paragraph's end, or to the next clause in it.
 */
function labelledRun(text: string, found: Clause[]): Clause[] {
  let tries = 0;
  const starts = [...labelOffsets(text), ...bracketedLabelOffsets(text)].sort((a, b) => a - b);
  const depthAt = depthWalker(text);
  for (const at of starts) {
    const depth = depthAt(at);
    const bracketed = isOpen(text[at]) && depth === 0;
    const before = text.slice(Math.max(0, at - 2), at);
    if (at > 0 && !/[。；;！？!?\s\u3000]$/.test(before)) continue;
    if ((depth > 0 && !bracketed) || found.some((c) => at >= c.start && at < c.end)) continue;
    if (++tries > 4) break; // a run is found at its first labels or not at all
    const end = found.find((c) => c.start > at)?.start ?? text.length;
    const inner = text.slice(at, end);
    const content = parseClauseContent(unbracketLabels(inner));
    if (content) return [runClause(text, at, end, content)];
    if (looksLikeClause(inner.slice(0, MAX_UNCLOSED))) return [{ ...runClause(text, at, end, notUnderstood(inner)), understood: false }];
  }
  return [];
}

/**
 * A unit list after the task's last sentence, without brackets or label (`……落实到位。县财政局、
 * 县审计局`), or a paragraph that only says who (`县财政局牵头，县审计局配合`). Prose with a unit
 * as its subject (`司法部负责组织协调…`) is not a clause: a verb followed by an activity is refused.
 */
function trailingList(text: string, found: Clause[]): Clause[] {
  const trimmed = trimEnd(text, /[\s\u3000*]/);
  if (!trimmed || SENTENCE_BOUNDARY.test(trimmed)) return [];
  const from = Math.max(trimmed.lastIndexOf('。'), trimmed.lastIndexOf('；'), trimmed.lastIndexOf('！'), trimmed.lastIndexOf('？')) + 1;
  if (found.some((c) => c.end > from)) return [];
  const tail = trimmed.slice(from);
  if (tail.length > MAX_UNCLOSED || /[（(【〔\[［〖]/.test(tail[0] ?? '')) return [];
  const ownLine = from === 0;
  const content = parseClauseContent(tail, { atSentenceEnd: true, strictBare: true });
  if (!content || content.notUnderstood.length || content.withActivity || content.style === 'deadline' || content.style === 'remark') return [];
  if (!content.leadUnits.length && !content.responsibleUnits.length && !content.cooperatingUnits.length) return [];
  // A line holding only names (a signature, a recipient line) is not a clause; `X牵头，Y配合` is.
  if (ownLine && content.style === 'unit-list') return [];
  return [runClause(text, from, trimmed.length, content)];
}
