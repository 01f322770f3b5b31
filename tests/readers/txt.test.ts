import { describe, expect, it } from 'vitest';
import { decodeText, readTxt, textToModel } from '../../src/readers/txt.js';
import { InputError } from '../../src/errors.js';
import type { Paragraph, Table } from '../../src/model.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(enc('通知'))).toEqual({ text: '通知', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('通知')]))).toEqual({ text: '通知', encoding: 'utf-8-bom' });
  });
  it('detects GB18030/GBK from the bytes', () => {
    // 通知 in GBK: CD A8 D6 AA
    expect(decodeText(new Uint8Array([0xcd, 0xa8, 0xd6, 0xaa]))).toEqual({ text: '通知', encoding: 'gb18030' });
  });
});

describe('readTxt', () => {
  it('refuses empty and binary input with InputError', async () => {
    await expect(readTxt(new Uint8Array())).rejects.toMatchObject({ reason: 'empty' });
    await expect(readTxt(enc('  \n \n'))).rejects.toMatchObject({ reason: 'empty' });
    await expect(readTxt(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]))).rejects.toBeInstanceOf(InputError);
  });
});

describe('bold spans', () => {
  const runs = async (text: string) => (await textToModel(text)).blocks.map((b) => (b as Paragraph).runs);
  it('turns **…** into bold runs, also where CommonMark refuses CJK flanking', async () => {
    const [r] = await runs('做好公开。**（县发改局牵头负责）**加强发布。');
    expect(r).toEqual([{ text: '做好公开。' }, { text: '（县发改局牵头负责）', bold: true }, { text: '加强发布。' }]);
  });
  it('keeps a span split by a line break bold on both sides', async () => {
    const r = await runs('积极提供服务。**（县大数据发展\n\n中心牵头负责）** 丰富渠道');
    expect(r[0]).toEqual([{ text: '积极提供服务。' }, { text: '（县大数据发展', bold: true }]);
    expect(r[2]).toEqual([{ text: '中心牵头负责）', bold: true }, { text: ' 丰富渠道' }]);
  });
  it('leaves text without stars alone', async () => {
    expect(await runs('一、总体要求')).toEqual([[{ text: '一、总体要求' }]]);
  });
});

describe('text tables', () => {
  it('reads TAB cells, continuation lines and empty cells as merged', async () => {
    const text = ['附表', '\t序号', '\t任务', '\t责任单位', '', '\t1', '\t一、深化', '主动公开', '\t县财政局', '', '\t2', '\t', '\t县审计局', '', '正文'].join('\n');
    const m = await textToModel(text);
    const table = m.blocks.find((b) => b.kind === 'table') as Table;
    expect(table.rows).toHaveLength(3);
    const cellText = (r: number, c: number) => table.rows[r][c].blocks.map((b) => (b as Paragraph).runs[0].text).join('\n');
    expect(cellText(1, 1)).toBe('一、深化\n主动公开');
    expect(table.rows[1][1].rowSpan).toBe(2);
    expect(table.rows[2]).toHaveLength(2);
    expect((m.blocks[m.blocks.length - 1] as Paragraph).runs[0].text).toBe('正文');
  });
});
