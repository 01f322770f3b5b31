// Clauses through the whole pipeline: where they stand in a notice, the conventions a notice
// declares, items with sub-items, and — the clerk's guarantee — every possible task either parsed
// or flagged: a clause the grammar cannot read is reported at its line and its task text is kept.
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline.js';

const notice = (...lines: string[]) => parseText(['2024年某区政务公开工作要点', '一、重点任务', ...lines].join('\n'));
const roles = (t: { leadUnits: string[]; responsibleUnits: string[]; cooperatingUnits: string[] }) => [t.leadUnits, [...t.responsibleUnits, ...t.cooperatingUnits]];

describe('clauses a clerk cannot be sure of are flagged, and no task text is lost', () => {
  // Each shape looks like a clause (a role word, a label, or unit-like names) but does not parse.
  const shapes: [string, string][] = [
    ['a label with no unit after it', '（责任单位：根据工作需要另行明确）'],
    ['a post where a unit should be', '（由分管领导牵头协调）'],
    ['a role word with no unit', '（此项工作牵头单位另行通知）'],
    ['a square bracket, label and a sentence', '[责任单位:视情况确定]'],
    ['a labelled run without brackets', '责任单位：按属地原则确定'],
  ];
  it.each(shapes)('%s: %s', async (_name, clause) => {
    const t = await notice('1.加强政策解读。做好重要政策文件解读工作。', `2.推进数据开放。依法有序开放公共数据。${clause}`, '3.优化政务服务。提升办事效率。（区政务服务中心牵头负责）');
    const flagged = t.diagnostics.filter((d) => d.rule === 'clause-not-understood');
    expect(flagged).toHaveLength(1);
    expect(flagged[0].source?.line).toBe(4);
    expect(flagged[0].message).toContain(clause.replace(/^[（\[]|[）\]]$/g, '').slice(0, 8));
    const task = t.tasks.find((x) => x.text.includes('依法有序开放公共数据'));
    expect(task).toBeDefined();
    expect(roles(task!)).toEqual([[], []]);
    expect(task!.source.line).toBe(4);
    // The task after it is untouched.
    expect(roles(t.tasks.find((x) => x.text.includes('提升办事效率'))!)).toEqual([['区政务服务中心'], []]);
  });

  it('flags the part of a clause it cannot read and keeps the units it can', async () => {
    const t = await notice('1.推进数据开放。依法有序开放公共数据。（责任单位：区数据局；督导：区委督查室）');
    expect(roles(t.tasks[0])).toEqual([[], ['区数据局']]);
    const [d] = t.diagnostics.filter((x) => x.rule === 'clause-not-understood');
    expect(d.message).toContain('督导：区委督查室');
    expect(d.source?.line).toBe(3);
  });

  it('leaves prose with a unit as its subject alone', async () => {
    const t = await notice('1.加强统筹。司法部负责组织协调全国普法工作。由市科委牵头建立联合工作机制。（市司法局牵头负责）');
    expect(t.tasks).toHaveLength(1);
    expect(roles(t.tasks[0])).toEqual([['市司法局'], []]);
    expect(t.diagnostics.filter((d) => d.rule === 'clause-not-understood')).toEqual([]);
  });

  it('does not flag mid-sentence brackets that explain a word', async () => {
    const t = await notice('1.提升效益。商业二类企业（区土开集团、旅游集团、国资公司）营业总收入同比增长10%以上。（区国资局负责）');
    expect(t.tasks).toHaveLength(1);
    expect(roles(t.tasks[0])).toEqual([[], ['区国资局']]);
    expect(t.diagnostics.filter((d) => d.rule === 'clause-not-understood')).toEqual([]);
  });
});

