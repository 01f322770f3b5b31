import { describe, expect, it } from 'vitest';
import { isShortTitle, orgsOfLine, titleComplete, transmittedTitle } from '../../src/analysis/title.js';
import { readMetadataLine, readMetadataTable } from '../../src/analysis/metadata.js';
import { paragraph, type Table } from '../../src/model.js';
import { stripDocNumberLabel } from '../../src/analysis/docnumber.js';
import { DOC_KIND_END, ORG_SUFFIX, TABLE_CAPTION, WENZHONG_END } from '../../src/analysis/gongwen-words.js';

describe('titleComplete: does a title wait for its next line?', () => {
  it.each([
    ['庆元县人民政府办公室关于印发2022年庆元县政务公开工作要点的通知', true],
    ['代县人民政府办公室关于印发代县2021年政务公开工作', false],
    ['平潭综合实验区管委会办公室关于印发', false],
    ['关于印发《上海市脑机接口未来产业培育行动方案', false],
    ['关于印发《2023年浔阳区政务公开工作要点》通知', true],
    ['上海市人民政府办公厅印发《关于进一步深化改革创新加快科技服务业高质量发展的若干意见》', true],
    ['平潭综合实验区“国企提升发展年”', false],
    ['北京市政务公开工作重点任务分工(2016-2020年)', true],
    ['2022年咸宁市政务公开工作要点', true],
    ['关于印发2023年全县政务公开工作要点', false], // 关于 wants its 文种
  ] as const)('%s → %s', (text, complete) => expect(titleComplete(text)).toBe(complete));
});

describe('isShortTitle: a whole title that is its 文种 alone or nearly', () => {
  it.each([
    ['会议纪要', true], ['通知', true], ['通报', true], ['决定', true], ['意见', true], ['批复', true], ['函', true],
    ['督办函', true], ['补充通知', true], ['紧急通知', true], ['情况通报', true], ['专题会议纪要', true], ['会议纪要（第3期）', true],
    ['通知公告', false], // a web site's channel: two kinds side by side
    ['工作任务', false], ['规划计划', false], ['工作要点', false], // a column header, a channel, a plan kind without its matter
    ['2023年通知', false], ['山东省人民检察院会议纪要', false], ['关于做好政务公开工作的通知', false], // long enough to name a matter
  ] as const)('%s → %s', (text, short) => expect(isShortTitle(text)).toBe(short));
});

describe('orgsOfLine', () => {
  it.each([
    ['上海市人民政府办公厅', ['上海市人民政府办公厅']],
    ['上海市科学技术委员会  上海市经济和信息化委员会', ['上海市科学技术委员会', '上海市经济和信息化委员会']],
    ['中共某县县委办公室、某县人民政府办公室', ['中共某县县委办公室', '某县人民政府办公室']],
    ['某市人民政府办公室某市司法局', ['某市人民政府办公室', '某市司法局']], // a PDF took the gap out
    ['上海市科学技术委员会上海市经济和信息化委员会上海市商务委员会', ['上海市科学技术委员会', '上海市经济和信息化委员会', '上海市商务委员会']],
    ['中共某县县委办公室某县人民政府办公室', ['中共某县县委办公室', '某县人民政府办公室']],
    ['某市人民政府办公室', ['某市人民政府办公室']],
    ['北京市北京经济技术开发区管理委员会', ['北京市北京经济技术开发区管理委员会']],
    ['特此通知。', null],
    ['2025年1月10日', null],
  ] as const)('%s', (text, orgs) => expect(orgsOfLine(text)).toEqual(orgs));
});

describe('transmittedTitle', () => {
  it.each([
    ['关于印发《2023年经开区政务公开工作要点》的通知', '2023年经开区政务公开工作要点'],
    ['庆元县人民政府办公室关于印发2022年庆元县政务公开工作要点的通知', '2022年庆元县政务公开工作要点'],
    ['关于做好2024年政务公开工作的通知', null],
  ] as const)('%s', (title, plan) => expect(transmittedTitle(title)).toBe(plan));
});

