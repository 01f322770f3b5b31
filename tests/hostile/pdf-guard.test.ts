// The PDF budgets, and the indexOf repair that ends pdf.js's Type1 /Encoding hang.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphText, type Paragraph } from '../../src/model.js';
import { readPdf } from '../../src/readers/pdf.js';
import { checkPageBudget, checkPageCount, installSparseIndexOf, MAX_PDF_PAGES } from '../../src/readers/pdf-guard.js';

describe('sparse indexOf', () => {
  installSparseIndexOf();
  it('gives what the native indexOf gives', () => {
    const sparse: unknown[] = [];
    sparse[5] = 'a';
    sparse[70000] = 'b';
    sparse[80000] = 'a';
    const dense = Array.from({ length: 100000 }, (_, i) => i % 1000);
    const cases: Array<[unknown[], unknown, number | undefined, number]> = [
      [sparse, 'a', undefined, 5],
      [sparse, 'a', 6, 80000],
      [sparse, 'b', -40000, 70000],
      [sparse, 'c', undefined, -1],
      [sparse, undefined, undefined, -1], // holes are not undefined elements
      [dense, 999, undefined, 999],
      [dense, 5, 1000, 1005],
      [dense, 5, -500, -1],
      [[1, 2, 3], 2, undefined, 1],
    ];
    for (const [arr, x, from, want] of cases) expect(arr.indexOf(x, from)).toBe(want);
  });

  it('takes time in the elements, not the length (a length of 1.66 G is instant)', () => {
    const enc: string[] = [];
    for (let i = 0; i < 256; i++) enc[i] = `g${i}`;
    enc[1661992960] = 'cid9517';
    let found = 0;
    for (let i = 0; i < 300; i++) if (enc.indexOf(`g${i % 256}`) >= 0) found++;
    expect(found).toBe(300);
    expect(enc.indexOf('cid9517')).toBe(1661992960);
  });
});

describe('PDF budgets', () => {
  it('refuses absurd page and operator counts as too-large', () => {
    expect(() => checkPageCount(MAX_PDF_PAGES)).not.toThrow();
    expect(() => checkPageCount(MAX_PDF_PAGES + 1)).toThrow(/pages/);
    expect(() => checkPageBudget(3, { operators: 10_000_000 })).toThrow(/page 3/);
    expect(() => checkPageBudget(3, { textItems: 10_000_000 })).toThrow(/page 3/);
    expect(() => checkPageBudget(3, { operators: 5000, textItems: 2000 })).not.toThrow();
  });

  it('reads the page whose Type1 font encoding once hung pdf.js', async () => {
    const bytes = readFileSync(fileURLToPath(new URL('../../fixtures/hostile/pdf-type1-encoding-hang.pdf', import.meta.url)));
    const m = await readPdf(new Uint8Array(bytes));
    const text = (m.blocks as Paragraph[]).filter((b) => b.kind === 'paragraph').map(paragraphText).join('');
    expect(text.length).toBeGreaterThan(100);
  }, 60_000);
});
