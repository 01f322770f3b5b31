import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { cellText, paragraphText, type Block, type DocModel, type Paragraph, type Table } from '../../src/model.js';
import { readDocx, mergeRuns } from '../../src/readers/docx/index.js';
import { formatNumber, NumberingCounter, NumberingDefs } from '../../src/readers/docx/numbering.js';
import { Styles } from '../../src/readers/docx/styles.js';
import { storeZip } from '../support/store-zip.js';
import { fakeOle } from '../support/fake-ole.js';
import { reason } from '../support/input-error.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/docx/${name}`, import.meta.url)));

const S000 = '000_cdc8212ff34390a1';
const S002 = '002_2c6f66eac2dcb85f';
const S003 = '003_e6c18e5cbf62b806';
const S004 = '004_de53bfd0c85c9c9e';

/** The .txt's paragraphs as the docx should show them: no blank lines, no ** markers, no table cells. */
function txtParagraphs(name: string): string[] {
  const lines = fixture(`${name}.txt`).toString('utf8').split(/\r?\n/);
  // 004's table (TAB-prefixed cells, some running over several lines) ends the file
  const tableStart = lines.findIndex((l) => l.startsWith('\t'));
  return (tableStart < 0 ? lines : lines.slice(0, tableStart))
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter((l) => l !== '');
}

function topParagraphs(m: DocModel): Paragraph[] {
  return m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

function texts(m: DocModel): string[] {
  return topParagraphs(m)
    .map((p) => paragraphText(p).trim())
    .filter((t) => t !== '');
}

function allParagraphs(blocks: Block[], out: Paragraph[] = []): Paragraph[] {
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else for (const row of b.rows) for (const c of row) allParagraphs(c.blocks, out);
  }
  return out;
}


