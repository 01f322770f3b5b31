// Responsibility clauses: the bracket (often bold) that names who does a task and by when.
// Styles seen in notices, each handled here and tested in tests/analysis/clause.test.ts:
//   （县发改局牵头负责）  （县发改局、县住建局分别牵头负责）  （各有关单位分别负责）
//   （县政府信息中心牵头，县直各部门、各乡<镇>人民政府负责）
//   （责任单位：市政府各部门，各县（市、区）人民政府。完成时限：全年）   （责任部门：…）
//   (责任时限:2022 年底前,牵头单位:市财政局,责任单位:各县(区)政府,市政府各部门)
//   （市教育局、市卫健委等有关部门，各县（市、区）人民政府。完成时限：2022年10月）  — unlabelled list
import { looksLikeDeadline } from './deadline.js';
import { isCloseBracket, matchBracket, splitOutsideBrackets } from './text.js';
import { looksLikeUnit, splitUnits } from './units.js';

export type ClauseStyle = 'labelled' | 'lead' | 'responsible' | 'lead-responsible' | 'unit-list' | 'deadline';

export interface ClauseContent {
  style: ClauseStyle;
  leadUnits: string[];
  responsibleUnits: string[];
  cooperatingUnits: string[];
  deadlineRaw: string | null;
}

export interface Clause extends ClauseContent {
  /** Offset of the opening bracket (or of the bold span) in the paragraph text. */
  start: number;
  /** Offset just after the closing bracket. */
  end: number;
  raw: string;
  closed: boolean;
  bold: boolean;
}

type Role = 'lead' | 'responsible' | 'cooperating' | 'deadline';
const LABELS: [RegExp, Role][] = [
  [/^(?:牵头单位|牵头部门|主责单位|牵头)$/, 'lead'],
  [/^(?:责任单位|责任部门|责任主体|承办单位|实施单位|落实单位|责任)$/, 'responsible'],
  [/^(?:配合单位|配合部门|协办单位|协同单位|参与单位|配合|协办)$/, 'cooperating'],
  [/^(?:完成时限|责任时限|完成时间|时限要求|时间要求|时限|时间节点|完成期限|办结时限|时间安排)$/, 'deadline'],
];
const LABEL_RE = /(牵头单位|牵头部门|主责单位|责任单位|责任部门|责任主体|承办单位|实施单位|落实单位|配合单位|配合部门|协办单位|协同单位|参与单位|完成时限|责任时限|完成时间|时限要求|时间要求|时间节点|完成期限|办结时限|时间安排|时限|牵头|配合|协办|责任)[:：]/g;

const roleOf = (label: string): Role => LABELS.find(([re]) => re.test(label))![1];
const trimSeparators = (s: string) => s.replace(/^[，,。；;、\s]+|[，,。；;、\s]+$/g, '');

/**
 * Read the inside of a bracket as a responsibility clause, or return null when it is
 * something else (a cited 文号, an example, a remark).
 */
