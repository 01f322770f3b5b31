// Deadlines (完成时限): the raw text kept, normalised to { raw, date, kind } per GOLD.md,
// using the plan's year when the text names none.
import { parseChineseNumeral } from './numerals.js';
import { looksLikeUnit, splitUnits } from './units.js';

export type DeadlineKind = 'yearRound' | 'by' | 'ongoing' | 'recurring' | 'unparsed';
export interface Deadline { raw: string; date: string | null; kind: DeadlineKind }

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const num = (s: string) => parseChineseNumeral(s);

/** A day: `2022年6月30日前`. */
const A_DAY = new RegExp(`(?:(\\d{4})年)?(${NUM})月(${NUM})日`);
/** A month: `2022年10月`, `10月底前`, `2022年9月中旬`. */
const A_MONTH = new RegExp(`(?:(\\d{4})年)?(${NUM})月(上旬|中旬|下旬|初)?`);

/** `2016年开始，3年内完成` → the end of the last of those years. */
const START_AND_SPAN = new RegExp(`(\\d{4})年(?:开始|起|启动)[，,]?(?:用|力争)?(${NUM})年(?:内|时间)`);

/**
 * Normalise a deadline; `planYear` fills in a missing year. Never throws. A deadline in parts
 * (`2016年底前完成，持续推进`, staged batches `第一批…2017年12月底前；…第三批…2018年12月底前完成`)
 * is due when its last dated part is; a part without a year takes the year of the part before.
 */
export function normaliseDeadline(raw: string, planYear: number | null): Deadline {
  const compact = raw.replace(/[\s\u3000*]/g, '');
  const span = START_AND_SPAN.exec(compact);
  if (span) {
    const y = Number(span[1]) + num(span[2]) - 1;
    return { raw: raw.trim(), date: iso(y, 12, 31), kind: 'by' };
  }
  const parts = compact.split(/[，,；;。]/).filter(Boolean);
  if (parts.length < 2) return normaliseOne(raw, planYear);
  let best: Deadline | null = null;
  let year = planYear;
  for (const part of parts) {
    const d = normaliseOne(part, year);
    const explicit = /(\d{4})年/.exec(part);
    if (explicit) year = Number(explicit[1]);
    if (d.kind === 'unparsed') continue;
    if (!best || (d.date && (!best.date || d.date > best.date))) best = d;
  }
  return best ? { raw: raw.trim(), date: best.date, kind: best.kind } : { raw: raw.trim(), date: null, kind: 'unparsed' };
}

