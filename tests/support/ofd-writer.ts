// A small OFD writer for tests: an OFD is a zip of XML (GB/T 33190), so a notice's text can be typeset onto A4
// pages the way a 公文 is printed (GB/T 9704: 28 characters a line, 22 lines a page, first lines indented two
// characters) and packed as OFD.xml → Document.xml → Pages/Page_N/Content.xml, with its tables drawn as ruled
// grids of PathObjects. The reader then has to find lines, paragraphs and tables again from positions alone.
import { storeZip } from './store-zip.js';
import { isWide } from '../../src/readers/pdf-text.js';
import { cellText, type Block, type DocModel, type Run, type Table } from '../../src/model.js';

/** A run of text on one baseline: position of its first glyph (mm), size (mm) and style. */
export interface OfdText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** Advance of each glyph (mm); the default is the glyph's nominal width. */
  advances?: number[];
  /** DeltaX written as given (for malformed or hostile values). */
  rawDeltaX?: string;
}

/** A straight ruling line (mm). */
export interface OfdRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OfdPage {
  texts: OfdText[];
  rules: OfdRule[];
  /** Full-page images (a scanned page). */
  images?: number;
}

export interface WriteOptions {
  /** Write positions in points under a CTM of 0.3528 (mm per point), as some OFD writers do. */
  ctm?: boolean;
  /** Extra files to pack (e.g. Encryptions.xml, a signature). */
  extra?: { name: string; data: string | Buffer }[];
  /** Leave out OFD.xml (a damaged package). */
  noOfdXml?: boolean;
  /** Leave out these pages' Content.xml (0-based), though Document.xml lists them. */
  missingPages?: number[];
  /** Write the OFD namespace as the default one, with unprefixed names (some producers do). */
  defaultNamespace?: boolean;
}

const NS = 'http://www.ofdspec.org/2016';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** DeltaX with the `g` shorthand for runs of equal advances ("g 5 5.571"). */
export function deltaX(advances: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < advances.length; ) {
    let j = i;
    while (j < advances.length && num(advances[j]) === num(advances[i])) j++;
    out.push(j - i >= 3 ? `g ${j - i} ${num(advances[i])}` : advances.slice(i, j).map(num).join(' '));
    i = j;
  }
  return out.join(' ');
}

export const nominal = (ch: string, size: number) => (isWide(ch) ? size : size / 2);

function textObject(t: OfdText, id: number, ctm: boolean): string {
  const chars = [...t.text];
  const adv = t.advances ?? chars.map((c) => nominal(c, t.size));
  const k = ctm ? 72 / 25.4 : 1; // object units per mm
  const font = t.bold ? 2 : 1;
  const weight = t.bold ? ' Weight="700"' : '';
  const boundary = `${num(t.x)} ${num(t.y - t.size)} ${num(adv.reduce((a, b) => a + b, 0) + t.size)} ${num(t.size * 1.4)}`;
  const ctmAttr = ctm ? ` CTM="${num(1 / k)} 0 0 ${num(1 / k)} 0 0"` : '';
  const dx = t.rawDeltaX !== undefined ? ` DeltaX="${t.rawDeltaX}"` : chars.length > 1 ? ` DeltaX="${deltaX(adv.slice(0, -1).map((a) => a * k))}"` : '';
  return (
    `<ofd:TextObject ID="${id}" Boundary="${boundary}"${ctmAttr} Font="${font}" Size="${num(t.size * k)}"${weight}>` +
    `<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${num(t.size * k)}"${dx}>${esc(t.text)}</ofd:TextCode></ofd:TextObject>`
  );
}

function pathObject(r: OfdRule, id: number): string {
  const x = Math.min(r.x0, r.x1);
  const y = Math.min(r.y0, r.y1);
  const w = Math.abs(r.x1 - r.x0);
  const h = Math.abs(r.y1 - r.y0);
  return (
    `<ofd:PathObject ID="${id}" Boundary="${num(x)} ${num(y)} ${num(w + 0.35)} ${num(h + 0.35)}" LineWidth="0.35">` +
    `<ofd:AbbreviatedData>M ${num(r.x0 - x)} ${num(r.y0 - y)} L ${num(r.x1 - x)} ${num(r.y1 - y)}</ofd:AbbreviatedData></ofd:PathObject>`
  );
}

