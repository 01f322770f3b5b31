// The XML layer of the Word reader for its small parts (saxes, used forgivingly): the element tree of
// styles.xml and numbering.xml, and the parts of styles.xml it skips.
import { describe, expect, it } from 'vitest';
import { Styles } from '../../src/readers/docx/styles.js';
import { elementRanges, parseXmlTree, type XmlElement } from '../../src/readers/docx/xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const names = (el: XmlElement): unknown => ({ [el.name]: el.children.map(names) });

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
