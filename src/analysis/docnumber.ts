// 发文字号 (文号): 庆政办发〔2022〕37号 → prefix 庆政办发, year 2022, serial 37.
// Offices type the year brackets as 〔〕 (the standard), [] ［］ 【】 or （）.

export interface DocNumberParts { prefix: string; year: number; serial: number }

/** 机关代字 are at most this many characters. */
const PREFIX_MAX = 16;
export const DOC_NUMBER_SRC = `([\\u4e00-\\u9fa5A-Za-z]{1,${PREFIX_MAX}})\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*号`;
const DOC_NUMBER = new RegExp(DOC_NUMBER_SRC, 'g');
/**
 * The part of a 文号 from its year bracket on. Most lines hold none; testing for it first spares them the
 * full expression, which tries up to 16 characters of 机关代字 at every offset of the line.
 */
const DOC_NUMBER_TAIL = /[〔[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号/;
const NEXT_TAIL = new RegExp(DOC_NUMBER_TAIL.source, 'g');

/**
 * The matches of DOC_NUMBER in `text`, as matchAll gives them, without trying the 机关代字 at every
 * offset: a match ends in a tail (NEXT_TAIL), and starts at most PREFIX_MAX characters before the
 * spaces in front of the first tail still ahead, so the scan starts there.
 */
function docNumberMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; ;) {
    NEXT_TAIL.lastIndex = from;
    const tail = NEXT_TAIL.exec(text);
    if (!tail) return out;
    let spaces = tail.index;
    while (spaces > from && /\s/.test(text[spaces - 1])) spaces--;
    DOC_NUMBER.lastIndex = Math.max(from, spaces - PREFIX_MAX);
    const m = DOC_NUMBER.exec(text);
    if (!m) return out;
    out.push(m);
    from = DOC_NUMBER.lastIndex;
  }
}

/**
 * A 文号's label at the start of a line, letter-spaced or not, with or without a colon: `文    号 `,
 * `发文字号：`, and `文号` glued to the number where a PDF's letter-spacing was taken out.
 */
const DOC_NUMBER_LABEL = /^[\s\u3000]*(?:发[\s\u3000]*文[\s\u3000]*字[\s\u3000]*号|文[\s\u3000]*号|字[\s\u3000]*号)[\s\u3000]*[：:]?[\s\u3000]*/;

/** The text after a 文号 label (`文    号  X政办〔2023〕1号` → `X政办〔2023〕1号`); the text itself without one. */
export function stripDocNumberLabel(text: string): string {
  return text.replace(DOC_NUMBER_LABEL, '');
}

/** Parse a 文号 standing anywhere in `text`; null when there is none. A label in front is not part of it. */
export function parseDocNumber(text: string): (DocNumberParts & { text: string; index: number }) | null {
  if (!DOC_NUMBER_TAIL.test(text)) return null;
  const label = text.length - stripDocNumberLabel(text).length;
  const m = docNumberMatches(text.slice(label))[0];
  if (!m) return null;
  m.index += label;
  return { prefix: m[1], year: Number(m[2]), serial: Number(m[3]), text: m[0].replace(/\s+/g, ''), index: m.index };
}

/** Every 文号 in a text, in order. */
export function findDocNumbers(text: string): (DocNumberParts & { text: string; index: number })[] {
  if (!DOC_NUMBER_TAIL.test(text)) return [];
  const label = text.length - stripDocNumberLabel(text).length;
  return docNumberMatches(text.slice(label)).map((m) => ({
    prefix: m[1], year: Number(m[2]), serial: Number(m[3]), text: m[0].replace(/\s+/g, ''), index: m.index! + label,
  }));
}

/** The standard form: year in 六角括号 〔〕, no 第, no leading zeros. */
export function formatDocNumber(p: DocNumberParts): string {
  return `${p.prefix}〔${p.year}〕${p.serial}号`;
}
