// word/document.xml as an element tree, read in one saxes pass. Strict where the part is the document
// itself: XML that is not well-formed is refused (as mammoth's xmldom did), nesting is bounded (a hostile
// file nests 50,000 elements), no DTD is read and no entity is expanded beyond XML's own. Names are
// resolved by namespace, not by the prefix written, to the prefixes of mammoth's document reader
// ("w:p", "mc:Fallback", "wordml:checkbox"; "{uri}name" for other namespaces), so a file that binds
// WordprocessingML to "ns0" reads the same. mc:AlternateContent is replaced by its mc:Fallback's content.
// Text is kept only where it is read: inside w:t and w:instrText.
//
// The same pass collects what the reader needs of each paragraph as written (XmlParagraphInfo) and
// marks each paragraph's start with a '#mark' child, so the paragraph that finally shows a run of text
// (a deleted paragraph's text joins the next one) still knows its own properties.
import { SaxesParser } from 'saxes';
import { InputError } from '../../errors.js';
import { readFirstLineIndent, type NumPr } from './styles.js';
import { inputError, ref } from '../../i18n/index.js';

export interface DocElement {
  /** The name by namespace, as above. '#mark' for the mark at each paragraph's start. */
  name: string;
  /** Attributes by the same names (an unprefixed attribute keeps its bare name). */
  attrs: Record<string, string>;
  /** Child elements; strings (text) only inside w:t and w:instrText. */
  children: DocNode[];
  /** w:p and its '#mark': the paragraph's 0-based order among the part's w:p start tags. */
  paragraph?: number;
  /** w:r: the style of the paragraph it is written in (its bold comes from it). */
  pStyle?: string;
  /** w:r: whether its first child element is its w:rPr (undefined while it has none). */
  firstIsRPr?: boolean;
}

export type DocNode = DocElement | string;

export interface XmlParagraphInfo {
  /** 0-based order of the w:p start tags in the document part. */
  index: number;
  pStyle?: string;
  numPr?: NumPr;
  jc?: string;
  firstLineIndent?: boolean;
  /** The paragraph mark is a tracked deletion (its text joins the next paragraph). */
  deleted: boolean;
  /** Never shown: inside mc:Choice (the mc:Fallback copy is read), w:del or w:moveFrom. */
  inChoice: boolean;
}

/**
 * Deeper than any real document (a table nested in a table adds three levels), far below what the
 * recursive reading after it can hold.
 */
export const MAX_DEPTH = 1000;

export const DAMAGED_XML = 'cannot read the Word document: its XML is damaged';
export const TOO_DEEP = 'cannot read the Word document: its content is nested far deeper than any real document (damaged or hostile file)';

/** Namespaces by the prefix mammoth's reader gives them (office-xml-reader.js). */
const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const READ_ATTRIBUTE_PREFIX = /^(w|r|wordml):/;

/** The prefixes in force at one element, and the names already resolved under them. */
class Scope {
  private readonly elementNames = new Map<string, string>();
  private readonly attrNames = new Map<string, string>();

  constructor(private readonly uris: Map<string, string>) {}

  /** A scope with these xmlns attributes added, or this one when there are none. */
  with(attrs: Record<string, string>): Scope {
    let uris: Map<string, string> | undefined;
    for (const k in attrs) {
      if (k.charCodeAt(0) !== 0x78 || !(k === 'xmlns' || k.startsWith('xmlns:'))) continue;
      uris ??= new Map(this.uris);
      uris.set(k === 'xmlns' ? '' : k.slice(6), attrs[k]);
    }
    return uris ? new Scope(uris) : this;
  }

  element(raw: string): string {
    let name = this.elementNames.get(raw);
    if (name === undefined) this.elementNames.set(raw, (name = this.resolve(raw, true)));
    return name;
  }

  /** Attributes by resolved names; the object saxes made when no name changes. */
  attributes(attrs: Record<string, string>): Record<string, string> {
    let out: Record<string, string> | undefined;
    let i = 0;
    for (const k in attrs) {
      let name = this.attrNames.get(k);
      if (name === undefined) this.attrNames.set(k, (name = this.resolveAttribute(k)));
      if (name !== k && !out) {
        out = {};
        let j = 0;
        for (const k2 in attrs) if (j++ < i) out[k2] = attrs[k2];
      }
      if (out) out[name] = attrs[k];
      i++;
    }
    return out ?? attrs;
  }

  /**
   * Attributes are looked up only in the w:, r: and wordml: namespaces: others keep the name as written
   * (xml:space, w14:paraId on every paragraph), so their element keeps the object saxes made. A name
   * written with one of those prefixes bound elsewhere is still renamed, so it cannot be taken for one.
   */
  private resolveAttribute(raw: string): string {
    const colon = raw.indexOf(':');
    if (colon < 0) return raw;
    const name = this.resolve(raw, false);
    if (name === raw || READ_ATTRIBUTE_PREFIX.test(name) || READ_ATTRIBUTE_PREFIX.test(raw)) return name;
    return raw;
  }

