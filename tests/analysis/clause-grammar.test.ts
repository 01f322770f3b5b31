// Every form of clause content (GOLD.md "Roles"), as real wording: from the dev corpus, the seeds,
// and forms other offices write. Columns: what the clause says, lead units, responsible units
// (cooperating ones included, as scoring joins them), the deadline as written.
import { describe, expect, it } from 'vitest';
import { parseClauseContent } from '../../src/analysis/clause-grammar.js';
import { labelAtStart, roleOfWord } from '../../src/analysis/roles.js';

type Row = [string, string, string[], string[], string | null];

const rows: Row[] = [
  // units + role verb
  ['牵头负责', '县发改局牵头负责', ['县发改局'], [], null],
  ['分别牵头负责', '县发改局、县住建局分别牵头负责', ['县发改局', '县住建局'], [], null],
  ['分别牵头', '市委宣传部、市网信办分别牵头', ['市委宣传部', '市网信办'], [], null],
  ['牵头落实', '区人社局牵头落实', ['区人社局'], [], null],
  ['负责落实 (dev 10)', '市规划国土委负责落实', [], ['市规划国土委'], null],
  ['分别负责落实 (dev 10)', '市重大项目办、市体育局、市教委分别负责落实', [], ['市重大项目办', '市体育局', '市教委'], null],
  ['按职责分工负责', '市教育局、市卫健委按职责分工负责', [], ['市教育局', '市卫健委'], null],
  ['指导 and 落实', '市住建局指导，各区政府落实', [], ['市住建局', '各区政府'], null],
  ['协助', '市公安局协助', [], ['市公安局'], null],
  ['牵头 then 负责 (seed)', '县政府信息中心牵头，县直各部门、各乡<镇>人民政府负责', ['县政府信息中心'], ['县直各部门', '各乡（镇）人民政府'], null],
  ['牵头 then 按职责分工负责 (dev 03)', '区资源生态局牵头，区经发局、区农业农村局按职责分工负责', ['区资源生态局'], ['区经发局', '区农业农村局'], null],
  ['由X牵头', '由市科委牵头', ['市科委'], [], null],
  ['X会同Y负责', '市发改委会同市财政局负责', ['市发改委'], ['市财政局'], null],
  ['X会同Y', '市发改委会同市财政局、市商务局', ['市发改委'], ['市财政局', '市商务局'], null],
  ['a verb inside a unit name', '县征收指导中心、各乡镇、街道分别牵头', ['县征收指导中心', '各乡镇', '街道'], [], null],
  // units + 负责 + activity
  ['per-unit activities', '市规划局负责制定规划，各区政府负责组织实施', [], ['市规划局', '各区政府'], null],
  ['负责配合落实 (dev 03)', '区资源生态局牵头负责;各片区负责配合落实', ['区资源生态局'], ['各片区'], null],
  // labels
  ['责任单位 + 完成时限 (seed)', '责任单位：市政府各部门，各县（市、区）人民政府。完成时限：全年', [], ['市政府各部门', '各县（市、区）人民政府'], '全年'],
  ['〔牵头单位,责任单位〕 commas in the list (dev 09)', '牵头单位:县行政审批局,责任单位:各乡镇人民政府,县政府各部门,县直、驻县有关单位', ['县行政审批局'], ['各乡镇人民政府', '县政府各部门', '县直', '驻县有关单位'], null],
  ['nested brackets in a unit (dev 11)', '责任单位:临空经济区(空港新城)事务中心,各镇人民政府、街道办事处', [], ['临空经济区(空港新城)事务中心', '各镇人民政府', '街道办事处'], null],
  ['牵头单位;责任单位 (dev 06)', '牵头单位:区发改委、区工信局;责任单位:区政府各相关部门、各街道', ['区发改委', '区工信局'], ['区政府各相关部门', '各街道'], null],
  ['责任部门 (dev 23)', '责任部门：市科委、市经济信息化委', [], ['市科委', '市经济信息化委'], null],
  ['牵头部门 (dev 26)', '牵头部门：市经济信息化委', ['市经济信息化委'], [], null],
  ['主要责任单位 + 配合单位', '主要责任单位：市商务局；配合单位：市市场监管局', [], ['市商务局', '市市场监管局'], null],
  ['主责单位 is responsible (lead only through 牵头)', '主责单位：区城管局', [], ['区城管局'], null],
  ['试点单位', '试点单位：高新区管委会、经开区管委会', [], ['高新区管委会', '经开区管委会'], null],
  ['责任处室', '责任处室：办公室、法规处', [], ['办公室', '法规处'], null],
  ['协同部门', '协同部门：市大数据中心', [], ['市大数据中心'], null],
  ['a verb inside a label', '责任单位：市发改委牵头，市财政局参与', ['市发改委'], ['市财政局'], null],
  ['labels and verbs mixed', '县发改局牵头，县财政局配合，完成时限：2024年底前', ['县发改局'], ['县财政局'], '2024年底前'],
  ['责任时限 first (seed)', '责任时限:2022 年底前,牵头单位:市财政局、市能源局,责任单位:各县(区)政府、经开区管委会,以下统称各县(区)政府,市政府各部门',
    ['市财政局', '市能源局'], ['各县(区)政府', '经开区管委会', '市政府各部门'], '2022 年底前'],
  ['lines joined without punctuation', '责任单位：县财政局完成时限：2023年6月底前', [], ['县财政局'], '2023年6月底前'],
  ['a person is not a unit', '牵头领导：常务副区长；牵头单位：区发改局；责任单位：区财政局', ['区发改局'], ['区财政局'], null],
  ['为牵头单位', '区发改局为牵头单位，区财政局为配合单位', ['区发改局'], ['区财政局'], null],
  ['（牵头） after a unit', '省发展改革委（牵头）、省财政厅、省商务厅', ['省发展改革委'], ['省财政厅', '省商务厅'], null],
  ['抓好落实', '省教育厅、省财政厅抓好落实', [], ['省教育厅', '省财政厅'], null],
  ['a post label of any rank', '分管副区长：张三；牵头单位：区发改局', ['区发改局'], [], null],
  ['ministries (national style)', '教育部牵头，国家发展改革委、财政部等按职责分工负责', ['教育部'], ['国家发展改革委', '财政部'], null],
  ['every place of a kind', '各县（市、区）人民政府、各设区市、各县（市、区）', [], ['各县（市、区）人民政府', '各设区市', '各县（市、区）'], null],
  ['a year on its own', '市财政局，2025年', [], ['市财政局'], '2025年'],
  ['统筹 and 主责 as verbs', '区政府办统筹，市发改委主责，各部门落实', [], ['区政府办', '市发改委', '各部门'], null],
  ['units separated by a space', '县财政局 县审计局', [], ['县财政局', '县审计局'], null],
  // unlabelled lists
  ['one unit (dev 24)', '市科委', [], ['市科委'], null],
  ['a list (dev 24)', '市科委、市卫生健康委、市市场监管局', [], ['市科委', '市卫生健康委', '市市场监管局'], null],
  ['a list, then 完成时限 (seed)', '市教育局、市卫健委等有关部门，各县（市、区）人民政府。完成时限：2022年10月', [], ['市教育局', '市卫健委', '各县（市、区）人民政府'], '2022年10月'],
  // 等
  ['等 ends a unit', '市发改委等有关部门和单位', [], ['市发改委'], null],
  ['A、B等和C', '市发改委、市财政局等和各区政府', [], ['市发改委', '市财政局', '各区政府'], null],
  ['等 before a particular kind of unit is kept (dev 22)', '责任单位：市科委、浦东新区等相关区政府', [], ['市科委', '浦东新区等相关区政府'], null],
  // deadlines
  ['a deadline after a verb', '各区政府分别负责，2024年第三季度完成', [], ['各区政府'], '2024年第三季度完成'],
  ['start year and span', '市财政局，2016年开始，3年内完成', [], ['市财政局'], '2016年开始，3年内完成'],
  ['dated and ongoing parts', '市财政局负责，2016年底前完成，持续推进', [], ['市财政局'], '2016年底前完成，持续推进'],
  ['staged', '责任单位：市住建局；完成时限：第一批试点2017年12月底前；第二批2018年6月底前；第三批2018年12月底前完成', [], ['市住建局'],
    '第一批试点2017年12月底前；第二批2018年6月底前；第三批2018年12月底前完成'],
  ['长期坚持', '市司法局牵头，市直各部门按职责分工负责，长期坚持', ['市司法局'], ['市直各部门'], '长期坚持'],
  // remarks
  ['a standing remark adds its units here (dev 03)', '区资源生态局牵头负责;以下均需各片区配合落实，不再列出', ['区资源生态局'], ['各片区'], null],
  ['以下简称 is not a unit', '县政府办公室（以下简称县府办）、县财政局', [], ['县政府办公室', '县财政局'], null],
];

