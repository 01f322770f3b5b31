// The development corpus (fixtures/dev: 19 real notices with hand-checked gold, copied unmodified
// from ../shared/corpus/dev) holds the tasks, their units and their deadlines. Document fields
// (文号, 标题…) are held elsewhere. The text task tables 02, 08 and 12 are read by the task-table
// stage (issue #9); they are held here too, as their unit cells go through the clause grammar.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { loadGold, score } from './support/gold.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'dev');
const notices = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('dev corpus (.txt): tasks, units, deadlines', () => {
  it('has the 19 notices with their gold', () => expect(notices).toHaveLength(19));
  for (const file of notices) {
    it(file, async () => {
      const table = await parseFile(join(dir, file));
      const s = score(loadGold(join(dir, file.replace(/\.txt$/, '.gold.json'))), table);
      expect(s.fieldMisses).toEqual([]);
      expect(s.taskHit).toBe(s.taskGold);
      expect(s.taskPred).toBe(s.taskGold);
    });
  }

  it('reports nothing as not understood in these notices', async () => {
    for (const file of notices) {
      const table = await parseFile(join(dir, file));
      expect(table.diagnostics.filter((d) => d.rule === 'clause-not-understood').map((d) => `${file}: ${d.message}`)).toEqual([]);
    }
  });
});
