// The fixed-layout code shared by the PDF and OFD readers: joining a paragraph's lines.
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/model.js';
import { appendRuns, joinLineRuns, lineSeamSpace } from '../../src/readers/pdf-text.js';

const line = (...runs: Run[]) => ({ text: runs.map((r) => r.text).join(''), runs });

/** The line-by-line join joinLineRuns must equal (appendRuns at every seam). */
function reference(lines: { text: string; runs: Run[] }[]): Run[] {
  const runs: Run[] = [];
  let text = '';
  for (const l of lines) {
    if (text) appendRuns(runs, l.runs, lineSeamSpace(text, l.text));
    else runs.push(...l.runs.map((r) => ({ ...r })));
    text += l.text;
  }
  return runs;
}

describe('joinLineRuns', () => {
  const cases = [
    [line({ text: '各单位要按照要求认真组织' }), line({ text: '实施，确保取得实效。' })],
    [line({ text: 'The notice was issued by the' }), line({ text: 'county office' })],
    [line({ text: 'see the e-' }), line({ text: 'government platform' })],
    [line({ text: '（县政府办' }, { text: '牵头', bold: true }), line({ text: '负责', bold: true }, { text: '）全年' })],
    [line({ text: '仿宋', font: 'FangSong' }), line({ text: '黑体', font: 'SimHei' }, { text: 'x', font: 'SimHei' })],
    [line({ text: 'ABC' }), line({ text: '123' }), line({ text: '中文' }, { text: 'Latin', bold: true }), line({ text: 'words', bold: true })],
  ];
  for (const [i, lines] of cases.entries())
    it(`joins like the line-by-line join (case ${i + 1})`, () => expect(joinLineRuns(lines)).toEqual(reference(lines)));

  it('a paragraph of 20000 lines joins in linear time', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => line({ text: `各单位要按照要求认真组织实施确保各项任务落到实处${i}`, bold: i % 7 === 0 }));
    const t0 = performance.now();
    const runs = joinLineRuns(lines);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(runs.map((r) => r.text).join('')).toBe(lines.map((l) => l.text).join(''));
  });
});