describe('clause content grammar', () => {
  it.each(rows)('%s: %s', (_name, inner, lead, resp, deadline) => {
    const c = parseClauseContent(inner, { atSentenceEnd: true });
    expect(c).not.toBeNull();
    expect(c!.leadUnits).toEqual(lead);
    expect([...c!.responsibleUnits, ...c!.cooperatingUnits]).toEqual(resp);
    expect(c!.deadlineRaw).toBe(deadline);
    expect(c!.notUnderstood).toEqual([]);
  });

  it('keeps cooperating units apart from responsible ones', () => {
    expect(parseClauseContent('县财政局负责，县审计局、县税务局配合')).toMatchObject({ responsibleUnits: ['县财政局'], cooperatingUnits: ['县审计局', '县税务局'] });
    expect(parseClauseContent('牵头单位：县财政局；配合单位：县审计局')).toMatchObject({ leadUnits: ['县财政局'], cooperatingUnits: ['县审计局'] });
  });

  it('reads a first-listed-leads declaration as a remark, not a unit', () => {
    const c = parseClauseContent('省发改委、省经信委，列第一位者为牵头单位，下同', { atSentenceEnd: true });
    expect(c).toMatchObject({ declaresFirstListedLeads: true, responsibleUnits: ['省发改委', '省经信委'], notUnderstood: [] });
    expect(parseClauseContent('排在第一位的部门为牵头部门')).toMatchObject({ style: 'remark', declaresFirstListedLeads: true });
  });

  it('reports two names run together, keeping them as written', () => {
    const c = parseClauseContent('责任单位：县文化广播电视和旅游局县国有资产监管和金融工作局');
    expect(c!.responsibleUnits).toEqual(['县文化广播电视和旅游局县国有资产监管和金融工作局']);
    expect(c!.runTogether).toEqual(['县文化广播电视和旅游局县国有资产监管和金融工作局']);
    expect(parseClauseContent('责任单位：国家税务总局庆元县税务局')!.runTogether).toEqual([]);
  });

  it('keeps what it cannot read in notUnderstood', () => {
    const c = parseClauseContent('由县长任组长，县财政局负责日常工作', { atSentenceEnd: true });
    expect(c).toMatchObject({ responsibleUnits: ['县财政局'], notUnderstood: ['由县长任组长'] });
  });

  it('reads a bare list or a lone date only where a clause stands', () => {
    expect(parseClauseContent('县发改局、县财政局')).toBeNull();
    expect(parseClauseContent('2022年底前')).toBeNull();
    expect(parseClauseContent('2022年底前', { atSentenceEnd: true })).toMatchObject({ style: 'deadline', deadlineRaw: '2022年底前' });
  });

  it.each(['晋政办发〔2021〕43号', '试行', '大厅', '开发区', 'DB13/T5480—2022', '以下简称“领导小组”', '含各类惠民惠农财政补贴', '2016-2020年', '加强新一轮深化国有企业', '含县直各部门'])(
    '(%s) is not a clause', (inner) => expect(parseClauseContent(inner, { atSentenceEnd: true })).toBeNull());
});

