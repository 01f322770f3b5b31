import { describe, expect, it } from 'vitest';
import { findDocNumbers, formatDocNumber, parseDocNumber, DOC_NUMBER_SRC } from '../../src/analysis/docnumber.js';
import { parseChineseDate } from '../../src/analysis/chinese-date.js';

describe('parseDocNumber', () => {
  it.each([
    ['庆政办发〔2022〕37号', '庆政办发', 2022, 37],
    ['代政办发〔2021〕38号', '代政办发', 2021, 38],
    ['乐府办发[2023]15号', '乐府办发', 2023, 15],
    ['资市府办发〔2023〕6号', '资市府办发', 2023, 6],
    ['国办发（2016）第80号', '国办发', 2016, 80],
    ['川府公开办函［2023］ 15 号', '川府公开办函', 2023, 15],
  ] as const)('%s', (text, prefix, year, serial) => {
    expect(parseDocNumber(text)).toMatchObject({ prefix, year, serial });
  });
  it('finds every number cited in a sentence', () => {
    const s = '根据《…的通知》（晋政办发〔2021〕43号）和《…》（忻政办发〔2021〕55号）要求';
    expect(findDocNumbers(s).map((n) => n.text)).toEqual(['晋政办发〔2021〕43号', '忻政办发〔2021〕55号']);
  });
  it('formats the standard form', () => expect(formatDocNumber({ prefix: '乐府办发', year: 2023, serial: 15 })).toBe('乐府办发〔2023〕15号'));
  it('returns null without a number', () => expect(parseDocNumber('庆元县人民政府办公室')).toBeNull());
});

describe('parseChineseDate', () => {
  it.each([
    ['2022年6月13日', '2022-06-13'],
    ['2021年6月28日  ', '2021-06-28'],
    ['2022 年 6 月 13 日', '2022-06-13'],
    ['二〇二二年六月十三日', '2022-06-13'],
    ['二○二三年十二月三十一日', '2023-12-31'],
  ])('%s → %s', (s, iso) => expect(parseChineseDate(s)?.iso).toBe(iso));
  it('rejects impossible dates', () => expect(parseChineseDate('2022年13月1日')).toBeNull());
});

describe('findDocNumbers starts its scan near each year bracket', () => {
  const byScan = (text: string) => [...text.matchAll(new RegExp(DOC_NUMBER_SRC, 'g'))].map((m) => [m.index, m[0].replace(/\s+/g, '')]);
  const found = (text: string) => findDocNumbers(text).map((n) => [n.index, n.text]);

  it('finds what a scan at every offset finds, on generated text', () => {
    const pieces = ['庆政办发', '县', 'AB', '〔2022〕', '[1999]', '（2016）', '〔3000〕', '〔2022', '〕', '第', '37', '号', '37号', ' ', '   ', '\u3000', '。', '，', '《', '》', '甲乙丙丁戊己庚辛'];
    let seed = 5;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let withNumbers = 0;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let n = next(40); n > 0; n--) text += pieces[next(pieces.length)];
      if (/^[\s\u3000]*(?:发[\s\u3000]*文[\s\u3000]*字[\s\u3000]*号|文[\s\u3000]*号|字[\s\u3000]*号)/.test(text)) continue; // a label: compared below
      const expected = byScan(text);
      if (expected.length) withNumbers++;
      expect(found(text), text).toEqual(expected);
    }
    expect(withNumbers).toBeGreaterThan(100);
  });

  it('reaches back over the spaces before a bracket, and past 16 letters no further', () => {
    const long = '甲'.repeat(20);
    expect(found(`${long}   〔2022〕3号`)).toEqual(byScan(`${long}   〔2022〕3号`));
    const two = '见，国办发\u3000\u3000〔2022〕3号。浙政发〔2021〕12号';
    expect(found(two)).toEqual([[2, '国办发〔2022〕3号'], [16, '浙政发〔2021〕12号']]);
    expect(found(two)).toEqual(byScan(two));
  });
});