/** Pack pages as an OFD file. */
export function writeOfd(pages: OfdPage[], opts: WriteOptions = {}): Buffer {
  let id = 10;
  const files: { name: string; data: Buffer }[] = [];
  const unprefix = (s: string) => (opts.defaultNamespace ? s.replace(/(<\/?)ofd:/g, '$1').replace('xmlns:ofd=', 'xmlns=') : s);
  const add = (name: string, s: string | Buffer) => files.push({ name, data: typeof s === 'string' ? Buffer.from(unprefix(s), 'utf8') : s });
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!opts.noOfdXml)
    add('OFD.xml', `${head}<ofd:OFD xmlns:ofd="${NS}" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const pageRefs = pages.map((_, i) => `<ofd:Page ID="${1000 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  add('Doc_0/Document.xml', `${head}<ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>99999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pageRefs}</ofd:Pages></ofd:Document>`);
  add('Doc_0/PublicRes.xml', `${head}<ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋"/><ofd:Font ID="2" FontName="仿宋"/></ofd:Fonts></ofd:Res>`);
  pages.forEach((p, i) => {
    const images = Array.from({ length: p.images ?? 0 }, () => `<ofd:ImageObject ID="${id++}" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="1"/>`);
    const objs = [...images, ...p.rules.map((r) => pathObject(r, id++)), ...p.texts.map((t) => textObject(t, id++, !!opts.ctm))];
    if (!opts.missingPages?.includes(i)) add(`Doc_0/Pages/Page_${i}/Content.xml`, `${head}<ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="${id++}">${objs.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  for (const e of opts.extra ?? []) add(e.name, e.data);
  return storeZip(files);
}

// ---- Typesetting a document model onto A4 pages (GB/T 9704 measures, in mm) ----

const LEFT = 28;
const MEASURE = 156;
const TOP = 37;
const BOTTOM = 262;
const BODY = { size: 5.6, em: MEASURE / 28, pitch: 10.2 };
const CELL = { size: 3.7, pitch: 5.6, pad: 1.5 };

interface Piece {
  ch: string;
  bold: boolean;
}

const piecesOf = (runs: Run[]): Piece[] => runs.flatMap((r) => [...r.text].map((ch) => ({ ch, bold: !!r.bold })));

/** Break pieces into lines of at most `width` mm, the first `indent` mm shorter. */
function wrap(pieces: Piece[], width: number, em: number, indent: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = indent;
  for (const p of pieces) {
    const w = isWide(p.ch) ? em : em / 2;
    if (used + w > width + 0.01 && lines[lines.length - 1].length) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1].push(p);
    used += w;
  }
  return lines.filter((l) => l.length);
}

/** One line of pieces → texts (a new text object where boldness changes), glyphs `em` apart. */
function lineTexts(line: Piece[], x: number, y: number, size: number, em: number): OfdText[] {
  const out: OfdText[] = [];
  let cx = x;
  for (const p of line) {
    const w = isWide(p.ch) ? em : em / 2;
    const last = out[out.length - 1];
    if (last && !!last.bold === p.bold) {
      last.text += p.ch;
      last.advances!.push(w);
    } else out.push({ text: p.ch, x: cx, y, size, bold: p.bold, advances: [w] });
    cx += w;
  }
  return out;
}

class Typesetter {
  pages: OfdPage[] = [];
  y = TOP;

  constructor() {
    this.newPage();
  }

  newPage(): void {
    if (this.pages.length) this.pageNumber();
    this.pages.push({ texts: [], rules: [] });
    this.y = TOP;
  }

  get page(): OfdPage {
    return this.pages[this.pages.length - 1];
  }

  /** Page numbers as GB/T 9704 sets them: "- 1 -", outside edge. */
  pageNumber(): void {
    const n = this.pages.length;
    const text = `- ${n} -`;
    this.page.texts.push({ text, x: n % 2 ? LEFT + MEASURE - 20 : LEFT + 7, y: 275, size: 4.9 });
  }

  paragraph(runs: Run[]): void {
    const lines = wrap(piecesOf(runs), MEASURE, BODY.em, 2 * BODY.em);
    lines.forEach((l, i) => {
      if (this.y + BODY.pitch > BOTTOM) this.newPage();
      this.y += BODY.pitch;
      this.page.texts.push(...lineTexts(l, LEFT + (i === 0 ? 2 * BODY.em : 0), this.y, BODY.size, BODY.em));
    });
  }

  table(t: Table): void {
    const grid = placeCells(t);
    const cols = columnWidths(grid);
    const xs = cols.reduce((a, w) => [...a, a[a.length - 1] + w], [LEFT]);
    const texts = grid.map((g) => wrap(piecesOf(g.runs), xs[g.c1 + 1] - xs[g.c0] - 2 * CELL.pad, CELL.size, 0));
    const rowH = rowHeights(grid, texts, t.rows.length);
    this.y += BODY.pitch / 2;
    const breaks = this.pageBreaks(grid, texts, rowH);
    const startRow = new Map<number, number>(); // row → y of its top on the current page
    for (let r = 0; r < rowH.length; r++) {
      if (breaks.has(r)) {
        this.closeRows(grid, xs, startRow, r - 1, this.y);
        this.newPage();
        startRow.clear();
      }
      startRow.set(r, this.y);
      grid.forEach((g, i) => {
        if (g.r0 === r) this.page.texts.push(...texts[i].flatMap((l, k) => lineTexts(l, xs[g.c0] + CELL.pad, this.y + CELL.pad + (k + 1) * CELL.pitch - 1.2, CELL.size, CELL.size)));
      });
      this.y += rowH[r];
    }
    this.closeRows(grid, xs, startRow, rowH.length - 1, this.y);
    this.y += BODY.pitch / 2;
  }

  /**
   * Rows before which a new page starts: rows are never split, and the cells beginning in a row need their
   * text's height on that page. A merged group cell is not left alone with its first row at a page end: the
   * shared table code cannot tell that from a row broken over the page (both leave an empty cell at the top
   * of the next page), so the writer keeps the first two rows of a group together.
   */
  pageBreaks(grid: GridCell[], texts: Piece[][][], rowH: number[]): Set<number> {
    const breaks = new Set<number>();
    let y = this.y;
    let first = 0; // first row on the current page
    for (let r = 0; r < rowH.length; r++) {
      const need = Math.max(rowH[r], ...grid.map((g, i) => (g.r0 === r ? textHeight(texts[i]) : 0)));
      if (y + need > BOTTOM && r > first) {
        const splitsGroup = grid.some((g) => g.r0 === r - 1 && g.r1 >= r);
        const at = splitsGroup && r - 1 > first ? r - 1 : r;
        breaks.add(at);
        first = at;
        y = TOP + rowH.slice(at, r).reduce((a, b) => a + b, 0);
      }
      y += rowH[r];
    }
    return breaks;
  }

  /** Draw the borders of every cell (or the part of a merged cell) that lies on the current page. */
  closeRows(grid: GridCell[], xs: number[], startRow: Map<number, number>, lastRow: number, bottom: number): void {
    const rows = [...startRow.keys()];
    if (!rows.length) return;
    const yOf = (r: number) => (r > lastRow ? bottom : startRow.get(r)!);
    for (const g of grid) {
      const top = Math.max(g.r0, rows[0]);
      const end = Math.min(g.r1, lastRow);
      if (top > end) continue;
      const y0 = yOf(top);
      const y1 = yOf(end + 1);
      const x0 = xs[g.c0];
      const x1 = xs[g.c1 + 1];
      this.page.rules.push({ x0, y0, x1, y1: y0 }, { x0, y0: y1, x1, y1 }, { x0, y0, x1: x0, y1 }, { x0: x1, y0, x1, y1 });
    }
  }

  finish(): OfdPage[] {
    this.pageNumber();
    return this.pages;
  }
}

interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  runs: Run[];
}

/** The model's rows of cells (with spans) → cells on a grid of rows and columns. */
function placeCells(t: Table): GridCell[] {
  const taken = new Set<string>();
  const out: GridCell[] = [];
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r}:${c}`)) c++;
      for (let i = 0; i < cell.rowSpan; i++) for (let j = 0; j < cell.colSpan; j++) taken.add(`${r + i}:${c + j}`);
      const runs = cell.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? (i ? [{ text: '' }, ...b.runs] : b.runs) : [{ text: cellText({ blocks: [b], rowSpan: 1, colSpan: 1 }) }]));
      out.push({ r0: r, r1: r + cell.rowSpan - 1, c0: c, c1: c + cell.colSpan - 1, runs });
      c += cell.colSpan;
    }
  });
  return out;
}

