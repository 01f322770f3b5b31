// The seed notices as Word files (.docx, automatic numbering, legacy .doc) parse as well as their .txt.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { loadGold, score } from './support/gold.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const files = readdirSync(join(root, 'docx')).filter((f) => /\.(docx|doc)$/.test(f));

describe('seed notices as Word files', () => {
  it('has the .docx, .autonum.docx and .doc variants', () => {
    expect(files.filter((f) => f.endsWith('.autonum.docx'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.doc'))).toHaveLength(3);
  });
  for (const file of files) {
    it(file, async () => {
      const table = await parseFile(join(root, 'docx', file));
      expect(table.source.format).toBe(file.endsWith('.doc') ? 'doc' : 'docx');
      const id = file.slice(0, file.indexOf('.'));
      const s = score(loadGold(join(root, 'seeds', `${id}.gold.json`)), table);
      expect(s.docMisses).toEqual([]);
      expect(s.fieldMisses).toEqual([]);
      expect([s.taskHit, s.taskPred]).toEqual([s.taskGold, s.taskGold]);
      expect([s.headHit, s.headPred]).toEqual([s.headGold, s.headGold]);
      // Every task points back to a Word paragraph.
      for (const t of table.tasks) expect(t.source.paragraph).toBeGreaterThan(0);
    });
  }
  it('marks headings whose marker Word numbering produced', async () => {
    const table = await parseFile(join(root, 'docx', '003_e6c18e5cbf62b806.autonum.docx'));
    expect(table.headings.filter((h) => h.autoNumbered).map((h) => h.marker).slice(0, 3)).toEqual(['一、', '二、', '1.']);
  });
});
