// The body of word/document.xml → paragraphs, runs and tables, read as mammoth 1.13's body reader
// (lib/docx/body-reader.js) reads them, for the parts of its model the reader uses. The reader was built
// on mammoth's model and its output is held byte for byte (tests/output-stability.test.ts); reading the
// XML here instead costs a fraction of mammoth's time. What mammoth does, and so what this does:
//  - tracked changes: w:ins and w:moveTo read, w:del and w:moveFrom dropped; a paragraph whose mark is
//    deleted joins the next paragraph read (its content goes first);
//  - mc:AlternateContent: mc:Fallback read (collapsed in document-tree.ts), mc:Choice never;
//  - w:sdt, w:smartTag, w:customXml: their content; an sdt checkbox (w14:checkbox) shows ☐/☑;
//  - complex fields: the instruction (w:instrText) dropped, the result kept; FORMCHECKBOX shows ☐/☑.
//    w:fldSimple is not read at all, result included (mammoth leaves it out);
//  - w:sym through the Symbol/Wingdings/Webdings table; w:noBreakHyphen U+2011, w:softHyphen U+00AD;
//  - w:br: a line break (no type, textWrapping) is a node the reader shows as "\n", page and column
//    breaks nodes it does not show, other types nothing; w:cr nothing;
//  - text boxes of VML pictures (w:pict → v:shape → v:textbox → w:txbxContent) become paragraphs after
//    the paragraph holding the picture; DrawingML shapes are read only for their images;
//  - tables: deleted rows (w:trPr/w:del) dropped; w:gridSpan gives colSpan; w:vMerge cells are merged
//    into the cell above (rowSpan), except in a table holding anything but rows, or a row anything
//    but cells (a bookmark between rows), where every cell stays as it is;
//  - footnotes, endnotes and comments: only their reference marks, which show nothing.
// Elements mammoth does not know are left out with all they hold.
import { hex as dingbat } from 'dingbat-to-unicode';
import { InputError } from '../../errors.js';
import type { DocElement, DocNode } from './document-tree.js';
import { inputError, ref } from '../../i18n/index.js';

export type BodyNode =
  | { type: 'paragraph'; children: BodyNode[]; styleId: string | null | undefined; alignment: string | undefined }
  | { type: 'run'; children: BodyNode[]; isBold: boolean; font: string | undefined; styleId: string | null | undefined }
  | { type: 'text'; value: string }
  | { type: 'tab' }
  | { type: 'break'; breakType: 'line' | 'page' | 'column' }
  | { type: 'checkbox'; checked: boolean }
  /** Where a paragraph of the XML starts (document-tree.ts's '#mark'). */
  | { type: 'mark'; paragraph: number }
  | { type: 'hyperlink'; children: BodyNode[] }
  | { type: 'table'; children: BodyNode[] }
  | { type: 'tableRow'; children: BodyNode[] }
  | { type: 'tableCell'; children: BodyNode[]; colSpan: number; rowSpan: number; vMerge?: boolean | null }
  /** Shows nothing (bookmark, image, note or comment reference), but is not a row or cell either. */
  | { type: 'other' };

/** Bold and style-font of runs, from the styles (what a run does not say itself). */
export interface RunStyles {
  bold(pStyle: string | undefined, rStyle: string | undefined): boolean;
}

export const UNREADABLE = 'cannot read the Word document: it is damaged or in a form gov-tasks cannot read';

const OTHER: BodyNode = { type: 'other' };
const TAB: BodyNode = { type: 'tab' };

/** The blocks of the document's w:body. Throws InputError when there is none. */
export function readBody(root: DocElement, styles: RunStyles): BodyNode[] {
  const documentEl = root.children.find(isElement);
  const body = documentEl && first(documentEl, 'w:body');
  if (!body) throw inputError('corrupt', 'input.cannot-read', { what: ref('part.docx'), says: ref('says.unknown'), debug: '' });
  const out: BodyNode[] = [];
  new BodyReader(styles).readAll(body.children, out, []); // content lifted out of a paragraph-less picture is lost, as in mammoth
  return out;
}

