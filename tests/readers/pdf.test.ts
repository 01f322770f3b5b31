import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { cellText, paragraphText, type Block, type DocModel, type Table } from '../../src/model.js';
import { readPdf } from '../../src/readers/pdf.js';
import { isPageNumber } from '../../src/readers/pdf-layout.js';
import { buildLine, type PdfItem } from '../../src/readers/pdf-text.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pdf');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

const SEEDS = [
  { id: '000_cdc8212ff34390a1', pages: 12 },
  { id: '001_25847d351ed9b26e', pages: 11 },
  { id: '002_2c6f66eac2dcb85f', pages: 15 },
  { id: '003_e6c18e5cbf62b806', pages: 12 },
  { id: '004_de53bfd0c85c9c9e', pages: 15 },
];

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The seed's .txt split into body lines and table lines (TAB-prefixed cells and their continuation lines). */
function txtParts(id: string): { body: string[]; table: string[] } {
  const lines = readFileSync(join(dir, `${id}.txt`), 'utf8').replace(/\*\*/g, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.startsWith('\t'));
  if (first < 0) return { body: lines, table: [] };
  let last = lines.length - 1;
  while (last > first && !lines[last].startsWith('\t')) last--;
  while (last + 1 < lines.length && lines[last + 1].trim()) last++;
  return { body: [...lines.slice(0, first), ...lines.slice(last + 1)], table: lines.slice(first, last + 1) };
}

function textOf(blocks: Block[], withTables: boolean): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? paragraphText(b) : withTables ? b.rows.map((r) => r.map(cellText).join('')).join('') : ''))
    .join('\n');
}

const models = new Map<string, Promise<DocModel>>();
const model = (id: string) => {
  if (!models.has(id)) models.set(id, readPdf(bytes(`${id}.pdf`)));
  return models.get(id)!;
};

describe('readPdf on the seed PDFs (LibreOffice exports of the .txt)', () => {
  for (const seed of SEEDS) {
    it(`${seed.id}: body text equals the .txt (whitespace and ** removed, page numbers gone)`, async () => {
      const m = await model(seed.id);
      expect(m.format).toBe('pdf');
      expect(m.pages).toBe(seed.pages);
      const { body } = txtParts(seed.id);
      let expected = squeeze(body.join(''));
      // 003's .txt has a typed "- 1 -" page-number line; the reader removes page numbers.
      if (seed.id.startsWith('003')) expected = expected.replace('-1-', '');
      expect(squeeze(textOf(m.blocks, false))).toBe(expected);
    }, 20_000);

    it(`${seed.id}: no page-number line remains; paragraph count close to the .txt's`, async () => {
      const m = await model(seed.id);
      const paras = m.blocks.filter((b) => b.kind === 'paragraph');
      for (const p of paras) expect(squeeze(paragraphText(p))).not.toMatch(/^[-—－]\d+[-—－]$/);
      const txtParas = txtParts(seed.id).body.filter((l) => l.trim()).length;
      expect(Math.abs(paras.length - txtParas)).toBeLessThanOrEqual(Math.max(3, Math.round(txtParas * 0.1)));
      for (const p of paras) {
        expect(p.source.page).toBeGreaterThanOrEqual(1);
        expect(p.source.line).toBeGreaterThanOrEqual(1);
      }
    }, 20_000);
  }

  it('000: bold 责任单位 clauses come out as bold runs', async () => {
    const m = await model('000_cdc8212ff34390a1');
    const bold = m.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.bold).map((r) => r.text) : [])).join('');
    expect(bold).toContain('（县发改局牵头负责）');
    expect(bold).toContain('（县税务局牵头负责）');
    const para = m.blocks.find((b) => b.kind === 'paragraph' && paragraphText(b).startsWith('（一）聚焦'));
    expect(para && para.kind === 'paragraph' && para.runs.some((r) => !r.bold)).toBe(true);
    expect(para && para.kind === 'paragraph' && para.indented).toBe(true);
    // Font family names are kept, without the subset tag.
    expect(m.blocks.some((b) => b.kind === 'paragraph' && b.runs.some((r) => r.font && !/^[A-Z]{6}\+/.test(r.font)))).toBe(true);
  }, 20_000);

  it('000: a paragraph broken by a page end is joined with its continuation', async () => {
    const m = await model('000_cdc8212ff34390a1');
    const texts = m.blocks.filter((b) => b.kind === 'paragraph').map((b) => paragraphText(b as never));
    expect(texts.some((t) => t.includes('在项目预算公开方面开展试点，推动项目预算安排'))).toBe(true);
    const title = texts.find((t) => t.startsWith('庆元县人民政府办公室关于印发'));
    expect(title).toBe('庆元县人民政府办公室关于印发2022年庆元县政务公开工作要点的通知');
  }, 20_000);

  it('004: the task table has a header and 44 data rows with 责任单位 and 完成时限', async () => {
    const m = await model('004_de53bfd0c85c9c9e');
    const tables = m.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    const header = t.rows[0].map(cellText);
    expect(header).toEqual(['序号', '任务名称', '具体内容', '责任单位', '完成时限']);
    expect(t.rows[0][1].colSpan).toBe(2);
    const data = t.rows.slice(1).filter((r) => r.map(cellText).join('') !== header.join(''));
    expect(data).toHaveLength(44);
    // Every data row owns its 具体内容, 责任单位 and 完成时限 cells (the last three columns).
    for (const r of data) {
      const tail = r.slice(-3).map(cellText);
      expect(tail).toHaveLength(3);
      expect(tail[0]).toMatch(/^（\d+）/);
      expect(tail[1]).toMatch(/局|办|单位|政府|部门|中心/);
      expect(tail[2]).toMatch(/全年|月|日|前|长期|持续/);
    }
    // Merged group cells: 13 序号 groups, 4 top-level 任务名称 groups of 19, 19, 2 and 4 rows.
    const firstCol = data.map((r) => r[0]).filter((c) => r0Col(t, c) === 0);
    expect(firstCol.length).toBe(13);
    const groups = t.rows.slice(1).flatMap((r) => r.filter((c) => r0Col(t, c) === 1 && /^[一二三四]、/.test(cellText(c))).map((c) => c.rowSpan));
    expect(groups).toEqual([19, 19, 2, 4]);
    // Cell text wrapped over lines is joined without spaces.
    const first = cellText(data[0][data[0].length - 3]);
    expect(first).toBe('（1）围绕以成渝地区双城经济圈建设为总牵引，主动公开重大项目、重大平台、重大改革等信息');
  }, 20_000);

  it('004: all table text is present, in order', async () => {
    const m = await model('004_de53bfd0c85c9c9e');
    const table = m.blocks.find((b): b is Table => b.kind === 'table')!;
    const got = squeeze(table.rows.map((r) => r.map(cellText).join('')).join(''));
    expect(got).toBe(squeeze(txtParts('004_de53bfd0c85c9c9e').table.join('')));
  }, 20_000);
});

