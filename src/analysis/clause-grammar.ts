// The inside of a responsibility clause, read as a sequence of segments separated by ，,；;。
// (outside brackets). Each segment is one of (GOLD.md "Roles"):
//   label：value          `责任单位：A、B`, `完成时限：2024年底前`, `牵头领导：常务副区长` (a person: no unit)
//   units + role verb      `A、B分别牵头负责`, `C按职责分工负责`, `由D牵头`, `X会同Y负责`
//   units + 负责 + activity `A负责制定规划` (the activity is not part of a unit)
//   a deadline             `2024年6月底前`, `2016年开始`, `3年内完成`, `第一批…2017年12月底前`
//   a remark               `列第一位者为牵头单位`, `下同`, `以下均需X落实，不再列出`, `以下简称…`
//   units                  continuing the label before them, or an unlabelled list (responsible)
// Segments mix freely: `（X牵头，Y配合，完成时限：2024年底前）`. Whatever does not parse is kept
// in `notUnderstood`, never dropped silently.
import { declaresFirstListedLeads } from './conventions.js';
import { looksLikeDeadline } from './deadline.js';
import { BY, labelOffsets, LEAD_MARK, labelAtStart, MANNER, ROLE_ASSIGN, ROLE_VERBS, roleOfWord, TOGETHER_WITH, type UnitRole } from './roles.js';
import { isRunTogether, labelledUnit, looksLikeUnit, plausibleUnit, splitUnits } from './units.js';

export type ClauseStyle = 'labelled' | 'lead' | 'responsible' | 'lead-responsible' | 'unit-list' | 'deadline' | 'remark';

export interface ClauseContent {
  style: ClauseStyle;
  leadUnits: string[];
  responsibleUnits: string[];
  cooperatingUnits: string[];
  deadlineRaw: string | null;
  /** The clause declares that from here on the first unit listed leads. */
  declaresFirstListedLeads: boolean;
  /** Segments the grammar could not read (reported, not dropped). */
  notUnderstood: string[];
  /** Unit names that look like two names run together. */
  runTogether: string[];
  /** A role verb is followed by an activity (`A负责制定规划`): reads like prose outside brackets. */
  withActivity: boolean;
}

/** Remarks that assign nothing. */
const REMARK = /^(?:下同|以下同|不再列出|不再一一列出|排名不分先后|不分先后|各负其责|按职责分工负责|分别负责|下称.*|(?:以下|下文)?(?:简称|统称|合称).*)$/;
/** `以下均需各片区配合落实`: a standing remark; its units join this clause only (GOLD.md). */
const STANDING = /^以下(?:均|都|各项)?(?:需|须|由|要)?(.{2,60}?)(配合|协助|参与)?(?:落实|负责|执行|实施)(?:[，,]?不再(?:一一)?列出)?$/;
const SEPARATORS = '，,；;。';
/** `县财政局 县审计局`: a space between a unit's ending and the next unit's place word separates them. */
const UNIT_GAP = /(?<=[局委办厅院会室处科部队站所心府镇乡])[ \t\u3000]+(?=[省市县区镇乡各])/g;
/** A year or span of years on its own (`2025年`, `2024—2025年`): a deadline inside a clause. */
const YEARS = /^\d{4}(?:年?[-—–~～至到]\d{4})?年(?:前|底前|内)?$/;

interface Roles { lead: string[]; responsible: string[]; cooperating: string[] }

/** Per UTF-16 code: 1 opens a bracket, -1 closes one, 2 separates segments (a lookup, not a search per character). */
const SEGMENT_CHAR = new Int8Array(0x10000);
for (const c of '（(〔［[【〖<〈《') SEGMENT_CHAR[c.charCodeAt(0)] = 1;
for (const c of '）)〕］]】〗>〉》') SEGMENT_CHAR[c.charCodeAt(0)] = -1;
for (const c of SEPARATORS) SEGMENT_CHAR[c.charCodeAt(0)] = 2;

