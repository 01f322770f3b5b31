// word/document.xml read without mammoth (document-tree.ts, body.ts): each construct Word writes,
// read as mammoth's model read it (the reader's output was built on that model and is held to it).
import { describe, expect, it } from 'vitest';
import { paragraphText, type Block, type DocModel, type Paragraph, type Table } from '../../src/model.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { MAX_DEPTH } from '../../src/readers/docx/document-tree.js';
import { storeZip } from '../support/store-zip.js';
import { InputError } from '../../src/errors.js';

const WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = [
  `xmlns:w="${WNS}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
].join(' ');

const STYLES = `<w:styles xmlns:w="${WNS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="BoldPara"><w:name w:val="Bold"/><w:rPr><w:b/><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`;

function docx(body: string, opts: { documentXml?: string } = {}): Buffer {
  const xml = opts.documentXml ?? `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
  return storeZip([
    { name: 'word/document.xml', data: Buffer.from(xml) },
    { name: 'word/styles.xml', data: Buffer.from(STYLES) },
  ]);
}

const read = async (body: string): Promise<DocModel> => readDocx(docx(body));
const paragraphs = (m: DocModel): Paragraph[] => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const texts = async (body: string): Promise<string[]> => paragraphs(await read(body)).map(paragraphText);
const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;

describe('document.xml: what text shows', () => {
  // [construct, body, paragraph texts]
  const cases: Array<[string, string, string[]]> = [
    ['tracked insertion read, deletion dropped', p(`${r('保留')}<w:ins w:id="1">${r('插入')}</w:ins><w:del w:id="2"><w:r><w:delText>删除</w:delText></w:r></w:del>`), ['保留插入']],
    ['moved text: read where it went, not where it came from', p(`<w:moveFrom>${r('旧')}</w:moveFrom><w:moveTo>${r('新')}</w:moveTo>`), ['新']],
    ['a paragraph whose mark is deleted joins the next', p(r('一、'), '<w:rPr><w:del w:id="3"/></w:rPr>') + p(r('总体要求')), ['一、总体要求']],
    ['mc:AlternateContent: the Fallback, never the Choice', p(`<mc:AlternateContent><mc:Choice Requires="wps">${r('选择')}</mc:Choice><mc:Fallback>${r('后备')}</mc:Fallback></mc:AlternateContent>`), ['后备']],
    ['content controls, smart tags and custom XML: their content', `<w:sdt><w:sdtContent>${p(`<w:smartTag w:element="x">${r('甲')}</w:smartTag><w:customXml>${r('乙')}</w:customXml>`)}</w:sdtContent></w:sdt>`, ['甲乙']],
    ['complex field: instruction dropped, result kept', p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`), ['3']],
    ['simple field: left out with its result (as mammoth did)', p(`${r('第')}<w:fldSimple w:instr=" PAGE ">${r('3')}</w:fldSimple>${r('页')}`), ['第页']],
    ['form checkbox field', p(`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>${r('是')}`), ['☑是']],
    ['checkbox content control: its character shown as a box', p(`<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent>${r('X')}</w:sdtContent></w:sdt>${r('否')}`), ['☐否']],
    ['symbols through the Wingdings table, hyphens as Unicode', p(`<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/></w:r>`), ['✓a\u2011b\u00AD']],
    ['breaks: a line break is a newline; page, column and w:cr show nothing', p(`<w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:br w:type="page"/><w:t>c</w:t><w:br w:type="column"/><w:cr/><w:t>d</w:t><w:tab/><w:t>e</w:t></w:r>`), ['a\nbcd\te']],
    ['VML text box: its paragraphs follow the paragraph holding it', p(`${r('正文')}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(r('框内'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>${r('续')}`) + p(r('下段')), ['正文续', '框内', '下段']],
    ['hyperlinks, bookmarks, notes and comments: the text only', p(`<w:bookmarkStart w:id="0" w:name="x"/><w:hyperlink w:anchor="x">${r('链接')}</w:hyperlink><w:r><w:footnoteReference w:id="1"/><w:commentReference w:id="2"/></w:r><w:bookmarkEnd w:id="0"/>`), ['链接']],
    ['elements mammoth does not know are left out with their content', p(`${r('左')}<w:dir w:val="rtl">${r('右')}</w:dir>`), ['左']],
    ['entities, character references and spaces kept', p(r('A &amp; B &#x4E00; ')), ['A & B 一 ']],
    ['control characters kept (XML forbids them; generators write them)', p(r('甲\u000b乙')), ['甲\u000b乙']],
  ];
  it.each(cases)('%s', async (_name, body, expected) => {
    expect(await texts(body)).toEqual(expected);
  });
});

describe('document.xml: formatting and paragraph properties', () => {
  it('bold: direct w:b, w:b w:val="0" against a bold style, character and paragraph style bold', async () => {
    const m = await read(
      p(r('直接', '<w:b/>') + r('关闭', '<w:b w:val="0"/>') + r('字符', '<w:rStyle w:val="Strong"/>') + r('普通')) +
        p(r('段落样式') + r('不粗', '<w:b w:val="false"/>'), '<w:pStyle w:val="BoldPara"/>'),
    );
    const [a, b] = paragraphs(m);
    expect(a.runs).toEqual([{ text: '直接', bold: true }, { text: '关闭' }, { text: '字符', bold: true }, { text: '普通' }]);
    expect(b.runs).toEqual([{ text: '段落样式', bold: true, font: '黑体' }, { text: '不粗', font: '黑体' }]);
    expect(b.style).toBe('BoldPara');
  });

  it('font: the East Asian one, else the style\'s; alignment and first-line indent', async () => {
    const m = await read(p(r('仿宋', '<w:rFonts w:ascii="Times" w:eastAsia="仿宋_GB2312"/>') + r('西文', '<w:rFonts w:ascii="Times"/>'), '<w:jc w:val="center"/><w:ind w:firstLineChars="200"/>'));
    const [a] = paragraphs(m);
    expect(a.runs).toEqual([{ text: '仿宋', font: '仿宋_GB2312' }, { text: '西文' }]);
    expect(a.align).toBe('center');
    expect(a.indented).toBe(true);
  });

  it('another prefix bound to WordprocessingML reads the same', async () => {
    const xml = `<x:document xmlns:x="${WNS}"><x:body><x:p><x:pPr><x:jc x:val="center"/></x:pPr><x:r><x:rPr><x:b/></x:rPr><x:t>标题</x:t></x:r></x:p></x:body></x:document>`;
    const [a] = paragraphs(await readDocx(docx('', { documentXml: xml })));
    expect(a.runs).toEqual([{ text: '标题', bold: true }]);
    expect(a.align).toBe('center');
  });
});

