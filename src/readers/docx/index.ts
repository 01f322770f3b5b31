// Word 2007+ (.docx) → DocModel. The reader opens the zip itself (guarded, zip.ts), reads
// word/document.xml with saxes into paragraphs, runs and tables as mammoth's document model has them
// (document-tree.ts, body.ts: the output was built on mammoth's model and is held to it), and completes
// them with what that model does not give: automatic numbering markers rebuilt from numbering.xml,
// East Asian fonts, style-inherited bold, alignment and indentation (styles.ts, numbering.ts).
// Headers, footers, footnotes and comments (page furniture and remarks) are not read.
import { InputError } from '../../errors.js';
import type { DocModel } from '../../model.js';
import { checkOle, isOle, isZip } from '../doc.js';
import { libraryError } from '../library-errors.js';
import { convertBlocks, type BlockContext } from './blocks.js';
import { readBody } from './body.js';
import { checkWellFormed, parseDocumentXml, type XmlParagraphInfo } from './document-tree.js';
import { NumberingCounter, NumberingDefs, type LevelDef } from './numbering.js';
import { renderedPages } from './pages.js';
import { Styles } from './styles.js';
import { parseXmlTree, descendants } from './xml.js';
import { ZipArchive } from './zip.js';
import { inputError } from '../../i18n/index.js';

export { mergeRuns } from './blocks.js';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** Read a .docx file. Throws InputError for anything that is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocModel> {
  if (bytes.length === 0) throw inputError('empty', 'input.empty');
  if (isOle(bytes)) {
    checkOle(bytes); // encrypted .docx is an OLE file: refused here
    const { readDoc } = await import('../doc.js');
    return readDoc(bytes);
  }
  if (!isZip(bytes)) throw inputError('corrupt', 'input.docx.not-zip');
  try {
    return readDocxZip(bytes);
  } catch (err) {
    throw libraryError(err, 'part.docx');
  }
}

function readDocxZip(bytes: Uint8Array): DocModel {
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
  // Word refuses a package whose content types or relationships are not XML; so did mammoth.
  for (const part of ['[Content_Types].xml', docRelsPath]) {
    const bytes = zip.read(part);
    if (bytes) checkWellFormed(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  }
  const styles = new Styles(stylesXml);
  const defs = new NumberingDefs(numberingXml, styles);
  const { root, paragraphs } = parseDocumentXml(docXml);
  const body = readBody(root, styles);

  const ctx: BlockContext = {
    styles,
    infos: paragraphs,
    markers: numberingMarkers(paragraphs, defs),
    counter: 0,
    pages: renderedPages(docXml),
    tables: 0,
  };
  const blocks = convertBlocks(body, ctx, undefined);
  return { format: 'docx', blocks, encoding: 'utf-8', diagnostics: [] };
}

/** Number the paragraphs in document order, as Word does (paragraphs Word does not show count for nothing). */
function numberingMarkers(paragraphs: XmlParagraphInfo[], defs: NumberingDefs): Map<number, { text: string; level: LevelDef }> {
  const markers = new Map<number, { text: string; level: LevelDef }>();
  if (defs.empty) return markers;
  const counter = new NumberingCounter(defs);
  for (const p of paragraphs) {
    if (p.deleted || p.inChoice) continue;
    const r = defs.resolve(p.numPr, p.pStyle);
    if (!r) continue;
    const m = counter.next(r);
    if (m) markers.set(p.index, m);
  }
  return markers;
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
