// The OFD reader on the three real OFD files (an iOFD 批复 with an e-seal, a 收文处理笺 form with stamp
// annotations, a WPS export with fragmented text), on OFD files built by the test writer, and on broken ones.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { cellText, paragraphText, type Block, type DocModel, type Table } from '../../src/model.js';
import { parseFile, parseBytes } from '../../src/pipeline.js';
import { detectFormat } from '../../src/readers/detect.js';
import { storeZip } from '../support/store-zip.js';
import { parseDeltas, parsePathData } from '../../src/readers/ofd/geometry.js';
import { readOfd } from '../../src/readers/ofd/index.js';
import { resolveLoc } from '../../src/readers/ofd/package.js';
import { reason } from '../support/input-error.js';
import { writeOfd, type OfdPage } from '../support/ofd-writer.js';

const real = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'real', name);
const R01 = real('01_ofd_luqiao-weishengju-pifu-esealed.ofd');
const R02 = real('02_ofd_gongwen-chulijian-fubanzhuandu-stamps.ofd');
const R06 = real('06_ofd_gongwen-template-tongzhi-fragmented-text.ofd');
const bin = join(import.meta.dirname, '..', '..', 'bin', 'gov-tasks.js');

const paras = (m: DocModel) => m.blocks.filter((b) => b.kind === 'paragraph').map((b) => paragraphText(b as Extract<Block, { kind: 'paragraph' }>));
const tables = (m: DocModel) => m.blocks.filter((b): b is Table => b.kind === 'table');

describe('real OFD files', () => {
  it('01 (iOFD, e-sealed 批复): 文号, title, date; lines broken inside words and 文号s are joined', async () => {
    const t = await parseFile(R01);
    expect(t.source.format).toBe('ofd');
    expect(t.source.pages).toBe(2);
    expect(t.document.docNumber).toBe('路卫发〔2011〕76号');
    expect(t.document.title).toBe('关于同意张阿三同志辞职的批复');
    expect(t.document.date).toBe('2011-03-10');
    const m = readOfd(new Uint8Array(readFileSync(R01)));
    const text = paras(m);
    expect(text).toContain('你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。');
    expect(text.some((p) => p.includes('2001年9月参加工作，本科学历'))).toBe(true);
    // Page numbers (— 1 —) are page furniture; the seal (Signs/) brings no text.
    expect(text.some((p) => /—\s*\d\s*—/.test(p))).toBe(false);
    const title = m.blocks.find((b) => b.kind === 'paragraph' && paragraphText(b).startsWith('关于同意'));
    expect(title).toMatchObject({ align: 'center', runs: [{ bold: true, font: '小标宋体' }] });
  });

  it('06 (WPS export, every 文号 piece a TextObject of its own): 文号, title, date', async () => {
    const t = await parseFile(R06);
    expect(t.document.docNumber).toBe('国防部发〔2012〕21号');
    expect(t.document.title).toBe('国防部关于放假的通知');
    expect(t.document.date).toBe('2012-12-12');
    expect(t.document.recipients).toEqual(['各有关单位']);
    const text = paras(readOfd(new Uint8Array(readFileSync(R06))));
    expect(text).toEqual(expect.arrayContaining(['一份公文文件', '抄送：教育局，教育局。', '国防部2012年12月12日印发']));
  });

  it('02 (a 收文处理笺 form): the ruled form is a table with its fields; the stamp annotations bring no text', () => {
    const m = readOfd(new Uint8Array(readFileSync(R02)));
    expect(paras(m)[0]).toBe('XX市政府文件处理');
    const [form] = tables(m);
    const rows = form.rows.map((r) => r.map(cellText));
    expect(rows[0]).toEqual(['来文文号', '府办专督〔2020〕24号', '来文单位', '市人民政府办公室']);
    expect(rows.find((r) => r[0] === '公文标题')).toEqual(['公文标题', '市委主要领导同志调研后续落实事项的通知']);
    expect(rows.find((r) => r[0] === '收文日期')?.[1]).toBe('2020年06月15日11:28:09');
    expect(rows.find((r) => r[0] === '拟办意见')?.[1]).toMatch(/^1、呈小明、张三、国伟、李四同志阅示；2、呈王五同志阅处；/);
    const all = [...paras(m), ...rows.flat()].join('\n');
    expect(all).not.toContain('测试文本注释'); // the FreeText annotation in Annots/
  });

  it('the CLI reads an OFD by its bytes, whatever its name', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', R06, '-f', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.format).toBe('ofd');
    expect(detectFormat(new Uint8Array(readFileSync(R02)))).toBe('ofd');
  });
});

