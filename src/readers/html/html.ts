// HTML reader: web pages (.html, .htm), web archives (.mht, .mhtml) and the "Word" files that are
// one of these inside (.doc/.docx saved as a web page). The page is parsed by rehype-parse (parse5,
// the HTML standard's parser) and its tree turned into the common model by blocks.ts.
import type { DocModel } from '../../model.js';
import { blocksOfHtml } from './blocks.js';
import { decodeHtml, declaredCharset } from './charset.js';
import { htmlOfMht, looksLikeMht } from './mht.js';
import { inputError } from '../../i18n/index.js';

export async function readHtml(bytes: Uint8Array): Promise<DocModel> {
  let page = bytes;
  let charset = declaredCharset(bytes);
  if (looksLikeMht(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))) {
    const part = htmlOfMht(bytes);
    page = part.html;
    charset = part.charset ?? declaredCharset(page);
  }
  const { text, encoding } = decodeHtml(page, charset);
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  let blocks;
  try {
    blocks = blocksOfHtml(unified().use(rehypeParse).parse(text));
  } catch (err) {
    // The tree is built and walked recursively: a hostile page nesting tens of thousands of elements overflows the stack.
    if (err instanceof RangeError) throw inputError('corrupt', 'input.html.too-deep');
    throw err;
  }
  if (!blocks.length) throw inputError('empty', 'input.html.no-text');
  return { format: 'html', blocks, encoding, diagnostics: [] };
}
