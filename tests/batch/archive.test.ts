// The batch engine on an archive as teams have them: a few hundred notices in nested county
// folders, the same file name in every folder, a corrupt file, a file that never finishes
// parsing, a symlink loop and a folder left out with --ignore. Driven through the built CLI.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gov-tasks.js');
const seeds = ['000_cdc8212ff34390a1', '002_2c6f66eac2dcb85f', '003_e6c18e5cbf62b806', '004_de53bfd0c85c9c9e'].map((s) => join(root, 'fixtures', 'seeds', `${s}.txt`));
const STACK = /\s+at\s.+:\d+:\d+/;

let dir: string;
let archive: string;
/** Every notice file that should parse, relative to the archive. */
const good: string[] = [];

/** 12 counties × 4 towns × 6 notices, every town with a 通知.txt; plus the odd ones out. */
function makeArchive(): void {
  dir = tempDir('archive'); // the archive and its outputs: some 20 MB
  archive = join(dir, 'archive');
  let k = 0;
  for (let c = 1; c <= 12; c++) {
    for (let t = 1; t <= 4; t++) {
      const folder = join(archive, `县${String(c).padStart(2, '0')}`, `镇${t}`);
      mkdirSync(folder, { recursive: true });
      for (const name of ['通知.txt', '工作要点.txt', 'a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        copyFileSync(seeds[k++ % seeds.length], join(folder, name));
        good.push(relative(archive, join(folder, name)));
      }
    }
  }
  writeFileSync(join(archive, '县01', 'corrupt.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0]));
  copyFileSync(seeds[0], join(archive, '县02', 'hang.txt'));
  mkdirSync(join(archive, '县03', '草稿'));
  copyFileSync(seeds[1], join(archive, '县03', '草稿', 'draft.txt'));
  writeFileSync(join(archive, '县04', 'readme.md'), '# not a notice');
  symlinkSync('..', join(archive, '县05', 'loop'));
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 240_000, maxBuffer: 1 << 28 });

describe('an archive through the batch engine', () => {
  beforeAll(makeArchive);

  it('accounts for every input, writes every good output and mirrors the tree', { timeout: 240_000 }, () => {
    const r = run(['parse', 'archive', '--out-dir', 'out', '--jobs', '2', '--timeout', '15', '--ignore', '草稿'], { GOV_TASKS_TEST_STALL: 'hang.txt' });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(3); // one unreadable, one timed out
    const total = good.length + 2;
    expect(r.stderr).toContain(`gov-tasks: ${total} inputs: ${good.length} parsed`);
    expect(r.stderr).toMatch(/, 1 unreadable, 1 timed out;/);
    expect(r.stderr).toMatch(/archive\/县02\/hang\.txt: took longer than 15 s/);
    expect(r.stderr).toMatch(/archive\/县01\/corrupt\.docx: /);
    expect(r.stderr).toMatch(/archive\/县05\/loop: symbolic link loops/);
    // Every good input has its output where its input stands, below the archive folder.
    for (const f of good) {
      const out = join(dir, 'out', f.replace(/\.txt$/, '.json'));
      expect(existsSync(out), out).toBe(true);
    }
    const one = JSON.parse(readFileSync(join(dir, 'out', '县07', '镇3', '通知.json'), 'utf8'));
    expect(one.source.file).toBe(join('archive', '县07', '镇3', '通知.txt'));
    expect(existsSync(join(dir, 'out', '县03', '草稿'))).toBe(false);
    expect(existsSync(join(dir, 'out', '县02', 'hang.json'))).toBe(false);
    // No temporary file is left behind.
    const all = readdirSync(join(dir, 'out'), { recursive: true }) as string[];
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--shard K/N splits the inputs into disjoint shares whose NDJSON concatenates to the whole', { timeout: 240_000 }, () => {
    const files = (shard: string) => {
      const r = run(['parse', 'archive', '-f', 'ndjson', '--shard', shard, '--jobs', '2', '--ignore', '县01', '--ignore', 'hang.txt', '--ignore', '草稿', '-q']);
      expect(r.status, r.stderr).toBe(0);
      return new Set(r.stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).file as string));
    };
    const a = files('1/2');
    const b = files('2/2');
    expect(a.size).toBeGreaterThan(0);
    expect(b.size).toBeGreaterThan(0);
    expect([...a].filter((f) => b.has(f))).toEqual([]);
    const expected = good.filter((f) => !f.startsWith('县01')).map((f) => join('archive', f));
    expect(new Set([...a, ...b])).toEqual(new Set(expected));
  });

  it('streams one JSON array and numbers CSV rows across notices, as a single run would', { timeout: 240_000 }, () => {
    const j = run(['parse', 'archive/县06', '-f', 'json', '-q']);
    expect(j.status, j.stderr).toBe(0);
    const arr = JSON.parse(j.stdout);
    expect(arr).toHaveLength(24);
    expect(arr.map((t: { source: { file: string } }) => t.source.file)).toEqual([...arr.map((t: { source: { file: string } }) => t.source.file)].sort());
    const c = run(['parse', 'archive/县06', '-f', 'csv', '-q']);
    const rows = c.stdout.trimEnd().split('\r\n').slice(1);
    const tasks = arr.reduce((n: number, t: { tasks: unknown[] }) => n + t.tasks.length, 0);
    expect(rows).toHaveLength(tasks);
    expect(rows.at(-1)!.startsWith(`${tasks},`)).toBe(true);
    expect(c.stdout.match(/序号/g)).toHaveLength(1); // one header
  });

  it('with one worker, the file it held after a stuck one goes to the fresh worker, in input order', { timeout: 240_000 }, () => {
    const r = run(['parse', 'archive/县02', '--jobs', '1', '--timeout', '5', '-f', 'ndjson'], { GOV_TASKS_TEST_STALL: 'hang.txt' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/archive\/县02\/hang\.txt: took longer than 5 s/);
    const files = [...new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file as string))];
    const expected = good.filter((f) => f.startsWith('县02')).map((f) => join('archive', f)).sort();
    expect(files).toEqual(expected);
  });

  it('a file over --max-memory is stopped and reported as too large; the others are written', { timeout: 240_000 }, () => {
    const r = run(['parse', 'archive/县08/镇1', '--max-memory', '96', '--jobs', '2', '-f', 'ndjson', '-q'], { GOV_TASKS_TEST_BLOAT: '镇1/a.txt' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe('gov-tasks: archive/县08/镇1/a.txt: needed more than 96 MB of memory to parse; stopped (--max-memory)');
    const files = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file));
    expect(files.size).toBe(5);
  });
});