describe('readDocx on the seeds', () => {
  it('000: paragraphs equal the .txt lines, bold runs are the **…** clauses', async () => {
    const m = await readDocx(fixture(`${S000}.docx`));
    expect(m.format).toBe('docx');
    expect(texts(m)).toEqual(txtParagraphs(S000));

    // Every **…** span of the txt is one bold run (or the bold text of its paragraph).
    const txtLines = fixture(`${S000}.txt`).toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
    const expectedBold = txtLines.flatMap((l) => [...l.matchAll(/\*\*(.+?)\*\*/g)].map((x) => x[1]));
    expect(expectedBold.length).toBeGreaterThan(20);
    const boldText = topParagraphs(m)
      .flatMap((p) => p.runs.filter((r) => r.bold).map((r) => r.text))
      .join('\u0000');
    for (const b of expectedBold) expect(boldText).toContain(b.trim());
    // …and nothing that is not bold in the txt is bold in the docx.
    const boldRuns = topParagraphs(m).flatMap((p) => p.runs.filter((r) => r.bold).map((r) => r.text.trim()));
    for (const r of boldRuns) if (r) expect(expectedBold.some((b) => b.includes(r) || r.includes(b.trim()))).toBe(true);
  });

  it('000: adjacent runs with the same formatting are merged', async () => {
    const m = await readDocx(fixture(`${S000}.docx`));
    for (const p of allParagraphs(m.blocks)) {
      for (let i = 1; i < p.runs.length; i++) {
        const a = p.runs[i - 1];
        const b = p.runs[i];
        expect(!!a.bold === !!b.bold && a.font === b.font).toBe(false);
      }
    }
  });

  it('000: alignment, fonts, paragraph numbers', async () => {
    const m = await readDocx(fixture(`${S000}.docx`));
    const ps = topParagraphs(m);
    // paragraph numbers are 1..n in order, empty paragraphs kept
    expect(ps.map((p) => p.source.paragraph)).toEqual(ps.map((_, i) => i + 1));
    expect(ps.some((p) => p.runs.length === 0)).toBe(true);
    const title = ps.find((p) => paragraphText(p).includes('政务公开工作要点') && p.align === 'center');
    expect(title).toBeDefined();
    expect(title!.runs[0].font).toBe('方正小标宋简体');
    const heading = ps.find((p) => paragraphText(p).startsWith('一、'));
    expect(heading?.runs[0].font).toBe('黑体');
  });

  it('002 typed: paragraphs equal the .txt lines', async () => {
    const m = await readDocx(fixture(`${S002}.docx`));
    expect(texts(m)).toEqual(txtParagraphs(S002));
    expect(topParagraphs(m).every((p) => p.numbering === undefined)).toBe(true);
  });

  it('002 autonum: rebuilt markers make the text equal to the typed twin, paragraph by paragraph', async () => {
    const typed = await readDocx(fixture(`${S002}.docx`));
    const auto = await readDocx(fixture(`${S002}.autonum.docx`));
    const a = topParagraphs(auto);
    const t = topParagraphs(typed);
    expect(a.length).toBe(t.length);
    expect(a.map((p) => paragraphText(p))).toEqual(t.map((p) => paragraphText(p)));
    const markers = a.map((p) => p.numbering).filter((x): x is string => !!x);
    expect(markers.filter((x) => x.endsWith('、'))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(markers.filter((x) => x.endsWith('.'))).toEqual(Array.from({ length: 47 }, (_, i) => `${i + 1}.`));
    // the marker is not in the runs
    expect(a.find((p) => p.numbering === '12.')!.runs[0].text.startsWith('12.')).toBe(false);
  });

  it('003 autonum: rebuilt markers make the text equal to the .txt', async () => {
    const m = await readDocx(fixture(`${S003}.autonum.docx`));
    expect(texts(m)).toEqual(txtParagraphs(S003));
    const markers = topParagraphs(m).map((p) => p.numbering).filter((x): x is string => !!x);
    expect(markers.filter((x) => x.endsWith('.'))).toEqual(Array.from({ length: 20 }, (_, i) => `${i + 1}.`));
  });

  it('004: covering notice paragraphs and the task table with merged cells', async () => {
    const m = await readDocx(fixture(`${S004}.docx`));
    expect(texts(m)).toEqual(txtParagraphs(S004));
    const tables = m.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.rows).toHaveLength(45);
    const header = t.rows[0];
    expect(header.map((c) => cellText(c).trim())).toEqual(['序号', '任务名称', '具体内容', '责任单位', '完成时限']);
    expect(header[1].colSpan).toBe(2);
    // 序号 groups: merged cells appear once, in their first row
    const seq = t.rows.slice(1).map((r) => r[0]).filter((c) => /^\d+$/.test(cellText(c).trim()));
    expect(seq).toHaveLength(13);
    expect(seq.some((c) => c.rowSpan > 1)).toBe(true);
    const spans = t.rows[1].map((c) => c.rowSpan);
    expect(spans[1]).toBe(19); // first top-level 任务名称 group
    // rowSpan sums of the first column cover the body rows exactly
    expect(seq.reduce((s, c) => s + c.rowSpan, 0)).toBe(44);
    const topNames = t.rows.slice(1).flatMap((r) => r.filter((c) => /^[一二三四]、/.test(cellText(c).trim())));
    expect(topNames.map((c) => c.rowSpan)).toEqual([19, 19, 2, 4]);
    // every cell's text equals the .txt's cell (txt rows list merged continuations as empty cells)
    const lines = fixture(`${S004}.txt`).toString('utf8').split(/\r?\n/);
    const txtRows: string[][] = [];
    let cur: string[] = [];
    for (const l of lines.slice(lines.findIndex((x) => x.startsWith('\t')))) {
      if (!l.startsWith('\t') && l.trim() === '') {
        if (cur.length) txtRows.push(cur);
        cur = [];
      } else if (l.startsWith('\t')) cur.push(l.slice(1));
      else cur[cur.length - 1] += '\n' + l;
    }
    if (cur.length) txtRows.push(cur);
    expect(txtRows).toHaveLength(45);
    t.rows.forEach((row, i) => {
      expect(row.map((c) => cellText(c).trim())).toEqual(txtRows[i].map((x) => x.replace(/\*\*/g, '').trim()).filter(Boolean));
    });
    // cell paragraphs carry paragraph and row numbers, numbered after the paragraphs before the table
    const cellPs = allParagraphs(t.rows[3].flatMap((c) => c.blocks));
    expect(cellPs.every((p) => p.source.row === 4)).toBe(true);
    expect(t.source.paragraph).toBeGreaterThan(topParagraphs(m).filter((p) => p.source.paragraph! < t.source.paragraph!).length);
  });
});

