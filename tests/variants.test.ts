// A notice written the way other cities write them: labelled clauses with 配合单位, （1） items,
// deadlines inside unlabelled clauses, a 《》 title, Chinese-numeral dates.
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline.js';

const notice = [
  '某市人民政府办公室文件',
  '某政办发〔2023〕12号',
  '某市人民政府办公室',
  '关于印发《2023年某市政务公开工作要点》的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '　　经市政府同意，现将《2023年某市政务公开工作要点》印发给你们，请结合实际认真贯彻落实。',
  '某市人民政府办公室',
  '二〇二三年四月二十日',
  '（此件公开发布）',
  '2023年某市政务公开工作要点',
  '　　为深入贯彻落实国务院办公厅关于政务公开工作的部署要求，制定本要点。',
  '　　一、围绕稳经济促发展加强政务公开',
  '　　（一）做好政策发布解读。',
  '　　（1）围绕稳住经济大盘，及时发布政策措施。（牵头单位：市发展改革委；配合单位：市财政局、市商务局；完成时限：2023年6月底前）',
  '　　（2）加大政策解读力度，推动政策直达快享。（市政府办公室牵头，市直各部门配合，持续推进）',
  '　　（二）加强重大项目信息公开。',
  '　　（3）及时公开重大建设项目批准和实施信息。（责任单位：市发展改革委、市住房城乡建设局，各县〔市、区〕人民政府；完成时限：2023年12月）',
  '　　二、保障措施',
  '　　各单位要高度重视，明确专人负责，确保各项任务落到实处。',
].join('\n');

describe('a notice in another city\'s style', () => {
  it('reads its elements', async () => {
    const t = await parseText(notice);
    expect(t.document).toMatchObject({
      docNumber: '某政办发〔2023〕12号', issuer: '某市人民政府办公室',
      title: '某市人民政府办公室关于印发《2023年某市政务公开工作要点》的通知', date: '2023-04-20', planYear: 2023,
    });
  });
  it('finds the （1） items as tasks with lead, cooperating units and deadlines', async () => {
    const t = await parseText(notice);
    expect(t.tasks.map((x) => [x.marker, x.leadUnits, x.responsibleUnits, x.cooperatingUnits, x.deadline?.date ?? null, x.deadline?.kind ?? null])).toEqual([
      ['（1）', ['市发展改革委'], [], ['市财政局', '市商务局'], '2023-06-30', 'by'],
      ['（2）', ['市政府办公室'], [], ['市直各部门'], null, 'ongoing'],
      ['（3）', [], ['市发展改革委', '市住房城乡建设局', '各县〔市、区〕人民政府'], [], '2023-12-31', 'by'],
    ]);
    expect(t.tasks[0].path.map((p) => p.title)).toEqual(['围绕稳经济促发展加强政务公开', '做好政策发布解读', '围绕稳住经济大盘，及时发布政策措施']);
    expect(t.headings.map((h) => `${h.level}${h.marker}`)).toEqual(['1一、', '2（一）', '4（1）', '4（2）', '2（二）', '4（3）', '1二、']);
  });
  it('does not take 明确专人负责 in running text for a clause', async () => {
    const t = await parseText(notice);
    expect(t.tasks).toHaveLength(3);
  });
});

describe('variant notices as Word files (fixtures/variants, made with LibreOffice)', () => {
  const dir = new URL('../fixtures/variants/', import.meta.url).pathname;
  const summary = (t: Awaited<ReturnType<typeof parseText>>) =>
    t.tasks.map((x) => [x.marker, x.leadUnits, x.responsibleUnits, x.cooperatingUnits, x.deadline?.date ?? null, x.deadline?.kind ?? null]);

  it('notice-city.docx parses like its text', async () => {
    const { parseFile } = await import('../src/pipeline.js');
    const [word, text] = [await parseFile(`${dir}notice-city.docx`), await parseText(notice)];
    expect(summary(word)).toEqual(summary(text));
    expect(word.document).toMatchObject({ docNumber: '某政办发〔2023〕12号', date: '2023-04-20', cc: ['市委办公室', '市人大常委会办公室', '市政协办公室'], printed: { by: '某市人民政府办公室', date: '2023-04-21' } });
    expect(word.headings.map((h) => h.marker)).toEqual(text.headings.map((h) => h.marker));
  });

  it('table-district.docx: a task table with 牵头单位, 配合单位 and 完成时间 columns', async () => {
    const { parseFile } = await import('../src/pipeline.js');
    const t = await parseFile(`${dir}table-district.docx`);
    expect(t.document.planYear).toBe(2024);
    expect(summary(t)).toEqual([
      ['（1）', ['区政府办公室'], [], ['区司法局'], '2024-06-30', 'by'],
      ['（2）', ['区政府办公室'], [], ['区直各部门'], '2024-12-31', 'yearRound'],
      ['（3）', ['区行政审批局'], [], ['区大数据中心', '各街道办事处'], '2024-09-30', 'by'],
      ['（4）', ['区司法局'], [], ['区直各部门'], null, 'ongoing'],
    ]);
    expect(t.tasks[1].path).toEqual([{ marker: '1', title: '深化政策解读' }]);
    expect(t.headings).toEqual([]);
  });
});
