// What the inputs on the command line stand for: files, folders walked recursively, and globs.
// A folder that cannot be read or a symlink that loops back is reported and skipped, never fatal:
// an archive of thousands of notices must not stop at one odd folder.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';

/** Extensions a folder walk or a glob picks up; a file named on the command line is read whatever its name. */
export const NOTICE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.docx', '.doc', '.wps', '.pdf', '.ofd', '.html', '.htm', '.mht', '.mhtml']);

export type InputProblemReason = 'missing' | 'unreadable-folder' | 'symlink-loop' | 'no-match';

export interface InputProblem {
  path: string;
  reason: InputProblemReason;
  message: string;
  /** A lost input (missing file, unreadable folder) fails the run (exit 3); a loop or an empty glob does not. */
  lost: boolean;
}

export interface CollectedInputs {
  /** Paths as given or as found under a given folder (relative stays relative), sorted within each argument, no duplicates. */
  files: string[];
  /** For a file found by walking a folder given on the command line: that folder (--out-dir mirrors below it). */
  foundUnder: Map<string, string>;
  problems: InputProblem[];
}

export interface CollectOptions {
  /** Globs of paths to leave out (--ignore); a pattern without a slash matches a file or folder name anywhere. */
  ignore?: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const isNotice = (path: string) => NOTICE_EXTENSIONS.has(extname(path).toLowerCase());
const slashes = (p: string) => p.split(sep).join('/');

/** Expand the command line's inputs into files, in a deterministic order. "-" (standard input) stays as it is. */
export async function collectInputs(args: readonly string[], opts: CollectOptions = {}): Promise<CollectedInputs> {
  // picomatch is loaded only for --ignore: importing it costs `--help` and every plain run ~15 ms.
  const ignore = opts.ignore?.length
    ? (await import('picomatch')).default(opts.ignore, { dot: true, basename: true })
    : () => false;
  const ignored = (p: string) => ignore(slashes(p)) || ignore(slashes(p).replace(/^(\.\.?\/)+/, ''));
  const files: string[] = [];
  const foundUnder = new Map<string, string>();
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (p: string, folder?: string) => {
    const key = resolve(p);
    if (seen.has(key) || ignored(p)) return;
    seen.add(key);
    files.push(p);
    if (folder !== undefined) foundUnder.set(p, folder);
  };
  for (const arg of args) {
    if (arg === '-') { files.push(arg); continue; }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const before = files.length;
      await walk(arg, { add: (p) => add(p, arg), problems, ignored, ancestors: [] });
      if (files.length === before) problems.push({ path: arg, reason: 'no-match', message: `folder holds no notice files (${[...NOTICE_EXTENSIONS].join(' ')})`, lost: false });
    }
    else if (info) add(arg);
    else if (GLOB_CHARS.test(arg)) await expandGlob(arg, (p) => add(p), problems);
    else problems.push({ path: arg, reason: 'missing', message: 'no such file', lost: true });
  }
  return { files, foundUnder, problems };
}

interface Walk {
  add: (p: string) => void;
  problems: InputProblem[];
  ignored: (p: string) => boolean;
  /** Real paths of the folders above this one: meeting one again means a symlink loops. */
  ancestors: string[];
}

async function walk(dir: string, w: Walk): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    w.problems.push({ path: dir, reason: 'unreadable-folder', message: `folder could not be read (${code === 'EACCES' ? 'permission denied' : code ?? 'error'}); skipped`, lost: true });
    return;
  }
  if (w.ancestors.includes(real)) {
    w.problems.push({ path: dir, reason: 'symlink-loop', message: 'symbolic link loops back to a folder above it; skipped', lost: false });
    return;
  }
  // Sorted by code point so every machine (and every --shard) sees the same order.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inner = { ...w, ancestors: [...w.ancestors, real] };
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // .git, .DS_Store, editors' lock files
    const path = join(dir, e.name);
    if (w.ignored(path)) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await stat(path).catch(() => null); // a dangling link is skipped like a missing file
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) await walk(path, inner);
    else if (isFile && isNotice(path)) w.add(path);
  }
}

async function expandGlob(pattern: string, add: (p: string) => void, problems: InputProblem[]): Promise<void> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  const notices = found.filter(isNotice).sort();
  if (!notices.length) problems.push({ path: pattern, reason: 'no-match', message: 'no notice file matches this pattern', lost: false });
  // Relative to the working directory (absolute for an absolute pattern), as if the shell had expanded them.
  for (const f of notices) add(f);
}

/**
 * This run's share of the inputs for --shard K/N: a file belongs to shard (hash(path) mod N) + 1.
 * A hash of the path, not the position, so adding a file to the archive moves no other file.
 */
export function inShard(path: string, shard: { index: number; count: number }): boolean {
  let h = 0x811c9dc5; // FNV-1a, 32 bit
  for (const ch of Buffer.from(path, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shard.count === shard.index - 1;
}

/** Parse "K/N" (1 ≤ K ≤ N); null when malformed. */
export function parseShard(spec: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const index = Number(m[1]), count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}
