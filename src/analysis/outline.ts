// The outline: 一、 / （一） / 1. 1、 1． / （1）, full- or half-width, numerals up to 九十九.
import type { Diagnostic, SourcePos } from '../model.js';
import { formatChineseNumeral, parseChineseNumeral } from './numerals.js';
import type { Item, Para } from './paragraphs.js';
import { slicePara } from './paragraphs.js';
import { tidySpaces } from './text.js';
import { diagnostic } from '../i18n/diagnostics.js';

export interface Marker {
  level: 1 | 2 | 3 | 4;
  /** The marker as written, e.g. "（一）", "(1)", "12." */
  text: string;
  number: number;
  /** Offset just after the marker and any spaces after it. */
  end: number;
  /** A level-3 marker directly followed by a digit (`26.2022年底前`) may be a decimal number. */
  beforeDigit?: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { level: Marker['level']; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${CN})\\s*[、．.]`) },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]`) },
  { level: 3, re: /^(\d{1,2})\s*[.．、](?![.．、])/ },
  { level: 4, re: /^[（(]\s*(\d{1,2})\s*[)）]/ },
];

/** The outline marker standing at `pos` (after spaces and `*`), if any. */
export function markerAt(text: string, pos: number): Marker | null {
  const lead = /^[\s\u3000*]*/.exec(text.slice(pos))![0].length;
  const rest = text.slice(pos + lead);
  for (const { level, re } of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const number = parseChineseNumeral(m[1]);
    if (!Number.isFinite(number) || number < 1 || number > 99) continue;
    const spaces = /^[\s\u3000]*/.exec(rest.slice(m[0].length))![0].length;
    const after = rest[m[0].length + spaces];
    // `一、` must introduce text, not stand for a list of words (`一、二、三等奖`).
    if (level === 1 && after !== undefined && /[一二三四五六七八九十]/.test(after) && rest[m[0].length + spaces + 1] === '、') continue;
    return { level, text: m[0], number, end: pos + lead + m[0].length + spaces, beforeDigit: level === 3 && /\d/.test(after ?? '') };
  }
  return null;
}

export interface Heading {
  id: string;
  level: number;
  marker: string;
  number: number;
  title: string;
  parentId: string | null;
  source: SourcePos;
  /** True when the marker came from automatic numbering rather than typed text. */
  autoNumbered?: boolean;
}

/** Title of a heading paragraph: the text after the marker up to the first 。 (or all of it). */
export function headingTitle(text: string, markerEnd: number): string {
  const rest = text.slice(markerEnd).replace(/\*/g, '');
  const stop = rest.indexOf('。');
  return tidySpaces(stop >= 0 ? rest.slice(0, stop) : rest).replace(/[：:；;，,]$/, '');
}

/**
 * A level-1 heading and its first （一） item often share a line in text copied from the web:
 * `一、聚焦重点领域,提升政务公开质量 (一)标准财政资金领域信息公开。…`. Split such lines so both
 * become headings; the level-1 title then ends at the inner marker.
 */
export function splitSharedHeadings(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    if (it.kind !== 'para') { out.push(it); continue; }
    const m = markerAt(it.text, 0);
    if (m?.level === 1) {
      const stop = it.text.indexOf('。');
      const limit = stop < 0 ? it.text.length : stop;
      const re = new RegExp(`[（(]\\s*${CN}\\s*[)）]`, 'g');
      re.lastIndex = m.end;
      const inner = re.exec(it.text);
      if (inner && inner.index < limit && inner.index > m.end && markerAt(it.text, inner.index)?.level === 2) {
        out.push(slicePara(it, 0, inner.index), slicePara(it, inner.index));
        continue;
      }
    }
    out.push(it);
  }
  return out;
}

export interface OutlineResult {
  headings: Heading[];
  /** Heading opened by each paragraph (same index as the input items), if any. */
  headingAt: Map<Para, { heading: Heading; marker: Marker }>;
  diagnostics: Diagnostic[];
}

const displayMarker = (level: number, n: number): string =>
  level === 1 ? `${formatChineseNumeral(n)}、` : level === 2 ? `（${formatChineseNumeral(n)}）` : level === 3 ? `${n}.` : `（${n}）`;

/** Find the headings among body paragraphs, link each to its parent, and check the numbering. */
export function buildOutline(items: Item[]): OutlineResult {
  const headings: Heading[] = [];
  const headingAt = new Map<Para, { heading: Heading; marker: Marker }>();
  const diagnostics: Diagnostic[] = [];
  const stack: Heading[] = [];
  const lastAtLevel = new Map<number, Heading>();
  // The last heading of each level under each parent: a map, not a search back through all
  // headings for each one (32,000 headings cost 32,000² steps that way).
  const lastUnder = new Map<string, Heading>();
  const underKey = (level: number, parentId: string | null) => `${level}\u0000${parentId ?? ''}`;

  for (const it of items) {
    if (it.kind !== 'para') continue;
    const m = markerAt(it.text, 0);
    if (!m) continue;
    const prevSame = lastAtLevel.get(m.level);
    // `26.2022年底前…` is item 26 when 26 is the next number; `3.5亿元…` is not an item.
    if (m.beforeDigit && !(m.number === 1 || (prevSame && m.number === prevSame.number + 1))) continue;
    while (stack.length && stack[stack.length - 1].level >= m.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const h: Heading = {
      id: `h${headings.length + 1}`,
      level: m.level,
      marker: m.text.replace(/\s+/g, ''),
      number: m.number,
      title: headingTitle(it.text, m.end),
      parentId: parent?.id ?? null,
      source: it.source,
      ...(it.autoMarker ? { autoNumbered: true } : {}),
    };
    // Numbering: 1 restarts; otherwise the number follows the previous one at this level
    // under the same parent, or (numbering continued through the text) anywhere before.
    const prevUnderParent = lastUnder.get(underKey(m.level, h.parentId));
    const expected = prevUnderParent ? prevUnderParent.number + 1 : prevSame ? prevSame.number + 1 : 1;
    if (m.number !== 1 && m.number !== expected && m.number > expected) {
      const missing = Array.from({ length: m.number - expected }, (_, k) => displayMarker(m.level, expected + k));
      const previous = prevUnderParent?.marker ?? prevSame?.marker;
      const params = { missing: missing.join(' '), marker: h.marker, ...(previous ? { previous } : {}) };
      diagnostics.push(diagnostic(previous ? 'numbering-gap' : 'numbering-gap.start', 'warning', params, it.source));
    } else if (m.number !== 1 && m.number < expected) {
      diagnostics.push(diagnostic('numbering-repeat', 'warning', { marker: h.marker, previous: String(prevUnderParent?.marker ?? prevSame?.marker) }, it.source));
    }
    headings.push(h);
    lastUnder.set(underKey(h.level, h.parentId), h);
    headingAt.set(it, { heading: h, marker: m });
    stack.push(h);
    lastAtLevel.set(m.level, h);
    // A deeper level restarts under a new parent only in its own numbering; keep lastAtLevel for continuity.
  }
  return { headings, headingAt, diagnostics };
}