// A pseudo-terminal (util-linux `script`): progress is drawn only when stderr is a terminal.
const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
describe.runIf(hasScript)('progress', () => {
  const outFile = () => join(tempDir('pty'), 'x.ndjson');
  const onPty = (extraEnv: Record<string, string>) => spawnSync('script', ['-qec',
    `"${process.execPath}" "${bin}" parse "${join(root, 'fixtures', 'seeds')}" "${join(root, 'fixtures', 'docx')}" --jobs 1 -f ndjson -o "${outFile()}"`,
    '/dev/null'], { encoding: 'utf8', env: { ...process.env, CI: '', GOV_TASKS_PROGRESS_DELAY_MS: '0', ...extraEnv }, timeout: 240_000 });

  it('is shown on a terminal: files done of total, the rate, the file', { timeout: 240_000 }, () => {
    const out = onPty({}).stdout;
    expect(out).toMatch(/\d+\/\d+ files \| [\d.]+ files\/s \| /);
    expect(out).toMatch(/inputs: \d+ parsed/);
  });

  it('is not shown in CI', { timeout: 240_000 }, () => {
    const out = onPty({ CI: 'true' }).stdout;
    expect(out).not.toMatch(/files\/s/);
    expect(out).toMatch(/inputs: \d+ parsed/);
  });
});
