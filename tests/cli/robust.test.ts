// A CLI that never crashes in front of a user: closed pipes, output paths that cannot be
// written, output names that name no format. Each through the built CLI: one line, its own
// exit code, no stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

// Each test spawns the CLI, several times: slow on a loaded two-core machine, not hung.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gov-tasks.js');
const seed = join(root, 'fixtures', 'seeds', '002_2c6f66eac2dcb85f.txt');
const seeds = join(root, 'fixtures', 'seeds');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = () => tempDir('robust');
const STACK = /\s+at\s.+:\d+:\d+/;

function oneLine(r: ReturnType<typeof run>, status: number, pattern: RegExp) {
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr).not.toMatch(STACK);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('the CLI never crashes', () => {
  it('a closed pipe (| head) ends quietly with 0', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" parse "${seeds}" -f ndjson -q | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('-o into a folder that does not exist: exit 4, naming the path', () => {
    const f = join(tmp(), 'no', 'such', 'out.json');
    oneLine(run(['parse', seed, '-o', f, '-q']), 4, new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the folder does not exist`));
  });

  it('-o onto an existing folder is refused with exit 4', () => {
    const d = tmp();
    mkdirSync(join(d, 'x.json'));
    oneLine(run(['parse', seed, '-o', join(d, 'x.json'), '-q']), 4, /x\.json: is a folder; name a file/);
  });

  it('--out-dir onto a file: exit 4', () => {
    const f = join(tmp(), 'file');
    writeFileSync(f, 'x');
    oneLine(run(['parse', seed, '--out-dir', f, '-q']), 4, /file: is a file, not a folder/);
  });

  it.each([['台账.xls', /\.xls is not an output format.*use \.xlsx.*-f FORMAT/], ['tasks.txt', /\.txt is not an output format/], ['tasks', /has no extension/]])(
    '-o %s names no format: exit 2 with a hint, nothing written', (name, hint) => {
      const d = tmp();
      oneLine(run(['parse', seed, '-o', join(d, name)]), 2, hint);
      expect(readdirSync(d)).toEqual([]);
    });

  it('-o with -f may use any name', () => {
    const d = tmp();
    expect(run(['parse', seed, '-o', join(d, 'tasks.txt'), '-f', 'csv', '-q']).status).toBe(0);
    expect(readFileSync(join(d, 'tasks.txt'), 'utf8').startsWith('\uFEFF序号,')).toBe(true);
  });

  it('a symlink planted inside --out-dir is not followed', () => {
    const d = tmp();
    const outside = join(d, 'outside');
    mkdirSync(outside);
    mkdirSync(join(d, 'in', 'a'), { recursive: true });
    mkdirSync(join(d, 'in', 'b'), { recursive: true });
    writeFileSync(join(d, 'in', 'a', 'x.txt'), readFileSync(seed));
    writeFileSync(join(d, 'in', 'b', 'y.txt'), readFileSync(seed));
    mkdirSync(join(d, 'out'));
    symlinkSync(outside, join(d, 'out', 'a'));
    const r = run(['parse', join(d, 'in'), '--out-dir', join(d, 'out'), '-q']);
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/out\/a: is a symbolic link inside --out-dir; not followed/);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(d, 'out', 'b', 'y.json'))).toBe(true); // the other outputs are written
  });

  it('a folder among the inputs is walked; a bad --jobs, --shard or --timeout is a usage error', () => {
    const r = run(['parse', seeds, '-f', 'ndjson', '-q']);
    expect(r.status).toBe(0);
    expect(new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).size).toBe(7);
    oneLine(run(['parse', seed, '--jobs', '0']), 2, /--jobs 0/);
    oneLine(run(['parse', seed, '--shard', '3/2']), 2, /--shard 3\/2: write it as K\/N/);
    oneLine(run(['parse', seed, '--timeout', 'soon']), 2, /--timeout soon/);
  });
});
