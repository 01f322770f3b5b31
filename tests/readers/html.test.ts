// The HTML reader: web pages, Word's web-page "documents" and MHT archives built here from the
// seed notices parse as the seeds' .txt do; the reader's own rules on small pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseBytes, parseFile } from '../../src/pipeline.js';
import { textToModel } from '../../src/readers/txt.js';
import { readHtml } from '../../src/readers/html/html.js';
import { detectFormat } from '../../src/readers/detect.js';
import type { Block, Paragraph, Table } from '../../src/model.js';
import { loadGold, score } from '../support/gold.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const seeds = ['000_cdc8212ff34390a1', '001_25847d351ed9b26e', '002_2c6f66eac2dcb85f', '003_e6c18e5cbf62b806', '004_de53bfd0c85c9c9e'];
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A seed's blocks as HTML elements: paragraphs as <p> with <b> runs, tables with their spans. */
function blockToHast(b: Block): Element {
  if (b.kind === 'paragraph') return h('p', b.align ? { align: b.align } : {}, b.runs.map((r) => (r.bold ? h('b', r.text) : r.text)));
  return tableToHast(b);
}
function tableToHast(t: Table): Element {
  return h('table', { border: 1 }, t.rows.map((row) => h('tr', row.map((c) => h('td', {
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined, colSpan: c.colSpan > 1 ? c.colSpan : undefined,
  }, c.blocks.map(blockToHast))))));
}

