// PDF reader: pdf.js (pdfjs-dist legacy build, loaded lazily) → positioned text items and ruling lines →
// lines, paragraphs and ruled tables in the common document model.
//
// Why pdf.js directly and not pdf-parse's helpers: pdf-parse's getText() has no positions or fonts, and its
// getTable() flattens merged cells (rows come back with fewer cells, not aligned to the columns) and does not
// re-join rows broken over a page; so we read pdf.js's getTextContent() and getOperatorList() ourselves.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Block, Diagnostic, DocModel } from '../model.js';
import { InputError } from '../errors.js';
import { groupLines, type PdfItem, type PdfLine } from './pdf-text.js';
import { assembleTable, fillGrid, findGrids, inGrid, sameColumns, type PageGrid, type Seg } from './pdf-table.js';
import { findColumnTables } from './pdf-columns.js';
import {
  continuesOverPage,
  estimateGeometry,
  indentsParagraphs,
  paragraphsOf,
  removeFurniture,
  toParagraph,
  type PageInfo,
  type ParaDraft,
} from './pdf-layout.js';
import { diagnostic } from '../i18n/diagnostics.js';

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
    return m;
  });
  return pdfjsPromise;
}

/** Folder of the installed pdfjs-dist (for its CMaps, standard fonts and wasm decoders: no network). */
function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

interface RawPage {
  info: PageInfo;
  items: PdfItem[];
  segs: Seg[];
}

