// The seed notices as printed PDFs parse as well as their .txt; a scan is refused clearly.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-dir.js';
import { parseFile } from '../src/pipeline.js';
import { loadGold, score } from './support/gold.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const files = readdirSync(join(root, 'pdf')).filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f));

describe('seed notices as PDF', () => {
  it('has all five', () => expect(files).toHaveLength(5));
  for (const file of files) {
    it(file, async () => {
      const table = await parseFile(join(root, 'pdf', file));
      const s = score(loadGold(join(root, 'seeds', file.replace('.pdf', '.gold.json'))), table);
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

  it('a batch with a scanned PDF: the scan is refused with exit 3, the good files are written', () => {
    const out = tempDir('pdf');
    const bin = join(import.meta.dirname, '..', 'bin', 'gov-tasks.js');
    const r = spawnSync(process.execPath, [bin, 'parse', join(root, 'pdf', 'scanned-2pages.pdf'), join(root, 'pdf', '003_e6c18e5cbf62b806.pdf'), join(root, 'seeds', '002_2c6f66eac2dcb85f.txt'), '--out-dir', out], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/scanned-2pages\.pdf: .*no text layer/);
    expect(r.stderr).toMatch(/3 inputs: 2 parsed/);
    // Files named on the command line, with names of their own, go to the top of the out dir.
    expect((readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort())
      .toEqual(['002_2c6f66eac2dcb85f.json', '003_e6c18e5cbf62b806.json']);
  });

  it('a PDF with a scanned page among text pages parses with an error and exit 1', () => {
    const bin = join(import.meta.dirname, '..', 'bin', 'gov-tasks.js');
    const r = spawnSync(process.execPath, [bin, 'parse', join(root, 'pdf', 'mixed-text-and-scan.pdf')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mixed-text-and-scan\.pdf:p3: error pdf-page-no-text: page 3 is an image/);
    expect(JSON.parse(r.stdout).source.pages).toBe(3);
  });
});