/** A government site's page around the notice: navigation, scripts and styles that are not the notice. */
async function seedAsWebPage(id: string): Promise<string> {
  const model = await textToModel(readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'));
  return '<!DOCTYPE html>\n' + toHtml(h('html', [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', '政务公开_某县人民政府'), h('script', 'var t = "关于印发";'), h('style', 'p { margin: 0 }')]),
    h('body', [h('nav', ['首页 > 政务公开 > 通知公告']), h('div', { className: ['content'] }, model.blocks.map(blockToHast)),
      h('div', { style: 'display:none' }, '（责任单位：隐藏的单位）')]),
  ]));
}

/** What Word writes when a document is saved as a web page: MSO classes, spans, source lines wrapped at 76 columns. */
function wordHtml(p: Paragraph): string {
  // Word breaks long source lines inside text too: every 38 characters here.
  const wrap = (s: string) => s.replace(/(.{38})/g, '$1\r\n');
  const runs = p.runs.map((r) => `<span\r\nstyle='font-family:仿宋_GB2312${r.bold ? ';font-weight:bold' : ''}'>${escape(wrap(r.text))}</span>`).join('');
  return `<p class=MsoNormal${p.align ? ` align=${p.align}` : ''}>${runs}<o:p></o:p></p>`;
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function seedAsWordHtml(id: string): Promise<string> {
  const model = await textToModel(readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'));
  const body = model.blocks.map((b) => (b.kind === 'paragraph' ? wordHtml(b) : toHtml(tableToHast(b)))).join('\r\n');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\r\n`
    + `<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>\r\n`
    + `<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>\r\n${body}\r\n</div></body></html>`;
}

function quotedPrintable(bytes: Uint8Array): string {
  let out = '', line = '';
  for (const b of bytes) {
    const enc = b === 0x0a ? '\r\n' : b === 0x0d ? '' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (enc === '\r\n') { out += line + '\r\n'; line = ''; continue; }
    if (line.length + enc.length > 75) { out += line + '=\r\n'; line = ''; }
    line += enc;
  }
  return out + line;
}

/** A web archive as Word and browsers write it: the page as one MIME part, an image as another. */
function mht(html: Uint8Array, encoding: 'quoted-printable' | 'base64'): Uint8Array {
  const body = encoding === 'base64' ? Buffer.from(html).toString('base64').replace(/(.{76})/g, '$1\r\n') : quotedPrintable(html);
  return utf8([
    'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01D9A1B2.3C4D5E60"', '',
    'This document is a Single File Web Page, also known as a Web Archive file.', '',
    '------=_NextPart_01D9A1B2.3C4D5E60', 'Content-Location: file:///C:/notice.htm', `Content-Transfer-Encoding: ${encoding}`,
    'Content-Type: text/html; charset="utf-8"', '', body, '',
    '------=_NextPart_01D9A1B2.3C4D5E60', 'Content-Location: file:///C:/notice.files/image001.png', 'Content-Transfer-Encoding: base64',
    'Content-Type: image/png', '', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', '',
    '------=_NextPart_01D9A1B2.3C4D5E60--', '',
  ].join('\r\n'));
}

function expectLikeTheSeed(id: string, table: Awaited<ReturnType<typeof parseBytes>>) {
  const s = score(loadGold(join(root, 'seeds', `${id}.gold.json`)), table);
  expect(s.docMisses).toEqual([]);
  expect(s.fieldMisses, JSON.stringify(s.fieldMisses)).toEqual([]);
  expect([s.taskHit, s.taskPred]).toEqual([s.taskGold, s.taskGold]);
  expect([s.headHit, s.headPred]).toEqual([s.headGold, s.headGold]);
}

describe('seed notices as web pages score as their .txt', () => {
  const dir = tempDir('html');
  for (const id of seeds) {
    it(`${id}.html`, async () => {
      const file = join(dir, `${id}.html`);
      writeFileSync(file, await seedAsWebPage(id));
      const table = await parseFile(file);
      expect(table.source).toMatchObject({ format: 'html', encoding: 'utf-8' });
      expectLikeTheSeed(id, table);
      expect(table.tasks.every((t) => (t.source.paragraph ?? 0) > 0)).toBe(true);
    });
    it(`${id} saved by Word as a web page and named .doc`, async () => {
      const file = join(dir, `${id}.doc`);
      writeFileSync(file, await seedAsWordHtml(id));
      const table = await parseFile(file);
      expect(table.source.format).toBe('html');
      expectLikeTheSeed(id, table);
    });
  }
  it.each(['quoted-printable', 'base64'] as const)('a seed as an MHT web archive (%s), named .doc', async (encoding) => {
    const file = join(dir, `000-${encoding}.doc`);
    writeFileSync(file, mht(utf8(await seedAsWordHtml('000_cdc8212ff34390a1')), encoding));
    const table = await parseFile(file);
    expect(table.source.format).toBe('html');
    expectLikeTheSeed('000_cdc8212ff34390a1', table);
  });
  it.each(['002_2c6f66eac2dcb85f', '003_e6c18e5cbf62b806'])('%s as a GB2312 page (charset from the meta tag)', async (id) => {
    // The seed's GBK bytes, one <p> a line; markup is ASCII, and GBK never uses < or & inside a character.
    const gbk = readFileSync(join(root, 'seeds', `${id}.gbk.txt`));
    const lines: Buffer[] = [];
    let start = 0;
    for (let i = 0; i <= gbk.length; i++) {
      if (i < gbk.length && gbk[i] !== 0x0a) continue;
      const line = gbk.subarray(start, i).toString('latin1').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      lines.push(Buffer.concat([Buffer.from('<p>'), Buffer.from(line, 'latin1'), Buffer.from('</p>\n')]));
      start = i + 1;
    }
    const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>\n'), ...lines, Buffer.from('</body></html>')]);
    const table = await parseBytes(new Uint8Array(page));
    expect(table.source.encoding).toBe('gb18030');
    expectLikeTheSeed(id, table);
  });
});

describe('a government site\'s page', () => {
  // The layout of a 政府信息公开 page (wording from 沪府办发〔2025〕17号): header and menu, breadcrumbs,
  // the metadata table, the title in <h1>, a source line, the notice, share buttons and a footer.
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知_上海市人民政府</title></head>
<body><div class="header"><div class="logo">上海市人民政府</div>
<ul class="nav-list"><li><a href="/">首页</a></li><li><a>通知公告</a></li><li><a>政府信息公开年度报告</a></li></ul></div>
<div class="breadcrumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>市政府文件</a></div>
<table class="xxgk_table"><tr><td>索引号：</td><td>SH0100-2025-00123</td><td>主题分类：</td><td>科技</td></tr>
<tr><td>发文机关：</td><td>上海市人民政府办公厅</td><td>成文日期：</td><td>2025年09月04日</td></tr>
<tr><td>标　　题：</td><td colspan="3">上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知</td></tr>
<tr><td>发文字号：</td><td>沪府办发〔2025〕17号</td><td>发布日期：</td><td>2025-09-10</td></tr></table>
<div class="article"><h1 class="title">上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知</h1>
<div class="info">来源：上海市人民政府办公厅　　发布时间：2025-09-10　　【字体：大 中 小】</div>
<div id="ivs_content"><p>各区人民政府，市政府各委、办、局，各有关单位：</p>
<p>　　《上海市促进高端医疗器械产业全链条发展行动方案》已经市政府同意，现印发给你们，请认真按照执行。</p>
<p style="text-align:right">上海市人民政府办公厅</p><p style="text-align:right">2025年9月4日</p><p>（此件公开发布）</p>
<p style="text-align:center"><strong>上海市促进高端医疗器械产业全链条发展行动方案</strong></p>
<p>　　一、主要目标</p><p>　　到2027年，新增首次获批境内第三类医疗器械注册证超500件。（责任单位：市药品监管局、市经济信息化委）</p></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div></div>
<div class="footer">主办：上海市人民政府办公厅　沪ICP备12345678号</div></body></html>`;

  it('gives the notice\'s fields, outline and task, and nothing from the page around it', async () => {
    const t = await parseBytes(utf8(page), { file: 'notice.html' });
    expect(t.document).toMatchObject({
      docNumber: '沪府办发〔2025〕17号', issuer: '上海市人民政府办公厅', date: '2025-09-04', publicity: '此件公开发布',
      title: '上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知',
      planTitle: '上海市促进高端医疗器械产业全链条发展行动方案',
    });
    expect(t.headings.map((h) => h.marker + h.title)).toEqual(['一、主要目标']);
    expect(t.tasks.map((x) => x.responsibleUnits)).toEqual([['市药品监管局', '市经济信息化委']]);
    expect(t.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('HTML reader', () => {
  const read = (html: string) => readHtml(utf8(html));
  const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '<table>'));

  it('makes block elements and <br> paragraphs, and leaves out scripts, styles, navigation and hidden text', async () => {
    const m = await read('<html><head><title>t</title><style>p{}</style></head><body><nav><a>首页</a></nav><script>x()</script>'
      + '<div role="navigation">政务公开</div><ul class="menu"><li>通知公告</li></ul><ul><li><a>信息发布</a></li></ul><footer>版权所有</footer>'
      + '<div>关于印发<br>工作要点的通知</div><p>各乡镇：</p><ul><li>一、总体要求</li><li>二、工作任务</li></ul><p hidden>隐藏</p><noscript>请开启脚本</noscript></body></html>');
    expect(texts(m.blocks)).toEqual(['关于印发', '工作要点的通知', '各乡镇：', '一、总体要求', '二、工作任务']);
    expect(m.blocks.map((b) => (b.kind === 'paragraph' ? b.source.paragraph : 0))).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads <b>, <strong> and bold styles as bold runs, font-weight:normal as not bold', async () => {
    const m = await read('<p>加强公开。<b>（县发改局牵头）</b><strong>甲</strong><span style="font-weight: 700">乙</span><b><span style="font-weight:normal">丙</span></b></p>');
    expect((m.blocks[0] as Paragraph).runs).toEqual([{ text: '加强公开。' }, { text: '（县发改局牵头）甲乙', bold: true }, { text: '丙' }]);
  });

  it('drops a source line break between Chinese characters and collapses other white space', async () => {
    const m = await read('<p>各乡（镇）人民政府，\r\n  县直各单位：</p><p>Word  and\n text　全角</p>');
    expect(texts(m.blocks)).toEqual(['各乡（镇）人民政府，县直各单位：', 'Word and text　全角']);
  });

  it('keeps alignment from align attributes, styles and <center>', async () => {
    const m = await read('<p align=center>标题</p><div style="text-align:right">落款</div><center>居中</center><p>正文</p>');
    expect(m.blocks.map((b) => (b as Paragraph).align)).toEqual(['center', 'right', 'center', undefined]);
  });

  it('reads a table with rowspan and colspan as the model table; a layout table as the blocks it holds', async () => {
    const m = await read('<table><tr><td><table border=1><tr><th colspan=2>工作任务</th><th>牵头单位</th></tr>'
      + '<tr><td rowspan=2>一、公开</td><td>（1）甲</td><td>市财政局</td></tr><tr><td>（2）乙</td><td>市科委</td></tr></table>'
      + '<p>正文</p></td></tr></table>');
    expect(texts(m.blocks)).toEqual(['<table>', '正文']);
    const t = m.blocks[0] as Table;
    expect(t.rows.map((r) => r.map((c) => [c.rowSpan, c.colSpan]))).toEqual([[[1, 2], [1, 1]], [[2, 1], [1, 1], [1, 1]], [[1, 1], [1, 1]]]);
    expect(t.rows[1][1].blocks[0].source).toMatchObject({ row: 2 });
  });

  it('caps a hostile rowspan at the rows the table has', async () => {
    const m = await read('<table><tr><td rowspan=65534>a</td><td colspan=99999>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    expect((m.blocks[0] as Table).rows[0].map((c) => [c.rowSpan, c.colSpan])).toEqual([[2, 1], [1, 1000]]);
  });

  it('takes the charset from the meta tag, and trusts UTF-8 bytes over a stale gb2312 label', async () => {
    const gbk = new Uint8Array([...utf8('<meta charset="gbk"><p>'), 0xcd, 0xa8, 0xd6, 0xaa, ...utf8('</p>')]); // 通知 in GBK
    expect(texts((await readHtml(gbk)).blocks)).toEqual(['通知']);
    const stale = await read('<meta charset="gb2312"><p>通知</p>');
    expect([texts(stale.blocks), stale.encoding]).toEqual([['通知'], 'utf-8']);
  });

  it('refuses a page without text and an MHT without an HTML part', async () => {
    await expect(read('<html><body><script>x()</script></body></html>')).rejects.toMatchObject({ reason: 'empty' });
    const noHtml = utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--');
    expect((await readHtml(noHtml)).blocks).toHaveLength(1);
    const onlyImage = utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--');
    await expect(readHtml(onlyImage)).rejects.toMatchObject({ reason: 'corrupt' });
  });
});

describe('detecting HTML by its bytes', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\ufeff<html lang="zh-CN"><head></head><body></body></html>', 'html'],
    ['<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n', 'html'],
    ['From: <Saved by Windows Internet Explorer 8>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html;\r\n', 'html'],
    ['<div>first</div>\n<html><body>', 'html'],
    ['关于印发<工作要点>的通知\n一、总体要求', 'txt'],
    ['2022年工作要点\n<p>not a page</p>', 'txt'],
  ])('%j → %s', (text, format) => expect(detectFormat(utf8(text))).toBe(format));
});

describe('hostile web pages', () => {
  it('refuses elements nested 50,000 deep with one clear reason', async () => {
    const page = '<html><body>' + '<div>'.repeat(50000) + '关于印发的通知' + '</div>'.repeat(50000) + '</body></html>';
    await expect(readHtml(utf8(page))).rejects.toMatchObject({ reason: 'corrupt', message: 'the web page nests its elements too deeply to read' });
  }, 60000);
});
