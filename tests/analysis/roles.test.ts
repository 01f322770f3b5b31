// labelOffsets finds labels only just before colons; it must give exactly the offsets of a full
// LABEL_ANYWHERE scan, on real wording and on generated text full of near-labels.
import { describe, expect, it } from 'vitest';
import { BRACKETED_LABEL, bracketedLabelOffsets, LABEL_ANYWHERE, labelOffsets } from '../../src/analysis/roles.js';

const byScan = (text: string, re = LABEL_ANYWHERE): number[] => [...text.matchAll(re)].map((m) => m.index!);

describe('labelOffsets', () => {
  const cases: [string, string, number[]][] = [
    ['no colon', '加强政务公开。县财政局牵头负责', []],
    ['one label', '责任单位：县财政局', [0]],
    ['after a sentence', '落实到位。牵头单位：县财政局；完成时限：6月底前', [5, 15]],
    ['half-width colons', '责任单位:市发改委,完成时限:全年', [0, 10]],
    ['a person with a title', '分管副区长：张三；牵头领导：常务副区长', [0, 9]],
    ['the longest forms', '主要责任责任单位：甲；完成时间节点：乙；具体负责责任部门：丙', [0, 11, 20]],
    ['a colon that ends no label', '其中：一是加强，二是推进', []],
    ['a colon at the start', '：责任单位：县财政局', [1]],
    ['labels run together', '县财政局完成时限：2023年6月底前', [4]],
  ];
  it.each(cases)('%s', (_name, text, offsets) => {
    expect(labelOffsets(text)).toEqual(offsets);
    expect(labelOffsets(text)).toEqual(byScan(text));
  });

  it('agrees with a full scan on generated text', () => {
    const pieces = ['责任', '单位', '部门', '牵头', '主要', '完成', '时限', '时间', '节点', '分管', '副区长', '领导', '负责人', '：', ':', '：', '县财政局', '。', '，', '（', '）', '一', 'a', ' '];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = next(30); n > 0; n--) text += pieces[next(pieces.length)];
      expect(labelOffsets(text), text).toEqual(byScan(text));
    }
  });
});

describe('bracketedLabelOffsets', () => {
  const cases: [string, string, number[]][] = [
    ['none', '县财政局牵头负责（2022年底前）', []],
    ['one', '【责任单位】区财政局', [0]],
    ['several, widths mixed', '[牵头单位]县财政局；(完成时限)：6月底前；〔配合部门〕县审计局', [0, 11, 23]],
    ['a bracket inside a label bracket', '（（责任单位）', [1]],
  ];
  it.each(cases)('%s', (_name, text, offsets) => {
    expect(bracketedLabelOffsets(text)).toEqual(offsets);
    expect(bracketedLabelOffsets(text)).toEqual(byScan(text, BRACKETED_LABEL));
  });

  it('agrees with a full scan on generated text', () => {
    const pieces = ['【', '】', '[', ']', '（', '）', '(', ')', '〔', '〕', '［', '］', '责任', '单位', '牵头', '部门', '完成时限', '：', '县财政局', '。'];
    let seed = 3;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = next(30); n > 0; n--) text += pieces[next(pieces.length)];
      expect(bracketedLabelOffsets(text), text).toEqual(byScan(text, BRACKETED_LABEL));
    }
  });
});
