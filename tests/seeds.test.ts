// The five seed notices (fixtures/seeds, hand-checked gold beside each) parse exactly right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { loadGold, score } from './support/gold.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(dir).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f));

describe('seed notices (.txt)', () => {
  it('has all five seeds', () => expect(seeds).toHaveLength(5));
  for (const file of seeds) {
    it(file, async () => {
      const table = await parseFile(join(dir, file));
      const s = score(loadGold(join(dir, file.replace(/\.txt$/, '.gold.json'))), table);
      expect(s.docMisses).toEqual([]);
      expect(s.fieldMisses).toEqual([]);
      expect(s.taskHit).toBe(s.taskGold);
      expect(s.taskPred).toBe(s.taskGold);
      expect(s.headHit).toBe(s.headGold);
      expect(s.headPred).toBe(s.headGold);
    });
  }

  for (const gbk of readdirSync(dir).filter((f) => f.endsWith('.gbk.txt'))) {
    it(`${gbk} gives the same output as its UTF-8 twin`, async () => {
      const a = await parseFile(join(dir, gbk));
      const b = await parseFile(join(dir, gbk.replace('.gbk.txt', '.txt')));
      expect(a.source.encoding).toBe('gb18030');
      expect(b.source.encoding).toBe('utf-8');
      const strip = (t: typeof a) => ({ ...t, source: null });
      expect(strip(a)).toEqual(strip(b));
    });
  }

  it('points every task back to its source line', async () => {
    const file = join(dir, '002_2c6f66eac2dcb85f.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const table = await parseFile(file);
    for (const t of table.tasks) {
      expect(t.source.line).toBeGreaterThan(0);
      const squash = (s: string) => s.replace(/\s/g, '');
      expect(squash(lines[t.source.line! - 1])).toContain(squash(t.text).slice(0, 8));
    }
  });

  it('reports the skipped （十五） in 002 as a numbering gap with its line', async () => {
    const table = await parseFile(join(dir, '002_2c6f66eac2dcb85f.txt'));
    const gaps = table.diagnostics.filter((d) => d.rule === 'numbering-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].message).toContain('（十五）');
    expect(gaps[0].source?.line).toBe(73);
  });
});
