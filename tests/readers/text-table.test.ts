// Text tables as the .txt reader builds them: rows, cells, and cells continuing the cell above.
import { describe, expect, it } from 'vitest';
import { cellText, type Table } from '../../src/model.js';
import { pipeCells, readTextTable } from '../../src/readers/text-table.js';

/** Rows as text, a merged cell shown as `[text]` where it starts and `^` where it continues. */
function layout(t: Table): string[][] {
  const out: string[][] = [];
  t.rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r][c] !== undefined) c++;
      out[r][c] = cell.rowSpan > 1 || cell.colSpan > 1 ? `[${cellText(cell)}]` : cellText(cell);
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (dr || dc) (out[r + dr] ??= [])[c + dc] = '^';
      c += cell.colSpan;
    }
  });
  return out;
}

const read = (lines: string[]) => {
  const t = readTextTable(lines, 0);
  if (!t) throw new Error('no table');
  return { ...t, rows: layout(t.table) };
};

describe('text table shapes', () => {
  it('TAB-separated rows; a shorter row is missing its first cells, which continue from above', () => {
    const t = read(['任务\t措施\t单位', '一、公开\t做好预算公开\t县财政局', '做好决算公开\t县审计局', '正文']);
    expect(t.shape).toBe('tab-rows');
    expect(t.rows).toEqual([['任务', '措施', '单位'], ['[一、公开]', '做好预算公开', '县财政局'], ['^', '做好决算公开', '县审计局']]);
    expect(t.next).toBe(3);
  });

  it('Excel quotes a TAB cell holding a line break', () => {
    const t = read(['任务\t单位', '"第一行', '第二行"\t县财政局']);
    expect(t.rows).toEqual([['任务', '单位'], ['第一行\n第二行', '县财政局']]);
  });

  it('| rows: an empty cell in the middle means none; one starting the row continues the cell above', () => {
    const t = read(['任务 | 牵头 | 责任', '一、公开 | | 县财政局', ' | 县审计局 | 县财政局']);
    expect(t.shape).toBe('pipe-rows');
    expect(t.rows).toEqual([['任务', '牵头', '责任'], ['[一、公开]', '', '县财政局'], ['^', '县审计局', '县财政局']]);
  });

  it('a Markdown table: outer pipes, a rule line, escaped pipes; a row of one cell spans the table', () => {
    const t = read(['| 序号 | 措施 | 单位 |', '| :-- | --- | --: |', '| 一、公开 | | |', '| 1 | A\\|B | 县财政局 |']);
    expect(t.rows).toEqual([['序号', '措施', '单位'], ['[一、公开]', '^', '^'], ['1', 'A|B', '县财政局']]);
  });

  it('a row written flush left, its last cells empty, moves under the columns its cells fit', () => {
    const t = read(['工作任务 | 具体要求 | 责任部门 |', '一、做好财政信息公开。 | 1.推进预算公开。 | 财务科 |', '二、做好网站公开。 | 2.及时更新网站。 | 办公室 |', '3.及时反馈意见。 | 各科室 | |']);
    expect(t.rows[3]).toEqual(['^', '3.及时反馈意见。', '各科室']);
  });

  it('| rows: a line without a pipe continues the last cell with text of the row above (a copied cell with a line break)', () => {
    const t = read(['序号 | 工作任务 | 责任单位 | 完成时限', '1 | 推进政策解读。 | 县司法局、 | 2023年', '县财政局', '12月底前', '2 | 完善公开目录。 | 县政府办公室 | 全年']);
    expect(t.rows).toEqual([['序号', '工作任务', '责任单位', '完成时限'], ['1', '推进政策解读。', '县司法局、', '2023年\n县财政局\n12月底前'], ['2', '完善公开目录。', '县政府办公室', '全年']]);
    expect(t.next).toBe(5);
  });

  it('| rows: an indented line without a pipe continues the cell it stands under', () => {
    const t = read([
      '序号 | 工作任务                 | 责任单位 | 完成时限',
      '1    | 推进政务公开标准化规范化 | 县政府办 | 2023年底',
      '       建设，完善事项目录。',
      '2    | 完善公开目录。           | 县司法局 | 全年',
    ]);
    expect(t.rows[1]).toEqual(['1', '推进政务公开标准化规范化\n建设，完善事项目录。', '县政府办', '2023年底']);
  });

  it('| rows: a row cut into short lines by a line break in a cell is one row again', () => {
    const t = read([
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '| 1 | 推进政务公开标准化规范化建设，',
      '完善事项目录，',
      '及时更新。 | 县政府办公室 | 2023年底前 |',
      '| 2 | 完善公开目录，做好年度报告。 | 县司法局 | 全年 |',
      '| 3 | 规范依申请公开办理流程。 | 县司法局 | 持续推进 |',
    ]);
    expect(t.rows).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '推进政务公开标准化规范化建设，\n完善事项目录，\n及时更新。', '县政府办公室', '2023年底前'],
      ['2', '完善公开目录，做好年度报告。', '县司法局', '全年'],
      ['3', '规范依申请公开办理流程。', '县司法局', '持续推进'],
    ]);
  });

  it('| rows: short rows missing their group cell stay rows; a line opening a section is a group row; text after the table is not the table\'s', () => {
    const t = read([
      '重点任务 | 工作措施 | 责任单位',
      '一、公开 | 推进预算公开，做好说明。 | 县财政局',
      '推进决算公开。 | 县审计局',
      '二、解读',
      '一、解读 | 做好政策解读。 | 县司法局',
      '做好回应关切。 | 县政府办公室',
      '以上任务按时完成。',
    ]);
    expect(t.rows).toEqual([
      ['重点任务', '工作措施', '责任单位'],
      ['[一、公开]', '推进预算公开，做好说明。', '县财政局'],
      ['^', '推进决算公开。', '县审计局'],
      ['[二、解读]', '^', '^'],
      ['[一、解读]', '做好政策解读。', '县司法局'],
      ['^', '做好回应关切。', '县政府办公室'],
    ]);
    expect(t.next).toBe(6);
  });

  it('| rows: a line before another table (its header again, a wider row, a Markdown rule) ends the table', () => {
    const first = ['任务 | 单位', '做好预算公开。 | 县财政局'];
    expect(read([...first, '表2 分工', '序号 | 任务 | 单位', '1 | 做好决算公开。 | 县审计局']).next).toBe(2);
    expect(read([...first, '续表', '任务 | 单位', '做好决算公开。 | 县审计局']).next).toBe(2);
    expect(read([...first, '表2 分工', '| 任务 | 单位 |', '|---|---|']).next).toBe(2);
  });

  it('| rows: a line after the last row that opens the next item (11. after 10.) is a row cut short; other text is not', () => {
    const rows = ['工作任务 | 具体要求 | 责任部门 |', '五、回应关切。 | 10.密切关注舆情。 | 各科室 |'];
    const cut = read([...rows, '11.提前做好解读回应工作,注意收集相关', '附件：2.联系表']);
    expect(cut.rows[2]).toEqual(['[11.提前做好解读回应工作,注意收集相关]', '^', '^']);
    expect(cut.next).toBe(3);
    expect(read([...rows, '12.另一项工作。']).rows).toHaveLength(2);
    expect(read([...rows, '二、保障措施']).next).toBe(2);
  });

  describe('| rows: a caption between two tables of the same width ends the first', () => {
    const first = ['序号 | 工作任务 | 责任单位 | 完成时限', '1 | 推进政务公开标准化规范化建设。 | 县政府办公室 | 2023年底前', '2 | 完善公开目录，做好年度报告。 | 县司法局 | 全年'];
    const second = ['序号 | 项目名称 | 牵头单位 | 完成时限', '1 | 城区污水管网改造工程。 | 县住建局 | 2023年10月底前'];
    it.each([
      ['a caption form, no blank line', ['附表2：重点项目清单']],
      ['a caption form, blank lines around it', ['', '附表2：重点项目清单', '']],
      ['a caption form with a blank line after it only', ['附表2：重点项目清单', '']],
      ['附件 and its number over a title line', ['附件2', '2023年重点项目清单']],
      ['表N and a title', ['表2 重点项目分工']],
      ['an outline heading over a header row', ['二、重点任务分工']],
      ['a title line over a header row', ['2023年全县重点项目推进清单']],
    ])('%s', (_, between) => {
      const lines = [...first, ...between, ...second];
      const t = read(lines);
      expect(t.rows).toEqual([first[0].split(' | '), first[1].split(' | '), first[2].split(' | ')]);
      expect(t.next).toBe(first.length);
      expect(read(lines.slice(lines.indexOf(second[0]))).rows).toEqual(second.map((l) => l.split(' | ')));
    });

    it.each([
      ['no line at all: the second header straight after the last row', second],
      ['a Markdown table straight after the last row', ['| 序号 | 项目名称 | 牵头单位 | 完成时限 |', '|---|---|---|---|', '| 1 | 城区污水管网改造工程。 | 县住建局 | 2023年10月底前 |']],
    ])('%s', (_, next) => {
      const t = read([...first, ...next]);
      expect(t.rows).toHaveLength(3);
      expect(t.next).toBe(first.length);
    });

    it('but the same header again (a new page) or a two-row header stay in the table', () => {
      expect(read([...first, first[0], '3 | 规范依申请公开办理流程。 | 县司法局 | 持续推进']).rows).toHaveLength(5);
      expect(read(['工作任务 | 责任单位 | 责任单位', ' | 牵头 | 配合', '推进政策解读。 | 县司法局 | 县财政局']).rows).toHaveLength(3);
    });

    it('续表 over rows without a header again: the rows start a table of their own', () => {
      const t = read([...first, '续表', '3 | 规范依申请公开办理流程。 | 县司法局 | 持续推进']);
      expect(t.rows[2]).toEqual(['2', '完善公开目录，做好年度报告。', '县司法局', '全年']);
      expect(t.next).toBe(3);
    });
  });

  describe('| rows: a last cell broken over lines is still one cell', () => {
    it.each([
      ['a unit list wrapped after 、', ['2 | 完善公开目录，做好年度报告。 | 县司法局、', '县财政局、', '县政府办公室'], '县司法局、\n县财政局、\n县政府办公室'],
      ['a cell line that mentions an attachment mid-sentence', ['2 | 完善公开目录，做好年度报告。 | 县司法局 | 按', '附件2所列时限，', '分批完成'], '按\n附件2所列时限，\n分批完成'],
      ['a deadline wrapped before a row of the same width', ['2 | 完善公开目录，做好年度报告。 | 县司法局 | 2023年', '12月底前'], '2023年\n12月底前'],
    ])('%s', (_, rowLines, cell) => {
      const header = '序号 | 工作任务 | 责任单位 | 完成时限';
      const t = read([header, ...rowLines, '3 | 规范依申请公开办理流程。 | 县司法局 | 持续推进']);
      expect(t.rows).toHaveLength(3);
      expect(t.rows[1][t.rows[1].length - 1]).toBe(cell);
      expect(t.rows[2]).toEqual(['3', '规范依申请公开办理流程。', '县司法局', '持续推进']);
    });

    it('before a row whose cells are labelled (牵头单位：…), which is no header', () => {
      const t = read([
        '工作任务 | 牵头 | 配合',
        '完善公开目录，做好年度报告 | 牵头单位：县司法局 | 配合单位：县财政局、',
        '县审计局',
        '规范依申请公开办理流程 | 牵头单位：县司法局 | 配合单位：县政府办公室',
      ]);
      expect(t.rows.map((r) => r[2])).toEqual(['配合', '配合单位：县财政局、\n县审计局', '配合单位：县政府办公室']);
    });
  });

  it('one cell a line between | lines: rows found from the 序号 column, group cells before the number', () => {
    const cells = ['任务', '序号', '要求', '单位', '甲组', '1', '做好甲事。', '办公室', '2', '做好乙事。', '各科室', '乙组', '3', '做好丙事。', '办公室'];
    const t = read(cells.flatMap((c, k) => (k ? ['|', c] : [c])));
    expect(t.shape).toBe('pipe-lines');
    expect(t.rows).toEqual([['任务', '序号', '要求', '单位'], ['[甲组]', '1', '做好甲事。', '办公室'], ['^', '2', '做好乙事。', '各科室'], ['乙组', '3', '做好丙事。', '办公室']]);
  });

  it('one cell a line between | lines: a blank line ends a row, an empty cell is a blank between two |', () => {
    const t = read(['任务', '|', '单位', '', '做好甲事。', '|', '', '|', '办公室', '|', '', '正文']);
    expect(t.rows).toEqual([['任务', '单位'], ['做好甲事。', '', '办公室']]);
  });

  it('the TAB cell-per-line form: an empty cell continues the cell above', () => {
    const t = read(['\t序号', '\t单位', '', '\t1', '\t县财政局', '', '\t2', '\t', '']);
    expect(t.shape).toBe('cell-per-line');
    expect(t.rows).toEqual([['序号', '单位'], ['1', '[县财政局]'], ['2', '^']]);
  });

  it('prose with a pipe or a TAB is no table', () => {
    expect(readTextTable(['一、工作任务 | 说明', '各单位要高度重视。'], 0)).toBeNull();
    expect(readTextTable(['附件\t2', '正文'], 0)).toBeNull();
    expect(pipeCells('|')).toBeNull();
  });
});

