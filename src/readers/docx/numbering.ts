// Word automatic numbering (w:numPr → numbering.xml), rebuilt as the marker text Word shows:
// "一、", "（一）", "1.", "(a)". Counting follows Word: one counter set per list (a w:num that
// overrides a start value is a list of its own; other w:num sharing an abstractNum continue it),
// a level restarts when a higher level advances (unless w:lvlRestart says otherwise).
import { child, children, onOff, parseXmlTree, val, type XmlElement } from './xml.js';
import type { NumPr, Styles } from './styles.js';
import { readFirstLineIndent } from './styles.js';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: 0 = never restart; n = restart after level n-1 (0-based) or higher is used. */
  restart?: number;
  isLgl: boolean;
  /** w:suff: what Word puts between marker and text ('tab' when absent). */
  suff: string;
  pStyle?: string;
  firstLineIndent?: boolean;
}

interface AbstractDef {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; lvl?: LevelDef }>;
}

/**
 * Bounds on what numbering.xml may ask for. Word's own dialog allows start values up to 32767 and
 * level texts far shorter than 64 characters; without these bounds `w:start 2147483647` in
 * upperLetter renders every marker as 82 million Z's, and a 1 MB `w:lvlText` is copied into
 * every numbered paragraph.
 */
export const MAX_START = 32767;
export const MAX_LVLTEXT = 64;
/** A rendered marker is cut here: 32767 in letters is 1,261 of them. */
export const MAX_MARKER = 100;

function readStart(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d+$/.test(s)) return undefined;
  return Math.min(MAX_START, Math.max(0, parseInt(s, 10)));
}

function readLevel(el: XmlElement): LevelDef {
  const restartS = val(el, 'w:lvlRestart');
  return {
    start: readStart(val(el, 'w:start')) ?? 0,
    numFmt: val(el, 'w:numFmt') ?? 'decimal',
    lvlText: (val(el, 'w:lvlText') ?? '').slice(0, MAX_LVLTEXT),
    restart: restartS !== undefined && /^\d+$/.test(restartS) ? parseInt(restartS, 10) : undefined,
    isLgl: onOff(child(el, 'w:isLgl')) ?? false,
    suff: val(el, 'w:suff') ?? 'tab',
    pStyle: val(el, 'w:pStyle'),
    firstLineIndent: readFirstLineIndent(child(child(el, 'w:pPr'), 'w:ind')),
  };
}

function levelIndex(el: XmlElement): number {
  const s = el.attrs['w:ilvl'];
  return s !== undefined && /^\d+$/.test(s) ? parseInt(s, 10) : 0;
}

export interface ResolvedNumbering {
  numId: string;
  ilvl: number;
}

export class NumberingDefs {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();

  constructor(
    xml: string | undefined,
    private readonly styles: Styles,
  ) {
    if (!xml) return;
    const root = child(parseXmlTree(xml), 'w:numbering');
    for (const a of children(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const l of children(a, 'w:lvl')) if (!levels.has(levelIndex(l))) levels.set(levelIndex(l), readLevel(l));
      this.abstracts.set(id, { id, levels, numStyleLink: val(a, 'w:numStyleLink') });
    }
    for (const n of children(root, 'w:num')) {
      const id = n.attrs['w:numId'];
      const abstractId = val(n, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; lvl?: LevelDef }>();
      for (const o of children(n, 'w:lvlOverride')) {
        const lvlEl = child(o, 'w:lvl');
        overrides.set(levelIndex(o), {
          start: readStart(val(o, 'w:startOverride')),
          lvl: lvlEl ? readLevel(lvlEl) : undefined,
        });
      }
      this.nums.set(id, { abstractId, overrides });
    }
  }

  get empty(): boolean {
    return this.nums.size === 0;
  }

  /** The abstract numbering a w:num uses, following w:numStyleLink to the numbering style's list. */
  private abstractFor(numId: string): AbstractDef | undefined {
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const num = this.nums.get(id);
      if (!num) return undefined;
      const abs = this.abstracts.get(num.abstractId);
      if (!abs) return undefined;
      if (!abs.numStyleLink || abs.levels.size > 0) return abs;
      id = this.styles.numberingStyleNumId(abs.numStyleLink);
    }
    return undefined;
  }

  level(numId: string, ilvl: number): LevelDef | undefined {
    const num = this.nums.get(numId);
    const o = num?.overrides.get(ilvl);
    if (o?.lvl) return o.lvl;
    return this.abstractFor(numId)?.levels.get(ilvl);
  }

  /** Key of the counter set a w:num advances. */
  listKey(numId: string): string {
    const num = this.nums.get(numId);
    if (num && [...num.overrides.values()].some((o) => o.start !== undefined || o.lvl)) return 'num:' + numId;
    const abs = this.abstractFor(numId);
    return abs ? 'abs:' + abs.id : 'num:' + numId;
  }

  startOf(numId: string, ilvl: number): number {
    const o = this.nums.get(numId)?.overrides.get(ilvl);
    if (o?.start !== undefined) return o.start;
    return this.level(numId, ilvl)?.start ?? 0;
  }

  /**
   * Which list and level a paragraph belongs to, from its direct w:numPr and its style's.
   * numId 0 switches numbering off.
   */
  resolve(direct: NumPr | undefined, pStyle: string | undefined): ResolvedNumbering | undefined {
    const style = this.styles.numPr(pStyle);
    const numId = direct?.numId ?? style?.numId;
    if (numId === undefined || numId === '0' || !this.nums.has(numId)) return undefined;
    let ilvl = direct?.numId !== undefined ? (direct.ilvl ?? 0) : (direct?.ilvl ?? style?.ilvl);
    if (ilvl === undefined) {
      // A style linked from a level (w:lvl/w:pStyle) takes that level.
      const styleId = this.styles.paragraphStyle(pStyle);
      const abs = this.abstractFor(numId);
      if (abs && styleId) for (const [i, l] of abs.levels) if (l.pStyle === styleId && ilvl === undefined) ilvl = i;
    }
    return { numId, ilvl: ilvl ?? 0 };
  }
}

