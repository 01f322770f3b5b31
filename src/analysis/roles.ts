// The vocabulary of responsibility clauses, as data: labels (`责任单位：`), role verbs (`牵头负责`),
// labels that name people rather than units (`牵头领导：`), and the manner words that stand between
// a unit list and its verb (`分别`, `按职责分工`). GOLD.md "Roles": lead only through 牵头; every
// other verb or label gives responsible units (cooperating ones are kept apart, scoring joins them).
// Every regular expression here is a flat alternation or a bounded class: linear on any input.

export type UnitRole = 'lead' | 'responsible' | 'cooperating';
export type LabelRole = UnitRole | 'deadline' | 'person';

/** What a role word says about the units before it (or after a label). */
export function roleOfWord(word: string): UnitRole {
  if (/牵头/.test(word)) return 'lead';
  if (/配合|协办|协同|协助|参与|协作/.test(word)) return 'cooperating';
  return 'responsible';
}

/**
 * Labels. The vocabulary is open: any role prefix from this list before a unit word
 * (`主要责任单位` `牵头处室` `协同部门` `试点单位` `承办科室`), or a deadline word. Bare role words
 * (`牵头：` `配合：`) are labels too, as task-table cells write them.
 */
const ROLE_PREFIX = '牵头|主责|主要责任|责任|配合|协办|协同|协助|参与|试点|实施|承办|落实|主办|督办|负责|具体负责|主管|协作|完成';
const UNIT_WORD = '单位|部门|处室|科室|主体|机构|机关|科|处|责任单位|责任部门';
const DEADLINE_LABEL = '完成时限|责任时限|完成时间|完成期限|办结时限|时间节点|时间要求|时限要求|时间安排|进度安排|进度要求|完成时间节点|截止时间|截止日期|时间进度|时限|时间';
/** People, not units: `牵头领导：`, `分管副区长：`, `责任人：`; a title of up to PERSON_TITLE characters before the word. */
const PERSON_WORD = '领导|区长|县长|市长|省长|书记|负责人|责任人|联系人|经办人';
const PERSON_TITLE = 5;
const PERSON_LABEL = `[\\u4e00-\\u9fff]{0,${PERSON_TITLE}}?(?:${PERSON_WORD})`;

/** A label at the start of a segment, with its colon: `责任单位：`, `完成时限:`, `牵头领导：`. */
export const LABEL_AT_START = new RegExp(
  `^(?:(${PERSON_LABEL})|(${DEADLINE_LABEL})|((?:${ROLE_PREFIX})(?:${UNIT_WORD})?))[:：]`,
);

/** The same labels anywhere (for finding labelled runs outside brackets). */
export const LABEL_ANYWHERE = new RegExp(
  `(?:${PERSON_LABEL}|${DEADLINE_LABEL}|(?:${ROLE_PREFIX})(?:${UNIT_WORD}))[:：]`, 'g',
);

const longest = (alternatives: string): number => Math.max(...alternatives.split('|').map((w) => w.length));
/** The longest text LABEL_ANYWHERE matches, colon included. */
const LABEL_MAX = Math.max(PERSON_TITLE + longest(PERSON_WORD), longest(DEADLINE_LABEL), longest(ROLE_PREFIX) + longest(UNIT_WORD)) + 1;
const LABEL_HERE = new RegExp(LABEL_ANYWHERE.source, 'y');

function nextColon(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return i;
  }
  return -1;
}

/**
 * Where the labels of `text` start: the offsets `text.matchAll(LABEL_ANYWHERE)` gives. A label's
 * words hold no colon, so it ends at the first colon after its start, at most LABEL_MAX characters
 * on: only the offsets just before each colon are tried, not the whole alternation at every offset.
 */
export function labelOffsets(text: string): number[] {
  const out: number[] = [];
  let from = 0, prevColon = -1;
  for (let colon = nextColon(text, 0); colon >= 0; prevColon = colon, colon = nextColon(text, colon + 1)) {
    for (let p = Math.max(from, prevColon + 1, colon + 1 - LABEL_MAX); p < colon; p++) {
      LABEL_HERE.lastIndex = p;
      const m = LABEL_HERE.exec(text);
      if (m) { out.push(p); from = p + m[0].length; break; }
    }
  }
  return out;
}

