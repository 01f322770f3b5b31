// Fixed-layout pages (PDF, OFD) → the document model. A reader of a fixed-layout format hands over, per page,
// its positioned text items and its ruling segments, in points with the origin at the top left; this module
// finds ruled and unruled tables, rebuilds lines and paragraphs (also across pages), removes page furniture and
// joins tables continued over pages. The PDF and OFD readers share it so both read a 公文 the same way.
import type { Block } from '../model.js';
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

/** A positioned text item; the name is the PDF reader's, where it was first written. */
export type PositionedItem = PdfItem;
export type { PageInfo, Seg };

/** Font names that mean bold type (the name is all a fixed-layout file tells about weight, often). */
export const BOLD_FONT_NAME = /bold|heavy|black|semibd|demibd|simhei|heiti|黑体|fzhei|方正黑|zhongyi?hei/i;

/** One page as a fixed-layout reader sees it: size, text items and ruling segments (points, top-left origin). */
export interface PositionedPage {
  info: PageInfo;
  items: PdfItem[];
  segs: Seg[];
}

/** Visual line numbers over all the page's text (body and tables), top to bottom. */
export function numberLines(items: PdfItem[]): void {
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

/**
 * Ruling segments of one drawn subpath (points already in page coordinates): a stroked path gives its
 * straight horizontal and vertical pieces; a thin filled rectangle is a rule too (Word, WPS and OFD writers
 * draw cell borders this way).
 */
export function rulesOfSubpath(pts: [number, number][], opts: { stroke: boolean; closed: boolean; curved: boolean }): Seg[] {
  const out: Seg[] = [];
  const addLine = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) < 1 && Math.abs(p[0] - q[0]) >= 1) out.push({ dir: 'h', at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) < 1 && Math.abs(p[1] - q[1]) >= 1) out.push({ dir: 'v', at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
  };
  if (opts.stroke) {
    for (let k = 1; k < pts.length; k++) addLine(pts[k - 1], pts[k]);
    if (opts.closed && pts.length > 2) addLine(pts[pts.length - 1], pts[0]);
  } else if (!opts.curved && pts.length >= 4 && pts.length <= 5) {
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    if (h <= 2.5 && w > 2) addLine([Math.min(...xs), (Math.min(...ys) + Math.max(...ys)) / 2], [Math.max(...xs), (Math.min(...ys) + Math.max(...ys)) / 2]);
    else if (w <= 2.5 && h > 2) addLine([(Math.min(...xs) + Math.max(...xs)) / 2, Math.min(...ys)], [(Math.min(...xs) + Math.max(...xs)) / 2, Math.max(...ys)]);
  }
  return out;
}

type Unit = { kind: 'para'; draft: ParaDraft } | { kind: 'grid'; grid: PageGrid };

/** Pages of items and rulings → blocks in reading order. */
export function layoutPages(raw: PositionedPage[]): Block[] {
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