/** Split outside brackets, keeping each segment's separator (to rebuild a deadline as written). */
function segments(s: string): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = [];
  let depth = 0, start = 0;
  const add = (seg: { text: string; sep: string }) => {
    if (seg.text.includes('：') || seg.text.includes(':')) out.push(...splitAtLabels(seg));
    else out.push(seg);
  };
  for (let i = 0; i < s.length; i++) {
    const kind = SEGMENT_CHAR[s.charCodeAt(i)];
    if (kind === 1) depth++;
    else if (kind === -1) depth = Math.max(0, depth - 1);
    else if (kind === 2 && depth === 0) { add({ text: s.slice(start, i), sep: s[i] }); start = i + 1; }
  }
  add({ text: s.slice(start), sep: '' });
  return out;
}

/** `县财政局完成时限：2023年6月底前` (lines joined without punctuation): a label starts a new segment. */
function splitAtLabels(seg: { text: string; sep: string }): { text: string; sep: string }[] {
  const cuts = labelOffsets(seg.text).filter((i) => i > 0);
  if (!cuts.length) return [seg];
  const bounds = [0, ...cuts, seg.text.length];
  return bounds.slice(0, -1).map((from, k) => ({ text: seg.text.slice(from, bounds[k + 1]), sep: k === cuts.length ? seg.sep : '' }));
}

interface Phrase { roles: Roles; hadVerb: boolean; activity: boolean }

const emptyRoles = (): Roles => ({ lead: [], responsible: [], cooperating: [] });

/** Units before a role verb: all plausible names, at least one that reads as a unit (or a label says so). */
function unitsBefore(prefix: string, labelled: boolean): string[] | null {
  const list = prefix.replace(BY, '').replace(MANNER, '');
  if (!list) return null;
  const units = splitUnits(list);
  if (!units.length || !units.every(labelled ? labelledUnit : plausibleUnit)) return null;
  if (!labelled && !units.some(looksLikeUnit)) return null;
  return units;
}

/** First characters of the role verbs: most offsets start none, and are passed over with one lookup. */
const VERB_START = new Set(ROLE_VERBS.map((v) => v[0]));

/** The first role verb after a plausible unit list: `A、B分别负责落实` → lead/responsible A, B. */
function verbPhrase(seg: string, labelled: boolean): Phrase | null {
  let depth = 0;
  for (let p = 1; p < seg.length; p++) {
    // A verb inside brackets (`省发展改革委（牵头）`) belongs to the name before it.
    if ('（(〔［[【'.includes(seg[p - 1])) depth++;
    else if ('）)〕］]】'.includes(seg[p - 1])) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (!VERB_START.has(seg[p])) continue;
    const verb = ROLE_VERBS.find((v) => seg.startsWith(v, p));
    if (!verb) continue;
    const units = unitsBefore(seg.slice(0, p), labelled);
    if (!units) continue;
    const roles = emptyRoles();
    roles[roleKey(roleOfWord(verb))].push(...units);
    return { roles, hadVerb: true, activity: p + verb.length < seg.length };
  }
  return null;
}

const roleKey = (r: UnitRole): keyof Roles => r;

/** `X会同Y负责`: X leads, Y is responsible. */
function togetherPhrase(seg: string, labelled: boolean): Phrase | null {
  const at = seg.indexOf(TOGETHER_WITH);
  if (at <= 0) return null;
  const leads = unitsBefore(seg.slice(0, at), labelled);
  if (!leads) return null;
  const rest = seg.slice(at + TOGETHER_WITH.length);
  const withVerb = verbPhrase(rest, true);
  const others = withVerb ? [...withVerb.roles.lead, ...withVerb.roles.responsible, ...withVerb.roles.cooperating] : splitUnits(rest);
  if (!others.length || !others.every(plausibleUnit)) return null;
  return { roles: { lead: leads, responsible: others, cooperating: [] }, hadVerb: true, activity: !!withVerb?.activity };
}

