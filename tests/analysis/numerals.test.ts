import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from '../../src/analysis/numerals.js';

describe('Chinese numerals', () => {
  it.each([['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十五', 15], ['二十', 20], ['二十一', 21], ['九十九', 99], ['二〇二二', 2022], ['12', 12]] as const)(
    '%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(['', '百', '一十一十', 'abc'])('%s is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNaN());
  it('formats back for every number up to 99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });
});