  /** As xmldom and mammoth name it: mapped prefix, {uri} for others, the bare name without a namespace. */
  private resolve(raw: string, isElement: boolean): string {
    const colon = raw.indexOf(':');
    if (colon < 0 && !isElement) return raw;
    const prefix = colon < 0 ? '' : raw.slice(0, colon);
    const local = raw.slice(colon + 1);
    const uri = prefix === 'xml' ? XML_NAMESPACE : this.uris.get(prefix);
    if (!uri) return local;
    const mapped = PREFIXES[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  }
}

const TEXT_HOLDERS = new Set(['w:t', 'w:instrText']);

/** Parse document.xml. Throws InputError when it is not well-formed or nested too deeply. */
export function parseDocumentXml(xml: string): { root: DocElement; paragraphs: XmlParagraphInfo[] } {
  const root: DocElement = { name: '#root', attrs: {}, children: [] };
  const stack: DocElement[] = [root];
  const scopes: Scope[] = [new Scope(new Map())];
  const infos = new ParagraphInfos();
  const parser = new SaxesParser({ position: false });
  parser.on('error', refuseDamaged);
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw inputError('corrupt', 'input.cannot-read', { what: ref('part.docx'), says: ref('says.nested'), debug: '' });
    const attributes = tag.attributes as Record<string, string>; // no xmlns processing: values are strings
    const scope = scopes[scopes.length - 1].with(attributes);
    const el: DocElement = { name: scope.element(tag.name), attrs: scope.attributes(attributes), children: [] };
    const parent = stack[stack.length - 1];
    if (parent.name === 'w:r' && parent.firstIsRPr === undefined) parent.firstIsRPr = el.name === 'w:rPr';
    parent.children.push(el);
    infos.open(el, stack, tag.isSelfClosing);
    if (el.name === 'w:p') el.children.push({ name: '#mark', attrs: {}, children: [], paragraph: el.paragraph });
    if (!tag.isSelfClosing) {
      stack.push(el);
      scopes.push(scope);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const el = stack.pop()!;
    scopes.pop();
    infos.close(el);
    if (el.name === 'mc:AlternateContent') collapse(stack[stack.length - 1], el);
  });
  parser.on('text', (text) => {
    const el = stack[stack.length - 1];
    if (TEXT_HOLDERS.has(el.name)) el.children.push(text);
  });
  parser.write(xml).close();
  return { root, paragraphs: infos.list };
}

/** mc:AlternateContent → the content of its mc:Fallback (mammoth's reading; mc:Choice is never read). */
function collapse(parent: DocElement, ac: DocElement): void {
  const fallback = ac.children.find((c): c is DocElement => typeof c !== 'string' && c.name === 'mc:Fallback');
  const at = parent.children.lastIndexOf(ac);
  parent.children.splice(at, 1, ...(fallback?.children ?? []));
}

/** What the reader needs of each paragraph as written: its properties, and whether Word shows it. */
class ParagraphInfos {
  readonly list: XmlParagraphInfo[] = [];
  private readonly open_: XmlParagraphInfo[] = [];
  private hidden = 0;

  open(el: DocElement, stack: DocElement[], empty: boolean): void {
    const para = this.open_[this.open_.length - 1];
    /** Whose property the element is: [parent, grandparent, great-grandparent] names. */
    const under = (a: string, b: string, c?: string) =>
      stack[stack.length - 1].name === a && stack[stack.length - 2]?.name === b && (c === undefined || stack[stack.length - 3]?.name === c);
    switch (el.name) {
      case 'w:p': {
        const info: XmlParagraphInfo = { index: this.list.length, deleted: false, inChoice: this.hidden > 0 };
        el.paragraph = info.index;
        this.list.push(info);
        if (!empty) this.open_.push(info);
        break;
      }
      case 'w:pStyle':
        if (para && under('w:pPr', 'w:p')) para.pStyle = el.attrs['w:val'];
        break;
      case 'w:jc':
        if (para && under('w:pPr', 'w:p')) para.jc = el.attrs['w:val'];
        break;
      case 'w:ind':
        if (para && under('w:pPr', 'w:p')) para.firstLineIndent = readFirstLineIndent({ name: 'w:ind', attrs: el.attrs, children: [] });
        break;
      case 'w:ilvl':
      case 'w:numId':
        if (para && under('w:numPr', 'w:pPr', 'w:p')) {
          const val = el.attrs['w:val'];
          para.numPr ??= {};
          if (el.name === 'w:numId') para.numPr.numId = val;
          else if (val !== undefined && /^\d+$/.test(val)) para.numPr.ilvl = Math.min(8, parseInt(val, 10));
        }
        break;
      case 'w:del':
        if (para && under('w:rPr', 'w:pPr', 'w:p')) para.deleted = true;
        if (!empty) this.hidden++;
        break;
      case 'w:r':
        el.pStyle = para?.pStyle;
        break;
      case 'mc:Choice':
      case 'w:moveFrom':
        if (!empty) this.hidden++;
        break;
    }
  }

  close(el: DocElement): void {
    if (el.name === 'w:p') this.open_.pop();
    else if (el.name === 'mc:Choice' || el.name === 'w:del' || el.name === 'w:moveFrom') this.hidden--;
  }
}

/** Throw InputError unless `xml` is well-formed (for small parts read only for what they point to). */
export function checkWellFormed(xml: string): void {
  const parser = new SaxesParser({ position: false });
  parser.on('error', refuseDamaged);
  parser.write(xml).close();
}

/**
 * XML that is not well-formed is refused, except for characters XML does not allow (control characters
 * from the programs that generate Word files): saxes reports them and keeps them, as xmldom kept them
 * without a word, so the text reads as it did through mammoth.
 */
function refuseDamaged(err: Error): void {
  if (/disallowed character|"\]\]>" is disallowed/.test(err.message)) return;
  throw inputError('corrupt', 'input.cannot-read', { what: ref('part.docx'), says: ref('says.xml'), debug: '' });
}