/** One segment naming units: with a verb, or a bare list in the role `context` gives. */
function unitPhrase(seg: string, context: UnitRole | null, strictBare: boolean): Phrase | null {
  if (seg.length > MAX_SEGMENT) return null;
  const labelled = context !== null;
  let split: string[] | undefined; // the segment as a unit list, made only when asked for
  const unitList = (): string[] => (split ??= splitUnits(seg));
  const bare = (): Phrase => {
    const roles = emptyRoles();
    for (const u of unitList()) {
      if (LEAD_MARK.test(u)) roles.lead.push(u.replace(LEAD_MARK, ''));
      else roles[roleKey(context ?? 'responsible')].push(u);
    }
    return { roles, hadVerb: false, activity: false };
  };
  const assigned = ROLE_ASSIGN.exec(seg);
  if (assigned) {
    const named = splitUnits(assigned[1]);
    if (named.length && named.every(labelledUnit)) {
      const roles = emptyRoles();
      roles[roleKey(roleOfWord(assigned[2]))].push(...named);
      return { roles, hadVerb: true, activity: false };
    }
  }
  // After a label, names that read as units win over a verb inside one (`县征收指导中心`).
  if (labelled && unitList().length && unitList().every(looksLikeUnit)) return bare();
  const phrase = togetherPhrase(seg, labelled) ?? verbPhrase(seg, labelled);
  if (phrase) return phrase;
  const units = unitList();
  if (!units.length) return null;
  const ok = labelled ? units.every(labelledUnit) : units.every(looksLikeUnit) && (units.length > 1 || strongUnit(units[0]) || (!strictBare && units[0].length >= 4));
  return ok ? bare() : null;
}

/** Longer than any list of units with its verb: prose (and a bound on the work per segment). */
const MAX_SEGMENT = 160;

/** A single unit named alone in brackets must read as an office (`市科委`), not a word (`开发区`). */
export const strongUnit = (u: string): boolean => /^[省市县区镇乡州旗各]/.test(u) || (u.length >= 4 && /(?:局|委|办|厅|中心|政府|海关|公司|集团|银行|支行|管委会|委员会|办公室)$/.test(u));

export interface ContentOptions {
  /** The clause stands where a clause may be a bare unit list (after a sentence, at the end). */
  atSentenceEnd?: boolean;
  /** A single bare unit must read as an office (the bracket only precedes a full stop). */
  strictBare?: boolean;
}

/**
 * Read the inside of a clause. Returns null when nothing in it assigns a unit or a deadline and it
 * declares nothing (a cited 文号, an example, a remark); otherwise the roles, with the segments
 * it could not read in `notUnderstood`.
 */