describe('metadata labels', () => {
  it.each([
    ['文    号  X政办〔2023〕1号', [['docNumber', 'X政办〔2023〕1号']]],
    ['发文字号：沪府办发〔2025〕17号', [['docNumber', '沪府办发〔2025〕17号']]],
    ['索 引 号：000014349/2023-00012   发布机构：上海市人民政府办公厅', [['other', '000014349/2023-00012'], ['issuer', '上海市人民政府办公厅']]],
    ['成文日期：2023年4月3日', [['date', '2023年4月3日']]],
    ['关于印发《2023年经开区政务公开工作要点》的通知', []],
    ['标题党不是标签', []],
  ] as const)('%s', (line, fields) => expect(readMetadataLine(line).map((f) => [f.key, f.value])).toEqual(fields));

  it.each([
    ['文    号  X政办〔2023〕1号', 'X政办〔2023〕1号'],
    ['文号X政办〔2023〕1号', 'X政办〔2023〕1号'],
    ['发文字号：沪府办发〔2025〕17号', '沪府办发〔2025〕17号'],
    ['沪府办发〔2025〕17号', '沪府办发〔2025〕17号'],
  ])('strips the 文号 label: %s', (line, rest) => expect(stripDocNumberLabel(line)).toBe(rest));
});

describe('the wording lists', () => {
  it.each([['庆元县人民政府办公室', true], ['市政府法制办', true], ['上海市科学技术委员会', true], ['工作要点', false]])('ORG_SUFFIX %s', (s, ok) => expect(ORG_SUFFIX.test(s)).toBe(ok));
  it.each([['…的通知', true], ['…的若干意见', true], ['…工作要点', false]])('WENZHONG_END %s', (s, ok) => expect(WENZHONG_END.test(s)).toBe(ok));
  it.each([['…工作要点', true], ['…实施方案', true], ['…重点任务分工', true], ['…若干措施', true], ['…工作目标', false]])('DOC_KIND_END %s', (s, ok) => expect(DOC_KIND_END.test(s)).toBe(ok));
  it.each([
    ['附表2：重点项目清单', true], ['附件1', true], ['附 件 2', true], ['附件：', true], ['附件', true], ['表3 重点任务分工', true],
    ['表一', true], ['附表二：', true], ['续表', true],
    ['表2023年任务', false], ['表示支持', false], ['附表重点', false], ['县财政局', false], ['12月底前', false],
  ])('TABLE_CAPTION %s', (s, ok) => expect(TABLE_CAPTION.test(s)).toBe(ok));
});

describe('metadata tables', () => {
  const table = (...rows: string[][]): Table => ({
    kind: 'table', source: { paragraph: 1 },
    rows: rows.map((r) => r.map((text) => ({ blocks: text ? [paragraph(text, { paragraph: 1 })] : [], rowSpan: 1, colSpan: 1 }))),
  });
  it('reads label and value cells, letter-spaced labels and label：value cells', () => {
    const t = table(['索引号：', '000014349/2023-00012', '发文字号', '洪经管办发〔2023〕6号'], ['标　　题：', '关于印发《2023年经开区政务公开工作要点》的通知'], ['成文日期：2023年08月02日']);
    expect(readMetadataTable(t)?.map((f) => [f.key, f.value])).toEqual([
      ['other', '000014349/2023-00012'], ['docNumber', '洪经管办发〔2023〕6号'], ['title', '关于印发《2023年经开区政务公开工作要点》的通知'], ['date', '2023年08月02日'],
    ]);
  });
  it.each([
    [['序号', '名称', '来源', '分类'], ['1', '政务公开工作要点', '市政府办公室', '综合']],
    [['工作任务', '责任单位', '完成时限'], ['做好公开工作', '市财政局', '2023年底前']],
  ])('a table whose head row holds labels is not metadata: %j', (...rows) => expect(readMetadataTable(table(...rows))).toBeNull());
});
