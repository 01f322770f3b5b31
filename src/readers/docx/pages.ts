// The page each Word paragraph starts on, from the page breaks Word recorded when it last laid
// the document out (w:lastRenderedPageBreak). Files written by other programs (LibreOffice,
// generators) record none: then pages are unknown rather than all "page 1".
import { wordPrefix } from './xml.js';

/** Page (1-based) of each w:p start tag in document order, or null when Word recorded no page breaks. */
export function renderedPages(xml: string): number[] | null {
  const pfx = wordPrefix(xml).replace(/[.-]/g, '\\$&');
  const tag = new RegExp(`<${pfx}:(p|lastRenderedPageBreak)(?=[\\s>/])`, 'g');
  const pages: number[] = [];
  let page = 1, breaks = 0;
  for (const m of xml.matchAll(tag)) {
    if (m[1] === 'p') pages.push(page);
    else { page++; breaks++; }
  }
  return breaks ? pages : null;
}
