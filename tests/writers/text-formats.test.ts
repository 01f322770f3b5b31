// NDJSON, Markdown, and the per-unit rows of JSON and YAML.
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline.js';
import { write } from '../../src/writers/index.js';
import { mdCell } from '../../src/writers/markdown.js';
import { SEED_002, SEED_004, ZH_HEADERS, expectedRows, withTasks } from './expected.js';

describe('ndjson', () => {
  it('writes one task a line, each a JSON object with its notice fields', async () => {
    const tables = [await parseFile(SEED_002), await parseFile(SEED_004)];
    const out = await write(tables, 'ndjson') as string;
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    const all = tables.flatMap((t) => t.tasks.map((task) => ({ t, task })));
    expect(lines).toHaveLength(all.length);
    lines.forEach((line, i) => {
      const o = JSON.parse(line);
      const { t, task } = all[i];
      expect(o).toEqual({ file: t.source.file, docNumber: t.document.docNumber, docTitle: t.document.title, ...task });
    });
  });

  it('stays one object a line when the text holds line breaks', async () => {
    const table = await withTasks(await parseFile(SEED_002), (ts) => [{ ...ts[0], text: '一\n二' }]);
    const lines = (await write([table], 'ndjson') as string).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).text).toBe('一\n二');
  });

  it('with --by unit carries unit and role on each line', async () => {
    const table = await parseFile(SEED_002);
    const lines = (await write([table], 'ndjson', { view: 'unit' }) as string).trimEnd().split('\n').map((l) => JSON.parse(l));
    const fin = lines.filter((o) => o.unit === '市财政局');
    expect(fin.length).toBeGreaterThan(1);
    expect(fin.every((o) => o.role === 'responsible' && o.responsibleUnits.includes('市财政局'))).toBe(true);
  });
});

describe('json and yaml --by unit', () => {
  it('give the same rows as ndjson, as an array', async () => {
    const table = await parseFile(SEED_002);
    const nd = (await write([table], 'ndjson', { view: 'unit' }) as string).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(JSON.parse(await write([table], 'json', { view: 'unit' }) as string)).toEqual(nd);
    expect(parseYaml(await write([table], 'yaml', { view: 'unit' }) as string)).toEqual(nd);
  });

  it('leave the default json unchanged: the table itself', async () => {
    const table = await parseFile(SEED_002);
    expect(JSON.parse(await write([table], 'json') as string)).toEqual(table);
  });
});

/** Split a GFM table row on unescaped pipes. */
const mdCells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /).map((c) => c.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/\\([\\|])/g, '$1'));

describe('markdown', () => {
  it('has the header row, a delimiter row and one row per task', async () => {
    const table = await parseFile(SEED_002);
    const lines = (await write([table], 'md') as string).trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 47);
    expect(mdCells(lines[0])).toEqual(ZH_HEADERS);
    expect(lines[1]).toMatch(/^\|( --- \|){12}$/);
    expect(lines.slice(2).map(mdCells)).toEqual(expectedRows([table]));
  });

  it('escapes | and line breaks so a cell stays on its row', async () => {
    expect(mdCell('a|b\nc\\d <x>')).toBe('a\\|b<br>c\\\\d &lt;x>');
    const table = await withTasks(await parseFile(SEED_002), (ts) => [{ ...ts[0], text: '甲|乙\n丙' }]);
    const lines = (await write([table], 'md') as string).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(mdCells(lines[2])[5]).toBe('甲|乙\n丙');
  });

  // As on the terminal summary (safe-text.ts): a Markdown file is read in a terminal too (`cat`).
  const controls: [string, string, string][] = [
    ['BEL', '县财政局\u0007负责', '县财政局\\x07负责'],
    ['ANSI clear screen', '\u001b[2J加强管理', '\\x1b[2J加强管理'],
    ['OSC 0 window title', '\u001b]0;pwned\u0007公开', '\\x1b]0;pwned\\x07公开'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'a\\x00b\\x7fc'],
    ['C1 CSI', '推进\u009b31m工作', '推进\\x9b31m工作'],
    ['bidi override', '县\u202e局', '县\\u202e局'],
  ];
  it.each(controls)('shows %s escaped, never raw', async (_name, text, shown) => {
    expect(mdCell(text)).toBe(shown);
    const table = await withTasks(await parseFile(SEED_002), (ts) => [{ ...ts[0], text }]);
    const out = await write([table], 'md') as string;
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(out.trimEnd().split('\n')[2]).toContain(` ${shown} |`);
  });
  it('leaves a tab inside a cell as it is (whitespace in a table cell, acted on by no terminal)', () => {
    expect(mdCell('甲\t乙')).toBe('甲\t乙');
  });
});
