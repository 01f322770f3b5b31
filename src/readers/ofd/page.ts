// One OFD page (GB/T 33190) → positioned text items and ruling segments for the shared fixed-layout code.
// A graphic unit's own coordinates are mapped by its CTM into its Boundary, whose origin is on the page:
// page point = Boundary origin + CTM · point. A TextCode places its first glyph at X, Y (the baseline) and each
// next one DeltaX/DeltaY further. Lengths are millimetres; the items leave here in points, like a PDF's, so the
// shared thresholds (rule thickness, table size) mean the same thing for both formats.
import type { PdfItem } from '../pdf-text.js';
import { isWide } from '../pdf-text.js';
import { BOLD_FONT_NAME, rulesOfSubpath, type PositionedPage, type Seg } from '../positioned-layout.js';
import { attr, childEl, childEls, pathEl, type XmlElement } from '../xml-tree.js';
import { apply, PT_PER_MM, parseBox, parseDeltas, parseMatrix, parsePathData, yScale, type Box, type Matrix } from './geometry.js';
import { addFonts, readPart, resolveLoc, type OfdDocument, type OfdFont } from './package.js';
import { inputError } from '../../i18n/index.js';

/** Text in a TextCode longer than this is cut: no page holds more (a guard against hostile files). */
const MAX_CODE_CHARS = 100_000;

interface Sink {
  origin: { x: number; y: number };
  fonts: Map<string, OfdFont>;
  items: PdfItem[];
  segs: Seg[];
  images: number;
}

/** A page as read, with the number of images on it (a page of images and no text is a scan). */
export type OfdPageRead = PositionedPage & { images: number };

/** Read page `n` (1-based) of the document: its content and its templates' content. */
export function readPage(doc: OfdDocument, loc: string, n: number): OfdPageRead {
  const page = readPart(doc.zip, loc);
  if (!page) throw inputError('corrupt', 'input.ofd.page-missing', { page: n, loc });
  for (const res of childEls(page, 'PageRes')) if (res.text.trim()) addFonts(doc.fonts, doc.zip, resolveLoc(loc, res.text.trim()));
  const box = parseBox(pathEl(page, 'Area', 'PhysicalBox')?.text) ?? doc.pageBox;
  const sink: Sink = { origin: { x: box.x, y: box.y }, fonts: doc.fonts, items: [], segs: [], images: 0 };
  for (const t of childEls(page, 'Template')) {
    const tloc = doc.templates.get(attr(t, 'TemplateID') ?? '');
    const tpl = tloc && tloc !== loc ? readPart(doc.zip, tloc) : undefined;
    if (tpl) readContent(childEl(tpl, 'Content'), sink);
  }
  readContent(childEl(page, 'Content'), sink);
  return { info: { page: n, width: box.w * PT_PER_MM, height: box.h * PT_PER_MM }, items: sink.items, segs: sink.segs, images: sink.images };
}

/** Layers and their page blocks, in drawing order. Images are counted; composite units (stamps, logos) are skipped. */
function readContent(content: XmlElement | undefined, sink: Sink): void {
  for (const layer of childEls(content, 'Layer')) readBlock(layer, sink, 0);
}

function readBlock(block: XmlElement, sink: Sink, depth: number): void {
  for (const el of block.children) {
    if (el.local === 'TextObject') readText(el, sink);
    else if (el.local === 'PathObject') readPath(el, sink);
    else if (el.local === 'ImageObject') sink.images++;
    else if (el.local === 'PageBlock' && depth < 50) readBlock(el, sink, depth + 1);
  }
}

/** The transform from a graphic unit's own space to page points. */
function placement(el: XmlElement, sink: Sink): Matrix {
  const b: Box | undefined = parseBox(attr(el, 'Boundary'));
  const ctm = parseMatrix(attr(el, 'CTM'));
  const dx = (b?.x ?? 0) - sink.origin.x;
  const dy = (b?.y ?? 0) - sink.origin.y;
  const k = PT_PER_MM;
  return [ctm[0] * k, ctm[1] * k, ctm[2] * k, ctm[3] * k, (ctm[4] + dx) * k, (ctm[5] + dy) * k];
}

function readPath(el: XmlElement, sink: Sink): void {
  const data = childEl(el, 'AbbreviatedData')?.text;
  if (!data) return;
  const m = placement(el, sink);
  // GB/T 33190: a path is stroked and not filled unless it says otherwise.
  const stroke = attr(el, 'Stroke') !== 'false';
  const fill = attr(el, 'Fill') === 'true';
  if (!stroke && !fill) return;
  for (const sub of parsePathData(data)) {
    const pts = sub.points.map(([x, y]) => apply(m, x, y));
    sink.segs.push(...rulesOfSubpath(pts, { stroke, closed: sub.closed, curved: sub.curved }));
  }
}

