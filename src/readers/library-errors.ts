// What a reader says when a library it uses (mammoth, xmldom, word-extractor, pdf.js) throws.
// Library text is for developers (`[xmldom error]\tentity not found:&e;`, `Maximum call stack size
// exceeded`, `Invalid array length`): the clerk running gov-tasks over an archive gets what is
// wrong with the file instead. GOV_TASKS_DEBUG=1 appends the library's own first line.
import { InputError } from '../errors.js';

interface Mapping {
  test: RegExp;
  reason: 'corrupt' | 'too-large';
  says: string;
}

/** Library wording → what is wrong with the file. First match wins. */
const MAPPINGS: Mapping[] = [
  { test: /Maximum call stack size exceeded|too much recursion/i, reason: 'corrupt', says: 'its content is nested far deeper than any real document (damaged or hostile file)' },
  { test: /Invalid (typed )?array length|Invalid string length|Array buffer allocation failed|allocation failed|out of memory/i, reason: 'too-large', says: 'it asks for far more memory than its size could need (damaged or hostile file)' },
  { test: /xmldom|entity|sax|xml|unclosed|unexpected close tag|attribute|tag/i, reason: 'corrupt', says: 'its XML is damaged' },
  { test: /zip|central directory|end of data|corrupted|crc|inflate|deflate/i, reason: 'corrupt', says: 'its ZIP container is damaged' },
  { test: /xref|trailer|stream|object|dictionary|FormatError|startxref|pdf/i, reason: 'corrupt', says: 'its internal structure is damaged' },
];

/** The InputError for an error a library threw while reading `what` (e.g. "the Word document"). */
export function libraryError(err: unknown, what: string): InputError {
  if (err instanceof InputError) return err;
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const m = MAPPINGS.find((x) => x.test.test(text));
  const says = m?.says ?? 'it is damaged or in a form gov-tasks cannot read';
  const debug = process.env.GOV_TASKS_DEBUG ? ` [${text.split('\n')[0].slice(0, 200)}]` : '';
  return new InputError(m?.reason ?? 'corrupt', `cannot read ${what}: ${says}${debug}`);
}