describe('document.xml: tables', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(r(text))}</w:tc>`;
  const shape = (t: Table) => t.rows.map((row) => row.map((c) => `${c.blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : 'table')).join('|')}:${c.rowSpan}x${c.colSpan}`));

  it('vertical merges become rowSpan, w:gridSpan colSpan, deleted rows are dropped', async () => {
    const m = await read(
      `<w:tbl><w:tblPr/><w:tblGrid/>` +
        `<w:tr>${tc('序号', '<w:vMerge w:val="restart"/>')}${tc('任务', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc('', '<w:vMerge/>')}${tc('甲')}${tc('乙')}</w:tr>` +
        `<w:tr><w:trPr><w:del w:id="1"/></w:trPr>${tc('删')}${tc('删')}</w:tr>` +
        `</w:tbl>`,
    );
    expect(shape(m.blocks[0] as Table)).toEqual([['序号:2x1', '任务:1x2'], ['甲:1x1', '乙:1x1']]);
  });

  it('a bookmark between rows keeps every cell unmerged (as mammoth did)', async () => {
    const m = await read(`<w:tbl><w:tr>${tc('上', '<w:vMerge w:val="restart"/>')}</w:tr><w:bookmarkStart w:id="1" w:name="b"/><w:tr>${tc('', '<w:vMerge/>')}</w:tr></w:tbl>`);
    expect(shape(m.blocks[0] as Table)).toEqual([['上:1x1'], [':1x1']]);
  });

  it('a table in a cell stays a table in that cell', async () => {
    const m = await read(`<w:tbl><w:tr><w:tc><w:tbl><w:tr>${tc('内')}</w:tr></w:tbl>${p(r('外'))}</w:tc></w:tr></w:tbl>`);
    const outer = m.blocks[0] as Table;
    expect(shape(outer)).toEqual([['table|外:1x1']]);
    expect(shape(outer.rows[0][0].blocks[0] as Table)).toEqual([['内:1x1']]);
  });
});

describe('document.xml: damaged and hostile', () => {
  const refused = async (xml: string) => {
    const err = await readDocx(docx('', { documentXml: xml })).catch((e: unknown) => e);
    return { reason: err instanceof InputError ? err.reason : `not an InputError: ${String(err)}`, message: err instanceof Error ? err.message : '' };
  };

  it('XML that is not well-formed is refused in one clean line', async () => {
    for (const body of [`<w:p><w:r><w:t>a</w:tt></w:r></w:p>`, `<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>`, `<w:p><w:r>`]) {
      const xml = `<w:document ${NS}><w:body>${body}</w:body></w:document>`;
      expect(await refused(xml)).toEqual({ reason: 'corrupt', message: 'cannot read the Word document: its XML is damaged' });
    }
  });

  it(`nesting deeper than ${MAX_DEPTH} is refused before it is read`, async () => {
    const n = MAX_DEPTH + 10;
    const xml = `<w:document ${NS}><w:body><w:p>${'<w:hyperlink>'.repeat(n)}${r('x')}${'</w:hyperlink>'.repeat(n)}</w:p></w:body></w:document>`;
    expect((await refused(xml)).message).toMatch(/nested far deeper than any real document/);
  });

  it('a document element without w:body is refused', async () => {
    expect((await refused(`<w:document ${NS}><w:p/><x:body xmlns:x="urn:other"/></w:document>`)).reason).toBe('corrupt');
  });

  it('nesting within the bound is read', async () => {
    const n = MAX_DEPTH - 10;
    const body = `<w:p>${'<w:hyperlink>'.repeat(n)}${r('深')}${'</w:hyperlink>'.repeat(n)}</w:p>`;
    expect(await texts(body)).toEqual(['深']);
  });
});

describe('document.xml: what mammoth refused is read', () => {
  // mammoth 1.13 threw a TypeError on each of these and the whole document was refused.
  const cases: Array<[string, string, string[]]> = [
    ['a hyperlink to a relationship that does not exist, with an anchor', p(`<w:hyperlink r:id="rId99" w:anchor="x">${r('链接')}</w:hyperlink>`), ['链接']],
    ['an image whose relationship does not exist', p(`<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId99"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing><w:t>图</w:t></w:r>`), ['图']],
    ['a symbol without its font', p(`<w:r><w:sym w:char="F0FC"/><w:t>符</w:t></w:r>`), ['符']],
  ];
  it.each(cases)('%s', async (_name, body, expected) => {
    expect(await texts(body)).toEqual(expected);
  });
});

/** Keeps the helper honest: the blocks it builds are what the reader returns. */
describe('test helper', () => {
  it('builds a document the reader reads', async () => {
    const m: DocModel = await read(p(r('一')));
    expect(m.blocks.map((b: Block) => b.kind)).toEqual(['paragraph']);
  });
});
