// Which pages of a PDF have their operator list read. The operator list is pdf.js's second pass over a page's
// content (after the text): the reader needs it for two things only, the real names of the fonts (pdf.js
// names a font only to its renderer, through the operator list; the name tells bold) and the ruling lines
// of tables. It costs about as much as the text pass again, so it is read only where one of those is missing.
// Pure of pdf.js: the reader passes what a page shows and a function that reads one page's operators.

/** What the text pass tells about a page with text. */
export interface PageNeeds {
  page: number;
  /** pdf.js ids of the fonts its text items are set in. */
  fontIds: ReadonlySet<string>;
  /** The text could stand in a ruled table (pdf-table.ts, mayHoldRuledTable). */
  mayHoldTable: boolean;
}

/** Reads one page's operator list (rulings kept, fonts loaded); true when the page draws vertical rules. */
export type ReadOperators = (page: number) => Promise<boolean>;

/**
 * Read the operator lists the layout needs, each page at most once:
 *  - every page whose text may stand in a ruled table;
 *  - the pages next to one with vertical rules, again and again: a table continued over a page break (or
 *    beginning on the page before) may show one column of text only there;
 *  - then, while a font used by the text is still unnamed, the page that uses most such fonts (a PDF writer
 *    that starts a new font subset every few hundred characters uses all of them on its later pages).
 * `fontKnown` tells whether pdf.js has named a font (after the operator list of a page that uses it).
 */
export async function readOperatorLists(pages: PageNeeds[], read: ReadOperators, fontKnown: (id: string) => boolean): Promise<void> {
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const done = new Set<number>();
  const ruled: number[] = [];
  const readPage = async (n: number) => {
    done.add(n);
    if (await read(n)) ruled.push(n);
  };
  for (const p of pages) if (p.mayHoldTable) await readPage(p.page);
  for (;;) {
    const beside = ruled.flatMap((n) => [n - 1, n + 1]).find((n) => byPage.has(n) && !done.has(n));
    if (beside !== undefined) {
      await readPage(beside);
      continue;
    }
    const next = pageWithMostUnnamedFonts(pages, done, fontKnown);
    if (next === undefined) return;
    await readPage(next);
  }
}

/** The unread page whose text uses most fonts not yet named (the first of equals); none when all are named. */
function pageWithMostUnnamedFonts(pages: PageNeeds[], done: ReadonlySet<number>, fontKnown: (id: string) => boolean): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const p of pages) {
    if (done.has(p.page)) continue;
    let unnamed = 0;
    for (const id of p.fontIds) if (!fontKnown(id)) unnamed++;
    if (unnamed > most) [best, most] = [p.page, unnamed];
  }
  return best;
}