/** Counts numbered paragraphs in document order and renders their markers. */
export class NumberingCounter {
  private readonly counts = new Map<string, Array<number | undefined>>();

  constructor(private readonly defs: NumberingDefs) {}

  /** Advance the list for one paragraph and return its marker text ('' for none / no number). */
  next(r: ResolvedNumbering): { text: string; level: LevelDef } | undefined {
    const level = this.defs.level(r.numId, r.ilvl);
    if (!level) return undefined;
    const key = this.defs.listKey(r.numId);
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = new Array<number | undefined>(9).fill(undefined)));
    const cur = c[r.ilvl];
    c[r.ilvl] = cur === undefined ? this.defs.startOf(r.numId, r.ilvl) : cur + 1;
    for (let j = r.ilvl + 1; j < 9; j++) {
      const lj = this.defs.level(r.numId, j);
      const restart = lj?.restart;
      if (restart === undefined || (restart !== 0 && r.ilvl < restart)) c[j] = undefined;
    }
    if (level.numFmt === 'none') return { text: stripPlaceholders(level.lvlText), level };
    if (level.numFmt === 'bullet') return { text: bulletText(level.lvlText), level };
    const counts = c;
    const text = level.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = parseInt(d, 10) - 1;
      const lk = this.defs.level(r.numId, k);
      if (!lk) return '';
      const n = counts[k] ?? this.defs.startOf(r.numId, k);
      const fmt = level.isLgl && k < r.ilvl ? 'decimal' : lk.numFmt;
      return fmt === 'none' ? '' : formatNumber(n, fmt);
    });
    return { text: withSeparator(text.slice(0, MAX_MARKER), level), level };
  }
}

/**
 * A marker that ends in a word character ("第一条", "1") is followed by Word's tab or space
 * (w:suff); keep one space so marker and text do not run together. Markers that end in
 * punctuation ("一、", "1.", "（一）") are kept as typed documents write them, with nothing after.
 */
function withSeparator(text: string, level: LevelDef): string {
  if (level.suff === 'nothing' || !text) return text;
  return /[\p{L}\p{N}]$/u.test(text) ? text + ' ' : text;
}

function stripPlaceholders(s: string): string {
  return s.replace(/%[1-9]/g, '');
}

// Symbol / Wingdings private-use bullets as Word stores them.
const BULLETS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF06C': '●',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF076': '❖',
  '\uF0FC': '✓',
  '\uF06E': '■',
  '\uF075': '◆',
  '\uF0A8': '□',
};

function bulletText(s: string): string {
  return [...s].map((ch) => BULLETS[ch] ?? ch).join('');
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_S = '零壹贰叁肆伍陆柒捌玖';
const CN_LEGAL_T = '零壹貳參肆伍陸柒捌玖';
const GAN = '甲乙丙丁戊己庚辛壬癸';
const ZHI = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting: 一 … 十, 十一, 二十一, 一百零一, 一千零一十. */
function chineseCounting(n: number, digits = '零一二三四五六七八九', units = ['', '十', '百', '千'], big = ['', '万', '亿']): string {
  if (n === 0) return digits[0];
  if (n < 0) return String(n);
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 10000)) groups.push(x % 10000);
  if (groups.length > big.length) return String(n);
  let out = '';
  let needZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g];
    if (v === 0) {
      needZero = out !== '';
      continue;
    }
    if (out && (v < 1000 || needZero)) out += digits[0];
    needZero = false;
    let part = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(v / 10 ** i) % 10;
      if (d === 0) {
        if (part) zero = true;
        continue;
      }
      if (zero) part += digits[0];
      zero = false;
      part += digits[d] + units[i];
    }
    out += part + big[g];
  }
  // 一十 → 十 at the head (十一, not 一十一), as Word writes it.
  if (units[1] === '十' && out.startsWith(digits[1] + '十')) out = out.slice(1);
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function enclosed(n: number, ranges: Array<[number, number, number]>): string {
  for (const [from, to, base] of ranges) if (n >= from && n <= to) return String.fromCodePoint(base + n - from);
  return String(n);
}

const CARDINAL = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen', 'Twenty'];

/** Render a number in a w:numFmt. Unknown formats fall back to decimal. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]]);
    case 'decimalEnclosedFullstop':
      return enclosed(n, [[1, 20, 0x2488]]);
    case 'decimalEnclosedParen':
      return enclosed(n, [[1, 20, 0x2474]]);
    case 'ideographEnclosedCircle':
      return enclosed(n, [[1, 10, 0x3280]]);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL_S, ['', '拾', '佰', '仟'], ['', '万', '亿']);
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chineseCounting(n, CN_LEGAL_T, ['', '拾', '佰', '仟'], ['', '萬', '億']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? GAN[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? ZHI[n - 1] : String(n);
    case 'ideographZodiacTraditional':
      return n >= 1 && n <= 60 ? GAN[(n - 1) % 10] + ZHI[(n - 1) % 12] : String(n);
    case 'ordinal': {
      const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
      return n + s;
    }
    case 'cardinalText':
      return CARDINAL[n] ?? String(n);
    default:
      return String(n);
  }
}