describe('text tables at scale and from hostile files', () => {
  it('a flattened table of 3000 rows whose count breaks off: linear, every row kept', () => {
    const cells = ['序号', '任务', '单位'];
    for (let i = 1; i <= 3000; i++) if (i !== 1500) cells.push(String(i), `做好第${i}项工作。`, '县财政局');
    const t = readTextTable(cells.flatMap((c, k) => (k ? ['|', c] : [c])), 0)!;
    expect(t.table.rows).toHaveLength(3000);
    expect(t.table.rows.every((r) => r.length === 3)).toBe(true);
  });

  it('a line of hundreds of pipes is no table row', () => {
    expect(pipeCells('甲|'.repeat(500))).toBeNull();
    expect(readTextTable(['a\t'.repeat(300), 'b\t'.repeat(300)], 0)).toBeNull();
  });
});

describe('text that holds pipes or TABs is no table', () => {
  it('a pipe without spaces around it, in lines of prose (a formula, a command)', () => {
    const lines = ["+1+cmd|'/c calc'!A0加强管理。（责任单位：县财政局）", "-2+3+cmd|'/c calc'!A0推进公开。（县住建局负责）"];
    expect(readTextTable(lines, 0)).toBeNull();
    expect(pipeCells('A|B 两类')).toBeNull();
  });
  it('a heading with trailing TABs over another: no row of two cells', () => {
    expect(readTextTable(['一、总体要求\t\t', '（一）加强管理。\t'], 0)).toBeNull();
  });
});