/** Bold from the font's own flag or name, a Weight of 600 or more, or text both filled and stroked (faux bold). */
function isBold(el: XmlElement, font: OfdFont | undefined): boolean {
  if (font?.bold || (font && BOLD_FONT_NAME.test(font.name))) return true;
  if (Number(attr(el, 'Weight') ?? 400) >= 600) return true;
  return attr(el, 'Stroke') === 'true' && attr(el, 'Fill') !== 'false' && Number(attr(el, 'LineWidth') ?? 0.353) > 0;
}

function readText(el: XmlElement, sink: Sink): void {
  const size = Number(attr(el, 'Size'));
  if (!Number.isFinite(size) || size <= 0) return;
  const m = placement(el, sink);
  const font = sink.fonts.get(attr(el, 'Font') ?? '');
  const hScale = Number(attr(el, 'HScale') ?? 1) || 1;
  const style = { fs: Math.round(size * yScale(m) * 10) / 10, font: font?.name || undefined, bold: isBold(el, font) };
  let x = 0;
  let y = 0;
  for (const code of childEls(el, 'TextCode')) {
    // X and Y may be left out on a TextCode after the first: it then starts where the last one did.
    const cx = Number(attr(code, 'X'));
    const cy = Number(attr(code, 'Y'));
    if (Number.isFinite(cx)) x = cx;
    if (Number.isFinite(cy)) y = cy;
    const chars = [...code.text.slice(0, MAX_CODE_CHARS)];
    if (!chars.length) continue;
    const dxs = parseDeltas(attr(code, 'DeltaX'), chars.length - 1);
    const dys = parseDeltas(attr(code, 'DeltaY'), chars.length - 1);
    const glyphs = chars.map((ch, i) => {
      if (i > 0) {
        x += dxs[i - 1] ?? advance(chars[i - 1], size, hScale);
        y += dys[i - 1] ?? 0;
      }
      return { ch, x, y };
    });
    sink.items.push(...glyphRuns(glyphs, size, hScale, m, style));
  }
}

/** Nominal advance of a glyph when DeltaX does not give it: a full em for CJK, half for Latin. */
function advance(ch: string, size: number, hScale: number): number {
  return (isWide(ch) ? size : size / 2) * hScale;
}

/**
 * Glyphs → items: one item per run of glyphs on one baseline without a space or a wide gap. A TextCode may hold
 * a letter-spaced label, typed indentation or cells of several columns; splitting there lets the line and table
 * code see them as a PDF's separate strings. A space that ended a run is kept as the next item's leading space,
 * which is how the line code learns that Latin words were set apart.
 */
function glyphRuns(
  glyphs: { ch: string; x: number; y: number }[],
  size: number,
  hScale: number,
  m: Matrix,
  style: { fs: number; font?: string; bold: boolean },
): PdfItem[] {
  const out: PdfItem[] = [];
  const fs = style.fs;
  let cur: { text: string; x0: number; x1: number; y: number } | null = null;
  let spaced = false;
  for (const g of glyphs) {
    if (/^[\s\u00a0\u3000]$/.test(g.ch)) {
      if (cur) out.push(toItem(cur, style));
      cur = null;
      spaced = true;
      continue;
    }
    const [px, py] = apply(m, g.x, g.y);
    const [ex] = apply(m, g.x + advance(g.ch, size, hScale), g.y);
    if (cur && Math.abs(py - cur.y) <= 0.3 * fs && px >= cur.x1 - 0.3 * fs && px - cur.x1 <= 1.0 * fs) {
      cur.text += g.ch;
      cur.x1 = Math.max(cur.x1, px, ex);
      continue;
    }
    if (cur) out.push(toItem(cur, style));
    cur = { text: (spaced ? ' ' : '') + g.ch, x0: Math.min(px, ex), x1: Math.max(px, ex), y: py };
    spaced = false;
  }
  if (cur) out.push(toItem(cur, style));
  return out;
}

function toItem(r: { text: string; x0: number; x1: number; y: number }, style: { fs: number; font?: string; bold: boolean }): PdfItem {
  const it: PdfItem = { text: r.text, x0: r.x0, x1: r.x1, y: r.y, fs: style.fs, bold: style.bold, lineNo: 0 };
  if (style.font) it.font = style.font;
  return it;
}
