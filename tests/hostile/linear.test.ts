// Work grows linearly with the input for every pattern that was once super-linear (README,
// "Limits"). Nothing here is held to a clock: each check runs the same code on n and on 8n in one
// process and asserts the work grew less than 4 × 8 (linear: 8, quadratic: 64; the slack absorbs GC and caches). Work is this
// process's CPU time, not wall time, so other processes on a busy machine barely move it.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/analysis/outline.js';
import { type Item } from '../../src/analysis/paragraphs.js';
import { matchBracket, trimAll } from '../../src/analysis/text.js';
import { parseText } from '../../src/pipeline.js';

const FACTOR = 8;
const SLACK = 4;

async function cost(run: () => unknown, times: number): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < times; k++) {
    const t = process.cpuUsage();
    await run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** How much more the run on FACTOR × n costs than on n (best of a few runs each). */
async function growth(make: (n: number) => () => unknown, n: number): Promise<number> {
  const bigRun = make(n * FACTOR);
  await cost(bigRun, 1); // warm up: the JIT optimises a function only after many calls or loop turns
  const small = await cost(make(n), 7);
  const large = await cost(bigRun, 2);
  return large / Math.max(small, 1);
}

const HEAD = '关于印发2022年某县政务公开工作要点的通知\n一、总体要求\n';

/**
 * The hostile patterns, through the whole pipeline. `pending` names the code that is still
 * super-linear: it lives in files being rewritten by other issues and is reported there.
 */
const PATTERNS: Array<{ name: string; n: number; text: (n: number) => string; pending?: string }> = [
  { name: '`**a` repeated', n: 6000, text: (n) => HEAD + '**a'.repeat(n) + '\n' },
  { name: 'hard-wrapped lines without punctuation', n: 1000, text: (n) => HEAD + '加强管理\n'.repeat(n) },
  { name: 'unclosed （', n: 1000, text: (n) => HEAD + '加强管理' + '（'.repeat(n) + '\n' },
  { name: 'a run of spaces', n: 4000, text: (n) => HEAD + '加强管理' + ' '.repeat(n) + 'a（县财政局牵头负责）\n' },
  { name: 'a run of 　', n: 4000, text: (n) => HEAD + '加强管理' + '　'.repeat(n) + 'a（县财政局牵头负责）\n' },
  { name: 'a run of spaces before 印发', n: 4000, text: (n) => HEAD + '县政府办公室' + ' '.repeat(n) + '2022年3月1日印发\n' },
  { name: 'a run of 、 in a clause', n: 4000, text: (n) => HEAD + '加强管理。（牵头单位：县' + '、'.repeat(n) + '局）\n' },
  // (elements.ts findElements still calls items.indexOf(p) for each paragraph of the head: cheap
  // per step, it shows only past tens of thousands of headings.)
  { name: 'thousands of headings', n: 2000, text: (n) => HEAD + Array.from({ length: n }, (_, i) => `${(i % 99) + 1}.加强\n`).join('') },
  { name: 'one line of clauses', n: 500, text: (n) => HEAD + '加强管理。（县财政局牵头负责）'.repeat(n) + '\n' },
  { name: 'one-cell TAB rows', n: 1000, text: (n) => HEAD + '\t序号\n\n'.repeat(n) },
];

describe('linear in the input, through the pipeline', () => {
  for (const p of PATTERNS) {
    it.skipIf(!!p.pending)(`${p.name}${p.pending ? ` (pending: ${p.pending})` : ''}`, async () => {
      const g = await growth((n) => { const text = p.text(n); return () => parseText(text); }, p.n);
      expect(g).toBeLessThan(FACTOR * SLACK);
    }, 120_000);
  }
});

describe('linear in the input, stage by stage', () => {
  it('trimAll is what the regex was', () => {
    for (const s of ['', ' ', ' a ', '\u3000\u00a0a b\ufeff\t\n', 'a', '\u2003x\u2003', '　　县财政局　 '])
      expect(trimAll(s)).toBe(s.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, ''));
  });

  it('trimAll on a run of spaces inside the text', async () => {
    const g = await growth((n) => { const s = 'a' + ' '.repeat(n) + 'b' + '　'.repeat(n); return () => trimAll(s); }, 200_000);
    expect(g).toBeLessThan(FACTOR * SLACK);
  });

  it('matchBracket for every opener of a text of unclosed （', async () => {
    const g = await growth((n) => {
      const s = '加强' + '（'.repeat(n);
      return () => { for (let i = 2; i < s.length; i++) matchBracket(s, i); };
    }, 20_000);
    expect(g).toBeLessThan(FACTOR * SLACK);
  });

  it('matchBracket gives what scanning for the close gives', () => {
    const scan = (t: string, open: number) => {
      const kind = (c: string) => ('（(<〈）)>〉'.includes(c) ? 0 : '〔［[【〕］]】'.includes(c) ? 1 : 2);
      let depth = 0;
      for (let i = open; i < t.length; i++) {
        if ('（(〔［[【<〈《'.includes(t[i]) && kind(t[i]) === kind(t[open])) depth++;
        else if ('）)〕］]】>〉》'.includes(t[i]) && kind(t[i]) === kind(t[open]) && --depth === 0) return i;
      }
      return -1;
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '（）()【】〔〕《》<>a';
    for (let k = 0; k < 300; k++) {
      const t = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      for (let i = 0; i < t.length; i++) expect(matchBracket(t, i), `${t} @${i}`).toBe(scan(t, i));
    }
  });

  it('buildOutline on thousands of headings', async () => {
    const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({
      kind: 'para', text: `${(i % 99) + 1}.加强`, bold: new Uint8Array(0), segments: [], source: { line: i + 1 },
    }) as unknown as Item);
    const g = await growth((n) => { const it = items(n); return () => buildOutline(it); }, 8000);
    expect(g).toBeLessThan(FACTOR * SLACK);
  });
});
