// Positioned text for the PDF reader: glyph items → lines → runs, with CJK-aware joining.
// Pure functions over plain data (no pdf.js here), so they can be tested and reused by the table code.
import type { Run } from '../model.js';

/** One text item from pdf.js, in page coordinates with the origin at the top left (y grows downwards). */
export interface PdfItem {
  text: string;
  /** Left and right ends of the item. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (height of the text matrix). */
  fs: number;
  /** Font family name, when pdf.js loaded the font. */
  font?: string;
  bold: boolean;
  /** Visual line number on the page (1-based), over all the page's text. */
  lineNo: number;
}

export interface PdfLine {
  items: PdfItem[];
  text: string;
  runs: Run[];
  /** Left end of the first and right end of the last non-blank item. */
  x0: number;
  x1: number;
  y: number;
  fs: number;
  lineNo: number;
}

/** Chinese/Japanese characters and full-width punctuation: no space is ever wanted next to these. */
export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, punctuation, kana, unified ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2010 && c <= 0x206f) || // — “ ” ‘ ’ … (Chinese text uses them as full-width)
    (c >= 0x20000 && c <= 0x3ffff)
  );
}

const isAlnum = (ch: string | undefined) => !!ch && /[A-Za-z0-9]/.test(ch);

/** Collapse whitespace inside one item's string: none next to a wide character, one space between Latin words. */
export function normalizeInner(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .replace(/ (?=[^ ])/g, (m, off: number, all: string) => (isWide(all[off - 1]) || isWide(all[off + 1]) ? '' : m));
}

/** Whether two pieces of text need a space between them when they meet. */
export function needsSpace(left: string, right: string, hadSpace: boolean): boolean {
  const a = left[left.length - 1];
  const b = right[0];
  if (!a || !b || a === ' ' || b === ' ') return false;
  if (isWide(a) || isWide(b)) return false;
  return hadSpace;
}

/**
 * Group items into visual lines by baseline (items must come from one region: a page body or one cell).
 * `inCell`: the items are one table cell's (see buildLine).
 */
