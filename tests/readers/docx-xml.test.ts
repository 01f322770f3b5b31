// The XML layer of the Word reader (saxes, used forgivingly): tag offsets for the rewriting pass over
// document.xml, the element tree of styles.xml and numbering.xml, and the parts of styles.xml it skips.
import { describe, expect, it } from 'vitest';
import { Styles } from '../../src/readers/docx/styles.js';
import { elementRanges, parseXmlTree, scanTags, type XmlElement } from '../../src/readers/docx/xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const names = (el: XmlElement): unknown => ({ [el.name]: el.children.map(names) });

describe('scanTags', () => {
  it('gives every tag with its offsets, so slicing them gives back the tags as written', () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><!-- <w:p/> --><w:p w:rsid="1>2"><w:r><w:t>一</w:t></w:r></w:p ><w:p/></w:document>`;
    const tags = [...scanTags(xml)];
    expect(tags.map((t) => `${t.type} ${t.name}`)).toEqual([
      'open w:document', 'open w:p', 'open w:r', 'open w:t', 'close w:t', 'close w:r', 'close w:p', 'empty w:p', 'close w:document',
    ]);
    expect(tags.map((t) => xml.slice(t.start, t.end))).toEqual([
      `<w:document ${W}>`, '<w:p w:rsid="1>2">', '<w:r>', '<w:t>', '</w:t>', '</w:r>', '</w:p >', '<w:p/>', '</w:document>',
    ]);
    expect(tags[1].attrs['w:rsid']).toBe('1>2');
  });

  it('decodes entities in attribute values and gives offsets past characters outside the BMP', () => {
    const xml = `<w:document ${W}><w:t>𠀀𠀀</w:t><w:rFonts w:eastAsia="A&amp;B &#x4EFF;宋"/></w:document>`;
    const rFonts = [...scanTags(xml)].find((t) => t.name === 'w:rFonts')!;
    expect(rFonts.attrs['w:eastAsia']).toBe('A&B 仿宋');
    expect(xml.slice(rFonts.start, rFonts.end)).toBe('<w:rFonts w:eastAsia="A&amp;B &#x4EFF;宋"/>');
  });

  it('normalises another prefix bound to WordprocessingML to w:, in names and attributes', () => {
    const xml = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:pStyle x:val="1"/></x:document>';
    const tag = [...scanTags(xml)].find((t) => t.raw === 'x:pStyle')!;
    expect(tag.name).toBe('w:pStyle');
    expect(tag.attrs).toEqual({ 'w:val': '1' });
  });

  it('reads a document longer than one piece handed to saxes, in order', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `<w:p w:n="${i}"><w:r/></w:p>`).join('');
    const xml = `<w:document ${W}><w:body>${body}</w:body></w:document>`;
    const ps = [...scanTags(xml)].filter((t) => t.name === 'w:p' && t.type === 'open');
    expect(ps.map((t) => Number(t.attrs['w:n']))).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(ps.every((t) => xml.slice(t.start, t.end) === `<w:p w:n="${t.attrs['w:n']}">`)).toBe(true);
  });

  it('never throws on broken XML: it reads what it can', () => {
    for (const xml of ['<w:p><w:r></w:p>', '<<<>>>', '<w:p a="1></w:p>', '</w:x><w:p/>', '<!DOCTYPE x [<!ENTITY e "&e;&e;">]><w:p>&e;</w:p>', '']) {
      expect(() => [...scanTags(xml)]).not.toThrow();
      expect(() => parseXmlTree(xml)).not.toThrow();
    }
    expect([...scanTags('<w:p><w:r></w:p>')].map((t) => `${t.type} ${t.name}`)).toEqual(['open w:p', 'open w:r', 'close w:p']);
  });
});

describe('parseXmlTree', () => {
  it('builds the element tree; elements named in skip are left out with their content', () => {
    const xml = `<w:styles ${W}><w:latentStyles><w:lsdException w:name="a"/></w:latentStyles><w:style w:styleId="T"><w:tblPr><w:tblBorders/></w:tblPr><w:tblPrEx/><w:tblStylePr w:type="x"><w:tblPr/></w:tblStylePr></w:style></w:styles>`;
    expect(names(parseXmlTree(xml))).toEqual({
      '#root': [{ 'w:styles': [{ 'w:latentStyles': [{ 'w:lsdException': [] }] }, { 'w:style': [{ 'w:tblPr': [{ 'w:tblBorders': [] }] }, { 'w:tblPrEx': [] }, { 'w:tblStylePr': [{ 'w:tblPr': [] }] }] }] }],
    });
    const skip = new Set(['w:latentStyles', 'w:tblPr', 'w:tblStylePr']);
    expect(names(parseXmlTree(xml, skip))).toEqual({ '#root': [{ 'w:styles': [{ 'w:style': [{ 'w:tblPrEx': [] }] }] }] });
  });

  it('elementRanges finds nested and self-closing elements, not longer names, and leaves an unclosed one', () => {
    const xml = '<a><w:tblStylePr><w:tblPr/></w:tblStylePr><w:tblPr x="1"/><w:tblPrEx/><w:tblPr>';
    const ranges = elementRanges(xml, new Set(['w:tblStylePr', 'w:tblPr']), 'w');
    expect(ranges.map(([a, b]) => xml.slice(a, b))).toEqual(['<w:tblStylePr><w:tblPr/></w:tblStylePr>', '<w:tblPr x="1"/>']);
  });
});

describe('Styles reads what it uses, skipping table formatting and latent styles', () => {
  it('resolves bold, font, alignment and indent along basedOn, with a table style among them', () => {
    const xml =
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      '<w:latentStyles w:count="2"><w:lsdException w:name="Normal"/></w:latentStyles>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>' +
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="a"/><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>' +
      '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="h1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>' +
      '</w:styles>';
    const s = new Styles(xml);
    expect(s.bold('h1', undefined)).toBe(true);
    expect(s.font('h1', undefined)).toBe('黑体');
    expect(s.jc('h1')).toBe('center');
    expect(s.firstLineIndent('h1')).toBe(true);
    expect(s.bold(undefined, undefined)).toBe(false);
    expect(s.font(undefined, undefined)).toBe('仿宋_GB2312');
    expect(s.styleName('TableGrid')).toBe('Table Grid');
    // The bold of the table style's first-row format is table formatting: not read.
    expect(s.bold('TableGrid', undefined)).toBe(false);
  });
});
