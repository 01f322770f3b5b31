// Strong spans found stretch by stretch (only where `**` stands) must be exactly those remark finds in
// the whole text, whenever readsByStretch says the shortcut applies; and it must refuse the texts
// where a block or a link definition reaches across a blank line.
import { describe, expect, it } from 'vitest';
import { readsByStretch, remarkStrong, strongByStretch, type Span } from '../../src/readers/markdown-bold.js';

const sorted = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start || a.end - b.end);

describe('strong spans by stretch', () => {
  it('refuses lines that open blocks reaching across blank lines', () => {
    for (const line of ['- 3 -', '* 项目', '+ 项目', '1. 加强', '2) 推进', '> 引文', '```', '~~~', '<div>', '[a]: /url', '  - 缩进列表'])
      expect(readsByStretch(`正文**一**\n\n${line}\n\n**二**`), line).toBe(false);
    expect(readsByStretch('\uFEFF正文\n\n**二**')).toBe(false);
  });

  // Why each is refused: read stretch by stretch, these would come out differently.
  const differ: [string, string][] = [
    ['a list item continued after a blank line (not indented code)', '- 甲\n\n    **乙**'],
    ['an ordered list item likewise', '1. 甲\n\n    **乙**'],
    ['an HTML comment spanning blank lines', '<!--\n\n**乙**\n\n-->'],
    ['a fenced code block spanning blank lines', '```\n\n**乙**\n\n```'],
    ['a link definition that turns brackets into a link', '**甲 [乙** 丙][x]\n\n[x]: /u'],
  ];
  it.each(differ)('refuses %s', async (_name, text) => {
    expect(readsByStretch(text)).toBe(false);
    expect(sorted(await strongByStretch(text.split('\n')))).not.toEqual(sorted(await remarkStrong(text)));
  });

  it('accepts notice text: bold clauses, numbered items without a space, page-less lines', () => {
    expect(readsByStretch('一、总体要求\n\n1.加强公开。**（县发改局牵头负责）**\n\n**（县大数据发展\n\n中心牵头负责）**\n2022年6月13日\n    缩进的行')).toBe(true);
  });

  it('finds what remark finds in the whole text, on generated Markdown-like text', async () => {
    const pieces = ['县财政局', '牵头负责', '。', '县', '甲乙', '㐀㐁', 'a县', '县a', '1县', '：', '、', '《', '》', '—', '…', '·', 'é', '\u00a0', '😀', '县😀', '①', '￥', '＊', '（', '）', '**', '**', '**', '*', '_', '__', '***', ' ', '  ', '\t', '\n', '\n', '\n\n', '\n\n',
      '\n    ', '\n#', '\n---', '\n===', '\n***', '`', '``', '[链接]', '(地址)', '[链接][]', '&amp;', '\\', '\\*', '<b>', '1.', 'a', '“', '”', '，', '\u3000'];
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let compared = 0;
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let n = 5 + next(40); n > 0; n--) text += pieces[next(pieces.length)];
      if (!readsByStretch(text)) continue;
      const lines = text.split('\n');
      expect(sorted(await strongByStretch(lines)), JSON.stringify(text)).toEqual(sorted(await remarkStrong(text)));
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });
});