type Field = { type: 'begin'; fldChar: DocElement } | { type: 'hyperlink' | 'unknown' } | { type: 'checkbox'; checked: boolean };

class BodyReader {
  /** Open complex fields (w:fldChar begin … separate … end), and the instruction text of the last begun. */
  private fields: Field[] = [];
  private instrText: string[] = [];
  /** Content of paragraphs whose mark is deleted, waiting for the next paragraph. */
  private deletedContent: DocNode[] = [];

  constructor(private readonly styles: RunStyles) {}

  /** Read elements in order: their nodes go to `out`, content lifted out of paragraphs (text boxes) to `extra`. */
  readAll(nodes: readonly DocNode[], out: BodyNode[], extra: BodyNode[]): void {
    for (const n of nodes) if (typeof n !== 'string') this.read(n, out, extra);
  }

  private read(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    switch (el.name) {
      case 'w:p':
        return this.paragraph(el, out);
      case 'w:r':
        return this.run(el, out, extra);
      case '#mark':
        out.push({ type: 'mark', paragraph: el.paragraph! });
        return;
      case 'w:t':
        out.push({ type: 'text', value: text(el) });
        return;
      case 'w:tab':
        out.push(TAB);
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00AD' });
        return;
      case 'w:sym':
        return symbol(el, out);
      case 'w:br':
        return lineBreak(el, out);
      case 'w:fldChar':
        return this.fieldChar(el, out);
      case 'w:instrText':
        this.instrText.push(text(el));
        return;
      case 'w:hyperlink':
        return this.hyperlink(el, out, extra);
      case 'w:tbl':
        return this.table(el, out, extra);
      case 'w:tr':
        return this.tableRow(el, out, extra);
      case 'w:tc':
        return this.tableCell(el, out, extra);
      case 'w:sdt':
        return this.structuredTag(el, out, extra);
      case 'w:pict': {
        // A VML picture's content (its text boxes) goes after the paragraph holding it.
        const inner: BodyNode[] = [];
        const lifted: BodyNode[] = [];
        this.readAll(el.children, inner, lifted);
        extra.push(...lifted, ...inner);
        return;
      }
      case 'mc:AlternateContent': // collapsed while parsing; kept for one nested in a Fallback
        this.readAll(first(el, 'mc:Fallback')?.children ?? [], out, extra);
        return;
      case 'w:bookmarkStart':
        if (el.attrs['w:name'] !== '_GoBack') out.push(OTHER);
        return;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
      case 'w:commentReference':
        out.push(OTHER);
        return;
      case 'wp:inline':
      case 'wp:anchor':
        for (const blip of drawingBlips(el)) if (blip.attrs['r:embed'] || blip.attrs['r:link']) out.push(OTHER);
        return;
      case 'v:imagedata':
        if (el.attrs['r:id']) out.push(OTHER);
        return;
      default:
        if (READ_CHILDREN.has(el.name)) this.readAll(el.children, out, extra);
    }
  }

  private paragraph(el: DocElement, out: BodyNode[]): void {
    const pPr = first(el, 'w:pPr');
    if (first(first(pPr, 'w:rPr'), 'w:del')) {
      this.deletedContent.push(...el.children);
      return;
    }
    let content: readonly DocNode[] = el.children;
    if (this.deletedContent.length) {
      content = this.deletedContent.concat(content);
      this.deletedContent = [];
    }
    const pStyle = first(pPr, 'w:pStyle');
    const children: BodyNode[] = [];
    const lifted: BodyNode[] = [];
    this.readAll(content, children, lifted);
    out.push(
      { type: 'paragraph', children, styleId: pStyle ? pStyle.attrs['w:val'] : null, alignment: first(pPr, 'w:jc')?.attrs['w:val'] },
      ...lifted,
    );
  }

