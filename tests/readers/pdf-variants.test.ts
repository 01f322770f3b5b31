// The PDF reader on notices laid out by other tools (fixtures/variants: HTML → Word → PDF with LibreOffice):
// right-aligned signature lines, tables drawn with per-cell borders or double lines, tables with no rulings.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellText, paragraphText, type Block, type DocModel, type Paragraph, type Table } from '../../src/model.js';
import { parseFile } from '../../src/pipeline.js';
import { readPdf } from '../../src/readers/pdf.js';
import { findColumnTables } from '../../src/readers/pdf-columns.js';
import { findGrids, type Seg } from '../../src/readers/pdf-table.js';
import type { PdfItem } from '../../src/readers/pdf-text.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/variants');
const file = (name: string) => join(dir, name);
const squeeze = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

const models = new Map<string, Promise<DocModel>>();
const model = (name: string) => {
  if (!models.has(name)) models.set(name, readPdf(new Uint8Array(readFileSync(file(name)))));
  return models.get(name)!;
};
const parsed = new Map<string, ReturnType<typeof parseFile>>();
const parse = (name: string) => {
  if (!parsed.has(name)) parsed.set(name, parseFile(file(name)));
  return parsed.get(name)!;
};

/** Text of the .html source: tags dropped, in document order. */
const htmlText = (name: string) => squeeze(readFileSync(file(name), 'utf8').replace(/<head>[\s\S]*?<\/head>/, '').replace(/<[^>]+>/g, ''));
const blocksText = (blocks: Block[]) =>
  squeeze(blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.rows.map((r) => r.map(cellText).join('')).join(''))).join(''));
const paras = (m: DocModel) => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');

type Parsed = Awaited<ReturnType<typeof parseFile>>;
const summary = (t: Parsed) =>
  t.tasks.map((x) => [x.marker, x.leadUnits, x.responsibleUnits, x.cooperatingUnits, x.deadline?.date ?? null, x.deadline?.kind ?? null]);

/** What table-district.docx parses to (tests/variants.test.ts): the PDF twins must give the same. */
const DISTRICT_TASKS = [
  ['（1）', ['区政府办公室'], [], ['区司法局'], '2024-06-30', 'by'],
  ['（2）', ['区政府办公室'], [], ['区直各部门'], '2024-12-31', 'yearRound'],
  ['（3）', ['区行政审批局'], [], ['区大数据中心', '各街道办事处'], '2024-09-30', 'by'],
  ['（4）', ['区司法局'], [], ['区直各部门'], null, 'ongoing'],
];

describe('notice-city.pdf: signature lines and paragraphs', () => {
  it('parses like its Word twin', async () => {
    const t = await parse('notice-city.pdf');
    expect(t.document).toMatchObject({ docNumber: '某政办发〔2023〕12号', date: '2023-04-20', publicity: '此件公开发布' });
    expect(summary(t)).toEqual([
      ['（1）', ['市发展改革委'], [], ['市财政局', '市商务局'], '2023-06-30', 'by'],
      ['（2）', ['市政府办公室'], [], ['市直各部门'], null, 'ongoing'],
      ['（3）', [], ['市发展改革委', '市住房城乡建设局', '各县〔市、区〕人民政府'], [], '2023-12-31', 'by'],
    ]);
    expect(t.headings.map((h) => h.marker)).toEqual(['一、', '（一）', '（1）', '（2）', '（二）', '（3）', '二、']);
    expect(t.document.printed).toEqual({ by: '某市人民政府办公室', date: '2023-04-21' });
  }, 20_000);

  it('keeps the right-aligned 落款 and date lines as paragraphs of their own, marked right', async () => {
    const m = await model('notice-city.pdf');
    const texts = paras(m).map((p) => paragraphText(p));
    const at = texts.indexOf('二〇二三年四月二十日');
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toBe('某市人民政府办公室');
    expect(texts[at + 1]).toBe('（此件公开发布）');
    expect(paras(m)[at].align).toBe('right');
    expect(paras(m)[at - 1].align).toBe('right');
    expect(paras(m)[at + 1].align).toBeUndefined();
    // The 印发 line at the foot stays one paragraph; 抄送 another.
    expect(texts.slice(-2)).toEqual(['抄送：市委办公室，市人大常委会办公室，市政协办公室。', '某市人民政府办公室2023年4月21日印发']);
  }, 20_000);

  it('loses no text and gives every paragraph its page and line', async () => {
    const m = await model('notice-city.pdf');
    expect(blocksText(m.blocks)).toBe(htmlText('notice-city.html'));
    expect(paras(m)).toHaveLength(21);
    const src = (start: string) => paras(m).find((p) => paragraphText(p).startsWith(start))!.source;
    expect(src('某市人民政府办公室文件')).toEqual({ page: 1, line: 1 });
    expect(src('二〇二三年')).toEqual({ page: 1, line: 9 });
    expect(src('（此件')).toEqual({ page: 1, line: 10 });
    expect(src('（3）')).toEqual({ page: 2, line: 1 });
    expect(src('二、保障措施')).toEqual({ page: 2, line: 5 });
  }, 20_000);
});