export function parseClauseContent(inner: string, opts: ContentOptions = {}): ClauseContent | null {
  const s = inner.replace(UNIT_GAP, '、').replace(/[\s\u3000*]/g, '');
  if (!s) return null;
  const roles = emptyRoles();
  const notUnderstood: string[] = [];
  let deadline = '';
  let lastWasDeadline = false;
  let datedWord = false, people = false;
  let declares = false, labelled = false, anyVerb = false, bareList = false, activity = false;
  let context: UnitRole | 'deadline' | 'person' | null = null;

  const addDeadline = (text: string, sep: string) => {
    deadline = lastWasDeadline && deadline ? deadline + text + sep : text + sep;
    lastWasDeadline = true;
  };
  const addPhrase = (p: Phrase) => {
    roles.lead.push(...p.roles.lead); roles.responsible.push(...p.roles.responsible); roles.cooperating.push(...p.roles.cooperating);
    anyVerb ||= p.hadVerb; activity ||= p.activity;
    if (!p.hadVerb && !labelled) bareList = true;
  };

  for (const { text: seg, sep } of segments(s)) {
    if (!seg) continue;
    if (declaresFirstListedLeads(seg)) { declares = true; lastWasDeadline = false; continue; }
    if (REMARK.test(seg)) { lastWasDeadline = false; continue; }
    const standing = STANDING.exec(seg);
    if (standing && splitUnits(standing[1]).every(plausibleUnit)) {
      roles[standing[2] ? 'cooperating' : 'responsible'].push(...splitUnits(standing[1]));
      lastWasDeadline = false;
      continue;
    }
    const label = labelAtStart(seg);
    if (label) {
      labelled = true;
      context = label.role;
      const value = seg.slice(label.length);
      // A leading official (`牵头领导：`) stands where a clause does; a contact (`联系人：`) does not.
      if (label.role === 'person' && !/联系|经办/.test(seg.slice(0, label.length))) people = true;
      if (label.role === 'person' || !value) { lastWasDeadline = false; continue; }
      if (label.role === 'deadline') { lastWasDeadline = false; addDeadline(value, sep); continue; }
      const p = unitPhrase(value, label.role, false);
      if (p) { addPhrase(p); lastWasDeadline = false; } else notUnderstood.push(seg);
      continue;
    }
    if (context === 'person') continue; // `牵头领导：常务副区长，副区长`: more names of people
    if (looksLikeDeadline(seg)) { addDeadline(seg, sep); datedWord = true; continue; }
    if (YEARS.test(seg)) { addDeadline(seg, sep); continue; }
    lastWasDeadline = false;
    const p = unitPhrase(seg, context === 'lead' || context === 'responsible' || context === 'cooperating' ? context : null, !!opts.strictBare);
    if (p) addPhrase(p);
    else notUnderstood.push(seg);
  }

  const deadlineRaw = deadline ? rawSpan(inner, deadline.replace(/[，,；;。]$/, '')) : null;
  const lead = unique(roles.lead);
  const responsible = unique(roles.responsible).filter((u) => !lead.includes(u));
  const cooperating = unique(roles.cooperating).filter((u) => !lead.includes(u) && !responsible.includes(u));
  const named = lead.length + responsible.length + cooperating.length;
  // `牵头领导：常务副区长` alone is a clause that names people only: no unit, nothing to flag.
  if (!named && !deadlineRaw && !declares && !(people && !notUnderstood.length)) return null;
  // `（2016-2020年）`: years alone are a plan's period, a deadline only beside units.
  if (!named && deadlineRaw && !datedWord && !labelled) return null;
  // A bare unit list or a lone deadline is a clause only where a clause stands.
  if (!labelled && !anyVerb && !opts.atSentenceEnd && (bareList || (!named && !declares))) return null;
  const style: ClauseStyle = labelled ? 'labelled'
    : !named && !deadlineRaw ? 'remark'
    : lead.length && (responsible.length || cooperating.length) ? 'lead-responsible'
    : lead.length ? 'lead'
    : anyVerb ? 'responsible'
    : named ? 'unit-list' : 'deadline';
  return {
    style, leadUnits: lead, responsibleUnits: responsible, cooperatingUnits: cooperating, deadlineRaw,
    declaresFirstListedLeads: declares, notUnderstood,
    runTogether: [...lead, ...responsible, ...cooperating].filter(isRunTogether),
    withActivity: activity,
  };
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The stretch of `original` that reads as `compact` once whitespace is ignored. */
export function rawSpan(original: string, compact: string): string {
  // Map compact offsets back to the original in one pass.
  const map: number[] = [];
  let flat = '';
  for (let i = 0; i < original.length; i++) {
    if (/[\s\u3000*]/.test(original[i])) continue;
    map.push(i);
    flat += original[i];
  }
  const at = flat.indexOf(compact);
  if (at < 0 || !compact) return compact;
  return original.slice(map[at], map[at + compact.length - 1] + 1).trim();
}
