// Pick the reader by what the bytes are. Heavy readers are imported only when used,
// so reading a .txt (or printing --help) never loads the Word reader (saxes) or pdf.js.
import type { DocModel } from '../model.js';
import { inputError } from '../i18n/input-errors.js';
import { detectFormat } from './detect.js';

/** Refuse inputs larger than this before reading them (a notice is rarely over a few MB). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** The .txt reader, imported once: a fresh `import()` resolves its specifier again, a cost per notice. */
let txtModule: Promise<typeof import('./txt.js')> | undefined;
const txtReader = () => (txtModule ??= import('./txt.js'));

export async function readDocument(bytes: Uint8Array): Promise<DocModel> {
  if (bytes.length === 0) throw inputError('empty', 'input.empty');
  if (bytes.length > MAX_INPUT_BYTES) throw inputError('too-large', 'input.too-large', { mb: MAX_INPUT_BYTES >> 20 });
  const format = detectFormat(bytes);
  switch (format) {
    case 'txt': return (await txtReader()).readTxt(bytes);
    case 'docx': return (await import('./docx/index.js')).readDocx(bytes);
    case 'ole': return (await import('./doc.js')).readDoc(bytes);
    case 'pdf': return (await import('./pdf.js')).readPdf(bytes);
    case 'html': return (await import('./html/html.js')).readHtml(bytes);
    case 'ofd': return (await import('./ofd/index.js')).readOfd(bytes);
    case 'zip': throw inputError('unsupported', 'input.zip-not-word');
    default: throw inputError('binary', 'input.binary');
  }
}