export function groupLines(items: PdfItem[], inCell = false): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  let curY = NaN;
  let curFs = 0;
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - curY) <= 0.4 * Math.min(curFs, it.fs)) {
      cur.push(it);
      continue;
    }
    if (cur.length) groups.push(cur);
    cur = [it];
    curY = it.y;
    curFs = it.fs;
  }
  if (cur.length) groups.push(cur);
  const lines: PdfLine[] = [];
  for (const g of groups) {
    const line = buildLine(g, inCell);
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Join the items of one line: sort by x, no space at CJK boundaries, one space between Latin words set apart.
 * In a table cell (`inCell`) a gap of half a character or more is a space even between CJK runs: a cell may
 * list names on one line (`区经济发展局 区行政审批局`), and the stage reading the list needs the separator;
 * in running text such gaps are justification and pdf.js's guessed spaces, and are dropped.
 */
export function buildLine(group: PdfItem[], inCell = false): PdfLine | null {
  const items = [...group].sort((a, b) => a.x0 - b.x0);
  const runs: Run[] = [];
  let text = '';
  let hadSpace = false;
  let prev: PdfItem | null = null;
  const solid: PdfItem[] = [];
  for (const it of items) {
    const raw = it.text;
    if (!raw) continue;
    if (!raw.trim() || /^[\s\u00a0\u3000]+$/.test(raw)) {
      hadSpace = true;
      continue;
    }
    let s = normalizeInner(raw);
    if (s.startsWith(' ')) hadSpace = true;
    const trailing = s.endsWith(' ');
    s = s.trim();
    if (!s) continue;
    if (prev) {
      const gap = it.x0 - prev.x1;
      const wide = gap > 0.25 * Math.min(prev.fs, it.fs);
      const apart = inCell && gap >= 0.5 * Math.min(prev.fs, it.fs);
      if (needsSpace(text, s, hadSpace || wide) || apart) {
        text += ' ';
        runs[runs.length - 1].text += ' ';
      }
    }
    text += s;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === it.bold && last.font === it.font) last.text += s;
    else runs.push(makeRun(s, it));
    hadSpace = trailing;
    prev = it;
    solid.push(it);
  }
  if (!solid.length) return null;
  const fsCount = new Map<number, number>();
  for (const it of solid) fsCount.set(round1(it.fs), (fsCount.get(round1(it.fs)) ?? 0) + it.text.length);
  const fs = [...fsCount.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const ys = solid.filter((it) => round1(it.fs) === fs).map((it) => it.y);
  return {
    items: solid,
    text,
    runs,
    x0: solid[0].x0,
    x1: Math.max(...solid.map((it) => it.x1)),
    y: median(ys),
    fs,
    lineNo: Math.min(...solid.map((it) => it.lineNo)),
  };
}

function makeRun(text: string, it: PdfItem): Run {
  const r: Run = { text };
  if (it.bold) r.bold = true;
  if (it.font) r.font = it.font;
  return r;
}

/** Append runs to runs, joining the text at the seam like line joining does (no space next to CJK). */
export function appendRuns(target: Run[], more: Run[], hadSpace: boolean): void {
  if (!more.length) return;
  const left = target.map((r) => r.text).join('');
  const right = more.map((r) => r.text).join('');
  const space = left && needsSpace(left, right, hadSpace);
  const copy = more.map((r) => ({ ...r }));
  if (space) target[target.length - 1].text += ' ';
  const last = target[target.length - 1];
  if (last && !!last.bold === !!copy[0].bold && last.font === copy[0].font) {
    last.text += copy[0].text;
    copy.shift();
  }
  target.push(...copy);
}

/**
 * The runs of consecutive lines joined into one text, as appendRuns joins them line by line (a space only where
 * Latin words meet), in time linear in the text: a paragraph may run over hundreds of lines, and growing one
 * string while looking at its end each time is quadratic. `seams`, when given, receives the offsets in the joined
 * text where two lines met with nothing put between them.
 */
export function joinLineRuns(lines: { text: string; runs: Run[] }[], seams?: number[]): Run[] {
  const out: Run[] = [];
  const parts: string[][] = [];
  let tail = ''; // last character so far
  let prev = ''; // the previous line's text
  let length = 0; // of the text so far
  for (const l of lines) {
    if (tail && l.runs.length) {
      if (needsSpace(tail, l.runs.map((r) => r.text).join(''), lineSeamSpace(prev, l.text))) {
        parts[parts.length - 1].push(' ');
        tail = ' ';
        length++;
      } else if (tail !== ' ' && l.runs.some((r) => r.text)) seams?.push(length);
    }
    l.runs.forEach((r, k) => {
      const last = out[out.length - 1];
      if (k === 0 && last && tail && !!last.bold === !!r.bold && last.font === r.font) parts[parts.length - 1].push(r.text);
      else {
        out.push({ ...r });
        parts.push([r.text]);
      }
      tail = r.text.slice(-1) || tail;
      length += r.text.length;
    });
    if (l.text) prev = l.text;
  }
  out.forEach((r, i) => (r.text = parts[i].join('')));
  return out;
}

/** Should two lines of running text be joined with a space (Latin word wrapped at the line end)? */
export function lineSeamSpace(left: string, right: string): boolean {
  const a = left[left.length - 1];
  const b = right[0];
  return isAlnum(a) && isAlnum(b) && /[A-Za-z]/.test(a + b) && !/[-/]$/.test(left);
}

export const round1 = (v: number) => Math.round(v * 2) / 2;

export function median(vs: number[]): number {
  if (!vs.length) return 0;
  const s = [...vs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Most common value after rounding to `step` (ties: the smaller). */
export function mode(vs: number[], step = 1): number | undefined {
  const m = new Map<number, number>();
  for (const v of vs) {
    const k = Math.round(v / step) * step;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestN = 0;
  for (const [k, n] of m) if (n > bestN || (n === bestN && best !== undefined && k < best)) [best, bestN] = [k, n];
  return best;
}