/** Column index where a cell starts, computed from the spans of the cells before it and above it. */
function r0Col(t: Table, cell: (typeof t.rows)[number][number]): number {
  const occupied: boolean[][] = [];
  for (let r = 0; r < t.rows.length; r++) {
    occupied[r] ??= [];
    let c = 0;
    for (const k of t.rows[r]) {
      while (occupied[r][c]) c++;
      if (k === cell) return c;
      for (let dr = 0; dr < k.rowSpan; dr++) for (let dc = 0; dc < k.colSpan; dc++) ((occupied[r + dr] ??= [])[c + dc] = true);
      c += k.colSpan;
    }
  }
  return -1;
}

describe('readPdf on untrusted input', () => {
  const reason = async (data: Uint8Array) => {
    try {
      await readPdf(data);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).reason;
    }
    return 'no error';
  };

  it('an image-only (scanned) PDF → no-text-layer', async () => {
    expect(await reason(bytes('scanned-2pages.pdf'))).toBe('no-text-layer');
  });

  it('a truncated PDF → corrupt, without printing anything', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const full = bytes('000_cdc8212ff34390a1.pdf');
    for (const f of [0.02, 0.5, 0.97]) expect(await reason(full.slice(0, Math.floor(full.length * f)))).toBe('corrupt');
    expect(await reason(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(500)))).toBe('corrupt');
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    log.mockRestore();
    warn.mockRestore();
  });

  it('an encrypted PDF that needs a password → encrypted; one with only an owner password reads', async () => {
    expect(await reason(bytes('encrypted-user-password.pdf'))).toBe('encrypted');
    const m = await readPdf(bytes('encrypted-owner-only.pdf'));
    expect(squeeze(textOf(m.blocks, false))).toBe('Secretnotice');
  });

  it('does not detach or change the caller’s bytes', async () => {
    const b = bytes('tiny-latin.pdf');
    const copy = b.slice();
    const m = await readPdf(b);
    expect(b).toEqual(copy);
    expect(textOf(m.blocks, false)).toBe('Secret notice');
  });

  it('a page rotated for display is read in the direction of its text', async () => {
    const m = await readPdf(bytes('tiny-latin-rotated90.pdf'));
    expect(textOf(m.blocks, false)).toBe('Secret notice');
  });

  it('a real WPS export reads with its page numbers removed', async () => {
    const m = await readPdf(bytes('real-05-wps-export.pdf'));
    const text = textOf(m.blocks, true);
    expect(text).toContain('国防部关于放假的通知');
    expect(m.pages).toBe(2);
    expect(text).not.toMatch(/––\s*\d+\s*––/);
  });
});

describe('line building and page numbers', () => {
  const item = (text: string, x0: number, x1: number, extra: Partial<PdfItem> = {}): PdfItem => ({ text, x0, x1, y: 100, fs: 16, bold: false, lineNo: 1, ...extra });

  it('drops spaces between CJK characters and keeps one between Latin words', () => {
    const l = buildLine([item('关于', 0, 32), item(' ', 32, 36), item('2022', 36, 68), item(' ', 68, 72), item('年', 72, 88), item('\t', 88, 100), item('工作', 100, 132)])!;
    expect(l.text).toBe('关于2022年工作');
    const e = buildLine([item('Open', 0, 30), item('Government', 40, 100), item('Data', 101, 130)])!;
    expect(e.text).toBe('Open GovernmentData');
    const s = buildLine([item('政 务 公 开', 0, 100), item('work  plan', 110, 180)])!;
    expect(s.text).toBe('政务公开work plan');
  });

  it('keeps bold as runs', () => {
    const l = buildLine([item('做好工作。', 0, 80), item('（县财政局牵头负责）', 80, 240, { bold: true, font: 'NotoSerifCJKjp' })])!;
    expect(l.runs).toEqual([{ text: '做好工作。' }, { text: '（县财政局牵头负责）', bold: true, font: 'NotoSerifCJKjp' }]);
  });

  it('recognises page numbers in their common forms', () => {
    for (const t of ['- 3 -', '— 3 —', '－3－', '第3页', '第 3 页 共 12 页', '–– 1 ––']) expect(isPageNumber(t, false)).toBe(true);
    expect(isPageNumber('3/12', true)).toBe(true);
    expect(isPageNumber('3/12', false)).toBe(false);
    expect(isPageNumber('一、总体要求', true)).toBe(false);
    expect(isPageNumber('2023', false)).toBe(false);
  });
});
