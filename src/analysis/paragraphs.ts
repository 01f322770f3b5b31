// From the reader's blocks to the analysis' paragraphs: plain text with a bold mask and a map
// back to the source, page furniture dropped, and lines that one paragraph was broken into
// (at a page edge, a page break, a copy from a web page) joined again.
import type { Align, Block, DocModel, Paragraph, SourcePos, Table } from '../model.js';
import { isCjk, SENTENCE_END, trimAll } from './text.js';
import { markerAt, type Marker } from './outline.js';
import { labelAtStart } from './roles.js';

export interface Para {
  kind: 'para';
  text: string;
  /** 1 where the character is bold. */
  bold: Uint8Array;
  /** Offsets in `text` where a source line starts, with its position (first one at 0). */
  segments: { offset: number; source: SourcePos }[];
  source: SourcePos;
  indented?: boolean;
  align?: Align;
  /** A marker from automatic numbering (Word), part of `text` but not typed. */
  autoMarker?: string;
}

export interface TableItem {
  kind: 'table';
  table: Table;
  source: SourcePos;
}

export type Item = Para | TableItem;

/** Noise that tools leave in text: Word bookmarks exported as text, zero-width characters. */
export const NOISE = /\[bookmark:[^\]]*\]|[\u200b-\u200d\ufeff]/g;

/** One item per non-empty paragraph and per table, in document order. */
export function flattenBlocks(model: DocModel): Item[] {
  const items: Item[] = [];
  const visit = (b: Block) => {
    if (b.kind === 'table') { items.push({ kind: 'table', table: b, source: b.source }); return; }
    const marker = b.numbering ?? '';
    const runs = b.runs.map((r) => r.text.replace(NOISE, ''));
    const text = marker + runs.join('');
    const trimmed = trimAll(text);
    if (!trimmed) return;
    const lead = text.length - text.trimStart().length;
    items.push({
      kind: 'para', text: trimmed, bold: boldMask(b.runs, runs, marker.length).slice(lead, lead + trimmed.length),
      segments: [{ offset: 0, source: b.source }], source: b.source,
      indented: b.indented || lead > 0 || undefined, align: b.align, autoMarker: marker || undefined,
    });
  };
  model.blocks.forEach(visit);
  return items;
}

/**
 * 1 per UTF-16 unit of the bold runs, as the readers of `Para.bold` index it (`text[i]`, slices):
 * an astral character (𠀋 in a place name, an emoji) takes two entries, so nothing after it shifts.
 */
function boldMask(runs: Paragraph['runs'], texts: string[], from: number): Uint8Array {
  const mask = new Uint8Array(from + texts.reduce((n, t) => n + t.length, 0));
  let at = from;
  texts.forEach((t, k) => {
    if (runs[k].bold) mask.fill(1, at, at + t.length);
    at += t.length;
  });
  return mask;
}

/**
 * Page numbers as printed: `- 3 -`, `— 3 —`, `－3－`, `第3页`, `第 3 页 共 12 页`, `3/12`. Text formats
 * carry them in the flow (a .txt saved from a PDF); the PDF reader already drops them by position.
 */
const PAGE_NUMBER = /^(?:[-—–－~～]\s*\d{1,4}\s*[-—–－~～]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－]?\s*\d{1,3}\s*[-—–－]?)$/;

export function isPageFurniture(text: string): boolean {
  return PAGE_NUMBER.test(text.replace(/\s+/g, ' ').trim());
}

export function dropFurniture(items: Item[]): Item[] {
  return items.filter((it) => it.kind !== 'para' || !isPageFurniture(it.text));
}

/** Where in the source a character of a paragraph stands. */
export function sourceAt(p: Para, offset: number): SourcePos {
  let s = p.segments[0].source;
  for (const seg of p.segments) { if (seg.offset <= offset) s = seg.source; else break; }
  return s;
}

/** A short heading line of level 1 or 2 (`一、指导思想`) stands alone; body text does not run into it. */
function isStandaloneHeading(text: string): boolean {
  // Both forms below are at most 40 characters: a longer (growing) paragraph is never rescanned.
  if (text.length > 40) return false;
  const m = markerAt(text, 0);
  if (!m) return false;
  // `一、指导思想`, `（一）加强组织领导`: short headings of the upper levels stand alone;
  // `1.工作目标` too when it is very short and has no punctuation at all (a broken item line
  // rarely stops that early).
  // A line where the next item starts too (`六、…力度 (二十一)持续改进工`) runs on like body text.
  if (/[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]/.test(text.slice(m.end))) return false;
  return (m.level <= 2 && !/[。；]/.test(text)) || (text.length <= 20 && !/[，。；,;：:]/.test(text));
}

/**
 * Characters of a paragraph's start kept while it grows: more than any label (roles.ts labels are
 * a few words) and than a standalone heading (40).
 */
const HEAD = 64;

/**
 * A paragraph being joined from lines, with what continues() reads of it kept up to date at each
 * join (its start, its last character, its open brackets), so a long paragraph is never copied
 * or rescanned: the lines are joined once, at the end.
 */
interface Growing {
  lines: Para[];
  /** What stands between line k and k + 1 (a space between Latin words, else nothing). */
  seps: string[];
  /** The first HEAD characters of the text; all of it while it is no longer. */
  head: string;
  length: number;
  last: string | undefined;
  depth: number;
}

function startGrowing(p: Para): Growing {
  return { lines: [p], seps: [], head: p.text.slice(0, HEAD), length: p.text.length, last: p.text[p.text.length - 1], depth: openBracketDepth(p.text, 0) };
}

