// A small, forgiving XML tokenizer for the parts of a .docx we read ourselves (numbering.xml,
// styles.xml, and a rewriting pass over document.xml). Office XML has no DTDs and no mixed
// content that matters here, so a tag scanner is enough; it never throws on bad input, it only
// yields fewer tags.

/** Namespaces of WordprocessingML (transitional and strict). Their prefix is normalised to "w". */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export interface XmlTag {
  /** 'open' <a>, 'close' </a>, 'empty' <a/>. */
  type: 'open' | 'close' | 'empty';
  /** Qualified name as written, e.g. "w:p". */
  raw: string;
  /** Name with the WordprocessingML prefix normalised to "w:", e.g. "w:p". */
  name: string;
  /** Attributes as written (values entity-decoded), names with normalised "w:" prefix. */
  attrs: Record<string, string>;
  /** Offsets of the tag in the source string. */
  start: number;
  end: number;
}

// A tag with attributes whose values may contain '>' (allowed in XML), or a comment / PI / CDATA / doctype.
const TOKEN =
  /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|![^>]*>|\?[\s\S]*?\?>|(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The prefix the document binds to the WordprocessingML namespace ("w" almost always). */
export function wordPrefix(xml: string): string {
  const re = /xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g;
  const head = xml.slice(0, 20000);
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) if (W_NAMESPACES.has(m[2])) return m[1];
  return 'w';
}

/** Scan the tags of an XML string in order. */
export function* scanTags(xml: string, prefix = wordPrefix(xml)): Generator<XmlTag> {
  const norm = (q: string) => (prefix !== 'w' && q.startsWith(prefix + ':') ? 'w:' + q.slice(prefix.length + 1) : q);
  const re = new RegExp(TOKEN.source, 'g');
  const ar = new RegExp(ATTR.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2] === undefined) continue; // comment, PI, CDATA, doctype
    const attrText = m[3];
    let attrs: Record<string, string> | undefined;
    yield {
      type: m[1] ? 'close' : m[4] ? 'empty' : 'open',
      raw: m[2],
      name: norm(m[2]),
      // parsed on first use: most tags' attributes are never looked at
      get attrs(): Record<string, string> {
        if (!attrs) {
          attrs = {};
          if (attrText) {
            let a: RegExpExecArray | null;
            ar.lastIndex = 0;
            while ((a = ar.exec(attrText))) attrs[norm(a[1])] = decodeEntities(a[2] ?? a[3] ?? '');
          }
        }
        return attrs;
      },
      start: m.index,
      end: m.index + m[0].length,
    };
  }
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

/** Parse into an element tree (text content dropped). Unbalanced tags are tolerated. */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const t of scanTags(xml)) {
    const top = stack[stack.length - 1];
    if (t.type === 'close') {
      // pop to the matching open element, if any
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].name === t.name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    const el: XmlElement = { name: t.name, attrs: t.attrs, children: [] };
    top.children.push(el);
    if (t.type === 'open') stack.push(el);
  }
  return root;
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

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
