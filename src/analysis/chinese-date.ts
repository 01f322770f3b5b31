// Chinese dates → ISO: 2022年6月13日, 2022 年 6 月 13 日, 二〇二二年六月十三日.
import { parseChineseNumeral } from './numerals.js';

const Y = '(\\d{4}|[〇○零一二三四五六七八九]{4})';
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
export const CHINESE_DATE_SRC = `${Y}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*日`;
const CHINESE_DATE = new RegExp(CHINESE_DATE_SRC);

export function parseChineseDate(text: string): { iso: string; index: number; length: number } | null {
  const m = CHINESE_DATE.exec(text);
  if (!m) return null;
  const y = parseChineseNumeral(m[1].replace(/○/g, '〇')), mo = parseChineseNumeral(m[2]), d = parseChineseNumeral(m[3]);
  if (!(y > 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length };
}
