// Task tables in every text shape, with and without headers, in unusual column orders; duty
// tables, group rows, unknown headers. Each asserts the tasks, their units, deadlines and path.
import { describe, expect, it } from 'vitest';
import { tasksFromTable } from '../../src/analysis/task-table.js';
import type { Cell, Table } from '../../src/model.js';
import { parseText } from '../../src/pipeline.js';
import type { TaskTable } from '../../src/schema.js';

const summary = (t: TaskTable) => t.tasks.map((x) => ({
  text: x.text,
  path: x.path.map((p) => p.marker + p.title),
  lead: x.leadUnits,
  resp: [...x.responsibleUnits, ...x.cooperatingUnits],
  deadline: x.deadline && [x.deadline.date, x.deadline.kind],
}));

// One table, written in each shape below. The group cell (重点任务) is written on the first row
// of its span only; row 1 names no lead unit.
const HEADER = ['序号', '重点任务', '工作措施', '牵头单位', '责任单位', '完成时限'];
const ROWS = [
  ['1', '一、深化政策解读', '推进政策解读，同步发布解读材料。', '', '市司法局、市发改委', '2024年6月底前'],
  ['2', '', '优化政务新媒体，及时回应关切。', '市委网信办', '各县（市、区）人民政府', '全年'],
  ['3', '二、规范依申请公开', '规范依申请公开办理流程。', '市政府办公室', '市司法局', '持续推进'],
];
const EXPECTED = [
  { text: '推进政策解读，同步发布解读材料。', path: ['一、深化政策解读'], lead: [], resp: ['市司法局', '市发改委'], deadline: ['2024-06-30', 'by'] },
  { text: '优化政务新媒体，及时回应关切。', path: ['一、深化政策解读'], lead: ['市委网信办'], resp: ['各县（市、区）人民政府'], deadline: ['2024-12-31', 'yearRound'] },
  { text: '规范依申请公开办理流程。', path: ['二、规范依申请公开'], lead: ['市政府办公室'], resp: ['市司法局'], deadline: [null, 'ongoing'] },
];
const TITLE = '2024年某市政务公开重点任务清单';

