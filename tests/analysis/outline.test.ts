import { describe, expect, it } from 'vitest';
import { buildOutline, markerAt, splitSharedHeadings } from '../../src/analysis/outline.js';
import type { Item } from '../../src/analysis/paragraphs.js';

const para = (text: string, line: number): Item => ({ kind: 'para', text, bold: new Uint8Array(text.length), segments: [{ offset: 0, source: { line } }], source: { line } });

describe('markerAt', () => {
  it.each([
    ['一、指导思想', 1, 1], ['十五、其他', 1, 15], ['二十一、附则', 1, 21], ['九十九、末项', 1, 99],
    ['（一）加强组织领导', 2, 1], ['(十六)强化监督', 2, 16], ['( 三 ) 空格', 2, 3],
    ['1.做好', 3, 1], ['12、做好', 3, 12], ['3．做好', 3, 3], ['26.2022年底前', 3, 26],
    ['（1）围绕', 4, 1], ['(12)围绕', 4, 12], ['**（二）加粗**', 2, 2], ['　　三、考核督导', 1, 3],
  ] as const)('%s → level %d number %d', (text, level, number) => {
    expect(markerAt(text, 0)).toMatchObject({ level, number });
  });
  it.each(['2021年是开局之年', '一二、三等奖', '十四五规划', '（责任单位：县财政局）', '百、千'])('%s has no marker', (t) => expect(markerAt(t, 0)).toBeNull());
});

describe('buildOutline', () => {
  it('links parents, keeps titles up to the first 。 and reports gaps', () => {
    const items = [
      para('一、总体要求', 1), para('（一）加强组织。要求内容', 2), para('1.做好工作。具体', 3), para('2.抓好落实', 4),
      para('（三）跳过一项', 5), para('二、保障', 6), para('（四）编号连续', 7),
    ];
    const o = buildOutline(items);
    expect(o.headings.map((h) => [h.level, h.marker, h.title, h.parentId])).toEqual([
      [1, '一、', '总体要求', null], [2, '（一）', '加强组织', 'h1'], [3, '1.', '做好工作', 'h2'], [3, '2.', '抓好落实', 'h2'],
      [2, '（三）', '跳过一项', 'h1'], [1, '二、', '保障', null], [2, '（四）', '编号连续', 'h6'],
    ]);
    expect(o.diagnostics.map((d) => [d.rule, d.source?.line])).toEqual([['numbering-gap', 5]]);
  });
  it('does not take a decimal number for an item', () => {
    const o = buildOutline([para('1.开始', 1), para('3.5亿元资金到位', 2), para('2.继续', 3)]);
    expect(o.headings.map((h) => h.marker)).toEqual(['1.', '2.']);
  });
});

describe('splitSharedHeadings', () => {
  it('splits a level-1 heading that shares its line with （一）', () => {
    const items = splitSharedHeadings([para('一、聚焦重点领域,提升政务公开质量 (一)标准财政资金领域信息公开。强化管理。', 1)]);
    expect(items.map((i) => (i.kind === 'para' ? i.text : ''))).toEqual(['一、聚焦重点领域,提升政务公开质量', '(一)标准财政资金领域信息公开。强化管理。']);
    const o = buildOutline(items);
    expect(o.headings.map((h) => h.title)).toEqual(['聚焦重点领域,提升政务公开质量', '标准财政资金领域信息公开']);
  });
});
