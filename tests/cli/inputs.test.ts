// The CLI as users run it (the built bin/gov-tasks.js): exit codes, bad inputs, batches, stdin.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

// Each test spawns the CLI, several times: slow on a loaded two-core machine, not hung.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gov-tasks.js');
const seed = join(root, 'fixtures', 'seeds', '002_2c6f66eac2dcb85f.txt');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const tmp = () => tempDir('inputs');

describe('gov-tasks parse', () => {
  it('writes a validated JSON task table and exits 0', () => {
    const r = run(['parse', join(root, 'fixtures', 'seeds', '003_e6c18e5cbf62b806.txt')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document.docNumber).toBe('代政办发〔2021〕38号');
    expect(out.tasks).toHaveLength(20);
  });

  it('writes YAML with -f yaml', () => {
    const r = run(['parse', seed, '-f', 'yaml', '-q']);
    expect(r.status).toBe(0);
    expect(parseYaml(r.stdout).tasks).toHaveLength(47);
  });

  it('reads standard input with -', () => {
    const r = run(['parse', '-'], readFileSync(seed));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(47);
  });

  it('exits 1 under --strict when there are warnings (002 skips （十五）)', () => {
    const r = run(['parse', seed, '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('numbering-gap');
    expect(r.stderr).toMatch(/002_2c6f66eac2dcb85f\.txt:73/);
  });

  const bad: [string, (dir: string) => string, RegExp][] = [
    ['an empty file', (d) => { const f = join(d, 'empty.txt'); writeFileSync(f, ''); return f; }, /empty/],
    ['binary bytes in a .txt', (d) => { const f = join(d, 'bin.txt'); writeFileSync(f, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9])); return f; }, /binary/],
    ['a folder without notices', (d) => d, /folder holds no notice files/],
    ['a missing path', (d) => join(d, 'nope.txt'), /no such file/],
  ];
  it.each(bad)('refuses %s with one line naming the file and exit 3', (_name, make, message) => {
    const file = make(tmp());
    const r = run(['parse', file]);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\s+at\s.+:\d+:\d+/); // no stack trace
  });

  it('in a batch, a bad file does not stop the others and every input is counted', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run(['parse', seed, empty, join(root, 'fixtures', 'seeds', '000_cdc8212ff34390a1.txt'), '--out-dir', out]);
    expect(r.status).toBe(3);
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
    expect(written).toEqual(['000_cdc8212ff34390a1.json', '002_2c6f66eac2dcb85f.json']);
    expect(r.stderr).toMatch(/3 inputs: 2 parsed \(78 tasks\), \d+ with findings, 1 unreadable, 0 timed out/);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['parse']).status).toBe(2);
    expect(run(['parse', seed, '--bogus']).status).toBe(2);
    expect(run(['parse', seed, '-f', 'docx']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run([]).status).toBe(2);
    expect(run(['--help']).status).toBe(0);
    expect(run(['--version']).status).toBe(0);
  });

  it('--help teaches with examples and the exit codes', () => {
    const r = run(['help', 'parse']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('--out-dir');
  });

  it('prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toContain('json-schema.org');
  });

  it('writes to a file with -o', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'x'));
    const f = join(dir, 'x', 'out.yaml');
    expect(run(['parse', seed, '-o', f, '-q']).status).toBe(0);
    expect(parseYaml(readFileSync(f, 'utf8')).document.title).toBe('2022年咸宁市政务公开工作要点');
  });

  it('reads a file by its bytes when its extension lies', { timeout: 120_000 }, () => {
    const dir = tmp();
    const cases: [string, string, string][] = [
      [join(root, 'fixtures', 'docx', '002_2c6f66eac2dcb85f.doc'), 'renamed-doc.docx', 'doc'],
      [join(root, 'fixtures', 'pdf', '003_e6c18e5cbf62b806.pdf'), 'renamed-pdf.docx', 'pdf'],
      [join(root, 'fixtures', 'docx', '004_de53bfd0c85c9c9e.docx'), 'renamed-docx.pdf', 'docx'],
      [seed, 'renamed-txt.doc', 'txt'],
    ];
    for (const [from, name, format] of cases) {
      copyFileSync(from, join(dir, name));
      const r = run(['parse', join(dir, name), '-q']);
      expect(r.status, name).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.source.format).toBe(format);
      expect(out.tasks.length).toBeGreaterThan(0);
    }
  });

  it('refuses a zip that is not a Word file, named .docx', () => {
    const dir = tmp();
    // A minimal empty zip archive: just the end-of-central-directory record.
    writeFileSync(join(dir, 'fake.docx'), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    const r = run(['parse', join(dir, 'fake.docx')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/fake\.docx: .*zip/);
  });

  it('--out-dir mirrors the inputs\' folders: two inputs with one name stay apart', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    copyFileSync(seed, join(dir, 'a', 'x.txt'));
    copyFileSync(join(root, 'fixtures', 'seeds', '003_e6c18e5cbf62b806.txt'), join(dir, 'b', 'x.txt'));
    const r = run(['parse', join(dir, 'a', 'x.txt'), join(dir, 'b', 'x.txt'), '--out-dir', join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a', 'b']);
    const b = JSON.parse(readFileSync(join(dir, 'out', 'b', 'x.json'), 'utf8'));
    expect(b.tasks).toHaveLength(20);
    expect(b.source.file).toBe(join(dir, 'b', 'x.txt')); // the path as given
    expect(JSON.parse(readFileSync(join(dir, 'out', 'a', 'x.json'), 'utf8')).tasks).toHaveLength(47);
  });

  it('--out-dir: files named from several folders go to its top; a walked folder keeps its tree', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    copyFileSync(seed, join(dir, 'a', 'x.txt'));
    copyFileSync(join(root, 'fixtures', 'seeds', '003_e6c18e5cbf62b806.txt'), join(dir, 'b', 'c', 'y.txt'));
    expect(run(['parse', join(dir, 'a', 'x.txt'), join(dir, 'b', 'c', 'y.txt'), '--out-dir', join(dir, 'flat')]).status).toBe(0);
    expect(readdirSync(join(dir, 'flat')).sort()).toEqual(['x.json', 'y.json']);
    expect(run(['parse', join(dir, 'b'), '--out-dir', join(dir, 'tree')]).status).toBe(0);
    expect(readdirSync(join(dir, 'tree'), { recursive: true }).sort()).toEqual(['c', join('c', 'y.json')]);
  });
});