describe('task tables as LibreOffice prints them', () => {
  for (const name of ['pdf-table-ruled.pdf', 'pdf-table-double.pdf', 'pdf-table-unruled.pdf']) {
    it(`${name}: parses like table-district.docx`, async () => {
      const t = await parse(name);
      expect(t.document.planYear).toBe(2024);
      expect(summary(t)).toEqual(DISTRICT_TASKS);
      expect(t.tasks[0].path).toEqual([{ marker: '1', title: '深化政策解读' }]);
      expect(t.tasks[1].path).toEqual([{ marker: '1', title: '深化政策解读' }]);
      expect(t.headings).toEqual([]);
    }, 20_000);

    it(`${name}: one table, 6 columns, merged 序号 and 重点任务 cells, all text kept`, async () => {
      const m = await model(name);
      const tables = m.blocks.filter((b): b is Table => b.kind === 'table');
      expect(tables).toHaveLength(1);
      const t = tables[0];
      expect(t.rows[0].map(cellText)).toEqual(['序号', '重点任务', '工作措施', '牵头单位', '配合单位', '完成时间']);
      expect(t.rows).toHaveLength(5);
      expect(t.rows[1].slice(0, 2).map((c) => [cellText(c), c.rowSpan])).toEqual([['1', 2], ['深化政策解读', 2]]);
      expect(t.rows[2].map(cellText)).toEqual(['（2）重要政策文件解读比例不低于百分之五十。', '区政府办公室', '区直各部门', '全年']);
      for (const r of t.rows.slice(3)) expect(r).toHaveLength(6);
      expect(blocksText(m.blocks)).toBe(htmlText(name.replace('.pdf', '.html')));
      const title = paras(m)[0];
      expect(title).toMatchObject({ align: 'center', source: { page: 1, line: 1 } });
      expect(t.rows[1][2].blocks[0].source).toMatchObject({ page: 1, row: 2 });
    }, 20_000);
  }

  it('table-district.pdf: the ruled table with merged cells gives the same tasks as the .docx', async () => {
    const t = await parse('table-district.pdf');
    expect(summary(t)).toEqual(DISTRICT_TASKS);
    expect(t.tasks.map((x) => x.path.map((p) => p.title))).toEqual([['深化政策解读'], ['深化政策解读'], ['优化政务服务'], ['规范依申请公开']]);
    const m = await model('table-district.pdf');
    const table = m.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(table.rows.map((r) => r.length)).toEqual([6, 6, 4, 6, 6]);
    expect(table.rows[1][0].rowSpan).toBe(2);
    expect(blocksText(m.blocks)).toBe(htmlText('table-district.html'));
    expect(paras(m)[0].source).toEqual({ page: 1, line: 1 });
    expect(table.source).toMatchObject({ page: 1, line: 2 });
  }, 20_000);
});

