// PDF reader: pdf.js (pdfjs-dist legacy build, loaded lazily) → positioned text items and ruling lines →
// lines, paragraphs and ruled tables in the common document model.
//
// Why pdf.js directly and not pdf-parse's helpers: pdf-parse's getText() has no positions or fonts, and its
// getTable() flattens merged cells (rows come back with fewer cells, not aligned to the columns) and does not
// re-join rows broken over a page; so we read pdf.js's getTextContent() and getOperatorList() ourselves.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Diagnostic, DocModel } from '../model.js';
import { InputError } from '../errors.js';
import { libraryError } from './library-errors.js';
import { checkPageBudget, checkPageCount, installSparseIndexOf } from './pdf-guard.js';
import type { PdfItem } from './pdf-text.js';
import { mayHoldRuledTable, type Seg } from './pdf-table.js';
import { readOperatorLists } from './pdf-operators.js';
import { BOLD_FONT_NAME, layoutPages, numberLines, rulesOfSubpath, type PageInfo, type PositionedPage } from './positioned-layout.js';
import { diagnostic } from '../i18n/diagnostics.js';
import { inputError } from '../i18n/index.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

// The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push *globally* with a polyfill
// about 3× slower (it is "forced" over a V8 edge case with lengths above 2^32 that does not concern us). That
// slows pdf.js itself and every later stage in the process, so the engine's own push is put back once pdf.js and
// its worker code are loaded.
const nativePush = Array.prototype.push;
function restoreNativePush(): void {
  if (Array.prototype.push !== nativePush)
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
}

let pdfjsPromise: Promise<PdfJs> | undefined;
function loadPdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    restoreNativePush();
    installSparseIndexOf();
    return m;
  });
  return pdfjsPromise;
}

/**
 * The pdfjs-dist version whose internals noGlyphOutlines() relies on (package.json pins it exactly;
 * tests/readers/pdf-fonts.test.ts fails when the installed version or the behaviour differs).
 */
export const PDFJS_CHECKED_VERSION = '5.4.296';

/**
 * Let pdf.js "load" fonts without doing anything, so that it never draws glyph outlines.
 *
 * With `disableFontFace: true` pdf.js's worker compiles every glyph shown into an outline path and posts
 * it to the main thread (a fifth of a PDF's reading time), for a canvas we never paint. With
 * `disableFontFace: false` it posts only the font, which the main thread's FontLoader binds to the page
 * through the DOM; Node has no DOM, so binding fails and the worker falls back to the outlines after all
 * ("FontFallback"). A loader that binds nothing ends it there: the font (its name, for bold) still
 * resolves in commonObjs. If an upgrade moves the loader, nothing breaks: reading is only slower again.
 */
function noGlyphOutlines(doc: object): void {
  const transport = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport;
  const loader = transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = async () => undefined;
}

/** Folder of the installed pdfjs-dist (for its CMaps, standard fonts and wasm decoders: no network). */
function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * Open a PDF with pdf.js. `images: false` (the reading) has pdf.js drop every image from the operator lists
 * (`maxImageSize: 0`) instead of decoding it: a seal or a letterhead picture cost ten times the page's text,
 * for pixels nobody looks at. Only the check for scanned pages (scannedPages) opens the file with images.
 */
async function openPdf(pdfjs: PdfJs, bytes: Uint8Array, images: boolean): Promise<PdfDocument> {
  const base = pdfjsDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js may transfer (detach) the buffer it is given
    cMapUrl: join(base, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    wasmUrl: join(base, 'wasm') + '/',
    iccUrl: join(base, 'iccs') + '/',
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: false, // with noGlyphOutlines(): fonts are named, never drawn
    stopAtErrors: false, // read past broken objects (and drop an image over maxImageSize instead of failing)
    maxImageSize: images ? -1 : 0,
  });
  try {
    const doc = await task.promise;
    noGlyphOutlines(doc);
    restoreNativePush(); // the worker code (loaded with the first document) brings the polyfill again
    return doc;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw toInputError(e);
  }
}