describe('where clauses stand', () => {
  it.each([
    ['【】 with a 〕', '做好信息公开。【县发改局牵头负责〕', [['县发改局'], []]],
    ['〖〗', '做好信息公开。〖各有关单位分别负责〗', [[], ['各有关单位']]],
    ['［］', '做好信息公开。［责任单位：县财政局］', [[], ['县财政局']]],
    ['〔〕 (dev 09)', '做好信息公开。〔牵头单位:县行政审批局,责任单位:各乡镇人民政府〕', [['县行政审批局'], ['各乡镇人民政府']]],
    ['the opening side missing', '做好信息公开工作。县财政局牵头负责）', [['县财政局'], []]],
    ['a trailing unit list', '做好信息公开工作，确保落实到位。县财政局、县审计局', [[], ['县财政局', '县审计局']]],
    ['labels in 【】 instead of a colon', '做好信息公开工作。【牵头单位】县发改局【责任单位】县财政局', [['县发改局'], ['县财政局']]],
    ['a labelled run after the last sentence', '做好信息公开工作。牵头单位：县财政局；责任单位：各乡镇人民政府', [['县财政局'], ['各乡镇人民政府']]],
  ])('%s', async (_name, line, want) => {
    const t = await notice(`1.${line}`);
    expect(t.tasks).toHaveLength(1);
    expect(roles(t.tasks[0])).toEqual(want);
    expect(t.tasks[0].text).toContain('做好信息公开');
  });

  it('reports a clause whose opening bracket is missing', async () => {
    const t = await notice('1.做好信息公开工作。县财政局牵头负责）');
    expect(t.diagnostics.find((d) => d.rule === 'clause-unopened')?.source?.line).toBe(3);
  });

  it('ends a labelled run with its paragraph: the next line is the next task', async () => {
    const t = await parseText(['某县实施方案', '一、主要任务', '1.推进预算公开。', '责任单位：县财政局', '加强决算公开工作', '责任单位：县审计局'].join('\n'));
    expect(t.tasks.map((x) => [x.text, ...roles(x)])).toEqual([
      ['推进预算公开。', [], ['县财政局']],
      ['加强决算公开工作', [], ['县审计局']],
    ]);
  });

  it('reads a line that only says who (X牵头，Y配合), but not a line of names alone', async () => {
    const t = await parseText(['某县实施方案', '一、主要任务', '1.推进预算公开。', '县财政局牵头，县审计局配合', '二、工作要求', '加强组织领导。', '某县人民政府办公室'].join('\n'));
    expect(t.tasks.map((x) => roles(x))).toEqual([[['县财政局'], ['县审计局']]]);
  });
});

describe('document conventions', () => {
  it('first-listed-leads applies from the clause that declares it to the end of the notice', async () => {
    const t = await notice(
      '1.做好政策解读。（市发改委、市财政局）',
      '2.推进数据开放。（市数据局、市经信委，列第一位者为牵头单位，下同）',
      '3.优化政务服务。（市政务服务中心、各区政府）',
      '二、保障措施',
      '1.加强督查。（市政府督查室）',
      '2.加强培训。（市委组织部牵头，市人社局配合）',
    );
    expect(t.tasks.map(roles)).toEqual([
      [[], ['市发改委', '市财政局']],
      [['市数据局'], ['市经信委']],
      [['市政务服务中心'], ['各区政府']],
      [['市政府督查室'], []],
      [['市委组织部'], ['市人社局']],
    ]);
  });

  it('a declaration standing alone closes no task', async () => {
    const t = await notice('（排在第一位的部门为牵头部门）', '1.做好政策解读。（市发改委、市财政局）');
    expect(t.tasks.map(roles)).toEqual([[['市发改委'], ['市财政局']]]);
  });
});

describe('items with sub-items', () => {
  it('one clause after （1）（2） sub-items makes the whole item one task', async () => {
    const t = await notice(
      '（一）推进信息公开',
      '1.完善公开目录。',
      '（1）梳理公开事项清单。',
      '（2）动态调整目录内容。',
      '（县政府办牵头，各部门负责）',
      '2.加强政策解读。（县司法局负责）',
    );
    expect(t.tasks.map((x) => [x.marker, ...roles(x)])).toEqual([
      ['1.', ['县政府办'], ['各部门']],
      ['2.', [], ['县司法局']],
    ]);
    expect(t.tasks[0].text).toContain('梳理公开事项清单');
    expect(t.tasks[0].text).toContain('动态调整目录内容');
  });

  it('one sub-item put at a line start under an item with body text still belongs to the item', async () => {
    const t = await notice(
      '（一）经营指标提升',
      '1.明确年度经营目标。力争营业总收入同比增长10%。其中：（1）公益类企业增长10%以上；',
      '（2）商业类企业增长8%以上。',
      '责任单位：各区属国企',
    );
    expect(t.tasks.map((x) => [x.marker, ...roles(x)])).toEqual([['1.', [], ['各区属国企']]]);
    expect(t.tasks[0].text).toContain('力争营业总收入');
  });

  it('a title-only section heading with one item is not merged into the item', async () => {
    const t = await notice('（一）经营指标提升', '1.明确年度经营目标。力争营业总收入同比增长10%。', '责任单位：各区属国企');
    expect(t.tasks.map((x) => x.marker)).toEqual(['1.']);
  });

  it('items that each carry a clause stay separate tasks', async () => {
    const t = await notice('（一）推进信息公开', '1.完善公开目录。（县政府办负责）', '2.加强政策解读。（县司法局负责）');
    expect(t.tasks.map((x) => x.marker)).toEqual(['1.', '2.']);
  });
});