/** A label written in brackets instead of with a colon: `【责任单位】区财政局`, `[牵头单位]`. */
export const BRACKETED_LABEL = new RegExp(
  `[【\\[［〔（(]((?:${DEADLINE_LABEL})|(?:${ROLE_PREFIX})(?:${UNIT_WORD}))[】\\]］〕）)][:：]?`, 'g',
);
const BRACKETED_HERE = new RegExp(BRACKETED_LABEL.source, 'y');
/** The brackets a BRACKETED_LABEL starts with, by UTF-16 code. */
const LABEL_OPENER = new Uint8Array(0x10000);
for (const c of '【[［〔（(') LABEL_OPENER[c.charCodeAt(0)] = 1;

/**
 * Where the bracketed labels of `text` start: the offsets `text.matchAll(BRACKETED_LABEL)` gives.
 * Tried only at the brackets that can open one (the words inside hold no such bracket, so one
 * label never hides the start of the next).
 */
export function bracketedLabelOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!LABEL_OPENER[text.charCodeAt(i)]) continue;
    BRACKETED_HERE.lastIndex = i;
    const m = BRACKETED_HERE.exec(text);
    if (m) { out.push(i); i += m[0].length - 1; }
  }
  return out;
}

/** The inside of a bracket that is only a label word (`牵头单位`), with nothing after it. */
export const BARE_LABEL = new RegExp(`^(?:${DEADLINE_LABEL}|(?:${ROLE_PREFIX})(?:${UNIT_WORD}))$`);

/** `【责任单位】区财政局` → `责任单位：区财政局`, so the grammar reads one form. */
export const unbracketLabels = (s: string): string => s.replace(BRACKETED_LABEL, '$1：');

export interface Label { role: LabelRole; length: number }

/** The label a segment starts with, if any. */
export function labelAtStart(segment: string): Label | null {
  const m = LABEL_AT_START.exec(segment);
  if (!m) return null;
  if (m[1]) return { role: 'person', length: m[0].length };
  if (m[2]) return { role: 'deadline', length: m[0].length };
  return { role: roleOfWord(m[3]), length: m[0].length };
}

/**
 * Role verbs after a unit list, longest first so `牵头负责` wins over `牵头`. `会同` and `由…牵头`
 * are handled by the grammar (they put a unit list on both sides or after the verb).
 */
export const ROLE_VERBS = [
  '牵头负责', '牵头落实', '牵头抓总', '牵头组织', '牵头',
  '负责落实', '负责推进', '负责实施', '负责', '主责', '主抓', '主办', '承办', '督办', '督导', '统筹',
  '指导', '参与', '配合', '协助', '协同', '协办', '落实', '实施',
];

/** How units share the work, standing between the list and its verb: `A、B分别负责`. */
export const MANNER = /(?:按职责分工|按照职责分工|按职能分工|根据职责分工|按各自职责|按照各自职责|按职责|依职责|根据职责|各司其职|分别|共同|具体|按要求|积极|要|依法|做好|同步|统筹|抓好|督促|组织|协调)+$/;

/** `区发改局为牵头单位`: a unit list named as holding a role. */
export const ROLE_ASSIGN = /^(.{2,80}?)(?:为|是|作为)((?:牵头|主责|责任|配合|协办|协同|参与)(?:单位|部门))$/;

/** `省发展改革委（牵头）`: a marker after a unit in a list. */
export const LEAD_MARK = /[（(]牵头(?:单位|部门)?[)）]$/;

/** Words that start a segment saying who acts, before the units: `由县财政局牵头`. */
export const BY = /^(?:由|请|需|均由)/;

/** `X会同Y`: X leads together with Y, who is responsible. */
export const TOGETHER_WITH = '会同';