  /**
   * A run's bold and font. Bold is the run's own w:b, else its character or paragraph style's (the
   * style of the paragraph the run is written in); a run whose first child is not its w:rPr has no
   * direct formatting of its own. The font is the East Asian one (w:eastAsia): for Chinese text it is
   * the one that shows (仿宋_GB2312, 黑体, 楷体_GB2312); without it the reader falls back to the styles.
   */
  private run(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    const children: BodyNode[] = [];
    this.readAll(el.children, children, extra);
    const rPr = first(el, 'w:rPr');
    if (el.firstIsRPr === false && this.styles.bold(el.pStyle, undefined)) {
      out.push({ type: 'run', children, isBold: true, font: undefined, styleId: null });
      return;
    }
    if (!rPr) {
      out.push({ type: 'run', children, isBold: false, font: undefined, styleId: null });
      return;
    }
    const b = first(rPr, 'w:b');
    const rStyle = first(rPr, 'w:rStyle');
    const isBold = b ? isOn(b.attrs['w:val']) : this.styles.bold(el.pStyle, lastRunStyle(rPr));
    const font = first(rPr, 'w:rFonts')?.attrs['w:eastAsia'] || undefined;
    out.push({ type: 'run', children, isBold, font, styleId: rStyle ? rStyle.attrs['w:val'] : null });
  }

  private hyperlink(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    const children: BodyNode[] = [];
    this.readAll(el.children, children, extra);
    if (el.attrs['r:id'] || el.attrs['w:anchor']) out.push({ type: 'hyperlink', children });
    else out.push(...children);
  }

  private fieldChar(el: DocElement, out: BodyNode[]): void {
    const type = el.attrs['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ type: 'begin', fldChar: el });
      this.instrText = [];
    } else if (type === 'end') {
      let field = this.fields.pop();
      if (!field) return;
      if (field.type === 'begin') field = this.parseField(field);
      if (field.type === 'checkbox') out.push({ type: 'checkbox', checked: field.checked });
    } else if (type === 'separate') {
      const field = this.fields.pop();
      if (field) this.fields.push(this.parseField(field));
    }
  }

  /** What the instruction text of a field asks for: only a form checkbox shows (its state). */
  private parseField(field: Field): Field {
    const instr = this.instrText.join('');
    if (/^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.test(instr)) return { type: 'hyperlink' };
    if (/\s*FORMCHECKBOX\s*/.test(instr)) {
      const box = field.type === 'begin' ? first(first(field.fldChar, 'w:ffData'), 'w:checkBox') : undefined;
      const checked = first(box, 'w:checked') ?? first(box, 'w:default');
      return { type: 'checkbox', checked: checked ? isOn(checked.attrs['w:val']) : false };
    }
    return { type: 'unknown' };
  }

  private structuredTag(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    const content: BodyNode[] = [];
    this.readAll(first(el, 'w:sdtContent')?.children ?? [], content, extra);
    const box = first(first(el, 'w:sdtPr'), 'wordml:checkbox');
    if (!box) {
      out.push(...content);
      return;
    }
    // The control's one character (☐ drawn with a symbol font) is shown as a checkbox.
    const checkedEl = first(box, 'wordml:checked');
    const checkbox: BodyNode = { type: 'checkbox', checked: !!checkedEl && isOn(checkedEl.attrs['wordml:val']) };
    if (replaceFirstText(content, checkbox)) out.push(...content);
    else out.push(checkbox);
  }

  private table(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    const rows: BodyNode[] = [];
    this.readAll(el.children, rows, extra);
    mergeVerticalCells(rows);
    out.push({ type: 'table', children: rows });
  }

  private tableRow(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    if (first(first(el, 'w:trPr'), 'w:del')) return;
    const cells: BodyNode[] = [];
    this.readAll(el.children, cells, extra);
    out.push({ type: 'tableRow', children: cells });
  }

  private tableCell(el: DocElement, out: BodyNode[], extra: BodyNode[]): void {
    const children: BodyNode[] = [];
    this.readAll(el.children, children, extra);
    const tcPr = first(el, 'w:tcPr');
    const gridSpan = first(tcPr, 'w:gridSpan')?.attrs['w:val'];
    const vMerge = first(tcPr, 'w:vMerge');
    const v = vMerge?.attrs['w:val'];
    out.push({
      type: 'tableCell',
      children,
      colSpan: gridSpan ? parseInt(gridSpan, 10) : 1,
      rowSpan: 1,
      vMerge: vMerge ? v === 'continue' || !v : null,
    });
  }
}

