// What a reader's failure was: the InputError reason, or a marker that a raw error escaped.
import { InputError } from '../../src/errors.js';

export async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e.reason;
    return `raw error: ${String(e)}`;
  }
  return 'no error';
}
