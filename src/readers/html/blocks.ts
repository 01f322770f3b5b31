// An HTML tree (hast) as the document model: block elements and <br> end paragraphs, <b>/<strong>
// and bold styles make bold runs, tables keep their row and column spans. Scripts, styles,
// navigation (<nav>, menus, breadcrumbs, link-only list items), footers and hidden elements are
// not part of the notice. A table used only for layout (one
// cell a row, or a cell holding another table) is read as the blocks it holds.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Align, Block, Cell, Paragraph, Table } from '../../model.js';

const SKIP = new Set(['head', 'footer', 'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'object', 'embed', 'svg', 'math',
  'button', 'select', 'option', 'input', 'textarea', 'map', 'canvas', 'audio', 'video', 'img']);
const BLOCK = new Set(['html', 'body', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'address', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'hr', 'caption', 'details', 'summary']);
/** Spans above this are a hostile file, not a table (HTML itself caps colspan at 1000). */
const MAX_SPAN = 1000;

interface Style { bold: boolean; align?: Align }
interface Char { c: string; bold: boolean }

const styleOf = (el: Element) => String(el.properties?.style ?? '').toLowerCase();

function nextStyle(el: Element, outer: Style): Style {
  const css = styleOf(el);
  let bold = outer.bold || el.tagName === 'b' || el.tagName === 'strong';
  const weight = /font-weight\s*:\s*(bold(?:er)?|normal|lighter|\d{3})/.exec(css)?.[1];
  if (weight) bold = /^bold/.test(weight) || (/^\d/.test(weight) && Number(weight) >= 600);
  const alignAttr = String(el.properties?.align ?? '').toLowerCase() || /text-align\s*:\s*(\w+)/.exec(css)?.[1];
  const align = el.tagName === 'center' ? 'center' : (['left', 'center', 'right', 'justify'] as const).find((a) => a === alignAttr);
  return { bold, align: align ?? outer.align };
}

/** Page regions that are not the document: by their ARIA role, or by the class or id sites give them. */
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|search|menu|menubar)$/i;
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|sitemap|topbar|toolbar)(?:$|[\s_-])/i;

function isChrome(el: Element): boolean {
  const className = el.properties?.className;
  const names = `${Array.isArray(className) ? className.join(' ') : String(className ?? '')} ${String(el.properties?.id ?? '')}`;
  return CHROME_ROLE.test(String(el.properties?.role ?? '')) || CHROME_NAME.test(names);
}

/** A list item that is only a link: a menu entry or a related-links list, not text. */
function linkOnly(el: Element): boolean {
  let linked = false;
  const outside = (nodes: ElementContent[]): boolean => nodes.every((n) => {
    if (n.type === 'text') return !n.value.trim();
    if (n.type !== 'element') return true;
    if (n.tagName === 'a') { linked = true; return true; }
    return outside(n.children);
  });
  return outside(el.children) && linked;
}

const hidden = (el: Element) => /display\s*:\s*none|visibility\s*:\s*hidden/.test(styleOf(el)) || el.properties?.hidden === true;

/** Collects blocks in document order; `next` numbers paragraphs for their source position. */
class BlockWriter {
  blocks: Block[] = [];
  private line: Char[] = [];
  private lineAlign: Align | undefined;
  constructor(private counter: { n: number }) {}

  text(value: string, style: Style): void {
    if (!this.line.length) this.lineAlign = style.align;
    for (const c of value) this.line.push({ c, bold: style.bold });
  }

  /** End the current paragraph (a block boundary or <br>). */
  flush(): void {
    const runs = toRuns(collapseWhitespace(this.line));
    this.line = [];
    if (!runs.length) return;
    const p: Paragraph = { kind: 'paragraph', runs, source: { paragraph: ++this.counter.n } };
    if (this.lineAlign) p.align = this.lineAlign;
    this.blocks.push(p);
  }