function normaliseOne(raw: string, planYear: number | null): Deadline {
  let text = raw.replace(/[\s\u3000*]/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  // Numeric dates as spreadsheets write them: 2022-12-31, 2022/6/30, 2022.10 (before ranges: `-` is no range here).
  const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:日)?(?:前|以前|之前)?$/.exec(text);
  if (numeric) {
    const y = Number(numeric[1]), mo = Number(numeric[2]), d = numeric[3] ? Number(numeric[3]) : NaN;
    if (mo >= 1 && mo <= 12) {
      if (Number.isNaN(d)) return { raw: raw.trim(), date: iso(y, mo, lastDay(y, mo)), kind: 'by' };
      if (d >= 1 && d <= lastDay(y, mo)) return { raw: raw.trim(), date: iso(y, mo, d), kind: 'by' };
    }
  }
  // A range (`2022年9月—12月`, `9月至2023年6月`) ends at its last part, in the first part's year if it names none.
  const range = /^(.*\d[年月日]?)(?:—|–|-|－|~|～|至|到)(.*\d.*)$/.exec(text);
  if (range) {
    const year = /^(\d{4})年/.exec(range[1])?.[1];
    text = /^\d{4}年/.test(range[2]) || !year ? range[2] : `${year}年${range[2]}`;
  }
  const out = (date: string | null, kind: DeadlineKind): Deadline => ({ raw: raw.trim(), date, kind });
  const yearOf = (y: string | undefined) => (y ? Number(y) : planYear);

  if (/^全年|^(?:\d{4}年)?全年(?:持续|完成|推进)?/.test(text)) {
    const y = yearOf(/^(\d{4})年/.exec(text)?.[1]);
    return out(y ? iso(y, 12, 31) : null, 'yearRound');
  }
  // A day: 2022年6月30日前
  let m = A_DAY.exec(text);
  if (m) {
    const y = yearOf(m[1]), mo = num(m[2]), d = num(m[3]);
    if (y && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) return out(iso(y, mo, d), 'by');
  }
  // A month: 2022年10月, 10月底前, 2022年9月中旬
  m = A_MONTH.exec(text);
  if (m) {
    const y = yearOf(m[1]), mo = num(m[2]);
    if (y && mo >= 1 && mo <= 12) {
      const d = m[3] === '上旬' || m[3] === '初' ? 10 : m[3] === '中旬' ? 20 : lastDay(y, mo);
      return out(iso(y, mo, d), 'by');
    }
  }
  // Year parts: 上半年, 三季度, 年中
  m = /(?:(\d{4})年)?(?:第)?([一二三四1-4])季度/.exec(text);
  if (m) {
    const y = yearOf(m[1]), q = num(m[2]);
    if (y) return out(iso(y, q * 3, lastDay(y, q * 3)), 'by');
  }
  m = /(?:(\d{4})年)?(上半年|年中|下半年)/.exec(text);
  if (m) {
    const y = yearOf(m[1]);
    if (y) return out(m[2] === '下半年' ? iso(y, 12, 31) : iso(y, 6, 30), 'by');
  }
  // A year's end: 2022年底前, 年底前, 2021年年底前, 年内
  m = /(?:(\d{4})年)?(?:年底|年末|底|年内|末|内)/.exec(text);
  if (m && (m[1] || /^(?:年底|年末|年内)/.test(text))) {
    const y = yearOf(m[1]);
    if (y) return out(iso(y, 12, 31), 'by');
  }
  m = /^(\d{4})年(?:前|以前|之前)?(?:完成|建成|实现|到位)?$/.exec(text);
  if (m) return out(iso(Number(m[1]), 12, 31), 'by');
  if (/持续|长期|常态|经常|常年|动态|及时|即时|随时|根据.*需要|按要求|按时/.test(text)) return out(null, 'ongoing');
  if (/每(?:年|半年|季|季度|月|周|旬)|定期|逐月|按月|按季/.test(text)) return out(null, 'recurring');
  return out(null, 'unparsed');
}

/** A date or period a deadline names; `2022年` alone is not one (a plan's year in a title). */
const DATE_WORD = /\d{4}年(?:[底末内中前]|开始|起|启动|[上下]半年|第?[一二三四1-4]季度|\d|[一二三四五六七八九十])|\d{4}[-/.]\d{1,2}(?!\d)|[\d一二三四五六七八九十]{1,2}月|年底|年末|年内|年中|上半年|下半年|全年|季度|长期|持续|常态|每(?:年|半年|季度|季|月|周|旬)|定期|及时|即时|随时|立即|常年|第[一二三四五六七八九十]批|阶段/;
/** Words that make a segment about who, not when. */
const NOT_A_DEADLINE = /牵头|负责|单位|部门|配合|参与|协办|[局委办厅处科]$/;

/** Does this text read as a deadline (a clause segment holding only a date or period)? */
export function looksLikeDeadline(text: string): boolean {
  const t = text.replace(/[\s\u3000]/g, '');
  if (!t || t.length > 40 || NOT_A_DEADLINE.test(t)) return false;
  if (/^\d{4}年$/.test(t)) return false;
  const m = DATE_WORD.exec(t);
  // `县财政局、县税务局按季度报送`: units first, then a date word, is about who.
  if (m && m.index > 0 && splitUnits(t.slice(0, m.index)).some(looksLikeUnit)) return false;
  return !!m || /^\d{4}年(?:前|完成|以前)$/.test(t);
}
