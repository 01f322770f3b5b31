// Word 2007+ (.docx) → DocModel, built on mammoth's document model (paragraphs, runs with bold
// and font, tables with rowSpan/colSpan), completed with what mammoth does not give: automatic
// numbering markers rebuilt from numbering.xml, East Asian fonts, style-inherited bold,
// alignment and indentation. Headers and footers (page furniture) are not read.
import type { Align, Block, Cell, DocModel, Paragraph, Run, Table } from '../model.js';
import { checkOle, isOle, isZip } from './doc.js';
import { libraryError } from './library-errors.js';
import { NumberingCounter, NumberingDefs, type LevelDef } from './docx-numbering.js';
import { MARK_PREFIX, prepareDocumentXml, type XmlParagraphInfo } from './docx-prepare.js';
import { renderedPages } from './docx-pages.js';
import { Styles } from './docx-styles.js';
import { parseXmlTree, descendants } from './docx-xml.js';
import { storeZip, ZipArchive } from './docx-zip.js';
import { inputError } from '../i18n/index.js';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

/** Minimal shapes of mammoth's document model (lib/documents.js). */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleId?: string | null;
  alignment?: string | null;
  isBold?: boolean;
  font?: string | null;
  breakType?: string;
  name?: string;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
  isHeader?: boolean;
}

interface Context {
  styles: Styles;
  infos: XmlParagraphInfo[];
  markers: Map<number, { text: string; level: LevelDef }>;
  counter: number;
  /** Page of each XML paragraph (w:lastRenderedPageBreak), when Word recorded them. */
  pages: number[] | null;
  /** Tables so far, and the one whose cells are being read: a clerk finds 表1第2行. */
  tables: number;
  table?: number;
}

/** Read a .docx file. Throws InputError for anything that is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocModel> {
  if (bytes.length === 0) throw inputError('empty', 'input.empty');
  if (isOle(bytes)) {
    checkOle(bytes); // encrypted .docx is an OLE file: refused here
    const { readDoc } = await import('./doc.js');
    return readDoc(bytes);
  }
  if (!isZip(bytes)) throw inputError('corrupt', 'input.docx.not-zip');
  // Imported here, outside the error mapping below: a missing package is not a corrupt input.
  const mammoth = (await import('mammoth')).default;
  try {
    return await readDocxZip(bytes, mammoth);
  } catch (err) {
    throw libraryError(err, 'part.docx');
  }
}

type Mammoth = typeof import('mammoth');

async function readDocxZip(bytes: Uint8Array, mammoth: Mammoth): Promise<DocModel> {
  const zip = new ZipArchive(bytes);
  const mainPath = relationshipTarget(zip, '_rels/.rels', '', REL_OFFICE_DOCUMENT) ?? 'word/document.xml';
  const main = zip.find(mainPath) ?? zip.find('word/document.xml');
  if (!main) throw inputError('corrupt', 'input.docx.no-document');
  const dir = main.name.includes('/') ? main.name.slice(0, main.name.lastIndexOf('/')) : '';
  const base = main.name.slice(dir ? dir.length + 1 : 0);
  const docRelsPath = (dir ? dir + '/' : '') + '_rels/' + base + '.rels';
  const stylesPath = relationshipTarget(zip, docRelsPath, dir, /\/styles$/) ?? joinPath(dir, 'styles.xml');
  const numberingPath = relationshipTarget(zip, docRelsPath, dir, /\/numbering$/) ?? joinPath(dir, 'numbering.xml');

  const docXml = zip.readText(main.name) ?? '';
  if (!/<(\w+:)?body[\s>]/.test(docXml)) throw inputError('corrupt', 'input.docx.no-body');
  const stylesXml = zip.readText(stylesPath);
  const numberingXml = zip.readText(numberingPath);

  const styles = new Styles(stylesXml);
  const defs = new NumberingDefs(numberingXml, styles);
  const prep = prepareDocumentXml(docXml, styles);

  // Number the paragraphs in document order, as Word does.
  const markers = new Map<number, { text: string; level: LevelDef }>();
  if (!defs.empty) {
    const counter = new NumberingCounter(defs);
    for (const p of prep.paragraphs) {
      if (p.deleted || p.inChoice) continue;
      const r = defs.resolve(p.numPr, p.pStyle);
      if (!r) continue;
      const m = counter.next(r);
      if (m) markers.set(p.index, m);
    }
  }

  let root: MNode | undefined;
  await mammoth.convertToHtml({ buffer: mammothArchive(zip, main.name, docRelsPath, prep.xml) }, {
    // Keep mammoth's model; return an empty document so the HTML step costs nothing.
    transformDocument: (doc: MNode) => {
      root = doc;
      return { ...doc, children: [] };
    },
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    ignoreEmptyParagraphs: false,
    // No HTML is kept, so no style map is needed (mammoth would parse its default one on every call).
    includeDefaultStyleMap: false,
    includeEmbeddedStyleMap: false,
  });
  if (!root) throw inputError('corrupt', 'input.docx.unparsed');

  const ctx: Context = { styles, infos: prep.paragraphs, markers, counter: 0, pages: renderedPages(docXml), tables: 0 };
  const blocks = convertBlocks(root.children ?? [], ctx, undefined);
  return { format: 'docx', blocks, encoding: 'utf-8', diagnostics: [] };
}

/**
 * A small stored archive with just the parts mammoth's model needs (already size-checked and inflated):
 * the prepared document.xml and its relationships. Not the document's styles.xml or numbering.xml: mammoth
 * only turns them into style names and list flags, which the reader does not use (it resolves styles and
 * numbering itself), and template files carry hundreds of KB of them. An empty styles part stands in,
 * because mammoth's own default for a missing one fails on the first table with a w:tblStyle.
 */