describe('units', () => {
  it('reports two unit names run together, at the clause line', async () => {
    const t = await notice('1.做好文旅信息公开。（责任单位：县文化广播电视和旅游局县国有资产监管和金融工作局）');
    const d = t.diagnostics.find((x) => x.rule === 'unit-run-together');
    expect(d?.source?.line).toBe(3);
    expect(t.tasks[0].responsibleUnits).toEqual(['县文化广播电视和旅游局县国有资产监管和金融工作局']);
  });

  it('a line naming only the leading official closes the task without a flag; the units follow', async () => {
    const t = await notice('1.优化政府网站。持续提升网站集约化水平。', '牵头领导：副秘书长', '牵头单位：区政府办公室', '完成时限：长期坚持');
    expect(t.tasks.map((x) => [...roles(x), x.deadline?.kind])).toEqual([[['区政府办公室'], [], 'ongoing']]);
    expect(t.diagnostics.filter((d) => d.rule === 'clause-not-understood')).toEqual([]);
  });

  it('a post is not a unit', async () => {
    const t = await notice('1.做好文旅信息公开。（牵头领导：常务副区长；牵头单位：区文旅局）');
    expect(roles(t.tasks[0])).toEqual([['区文旅局'], []]);
  });
});

describe('hostile input stays linear', () => {
  // No clock: the same shape at n and 8n in one process, compared by this process's CPU time
  // (linear: 8×, quadratic: 64×), as tests/hostile/linear.test.ts does for the other stages.
  const cpu = async (text: string) => {
    const t = process.cpuUsage();
    await parseText(['某县实施方案', '一、主要任务', `1.${text}`].join('\n'));
    const used = process.cpuUsage(t);
    return (used.user + used.system) / 1000;
  };
  it.each([
    ['unclosed （', (n: number) => `做好工作${'（'.repeat(n)}`, 1000],
    ['closers without openers', (n: number) => `工作。县财政局负责）`.repeat(n / 4), 1000],
    ['a long one-line paragraph of clauses', (n: number) => '做好工作。（县财政局牵头负责）'.repeat(n), 400],
    ['a label followed by endless verbs', (n: number) => `责任单位：${'负责'.repeat(n)}`, 2500],
    ['nested brackets', (n: number) => `${'（'.repeat(n)}县财政局负责${'）'.repeat(n)}`, 500],
  ])('%s', async (_name, make, n) => {
    await cpu(make(n * 8)); // warm up the JIT on the large input
    let small = Infinity, large = Infinity;
    for (let k = 0; k < 5; k++) small = Math.min(small, await cpu(make(n)));
    for (let k = 0; k < 2; k++) large = Math.min(large, await cpu(make(n * 8)));
    expect(large / Math.max(small, 1)).toBeLessThan(32);
  });
});

describe('a line broken before a numeral', () => {
  it('joins `…构建集中统` and `一、全面覆盖…` when 一、 is out of sequence', async () => {
    const t = await parseText(['某区行动方案', '一、工作目标', '全面提升。', '二、主要任务', '1.健全协同监督机制。高效整合监督资源。构建集中统', '一、全面覆盖的监督体制。', '责任单位：区纪工委'].join('\n'));
    expect(t.headings.map((h) => h.marker)).toEqual(['一、', '二、', '1.']);
    expect(t.tasks[0].text).toContain('构建集中统一、全面覆盖');
  });
  it('keeps a heading that is next in sequence even after a line without a full stop', async () => {
    const t = await parseText(['某区行动方案', '一、工作目标', '全面提升政务公开质量和水平的各项工作不断深入推进', '二、主要任务', '1.推进公开。（区政府办负责）'].join('\n'));
    expect(t.headings.map((h) => h.marker)).toEqual(['一、', '二、', '1.']);
  });
});
