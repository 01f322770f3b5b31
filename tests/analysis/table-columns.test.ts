// The header vocabulary (as data in src/analysis/table-columns.ts) and what cells say on their own.
import { describe, expect, it } from 'vitest';
import { cellKind, headerRole, namesColumns, unitCellText, unitsOfCell } from '../../src/analysis/table-columns.js';
import type { Cell } from '../../src/model.js';

describe('header words, as offices write them', () => {
  it.each([
    ['序号', 'seq'], ['编号', 'seq'],
    ['任务名称', 'group'], ['重点任务', 'group'], ['工作任务', 'group'], ['分类', 'group'], ['类别', 'group'], ['领域', 'group'],
    ['具体内容', 'content'], ['具体要求', 'content'], ['工作措施', 'content'], ['工作举措', 'content'], ['主要内容', 'content'],
    ['工作要求', 'content'], ['任务分工', 'content'], ['目标任务', 'content'], ['事项', 'content'], ['公开事项', 'content'],
    ['职责', 'content'], ['主要职责', 'content'], ['职责分工', 'content'],
    ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['主责单位', 'lead'],
    ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['责任科室', 'responsible'], ['配合/责任单位', 'responsible'],
    ['承办单位', 'responsible'], ['单位', 'responsible'], ['部门', 'responsible'],
    ['配合单位', 'cooperating'], ['协办单位', 'cooperating'], ['参与单位', 'cooperating'],
    ['完成时限', 'deadline'], ['时限要求', 'deadline'], ['完成时间', 'deadline'], ['时间节点', 'deadline'], ['进度安排', 'deadline'], ['完成时', 'deadline'],
    ['责任领导', 'person'], ['牵头领导', 'person'], ['联系人', 'person'], ['责任人', 'person'],
    ['备注', 'remark'],
    ['公开重点', null], ['办理期限', null],
  ])('%s → %s', (header, role) => expect(headerRole(header)).toBe(role));
});

describe('a row that names columns (a header) and one that does not', () => {
  it.each([
    [['序号', '工作任务', '责任单位', '完成时限'], true],
    [['序号', '项目名称', '牵头单位', '完成时限'], true],
    [['工作任务', '具体要求', '责任部门', ''], true],
    [['重点任务', '工作措施', '牵头单位', '责任单位', '完成时限'], true],
    [['1', '完善公开目录，做好年度报告。', '县司法局', '全年'], false],
    [['推进预算公开', '县发改局牵头', '全年'], false],
    [['一、公开', '', '县财政局'], false],
    [['公开重点', '办理期限'], false],
  ])('%j → %s', (cells, header) => expect(namesColumns(cells)).toBe(header));
});

describe('what a cell holds', () => {
  it.each([
    ['1', 'seq'], ['（3）', 'seq'], ['12', 'seq'],
    ['2022年底前', 'deadline'], ['年底前', 'deadline'], ['持续推进', 'deadline'], ['2023年第三季度', 'deadline'], ['每季度', 'deadline'],
    ['县财政局', 'units'], ['各科室', 'units'], ['区直各有关单位，各区属事业单位，各片区管理局、各乡镇人民政府（街道办事处）', 'units'],
    ['办公室牵头,各科室配合', 'units'], ['牵头：县政府办公室\n配合：县司法局', 'units'],
    ['一、做好财政信息公开。', 'heading'], ['（二）重点领域', 'heading'],
    ['积极推进本中心预算、决算及相关报表公开。', 'text'], ['加强宣传', 'text'], ['', 'empty'],
  ])('%s → %s', (text, kind) => expect(cellKind(text)).toBe(kind));

  it('reads unit names separated by spaces or lines, and the roles a cell gives', () => {
    expect(unitsOfCell('区经济发展局 区行政审批局')).toEqual({ lead: [], responsible: ['区经济发展局', '区行政审批局'], cooperating: [] });
    expect(unitsOfCell('县财政局\n县审计局')?.responsible).toEqual(['县财政局', '县审计局']);
    expect(unitsOfCell('办公室牵头,各科室配合')).toEqual({ lead: ['办公室'], responsible: [], cooperating: ['各科室'] });
    expect(unitsOfCell('推进政务公开标准化')).toBeNull();
    // A cell of a unit column is read as units even when a name does not look like one (a typo).
    expect(unitsOfCell('各区属事业单位，各区属国有企企', false)?.responsible).toEqual(['各区属事业单位', '各区属国有企企']);
  });
});

/** A PDF or OFD cell: its lines joined with nothing between them, the joins kept as wraps. */
function wrappedCell(lines: string[], numbering?: string): Cell {
  const wraps = lines.slice(1).map((_, k) => lines.slice(0, k + 1).join('').length);
  return { rowSpan: 1, colSpan: 1, blocks: [{ kind: 'paragraph', runs: [{ text: lines.join('') }], source: { page: 1 }, wraps, ...(numbering ? { numbering } : {}) }] };
}

describe('line breaks of a fixed-layout unit cell', () => {
  it.each([
    // Two whole names, the second opening with a place: the space typed between them was not drawn.
    [['区经济发展局', '区行政审批局'], ['区经济发展局', '区行政审批局']],
    [['县财政局、县审', '计局', '县文化广播电视', '和旅游局'], ['县财政局', '县审计局', '县文化广播电视和旅游局']],
    [['市发展和改革委', '市工业和信息化局'], ['市发展和改革委', '市工业和信息化局']],
    // A name wrapped inside itself stays one name.
    [['区人民政府办', '公室'], ['区人民政府办公室']],
    [['市公安局', '交通警察支队'], ['市公安局交通警察支队']],
    [['各县', '区人民政府'], ['各县区人民政府']],
    [['区直各有关单位，', '各区属事业单位，', '各片区管理局、各', '乡镇人民政府（街', '道办事处）'], ['区直各有关单位', '各区属事业单位', '各片区管理局', '各乡镇人民政府（街道办事处）']],
  ])('%j → %j', (lines, units) => {
    expect(unitsOfCell(unitCellText(wrappedCell(lines)), false)?.responsible).toEqual(units);
  });

  it('counts wraps after a numbering marker and leaves cells without wraps as they are', () => {
    expect(unitCellText(wrappedCell(['区经济发展局', '区行政审批局'], '1.'))).toBe('1.区经济发展局\n区行政审批局');
    const word: Cell = { rowSpan: 1, colSpan: 1, blocks: [{ kind: 'paragraph', runs: [{ text: '区经济发展局区行政审批局' }], source: { paragraph: 3 } }] };
    expect(unitCellText(word)).toBe('区经济发展局区行政审批局');
  });
});
