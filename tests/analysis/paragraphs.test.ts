// The bold mask of a paragraph lines up with its text, one entry per UTF-16 unit, as everything
// that reads it (clause.ts) indexes it: astral characters (CJK Extension B in names, emoji) take
// two units each and must not shift the mask of what follows.
import { describe, expect, it } from 'vitest';
import { flattenBlocks, joinParagraphs, slicePara, type Para } from '../../src/analysis/paragraphs.js';
import { findClauses } from '../../src/analysis/clause.js';
import type { DocModel, Run } from '../../src/model.js';

const model = (...paras: { runs: Run[]; numbering?: string }[]): DocModel => ({
  format: 'docx',
  diagnostics: [],
  blocks: paras.map((p, i) => ({ kind: 'paragraph', runs: p.runs, numbering: p.numbering, source: { file: 't.docx', paragraph: i + 1 } })),
});

/** The bold characters of a paragraph, read through its mask. */
const boldText = (p: Para): string => p.text.split('').filter((_, i) => p.bold[i]).join('');

describe('flattenBlocks bold mask', () => {
  const cases: [string, Run[], string | undefined, string][] = [
    ['plain BMP text', [{ text: '做好工作，' }, { text: '县发改局牵头负责', bold: true }], undefined, '县发改局牵头负责'],
    ['Extension B place name before the bold run', [{ text: '𠀋𡈽村道路改造，' }, { text: '县交通局牵头负责', bold: true }], undefined, '县交通局牵头负责'],
    ['emoji before the bold run', [{ text: '📌 要点：' }, { text: '加强组织领导', bold: true }, { text: '，确保落实。' }], undefined, '加强组织领导'],
    ['astral character inside the bold run', [{ text: '推进' }, { text: '𠀋𠀋镇', bold: true }, { text: '建设' }], undefined, '𠀋𠀋镇'],
    ['leading spaces trimmed after an astral marker', [{ text: '\u3000 ' }, { text: '𡈽' }, { text: '重点任务', bold: true }], undefined, '重点任务'],
    ['automatic numbering with an astral character', [{ text: '完善机制' }, { text: '（县民政局负责）', bold: true }], '𠀋.', '（县民政局负责）'],
  ];
  it.each(cases)('%s', (_name, runs, numbering, bold) => {
    const [p] = flattenBlocks(model({ runs, numbering })) as Para[];
    expect(p.bold.length).toBe(p.text.length);
    expect(boldText(p)).toBe(bold);
  });

  it('stays aligned when lines are joined and sliced', () => {
    const items = flattenBlocks(model(
      { runs: [{ text: '推进𠀋𡈽村道路' }] },
      { runs: [{ text: '改造，' }, { text: '县交通局牵头负责', bold: true }, { text: '。' }] },
    ));
    const [p] = joinParagraphs(items) as Para[];
    expect(p.text).toBe('推进𠀋𡈽村道路改造，县交通局牵头负责。');
    expect(p.bold.length).toBe(p.text.length);
    expect(boldText(p)).toBe('县交通局牵头负责');
    expect(boldText(slicePara(p, p.text.indexOf('改造')))).toBe('县交通局牵头负责');
  });

  it('lets a bold clause after an astral name be found', () => {
    const [p] = flattenBlocks(model({ runs: [{ text: '𠀋𡈽村道路改造，' }, { text: '县交通局牵头负责', bold: true }] })) as Para[];
    expect(findClauses(p.text, p.bold).map((c) => [c.raw, c.bold])).toEqual([['县交通局牵头负责', true]]);
  });
});
