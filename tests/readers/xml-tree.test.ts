// The small safe XML reader: namespaced names, text and CDATA, predefined entities only, limits.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { attr, childEl, childEls, parseXml, pathEl } from '../../src/readers/xml-tree.js';

const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof InputError ? `${e.reason}: ${e.message}` : `raw error: ${String(e)}`;
  }
  return 'no error';
};

describe('parseXml', () => {
  it('keeps qualified names, matches by local name, reads attributes, text, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">' +
        '<ofd:TextObject ID="4" Size="5.6"><ofd:TextCode X="0" Y="4.4">A&amp;B &#x4E00;<![CDATA[<二>]]></ofd:TextCode></ofd:TextObject>' +
        '<TextObject ID="5" ofd:Size="3"/></ofd:Layer></ofd:Content></ofd:Page>',
      'Content.xml',
    );
    expect([root.name, root.local]).toEqual(['ofd:Page', 'Page']);
    const layer = pathEl(root, 'Content', 'Layer');
    const objs = childEls(layer, 'TextObject');
    expect(objs.map((o) => attr(o, 'ID'))).toEqual(['4', '5']);
    expect(attr(objs[1], 'Size')).toBe('3'); // a prefixed attribute matches by its local name
    expect(childEl(objs[0], 'TextCode')?.text).toBe('A&B 一<二>');
    expect(attr(objs[0], 'Missing')).toBeUndefined();
  });

  it('refuses a DOCTYPE (no DTD, no entity expansion) and undefined entities', () => {
    expect(failure(() => parseXml('<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>', 'p.xml'))).toMatch(/^corrupt: p\.xml: a DOCTYPE/);
    expect(failure(() => parseXml('<a>&x;</a>', 'p.xml'))).toMatch(/^corrupt: p\.xml: not well-formed XML/);
  });

  it('refuses malformed XML and an empty part with one clean line', () => {
    expect(failure(() => parseXml('<a><b></a>', 'p.xml'))).toMatch(/^corrupt: p\.xml: not well-formed XML \(.+\)$/);
    expect(failure(() => parseXml('', 'p.xml'))).toMatch(/^corrupt: p\.xml: not well-formed XML \(document must contain a root element\.\)$/);
  });

  it('caps depth, element count and size', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    expect(failure(() => parseXml(deep, 'p.xml'))).toMatch(/^corrupt: p\.xml: elements nested deeper than 200$/);
    const many = `<a>${'<b/>'.repeat(50)}</a>`;
    expect(failure(() => parseXml(many, 'p.xml', { maxChars: 1e6, maxDepth: 10, maxElements: 20 }))).toMatch(/more than 20 elements/);
    expect(failure(() => parseXml(many, 'p.xml', { maxChars: 100, maxDepth: 10, maxElements: 1000 }))).toMatch(/^too-large: /);
  });
});