/** Elements read for their content only. */
const READ_CHILDREN: ReadonlySet<string> = new Set([
  'w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd',
  'w:moveToRangeStart', 'w:object', 'w:smartTag', 'w:drawing', 'v:roundrect', 'v:shape', 'v:textbox',
  'w:txbxContent', 'v:group', 'v:rect',
]);

/**
 * Cells continuing a vertical merge (w:vMerge without "restart") are dropped and counted in the rowSpan
 * of the cell above in the same grid column. Only in a table of rows of cells: anything else among them
 * and every cell is kept as it is.
 */
function mergeVerticalCells(rows: BodyNode[]): void {
  const regular = rows.every((r) => r.type === 'tableRow' && r.children.every((c) => c.type === 'tableCell'));
  if (!regular) return;
  const columns: Record<number, Extract<BodyNode, { type: 'tableCell' }>> = {};
  for (const row of rows as Array<Extract<BodyNode, { type: 'tableRow' }>>) {
    let at = 0;
    for (const cell of row.children as Array<Extract<BodyNode, { type: 'tableCell' }>>) {
      if (cell.vMerge && columns[at]) columns[at].rowSpan++;
      else {
        columns[at] = cell;
        cell.vMerge = false;
      }
      at += cell.colSpan;
    }
  }
  for (const row of rows as Array<Extract<BodyNode, { type: 'tableRow' }>>) {
    row.children = row.children.filter((c) => !(c.type === 'tableCell' && c.vMerge));
  }
}

/** Replace the first text that is not empty (document order, at any depth) with `by`. */
function replaceFirstText(nodes: BodyNode[], by: BodyNode): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if ('children' in n && replaceFirstText(n.children, by)) return true;
    if (n.type === 'text' && n.value.length > 0) {
      nodes[i] = by;
      return true;
    }
  }
  return false;
}

function symbol(el: DocElement, out: BodyNode[]): void {
  const font = el.attrs['w:font'];
  const char = el.attrs['w:char'];
  if (font === undefined || char === undefined) return;
  let u = dingbat(font, char);
  if (u == null && /^F0..$/.test(char)) u = dingbat(font, char.substring(2));
  if (u != null) out.push({ type: 'text', value: u.string });
}

function lineBreak(el: DocElement, out: BodyNode[]): void {
  const type = el.attrs['w:type'];
  if (type == null || type === 'textWrapping') out.push({ type: 'break', breakType: 'line' });
  else if (type === 'page' || type === 'column') out.push({ type: 'break', breakType: type });
}

/** wp:inline/wp:anchor → a:graphic → a:graphicData → pic:pic → pic:blipFill → a:blip, each level all children of that name. */
function drawingBlips(el: DocElement): DocElement[] {
  let level = [el];
  for (const name of ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip']) {
    level = level.flatMap((e) => e.children.filter((c): c is DocElement => isElement(c) && c.name === name));
  }
  return level;
}

/** The text of w:t or w:instrText: one piece of text or none (mammoth refuses anything else). */
function text(el: DocElement): string {
  if (el.children.length === 0) return '';
  const only = el.children[0];
  if (el.children.length !== 1 || typeof only !== 'string') throw inputError('corrupt', 'input.cannot-read', { what: ref('part.docx'), says: ref('says.unknown'), debug: '' });
  return only;
}

function lastRunStyle(rPr: DocElement): string | undefined {
  let style: string | undefined;
  for (const c of rPr.children) if (isElement(c) && c.name === 'w:rStyle') style = c.attrs['w:val'];
  return style;
}

/** An on/off value as mammoth reads it: anything but "false" and "0" is on (no value too). */
function isOn(v: string | undefined): boolean {
  return v !== 'false' && v !== '0';
}

function isElement(n: DocNode): n is DocElement {
  return typeof n !== 'string';
}

function first(el: DocElement | undefined, name: string): DocElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}
