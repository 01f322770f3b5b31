import { describe, expect, it } from 'vitest';
import { findDocNumbers, formatDocNumber, parseDocNumber } from '../../src/analysis/docnumber.js';
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
