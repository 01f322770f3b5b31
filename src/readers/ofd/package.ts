// The OFD container (GB/T 33190): a zip whose entry point OFD.xml names each document's root
// (DocBody/DocRoot → Document.xml), which lists the pages (Pages/Page@BaseLoc → Content.xml), the page templates
// and the resource files that declare the fonts. Signatures (Signs/), annotations (Annots/, where seals and stamps
// live), attachments and custom tags are not part of the printed text and are never opened.
import { InputError } from '../../errors.js';
import { ZipArchive } from '../docx/zip.js';
import { attr, childEl, childEls, decodeXml, DEFAULT_XML_LIMITS, parseXml, pathEl, type XmlElement } from '../xml-tree.js';
import { parseBox, type Box } from './geometry.js';
import { inputError } from '../../i18n/index.js';

export interface OfdFont {
  name: string;
  bold: boolean;
}

export interface OfdDocument {
  zip: ZipArchive;
  /** Paths of the pages' Content.xml inside the package, in page order. */
  pages: string[];
  /** Template pages by ID → their content file (a page draws its templates with it: running headers, a 版头). */
  templates: Map<string, string>;
  /** Page area of the document (each page may override it). */
  pageBox: Box;
  /** Fonts of PublicRes and DocumentRes by ID. */
  fonts: Map<string, OfdFont>;
}

const A4: Box = { x: 0, y: 0, w: 210, h: 297 };

/** Resolve a BaseLoc-style path: absolute from the package root, or relative to the file that names it. */
export function resolveLoc(from: string, loc: string): string {
  const base = loc.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of loc.split(/[/\\]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') base.pop();
    else base.push(part);
  }
  return base.join('/');
}

/**
 * The largest XML part read. A page drawn as vector graphics (a map, a form of many rules) can reach a few MB;
 * the element tree costs about ten times its text in memory, so 32 MB stays well within one process.
 */
export const MAX_OFD_PART_BYTES = 32 * 1024 * 1024;

/** Read an XML part of the package, or undefined when it is absent. */
export function readPart(zip: ZipArchive, loc: string): XmlElement | undefined {
  const entry = zip.find(loc);
  if (!entry) return undefined;
  if (entry.size > MAX_OFD_PART_BYTES)
    throw inputError('too-large', 'input.ofd.part-too-large', { name: entry.name, mb: Math.round(entry.size / 1048576), max: MAX_OFD_PART_BYTES >> 20 });
  const bytes = zip.read(loc);
  return bytes && parseXml(decodeXml(bytes), entry.name, { ...DEFAULT_XML_LIMITS, maxChars: MAX_OFD_PART_BYTES });
}

/** Open the package and follow OFD.xml to its first document's pages and fonts. Throws InputError. */
export function openOfd(bytes: Uint8Array): OfdDocument {
  const zip = new ZipArchive(bytes);
  // GM/T 0099 encryption puts its entry point beside OFD.xml; the parts it covers are ciphertext or decoys.
  if (zip.has('Encryptions.xml')) throw inputError('encrypted', 'input.ofd.encrypted');
  const ofd = readPart(zip, 'OFD.xml');
  if (!ofd || ofd.local !== 'OFD') throw inputError('corrupt', 'input.ofd.not-ofd');
  const body = childEl(ofd, 'DocBody');
  const rootLoc = pathEl(body, 'DocRoot')?.text.trim();
  if (!rootLoc) throw inputError('corrupt', 'input.ofd.no-document');
  const docLoc = resolveLoc('OFD.xml', rootLoc);
  const doc = readPart(zip, docLoc);
  if (!doc || doc.local !== 'Document') throw inputError('corrupt', 'input.ofd.document-missing', { loc: docLoc });
  const common = childEl(doc, 'CommonData');
  const pageBox = parseBox(pathEl(common, 'PageArea', 'PhysicalBox')?.text) ?? A4;
  const fonts = new Map<string, OfdFont>();
  for (const res of [...childEls(common, 'PublicRes'), ...childEls(common, 'DocumentRes')]) {
    const loc = res.text.trim();
    if (loc) addFonts(fonts, zip, resolveLoc(docLoc, loc));
  }
  const templates = new Map<string, string>();
  for (const t of childEls(common, 'TemplatePage')) {
    const id = attr(t, 'ID');
    const loc = attr(t, 'BaseLoc');
    if (id && loc) templates.set(id, resolveLoc(docLoc, loc));
  }
  const pages: string[] = [];
  for (const p of childEls(childEl(doc, 'Pages'), 'Page')) {
    const loc = attr(p, 'BaseLoc');
    if (loc) pages.push(resolveLoc(docLoc, loc));
  }
  if (!pages.length) throw inputError('corrupt', 'input.ofd.no-pages');
  return { zip, pages, templates, pageBox, fonts };
}

/** Add the fonts declared by one resource file (missing or damaged resource files only cost the font names). */
export function addFonts(fonts: Map<string, OfdFont>, zip: ZipArchive, loc: string): void {
  let res: XmlElement | undefined;
  try {
    res = readPart(zip, loc);
  } catch (e) {
    if (e instanceof InputError && e.reason === 'corrupt') return;
    throw e;
  }
  for (const f of childEls(childEl(res, 'Fonts'), 'Font')) {
    const id = attr(f, 'ID');
    if (!id || fonts.has(id)) continue;
    const name = attr(f, 'FontName') ?? attr(f, 'FamilyName') ?? '';
    fonts.set(id, { name, bold: attr(f, 'Bold') === 'true' });
  }
}
