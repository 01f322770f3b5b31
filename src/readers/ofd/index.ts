// OFD reader (GB/T 33190, the national fixed-layout format of e-government documents): the package is opened
// through the guarded zip code, each page's text objects and path rules are placed on the page, and the shared
// fixed-layout code (the PDF reader's) rebuilds lines, paragraphs and ruled tables from them.
import type { DocModel } from '../../model.js';
import { InputError } from '../../errors.js';
import { layoutPages, numberLines, type PositionedPage } from '../positioned-layout.js';
import { openOfd } from './package.js';
import { readPage } from './page.js';

/** Read an OFD file into the document model. Throws InputError for damaged, encrypted or textless files. */
export function readOfd(bytes: Uint8Array): DocModel {
  const doc = openOfd(bytes);
  const pages: PositionedPage[] = doc.pages.map((loc, i) => {
    const page = readPage(doc, loc, i + 1);
    numberLines(page.items);
    return page;
  });
  const chars = pages.reduce((s, p) => s + p.items.reduce((t, it) => t + it.text.replace(/\s+/g, '').length, 0), 0);
  if (!chars) throw new InputError('no-text-layer', 'the OFD has no text (scanned page images?): run OCR on it first');
  return { format: 'ofd', blocks: layoutPages(pages), pages: pages.length, diagnostics: [] };
}
