// Output that cannot be turned against its reader: no live formulas in CSV/TSV, no raw terminal
// escapes from a notice on the terminal or on stderr.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/cli/terminal.js';
import { parseFile } from '../../src/pipeline.js';
import { escapeControls } from '../../src/safe-text.js';
import { defuseFormula, writeCsv, writeTsv } from '../../src/writers/delimited.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostile = (name: string) => join(root, 'fixtures', 'hostile', name);
const bin = join(root, 'bin', 'gov-tasks.js');
const FORMULA = /^[=+\-@\t\r]/;

describe('formula cells (CWE-1236)', () => {
  it.each([
    ['=1+1局', "'=1+1局"],
    ['+cmd|\'/c calc\'!A0', "'+cmd|'/c calc'!A0"],
    ['-1', "'-1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['县财政局', '县财政局'],
    ['2022年底前', '2022年底前'],
    ['', ''],
  ])('%j → %j', (cell, want) => expect(defuseFormula(cell)).toBe(want));

  it('no CSV or TSV cell of the injection notice starts a formula', async () => {
    const table = await parseFile(hostile('txt-csv-formula-injection.txt'));
    expect(table.tasks.length).toBeGreaterThanOrEqual(2);
    const csv = parse(writeCsv([table]), { bom: true }) as string[][];
    const tsv = writeTsv([table]).trimEnd().split('\n').map((l) => l.split('\t'));
    for (const rows of [csv, tsv]) {
      const cells = rows.flat();
      expect(cells.filter((c) => FORMULA.test(c))).toEqual([]);
      expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
      expect(cells.some((c) => c.startsWith("'+cmd"))).toBe(true);
      expect(cells.some((c) => c.startsWith("'-"))).toBe(true);
    }
  });
});

describe('control characters from a notice', () => {
  it.each([
    ['\x1b]0;PWNED\x07', '\\x1b]0;PWNED\\x07'],
    ['a\x1b[2Jb', 'a\\x1b[2Jb'],
    ['x\ny\tz\r', 'x\\ny\\tz\\r'],
    ['\u009b31m', '\\x9b31m'],
    ['abc\u202edcba', 'abc\\u202edcba'],
    ['县财政局（牵头）　2022年', '县财政局（牵头）　2022年'],
  ])('%j is shown as %j', (raw, shown) => expect(escapeControls(raw)).toBe(shown));

  it('the terminal summary shows them escaped', async () => {
    const table = await parseFile(hostile('txt-terminal-escapes.txt'));
    expect(JSON.stringify(table)).toContain('\\u001b]0;'); // the data keeps them (JSON escapes them)
    for (const view of ['task', 'unit'] as const) {
      const out = renderTerminal([table], { width: 200, colorLevel: 0, view });
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
      expect(out).toContain('\\x1b');
    }
  });

  it('stderr shows them escaped (diagnostics and file names)', () => {
    const notice = '关于做好政务公开工作的通知\n一、总体要求\n（一）加强管理。（牵头单位：县财政局；完成时限：\x1b[2J\x1b]0PWNED\x07）\n（二）推进公开。（牵头单位：县住建局；完成时限：2022年底前）\n';
    const r = spawnSync(process.execPath, [bin, 'parse', '-', '-f', 'json'], { input: notice, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('deadline');
    expect(r.stderr).toContain('\\x1b[2J\\x1b]0PWNED\\x07');
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    const missing = spawnSync(process.execPath, [bin, 'parse', 'no-such-\x1b[2J.txt'], { encoding: 'utf8' });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('no-such-\\x1b[2J.txt');
    expect(missing.stderr).not.toContain('\x1b');
  });
});
