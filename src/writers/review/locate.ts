// Where each task and its clause stand in the notice's text, for the review page to highlight.
// The task table keeps tidied text (spaces inside Chinese removed, wrapped lines joined), so the
// search runs on a key of the text without whitespace and with widths folded, one key character
// per source character, which maps a match straight back to the lines it covers.
import { NOISE } from '../../analysis/paragraphs.js';
import { foldWidth } from '../../analysis/text.js';
import { paragraphText, type Block, type DocModel, type SourcePos } from '../../model.js';
import type { Task } from '../../schema.js';

/** One paragraph of the model (table cells included), in document order. */
export interface SourceLine {
  index: number;
  text: string;
  source: SourcePos;
}

/** A highlighted range of one line: [start, end) in its text. */
export interface Mark {
  line: number;
  start: number;
  end: number;
  kind: 'task' | 'clause';
  taskId: string;
}

/** Every paragraph of the model, cells of tables included, numbered in document order; tool noise (Word bookmarks as text) dropped as the analysis drops it. */
export function sourceLines(model: DocModel): SourceLine[] {
  const out: SourceLine[] = [];
  const visit = (b: Block) => {
    if (b.kind === 'paragraph') out.push({ index: out.length, text: paragraphText(b).replace(NOISE, ''), source: b.source });
    else for (const row of b.rows) for (const cell of row) cell.blocks.forEach(visit);
  };
  model.blocks.forEach(visit);
  return out;
}

/** Characters the key leaves out: they are where tidying and line joining differ from the source. */
const SKIP = /[\s\u3000\u00a0\ufeff\u200b-\u200d*]/;

interface Key { text: string; at: { line: number; offset: number }[] }

function keyOf(lines: readonly SourceLine[]): Key {
  let text = '';
  const at: Key['at'] = [];
  for (const l of lines) {
    for (let i = 0; i < l.text.length; i++) {
      const ch = l.text[i];
      if (SKIP.test(ch)) continue;
      text += foldWidth(ch);
      at.push({ line: l.index, offset: i });
    }
  }
  return { text, at };
}

const keyText = (s: string): string => foldWidth([...s].filter((c) => !SKIP.test(c)).join(''));

/** The line a source position names: same page, and same line or paragraph. */
export function holds(line: SourcePos, s: SourcePos): boolean {
  if ((line.page ?? 0) !== (s.page ?? 0)) return false;
  if (s.line !== undefined) return line.line === s.line;
  if (s.paragraph !== undefined) return line.paragraph === s.paragraph;
  return false;
}

/** Key offset where the line at `s` starts (0 when no line holds it). */
function startOf(lines: readonly SourceLine[], key: Key, s: SourcePos): number {
  const line = lines.find((l) => holds(l.source, s));
  if (!line) return 0;
  const k = key.at.findIndex((a) => a.line >= line.index);
  return k < 0 ? 0 : k;
}

/** [from, to) in the key: the whole text if it is there, else from its first to its last few characters. */
function find(key: Key, wanted: string, from: number): [number, number] | null {
  if (!wanted) return null;
  const exact = key.text.indexOf(wanted, from);
  if (exact >= 0) return [exact, exact + wanted.length];
  const again = key.text.indexOf(wanted);
  if (again >= 0) return [again, again + wanted.length];
  // Task text assembled from pieces (a clause cut out of its middle): match its two ends.
  const n = Math.min(8, Math.floor(wanted.length / 2));
  if (n < 2) return null;
  const head = key.text.indexOf(wanted.slice(0, n), from);
  if (head < 0) return null;
  const tail = key.text.indexOf(wanted.slice(-n), head + n);
  if (tail < 0 || tail - head > wanted.length * 2 + 40) return null;
  return [head, tail + n];
}

/** Per-line ranges covered by key offsets [from, to). */
function rangesOf(key: Key, [from, to]: [number, number], kind: Mark['kind'], taskId: string): Mark[] {
  const marks: Mark[] = [];
  for (let k = from; k < to; k++) {
    const { line, offset } = key.at[k];
    const last = marks[marks.length - 1];
    if (last && last.line === line) last.end = offset + 1;
    else marks.push({ line, start: offset, end: offset + 1, kind, taskId });
  }
  return marks;
}

/**
 * Marks for every task's text and clause. A task whose text is not found is marked on the whole
 * line its source names, so every task still has a highlight to jump to.
 */
export function locateTasks(lines: readonly SourceLine[], tasks: readonly Task[]): Mark[] {
  const key = keyOf(lines);
  const marks: Mark[] = [];
  for (const t of tasks) {
    const span = find(key, keyText(t.text), startOf(lines, key, t.source));
    if (span) marks.push(...rangesOf(key, span, 'task', t.id));
    else {
      const line = lines.find((l) => holds(l.source, t.source));
      if (line) marks.push({ line: line.index, start: 0, end: line.text.length, kind: 'task', taskId: t.id });
    }
    if (t.clause) {
      const c = find(key, keyText(t.clause.raw), startOf(lines, key, t.clause.source));
      if (c) marks.push(...rangesOf(key, c, 'clause', t.id));
    }
  }
  return marks;
}
