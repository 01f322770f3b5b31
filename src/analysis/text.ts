// Small text helpers shared by the stages: width folding, CJK tests, bracket matching.

/** Fold full-width ASCII forms and the ideographic space to half-width (for comparison only). */
export function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Key for comparing text: width folded, whitespace and markdown stars removed. */
export function compareKey(s: string): string {
  return foldWidth(s.normalize('NFKC')).replace(/[\s*]/g, '');
}

export const isCjk = (c: string | undefined): boolean => !!c && /[\u3400-\u9fff\uf900-\ufaff]/.test(c);

/** All whitespace including the ideographic space U+3000 and NBSP. */
export const WS = '\\s\\u3000\\u00a0\\ufeff';
/** What `\s` matches (it includes U+3000, U+00A0 and U+FEFF), by code, without a regex per character. */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * Trim all whitespace at both ends. A loop, not `[\s…]+$`: that regex retries from every space of
 * a run inside the text, so a run of 32,000 spaces cost 32,000² steps.
 */
export function trimAll(s: string): string {
  let start = 0, end = s.length;
  while (start < end && isSpaceAt(s, start)) start++;
  while (end > start && isSpaceAt(s, end - 1)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * `s` without the trailing characters `drop` matches, tested one at a time from the end. Linear,
 * unlike `/[…]+$/`, which retries from every character of a run inside the text.
 */
export function trimEnd(s: string, drop: RegExp): string {
  let end = s.length;
  while (end > 0 && drop.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

const OPEN = '（(〔［[【<〈《';
const CLOSE = '）)〕］]】>〉》';
/** Round brackets in both widths (and the angle brackets offices type for them) are one kind. */
const kindOf = (c: string): number => {
  if ('（(<〈'.includes(c)) return 0;
  if ('）)>〉'.includes(c)) return 0;
  if ('〔［[【'.includes(c)) return 1;
  if ('〕］]】'.includes(c)) return 1;
  return 2;
};
/** 1 for an opening bracket, -1 for a closing one, by UTF-16 code (a lookup, not a search per character). */
const BRACKET = new Int8Array(0x10000);
for (const c of OPEN) BRACKET[c.charCodeAt(0)] = 1;
for (const c of CLOSE) BRACKET[c.charCodeAt(0)] = -1;
export const isOpenBracket = (c: string): boolean => c?.length === 1 ? BRACKET[c.charCodeAt(0)] === 1 : OPEN.includes(c);
export const isCloseBracket = (c: string): boolean => c?.length === 1 ? BRACKET[c.charCodeAt(0)] === -1 : CLOSE.includes(c);

/**
 * Index of the bracket closing the one at `open`, or -1 when the text ends first.
 * Round brackets match across widths: `（县大数据发展中心牵头负责)` is one clause.
 * Callers ask for every opener of a paragraph in turn; scanning to the end for each unclosed one
 * made 8,000 unclosed `（` cost 8,000 × the text. So all matches of the text are found in one
 * pass (a stack per kind) and kept for the next call on the same text.
 */
export function matchBracket(text: string, open: number): number {
  if (!isOpenBracket(text[open])) return scanForClose(text, open);
  if (text !== matched.text) matched = { text, close: bracketMatches(text) };
  return matched.close.get(open) ?? -1;
}

let matched: { text: string; close: Map<number, number> } = { text: '', close: new Map() };

/** Closing index of every opening bracket that closes, found in one pass. */
function bracketMatches(text: string): Map<number, number> {
  const close = new Map<number, number>();
  const stacks: number[][] = [[], [], []];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isOpenBracket(c)) stacks[kindOf(c)].push(i);
    else if (isCloseBracket(c)) {
      const opener = stacks[kindOf(c)].pop();
      if (opener !== undefined) close.set(opener, i);
    }
  }
  return close;
}

/** The plain scan, for a position that holds no opening bracket. */
function scanForClose(text: string, open: number): number {
  let depth = 0;
  const kind = kindOf(text[open]);
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (isOpenBracket(c) && kindOf(c) === kind) depth++;
    else if (isCloseBracket(c) && kindOf(c) === kind) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Split on separators that stand outside any bracket. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const bracket = BRACKET[text.charCodeAt(i)];
    if (bracket === 1) depth++;
    else if (bracket === -1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(text[i])) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Sentence-final punctuation: a line ending in one of these is not continued by the next. */
export const SENTENCE_END = '。！？；：:;!?';

const TIDY_SPACE = /[ \t\u3000\u00a0]/;

/**
 * Remove the stray spaces that justified layouts, PDF copies and web pages leave inside Chinese
 * sentences (`执行落实 情况公开`, `2022 年底前`), keeping the spaces between Latin words and numbers.
 */
export function tidySpaces(s: string): string {
  if (!TIDY_SPACE.test(s)) return s.trim(); // nothing for the expressions below to remove
  return s
    .replace(/(?<=[^\x00-\x7f])[ \t\u3000\u00a0]+(?=[^\x00-\x7f\d])/g, '')
    .replace(/(?<=[^\x00-\x7f])[ \t\u3000\u00a0]+(?=\d)|(?<=\d)[ \t\u3000\u00a0]+(?=[^\x00-\x7f])/g, '')
    .replace(/[ \t\u3000\u00a0]{2,}/g, ' ')
    .trim();
}