/** The whole text while it is short enough to be kept whole, else null. */
const shortText = (g: Growing): string | null => (g.length <= HEAD ? g.head : null);

/**
 * Should `b` continue paragraph `a`? Yes when `a` stops mid-sentence (inside an open bracket,
 * or without sentence-final punctuation) and `b` neither starts a numbered item nor is indented.
 * `b` starting with a responsibility clause is left alone: the task stage attaches it.
 */
export function continues(a: Para, b: Para, lastLevel1 = 0): boolean {
  return continuesGrowing(startGrowing(a), b, lastLevel1);
}

function continuesGrowing(a: Growing, b: Para, lastLevel1: number): boolean {
  const marker = markerAt(b.text, 0);
  if (marker) return wrappedBeforeNumeral(a, marker, lastLevel1);
  // A labelled run (`责任单位：…`) ends with its line unless it stops at a list separator;
  // a line that starts with a label is a clause of its own.
  if (labelAtStart(b.text)) return false;
  if (labelAtStart(a.head) && !(a.last !== undefined && '、，,；;：:'.includes(a.last))) return false;
  if (a.depth > 0) return true; // a clause broken over lines
  if (isStandaloneHeading(shortText(a) ?? '')) return false;
  const last = a.last;
  if (SENTENCE_END.includes(last as string) || /[）)」』”"〕】]/.test(last as string)) return false;
  const first = a.lines[0];
  if (first.align === 'center' || b.align === 'center' || first.align === 'right' || b.align === 'right') return false;
  if (b.indented) return false;
  return true;
}

/** Brackets still open after `text`, when `depth` were open before it. */
function openBracketDepth(text: string, depth: number): number {
  let d = depth;
  for (const c of text) {
    if (c === '（' || c === '(') d++;
    else if ((c === '）' || c === ')') && d > 0) d--;
  }
  return d;
}

/**
 * A line broken inside a word that ends in a numeral (`构建集中统` / `一、全面覆盖…`) looks like a new
 * level-1 heading. It is a wrap when the paragraph before stops mid-sentence and the number is out of
 * sequence (`一、` long after `二、`), so no real heading is ever swallowed.
 */
function wrappedBeforeNumeral(a: Growing, marker: Marker, lastLevel1: number): boolean {
  if (marker.level !== 1 || lastLevel1 === 0 || marker.number === lastLevel1 + 1) return false;
  if (a.length < 20 || !isCjk(a.last as string) || isStandaloneHeading(shortText(a) ?? '')) return false;
  return true;
}

/** Join continuation lines into their paragraph. Tables and `keep` items are never joined. */
export function joinParagraphs(items: Item[], keep: Set<Item> = new Set()): Item[] {
  const out: Item[] = [];
  let open: Growing | null = null;
  let lastLevel1 = 0;
  for (const it of items) {
    if (it.kind === 'para' && open && !keep.has(it) && !keep.has(open.lines[0]) && continuesGrowing(open, it, lastLevel1)) {
      grow(open, it);
      continue;
    }
    if (open) out.push(joinLines(open));
    open = null;
    if (it.kind === 'para') open = startGrowing(it);
    else out.push(it);
    const m = it.kind === 'para' ? markerAt(it.text, 0) : null;
    if (m?.level === 1) lastLevel1 = m.number;
  }
  if (open) out.push(joinLines(open));
  return out;
}

function grow(a: Growing, b: Para): void {
  // Latin words and numbers broken over lines keep a space; CJK text joins without one.
  const sep = /[A-Za-z0-9]/.test(a.last ?? '') && /^[A-Za-z0-9]/.test(b.text) ? ' ' : '';
  a.lines.push(b);
  a.seps.push(sep);
  if (a.head.length < HEAD) a.head = (a.head + sep + b.text.slice(0, HEAD)).slice(0, HEAD);
  a.length += sep.length + b.text.length;
  if (b.text.length > 0) a.last = b.text[b.text.length - 1];
  else if (sep) a.last = sep;
  a.depth = openBracketDepth(b.text, a.depth);
}

/** The paragraph the lines make: one copy of the text, the bold mask and the segments. */
function joinLines(g: Growing): Para {
  const first = g.lines[0];
  if (g.lines.length === 1) return first;
  const text = first.text + g.lines.slice(1).map((p, k) => g.seps[k] + p.text).join('');
  const bold = new Uint8Array(text.length);
  const segments: Para['segments'] = [];
  let offset = 0;
  for (const [k, p] of g.lines.entries()) {
    if (k > 0) offset += g.seps[k - 1].length;
    bold.set(p.bold, offset);
    for (const s of p.segments) segments.push({ offset: s.offset + offset, source: s.source });
    offset += p.text.length;
  }
  return { ...first, text, bold, segments };
}

/** A slice of a paragraph as a paragraph of its own (used when two headings share a line). */
export function slicePara(p: Para, start: number, end = p.text.length): Para {
  const lead = p.text.slice(start, end).length - p.text.slice(start, end).replace(/^[\s\u3000]+/, '').length;
  const s = start + lead;
  const text = trimAll(p.text.slice(s, end));
  return {
    ...p,
    text,
    bold: p.bold.slice(s, s + text.length),
    segments: p.segments
      .filter((g, i) => i === 0 || (g.offset > s && g.offset < s + text.length))
      .map((g, i) => (i === 0 ? { offset: 0, source: sourceAt(p, s) } : { offset: g.offset - s, source: g.source })),
    source: sourceAt(p, s),
    autoMarker: s === 0 ? p.autoMarker : undefined,
  };
}
