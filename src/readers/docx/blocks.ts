// The body's nodes (body.ts) → the document model: paragraphs with merged runs, alignment, indentation,
// Word's automatic numbering markers and the page Word last laid them out on; tables with their spans.
import type { Align, Block, Cell, Paragraph, Run, Table } from '../../model.js';
import type { BodyNode } from './body.js';
import type { XmlParagraphInfo } from './document-tree.js';
import type { LevelDef } from './numbering.js';
import type { Styles } from './styles.js';

export interface BlockContext {
  styles: Styles;
  infos: XmlParagraphInfo[];
  markers: Map<number, { text: string; level: LevelDef }>;
  /** Paragraphs so far (a clerk finds 第12段). */
  counter: number;
  /** Page of each XML paragraph (w:lastRenderedPageBreak), when Word recorded them. */
  pages: number[] | null;
  /** Tables so far, and the one whose cells are being read: a clerk finds 表1第2行. */
  tables: number;
  table?: number;
}

export function convertBlocks(nodes: BodyNode[], ctx: BlockContext, row: number | undefined): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(convertParagraph(n, ctx, row));
    else if (n.type === 'table') out.push(convertTable(n, ctx));
    // Anything else at block level (stray runs from malformed files) is read as a paragraph.
    else if (n.type === 'run' || n.type === 'hyperlink')
      out.push(convertParagraph({ type: 'paragraph', children: [n], styleId: undefined, alignment: undefined }, ctx, row));
  }
  return out;
}

function convertTable(n: Extract<BodyNode, { type: 'table' }>, ctx: BlockContext): Table {
  const table: Table = { kind: 'table', rows: [], source: { paragraph: ctx.counter + 1 } };
  const outer = ctx.table;
  ctx.table = ++ctx.tables;
  let r = 0;
  for (const tr of n.children) {
    if (tr.type !== 'tableRow') continue;
    r++;
    const cells: Cell[] = [];
    for (const tc of tr.children) {
      if (tc.type !== 'tableCell') continue;
      cells.push({
        blocks: convertBlocks(tc.children, ctx, r),
        rowSpan: Math.max(1, tc.rowSpan),
        colSpan: Math.max(1, tc.colSpan),
      });
    }
    table.rows.push(cells);
  }
  ctx.table = outer;
  return table;
}

function convertParagraph(n: Extract<BodyNode, { type: 'paragraph' }>, ctx: BlockContext, row: number | undefined): Paragraph {
  const marks: number[] = [];
  const raw: Run[] = [];
  const pStyle = n.styleId ?? undefined;

  const walk = (node: BodyNode, bold: boolean, font: string | undefined) => {
    switch (node.type) {
      case 'run': {
        const f = node.font ?? ctx.styles.font(pStyle, node.styleId ?? undefined);
        for (const c of node.children) walk(c, node.isBold, f);
        return;
      }
      case 'text':
        if (node.value) raw.push(run(node.value, bold, font));
        return;
      case 'tab':
        raw.push(run('\t', bold, font));
        return;
      case 'break':
        if (node.breakType === 'line') raw.push(run('\n', bold, font));
        return;
      case 'checkbox':
        raw.push(run(node.checked ? '☑' : '☐', bold, font));
        return;
      case 'mark':
        marks.push(node.paragraph);
        return;
      case 'other':
        return;
      default:
        for (const c of node.children) walk(c, bold, font);
    }
  };
  for (const c of n.children) walk(c, false, undefined);

  // The paragraph's own mark is the last one (a deleted paragraph's content comes first).
  const info = marks.length ? ctx.infos[marks[marks.length - 1]] : undefined;
  const numbering = info ? ctx.markers.get(info.index) : undefined;
  const p: Paragraph = {
    kind: 'paragraph',
    runs: mergeRuns(raw),
    source: row === undefined ? { paragraph: ++ctx.counter } : { paragraph: ++ctx.counter, row, table: ctx.table },
  };
  const page = info && ctx.pages?.[info.index];
  if (page) p.source.page = page;
  const align = mapAlign(n.alignment ?? info?.jc ?? ctx.styles.jc(pStyle));
  if (align) p.align = align;
  if (numbering?.text) p.numbering = numbering.text;
  if (pStyle) p.style = pStyle;
  const indented = info?.firstLineIndent ?? numbering?.level.firstLineIndent ?? ctx.styles.firstLineIndent(pStyle);
  if (indented) p.indented = true;
  return p;
}

function run(text: string, bold: boolean, font: string | undefined): Run {
  const r: Run = { text };
  if (bold) r.bold = true;
  if (font) r.font = font;
  return r;
}

/** Join neighbouring runs with the same formatting (Word splits runs at every edit). */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!r.bold && prev.font === r.font) prev.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function mapAlign(jc: string | undefined | null): Align | undefined {
  switch (jc) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'left':
    case 'start':
      return 'left';
    case 'both':
    case 'distribute':
    case 'justify':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
    case 'thaiDistribute':
      return 'justify';
    default:
      return undefined;
  }
}