describe('readDocx refuses bad input with InputError', () => {
  it('empty file', async () => {
    expect(await reason(readDocx(new Uint8Array()))).toBe('empty');
  });

  it('not a zip at all', async () => {
    expect(await reason(readDocx(Buffer.from('hello, this is not a docx')))).toBe('corrupt');
  });

  it('truncated zip', async () => {
    const b = fixture(`${S000}.docx`);
    expect(await reason(readDocx(b.subarray(0, b.length >> 1)))).toBe('corrupt');
  });

  it('zip whose data is damaged', async () => {
    const b = Buffer.from(fixture(`${S000}.docx`));
    for (let i = 200; i < b.length - 2000; i += 97) b[i] ^= 0x5a;
    expect(await reason(readDocx(b))).toMatch(/^(corrupt|too-large)$/);
  });

  it('zip without word/document.xml', async () => {
    const z = storeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/other.xml', data: Buffer.from('<x/>') },
    ]);
    expect(await reason(readDocx(z))).toBe('corrupt');
  });

  it('zip bomb: declared sizes are refused before inflating', async () => {
    const z = storeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    // patch the central directory's uncompressed size to 300 MB
    const cd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    z.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    expect(await reason(readDocx(z))).toBe('too-large');
  });

  it('zip bomb: an entry that inflates beyond its declared size is stopped', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 0x20);
    const deflated = zlib.deflateRawSync(big);
    const z = storeZip([{ name: 'word/document.xml', data: deflated }]);
    const cd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    z.writeUInt16LE(8, cd + 10); // method: deflate
    z.writeUInt32LE(1000, cd + 24); // declared uncompressed size: 1000 bytes
    expect(await reason(readDocx(z))).toBe('too-large');
  });

  it('encrypted docx (OLE file with EncryptedPackage)', async () => {
    expect(await reason(readDocx(fakeOle(['EncryptionInfo', 'EncryptedPackage'])))).toBe('encrypted');
  });

  it('never lets a raw error escape on random bytes after a zip signature', async () => {
    const b = Buffer.alloc(5000);
    for (let i = 0; i < b.length; i++) b[i] = (i * 7919) & 0xff;
    b.write('PK\u0003\u0004', 0, 'latin1');
    expect(await reason(readDocx(b))).toBe('corrupt');
  });
});

describe('automatic numbering', () => {
  it('formats Word number formats', () => {
    const cn = [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1001].map((n) => formatNumber(n, 'chineseCounting'));
    expect(cn).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千', '一千零一']);
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(5, 'decimalZero')).toBe('05');
    expect(formatNumber(23, 'chineseLegalSimplified')).toBe('贰拾叁');
  });

  const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const numberingXml = `<?xml version="1.0"?><w:numbering ${NS}>
    <w:abstractNum w:abstractNumId="7">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%3."/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const stylesXml = `<w:styles ${NS}><w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

  it('counts per list, restarts lower levels, honours lvlRestart=0 and style numbering', () => {
    const styles = new Styles(stylesXml);
    const defs = new NumberingDefs(numberingXml, styles);
    const c = new NumberingCounter(defs);
    const at = (numId: string | undefined, ilvl: number | undefined, style?: string) => {
      const r = defs.resolve(numId === undefined && ilvl === undefined ? undefined : { numId, ilvl }, style);
      return r ? c.next(r)?.text : undefined;
    };
    expect(at('1', 0)).toBe('一、');
    expect(at(undefined, undefined, 'H2')).toBe('（一）');
    expect(at('1', 2)).toBe('1.');
    expect(at(undefined, undefined, 'H2')).toBe('（二）');
    expect(at('1', 2)).toBe('2.'); // lvlRestart 0: runs on through the whole text
    expect(at('2', 0)).toBe('二、'); // another w:num on the same abstractNum continues the list
    expect(at('1', 1)).toBe('（一）'); // level 1 restarted by level 0
    expect(at('1', 2)).toBe('3.');
    // %1 shows the level-0 counter in level 0's format; a marker ending in a digit keeps Word's tab as a space
    expect(at('1', 3)).toBe('二.1 ');
    expect(at('0', 0)).toBeUndefined(); // numId 0: numbering off
    expect(at('3', 0)).toBe('五、'); // startOverride: a list of its own
    expect(at('3', 0)).toBe('六、');
    expect(at('1', 0)).toBe('三、');
  });
});

describe('mergeRuns', () => {
  it('joins same-format neighbours and drops empty runs', () => {
    expect(
      mergeRuns([
        { text: '（县', bold: true, font: 'F' },
        { text: '' },
        { text: '大数据', bold: true, font: 'F' },
        { text: '）', bold: true, font: 'F' },
        { text: '正文', font: 'F' },
      ]),
    ).toEqual([
      { text: '（县大数据）', bold: true, font: 'F' },
      { text: '正文', font: 'F' },
    ]);
  });
});

