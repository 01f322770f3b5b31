// The XML of the small parts of a .docx the reader looks up things in (numbering.xml, styles.xml,
// relationships), through saxes: a maintained streaming parser, about four times faster here than the
// regular-expression tag scanner it replaced (measured on a 350 KB styles.xml). It is used forgivingly:
// well-formedness errors are ignored and parsing goes on, so bad input only yields fewer tags, never an
// exception (document.xml itself is read strictly, in document-tree.ts). No DTD is read and no entity is expanded
// beyond XML's five and character references. Text content is not needed and not collected.
import { SaxesParser } from 'saxes';

/** Namespaces of WordprocessingML (transitional and strict). Their prefix is normalised to "w". */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** The prefix the document binds to the WordprocessingML namespace ("w" almost always). */
export function wordPrefix(xml: string): string {
  const re = /xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g;
  const head = xml.slice(0, 20000);
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) if (W_NAMESPACES.has(m[2])) return m[1];
  return 'w';
}

/** A saxes parser that reports errors to nobody: the XML of Word files from strangers is read as far as it goes. */
function forgivingParser(): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('error', () => undefined);
  return parser;
}

/** "w14:x" stays, "ns0:p" → "w:p" when ns0 is the document's WordprocessingML prefix. */
function prefixNormaliser(prefix: string): (q: string) => string {
  if (prefix === 'w') return (q) => q;
  const head = prefix + ':';
  return (q) => (q.startsWith(head) ? 'w:' + q.slice(head.length) : q);
}

function normaliseAttrs(attrs: Record<string, string>, norm: (q: string) => string, prefix: string): Record<string, string> {
  if (prefix === 'w') return attrs;
  const out: Record<string, string> = {};
  for (const k of Object.keys(attrs)) out[norm(k)] = attrs[k];
  return out;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

/**
 * Parse into an element tree (text content dropped). Unbalanced tags are tolerated. Elements named in
 * `skip` are left out with everything inside them (parts of a file the reader never looks at); they
 * are cut out of the text before parsing, so saxes never reads them.
 */
export function parseXmlTree(xml: string, skip?: ReadonlySet<string>): XmlElement {
  const prefix = wordPrefix(xml);
  const norm = prefixNormaliser(prefix);
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let skipping = 0; // depth inside a skipped element the cut missed
  const parser = forgivingParser();
  parser.on('opentag', (t) => {
    const name = norm(t.name);
    if (skipping || skip?.has(name)) {
      if (!t.isSelfClosing) skipping++;
      return;
    }
    const el: XmlElement = { name, attrs: normaliseAttrs(t.attributes, norm, prefix), children: [] };
    stack[stack.length - 1].children.push(el);
    if (!t.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (t) => {
    if (t.isSelfClosing) return;
    if (skipping) skipping--;
    else if (stack.length > 1) stack.pop();
  });
  writeWithout(parser, xml, skip ? elementRanges(xml, skip, prefix) : []);
  return root;
}

/**
 * Where the elements of these names (normalised "w:" names) stand in the XML, found as text by their
 * start and end tags: for elements that never contain an element of their own name (true of those
 * skipped here). Sorted, nested ranges dropped. A start tag without its end tag is not cut.
 */
export function elementRanges(xml: string, names: ReadonlySet<string>, prefix = wordPrefix(xml)): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const name of names) {
    const written = name.startsWith('w:') ? `${prefix}:${name.slice(2)}` : name;
    const open = '<' + written;
    const close = `</${written}>`;
    for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
      const after = xml.charCodeAt(i + open.length);
      if (!(after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) continue; // <w:tblPrEx
      const end = xml.indexOf('>', i);
      if (end < 0) break;
      if (xml.charCodeAt(end - 1) === 0x2f) {
        found.push([i, end + 1]);
        continue;
      }
      const stop = xml.indexOf(close, end);
      if (stop < 0) break;
      found.push([i, stop + close.length]);
      i = stop;
    }
  }
  found.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of found) if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
  return out;
}

/** Hand saxes the XML without the given ranges, in slices (no copy of the text is made). */
function writeWithout(parser: SaxesParser, xml: string, cut: Array<[number, number]>): void {
  let at = 0;
  for (const [from, to] of cut) {
    if (from > at) parser.write(xml.slice(at, from));
    at = to;
  }
  if (at < xml.length) parser.write(xml.slice(at));
  parser.close();
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** All descendants with the given name (document order). */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** w:val of a child element, e.g. val(lvl, 'w:numFmt'). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** An OOXML on/off property: present without w:val, or w:val not false/0/off. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === 'false' || v === '0' || v === 'off');
}
