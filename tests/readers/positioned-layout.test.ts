// The fixed-layout code shared by the PDF and OFD readers: joining a paragraph's lines.
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/model.js';
import { paragraphsOf } from '../../src/readers/pdf-layout.js';
import { appendRuns, joinLineRuns, lineSeamSpace, type PdfLine } from '../../src/readers/pdf-text.js';

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

describe('paragraphsOf: lines opening with a marker', () => {
  const g = { left: 90, right: 505, fs: 16, pitch: 28 };
  /** Lines of 16-point text, 28 points apart; a line of 26 characters reaches the right margin. */
  const lines = (...texts: string[]): PdfLine[] =>
    texts.map((text, k) => {
      const x0 = text.startsWith('　') ? 122 : 90;
      const t = text.replace(/^　/, '');
      return { items: [], text: t, runs: [{ text: t }], x0, x1: x0 + 16 * t.length, y: 100 + 28 * k, fs: 16, lineNo: k + 1 };
    });
  const paras = (ls: PdfLine[]) => paragraphsOf(ls, 1, g).map((d) => d.lines.map((l) => l.text).join(''));

  it('an inline enumeration wrapped at the line end goes on: （2） after （1） inside the paragraph', () => {
    const wrapped = lines('　1.明确年度经营目标。其中：（1）公益类企业的收入', '10%以上，利润总额同比增长5%以上，成本费用率下降；', '（2）商业二类企业营业总收入同比增长10%以上。');
    expect(wrapped.slice(0, 2).every((l) => l.x1 > g.right - 1.6 * g.fs)).toBe(true); // both reach the right margin
    expect(paras(wrapped)).toEqual(['1.明确年度经营目标。其中：（1）公益类企业的收入10%以上，利润总额同比增长5%以上，成本费用率下降；（2）商业二类企业营业总收入同比增长10%以上。']);
  });

  it('a marker whose predecessor opens the paragraph, or is missing, starts a new one', () => {
    const items = lines('（1）公益类企业的营业总收入同比增长10%以上，利润总', '额同比增长5%以上，成本费用率控制在85%以下，力争；', '（2）商业二类企业营业总收入同比增长10%以上。');
    expect(paras(items)).toHaveLength(2);
    const other = lines('　其中公益类企业的营业总收入同比增长10%以上，利润总', '额同比增长5%以上，成本费用率控制在85%以下，力争；', '（2）商业二类企业营业总收入同比增长10%以上。');
    expect(paras(other)).toHaveLength(2);
  });
});
