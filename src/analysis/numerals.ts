// Chinese numerals as used in outline markers and dates: 一 … 九十九, 〇/零, and 两.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parse 一 … 九十九 (also 十, 十一, 二十, 廿 is not used in 公文). Returns NaN when not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (m && (m[1] || m[2])) {
    if (!m[2]) return m[3] ? NaN : DIGITS[m[1]];
    return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
  }
  // Digit by digit (years: 二〇二二).
  if ([...s].every((c) => c in DIGITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  return NaN;
}

const NAMES = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 10 → 十, 15 → 十五, 21 → 二十一 (1…99). */
export function formatChineseNumeral(n: number): string {
  if (n < 10) return NAMES[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return (tens === 1 ? '' : NAMES[tens]) + '十' + (ones ? NAMES[ones] : '');
}