describe('OFD basic types', () => {
  it('DeltaX: numbers and the g repeat shorthand, capped at what the text needs', () => {
    expect(parseDeltas('12.43 9.41', 5)).toEqual([12.43, 9.41]);
    expect(parseDeltas('g 3 16.8909', 5)).toEqual([16.8909, 16.8909, 16.8909]);
    expect(parseDeltas('1 g 2 5 3', 9)).toEqual([1, 5, 5, 3]);
    expect(parseDeltas('g 999999999 1', 4)).toEqual([1, 1, 1, 1]);
    expect(parseDeltas('g x 1 2 junk 3', 9)).toEqual([2, 3]);
    expect(parseDeltas(undefined, 3)).toEqual([]);
  });

  it('AbbreviatedData: subpaths with S/M starts, straight and curved pieces, close', () => {
    expect(parsePathData('S 0.0 0.0 L 156.0 0.0 C')).toEqual([{ points: [[0, 0], [156, 0]], closed: true, curved: false }]);
    expect(parsePathData('M 0 0 L 1 0 M 5 5 B 6 6 7 7 8 8 Q 1 1 2 2')).toEqual([
      { points: [[0, 0], [1, 0]], closed: false, curved: false },
      { points: [[5, 5], [8, 8], [2, 2]], closed: false, curved: true },
    ]);
    expect(parsePathData('M 0 0 L 1')).toEqual([{ points: [[0, 0]], closed: false, curved: false }]);
  });

  it('BaseLoc paths: absolute from the package root or relative to the naming file', () => {
    expect(resolveLoc('OFD.xml', '/Doc_0/Document.xml')).toBe('Doc_0/Document.xml');
    expect(resolveLoc('OFD.xml', 'Doc_0/Document.xml')).toBe('Doc_0/Document.xml');
    expect(resolveLoc('Doc_0/Document.xml', 'Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolveLoc('Doc_0/Pages/Page_0/Content.xml', '../../Res/a.xml')).toBe('Doc_0/Res/a.xml');
    expect(resolveLoc('Doc_0/Document.xml', '../../../../etc/passwd')).toBe('etc/passwd');
  });
});

const LEFT = 28;
/** Two body lines of a paragraph and a 3×3 ruled table, in mm. */
function samplePages(): OfdPage[] {
  const em = 156 / 28;
  const line1 = '一、工作任务各单位要按照要求认真组织实施，确保各项任务落到实处，取得实效';
  const texts = [
    { text: line1.slice(0, 26), x: LEFT + 2 * em, y: 50, size: 5.6, advances: Array(26).fill(em) },
    { text: line1.slice(26), x: LEFT, y: 60.2, size: 5.6, advances: Array(line1.length - 26).fill(em) },
  ];
  const cells = [['序号', '任务', '牵头单位'], ['1', '完善制度', '县政府办公室'], ['2', '加强监督', '县司法局']];
  const xs = [LEFT, LEFT + 20, LEFT + 90, LEFT + 156];
  const ys = [80, 90, 100, 110];
  cells.forEach((row, r) => row.forEach((c, k) => texts.push({ text: c, x: xs[k] + 1.5, y: ys[r] + 6.5, size: 3.7, advances: [...c].map(() => 3.7) })));
  const rules = [
    ...ys.map((y) => ({ x0: xs[0], y0: y, x1: xs[3], y1: y })),
    ...xs.map((x) => ({ x0: x, y0: ys[0], x1: x, y1: ys[3] })),
  ];
  return [{ texts, rules }];
}

describe('OFD files written by the test writer', () => {
  it('text placed in mm or in points under a CTM, prefixed or not, reads the same; rules become a table', () => {
    const a = readOfd(writeOfd(samplePages()));
    const b = readOfd(writeOfd(samplePages(), { ctm: true }));
    expect(a.blocks).toEqual(b.blocks);
    expect(readOfd(writeOfd(samplePages(), { defaultNamespace: true })).blocks).toEqual(a.blocks);
    expect(paras(a)).toEqual(['一、工作任务各单位要按照要求认真组织实施，确保各项任务落到实处，取得实效']);
    expect(tables(a)[0].rows.map((r) => r.map(cellText))).toEqual([['序号', '任务', '牵头单位'], ['1', '完善制度', '县政府办公室'], ['2', '加强监督', '县司法局']]);
    expect(a.blocks[0].source).toEqual({ page: 1, line: 1 });
  });

  it('letter-spaced and space-separated text: no space between CJK, one between Latin words', () => {
    const page: OfdPage = {
      texts: [
        { text: '文　　号', x: 40, y: 50, size: 5.6 },
        { text: 'Page 3 of 12', x: 40, y: 70, size: 5.6, advances: [...'Page 3 of 12'].map(() => 2.8) },
      ],
      rules: [],
    };
    expect(paras(readOfd(writeOfd([page])))).toEqual(['文号', 'Page 3 of 12']);
  });

  it('a TextCode without X takes the previous one\'s X; page templates are drawn with the page', () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    const files = [
      { name: 'OFD.xml', data: `<ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>` },
      {
        name: 'Doc_0/Document.xml',
        data: `<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="7" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
      },
      {
        name: 'Doc_0/Tpls/Tpl_0/Content.xml',
        data: `<ofd:Page ${ns}><ofd:Content><ofd:Layer><ofd:TextObject ID="2" Boundary="80 30 60 8" Size="5.6"><ofd:TextCode X="0" Y="5" DeltaX="g 5 5.6">某某县人民政府</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`,
      },
      {
        name: 'Doc_0/Pages/Page_0/Content.xml',
        data: `<ofd:Page ${ns}><ofd:Template TemplateID="7"/><ofd:Content><ofd:Layer><ofd:PageBlock><ofd:TextObject ID="3" Boundary="60 60 100 8" Size="5.6"><ofd:TextCode X="0" Y="5" DeltaX="5.6 5.6">关于印</ofd:TextCode><ofd:TextCode Y="15" DeltaX="5.6 5.6">发的通</ofd:TextCode></ofd:TextObject></ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>`,
      },
    ].map((f) => ({ name: f.name, data: Buffer.from(f.data) }));
    expect(paras(readOfd(storeZip(files)))).toEqual(['某某县人民政府', '关于印', '发的通']);
  });
});

describe('broken, encrypted and textless OFD files', () => {
  const page = samplePages();
  it('are refused with the reason the CLI reports', async () => {
    const good = writeOfd(page);
    expect(await reason(Promise.resolve().then(() => readOfd(good.subarray(0, good.length - 40))))).toBe('corrupt');
    expect(await reason(Promise.resolve().then(() => readOfd(writeOfd(page, { noOfdXml: true }))))).toBe('corrupt');
    expect(await reason(Promise.resolve().then(() => readOfd(writeOfd(page, { extra: [{ name: 'Encryptions.xml', data: '<Encryptions/>' }] }))))).toBe('encrypted');
    expect(await reason(Promise.resolve().then(() => readOfd(writeOfd([{ texts: [], rules: page[0].rules }]))))).toBe('no-text-layer');
    expect(await reason(parseBytes(good))).toBe('no error');
  });

  it('a missing page or a scanned page among text pages: the rest is read, the loss is an error diagnostic', () => {
    const text = samplePages()[0];
    const lost = readOfd(writeOfd([text, text, text], { missingPages: [1] }));
    expect(lost.diagnostics).toEqual([expect.objectContaining({ rule: 'ofd-page-unreadable', severity: 'error', source: { page: 2 } })]);
    expect(lost.pages).toBe(3);
    expect([paras(lost).length, tables(lost).length]).toEqual([2, 2]); // pages 1 and 3
    expect(lost.blocks.map((b) => b.source.page)).toEqual([1, 1, 3, 3]);
    const scan = readOfd(writeOfd([text, { texts: [], rules: [], images: 1 }, text]));
    expect(scan.diagnostics).toEqual([expect.objectContaining({ rule: 'ofd-page-no-text', severity: 'error', source: { page: 2 } })]);
    expect(scan.diagnostics[0].message).toMatch(/^page 2 is an image without text \(scanned\?\)/);
    expect(readOfd(writeOfd([text, { texts: [], rules: [] }])).diagnostics).toEqual([]); // a blank page is harmless
    expect(() => readOfd(writeOfd([text], { missingPages: [0] }))).toThrow(/the OFD's pages cannot be read/);
    expect(() => readOfd(writeOfd([{ texts: [], rules: [], images: 2 }]))).toThrow(/the OFD has no text \(scanned page images\?\)/);
  });

  it('a DOCTYPE (entity expansion) in a part is refused, not expanded', async () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>&lol2;</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
    const zip = storeZip([{ name: 'OFD.xml', data: Buffer.from(bomb) }]);
    expect(await reason(Promise.resolve().then(() => readOfd(zip)))).toBe('corrupt');
  });

  it('hostile content: deep nesting is refused cleanly, absurd repeat counts and long paragraphs stay cheap', () => {
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    const deep = `<ofd:Page ${ns}><ofd:Content><ofd:Layer>${'<ofd:PageBlock>'.repeat(5000)}${'</ofd:PageBlock>'.repeat(5000)}</ofd:Layer></ofd:Content></ofd:Page>`;
    const files = [
      { name: 'OFD.xml', data: `<ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>` },
      { name: 'Doc_0/Document.xml', data: `<ofd:Document ${ns}><ofd:CommonData/><ofd:Pages><ofd:Page ID="1" BaseLoc="P.xml"/></ofd:Pages></ofd:Document>` },
      { name: 'Doc_0/P.xml', data: deep },
    ].map((f) => ({ name: f.name, data: Buffer.from(f.data) }));
    expect(() => readOfd(storeZip(files))).toThrow(/P\.xml: elements nested deeper than 200/);
    const repeat = { texts: [{ text: '全年', x: 40, y: 50, size: 5.6, rawDeltaX: 'g 999999999 5.6' }], rules: [] };
    expect(paras(readOfd(writeOfd([repeat])))).toEqual(['全年']);
    const em = 156 / 28;
    const full = { text: '各单位要按照要求认真组织实施确保各项任务落到实处取得实效一二三四五六七八', x: LEFT, size: 5.6, advances: Array(28).fill(em) };
    const page: OfdPage = { texts: Array.from({ length: 22 }, (_, k) => ({ ...full, y: 47 + k * 10.2 })), rules: [] };
    const t0 = performance.now();
    const long = readOfd(writeOfd(Array.from({ length: 100 }, () => page)));
    expect(performance.now() - t0).toBeLessThan(20000);
    expect(paras(long)).toHaveLength(1); // one paragraph over 100 pages
  });

  it('the CLI prints one line and exits 3', () => {
    const file = join(tempDir('ofd'), 'sealed.ofd');
    writeFileSync(file, writeOfd(page, { extra: [{ name: 'Encryptions.xml', data: '<Encryptions/>' }] }));
    const r = spawnSync(process.execPath, [bin, 'parse', file], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^gov-tasks: .*sealed\.ofd: the OFD is encrypted/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
