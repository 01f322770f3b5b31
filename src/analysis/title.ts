// 标题 (GB/T 9704 7.3.1): 发文机关 + 关于 + 事由 + 文种, centred in the 主体's head over one or more
// lines, before or after the 文号. Found by its wording, not its line: a notice's title (关于…的通知,
// X印发《…》) wins over the plan's own title line (2022年…工作要点), which is the title only when no
// notice wraps the plan.
import type { Para } from './paragraphs.js';
import { markerAt } from './outline.js';
import { readMetadataLine } from './metadata.js';
import { DOC_KIND_END, DRAFT, ORG_SUFFIX, TRANSMIT, WEB_FURNITURE, WENZHONG_END } from './gongwen-words.js';

/** Remove spaces next to CJK characters (letter-spacing, a line broken by a copy), keep them between Latin words. */
export const squeeze = (s: string) => s.replace(/(?<=[^\x00-\x7f])[\s\u3000]+|[\s\u3000]+(?=[^\x00-\x7f])/g, '').trim();

/** `（2016-2020年）`, `（试行）` closing a title: the 文种 stands before them. */
const TRAILING_BRACKETS = /(?:[（(][^（）()]*[)）])+$/;
/** A line that is only a year range in brackets: a plan title's second line, `（2021-2023年）`. */
const YEAR_RANGE_LINE = /^[（(][^（）()]*\d{4}[^（）()]*[)）]$/;
const TRANSMIT_OPEN = new RegExp(`(?:${TRANSMIT.source})《`);
const TRANSMIT_END = new RegExp(`(?:${TRANSMIT.source})$`);
/** `上海市人民政府办公厅印发` as a title's first line (not a web channel `信息发布`). */
const ISSUER_TRANSMITS = new RegExp(`${ORG_SUFFIX.source.replace(/\$$/, '')}(?:印发|转发|批转)$`);
const TRANSMIT_WHOLE = new RegExp(`(?:${TRANSMIT.source})《[^《》]*》$`);

/** The text with what stands inside 《》 blanked: 关于 in a cited document's name is not the title's. */
const outsideGuillemets = (s: string) => s.replace(/《[^《》]*》/g, (m) => '《' + '　'.repeat(m.length - 2) + '》');
const count = (s: string, c: string) => s.split(c).length - 1;

export interface TitleFound {
  text: string;
  lines: Para[];
  /** A notice's title (关于…的通知, X印发《…》) rather than a plan's own title line. */
  notice: boolean;
}

/** True when a title reads as finished; false while it waits for its next line. */
export function titleComplete(s: string): boolean {
  if (count(s, '《') > count(s, '》') || count(s, '“') > count(s, '”')) return false;
  if (/(?:关于|的|和|及|与|、)$/.test(s) || TRANSMIT_END.test(s)) return false;
  const core = s.replace(TRAILING_BRACKETS, '');
  if (/关于/.test(outsideGuillemets(s))) return WENZHONG_END.test(core);
  return TRANSMIT_WHOLE.test(s) || DOC_KIND_END.test(core);
}

/** A line that can be (part of) a title: no sentence punctuation, not a label, a marker or a web page's furniture. */
export function titleLike(p: Para): boolean {
  const t = p.text;
  return t.length <= 100 && !/[。：:；;！？]/.test(t) && !/[，,]$/.test(t) && !readMetadataLine(t).length
    && !WEB_FURNITURE.test(t) && !markerAt(t, 0) && !DRAFT.test(t) && !/^(?:特此|附\s*件)/.test(t);
}

/**
 * A title names its matter before its kind: `北京市政务公开工作重点任务分工`, not a column header
 * (`工作任务`) or a web site's channel (`通知公告`, `规划计划`).
 */
function endsInKind(t: string, kinds: RegExp): boolean {
  const kind = kinds.exec(t.replace(TRAILING_BRACKETS, ''));
  return t.length <= 60 && !!kind && kind.index >= 4;
}

function opensNoticeTitle(t: string): boolean {
  return /关于/.test(outsideGuillemets(t)) || TRANSMIT_OPEN.test(t) || ISSUER_TRANSMITS.test(t) || endsInKind(t, WENZHONG_END);
}

const opensPlanTitle = (t: string) => endsInKind(t, DOC_KIND_END);

/** A title of a 文种 alone or nearly (会议纪要, 督办函, 情况通报) is at most this long. */
const SHORT_TITLE_MAX = 8;

/**
 * A whole title too short to name its matter: the 文种 alone (通知, 函) or after a word or two
 * (会议纪要, 补充通知). Not two kinds side by side (a web channel `通知公告`), no numbers.
 */
export function isShortTitle(t: string): boolean {
  const core = t.replace(TRAILING_BRACKETS, '');
  const kind = WENZHONG_END.exec(core);
  if (!kind || core.length > SHORT_TITLE_MAX) return false;
  const qualifier = core.slice(0, kind.index);
  return !/[\dA-Za-z]/.test(qualifier) && !DOC_KIND_END.test(qualifier);
}

/**
 * A short title (isShortTitle) standing where a title stands: the head's first free line, or the
 * second under the issuer's name (`山东省人民检察院` / `会议纪要`), which it joins as 发文机关 +
 * 文种. Only a last resort: a short line further down is a label, and any title that names its
 * matter wins.
 */
