// How much room a cell's text takes when a spreadsheet wraps it, so a printed 台账 shows every
// word: Excel and LibreOffice keep a row one line high unless told otherwise, whatever it holds.
// Widths are in Excel column units (about one Latin digit of the default font); a CJK character
// takes about two of them. The numbers err on the roomy side: a row a little too tall costs a
// blank line, a row too short cuts the text off on paper.
import { charWidth } from './width.js';

/** Font size of the ledger's cells, in points (小四 is 12, 五号 10.5; 11 is between). */
export const CELL_FONT_SIZE = 11;
/** One wrapped line: CJK fonts (SimSun, Noto Sans CJK) need about 1.45 em; a little more is kept. */
export const LINE_HEIGHT_PT = 15.5;
/** Room above and below the text inside a cell. */
export const CELL_PADDING_PT = 4;
/** Excel refuses taller rows. */
export const MAX_ROW_HEIGHT_PT = 409;
/** A CJK glyph of an 11 pt CJK font is slightly wider than two digits of the default font. */
const WIDE_UNITS = 2.1;

/** Lines one paragraph takes in a column of `width` units: greedy wrapping, any character may end a line. */
function paragraphLines(text: string, room: number): number {
  let lines = 1, used = 0;
  for (const ch of text) {
    const w = charWidth(ch) === 2 ? WIDE_UNITS : charWidth(ch);
    if (used + w > room && used > 0) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** Lines a cell's text takes in a column `width` units wide (its own line breaks kept). */
export function wrappedLines(text: string, width: number): number {
  if (!text) return 1;
  // About one unit of the width is the cell's inner margin.
  const room = Math.max(WIDE_UNITS, width - 1);
  return text.split(/\r\n|[\r\n]/).reduce((n, p) => n + paragraphLines(p, room), 0);
}

/** Height in points of a row whose cells hold these texts in columns of these widths. */
export function rowHeight(texts: readonly string[], widths: readonly number[], fontSize = CELL_FONT_SIZE): number {
  // A larger font takes more of the column per character, as well as more height per line.
  const scale = fontSize / CELL_FONT_SIZE;
  const lines = Math.max(1, ...texts.map((t, i) => wrappedLines(t, widths[i] / scale)));
  const line = LINE_HEIGHT_PT * scale;
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil(lines * line + CELL_PADDING_PT));
}