/** Column widths over the measure, by the longest text of each column's single-column cells (within bounds). */
function columnWidths(grid: GridCell[]): number[] {
  const n = Math.max(...grid.map((g) => g.c1 + 1));
  const want = Array.from({ length: n }, (_, c) => {
    const lens = grid.filter((g) => g.c0 === c && g.c1 === c).map((g) => g.runs.map((r) => r.text).join('').length);
    return Math.min(40, Math.max(2, ...lens));
  });
  const total = want.reduce((a, b) => a + Math.sqrt(b), 0);
  return want.map((w) => (MEASURE * Math.sqrt(w)) / total);
}

const textHeight = (lines: Piece[][]) => Math.max(1, lines.length) * CELL.pitch + 2 * CELL.pad;

function rowHeights(grid: GridCell[], texts: Piece[][][], nRows: number): number[] {
  const h = Array.from({ length: nRows }, () => CELL.pitch + 2 * CELL.pad);
  grid.forEach((g, i) => {
    if (g.r0 === g.r1) h[g.r0] = Math.max(h[g.r0], textHeight(texts[i]));
  });
  // A merged cell taller than its rows stretches its last row.
  grid.forEach((g, i) => {
    const have = h.slice(g.r0, g.r1 + 1).reduce((a, b) => a + b, 0);
    if (textHeight(texts[i]) > have) h[g.r1] += textHeight(texts[i]) - have;
  });
  return h;
}

/** Leading and trailing blanks of a paragraph (typed indentation in a .txt) are not printed: the indent is. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out.length) out[0].text = out[0].text.replace(/^[\s\u3000]+/, '');
  if (out.length) out[out.length - 1].text = out[out.length - 1].text.replace(/[\s\u3000]+$/, '');
  return out.filter((r) => r.text);
}

/** Typeset a document model (a seed's .txt as read by the txt reader) onto A4 pages. */
export function typeset(model: DocModel): OfdPage[] {
  const ts = new Typesetter();
  for (const b of model.blocks as Block[]) {
    if (b.kind === 'table') ts.table(b);
    else if (b.runs.some((r) => r.text.trim())) ts.paragraph(trimRuns(b.runs));
  }
  return ts.finish();
}
