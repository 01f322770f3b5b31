// What a reader says when a library it uses (word-extractor for .doc, pdf.js) or the JavaScript engine
// (a stack or memory limit) throws. That text is for developers (`Bad (uncompressed)
// XRef entry: 12`, `Maximum call stack size exceeded`, `Invalid array length`): the clerk running
// gov-tasks over an archive gets what is wrong with the file instead. The .docx reader's own refusals
// (zip, DTD, XML that is not well-formed, nesting) are InputErrors already and pass through unchanged.
// GOV_TASKS_DEBUG=1 appends the library's own first line.
import { InputError } from '../errors.js';
import { inputError, ref, type MessageId } from '../i18n/index.js';

interface Mapping {
  test: RegExp;
  reason: 'corrupt' | 'too-large';
  says: MessageId;
}

/** Library wording → what is wrong with the file. First match wins. */
const MAPPINGS: Mapping[] = [
  { test: /Maximum call stack size exceeded|too much recursion/i, reason: 'corrupt', says: 'says.nested' },
  { test: /Invalid (typed )?array length|Invalid string length|Array buffer allocation failed|allocation failed|out of memory/i, reason: 'too-large', says: 'says.memory' },
  { test: /outside (the )?(buffer )?bounds|out of range|beyond the end/i, reason: 'corrupt', says: 'says.bounds' },
  { test: /entity|sax|xml|unclosed|unexpected close tag|attribute|tag/i, reason: 'corrupt', says: 'says.xml' },
  { test: /zip|central directory|end of data|corrupted|crc|inflate|deflate/i, reason: 'corrupt', says: 'says.zip' },
  { test: /xref|trailer|stream|object|dictionary|FormatError|startxref|pdf/i, reason: 'corrupt', says: 'says.structure' },
];

/** The InputError for an error a library threw while reading `what` (a catalogue name: part.pdf). */
export function libraryError(err: unknown, what: MessageId): InputError {
  if (err instanceof InputError) return err;
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const m = MAPPINGS.find((x) => x.test.test(text));
  const debug = process.env.GOV_TASKS_DEBUG ? ` [${text.split('\n')[0].slice(0, 200)}]` : '';
  return inputError(m?.reason ?? 'corrupt', 'input.cannot-read', { what: ref(what), says: ref(m?.says ?? 'says.unknown'), debug });
}
