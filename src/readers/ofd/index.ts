// OFD reader (GB/T 33190, the national fixed-layout format of e-government documents): the package is opened
// through the guarded zip code, each page's text objects and path rules are placed on the page, and the shared
// fixed-layout code (the PDF reader's) rebuilds lines, paragraphs and ruled tables from them.
import type { Diagnostic, DocModel } from '../../model.js';
import { InputError } from '../../errors.js';
import { layoutPages, numberLines, type PositionedPage } from '../positioned-layout.js';
import { PT_PER_MM } from './geometry.js';
import { openOfd } from './package.js';
import { readPage } from './page.js';
import { diagnostic } from '../../i18n/diagnostics.js';
import { errorRef, inputError } from '../../i18n/index.js';

/** Read an OFD file into the document model. Throws InputError for damaged, encrypted or textless files. */
export function readOfd(bytes: Uint8Array): DocModel {
  const doc = openOfd(bytes);
  const pages: PositionedPage[] = [];
  const lost: InputError[] = [];
  const scanned: number[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.pages.forEach((loc, i) => {
    const n = i + 1;
    try {
      const page = readPage(doc, loc, n);
      numberLines(page.items);
      if (!page.items.some((it) => it.text.trim()) && page.images) scanned.push(n);
      pages.push(page);
    } catch (e) {
      // One damaged page costs its own content, not the notice: the rest is read and the loss reported.
      if (!(e instanceof InputError) || e.reason !== 'corrupt') throw e;
      lost.push(e);
      diagnostics.push(diagnostic('ofd-page-unreadable', 'error', { page: n, error: e.message }, { page: n }));
      pages.push({ info: { page: n, width: doc.pageBox.w * PT_PER_MM, height: doc.pageBox.h * PT_PER_MM }, items: [], segs: [] });
    }
  });
  const chars = pages.reduce((s, p) => s + p.items.reduce((t, it) => t + it.text.replace(/\s+/g, '').length, 0), 0);
  if (!chars && lost.length === pages.length) throw inputError('corrupt', 'input.ofd.pages-unreadable', { error: errorRef(lost[0]) });
  if (!chars) throw inputError('no-text-layer', 'input.ofd.no-text');
  if (scanned.length)
    diagnostics.push(diagnostic(scanned.length > 1 ? 'ofd-page-no-text.several' : 'ofd-page-no-text', 'error', { pages: scanned.join(', ') }, { page: scanned[0] }));
  return { format: 'ofd', blocks: layoutPages(pages), pages: pages.length, diagnostics };
}
