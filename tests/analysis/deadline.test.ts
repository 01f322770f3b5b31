import { describe, expect, it } from 'vitest';
import { looksLikeDeadline, normaliseDeadline } from '../../src/analysis/deadline.js';

// The table of GOLD.md, plus forms seen in other notices.
const cases: [string, number | null, string | null, string][] = [
  ['全年', 2022, '2022-12-31', 'yearRound'],
  ['全年 ', 2023, '2023-12-31', 'yearRound'],
  ['2022年底前', 2021, '2022-12-31', 'by'],
  ['2022 年底前', 2022, '2022-12-31', 'by'],
  ['年底前', 2023, '2023-12-31', 'by'],
  ['2021年年底前', 2021, '2021-12-31', 'by'],
  ['2022年10月', 2022, '2022-10-31', 'by'],
  ['2022年10月底前', 2022, '2022-10-31', 'by'],
  ['2022年 10 月底前', 2022, '2022-10-31', 'by'],
  ['2022年9 月', 2022, '2022-09-30', 'by'],
  ['9月底前', 2023, '2023-09-30', 'by'],
  ['2月底前', 2024, '2024-02-29', 'by'],
  ['十月底前', 2022, '2022-10-31', 'by'],
  ['2023年3月', 2022, '2023-03-31', 'by'],
  ['2022年6月30日前', 2022, '2022-06-30', 'by'],
  ['6月中旬', 2022, '2022-06-20', 'by'],
  ['上半年', 2022, '2022-06-30', 'by'],
  ['2022年三季度', 2021, '2022-09-30', 'by'],
  ['持续推进', 2022, null, 'ongoing'],
  ['长期坚持', 2022, null, 'ongoing'],
  ['常态化', 2022, null, 'ongoing'],
  ['每季度', 2022, null, 'recurring'],
  ['2022年9月—12月', 2021, '2022-12-31', 'by'],
  ['9月至2023年6月', 2022, '2023-06-30', 'by'],
  ['2023年6月-2023年8月', 2023, '2023-08-31', 'by'],
  ['年内完成', 2022, '2022-12-31', 'by'],
  ['常年', 2022, null, 'ongoing'],
  ['2022-12-31', 2021, '2022-12-31', 'by'],
  ['2023/6/30', 2023, '2023-06-30', 'by'],
  ['2022.10', 2022, '2022-10-31', 'by'],
  ['看情况', 2022, null, 'unparsed'],
];

describe('normaliseDeadline', () => {
  it.each(cases)('%s (plan year %s) → %s %s', (raw, year, date, kind) => {
    const d = normaliseDeadline(raw, year);
    expect(d).toEqual({ raw: raw.trim(), date, kind });
  });
  it('gives no date when neither the text nor the plan has a year', () => {
    expect(normaliseDeadline('年底前', null)).toEqual({ raw: '年底前', date: null, kind: 'unparsed' });
  });
  it.each(['2022年底前完成', '9月底前', '全年', '2022年6月30日前', '持续推进', '长期坚持', '每季度'])('%s reads as a deadline', (t) => expect(looksLikeDeadline(t)).toBe(true));
  it.each(['县发改局', '2022年', '试行'])('%s does not read as a deadline', (t) => expect(looksLikeDeadline(t)).toBe(false));
});
