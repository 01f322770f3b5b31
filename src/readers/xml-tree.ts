// A small, safe XML reader for the parts of office packages (OFD today): saxes turns the text into events and
// this module builds a light element tree. Packages come from strangers, so:
//  - a DOCTYPE is refused: no DTD is read and no entity is ever expanded (saxes knows only the five
//    predefined entities and character references; an undeclared one is an error, not an expansion);
//  - depth, element count and text size are capped, so a hostile part cannot exhaust the stack or memory.
// Names keep their prefix (`ofd:TextObject`) and are matched by local name (`TextObject`), because producers
// differ in the prefix they use (or use none, with a default namespace).
import { SaxesParser } from 'saxes';
import { inputError, type MessageId, type MessageParams } from '../i18n/index.js';

export interface XmlElement {
  /** Qualified name as written, e.g. "ofd:TextObject". */
  name: string;
  /** Name without its prefix, e.g. "TextObject". */
  local: string;
  /** Attributes by qualified name, as written. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), CDATA included. */
  text: string;
}

export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 64 * 1024 * 1024, maxDepth: 200, maxElements: 2_000_000 };

/** Parse one XML part into its root element. `part` names it in error messages. Throws InputError. */
export function parseXml(xml: string, part: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (xml.length > limits.maxChars) throw inputError('too-large', 'input.xml.too-large', { part, mb: limits.maxChars >> 20 });
  const parser = new SaxesParser({ position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  const fail = (id: MessageId, params: MessageParams = {}): never => {
    throw inputError('corrupt', id, { part, ...params });
  };
  parser.on('doctype', () => fail('input.xml.doctype'));
  parser.on('opentag', (tag) => {
    if (stack.length >= limits.maxDepth) fail('input.xml.deep', { depth: limits.maxDepth });
    if (++count > limits.maxElements) fail('input.xml.many', { count: limits.maxElements });
    const name = tag.name;
    const el: XmlElement = { name, local: localName(name), attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (e) => fail('input.xml.malformed', { detail: e.message.split('\n')[0].slice(0, 120) }));
  parser.write(xml).close();
  if (!root) fail('input.xml.empty');
  return root!;
}

/** Bytes of an XML part as text: UTF-8 (with or without BOM), or UTF-16 with its BOM. */
export function decodeXml(b: Uint8Array): string {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** First child element with this local name. */
export function childEl(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** All child elements with this local name. */
export function childEls(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/** The first element with this local name along a path of children: path(root, 'DocBody', 'DocRoot'). */
export function pathEl(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let cur = el;
  for (const l of locals) cur = childEl(cur, l);
  return cur;
}

/** An attribute by local name (attributes are usually unprefixed; a prefixed one matches too). */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  if (local in el.attrs) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local) return v;
  return undefined;
}
