// Where output goes: stdout, or a file written under a temporary name in its own folder and
// renamed when complete, so an interrupted run never leaves a truncated file behind.
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { message, type MessageId, type MessageParams } from '../i18n/index.js';

/** Why an output cannot be written: a catalogue message (src/i18n), said in the user's language. */
export interface OutputReason { id: MessageId; params?: MessageParams }

/** An output that cannot be written. The CLI prints `gov-tasks: PATH: REASON` and exits 4. */
export class OutputError extends Error {
  constructor(readonly path: string, readonly reason: OutputReason) {
    super(`${path}: ${message('en', reason.id, reason.params)}`);
    this.name = 'OutputError';
  }
}

export interface Target {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finish: flush, and for a file put it in place. */
  commit(): Promise<void>;
  /** Give up: for a file, remove the temporary; the target is left as it was. */
  abort(): Promise<void>;
}

export function outputReason(e: unknown): OutputReason {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return { id: 'output.no-folder' };
    case 'ENOTDIR': return { id: 'output.path-through-file' };
    case 'EISDIR': return { id: 'output.is-folder' };
    case 'EACCES': case 'EPERM': return { id: 'output.permission' };
    case 'ENOSPC': return { id: 'output.no-space' };
    case 'EROFS': return { id: 'output.read-only' };
    case 'EEXIST': return { id: 'output.in-the-way' };
    default: return { id: 'output.failed', params: { code: code ?? String((e as Error)?.message ?? e).split('\n')[0] } };
  }
}

/** Standard output with backpressure: a slow reader (less, a pipe to jq) slows the run instead of filling memory. */
export function stdoutTarget(): Target {
  return {
    write: (chunk) => new Promise((resolve) => {
      if (process.stdout.write(chunk)) resolve();
      else process.stdout.once('drain', resolve);
    }),
    commit: async () => {},
    abort: async () => {},
  };
}

const temporaries = new Set<string>();

/** Temporary files not yet renamed, for the Ctrl-C handler to remove. */
export function pendingTemporaries(): string[] {
  return [...temporaries];
}

/**
 * The temporary name a worker writes an --out-dir file under: `.NAME.PID-w.tmp`, known to the
 * main thread too, which removes it when it ends the worker (time limit, Ctrl-C). Each output
 * path is written once in a run, so the name is unique.
 */
export const workerTemporary = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}-w.tmp`);

/**
 * A file written atomically: `.NAME.PID-N.tmp` beside it (or the name given), opened with O_EXCL
 * (so a planted symlink of that name is refused, not followed), renamed over NAME when complete
 * (a symlink at NAME is replaced, not followed).
 */
export async function fileTarget(path: string, temporary?: string): Promise<Target> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(path, { id: 'output.is-folder' });
  const tmp = temporary ?? join(dirname(path), `.${basename(path)}.${process.pid}-${temporaries.size}-${Date.now() % 1e6}.tmp`);
  let stream: WriteStream;
  try {
    stream = await openExclusive(tmp);
  } catch (e) {
    throw new OutputError(path, outputReason(e));
  }
  temporaries.add(tmp);
  let failed: unknown = null;
  stream.on('error', (e) => { failed = e; });
  const drop = async () => {
    temporaries.delete(tmp);
    stream.destroy();
    await unlink(tmp).catch(() => {});
  };
  return {
    write: (chunk) => new Promise((resolve, reject) => {
      if (failed) return reject(new OutputError(path, outputReason(failed)));
      if (stream.write(chunk)) resolve();
      else stream.once('drain', resolve);
    }),
    commit: async () => {
      await new Promise<void>((resolve) => stream.end(resolve));
      if (failed) { await drop(); throw new OutputError(path, outputReason(failed)); }
      try {
        await rename(tmp, path);
        temporaries.delete(tmp);
      } catch (e) {
        await drop();
        throw new OutputError(path, outputReason(e));
      }
    },
    abort: drop,
  };
}

function openExclusive(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const s = createWriteStream(path, { flags: 'wx' });
    s.once('open', () => resolve(s));
    s.once('error', reject);
  });
}

/** Write a whole file atomically. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, temporary?: string): Promise<void> {
  const t = await fileTarget(path, temporary);
  try {
    await t.write(data);
  } catch (e) {
    await t.abort();
    throw e;
  }
  await t.commit();
}

/** Make --out-dir (it may exist; it must be a folder). */
export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(dir, code === 'EEXIST' || code === 'ENOTDIR' ? { id: 'output.is-file' } : outputReason(e));
  }
  const info = await stat(dir);
  if (!info.isDirectory()) throw new OutputError(dir, { id: 'output.is-file' });
}

/**
 * Make the folders of an output inside --out-dir. Every folder below the out dir must be a real
 * folder: a symlink planted there could send output anywhere on the machine, so it is refused.
 */
export async function makeFoldersInside(outDir: string, file: string): Promise<void> {
  const parts = relative(outDir, dirname(file)).split(sep).filter(Boolean);
  let at = outDir;
  for (const part of parts) {
    at = join(at, part);
    const info = await lstat(at).catch(() => null);
    if (!info) {
      await mkdir(at).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'EEXIST') throw new OutputError(at, outputReason(e)); });
      const made = await lstat(at);
      if (!made.isDirectory()) throw new OutputError(at, { id: 'output.not-folder' });
    } else if (info.isSymbolicLink()) {
      throw new OutputError(at, { id: 'output.symlink' });
    } else if (!info.isDirectory()) {
      throw new OutputError(at, { id: 'output.is-file' });
    }
  }
}