const shapes: [string, (rows: string[][]) => string[]][] = [
  ['TAB-separated rows', (rows) => rows.map((r) => r.join('\t'))],
  ['| rows without outer pipes', (rows) => rows.map((r) => r.join(' | '))],
  ['| rows with outer pipes', (rows) => rows.map((r) => `| ${r.join(' | ')} |`)],
  ['a Markdown table', (rows) => [`| ${rows[0].join(' | ')} |`, `|${rows[0].map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)]],
  // A flattened web table: a merged cell is written once, so rows under it are shorter.
  ['one cell a line between | lines', (rows) => rows.flatMap((r) => r.filter((c, k) => c || k !== 1)).flatMap((c, k) => (k ? ['|', c] : [c]))],
  ['TAB cell-per-line', (rows) => rows.flatMap((r) => [...r.map((c) => `\t${c}`), ''])],
];

describe('text tables in every shape', () => {
  for (const [name, render] of shapes) {
    it(`${name}, with a header`, async () => {
      const t = await parseText([TITLE, '', ...render([HEADER, ...ROWS]), ''].join('\n'));
      expect(summary(t)).toEqual(EXPECTED);
      expect(t.headings).toEqual([]);
    });
    it(`${name}, without a header: the cells decide, and a diagnostic says how`, async () => {
      const t = await parseText([TITLE, '', ...render(ROWS), ''].join('\n'));
      // Without a header, a unit column is a 责任单位 column: the lead cannot be told from the cells.
      expect(summary(t)).toEqual(EXPECTED.map((e) => ({ ...e, lead: [], resp: [...e.lead, ...e.resp] })));
      const note = t.diagnostics.find((d) => d.rule === 'table-columns');
      expect(note?.message).toMatch(/no header row.*column 3 as content/);
      expect(note?.source?.line).toBe(3);
    });
  }
});

describe('| rows whose cells broke over lines', () => {
  it('lines without a pipe and rows cut short rejoin their row; a section line is a group row', async () => {
    const t = await parseText([
      TITLE,
      '',
      '序号 | 工作措施 | 牵头单位 | 责任单位 | 完成时限',
      '一、深化政策解读',
      '1 | 推进政策解读，同步发布解读材料， | 市司法局 | 市发改委、',
      '市财政局 | 2024年',
      '6月底前',
      '2 | 优化政务新媒体，',
      '及时回应关切。 | 市委网信办 | 各县（市、区）人民政府 | 全年',
      '二、规范依申请公开',
      '3 | 规范依申请公开办理流程。 | 市政府办公室 | 市司法局 | 持续推进',
      '',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '推进政策解读，同步发布解读材料，', path: ['一、深化政策解读'], lead: ['市司法局'], resp: ['市发改委', '市财政局'], deadline: ['2024-06-30', 'by'] },
      { text: '优化政务新媒体，及时回应关切。', path: ['一、深化政策解读'], lead: ['市委网信办'], resp: ['各县（市、区）人民政府'], deadline: ['2024-12-31', 'yearRound'] },
      { text: '规范依申请公开办理流程。', path: ['二、规范依申请公开'], lead: ['市政府办公室'], resp: ['市司法局'], deadline: [null, 'ongoing'] },
    ]);
    expect(t.headings).toEqual([]);
  });
});

describe('two | tables with a caption between them, or nothing, and no blank line', () => {
  it.each([['附表2：重点项目清单'], ['二、重点项目分工'], [null]])('%s: each table its own tasks, the caption in no cell', async (caption) => {
    const t = await parseText([
      TITLE,
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进政策解读，同步发布解读材料。 | 市司法局 | 2024年6月底前',
      '2 | 优化政务新媒体，及时回应关切。 | 市委网信办 | 全年',
      ...(caption ? [caption] : []),
      '序号 | 项目名称 | 牵头单位 | 完成时限',
      '1 | 城区污水管网改造工程。 | 市住建局 | 2024年10月底前',
    ].join('\n'));
    expect(summary(t).map((x) => [x.text, x.lead, x.resp, x.deadline])).toEqual([
      ['推进政策解读，同步发布解读材料。', [], ['市司法局'], ['2024-06-30', 'by']],
      ['优化政务新媒体，及时回应关切。', [], ['市委网信办'], ['2024-12-31', 'yearRound']],
      ['城区污水管网改造工程。', ['市住建局'], [], ['2024-10-31', 'by']],
    ]);
  });
});

describe('a | table whose copy ends inside a row', () => {
  it('the cut row (only its first cell, 11. after 10.) is no task and no outline heading', async () => {
    const t = await parseText([
      '工作任务 | 具体要求 | 责任部门 |',
      '一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |',
      '2.及时更新网站频道信息。 | 办公室 | |',
      '二、切实增强回应关切效果。 | 3.密切关注舆情并及时作出回应。 | 各科室 |',
      '4.提前做好重大政策发布前和发布后的解读回应工作,注意收集相关舆情。增强回应工作的主动性,通过网上调研等方式,及时了解掌握社会公众对政策执行效果的反馈与评价,助力政策',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '积极推进预算、决算公开。', path: ['一、做好财政信息公开。'], lead: [], resp: ['财务科'], deadline: null },
      { text: '及时更新网站频道信息。', path: ['一、做好财政信息公开。'], lead: [], resp: ['办公室'], deadline: null },
      { text: '密切关注舆情并及时作出回应。', path: ['二、切实增强回应关切效果。'], lead: [], resp: ['各科室'], deadline: null },
    ]);
    expect(t.headings).toEqual([]);
    expect(t.diagnostics.find((d) => d.rule === 'table-row-without-unit')?.source?.line).toBe(5);
  });
});

describe('columns in unusual orders and with unusual names', () => {
  it('责任单位 before 牵头单位, the deadline first', async () => {
    const t = await parseText([
      '完成时限 | 责任单位 | 牵头单位 | 工作任务',
      '2024年9月 | 区司法局 | 区政府办公室 | 编制政务公开事项标准目录。',
      '长期坚持 | 各街道办事处 | 区数据局 | 规范政府网站内容管理。',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '编制政务公开事项标准目录。', path: [], lead: ['区政府办公室'], resp: ['区司法局'], deadline: ['2024-09-30', 'by'] },
      { text: '规范政府网站内容管理。', path: [], lead: ['区数据局'], resp: ['各街道办事处'], deadline: [null, 'ongoing'] },
    ]);
  });

  it('a content column under a header the vocabulary does not know', async () => {
    const t = await parseText([
      '2023年政务公开工作安排',
      '编号\t公开重点\t承办科室\t办理期限',
      '1\t做好预算决算公开，按时发布公开报表。\t财务科\t2023年10月',
      '2\t更新政府网站栏目，清理过时信息。\t办公室\t每季度',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '做好预算决算公开，按时发布公开报表。', path: [], lead: [], resp: ['财务科'], deadline: ['2023-10-31', 'by'] },
      { text: '更新政府网站栏目，清理过时信息。', path: [], lead: [], resp: ['办公室'], deadline: [null, 'recurring'] },
    ]);
    const note = t.diagnostics.find((d) => d.rule === 'table-columns');
    expect(note?.message).toContain('column 2 (公开重点) as content');
    expect(note?.message).toContain('column 3 (承办科室) as responsible');
    expect(note?.message).toContain('column 4 (办理期限) as deadline');
  });

  it('person and remark columns give no units', async () => {
    const t = await parseText([
      '| 序号 | 工作措施 | 责任领导 | 责任单位 | 备注 |',
      '|---|---|---|---|---|',
      '| 1 | 开展政策解读培训。 | 副县长 | 县司法局 | 县财政局提供经费 |',
      '| 2 | 完善公开目录。 | 县委常委 | 县政府办公室 | |',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '开展政策解读培训。', path: [], lead: [], resp: ['县司法局'], deadline: null },
      { text: '完善公开目录。', path: [], lead: [], resp: ['县政府办公室'], deadline: null },
    ]);
  });

  it('a unit cell that names the roles itself: 办公室牵头,各科室配合', async () => {
    const t = await parseText([
      '工作任务 | 具体要求 | 责任部门 |',
      '一、做好网站信息公开。 | 1.及时更新网站栏目。 | 办公室牵头,各科室配合 |',
      '2.及时回应网民留言。 | 各科室 | |',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '及时更新网站栏目。', path: ['一、做好网站信息公开。'], lead: ['办公室'], resp: ['各科室'], deadline: null },
      // Written flush left, its group cell left out: it moves under 具体要求 and keeps the group.
      { text: '及时回应网民留言。', path: ['一、做好网站信息公开。'], lead: [], resp: ['各科室'], deadline: null },
    ]);
  });
});

describe('duty tables and group rows', () => {
  it('a duty table (序号 | 单位 | 职责): one task per row, the unit responsible', async () => {
    const t = await parseText([
      '序号\t单位\t职责',
      '1\t县政府办公室\t统筹协调全县政务公开工作，组织编制年度工作要点。',
      '2\t县司法局\t负责行政规范性文件合法性审核。',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '统筹协调全县政务公开工作，组织编制年度工作要点。', path: [], lead: [], resp: ['县政府办公室'], deadline: null },
      { text: '负责行政规范性文件合法性审核。', path: [], lead: [], resp: ['县司法局'], deadline: null },
    ]);
  });

  it('单位 | 职责分工 without 序号', async () => {
    const t = await parseText(['| 单位 | 职责分工 |', '| --- | --- |', '| 市财政局 | 做好预算公开。 |', '| 市审计局 | 做好审计结果公开。 |'].join('\n'));
    expect(summary(t).map((x) => [x.text, x.resp])).toEqual([['做好预算公开。', ['市财政局']], ['做好审计结果公开。', ['市审计局']]]);
  });

  it('group rows (a marker heading alone, or one cell across the table) are the path of the rows below', async () => {
    const t = await parseText([
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 一、深化主动公开 | | | |',
      '| （一）重点领域 | | | |',
      '| 1 | 公开重大项目批准信息。 | 县发改局 | 2022年底前 |',
      '| 2 | 公开财政预决算信息。 | 县财政局 | 2022年6月30日前 |',
      '| 二、优化政务服务 | | | |',
      '| 3 | 推行政务服务事项清单。 | 县行政审批局 | 全年 |',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '公开重大项目批准信息。', path: ['一、深化主动公开', '（一）重点领域'], lead: [], resp: ['县发改局'], deadline: ['2022-12-31', 'by'] },
      { text: '公开财政预决算信息。', path: ['一、深化主动公开', '（一）重点领域'], lead: [], resp: ['县财政局'], deadline: ['2022-06-30', 'by'] },
      { text: '推行政务服务事项清单。', path: ['二、优化政务服务'], lead: [], resp: ['县行政审批局'], deadline: [null, 'yearRound'] },
    ]);
    // Group rows are not outline headings.
    expect(t.headings).toEqual([]);
  });

  it('a header over two rows (责任单位 over 牵头 | 配合), repeated on the next page', async () => {
    const t = await parseText([
      '序号\t工作任务\t责任单位\t\t完成时限',
      '\t\t牵头\t配合\t',
      '1\t建设政策文件库。\t县司法局\t县档案馆\t2023年12月',
      '序号\t工作任务\t责任单位\t\t完成时限',
      '\t\t牵头\t配合\t',
      '2\t规范公开属性源头认定。\t县政府办公室\t各部门\t2023年第三季度',
    ].join('\n'));
    expect(summary(t)).toEqual([
      { text: '建设政策文件库。', path: [], lead: ['县司法局'], resp: ['县档案馆'], deadline: ['2023-12-31', 'by'] },
      { text: '规范公开属性源头认定。', path: [], lead: ['县政府办公室'], resp: ['各部门'], deadline: ['2023-09-30', 'by'] },
    ]);
  });
});

/** A Word or PDF reader's table: cells with spans; `null` where a spanning cell covers. */
function wordTable(rows: (string | [string, number, number] | null)[][]): Table {
  return {
    kind: 'table',
    source: { paragraph: 1 },
    rows: rows.map((row, r) => row.filter((c) => c !== null).map((c): Cell => {
      const [text, rowSpan, colSpan] = typeof c === 'string' ? [c, 1, 1] : c;
      return { rowSpan, colSpan, blocks: text.split('\n').map((t, k) => ({ kind: 'paragraph', runs: [{ text: t }], source: { paragraph: 10 * r + k } })) };
    })),
  };
}

describe('the same table stage for Word, PDF and .doc tables', () => {
  it('a two-row header with spans, a group row across the table, a person column', () => {
    const t = wordTable([
      [['序号', 2, 1], ['工作事项', 2, 1], ['责任单位', 1, 2], null, ['责任领导', 2, 1], ['时间节点', 2, 1]],
      [null, null, '牵头', '配合', null, null],
      [['一、优化营商环境信息公开', 1, 6], null, null, null, null, null],
      ['1', '公开涉企政策清单，集中发布解读材料。', '县发改局', '县司法局\n县市场监管局', '副县长', '2023年9月'],
      ['2', '公开行政许可事项办理情况。', '县行政审批局', '', '副县长', '每月'],
    ]);
    const { tasks } = tasksFromTable(t, 2023);
    expect(tasks.map((x) => [x.text, x.path.map((p) => p.marker + p.title), x.leadUnits, x.cooperatingUnits, x.deadline?.date ?? null, x.deadline?.kind])).toEqual([
      ['公开涉企政策清单，集中发布解读材料。', ['一、优化营商环境信息公开'], ['县发改局'], ['县司法局', '县市场监管局'], '2023-09-30', 'by'],
      ['公开行政许可事项办理情况。', ['一、优化营商环境信息公开'], ['县行政审批局'], [], null, 'recurring'],
    ]);
    expect(tasks.flatMap((x) => x.responsibleUnits)).toEqual([]);
  });

  it('a header word spanning a group column and a 序号 column: the cells tell them apart', () => {
    const t = wordTable([
      [['工作任务', 1, 2], null, '具体要求', '责任科室', '时限要求'],
      [['做好主动公开', 2, 1], '1', '严格规范政府信息公开专栏。', '各科室', '持续推进'],
      [null, '2', '规范做好年度报告编制发布工作。', '办公室', '年底前'],
    ]);
    const { tasks, diagnostics } = tasksFromTable(t, null);
    expect(tasks.map((x) => [x.text, x.path, x.responsibleUnits, x.deadline])).toEqual([
      ['严格规范政府信息公开专栏。', [{ marker: '1', title: '做好主动公开' }], ['各科室'], { raw: '持续推进', date: null, kind: 'ongoing' }],
      // Without a plan year, 年底前 is still a deadline by the year's end, its day unknown.
      ['规范做好年度报告编制发布工作。', [{ marker: '2', title: '做好主动公开' }], ['办公室'], { raw: '年底前', date: null, kind: 'by' }],
    ]);
    expect(diagnostics.find((d) => d.rule === 'table-columns')?.message).toContain('column 2 (工作任务) as seq');
  });

  it('a table that is no task table (a contact list) gives nothing', () => {
    const t = wordTable([['姓名', '职务', '联系电话'], ['张三', '科长', '0571-1234567'], ['李四', '科员', '0571-7654321']]);
    expect(tasksFromTable(t, 2023).tasks).toEqual([]);
  });
});