function mammothArchive(zip: ZipArchive, mainName: string, docRelsPath: string, documentXml: string): Buffer {
  const files: Array<{ name: string; data: Buffer }> = [];
  const add = (name: string, data: Buffer | undefined) => {
    if (data && !files.some((f) => f.name === name)) files.push({ name, data });
  };
  add('[Content_Types].xml', zip.read('[Content_Types].xml'));
  add('_rels/.rels', Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainName}"/></Relationships>`,
    'utf8',
  ));
  add(mainName, Buffer.from(documentXml, 'utf8'));
  const docRels = zip.find(docRelsPath);
  if (docRels) add(docRels.name, zip.read(docRels.name));
  add('word/styles.xml', Buffer.from(EMPTY_STYLES, 'utf8')); // mammoth's fallback path when no related part exists
  return storeZip(files);
}

function convertBlocks(nodes: MNode[], ctx: Context, row: number | undefined): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(convertParagraph(n, ctx, row));
    else if (n.type === 'table') out.push(convertTable(n, ctx));
    // Anything else at block level (stray runs from malformed files) is read as a paragraph.
    else if (n.type === 'run' || n.type === 'hyperlink') out.push(convertParagraph({ type: 'paragraph', children: [n] }, ctx, row));
  }
  return out;
}

function convertTable(n: MNode, ctx: Context): Table {
  const table: Table = { kind: 'table', rows: [], source: { paragraph: ctx.counter + 1 } };
  const outer = ctx.table;
  ctx.table = ++ctx.tables;
  let r = 0;
  for (const tr of n.children ?? []) {
    if (tr.type !== 'tableRow') continue;
    r++;
    const cells: Cell[] = [];
    for (const tc of tr.children ?? []) {
      if (tc.type !== 'tableCell') continue;
      cells.push({
        blocks: convertBlocks(tc.children ?? [], ctx, r),
        rowSpan: Math.max(1, tc.rowSpan ?? 1),
        colSpan: Math.max(1, tc.colSpan ?? 1),
      });
    }
    table.rows.push(cells);
  }
  ctx.table = outer;
  return table;
}

function convertParagraph(n: MNode, ctx: Context, row: number | undefined): Paragraph {
  const marks: number[] = [];
  const raw: Run[] = [];
  const pStyle = n.styleId ?? undefined;

  const walk = (node: MNode, bold: boolean, font: string | undefined) => {
    switch (node.type) {
      case 'run': {
        const b = !!node.isBold;
        const f = node.font ?? ctx.styles.font(pStyle, node.styleId ?? undefined);
        for (const c of node.children ?? []) walk(c, b, f);
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
      case 'bookmarkStart':
        if (node.name?.startsWith(MARK_PREFIX)) {
          const i = Number(node.name.slice(MARK_PREFIX.length));
          if (Number.isInteger(i)) marks.push(i);
        }
        return;
      default:
        for (const c of node.children ?? []) walk(c, bold, font);
    }
  };
  for (const c of n.children ?? []) walk(c, false, undefined);

  // The paragraph's own marker is the last one (a deleted paragraph's content is prepended).
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

function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Resolve a relationship target (relative to the source part's folder) by type. */
function relationshipTarget(zip: ZipArchive, relsPath: string, baseDir: string, type: RegExp): string | undefined {
  const xml = zip.has(relsPath) ? zip.readText(relsPath) : undefined;
  if (!xml) return undefined;
  for (const rel of descendants(parseXmlTree(xml), 'Relationship')) {
    if (!type.test(rel.attrs['Type'] ?? '') || rel.attrs['TargetMode'] === 'External') continue;
    const target = rel.attrs['Target'];
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : normalise(joinPath(baseDir, target));
    if (zip.has(path)) return zip.find(path)!.name;
  }
  return undefined;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
