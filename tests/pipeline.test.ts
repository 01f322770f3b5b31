// Small notices in styles the seeds do not show, to keep the rules general.
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline.js';

describe('notice styles beyond the seeds', () => {
  it('labelled lines under numbered items (实施方案 style)', async () => {
    const t = await parseText([
      '2023年某县政务公开工作实施方案',
      '一、重点任务',
      '（一）加强预算公开。',
      '1.推进部门预算公开。',
      '责任单位：县财政局',
      '完成时限：2023年6月底前',
      '2.推进决算公开。',
      '牵头单位：县财政局',
      '责任单位：各乡镇人民政府',
      '完成时限：持续推进',
    ].join('\n'));
    expect(t.document.planYear).toBe(2023);
    expect(t.tasks.map((x) => [x.marker, x.text, x.leadUnits, x.responsibleUnits, x.deadline?.date ?? null, x.deadline?.kind])).toEqual([
      ['1.', '推进部门预算公开。', [], ['县财政局'], '2023-06-30', 'by'],
      ['2.', '推进决算公开。', ['县财政局'], ['各乡镇人民政府'], null, 'ongoing'],
    ]);
    expect(t.tasks[0].path.map((p) => p.marker)).toEqual(['一、', '（一）', '1.']);
  });

  it('a clause with lead unit and deadline, and 1、 items', async () => {
    const t = await parseText([
      '一、工作任务',
      '1、完善政策文件库。（县司法局牵头，2022年底前完成）',
      '2、规范依申请公开。（责任单位：县政府办公室；完成时间：2022年9月30日前）',
    ].join('\n'));
    expect(t.tasks.map((x) => [x.leadUnits, x.responsibleUnits, x.deadline?.date])).toEqual([
      [['县司法局'], [], '2022-12-31'],
      [[], ['县政府办公室'], '2022-09-30'],
    ]);
  });

  it('a text task table with 牵头单位 and 责任单位 columns in another order, no 序号', async () => {
    const t = await parseText([
      '2024年某市政务公开重点任务清单',
      '\t工作任务',
      '\t完成时间',
      '\t牵头单位',
      '\t配合单位',
      '',
      '\t推进政策解读',
      '\t2024年6月',
      '\t市政府办公室',
      '\t市司法局、市发改委等有关部门',
      '',
      '\t优化政务新媒体',
      '\t全年',
      '\t市委网信办',
      '\t',
      '',
    ].join('\n'));
    expect(t.tasks.map((x) => [x.text, x.leadUnits, x.cooperatingUnits, x.deadline?.date])).toEqual([
      ['推进政策解读', ['市政府办公室'], ['市司法局', '市发改委'], '2024-06-30'],
      // An empty cell continues the cell above it, as a merged cell does.
      ['优化政务新媒体', ['市委网信办'], ['市司法局', '市发改委'], '2024-12-31'],
    ]);
  });

  it('text without clauses gives no tasks and says so', async () => {
    const t = await parseText('一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n二、工作要求\n各单位要高度重视。');
    expect(t.tasks).toEqual([]);
    expect(t.headings).toHaveLength(2);
    expect(t.diagnostics.map((d) => d.rule)).toContain('no-tasks');
  });

  it('warns about a clause that never closes, with its line', async () => {
    const t = await parseText('一、任务\n1.做好公开工作。（责任单位：县财政局，完成时限：全年\n2.做好解读。（县府办负责）');
    expect(t.tasks).toHaveLength(2);
    const d = t.diagnostics.find((x) => x.rule === 'clause-unclosed');
    expect(d?.source?.line).toBe(2);
  });
});

describe('paragraph joining', () => {
  it('keeps a short item heading apart from the paragraph below it', async () => {
    const t = await parseText('一、主要任务\n1.工作目标\n各单位要对照要求抓好落实。（县政府办负责）');
    expect(t.headings.map((h) => h.title)).toEqual(['主要任务', '工作目标']);
    expect(t.tasks[0].text).toBe('工作目标\n各单位要对照要求抓好落实。');
  });
  it('joins an item broken in the middle of a sentence', async () => {
    const t = await parseText('一、主要任务\n11.做好高校毕业生、退役军人、残疾人等重点群体就\n业信息发布，拓展公开渠道。（县人社局负责）');
    expect(t.headings[1].title).toBe('做好高校毕业生、退役军人、残疾人等重点群体就业信息发布，拓展公开渠道');
  });
});

describe('task tables whose unit cells name the roles', () => {
  it('reads 牵头：/配合： and X牵头，Y配合 inside a 责任单位 cell', async () => {
    const t = await parseText([
      '2024年某县重点任务清单',
      '\t序号', '\t工作任务', '\t责任单位', '\t完成时限', '',
      '\t1', '\t推进政策解读', '\t牵头：县政府办公室', '配合：县司法局、县发改局', '\t2024年6月', '',
      '\t2', '\t优化政务服务', '\t县行政审批局牵头，各乡镇配合', '\t全年', '',
      '\t3', '\t规范依申请公开', '\t县司法局', '\t持续推进', '',
    ].join('\n'));
    expect(t.tasks.map((x) => [x.text, x.leadUnits, x.responsibleUnits, x.cooperatingUnits])).toEqual([
      ['推进政策解读', ['县政府办公室'], [], ['县司法局', '县发改局']],
      ['优化政务服务', ['县行政审批局'], [], ['各乡镇']],
      ['规范依申请公开', [], ['县司法局'], []],
    ]);
  });
});

describe('a clause right after the item marker', () => {
  it('assigns the text that follows it', async () => {
    const t = await parseText('一、任务\n1.（县财政局牵头）加强预算公开，扩大公开范围。\n2.做好决算公开。（县审计局负责）');
    expect(t.tasks.map((x) => [x.text, x.leadUnits, x.responsibleUnits])).toEqual([
      ['加强预算公开，扩大公开范围。', ['县财政局'], []],
      ['做好决算公开。', [], ['县审计局']],
    ]);
  });
});

describe('text saved from a PDF', () => {
  it('joins a shared heading line that wraps before its 。', async () => {
    const t = await parseText('六、聚焦工作落实,加大监督考评力度 (二十一)持续改进工\n作作风。各级要加强指导。(责任单位:各县(区)政府)');
    expect(t.headings.map((h) => h.marker + h.title)).toEqual(['六、聚焦工作落实,加大监督考评力度', '(二十一)持续改进工作作风']);
  });
});
