// 发文字号 (文号): 庆政办发〔2022〕37号 → prefix 庆政办发, year 2022, serial 37.
// Offices type the year brackets as 〔〕 (the standard), [] ［］ 【】 or （）.

export interface DocNumberParts { prefix: string; year: number; serial: number }

const DOC_NUMBER_SRC = '([\\u4e00-\\u9fa5A-Za-z]{1,16})\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*号';

/** Parse a 文号 standing anywhere in `text`; null when there is none. */
export function parseDocNumber(text: string): (DocNumberParts & { text: string; index: number }) | null {
  const m = new RegExp(DOC_NUMBER_SRC).exec(text);
  if (!m) return null;
  return { prefix: m[1], year: Number(m[2]), serial: Number(m[3]), text: m[0].replace(/\s+/g, ''), index: m.index };
}

/** Every 文号 in a text, in order. */
export function findDocNumbers(text: string): (DocNumberParts & { text: string; index: number })[] {
  return [...text.matchAll(new RegExp(DOC_NUMBER_SRC, 'g'))].map((m) => ({
    prefix: m[1], year: Number(m[2]), serial: Number(m[3]), text: m[0].replace(/\s+/g, ''), index: m.index!,
  }));
}

/** The standard form: year in 六角括号 〔〕, no 第, no leading zeros. */
export function formatDocNumber(p: DocNumberParts): string {
  return `${p.prefix}〔${p.year}〕${p.serial}号`;
}
