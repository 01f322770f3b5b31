// Page layout for the PDF reader: page furniture (page numbers, running headers/footers), body margins,
// and paragraphs rebuilt from lines (公文 conventions: two-character first-line indent, outline markers).
import type { Align, Paragraph, Run } from '../model.js';
import { markerAt } from '../analysis/outline.js';
import { formatChineseNumeral } from '../analysis/numerals.js';
import { joinLineRuns, mode, type PdfLine } from './pdf-text.js';

export interface PageInfo {
  page: number;
  width: number;
  height: number;
}

/** Page-number lines: "- 3 -", "— 3 —", "－3－", "第3页", "第 3 页 共 12 页", "3/12", "Page 3 of 12". */
const PAGE_NO_ANYWHERE = [
  /^[-－—–―~～‒]+\d{1,4}[-－—–―~～‒]+$/,
  /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/,
  /^共\d{1,4}页第\d{1,4}页$/,
];
/** Only in the top or bottom margin: a bare number or "3/12" could be body text elsewhere. */
const PAGE_NO_MARGIN = [/^\d{1,4}$/, /^\d{1,4}[/／]\d{1,4}$/, /^(?:page)?\d{1,4}(?:of\d{1,4})?$/i, /^[-－—–―]?\d{1,4}[-－—–―]?$/];

export function isPageNumber(text: string, inMargin: boolean): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (PAGE_NO_ANYWHERE.some((re) => re.test(t))) return true;
  return inMargin && PAGE_NO_MARGIN.some((re) => re.test(t));
}

/**
 * Remove page furniture from each page's body lines (tables already taken out): page numbers, and lines
 * repeated at the same place near the top or bottom of most pages (running headers and footers).
 */
