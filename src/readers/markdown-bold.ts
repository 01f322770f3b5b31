// `**bold**` spans in plain text, found with remark-parse.
// CommonMark refuses many CJK spans: `。**（县发改局牵头负责）**加强` does not close, because a `**`
// between a closing bracket and a letter is not right-flanking. Delimiters that remark leaves
// as literal text are therefore paired in order, across lines too, so a span that a line or page
// break split in two (`**（县大数据发展` … `中心牵头负责）**`) still comes out bold.
import type { Run } from '../model.js';

export interface Span { start: number; end: number } // offsets of the bold content, delimiters excluded

/**
 * Above this many `**`, remark is not asked: micromark pairs emphasis delimiters by searching back
 * from each closer through the openers (resolveAllAttention), quadratic in the delimiters of a
 * paragraph (8,000 `**a` took 39 s). Real notices have a few dozen; past the bound the delimiters
 * are paired in order, as the ones CommonMark refuses already are.
 */
export const MAX_REMARK_DELIMITERS = 1000;

function countDelimiters(text: string): number {
  let n = 0;
  for (let i = text.indexOf('**'); i >= 0 && n <= MAX_REMARK_DELIMITERS; i = text.indexOf('**', i + 2)) n++;
  return n;
}

export async function boldSpans(lines: string[]): Promise<Run[][]> {
  const text = lines.join('\n');
  const strong = countDelimiters(text) > MAX_REMARK_DELIMITERS ? []
    : readsByStretch(text) ? await strongByStretch(lines)
    : await remarkStrong(text);
  return toRuns(lines, text, strong);
}

/**
 * A line that may open a block outliving a blank line (a list item, a block quote, a fenced code
 * block, an HTML block) or a link reference definition, which changes how links elsewhere read.
 * Without such lines, Markdown reads each stretch between blank lines on its own: emphasis pairs
 * within a paragraph, and a stretch's blocks start and end inside it. (A byte order mark is kept
 * out too: micromark drops one only at the start of what it is given.)
 */
const CROSSES_BLANK_LINES = /^[ \t]*(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[>`~<[])/m;

/** Markdown reads the text's stretches between blank lines each on its own. */
export const readsByStretch = (text: string): boolean => !CROSSES_BLANK_LINES.test(text) && !text.includes('\uFEFF');

/** A blank line for Markdown: nothing, or only spaces and tabs. */
const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/**
 * The strong spans remark finds in the whole text, found by parsing only the stretches between
 * blank lines that hold `**` (a notice has a few such lines among hundreds), put together with a
 * blank line between each and their plain characters squeezed out, in one parse. Only for texts that
 * readsByStretch; tests/readers/markdown-bold.test.ts compares the two.
 */
export async function strongByStretch(lines: string[]): Promise<Span[]> {
  let short = '';
  const at: number[] = []; // where each character of `short` stands in lines.join('\n')
  let offset = 0; // of line i in lines.join('\n')
  for (let i = 0; i < lines.length; ) {
    if (isBlank(lines[i])) { offset += lines[i].length + 1; i++; continue; }
    const first = i, from = offset;
    let stars = false;
    for (; i < lines.length && !isBlank(lines[i]); i++) {
      stars ||= lines[i].includes('**');
      offset += lines[i].length + 1;
    }
    if (!stars) continue;
    if (short) { short += '\n\n'; at.push(-1, -1); }
    short += squeezePlain(lines.slice(first, i).join('\n'), from, at);
  }
  return short ? (await remarkStrong(short)).map((s) => ({ start: at[s.start], end: at[s.end] })) : [];
}

/**
 * Characters that are no part of Markdown's syntax: beyond ASCII, not whitespace (which Markdown
 * classes apart: U+00A0, U+2000–U+200A, U+3000 …, what `\s` matches), not half of a surrogate pair.
 */
function isPlain(code: number): boolean {
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return !(code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);
}

/**
 * The text with each run of plain characters (isPlain) cut to its first and last; where each kept
 * character stands (`from` + its offset in `text`) is appended to `at`. Whether `**` opens or
 * closes depends only on the character on either side of it (whitespace, punctuation or other),
 * and no construct starts, ends or is measured by plain characters, so remark finds the same
 * spans in a fraction of the text (micromark and mdast take microseconds a character: a notice's
 * bold lines cost more than the analysis).
 */
function squeezePlain(text: string, from: number, at: number[]): string {
  let short = '';
  for (let i = 0; i < text.length; i++) {
    if (isPlain(text.charCodeAt(i)) && i > 0 && isPlain(text.charCodeAt(i - 1)) && i + 1 < text.length && isPlain(text.charCodeAt(i + 1))) continue;
    at.push(from + i);
    short += text[i];
  }
  return short;
}

/** The Markdown parser, made once: a fresh `import()` resolves its specifier again and `unified()` rebuilds the processor, per notice. */
let markdown: Promise<{ parse(text: string): unknown }> | undefined;
const markdownParser = () => (markdown ??= (async () => {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  return unified().use(remarkParse).freeze();
})());

/** Spans that remark parses as strong, delimiters excluded. */
export async function remarkStrong(text: string): Promise<Span[]> {
  const tree = (await markdownParser()).parse(text);

  // Delimiters that remark consumed as strong: content [start+2, end-2).
  const strong: Span[] = [];
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    if (node.type === 'strong' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const s = node.position.start.offset, e = node.position.end.offset;
      if (text.startsWith('**', s) && text.startsWith('**', e - 2)) strong.push({ start: s + 2, end: e - 2 });
    }
    for (const c of (node.children ?? []) as (typeof node)[]) visit(c);
  };
  visit(tree as never);
  return strong;
}

function toRuns(lines: string[], text: string, strong: Span[]): Run[][] {
  const isDelimiter = new Uint8Array(text.length); // 1 where a `**` delimiter char stands
  const bold = new Uint8Array(text.length);
  for (const s of strong) {
    isDelimiter[s.start - 2] = isDelimiter[s.start - 1] = 1;
    isDelimiter[s.end] = isDelimiter[s.end + 1] = 1;
    bold.fill(1, s.start, s.end);
  }
  // Literal `**` left over: pair them in order (open, close, open, …).
  let openAt = -1;
  for (let i = text.indexOf('**'); i >= 0; i = text.indexOf('**', i + 2)) {
    if (isDelimiter[i]) continue;
    isDelimiter[i] = isDelimiter[i + 1] = 1;
    if (openAt < 0) openAt = i + 2;
    else { bold.fill(1, openAt, i); openAt = -1; }
  }
  // An opening delimiter never closed: the span runs to the end of its line.
  if (openAt >= 0) { const eol = text.indexOf('\n', openAt); bold.fill(1, openAt, eol < 0 ? text.length : eol); }

  const out: Run[][] = [];
  let offset = 0;
  for (const line of lines) {
    const runs: Run[] = [];
    // Pieces of one boldness between delimiters, appended whole (not character by character).
    for (let k = 0; k < line.length; ) {
      if (isDelimiter[offset + k]) { k++; continue; }
      const b = bold[offset + k];
      let j = k + 1;
      while (j < line.length && !isDelimiter[offset + j] && bold[offset + j] === b) j++;
      const piece = line.slice(k, j);
      const last = runs[runs.length - 1];
      if (last && !!last.bold === (b === 1)) last.text += piece;
      else runs.push(b ? { text: piece, bold: true } : { text: piece });
      k = j;
    }
    out.push(runs);
    offset += line.length + 1;
  }
  return out;
}