describe('role vocabulary', () => {
  it.each([
    ['牵头单位：', 'lead'], ['牵头部门:', 'lead'], ['牵头处室：', 'lead'], ['责任单位：', 'responsible'], ['主要责任单位：', 'responsible'],
    ['责任主体：', 'responsible'], ['实施单位：', 'responsible'], ['承办科室：', 'responsible'], ['落实单位：', 'responsible'],
    ['配合单位：', 'cooperating'], ['协办单位：', 'cooperating'], ['协同部门：', 'cooperating'], ['参与单位：', 'cooperating'],
    ['完成时限：', 'deadline'], ['时限：', 'deadline'], ['完成时间:', 'deadline'], ['时间节点：', 'deadline'], ['进度安排：', 'deadline'], ['时间要求：', 'deadline'],
    ['牵头领导：', 'person'], ['责任人：', 'person'],
  ])('%s → %s', (label, role) => expect(labelAtStart(`${label}某某`)?.role).toBe(role));
  it.each(['工作要求：', '主要内容：', '责任单位和完成时限'])('%s is no label', (text) => expect(labelAtStart(text)).toBeNull());
  it.each([['牵头负责', 'lead'], ['分别牵头', 'lead'], ['负责落实', 'responsible'], ['配合', 'cooperating'], ['指导', 'responsible']])(
    '%s → %s', (word, role) => expect(roleOfWord(word)).toBe(role));
});
