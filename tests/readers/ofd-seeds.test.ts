// The seed notices typeset as OFD files (tests/support/ofd-writer.ts) parse as well as their .txt: the same
// gold, every task and heading with a page and line. 004's task table is set from its Word twin, because the
// .txt lost the header's merged 任务名称 cell (two columns under one header) that a printed table shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { readTxt } from '../../src/readers/txt.js';
import { loadGold, score } from '../support/gold.js';
import { typeset, writeOfd } from '../support/ofd-writer.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const SEEDS = [
  { id: '000_cdc8212ff34390a1', from: 'txt' },
  { id: '001_25847d351ed9b26e', from: 'txt', ctm: true },
  { id: '002_2c6f66eac2dcb85f', from: 'txt' },
  { id: '003_e6c18e5cbf62b806', from: 'txt', ctm: true },
  { id: '004_de53bfd0c85c9c9e', from: 'docx' },
] as const;

async function seedOfd(seed: (typeof SEEDS)[number]): Promise<Buffer> {
  const model =
    seed.from === 'txt'
      ? await readTxt(new Uint8Array(readFileSync(join(fixtures, 'seeds', `${seed.id}.txt`))))
      : await readDocx(new Uint8Array(readFileSync(join(fixtures, 'docx', `${seed.id}.docx`))));
  return writeOfd(typeset(model), { ctm: 'ctm' in seed && seed.ctm });
}

describe('seed notices as OFD', () => {
  for (const seed of SEEDS) {
    it(`${seed.id} (from its .${seed.from})`, async () => {
      const bytes = await seedOfd(seed);
      const table = await parseBytes(bytes, { file: `${seed.id}.ofd` });
      expect(table.source.format).toBe('ofd');
      expect(table.source.pages).toBeGreaterThan(1);
      const s = score(loadGold(join(fixtures, 'seeds', `${seed.id}.gold.json`)), table);
      expect(s.docMisses).toEqual([]);
      expect(s.fieldMisses).toEqual([]);
      expect([s.taskHit, s.taskPred]).toEqual([s.taskGold, s.taskGold]);
      expect([s.headHit, s.headPred]).toEqual([s.headGold, s.headGold]);
      for (const t of [...table.tasks, ...table.headings]) {
        expect(t.source.page).toBeGreaterThan(0);
        expect(t.source.line).toBeGreaterThan(0);
      }
    });
  }
});