export function findShortTitle(head: Para[], free: (p: Para) => boolean): TitleFound | null {
  const usable = (p: Para) => free(p) && titleLike(p);
  const [first, second] = head.filter(free);
  const short = (p: Para | undefined) => !!p && titleLike(p) && isShortTitle(squeeze(p.text));
  const underIssuer = !!first && titleLike(first) && !!orgsOfLine(first.text) && head.indexOf(second) === head.indexOf(first) + 1;
  const start = short(first) ? first : underIssuer && short(second) ? second : null;
  return start ? { ...joinTitle(head, head.indexOf(start), usable), notice: true } : null;
}

/**
 * The title among the head's lines: the first notice title if there is one, else the first plan
 * title. `free` says whether a line is still unclaimed (not the 文号, not the 版头).
 */
export function findTitle(head: Para[], free: (p: Para) => boolean): TitleFound | null {
  const candidates = head.filter((p) => free(p) && titleLike(p));
  for (const [opens, notice] of [[opensNoticeTitle, true], [opensPlanTitle, false]] as const) {
    const start = candidates.find((p) => opens(squeeze(p.text)));
    if (start) return { ...joinTitle(head, head.indexOf(start), (p) => free(p) && titleLike(p)), notice };
  }
  return null;
}

/** Join a title's lines: the issuer's line above `关于…`, and the lines below until the title is complete. */
export function joinTitle(lines: Para[], at: number, usable: (p: Para) => boolean): { text: string; lines: Para[] } {
  let from = at, to = at;
  const textOf = () => squeeze(lines.slice(from, to + 1).map((p) => p.text).join(''));
  // 代县人民政府办公室 / 关于印发…: the issuer's name stands on its own line(s) above, as it does
  // over a title that is its 文种 alone (山东省人民检察院 / 会议纪要).
  if (/^关于/.test(squeeze(lines[at].text)) || isShortTitle(squeeze(lines[at].text))) {
    while (from > 0 && at - from < 3 && usable(lines[from - 1]) && orgsOfLine(lines[from - 1].text)) from--;
  }
  while (!titleComplete(textOf()) && to + 1 < lines.length && to - at < 4 && usable(lines[to + 1])) to++;
  if (!titleComplete(textOf())) to = at; // no complete reading: the line alone
  const next = lines[to + 1];
  if (next && usable(next) && YEAR_RANGE_LINE.test(squeeze(next.text))) to++;
  return { text: textOf(), lines: lines.slice(from, to + 1) };
}

/**
 * The organisations a line names: one (`上海市人民政府办公厅`) or several side by side
 * (`上海市科学技术委员会  上海市经济和信息化委员会`); null when the line is not only names.
 */
export function orgsOfLine(text: string): string[] | null {
  const parts = text.trim().split(/[\s\u3000、，,]+/).filter(Boolean);
  if (parts.length > 1 && parts.every((x) => x.length >= 4 && ORG_SUFFIX.test(x))) return parts;
  const whole = squeeze(text);
  const glued = splitGluedOrgs(whole);
  if (glued) return glued;
  return whole.length >= 2 && whole.length <= 30 && ORG_SUFFIX.test(whole) ? [whole] : null;
}

/**
 * Joint issuers whose gap a PDF's text took out: `某市人民政府办公室某市司法局`. Offices of one joint
 * notice share their place name, so a new name starts where the first name's place recurs right
 * after a name's ending (`中共某县县委` names its place after 中共).
 */
function splitGluedOrgs(s: string): string[] | null {
  const place = s.startsWith('中共') ? s.slice(2, 4) : s.slice(0, 2);
  if (place.length < 2) return null;
  const names: string[] = [];
  let from = 0;
  for (let i = 4; i < s.length - 3; i++) {
    const starts = s.startsWith(place, i) || s.startsWith(`中共${place}`, i);
    if (starts && i - from >= 4 && ORG_SUFFIX.test(s.slice(from, i))) { names.push(s.slice(from, i)); from = i; }
  }
  names.push(s.slice(from));
  return names.length > 1 && names.every((x) => x.length <= 30 && ORG_SUFFIX.test(x)) ? names : null;
}

/**
 * The issuers named in front of a notice's title: `X关于…`, `X印发《…》`, `X Y关于…` (joint), or
 * a line of names over the title's 文种 (`山东省人民检察院` / `会议纪要`).
 */
export function issuersOfTitle(lines: Para[]): string[] {
  const raw = outsideGuillemets(lines.map((p) => p.text).join(' '));
  const at = raw.search(new RegExp(`关于|(?:${TRANSMIT.source})《`));
  if (at > 0) return orgsOfLine(raw.slice(0, at)) ?? [];
  const rest = squeeze(lines.slice(1).map((p) => p.text).join(''));
  return at < 0 && lines.length > 1 && isShortTitle(rest) ? orgsOfLine(lines[0].text) ?? [] : [];
}

/** The document a notice transmits: 关于印发《X》的通知 → X; 关于印发X的通知 → X. */
export function transmittedTitle(title: string): string | null {
  const quoted = new RegExp(`(?:${TRANSMIT.source})《([^《》]+)》`).exec(title);
  if (quoted) return quoted[1];
  const bare = new RegExp(`(?:${TRANSMIT.source})(.+?)的?(?:${WENZHONG_END.source})`).exec(title);
  return bare && DOC_KIND_END.test(bare[1].replace(TRAILING_BRACKETS, '')) ? bare[1] : null;
}