export function parseClauseContent(inner: string, opts: { atSentenceEnd?: boolean } = {}): ClauseContent | null {
  const s = inner.replace(/[\s\u3000*]/g, '');
  if (!s) return null;
  const result: ClauseContent = { style: 'labelled', leadUnits: [], responsibleUnits: [], cooperatingUnits: [], deadlineRaw: null };

  const labels = [...s.matchAll(LABEL_RE)];
  if (labels.length) {
    const before = trimSeparators(s.slice(0, labels[0].index));
    if (before) {
      // `（市教育局、市卫健委等有关部门，各县（市、区）人民政府。完成时限：…）`: units before the first label.
      const units = splitUnits(before);
      if (!units.length || !units.every(looksLikeUnit)) return null;
      result.responsibleUnits.push(...units);
    }
    labels.forEach((m, k) => {
      const from = m.index! + m[0].length;
      const to = k + 1 < labels.length ? labels[k + 1].index! : s.length;
      const value = trimSeparators(s.slice(from, to));
      const role = roleOf(m[1]);
      if (role === 'deadline') result.deadlineRaw = value;
      else if (role === 'lead') result.leadUnits.push(...splitUnits(value));
      else if (role === 'responsible') result.responsibleUnits.push(...splitUnits(value));
      else result.cooperatingUnits.push(...splitUnits(value));
    });
    // Keep the deadline as written (with its spaces) when it can be found in the original.
    if (result.deadlineRaw) result.deadlineRaw = rawSpan(inner, result.deadlineRaw);
    return result;
  }

  // Unlabelled forms: "X牵头，Y负责", "X牵头负责", "X分别负责", an optional deadline part.
  let body = s;
  let deadlineRaw: string | null = null;
  const parts = splitOutsideBrackets(body, '，,；;');
  if (parts.length > 1 && looksLikeDeadline(parts[parts.length - 1])) {
    deadlineRaw = parts.pop()!;
    body = parts.join('，');
  }
  const leadResp = /^(.+?)(?:分别|共同)?牵头(?:负责)?[，,；;、](.+?)(?:分别|共同)?(负责|配合|参与|落实)$/.exec(body);
  const respCoop = /^(.+?)(?:分别|共同)?负责[，,；;、](.+?)(?:配合|参与|协助|协办)$/.exec(body);
  const leadOnly = /^(.+?)(?:分别|共同)?牵头(?:负责|落实)?$/.exec(body);
  const respOnly = /^(.+?)(?:分别|共同|具体)?(?:负责|落实)$/.exec(body);
  const done = (style: ClauseStyle, lead: string[], resp: string[], coop: string[] = []): ClauseContent | null => {
    const all = [...lead, ...resp, ...coop];
    if (!all.length || !all.every((u) => u.length <= 40 && !/[。！？“”"的]/.test(u))) return null;
    return { style, leadUnits: lead, responsibleUnits: resp, cooperatingUnits: coop, deadlineRaw: deadlineRaw && rawSpan(inner, deadlineRaw) };
  };
  if (leadResp) {
    const others = splitUnits(leadResp[2]);
    return leadResp[3] === '配合' || leadResp[3] === '参与'
      ? done('lead-responsible', splitUnits(leadResp[1]), [], others)
      : done('lead-responsible', splitUnits(leadResp[1]), others);
  }
  if (respCoop) return done('responsible', [], splitUnits(respCoop[1]), splitUnits(respCoop[2]));
  if (leadOnly) return done('lead', splitUnits(leadOnly[1]), []);
  if (respOnly) return done('responsible', [], splitUnits(respOnly[1]));
  // A bare list of units, where a clause stands (after a sentence): `（县发改局、县财政局）`.
  if (opts.atSentenceEnd) {
    const units = splitUnits(body);
    // One short word in brackets (`（大厅）`) is a remark, not a list of units.
    if (units.length && units.every(looksLikeUnit) && (units.length > 1 || units[0].length >= 4)) return done('unit-list', [], units);
    if (!deadlineRaw && looksLikeDeadline(body)) {
      return { style: 'deadline', leadUnits: [], responsibleUnits: [], cooperatingUnits: [], deadlineRaw: rawSpan(inner, body) };
    }
  }
  return null;
}

/** The stretch of `original` that reads as `compact` once whitespace is ignored. */
function rawSpan(original: string, compact: string): string {
  const chars = [...original];
  const want = compact;
  for (let i = 0; i < chars.length; i++) {
    let j = i, k = 0;
    while (j < chars.length && k < want.length) {
      if (/[\s\u3000*]/.test(chars[j])) { j++; continue; }
      if (chars[j] !== want[k]) break;
      j++; k++;
    }
    if (k === want.length) return chars.slice(i, j).join('').trim();
  }
  return compact;
}

// Round brackets in either width; some offices set clauses in 【】 instead.
const OPENERS = '（(【';
const SENTENCE_BOUNDARY = /[。；;！？!?]$/;

/**
 * Find the responsibility clauses in a paragraph. `bold` (1 per bold char) is a strong hint:
 * a bold span that reads as a clause counts even without brackets.
 */
export function findClauses(text: string, bold?: Uint8Array): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPENERS.includes(text[i])) continue;
    const close = matchBracket(text, i);
    const end = close < 0 ? text.length : close + 1;
    const inner = text.slice(i + 1, close < 0 ? text.length : close);
    const before = text.slice(0, i).replace(/[\s\u3000*]+$/, '');
    const after = text.slice(end).replace(/^[\s\u3000*]+/, '');
    const atSentenceEnd = (before === '' || SENTENCE_BOUNDARY.test(before)) || after === '';
    const content = parseClauseContent(inner, { atSentenceEnd });
    if (!content) {
      // Skip over brackets inside brackets: `（详见《…》（2022年版））` is not two clauses.
      if (close > i) i = close;
      continue;
    }
    // A bracket that never closes is a clause only when it clearly is one (labelled or 负责).
    if (close < 0 && content.style === 'unit-list') continue;
    clauses.push({ ...content, start: i, end, raw: text.slice(i, end), closed: close >= 0, bold: !!bold && isBold(bold, i + 1, end - 1) });
    i = end - 1;
  }
  clauses.push(...labelledLines(text, clauses));
  if (bold) clauses.push(...boldClauses(text, bold, clauses));
  return clauses.sort((a, b) => a.start - b.start);
}

const isBold = (bold: Uint8Array, from: number, to: number): boolean => {
  let n = 0, b = 0;
  for (let k = from; k < to; k++) { n++; if (bold[k]) b++; }
  return n > 0 && b / n > 0.6;
};

/** Bold spans without brackets that read as clauses: `**县发改局牵头负责**`. */
function boldClauses(text: string, bold: Uint8Array, found: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < text.length; ) {
    if (!bold[i]) { i++; continue; }
    let j = i;
    while (j < text.length && bold[j]) j++;
    const inside = found.some((c) => i < c.end && j > c.start);
    const span = text.slice(i, j).replace(/[。；;，,\s]+$/, '');
    if (!inside && !/^[（(]/.test(span.trim()) && !isCloseBracket(span.trim().slice(-1))) {
      const content = /(?:负责|牵头)$/.test(span.trim()) ? parseClauseContent(span) : null;
      if (content) out.push({ ...content, start: i, end: j, raw: span, closed: true, bold: true });
    }
    i = j;
  }
  return out;
}

/**
 * Labelled fields written as text rather than in brackets, common in 实施方案:
 * `责任单位：县财政局` on a line of its own, or after the task's last sentence
 * (`…落实到位。牵头单位：县财政局；完成时限：6月底前`). The clause runs to the paragraph's end.
 */
function labelledLines(text: string, found: Clause[]): Clause[] {
  const re = new RegExp(`(?:^|(?<=[。；;！？!?\\s\\u3000]))(?:${LABEL_RE.source.slice(1, LABEL_RE.source.indexOf(')'))})[:：]`, 'g');
  for (const m of text.matchAll(re)) {
    const at = m.index!;
    if (found.some((c) => at >= c.start && at < c.end) || bracketDepthAt(text, at) > 0) continue;
    const content = parseClauseContent(text.slice(at));
    if (!content) continue;
    return [{ ...content, start: at, end: text.length, raw: text.slice(at), closed: true, bold: false }];
  }
  return [];
}

function bracketDepthAt(text: string, at: number): number {
  let d = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '（' || text[i] === '(') d++;
    else if ((text[i] === '）' || text[i] === ')') && d > 0) d--;
  }
  return d;
}
