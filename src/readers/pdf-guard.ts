// Budgets and a repair that keep pdf.js bounded on hostile PDFs.
import { inputError } from '../i18n/index.js';

/** A notice, even with its task-table annexes, runs to dozens of pages; each page costs ~50–100 ms. */
export const MAX_PDF_PAGES = 500;
/** Drawing operators on one page: a text page has a few thousand, a dense table tens of thousands. */
export const MAX_PAGE_OPERATORS = 400_000;
/** Positioned text pieces on one page (a page of small print has a few thousand). */
export const MAX_PAGE_TEXT_ITEMS = 100_000;

export function checkPageCount(pages: number): void {
  if (pages > MAX_PDF_PAGES)
    throw inputError('too-large', 'input.pdf.pages', { pages, max: MAX_PDF_PAGES });
}

export function checkPageBudget(page: number, what: { operators?: number; textItems?: number }): void {
  if ((what.operators ?? 0) > MAX_PAGE_OPERATORS)
    throw inputError('too-large', 'input.pdf.operators', { page, count: what.operators!, max: MAX_PAGE_OPERATORS });
  if ((what.textItems ?? 0) > MAX_PAGE_TEXT_ITEMS)
    throw inputError('too-large', 'input.pdf.text-items', { page, count: what.textItems!, max: MAX_PAGE_TEXT_ITEMS });
}

const nativeIndexOf = Array.prototype.indexOf;
const SPARSE_FROM = 1 << 16;

/**
 * pdf.js reads an embedded Type1 font's `/Encoding` entries `dup <code> /<glyph> put` with
 * `parseInt(code) | 0`, so a code of 99999999999999999999 stores a glyph at index 1,661,992,960 and
 * the encoding becomes a sparse array of that length. It then calls `encoding.indexOf(glyph)` once
 * per glyph, and V8's indexOf walks every index up to the length, holes included: the page never
 * finishes (pdfjs-dist 5.4 Type1Parser.extractFontProgram). No pdf.js option skips embedded font
 * programs (fonts are parsed for text extraction too), so indexOf is given a path for long arrays
 * that visits only the elements that exist (for-in enumerates array indices in ascending order):
 * same result, time linear in the elements. Installed once, like the native push in pdf.ts.
 */
export function installSparseIndexOf(): void {
  if (Array.prototype.indexOf !== nativeIndexOf) return;
  Object.defineProperty(Array.prototype, 'indexOf', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function indexOf(this: unknown[], search: unknown, fromIndex?: number): number {
      const length = this.length;
      if (!Array.isArray(this) || length < SPARSE_FROM) return nativeIndexOf.call(this, search, fromIndex);
      let from = Math.trunc(Number(fromIndex ?? 0)) || 0;
      if (from < 0) from = Math.max(0, length + from);
      for (const key in this) {
        const i = Number(key);
        if (!Number.isInteger(i) || i < from || String(i) !== key) continue;
        if (this[i] === search) return i;
      }
      return -1;
    },
  });
}