/** Read a PDF's text layer into the document model. Throws InputError for encrypted, broken or image-only PDFs. */
export async function readPdf(bytes: Uint8Array): Promise<DocModel> {
  const pdfjs = await loadPdfjs();
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
    disableFontFace: true,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
    restoreNativePush(); // the worker code (loaded with the first document) brings the polyfill again
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw toInputError(e);
  }
  try {
    const diagnostics: Diagnostic[] = [];
    const raw: RawPage[] = [];
    let textChars = 0;
    const scannedPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tc = await page.getTextContent();
      const texts = (tc.items as unknown[]).filter((i): i is TextItem => typeof i === 'object' && i !== null && 'str' in i);
      const vp = uprightViewport(page, texts);
      const info: PageInfo = { page: n, width: vp.width, height: vp.height };
      const chars = texts.reduce((s, i) => s + i.str.replace(/\s+/g, '').length, 0);
      textChars += chars;
      if (!chars) {
        // A page without text is either blank (harmless) or a scanned image among text pages (content lost).
        const ops = await page.getOperatorList();
        const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
        if (ops.fnArray.some((f) => imageOps.has(f))) scannedPages.push(n);
        raw.push({ info, items: [], segs: [] });
        page.cleanup();
        continue;
      }
      // The operator list loads the fonts (their real names, for bold) and carries the table rulings.
      const ops = await page.getOperatorList();
      const fontOf = fontResolver(page);
      const items = texts.map((t) => toItem(t, vp, fontOf)).filter((i): i is PdfItem => i !== null);
      numberLines(items);
      raw.push({ info, items, segs: segments(pdfjs, ops, vp) });
      page.cleanup();
    }
    if (textChars === 0) throw new InputError('no-text-layer', 'the PDF has no text layer (a scan?): run OCR on it first');
    // Content is lost on scanned pages: an error, so the CLI exits 1 ("parsed with errors").
    if (scannedPages.length)
      diagnostics.push(diagnostic(scannedPages.length > 1 ? 'pdf-page-no-text.several' : 'pdf-page-no-text', 'error', { pages: scannedPages.join(', ') }, { page: scannedPages[0] }));
    return { format: 'pdf', blocks: layout(raw), pages: doc.numPages, diagnostics };
  } catch (e) {
    throw toInputError(e);
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

function toItem(t: TextItem, vp: Viewport, fontOf: (id: string) => { family?: string; bold: boolean }): PdfItem | null {
  if (!t.str) return null;
  const [a, b, c, d, e, f] = t.transform;
  const fs = Math.hypot(c, d) || Math.hypot(a, b);
  if (!fs || !Number.isFinite(fs)) return null;
  const n = Math.hypot(a, b) || 1;
  const [sx, sy] = vp.convertToViewportPoint(e, f);
  const [ex] = vp.convertToViewportPoint(e + (t.width * a) / n, f + (t.width * b) / n);
  const font = fontOf(t.fontName);
  return { text: t.str, x0: Math.min(sx, ex), x1: Math.max(sx, ex), y: sy, fs: Math.round(fs * 10) / 10, font: font.family, bold: font.bold, lineNo: 0 };
}

/** Visual line numbers over all the page's text (body and tables), top to bottom. */
function numberLines(items: PdfItem[]): void {
  const solid = items.filter((i) => i.text.trim()).sort((a, b) => a.y - b.y);
  let line = 0;
  let y = -Infinity;
  let fs = 0;
  for (const it of solid) {
    if (Math.abs(it.y - y) > 0.4 * Math.min(fs || it.fs, it.fs)) {
      line++;
      y = it.y;
      fs = it.fs;
    }
    it.lineNo = line;
  }
  for (const it of items) if (!it.lineNo) it.lineNo = Math.max(1, line);
}

const BOLD_NAME = /bold|heavy|black|semibd|demibd|simhei|heiti|黑体|fzhei|方正黑|zhongyi?hei/i;

function fontResolver(page: PdfPage): (id: string) => { family?: string; bold: boolean } {
  const cache = new Map<string, { family?: string; bold: boolean }>();
  return (id) => {
    let r = cache.get(id);
    if (r) return r;
    let name: string | undefined;
    try {
      if (page.commonObjs.has(id)) name = (page.commonObjs.get(id) as { name?: string } | undefined)?.name;
    } catch {
      name = undefined;
    }
    r = name ? { family: fontFamily(name), bold: BOLD_NAME.test(decodeFontName(name)) } : { bold: false };
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
  const addLine = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) < 1 && Math.abs(p[0] - q[0]) >= 1) out.push({ dir: 'h', at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) < 1 && Math.abs(p[1] - q[1]) >= 1) out.push({ dir: 'v', at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
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
        const pts = sub.points.map(([x, y]) => pt(x, y));
        if (isStroke) {
          for (let k = 1; k < pts.length; k++) addLine(pts[k - 1], pts[k]);
          if (sub.closed && pts.length > 2) addLine(pts[pts.length - 1], pts[0]);
        } else if (!sub.curved && pts.length >= 4 && pts.length <= 5) {
          // A thin filled rectangle is a rule (Word and WPS draw cell borders this way).
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const w = Math.max(...xs) - Math.min(...xs);
          const h = Math.max(...ys) - Math.min(...ys);
          if (h <= 2.5 && w > 2) addLine([Math.min(...xs), (Math.min(...ys) + Math.max(...ys)) / 2], [Math.max(...xs), (Math.min(...ys) + Math.max(...ys)) / 2]);
          else if (w <= 2.5 && h > 2) addLine([(Math.min(...xs) + Math.max(...xs)) / 2, Math.min(...ys)], [(Math.min(...xs) + Math.max(...xs)) / 2, Math.max(...ys)]);
        }
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

type Unit = { kind: 'para'; draft: ParaDraft } | { kind: 'grid'; grid: PageGrid };

/** Pages of items and rulings → blocks in reading order. */
function layout(raw: RawPage[]): Block[] {
  const pages = raw.map((p) => {
    const grids = findGrids(p.segs, p.info.page).filter((g) => p.items.some((it) => inGrid(g, it)));
    const body: PdfItem[] = [];
    const inTables = new Map<PageGrid, PdfItem[]>(grids.map((g) => [g, []]));
    for (const it of p.items) {
      const g = grids.find((gr) => inGrid(gr, it));
      if (g) inTables.get(g)!.push(it);
      else body.push(it);
    }
    for (const [g, its] of inTables) fillGrid(g, its);
    // Tables drawn without rulings (text set in columns), among what is left.
    const unruled = findColumnTables(body, p.info.page);
    return { info: p.info, grids: [...grids, ...unruled.grids], lines: groupLines(unruled.rest) };
  });
  removeFurniture(pages);
  const geometryOf = estimateGeometry(pages);

  // Units per page in reading order: runs of lines between tables become paragraphs.
  const units: { page: number; unit: Unit }[] = [];
  for (const p of pages) {
    const g = geometryOf(p.info);
    const marks = [...p.grids].sort((a, b) => a.bbox.y0 - b.bbox.y0);
    let run: PdfLine[] = [];
    const flush = () => {
      for (const d of paragraphsOf(run, p.info.page, g)) units.push({ page: p.info.page, unit: { kind: 'para', draft: d } });
      run = [];
    };
    let gi = 0;
    for (const l of p.lines) {
      while (gi < marks.length && marks[gi].bbox.y0 < l.y) {
        flush();
        units.push({ page: p.info.page, unit: { kind: 'grid', grid: marks[gi++] } });
      }
      run.push(l);
    }
    flush();
    while (gi < marks.length) units.push({ page: p.info.page, unit: { kind: 'grid', grid: marks[gi++] } });
  }

  const infoOf = new Map(pages.map((p) => [p.info.page, p.info]));
  const indentedDoc = indentsParagraphs(units.flatMap((u) => (u.unit.kind === 'para' ? [u.unit.draft] : [])));
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const { unit } = units[i];
    if (unit.kind === 'grid') {
      // Gather the same table continued at the top of the following pages.
      const grids = [unit.grid];
      while (i + 1 < units.length) {
        const next = units[i + 1];
        const last = grids[grids.length - 1];
        if (next.unit.kind !== 'grid' || next.page !== last.page + 1 || !sameColumns(last, next.unit.grid)) break;
        grids.push(next.unit.grid);
        i++;
      }
      blocks.push(assembleTable(grids, () => undefined));
      continue;
    }
    const draft = unit.draft;
    // A paragraph broken by the page end continues in the first paragraph of the next page
    // (units are in reading order: unit i is the last on its page and unit i+1 the first on the next).
    let endPage = draft.page;
    while (i + 1 < units.length) {
      const next = units[i + 1];
      if (next.unit.kind !== 'para' || next.page !== endPage + 1) break;
      const a = infoOf.get(endPage)!;
      const b = infoOf.get(next.page)!;
      const sameSize = Math.abs(a.width - b.width) < 2 && Math.abs(a.height - b.height) < 2;
      if (!continuesOverPage(draft, next.unit.draft, geometryOf(a), geometryOf(b), sameSize, indentedDoc)) break;
      draft.lines.push(...next.unit.draft.lines);
      endPage = next.page;
      i++;
    }
    blocks.push(toParagraph(draft));
  }
  return blocks;
}

function toInputError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const msg = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'PasswordException') return new InputError('encrypted', 'the PDF is encrypted and needs a password to open');
  if (name === 'InvalidPDFException') return new InputError('corrupt', 'the PDF is damaged or truncated (invalid PDF structure)');
  return new InputError('corrupt', `the PDF could not be read: ${msg.split('\n')[0].slice(0, 200)}`);
}
