// 落款 and 成文日期 (GB/T 9704 7.3.5): the issuers' names, one a line (a joint notice names several),
// then the date standing alone; or a name and the date on one line. The first such date is the
// 成文日期 (the 版记's 印发 date comes later and carries 印发).
import type { Para } from './paragraphs.js';
import { CHINESE_DATE_SRC, parseChineseDate } from './chinese-date.js';
import { orgsOfLine } from './title.js';

export interface SignOff { date: string | null; issuers: string[]; lines: Para[] }

const DATE_LINE = new RegExp(`^${CHINESE_DATE_SRC}$`);
const NAME_AND_DATE = new RegExp(`^(.{2,60}?)\\s+(${CHINESE_DATE_SRC})$`);
/** How far above its date a joint notice's list of issuers may reach. */
const MAX_ISSUER_LINES = 8;

/** The first 落款: a date line (with the issuer lines above it), or a name and a date on one line. */
export function findSignOff(paras: Para[], free: (p: Para) => boolean): SignOff | null {
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (!free(p) || !endsInDay(p.text)) continue; // both forms end in the date's 日
    const text = p.text.replace(/\s+/g, ' ');
    const withName = NAME_AND_DATE.exec(text);
    const named = withName ? orgsOfLine(withName[1]) : null;
    if (!DATE_LINE.test(text.replace(/\s/g, '')) && !named) continue;
    const above = issuersAbove(paras, k, free);
    return {
      date: parseChineseDate(text)?.iso ?? null,
      issuers: [...above.issuers, ...(named ?? [])],
      lines: [...above.lines, p],
    };
  }
  return null;
}

/** The last character before any trailing whitespace is 日 (a loop: `/日\s*$/` retries from every space of a run). */
function endsInDay(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text[end - 1] === '日';
}

/** The lines of names right above line `k`, in order. */
function issuersAbove(paras: Para[], k: number, free: (p: Para) => boolean): { issuers: string[]; lines: Para[] } {
  const issuers: string[] = [];
  const lines: Para[] = [];
  for (let j = k - 1; j >= 0 && k - j <= MAX_ISSUER_LINES; j--) {
    const orgs = free(paras[j]) ? orgsOfLine(paras[j].text) : null;
    if (!orgs) break;
    issuers.unshift(...orgs);
    lines.unshift(paras[j]);
  }
  return { issuers, lines };
}