/** Read a PDF's text layer into the document model. Throws InputError for encrypted, broken or image-only PDFs. */
export async function readPdf(bytes: Uint8Array): Promise<DocModel> {
  const pdfjs = await loadPdfjs();
  const doc = await openPdf(pdfjs, bytes, false);
  try {
    checkPageCount(doc.numPages);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPageText(await doc.getPage(n), n));
    if (!pages.some((p) => p.hasText)) throw inputError('no-text-layer', 'input.pdf.no-text-layer');
    // The operator lists (fonts' names, rulings: a second pass over the content) only where needed (pdf-operators.ts);
    // the items' fonts are named once they are all read.
    const withText = pages.filter((p) => p.items.length);
    const read = async (n: number) => {
      const p = pages[n - 1];
      const ops = await p.page.getOperatorList();
      checkPageBudget(n, { operators: ops.fnArray.length });
      p.positioned.segs = segments(pdfjs, ops, p.vp);
      p.page.cleanup();
      return p.positioned.segs.some((s) => s.dir === 'v');
    };
    const commonObjs = pages[0].page.commonObjs; // one per document: the fonts of every page
    const pageNeeds = withText.map((p) => ({ page: p.positioned.info.page, fontIds: new Set(p.fontIds), mayHoldTable: mayHoldRuledTable(p.items) }));
    await readOperatorLists(pageNeeds, read, (id) => commonObjs.has(id));
    const fontOf = fontResolver(commonObjs);
    for (const p of withText) p.items.forEach((it, i) => Object.assign(it, fontOf(p.fontIds[i])));
    const scanned = await scannedPages(pdfjs, bytes, pages.filter((p) => !p.hasText).map((p) => p.positioned.info.page));
    // Content is lost on scanned pages: an error, so the CLI exits 1 ("parsed with errors").
    const diagnostics: Diagnostic[] = scanned.length
      ? [diagnostic(scanned.length > 1 ? 'pdf-page-no-text.several' : 'pdf-page-no-text', 'error', { pages: scanned.join(', ') }, { page: scanned[0] })]
      : [];
    return { format: 'pdf', blocks: layoutPages(pages.map((p) => p.positioned)), pages: doc.numPages, diagnostics };
  } catch (e) {
    throw toInputError(e);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** A page after pdf.js's text pass: its items placed (fonts not yet named, rulings not yet read). */
interface PageText {
  page: PdfPage;
  vp: Viewport;
  positioned: PositionedPage;
  /** The items, as in positioned.items. */
  items: PdfItem[];
  /** pdf.js's font id of each item. */
  fontIds: string[];
  /** Some text that is not white space. */
  hasText: boolean;
}

async function readPageText(page: PdfPage, n: number): Promise<PageText> {
  const tc = await page.getTextContent();
  checkPageBudget(n, { textItems: tc.items.length });
  const texts = (tc.items as unknown[]).filter((i): i is TextItem => typeof i === 'object' && i !== null && 'str' in i);
  const vp = uprightViewport(page, texts);
  const info: PageInfo = { page: n, width: vp.width, height: vp.height };
  page.cleanup();
  if (!texts.some((t) => /\S/.test(t.str))) return { page, vp, positioned: { info, items: [], segs: [] }, items: [], fontIds: [], hasText: false };
  const items: PdfItem[] = [];
  const fontIds: string[] = [];
  for (const t of texts) {
    const item = toItem(t, vp);
    if (item) [items.push(item), fontIds.push(t.fontName)];
  }
  numberLines(items);
  return { page, vp, positioned: { info, items, segs: [] }, items, fontIds, hasText: true };
}

/**
 * Which of the pages without text are images (scans among text pages, whose content is lost) rather than
 * blank. The reading dropped the images, so the file is opened again with them, for these pages only.
 */
async function scannedPages(pdfjs: PdfJs, bytes: Uint8Array, textless: number[]): Promise<number[]> {
  if (!textless.length) return [];
  const doc = await openPdf(pdfjs, bytes, true);
  try {
    const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
    const scanned: number[] = [];
    for (const n of textless) if ((await (await doc.getPage(n)).getOperatorList()).fnArray.some((f) => imageOps.has(f))) scanned.push(n);
    return scanned;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

type Viewport = { convertToViewportPoint(x: number, y: number): number[]; width: number; height: number };

/**
 * The page's viewport, turned so that most of its text runs left to right. Usually the page's own /Rotate;
 * a page rotated for display with its text drawn unrotated (or the reverse) is read in the text's direction.
 */
function uprightViewport(page: PdfPage, texts: TextItem[]): Viewport {
  const own = page.getViewport({ scale: 1 });
  let best: Viewport = own;
  let bestScore = -Infinity;
  for (const rotation of [page.rotate, 0, 90, 180, 270]) {
    const vp = rotation === page.rotate ? own : page.getViewport({ scale: 1, rotation });
    let score = 0;
    for (const t of texts) {
      const len = t.str.trim().length;
      if (!len) continue;
      const [a, b, , , e, f] = t.transform;
      const [x0, y0] = vp.convertToViewportPoint(e, f);
      const [x1, y1] = vp.convertToViewportPoint(e + a, f + b);
      const n = Math.hypot(x1 - x0, y1 - y0) || 1;
      score += (len * (x1 - x0)) / n; // +len when the text runs left to right, -len right to left
    }
    if (score > bestScore + 1e-6) [best, bestScore] = [vp, score];
  }
  return best;
}

/** A text item placed on the page; its font is named later (font and bold: see fontResolver). */
function toItem(t: TextItem, vp: Viewport): PdfItem | null {
  if (!t.str) return null;
  const [a, b, c, d, e, f] = t.transform;
  const fs = Math.hypot(c, d) || Math.hypot(a, b);
  if (!fs || !Number.isFinite(fs)) return null;
  const n = Math.hypot(a, b) || 1;
  const [sx, sy] = vp.convertToViewportPoint(e, f);
  const [ex] = vp.convertToViewportPoint(e + (t.width * a) / n, f + (t.width * b) / n);
  return { text: t.str, x0: Math.min(sx, ex), x1: Math.max(sx, ex), y: sy, fs: Math.round(fs * 10) / 10, font: undefined, bold: false, lineNo: 0 };
}

const BOLD_NAME = BOLD_FONT_NAME;

/** Font id → family and bold, from the fonts pdf.js has named (unnamed ones: no family, not bold). */
function fontResolver(commonObjs: PdfPage['commonObjs']): (id: string) => { font?: string; bold: boolean } {
  const cache = new Map<string, { font?: string; bold: boolean }>();
  return (id) => {
    let r = cache.get(id);
    if (r) return r;
    let name: string | undefined;
    try {
      if (commonObjs.has(id)) name = (commonObjs.get(id) as { name?: string } | undefined)?.name;
    } catch {
      name = undefined;
    }
    r = name ? { font: fontFamily(name), bold: BOLD_NAME.test(decodeFontName(name)) } : { font: undefined, bold: false };
    cache.set(id, r);
    return r;
  };
}

/** PDF font names may hold GBK bytes (e.g. "#CB#CE#CC#E5" = 宋体); pdf.js hands them over as Latin-1. */
function decodeFontName(name: string): string {
  if (!/[\x80-\xff]/.test(name) || /[^\x00-\xff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  for (const enc of ['utf-8', 'gbk']) {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {
      /* try the next */
    }
  }
  return name;
}

/** "BAAAAA+NotoSerifCJKjp-Regular-VKana" → "NotoSerifCJKjp"; "ABCDEF+SimHei,Bold" → "SimHei". */
export function fontFamily(name: string): string {
  const n = decodeFontName(name).replace(/^[A-Z]{6}\+/, '');
  return n.split(/[-,]/)[0] || n;
}

/** Horizontal and vertical ruling segments of a page, from its path-drawing operators. */
function segments(pdfjs: PdfJs, ops: { fnArray: number[]; argsArray: unknown[] }, vp: Viewport): Seg[] {
  const O = pdfjs.OPS;
  const strokes = new Set([O.stroke, O.closeStroke, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const fills = new Set([O.fill, O.eoFill]);
  const out: Seg[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const pt = (x: number, y: number): [number, number] => {
    const [a, b, c, d, e, f] = ctm;
    const [vx, vy] = vp.convertToViewportPoint(a * x + c * y + e, b * x + d * y + f);
    return [vx, vy];
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn === O.save) stack.push(ctm);
    else if (fn === O.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === O.transform) {
      const [a, b, c, d, e, f] = ops.argsArray[i] as number[];
      const [A, B, C, D, E, F] = ctm;
      ctm = [A * a + C * b, B * a + D * b, A * c + C * d, B * c + D * d, A * e + C * f + E, B * e + D * f + F];
    } else if (fn === O.constructPath) {
      const args = ops.argsArray[i] as [number, unknown, unknown];
      const paint = args[0];
      const isStroke = strokes.has(paint);
      if (!isStroke && !fills.has(paint)) continue;
      const raw = Array.isArray(args[1]) ? args[1][0] : args[1];
      if (!raw || typeof (raw as ArrayLike<number>).length !== 'number') continue;
      for (const sub of subpaths(raw as ArrayLike<number>)) {
        out.push(...rulesOfSubpath(sub.points.map(([x, y]) => pt(x, y)), { stroke: isStroke, closed: sub.closed, curved: sub.curved }));
      }
    }
  }
  return out;
}

/** Decode pdf.js (v5) path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo x1 y1 x2 y2 x y, 3 closePath. */
function subpaths(d: ArrayLike<number>): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let cur: { points: [number, number][]; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < d.length; ) {
    const op = d[i];
    if (op === 0) {
      cur = { points: [[d[i + 1], d[i + 2]]], closed: false, curved: false };
      out.push(cur);
      i += 3;
    } else if (op === 1) {
      cur?.points.push([d[i + 1], d[i + 2]]);
      i += 3;
    } else if (op === 2) {
      if (cur) {
        cur.curved = true;
        cur.points.push([d[i + 5], d[i + 6]]);
      }
      i += 7;
    } else if (op === 3) {
      if (cur) cur.closed = true;
      i += 1;
    } else break; // unknown: stop rather than misread
  }
  return out;
}

function toInputError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return inputError('encrypted', 'input.pdf.encrypted');
  if (name === 'InvalidPDFException') return inputError('corrupt', 'input.pdf.invalid');
  return libraryError(e, 'part.pdf');
}
