// Parse one input into an outcome, never a throw: the function a worker runs for each file.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../readers/index.js';
import type { TaskTable } from '../schema.js';
import type { FailureReason, ParseJob, ParseOutcome } from './outcome.js';
import { inputError } from '../i18n/index.js';

type Failure = ParseOutcome & { ok: false };

type ParseBytes = typeof import('../pipeline.js').parseBytes;

/** `source.file` is the path as given, so 县A/通知.docx and 县B/通知.docx stay apart in every output. */
export async function parseJob(job: ParseJob, parseBytes: ParseBytes): Promise<{ ok: true; table: TaskTable } | Failure> {
  try {
    const bytes = 'bytes' in job ? job.bytes : await readInput(job.path);
    return { ok: true, table: await parseBytes(bytes, { file: job.path }) };
  } catch (e) {
    return failure(e);
  }
}

async function readInput(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'EACCES' ? e : inputError('missing', 'reason.missing');
  });
  if (info.isDirectory()) throw inputError('directory', 'reason.directory');
  // Refused from its size, before a byte of it is held in memory.
  if (info.size > MAX_INPUT_BYTES) throw inputError('too-large', 'input.too-large', { mb: MAX_INPUT_BYTES >> 20 });
  return new Uint8Array(await readFile(path));
}

export function failure(e: unknown): Failure {
  // The catalogue id goes along, so the main thread can say it in the user's language.
  if (e instanceof InputError) return { ok: false, reason: e.reason, message: e.message, ...(e.messageId ? { messageId: e.messageId, params: { ...e.params } } : {}) };
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return { ok: false, reason: 'permission', message: 'permission denied', messageId: 'reason.permission' };
  if (err?.code === 'EISDIR') return { ok: false, reason: 'directory', message: 'is a directory, not a file', messageId: 'reason.directory' };
  const first = String(err?.message ?? e).split('\n')[0];
  return { ok: false, reason: 'corrupt' as FailureReason, message: `could not be read: ${first}`, messageId: 'input.unreadable', params: { reason: first } };
}
