// Every hostile file (fixtures/hostile, README there) ends in valid output or one clean line with
// a documented exit code, within 10 s and 500 MB; and a batch of good files mixed with all of them
// writes every good output. One CLI run (one worker, so the process's peak memory is one file's).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { TaskTableSchema } from '../../src/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostileDir = join(root, 'fixtures', 'hostile');
const hostile = readdirSync(hostileDir).filter((f) => f !== 'README.md').sort();
const good = [
  'fixtures/seeds/002_2c6f66eac2dcb85f.txt', 'fixtures/seeds/004_de53bfd0c85c9c9e.txt',
  'fixtures/docx/004_de53bfd0c85c9c9e.docx', 'fixtures/docx/002_2c6f66eac2dcb85f.doc',
  'fixtures/pdf/002_2c6f66eac2dcb85f.pdf',
];
const PER_FILE_S = 10;

/** Run a command to its end without blocking the test worker (vitest talks to it meanwhile). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
const MEMORY_MB = 500;

describe('hostile corpus through the CLI', () => {
  it(`each file ends in valid output or one clean line (exit 3) within ${PER_FILE_S} s and ${MEMORY_MB} MB; good files beside them are all written`, async () => {
    const tmp = tempDir('hostile'); // the outputs: some 9 MB
    const out = join(tmp, 'out');
    const rssFile = join(tmp, 'maxrss');
    const inputs = [...hostile.map((f) => join('fixtures', 'hostile', f)), ...good];
    const started = Date.now();
    const r = await run([join(root, 'tests', 'support', 'measured-cli.mjs'), 'parse', ...inputs,
      '--out-dir', out, '-f', 'json', '-j', '1', '--timeout', String(PER_FILE_S), '--max-memory', String(MEMORY_MB - 100)],
    { ...process.env, NO_COLOR: '1', GOV_TASKS_MAXRSS_FILE: rssFile });
    if (process.env.GOV_TASKS_SHOW) console.log(r.stderr, (Date.now() - started) / 1000, 's', readFileSync(rssFile, 'utf8'), 'KB');
    const elapsed = (Date.now() - started) / 1000;

    expect(r.status).toBe(3); // some hostile files are refused; the run itself completes
    const stderr = r.stderr.split('\n').filter(Boolean);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|\[xmldom|Maximum call stack|Invalid array length/);
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    // Every output, found by the input it names (where --out-dir puts it is the CLI tests' concern).
    const outputs = new Map((readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'))
      .map((f) => TaskTableSchema.parse(JSON.parse(readFileSync(join(out, f), 'utf8'))))
      .map((table) => [table.source.file, table] as const));
    const refusedLines = (input: string) => stderr.filter((l) => l.startsWith(`gov-tasks: ${input}: `));
    for (const input of inputs) {
      if (outputs.has(input)) {
        expect(refusedLines(input), input).toEqual([]);
      } else {
        expect(good, `${input} is a good file and must be written`).not.toContain(input);
        expect(refusedLines(input), `${input}: one clean line`).toHaveLength(1);
      }
    }
    for (const g of good) expect(outputs.get(g)?.tasks.length, g).toBeGreaterThan(0);
    // Each file within its limit (the pool stops it at --timeout), plus start-up and writing.
    expect(elapsed).toBeLessThan(inputs.length * PER_FILE_S + 30);
    expect(Number(readFileSync(rssFile, 'utf8')) / 1024).toBeLessThan(MEMORY_MB);
  }, 600_000);
});
