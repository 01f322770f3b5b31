// Each clause style seen in real notices, and brackets that are not clauses.
import { describe, expect, it } from 'vitest';
import { findClauses, parseClauseContent } from '../../src/analysis/clause.js';

describe('parseClauseContent', () => {
  const cases: [string, string, string[], string[], string | null][] = [
    ['lead only', '县发改局牵头负责', ['县发改局'], [], null],
    ['分别牵头负责', '县发改局、县住建局分别牵头负责', ['县发改局', '县住建局'], [], null],
    ['分别牵头', '县征收指导中心、各乡镇、街道分别牵头', ['县征收指导中心', '各乡镇', '街道'], [], null],
    ['responsible only', '各有关单位分别负责', [], ['各有关单位'], null],
    ['lead and responsible', '县政府信息中心牵头，县直各部门、各乡<镇>人民政府负责', ['县政府信息中心'], ['县直各部门', '各乡（镇）人民政府'], null],
    ['责任单位 + 完成时限', '责任单位：市政府各部门，各县（市、区）人民政府。完成时限：全年 ', [], ['市政府各部门', '各县（市、区）人民政府'], '全年'],
    ['half-width colon', '责任单位:市发改委等有关部门，各县（市、区）人民政府。完成时限:全年', [], ['市发改委', '各县（市、区）人民政府'], '全年'],
    ['责任部门', '责任部门：市政府办公室，各县（市、区）人民政府。完成时限：全年', [], ['市政府办公室', '各县（市、区）人民政府'], '全年'],
    ['broken label', '责 任单位：市教育局、市人社局等有关部门。完成时限：全年', [], ['市教育局', '市人社局'], '全年'],
    ['unlabelled list before 完成时限', '市教育局、市卫健委等有关部门，各县（市、区）人民政府。完成时限：2022年10月', [], ['市教育局', '市卫健委', '各县（市、区）人民政府'], '2022年10月'],
    ['责任时限 first, half-width', '责任时限:2022 年底前,牵头单位:市财政局、市能源局,责任单位:各县(区)政府、经开区管委会,以下统称各县(区)政府,市政府各部门',
      ['市财政局', '市能源局'], ['各县(区)政府', '经开区管委会', '市政府各部门'], '2022 年底前'],
  ];
  it.each(cases)('%s', (_name, inner, lead, resp, deadline) => {
    const c = parseClauseContent(inner);
    expect(c).not.toBeNull();
    expect(c!.leadUnits).toEqual(lead);
    expect(c!.responsibleUnits).toEqual(resp);
    expect(c!.deadlineRaw).toBe(deadline);
  });
  it('keeps cooperating units apart', () => {
    const c = parseClauseContent('牵头单位：县财政局；配合单位：县审计局、县税务局；完成时限：6月底前');
    expect(c).toMatchObject({ leadUnits: ['县财政局'], responsibleUnits: [], cooperatingUnits: ['县审计局', '县税务局'], deadlineRaw: '6月底前' });
    expect(parseClauseContent('县财政局牵头，县审计局配合')).toMatchObject({ leadUnits: ['县财政局'], cooperatingUnits: ['县审计局'] });
  });
  it('reads a bare unit list only where a clause stands', () => {
    expect(parseClauseContent('县发改局、县财政局', { atSentenceEnd: true })).toMatchObject({ style: 'unit-list', responsibleUnits: ['县发改局', '县财政局'] });
    expect(parseClauseContent('县发改局、县财政局')).toBeNull();
  });
  it.each(['晋政办发〔2021〕43号', '试行', '大厅', 'DB13/T5480—2022', '以下简称“领导小组”', '含各类惠民惠农财政补贴'])('(%s) is not a clause', (inner) => {
    expect(parseClauseContent(inner, { atSentenceEnd: true })).toBeNull();
  });
});

describe('findClauses', () => {
  it('finds several clauses in one paragraph, bold or not', () => {
    const text = '做好信息公开。（县发改局牵头负责）加强政策发布。（各有关单位分别负责）';
    expect(findClauses(text).map((c) => c.raw)).toEqual(['（县发改局牵头负责）', '（各有关单位分别负责）']);
  });
  it('matches brackets across widths and nests', () => {
    const text = '提升体验。（县大数据发展中心牵头负责) 丰富渠道。(责任单位:各县(区)政府,市政府各部门)';
    const found = findClauses(text);
    expect(found.map((c) => c.leadUnits.concat(c.responsibleUnits))).toEqual([['县大数据发展中心'], ['各县(区)政府', '市政府各部门']]);
  });
  it('reports a clause that never closes', () => {
    const [c] = findClauses('做好公开工作。（责任单位：市财政局，完成时限：全年');
    expect(c.closed).toBe(false);
    expect(c.deadlineRaw).toBe('全年');
  });
  it('skips cited document numbers and remarks', () => {
    expect(findClauses('根据《通知》（晋政办发〔2021〕43号）要求，在县政务服务中心（大厅）开设专区。')).toEqual([]);
  });
  it('takes a bold span without brackets as a clause', () => {
    const text = '做好信息公开。县发改局牵头负责';
    const bold = new Uint8Array(text.length).fill(1, 7);
    expect(findClauses(text, bold).map((c) => c.leadUnits)).toEqual([['县发改局']]);
  });
});

describe('labelled fields without brackets', () => {
  it('reads 责任单位/完成时限 after the last sentence', () => {
    const [c] = findClauses('加强预算公开，确保落实到位。牵头单位：县财政局；责任单位：各乡镇人民政府；完成时限：2023年6月底前');
    expect(c).toMatchObject({ leadUnits: ['县财政局'], responsibleUnits: ['各乡镇人民政府'], deadlineRaw: '2023年6月底前' });
    expect(c.start).toBe(14);
  });
  it('reads a line that holds only a label', () => {
    expect(findClauses('责任单位：县财政局、县审计局')[0].responsibleUnits).toEqual(['县财政局', '县审计局']);
    expect(findClauses('完成时限：2022年12月底前')[0].deadlineRaw).toBe('2022年12月底前');
  });
  it('leaves labels inside brackets and mid-sentence words alone', () => {
    expect(findClauses('明确责任单位和完成时限，逐项抓好落实。')).toEqual([]);
    expect(findClauses('做好工作。（责任单位：县财政局）')).toHaveLength(1);
  });
});

describe('负责 with helpers', () => {
  it('reads X负责，Y配合 as responsible and cooperating', () => {
    expect(parseClauseContent('县财政局负责，县审计局、县税务局配合')).toMatchObject({ leadUnits: [], responsibleUnits: ['县财政局'], cooperatingUnits: ['县审计局', '县税务局'] });
  });
});

describe('bold clauses with trailing punctuation', () => {
  it('reads **县发改局牵头负责。** as a clause', () => {
    const text = '做好信息公开。县发改局牵头负责。';
    const bold = new Uint8Array(text.length).fill(1, 7);
    expect(findClauses(text, bold).map((c) => c.leadUnits)).toEqual([['县发改局']]);
  });
});

describe('clauses in 【】', () => {
  it('reads 【责任单位：…】 like a round bracket', () => {
    expect(findClauses('做好公开工作。【责任单位：县财政局；完成时限：2023年底前】')[0]).toMatchObject({ responsibleUnits: ['县财政局'], deadlineRaw: '2023年底前' });
  });
  it('leaves 【】 headings alone', () => expect(findClauses('【工作目标】全面提升政务公开质量。')).toEqual([]));
});
