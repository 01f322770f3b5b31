// The three task tables of the dev corpus (fixtures/dev, copied unmodified from the shared
// corpus): 02 (` | ` rows, the group written on the first row of its span), 08 (one cell a
// line between `|` lines, a 序号 column under a spanning header), 12 (` | ` rows with a
// trailing pipe, rows written flush left, `办公室牵头,各科室配合`) — as .txt, .docx and .pdf.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { loadGold, score } from './support/gold.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'dev');
const NAMES = ['02_pingtan-2022-zwgk-task-table', '08_chizhou-xfj-zwgk-task-list', '12_jiangmen-tdcb-zwgk-task-table'];

// What the PDF reader hands over differently from the text, by file (none left: in 02 the space
// between two lead units at a cell's line end is not drawn, and the table stage reads that line
// break between two whole unit names as their separator).
const PDF_READER_GAPS: Record<string, string[]> = {};

describe('dev corpus task tables in every format', () => {
  for (const name of NAMES) {
    for (const ext of ['txt', 'docx', 'pdf']) {
      it(`${name}.${ext}: every gold task with its units, deadline and section, and the gold headings`, async () => {
        const table = await parseFile(join(dir, `${name}.${ext}`));
        const s = score(loadGold(join(dir, `${name}.gold.json`)), table);
        const known = ext === 'pdf' ? PDF_READER_GAPS[name] ?? [] : [];
        expect(s.fieldMisses).toEqual(known);
        expect(s.taskPred).toBe(s.taskGold - known.filter((m) => m.startsWith('missed')).length);
        expect(s.docMisses).toEqual([]);
        // Rows of a task table, group cells and rows cut short included, are not outline headings.
        expect([s.headHit, s.headPred]).toEqual([s.headGold, s.headGold]);
      });
    }
  }
});
