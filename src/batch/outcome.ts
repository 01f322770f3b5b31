// What one input came to, as the batch engine reports it. Plain data: it crosses from a worker.
import type { ErrorParams } from '../errors.js';
import type { TaskTable } from '../schema.js';

/** Why an input gave no task table: the reader's reasons, and the engine's own (time and memory limits). */
export type FailureReason =
  | 'missing' | 'directory' | 'empty' | 'binary' | 'unsupported' | 'corrupt' | 'encrypted'
  | 'no-text-layer' | 'too-large' | 'permission' | 'timeout' | 'crashed' | 'unreadable-folder';

export type ParseOutcome =
  | { ok: true; table: TaskTable }
  | { ok: false; reason: FailureReason; message: string; messageId?: string; params?: ErrorParams };

/** An input for a worker: a path to read, or the bytes of standard input. */
export type ParseJob = { path: string } | { path: '-'; bytes: Uint8Array };
