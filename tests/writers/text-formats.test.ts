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
});