export function removeFurniture(pages: { info: PageInfo; lines: PdfLine[] }[]): number {
  let removed = 0;
  const zone = (l: PdfLine, info: PageInfo) => l.y < info.height * 0.14 || l.y > info.height * 0.86;
  // Running headers/footers: same text (digits masked) at about the same height on ≥ 60% of ≥ 3 pages.
  const counts = new Map<string, Set<number>>();
  const keyOf = (l: PdfLine) => `${Math.round(l.y / 6)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  for (const p of pages)
    for (const l of p.lines)
      if (zone(l, p.info)) {
        const k = keyOf(l);
        if (!counts.has(k)) counts.set(k, new Set());
        counts.get(k)!.add(p.info.page);
      }
  const withText = pages.filter((p) => p.lines.length > 0).length;
  const repeated = new Set([...counts].filter(([, s]) => s.size >= 3 && s.size >= withText * 0.6).map(([k]) => k));
  for (const p of pages) {
    const before = p.lines.length;
    p.lines = p.lines.filter((l) => {
      const inZone = zone(l, p.info);
      if (isPageNumber(l.text, inZone)) return false;
      if (inZone && repeated.has(keyOf(l))) return false;
      return true;
    });
    removed += before - p.lines.length;
  }
  return removed;
}

/** Body text geometry for one page size (portrait and landscape sections differ). */
export interface Geometry {
  left: number;
  right: number;
  /** Body font size and the usual baseline distance for it. */
  fs: number;
  pitch: number;
}

export function estimateGeometry(
  pages: { info: PageInfo; lines: PdfLine[]; grids?: { bbox: { x0: number; x1: number } }[] }[],
): (info: PageInfo) => Geometry {
  const all = pages.flatMap((p) => p.lines);
  const bodyFs = weightedFs(all) ?? 12;
  const deltas: number[] = [];
  for (const p of pages)
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1];
      const b = p.lines[i];
      if (Math.abs(a.fs - bodyFs) < 0.6 && Math.abs(b.fs - bodyFs) < 0.6) deltas.push(b.y - a.y);
    }
  const pitch = linePitch(deltas.filter((d) => d > bodyFs * 0.9 && d < bodyFs * 3)) ?? bodyFs * 1.5;
  const bySize = new Map<string, Geometry>();
  const sizeKey = (i: PageInfo) => `${Math.round(i.width)}x${Math.round(i.height)}`;
  const groups = new Map<string, PdfLine[]>();
  const infos = new Map<string, PageInfo>();
  const tableX = new Map<string, { x0: number; x1: number }>();
  for (const p of pages) {
    const k = sizeKey(p.info);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(...p.lines);
    infos.set(k, p.info);
    for (const g of p.grids ?? []) {
      const t = tableX.get(k);
      tableX.set(k, t ? { x0: Math.min(t.x0, g.bbox.x0), x1: Math.max(t.x1, g.bbox.x1) } : { ...g.bbox });
    }
  }
  for (const [k, lines] of groups) {
    const info = infos.get(k)!;
    // Left margin: where body-size lines start furthest left (continuation lines of indented paragraphs).
    const body = lines.filter((l) => Math.abs(l.fs - bodyFs) <= 1);
    const x0s = (body.length ? body : lines).map((l) => Math.round(l.x0));
    const counts = new Map<number, number>();
    for (const x of x0s) counts.set(x, (counts.get(x) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
    let left = x0s.length >= 20 && repeated.length ? Math.min(...repeated) : x0s.length ? Math.min(...x0s) : info.width * 0.12;
    // Few body lines (a title over a table): the tables show where the text block starts.
    const t = tableX.get(k);
    if (t && x0s.length < 20 && t.x0 < left && t.x0 > 0) left = t.x0;
    // Right margin: where full lines end; with few lines, assume margins as wide as the left one.
    const long = lines.filter((l) => l.text.length >= 6).map((l) => l.x1).sort((a, b) => a - b);
    const est = long.length ? long[Math.floor(long.length * 0.9)] : 0;
    let right = long.length >= 20 ? est : Math.max(est, info.width - left);
    if (t && long.length < 20 && t.x1 < info.width) right = Math.max(est, t.x1);
    bySize.set(k, { left, right, fs: bodyFs, pitch });
  }
  return (info) => bySize.get(sizeKey(info)) ?? { left: info.width * 0.12, right: info.width * 0.88, fs: bodyFs, pitch };
}

/**
 * The baseline distance inside a paragraph. Usually the most common distance between body lines; but a
 * document with space between its paragraphs (Word's "spacing after", LibreOffice's HTML import) has two
 * common distances, and when paragraphs are short the larger one (between paragraphs) can be the more common.
 * So: the smallest distance that is itself common (at least 3 times and a quarter as often as the mode).
 */
export function linePitch(deltas: number[]): number | undefined {
  const m = new Map<number, number>();
  for (const v of deltas) {
    const k = Math.round(v / 0.5) * 0.5;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const top = mode(deltas, 0.5);
  if (top === undefined) return undefined;
  const need = Math.max(3, (m.get(top) ?? 0) * 0.25);
  // Neighbouring half-points count together (a pitch of 23.0 often comes out as 22.9 / 23.1).
  const near = (k: number) => (m.get(k - 0.5) ?? 0) + (m.get(k) ?? 0) + (m.get(k + 0.5) ?? 0);
  const small = [...m.keys()].filter((k) => k < top * 0.85 && near(k) >= need && (m.get(k) ?? 0) >= (m.get(k - 0.5) ?? 0) && (m.get(k) ?? 0) >= (m.get(k + 0.5) ?? 0));
  return small.length ? Math.min(...small) : top;
}

function weightedFs(lines: PdfLine[]): number | undefined {
  const m = new Map<number, number>();
  for (const l of lines) m.set(l.fs, (m.get(l.fs) ?? 0) + l.text.length);
  let best: number | undefined;
  let n = 0;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best;
}

/** Outline markers that open a new paragraph: 一、 （一） (一) 1. 1． 1、 （1） (1) 第一章. */
export const OUTLINE_MARKER =
  /^(?:[一二三四五六七八九十百零〇]{1,3}[、.．]|[（(][一二三四五六七八九十百零〇]{1,3}[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|第[一二三四五六七八九十百零〇\d]{1,4}[章节条部])/;

const TERMINAL = /[。；;：:！!？?）)】」』”"]$/;

export interface ParaDraft {
  lines: PdfLine[];
  page: number;
  centered: boolean;
  indented: boolean;
  /** A short line set against the right margin (signature, date). */
  right?: boolean;
}

const isCentered = (l: PdfLine, g: Geometry) =>
  Math.abs((l.x0 + l.x1) / 2 - (g.left + g.right) / 2) <= Math.max(l.fs, 8) && l.x0 > g.left + 1.5 * l.fs && l.x1 < g.right - l.fs;
const isIndented = (l: PdfLine, g: Geometry) => l.x0 > g.left + 0.8 * l.fs;
const reachesRight = (l: PdfLine, g: Geometry) => l.x1 >= g.right - 1.6 * l.fs;
/** Starts far from the left margin: further in than a first-line indent (right-aligned, centred, set-in lines). */
const startsFar = (l: PdfLine, g: Geometry) => l.x0 > g.left + 3.5 * l.fs;
/** A short line against the right margin, starting past the middle of the measure: 落款 and 成文日期. */
const isRightAligned = (l: PdfLine, g: Geometry) =>
  !isCentered(l, g) && reachesRight(l, g) && l.x0 > g.left + (g.right - g.left) * 0.35;

/** Split one run of consecutive lines (one page, no table between) into paragraphs. */
export function paragraphsOf(lines: PdfLine[], page: number, g: Geometry): ParaDraft[] {
  const out: ParaDraft[] = [];
  let cur: ParaDraft | null = null;
  for (const l of lines) {
    if (cur && continues(cur.lines, l, g)) {
      cur.lines.push(l);
      continue;
    }
    const centered = isCentered(l, g);
    const right = isRightAligned(l, g);
    cur = { lines: [l], page, centered, indented: isIndented(l, g) && !centered && !right };
    if (right) cur.right = true;
    out.push(cur);
  }
  return out;
}

function continues(before: PdfLine[], c: PdfLine, g: Geometry): boolean {
  const p = before[before.length - 1];
  if (Math.abs(p.fs - c.fs) > 1) return false;
  const pitch = g.pitch * (c.fs / g.fs);
  if (c.y - p.y > pitch * 1.4 || c.y - p.y < 0) return false;
  if (OUTLINE_MARKER.test(c.text) && !inlineListGoesOn(before, c.text)) return false;
  // A centred title wrapped over two lines: the first line fills the measure, the next one is centred.
  if (p.x0 <= g.left + c.fs && isCentered(c, g) && p.x1 - p.x0 > (g.right - g.left) * 0.6) return true;
  if (!reachesRight(p, g)) return false;
  // A line that starts far in (a right-aligned signature or date, a centred line) is a paragraph of its own:
  // whatever follows it, flush or not, is not its continuation.
  if (startsFar(p, g)) return false;
  const flush = c.x0 <= g.left + 0.5 * c.fs;
  // A block set in from the margin (版记 抄送): its second line starts where its first did.
  const sameBlock = Math.abs(c.x0 - p.x0) <= 0.3 * c.fs && p.x0 <= g.left + 1.2 * c.fs;
  return flush || sameBlock;
}

/**
 * A line opening with a marker whose predecessor stands inside the paragraph above, not at its start
 * (`其中：（1）公益类企业…；` then a line `（2）商业二类企业…`), is an inline enumeration wrapped at the line
 * end, not a new item. Only the paragraph's last lines are searched: the check stays linear on any file.
 */
function inlineListGoesOn(before: PdfLine[], line: string): boolean {
  const m = markerAt(line, 0);
  if (!m || m.number < 2) return false;
  let text = '';
  let k = before.length - 1;
  for (; k >= 0 && text.length < 2000; k--) text = before[k].text + text;
  const n = m.number - 1;
  const cn = formatChineseNumeral(n);
  const previous = [
    new RegExp(`${cn}[、．.]`),
    new RegExp(`[（(]${cn}[）)]`),
    new RegExp(`(?<![\\d.．])${n}[.．、](?!\\d)`),
    new RegExp(`[（(]${n}[）)]`),
  ][m.level - 1];
  const at = previous.exec(text)?.index ?? -1;
  return at > 0 || (at === 0 && k >= 0); // at 0 of the searched lines but not of the paragraph
}

/**
 * Should the last paragraph of a page continue into the first paragraph of the next page? Only when the last
 * line runs to the right margin and the next page starts flush left (not indented, no outline marker), on a
 * page of the same size. A last line ending in 。；：！？ or a closing bracket ends the paragraph, unless the
 * document indents its paragraphs (`indentedDoc`): then a flush first line cannot open a new one.
 */
export function continuesOverPage(
  prev: ParaDraft,
  next: ParaDraft,
  gPrev: Geometry,
  gNext: Geometry,
  sameSize: boolean,
  indentedDoc: boolean,
): boolean {
  const p = prev.lines[prev.lines.length - 1];
  const c = next.lines[0];
  if (!sameSize || Math.abs(p.fs - c.fs) > 1 || prev.centered || next.centered || prev.right || next.right) return false;
  if (startsFar(p, gPrev)) return false;
  if (OUTLINE_MARKER.test(c.text)) return false;
  if (c.x0 > gNext.left + 0.5 * c.fs) return false;
  if (!reachesRight(p, gPrev)) return false;
  return indentedDoc || !TERMINAL.test(p.text);
}

/** True when most paragraphs of several lines start with an indented first line (公文 body text). */
export function indentsParagraphs(drafts: ParaDraft[]): boolean {
  const multi = drafts.filter((d) => d.lines.length > 1 && !d.centered);
  return multi.length >= 3 && multi.filter((d) => d.indented).length >= multi.length * 0.6;
}

/** Turn a draft into a model paragraph: lines joined (no space between CJK), runs merged. */
export function toParagraph(d: ParaDraft): Paragraph {
  const runs: Run[] = joinLineRuns(d.lines);
  const p: Paragraph = { kind: 'paragraph', runs, source: { page: d.page, line: d.lines[0].lineNo } };
  const align: Align | undefined = d.centered ? 'center' : d.right ? 'right' : undefined;
  if (align) p.align = align;
  if (d.indented) p.indented = true;
  return p;
}
