// Output formats through the built CLI (bin/gov-tasks.js → dist/): -f, -o by extension,
// --out-dir, --by unit, --headers, --no-bom, and the terminal-only behaviours under a pty.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { displayWidth } from '../../src/writers/width.js';
import { EN_HEADERS, SEED_002, SEED_004, ZH_HEADERS } from '../writers/expected.js';

// Each test spawns node or builds a workbook: slow on a loaded machine, not hung.
vi.setConfig({ testTimeout: 90_000 });

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gov-tasks.js');
const env = { ...process.env, NO_COLOR: '1' };
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
const runBytes = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { env });
const tmp = () => tempDir('fmt');
const tasks002 = () => JSON.parse(run(['parse', SEED_002, '-q']).stdout).tasks as { text: string; responsibleUnits: string[] }[];

async function readXlsx(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('gov-tasks parse -f', () => {
  it('csv: BOM, Chinese headers, one row per task', () => {
    const r = run(['parse', SEED_002, '-f', 'csv', '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF序号,文件,一级标题')).toBe(true);
    const rows: string[][] = parseCsv(r.stdout, { bom: true });
    expect(rows[0]).toEqual(ZH_HEADERS);
    expect(rows.slice(1).map((x) => x[5])).toEqual(tasks002().map((t) => t.text));
  });

  it('csv --no-bom --headers en', () => {
    const r = run(['parse', SEED_002, '-f', 'csv', '--no-bom', '--headers', 'en', '-q']);
    expect(r.stdout.startsWith('No,File,')).toBe(true);
    expect(parseCsv(r.stdout)[0]).toEqual(EN_HEADERS);
  });

  it("csv --by unit lists 市财政局's tasks together", () => {
    const r = run(['parse', SEED_002, '-f', 'csv', '--by', 'unit', '-q']);
    const [head, ...rows]: string[][] = parseCsv(r.stdout, { bom: true });
    expect(head.slice(0, 3)).toEqual(['单位', '角色', '原文单位']);
    const at = rows.flatMap((x, i) => (x[0] === '市财政局' ? [i] : []));
    const want = tasks002().filter((t) => t.responsibleUnits.includes('市财政局'));
    expect(at).toHaveLength(want.length);
    expect(at.at(-1)! - at[0]).toBe(at.length - 1);
  });

  it('ndjson, tsv, md and yaml --by unit write what they promise', () => {
    const nd = run(['parse', SEED_002, SEED_004, '-f', 'ndjson', '-q']).stdout.trimEnd().split('\n');
    expect(nd).toHaveLength(47 + 44);
    expect(nd.map((l) => JSON.parse(l).file)).toContain(SEED_004); // the path as given
    const tsv = run(['parse', SEED_002, '-f', 'tsv', '-q']).stdout.trimEnd().split('\n');
    expect(tsv[0].split('\t')).toEqual(ZH_HEADERS);
    expect(tsv).toHaveLength(48);
    const md = run(['parse', SEED_002, '-f', 'md', '-q']).stdout.trimEnd().split('\n');
    expect(md[0]).toBe(`| ${ZH_HEADERS.join(' | ')} |`);
    expect(md).toHaveLength(49);
    const y = parseYaml(run(['parse', SEED_002, '-f', 'yaml', '--by', 'unit', '-q']).stdout);
    expect(y.filter((o: { unit: string }) => o.unit === '市财政局').length).toBeGreaterThan(1);
  });

  it('xlsx to a pipe is written as binary', () => {
    const r = runBytes(['parse', SEED_002, '-f', 'xlsx', '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('rejects an unknown format and --by value with exit 2', () => {
    expect(run(['parse', SEED_002, '-f', 'xls']).status).toBe(2);
    expect(run(['parse', SEED_002, '--by', 'dept']).status).toBe(2);
    expect(run(['parse', SEED_002, '--headers', 'fr']).status).toBe(2);
  });
});

describe('gov-tasks parse -o / --out-dir', () => {
  it('-o 台账.xlsx picks xlsx from the extension; the workbook reads back', async () => {
    const dir = tmp();
    const file = join(dir, '台账.xlsx');
    const r = run(['parse', SEED_002, '-o', file, '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const wb = await readXlsx(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务清单', '按单位', '文件信息']);
    const ws = wb.getWorksheet('任务清单')!;
    expect(ws.rowCount).toBe(49); // title line, header, 47 tasks
    expect(ws.getCell('J3').value).toEqual(new Date('2022-12-31T00:00:00Z')); // 截止日期: one file, no 文件 column
  });

  it('-o picks csv, tsv, yml, jsonl, md and json from the extension; -f wins over it', { timeout: 90_000 }, () => {
    const dir = tmp();
    const out = (name: string, ...more: string[]) => {
      expect(run(['parse', SEED_002, '-o', join(dir, name), '-q', ...more]).status).toBe(0);
      return readFileSync(join(dir, name), 'utf8');
    };
    expect(out('a.csv').startsWith('\uFEFF序号,')).toBe(true);
    expect(out('a.tsv').startsWith('序号\t')).toBe(true);
    expect(parseYaml(out('a.yml')).tasks).toHaveLength(47);
    expect(out('a.jsonl').trimEnd().split('\n')).toHaveLength(47);
    expect(out('a.ndjson').trimEnd().split('\n')).toHaveLength(47);
    expect(out('a.md').startsWith('| 序号 |')).toBe(true);
    expect(JSON.parse(out('a.json')).tasks).toHaveLength(47);
    expect(JSON.parse(out('b.csv', '-f', 'json')).tasks).toHaveLength(47);
  });

  it('--out-dir writes NAME.<ext> per input in the chosen format', async () => {
    const dir = tmp();
    expect(run(['parse', SEED_002, SEED_004, '--out-dir', dir, '-f', 'xlsx', '-q']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['002_2c6f66eac2dcb85f.xlsx', '004_de53bfd0c85c9c9e.xlsx']);
    expect((await readXlsx(join(dir, '004_de53bfd0c85c9c9e.xlsx'))).getWorksheet('任务清单')!.rowCount).toBe(46);
    const csvDir = tmp();
    expect(run(['parse', SEED_002, '--out-dir', csvDir, '-f', 'csv', '--by', 'unit', '-q']).status).toBe(0);
    expect(readFileSync(join(csvDir, '002_2c6f66eac2dcb85f.csv'), 'utf8').startsWith('\uFEFF单位,角色,')).toBe(true);
  });
});

describe('gov-tasks help parse', () => {
  it('documents every format and option with examples', () => {
    const r = run(['help', 'parse']);
    expect(r.status).toBe(0);
    for (const s of ['json', 'yaml', 'ndjson', 'csv', 'tsv', 'xlsx', 'md', '--by', '--headers', '--no-bom', '--no-color', '--out-dir',
      '-f xlsx -o 台账.xlsx', '-f csv --by unit', '任务清单', '按单位', '文件信息', 'NO_COLOR']) {
      expect(r.stdout).toContain(s);
    }
  });
});

// A pseudo-terminal (util-linux `script`) for what only happens when stdout is a TTY.
const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
const inTty = (args: string[], extraEnv: Record<string, string> = {}) => {
  const cmd = ['stty cols 100 2>/dev/null;', JSON.stringify(process.execPath), JSON.stringify(bin), ...args.map((a) => JSON.stringify(a))].join(' ');
  return spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...extraEnv } });
};

describe.skipIf(!hasScript)('on a terminal', () => {
  it('prints the summary instead of JSON, within the window', () => {
    const r = inTty(['parse', SEED_004, '-q'], { NO_COLOR: '1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('乐府办发〔2023〕15号');
    expect(r.stdout).not.toMatch(/^\s*\{/);
    expect(r.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
    const lines = r.stdout.replace(/\r/g, '').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(44);
    expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
  });

  it('colours unless --no-color', () => {
    const env = { FORCE_COLOR: '1', NO_COLOR: '' };
    expect(inTty(['parse', SEED_004, '-q'], env).stdout).toMatch(/\x1b\[[0-9;]*m/);
    expect(inTty(['parse', SEED_004, '-q', '--no-color'], env).stdout).not.toMatch(/\x1b\[[0-9;]*m/);
  });

  it('refuses xlsx on the terminal with exit 2 and says how to write it', () => {
    const r = inTty(['parse', SEED_004, '-f', 'xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('-o 台账.xlsx'); // script merges stderr into its output
    expect(r.stdout).not.toContain('PK');
  });

  it('still writes -f json and -o files from a terminal', () => {
    expect(JSON.parse(inTty(['parse', SEED_004, '-f', 'json', '-q']).stdout).tasks).toHaveLength(44);
    const file = join(tmp(), 't.xlsx');
    expect(inTty(['parse', SEED_004, '-o', file, '-q']).status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
