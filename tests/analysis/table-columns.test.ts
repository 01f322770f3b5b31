// The header vocabulary (as data in src/analysis/table-columns.ts) and what cells say on their own.
import { describe, expect, it } from 'vitest';
import { cellKind, headerRole, unitsOfCell } from '../../src/analysis/table-columns.js';

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