describe('text that is not a table stays text', () => {
  it('pdf-signature.pdf: contact lines in columns, two issuers side by side, a right-aligned date', async () => {
    const m = await model('pdf-signature.pdf');
    expect(m.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocksText(m.blocks)).toBe(htmlText('pdf-signature.html'));
    const texts = paras(m).map(paragraphText);
    expect(texts).toContain('某市人民政府办公室某市司法局');
    const date = paras(m).find((p) => paragraphText(p) === '2024年4月1日')!;
    expect(date.align).toBe('right');
    expect(texts[texts.length - 1]).toBe('（此件公开发布）');
    const t = await parse('pdf-signature.pdf');
    expect(t.document.date).toBe('2024-04-01');
    expect(summary(t)).toEqual([['（一）', ['市政府办公室'], [], [], '2024-05-31', 'by']]);
  }, 20_000);

  const item = (text: string, x0: number, y: number, fs = 16): PdfItem => ({ text, x0, x1: x0 + text.length * fs, y, fs, bold: false, lineNo: 1 });

  it('findColumnTables: running text, a two-column block and a signature block give no table', () => {
    const body = [
      item('为深入贯彻落实国务院办公厅关于政务公开工作的部署要求进一步提', 90, 100),
      item('升政务公开质量更好发挥政务公开促落实强监管功能结合我市实际', 58, 128),
      item('制定本要点。', 58, 156),
    ];
    expect(findColumnTables(body, 1).grids).toHaveLength(0);
    const twoCol = [0, 1, 2, 3].flatMap((k) => [item('联系人：张某', 58, 100 + 28 * k), item('电话：123', 300, 100 + 28 * k)]);
    expect(findColumnTables(twoCol, 1).grids).toHaveLength(0);
    const signature = [item('甲单位', 60, 100), item('乙单位', 240, 100), item('丙单位', 420, 100), item('2024年4月1日', 380, 140)];
    expect(findColumnTables(signature, 1).grids).toHaveLength(0);
  });

  it('findColumnTables: three columns of cells under a header make a table; the text below does not join it', () => {
    const rows = [
      [item('序号', 58, 100), item('任务', 120, 100), item('责任单位', 400, 100)],
      [item('1', 58, 130), item('做好政策解读工作', 120, 130), item('区政府办', 400, 130)],
      [item('2', 58, 160), item('做好政务服务工作', 120, 160), item('区审批局', 400, 160)],
      [item('特此通知。', 58, 200)],
    ].flat();
    const { grids, rest } = findColumnTables(rows, 1);
    expect(grids).toHaveLength(1);
    expect(grids[0].xs).toHaveLength(4);
    expect(grids[0].ys).toHaveLength(4);
    expect(rest.map((i) => i.text)).toEqual(['特此通知。']);
  });
});

describe('ruled grids drawn the ways Word and LibreOffice draw them', () => {
  // A 3 × 3 table, columns at 50 | 150 | 300 | 500, rows at 100 | 130 | 160 | 190.
  const X = [50, 150, 300, 500];
  const Y = [100, 130, 160, 190];
  const shape = (segs: Seg[]) => {
    const g = findGrids(segs, 1);
    expect(g).toHaveLength(1);
    return { cols: g[0].xs.length - 1, rows: g[0].ys.length - 1, cells: g[0].cells.length, xs: g[0].xs.map(Math.round) };
  };

  it('per-cell border segments that meet or nearly meet (gaps up to 1.5 pt), each drawn twice', () => {
    const segs: Seg[] = [];
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        const [x0, x1, y0, y1] = [X[c] + 0.7, X[c + 1] - 0.7, Y[r] + 0.7, Y[r + 1] - 0.7];
        for (let k = 0; k < 2; k++)
          segs.push(
            { dir: 'h', at: Y[r], from: x0, to: x1 },
            { dir: 'h', at: Y[r + 1], from: x0, to: x1 },
            { dir: 'v', at: X[c], from: y0, to: y1 },
            { dir: 'v', at: X[c + 1], from: y0, to: y1 },
          );
      }
    expect(shape(segs)).toEqual({ cols: 3, rows: 3, cells: 9, xs: X });
  });

  it('double lines and cell spacing (two lines 1–4 pt apart) are one boundary, not an empty column', () => {
    const segs: Seg[] = [];
    for (const [i, y] of Y.entries()) for (const d of i === 0 || i === 3 ? [0, 3] : [0, 1.2]) segs.push({ dir: 'h', at: y + d, from: X[0], to: X[3] });
    for (const [i, x] of X.entries()) for (const d of i === 0 || i === 3 ? [0, 3] : [-1.5, 1.5]) segs.push({ dir: 'v', at: x + d, from: Y[0], to: Y[3] });
    const s = shape(segs);
    expect([s.cols, s.rows, s.cells]).toEqual([3, 3, 9]);
  });

  it('a merged cell (no border between two rows of the first column) gives a row span', () => {
    const segs: Seg[] = [
      ...Y.map((y, i) => ({ dir: 'h' as const, at: y, from: i === 1 ? X[1] : X[0], to: X[3] })),
      ...X.map((x) => ({ dir: 'v' as const, at: x, from: Y[0], to: Y[3] })),
    ];
    const g = findGrids(segs, 1)[0];
    expect(g.cells.find((c) => c.c0 === 0 && c.r0 === 0)).toMatchObject({ r1: 1 });
    expect(g.cells).toHaveLength(8);
  });
});