  table(t: Table): void {
    this.flush();
    this.blocks.push(t);
  }
}

const isWide = (c: string | undefined) => !!c && /[\u2010-\u2027\u2030-\u205e\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(c);

/**
 * HTML white space as a browser shows it: runs collapse to one space, and a line break of the
 * source between two Chinese characters is no space at all (CSS Text's segment-break rule).
 */
function collapseWhitespace(chars: Char[]): Char[] {
  const out: Char[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!/[ \t\n\r\f]/.test(chars[i].c)) { out.push(chars[i++]); continue; }
    let j = i, newline = false;
    for (; j < chars.length && /[ \t\n\r\f]/.test(chars[j].c); j++) newline ||= /[\n\r]/.test(chars[j].c);
    const dropped = out.length === 0 || j === chars.length || (newline && isWide(out[out.length - 1].c) && isWide(chars[j].c));
    if (!dropped) out.push({ c: ' ', bold: chars[i].bold && chars[j].bold });
    i = j;
  }
  return out;
}

function toRuns(chars: Char[]): Paragraph['runs'] {
  const runs: Paragraph['runs'] = [];
  for (const { c, bold } of chars) {
    const last = runs[runs.length - 1];
    if (last && !!last.bold === bold) last.text += c;
    else runs.push(bold ? { text: c, bold: true } : { text: c });
  }
  return runs.some((r) => r.text.trim()) ? runs : [];
}

function walk(nodes: (RootContent | ElementContent)[], style: Style, out: BlockWriter, counter: { n: number }): void {
  for (const node of nodes) {
    if (node.type === 'text') { out.text(node.value, style); continue; }
    if (node.type !== 'element' || SKIP.has(node.tagName) || hidden(node) || isChrome(node)) continue;
    if (node.tagName === 'li' && linkOnly(node)) continue;
    const inner = nextStyle(node, style);
    if (node.tagName === 'br') { out.flush(); continue; }
    if (node.tagName === 'table') { readTable(node, inner, out, counter); continue; }
    const block = BLOCK.has(node.tagName) || node.tagName === 'td' || node.tagName === 'th' || node.tagName === 'tr';
    if (block) out.flush();
    walk(node.children, inner, out, counter);
    if (block) out.flush();
  }
}

/** The rows of a table, through thead/tbody/tfoot but not into nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (['thead', 'tbody', 'tfoot'].includes(c.tagName)) visit(c);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th') && !hidden(c));
const span = (v: unknown, max: number) => Math.min(Math.max(1, Math.floor(Number(v)) || 1), max);
const holdsTable = (el: Element): boolean => el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || holdsTable(c)));

function readTable(table: Element, style: Style, out: BlockWriter, counter: { n: number }): void {
  const rows = rowsOf(table);
  const cells = rows.map(cellsOf);
  // A layout table: its cells are page regions, not table cells.
  if (cells.every((r) => r.length <= 1) || cells.some((r) => r.some(holdsTable))) {
    out.flush();
    walk(rows, style, out, counter);
    out.flush();
    return;
  }
  const first = counter.n + 1;
  const model: Cell[][] = cells.map((row, r) => row.map((td) => {
    const writer = new BlockWriter(counter);
    walk(td.children, nextStyle(td, style), writer, counter);
    writer.flush();
    for (const b of writer.blocks) if (b.kind === 'paragraph') b.source = { ...b.source, row: r + 1 };
    return { blocks: writer.blocks, rowSpan: span(td.properties?.rowSpan, rows.length - r), colSpan: span(td.properties?.colSpan, MAX_SPAN) };
  }));
  out.table({ kind: 'table', rows: model, source: { paragraph: first } });
}

/** The blocks of a parsed page. */
export function blocksOfHtml(tree: Root): Block[] {
  const counter = { n: 0 };
  const out = new BlockWriter(counter);
  walk(tree.children, { bold: false }, out, counter);
  out.flush();
  return out.blocks;
}
