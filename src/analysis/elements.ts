// 公文 elements (GB/T 9704-2012): 版头 (发文机关标志, 发文字号), 标题, 主送机关, 落款 and 成文日期,
// 附注 (此件公开发布), 附件说明, 版记 (抄送, 印发机关和印发日期), and a web page's metadata block.
// Works on paragraphs before they are joined, because these elements are laid out one per line.
// Lines used here are "consumed": the outline and task stages do not see them.
import type { Diagnostic, SourcePos } from '../model.js';
import { findDocNumbers, formatDocNumber, parseDocNumber, stripDocNumberLabel, type DocNumberParts } from './docnumber.js';
import { CHINESE_DATE_SRC, parseChineseDate } from './chinese-date.js';
import type { Item, Para } from './paragraphs.js';
import { markerAt } from './outline.js';
import { splitOutsideBrackets } from './text.js';
import { DRAFT, ORG_SUFFIX, WEB_FURNITURE } from './gongwen-words.js';
import { readMetadataLine, readMetadataTable, type MetadataField } from './metadata.js';
import { findShortTitle, findTitle, issuersOfTitle, joinTitle, orgsOfLine, squeeze, titleLike, transmittedTitle, type TitleFound } from './title.js';
import { findSignOff } from './signoff.js';
import { diagnostic } from '../i18n/diagnostics.js';

export interface Reference { docNumber: string; title: string | null; source: SourcePos }
export interface DocumentElements {
  docNumber: string | null;
  docNumberParts: DocNumberParts | null;
  /** The first issuer (the contract's single 发文机关). */
  issuer: string | null;
  /** Every issuer of a joint notice, in the order printed; [issuer] otherwise. */
  issuers: string[];
  title: string | null;
  /** The plan's own title when the notice wraps a plan (印发…工作要点的通知 → 2022年…工作要点). */
  planTitle: string | null;
  date: string | null;
  planYear: number | null;
  recipients: string[];
  publicity: string | null;
  draft: boolean;
  attachments: string[];
  cc: string[];
  printed: { by: string | null; date: string | null } | null;
  signatory: string | null;
  references: Reference[];
  /** Where the 文号, the title (its first line) and the 成文日期 were found, for findings that point at them. */
  sources: { docNumber: SourcePos | null; title: SourcePos | null; date: SourcePos | null };
}

/** A bare plan's title with its year: 2022年庆元县政务公开工作要点 (also found after the notice). */
const PLAN_TITLE = /^.{0,24}?(\d{4})\s*年.{1,40}?(?:要点|方案|计划|安排|清单|分解表|规划|细则|任务|台账)$/;
/**
 * Names in a 主送 or 抄送 list, split on ，、；. A one-character piece is not a name but the end of an
 * abbreviated list (`市政府各委、办、局`): it stays with the name before it.
 */
function splitList(s: string): string[] {
  const names: string[] = [];
  for (const x of splitOutsideBrackets(s.replace(/[。.]$/, ''), '，,、；;').map((y) => y.trim()).filter(Boolean)) {
    if (x.length === 1 && names.length) names[names.length - 1] += `、${x}`;
    else names.push(x);
  }
  return names;
}

interface Ctx {
  items: Item[];
  paras: Para[];
  consumed: Set<Item>;
  el: DocumentElements;
  diagnostics: Diagnostic[];
  meta: MetadataField[];
  /** The line or table each metadata field was read from. */
  metaAt: Map<MetadataField, SourcePos>;
  /** The 文号's own line, when it stands in the head. */
  numberLine?: Para;
}
const free = (c: Ctx) => (p: Para) => !c.consumed.has(p);
const take = (c: Ctx, p: Item | undefined) => { if (p) c.consumed.add(p); return p; };

export function findElements(items: Item[]): { elements: DocumentElements; consumed: Set<Item>; diagnostics: Diagnostic[] } {
  const c: Ctx = {
    items, paras: items.filter((i): i is Para => i.kind === 'para'), consumed: new Set<Item>(), diagnostics: [], meta: [], metaAt: new Map(),
    el: {
      docNumber: null, docNumberParts: null, issuer: null, issuers: [], title: null, planTitle: null, date: null, planYear: null,
      recipients: [], publicity: null, draft: false, attachments: [], cc: [], printed: null, signatory: null, references: [],
      sources: { docNumber: null, title: null, date: null },
    },
  };
  findMetadata(c);
  const head = headOf(c);
  // The head's first lines that are not a metadata block: where 版头 and title stand.
  const headTop = head.filter(free(c)).slice(0, 16);
  const headerIssuers = findHeaderIssuers(c, headTop.slice(0, 6));
  findDocNumber(c, headTop);
  const title = findNoticeTitle(c, headTop);
  for (const p of head) if (DRAFT.test(p.text)) { c.el.draft = true; take(c, p); }
  if (c.el.title && /征求意见稿|送审稿|讨论稿/.test(c.el.title)) c.el.draft = true;
  findRecipients(c, headTop, title ? headTop.indexOf(title.lines[0]) : -1);
  const signOff = findSignOff(c.paras, free(c));
  if (signOff) {
    signOff.lines.forEach((p) => take(c, p));
    c.el.date = signOff.date;
    if (signOff.date) c.el.sources.date = signOff.lines[signOff.lines.length - 1].source;
    if (signOff.issuers.length) c.el.signatory = signOff.issuers.join('、');
  }
  if (!c.el.date) {
    const fromMeta = metaFound(c, 'date', (v) => parseChineseDate(v)?.iso ?? isoDate(v));
    c.el.date = fromMeta?.value ?? null;
    c.el.sources.date = fromMeta?.source ?? null;
  }
  c.el.issuers = firstNonEmpty(title ? issuersOfTitle(title.lines) : [], headerIssuers, metaList(c, 'issuer'), signOff?.issuers ?? []);
  c.el.issuer = c.el.issuers[0] ?? null;
  findBackMatter(c);
  findPlanTitle(c, title?.notice ?? false);
  const el = c.el;
  el.planYear = yearOf(el.planTitle) ?? yearOf(el.title) ?? (el.date ? Number(el.date.slice(0, 4)) : null) ?? el.docNumberParts?.year ?? null;
  findReferences(c);
  return { elements: el, consumed: c.consumed, diagnostics: c.diagnostics };
}

const firstNonEmpty = (...lists: string[][]) => lists.find((l) => l.length) ?? [];
const isoDate = (v: string) => (/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(v)?.slice(1).map((x, i) => (i ? x.padStart(2, '0') : x)).join('-')) ?? null;

/** A metadata block's lines and tables near the top: their values kept, their lines consumed. */
function findMetadata(c: Ctx): void {
  for (const it of c.items.slice(0, 60)) {
    const fields = it.kind === 'para' ? readMetadataLine(it.text) : readMetadataTable(it.table);
    if (!fields?.length) continue;
    c.meta.push(...fields);
    for (const f of fields) c.metaAt.set(f, it.source);
    take(c, it);
  }
}

function metaValue<T>(c: Ctx, key: MetadataField['key'], read: (v: string) => T | null): T | null {
  return metaFound(c, key, read)?.value ?? null;
}
/** A metadata field's value with the line (or table) it was read from. */
function metaFound<T>(c: Ctx, key: MetadataField['key'], read: (v: string) => T | null): { value: T; source: SourcePos | null } | null {
  for (const f of c.meta) if (f.key === key && f.value) { const v = read(f.value); if (v !== null) return { value: v, source: c.metaAt.get(f) ?? null }; }
  return null;
}
function metaList(c: Ctx, key: MetadataField['key']): string[] {
  return metaValue(c, key, (v) => orgsOfLine(v)) ?? [];
}

/** The head: paragraphs before the first outline heading or (non-metadata) table. */
function headOf(c: Ctx): Para[] {
  const firstBody = c.items.findIndex((it) => (it.kind === 'table' && !c.consumed.has(it))
    || (it.kind === 'para' && !!markerAt(it.text, 0) && markerAt(it.text, 0)!.level <= 2));
  // A set of the items before it, not items.indexOf for each paragraph (quadratic in the items).
  const before = new Set<Item>(firstBody < 0 ? c.items : c.items.slice(0, firstBody));
  return c.paras.filter((p) => before.has(p));
}

/** 发文机关标志: `庆元县人民政府办公室文件`, a joint one `A  B文件`, or names over lines above `文件`. */
function findHeaderIssuers(c: Ctx, top: Para[]): string[] {
  for (let k = 0; k < top.length; k++) {
    const m = /^(.*?)\s*文\s*件$/.exec(top[k].text);
    if (!m) continue;
    const names = m[1].trim() ? orgsOfLine(m[1]) : null;
    if (names) { take(c, top[k]); return names.map(squeeze); }
    if (m[1].trim()) continue;
    const above: Para[] = [];
    for (let j = k - 1; j >= 0 && orgsOfLine(top[j].text); j--) above.unshift(top[j]);
    if (above.length) { [...above, top[k]].forEach((p) => take(c, p)); return above.flatMap((p) => orgsOfLine(p.text)!); }
  }
  return [];
}

/** 发文字号: a short line of its own near the top (perhaps with 签发人), or after its label; never a number cited in the body. */
function findDocNumber(c: Ctx, headTop: Para[]): void {
  for (const p of headTop) {
    // 上行文 print the 签发人 on the 文号's line: `X政发〔2023〕1号      签发人：张三`.
    const text = p.text.replace(/[\s\u3000]*签[\s\u3000]*发[\s\u3000]*人[\s\u3000]*[：:].*$/, '');
    if (c.consumed.has(p) || text.length > 40) continue;
    const n = parseDocNumber(text);
    if (n && !/[《》]/.test(text) && !/[（(]\s*$/.test(text.slice(0, n.index))) {
      setDocNumber(c, n, p.source);
      c.numberLine = take(c, p) as Para;
      return;
    }
    // A 文号 line that does not parse (`XXX〔2023〕X号` in a template, `〔2023〕` typed as `(二〇二三)`):
    // keep it as printed, and say it is malformed.
    const loose = /^[^\s，。：:]{1,16}\s*[〔\[［【(（][^〕\]］】)）]{2,6}[〕\]］】)）]\s*第?\s*[^\s，。]{1,5}\s*号$/.exec(stripDocNumberLabel(text).trim());
    if (loose && !/[《》]/.test(text)) {
      c.el.docNumber = loose[0].replace(/\s+/g, '');
      c.el.sources.docNumber = p.source;
      c.numberLine = take(c, p) as Para;
      c.diagnostics.push(diagnostic('doc-number-malformed', 'warning', { docNumber: c.el.docNumber }, p.source));
      return;
    }
  }
  const fromMeta = metaFound(c, 'docNumber', (v) => parseDocNumber(v));
  if (fromMeta) setDocNumber(c, fromMeta.value, fromMeta.source);
}

function setDocNumber(c: Ctx, n: DocNumberParts & { text: string }, source: SourcePos | null): void {
  c.el.docNumber = n.text;
  c.el.sources.docNumber = source;
  c.el.docNumberParts = { prefix: n.prefix, year: n.year, serial: n.serial };
  if (!/〔\d{4}〕/.test(n.text)) {
    c.diagnostics.push(diagnostic('doc-number-malformed.brackets', 'warning', { docNumber: n.text, fixed: formatDocNumber(n) }, source));
  }
}

/**
 * 标题 by its wording; else a centred line under the 文号 (formats that know alignment); else the
 * metadata's 标题; else a title that is its 文种 alone or nearly (会议纪要, 通知) at the head's top.
 */
function findNoticeTitle(c: Ctx, headTop: Para[]) {
  const found = findTitle(headTop, free(c));
  if (found) return takeTitle(c, found);
  const numberAt = c.numberLine ? headTop.indexOf(c.numberLine) : -1;
  const centred = headTop.find((p, k) => numberAt >= 0 && k > numberAt && !c.consumed.has(p) && p.align === 'center' && p.text.length <= 60
    && !/[：:。]$/.test(p.text) && !markerAt(p.text, 0) && !DRAFT.test(p.text) && !/^[（(].*[)）]$/.test(p.text));
  if (centred) { c.el.title = squeeze(centred.text); c.el.sources.title = centred.source; take(c, centred); return { text: c.el.title, lines: [centred], notice: false }; }
  const fromMeta = metaFound(c, 'title', (v) => squeeze(v) || null);
  c.el.title = fromMeta?.value ?? null;
  c.el.sources.title = fromMeta?.source ?? null;
  if (fromMeta) return null;
  const short = findShortTitle(headTop, free(c));
  return short ? takeTitle(c, short) : null;
}

function takeTitle(c: Ctx, found: TitleFound): TitleFound {
  c.el.title = found.text;
  c.el.sources.title = found.lines[0]?.source ?? null;
  found.lines.forEach((p) => take(c, p));
  return found;
}

/** 主送机关: the first line after the title ending in a colon; a long list wraps (`各乡（镇）人民政府，…，` / `县属各企业：`). */
function findRecipients(c: Ctx, headTop: Para[], titleAt: number): void {
  const afterTitle = headTop.filter((p, k) => !c.consumed.has(p) && k > titleAt);
  const colonAt = afterTitle.slice(0, 4).findIndex((p) => /[：:]$/.test(p.text) && p.text.length <= 150 && !/[。]/.test(p.text) && !/^(附件|抄送)/.test(p.text));
  if (colonAt < 0) return;
  let from = colonAt;
  while (from > 0 && /[，,、；;]$/.test(afterTitle[from - 1].text) && !/[。]/.test(afterTitle[from - 1].text)) from--;
  const lines = afterTitle.slice(from, colonAt + 1);
  const names = splitList(lines.map((p) => p.text).join('').replace(/[：:]$/, ''));
  // A form's field label (`会议名称：`) is not a recipient: one of the names must be an organisation.
  if (names.some((x) => ORG_SUFFIX.test(x) || /^各|单位$|部门$|室$/.test(x))) {
    c.el.recipients = names;
    lines.forEach((p) => take(c, p));
  }
}

/** 附注, 附件说明, 版记 (抄送, 印发), and a web page's leftovers. */
function findBackMatter(c: Ctx): void {
  const { paras, el } = c;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const t = p.text;
    let m: RegExpExecArray | null;
    if ((m = /^[（(]\s*(此件[^）)]{2,12})\s*[)）]$/.exec(t))) { el.publicity = m[1]; take(c, p); continue; }
    if ((m = /^附\s*件\s*[：:]\s*(.*)$/.exec(t))) {
      take(c, p);
      const first = m[1].replace(/^\d+\s*[.．、]\s*/, '').trim();
      if (first) el.attachments.push(first);
      // `附件：1．…` followed by `2．…` lines.
      for (let j = k + 1; j < paras.length && /^\d+\s*[.．、]/.test(paras[j].text) && /^\d/.test(m[1]); j++) {
        el.attachments.push(paras[j].text.replace(/^\d+\s*[.．、]\s*/, '').trim());
        take(c, paras[j]);
      }
      continue;
    }
    if (/^附\s*件\s*\d*$/.test(t)) { take(c, p); continue; } // the label at the top of an attachment
    if ((m = /^(?:抄\s*送|分\s*送)\s*[：:]\s*(.*)$/.exec(t))) {
      let list = m[1];
      take(c, p);
      // The list runs on while it has not ended with 。 and the next line is not the 印发 line.
      while (!/[。.]$/.test(list) && k + 1 < paras.length && !/印发$/.test(paras[k + 1].text) && paras[k + 1].text.length < 60) {
        list += paras[++k].text;
        take(c, paras[k]);
      }
      for (const x of splitList(list)) if (!el.cc.includes(x)) el.cc.push(x);
      continue;
    }
    // Runs of spaces squeezed first: on a run of 32,000, `(.*?)\\s*` retried from each space (quadratic).
    if (t.endsWith('发') && (m = new RegExp(`^(.*?)\\s*(${CHINESE_DATE_SRC})\\s*印\\s*发$`).exec(t.replace(/\s{2,}/g, ' ')))) {
      let by = squeeze(m[1]) || null;
      const above = paras[k - 1];
      if (!by && above && above.text.length <= 30 && ORG_SUFFIX.test(above.text.trim()) && !c.consumed.has(above)) { by = squeeze(above.text); take(c, above); }
      el.printed = { by, date: parseChineseDate(m[2])?.iso ?? null };
      take(c, p);
      continue;
    }
    if (WEB_FURNITURE.test(t)) take(c, p);
  }
}

/**
 * The plan's own title after the covering notice: the lines spelling what the title transmits
 * (印发《X》 → X, perhaps over two lines), or a line `2022年庆元县政务公开工作要点`.
 */
function findPlanTitle(c: Ctx, notice: boolean): void {
  const { el, paras } = c;
  const inner = notice && el.title ? transmittedTitle(el.title) : null;
  if (inner) {
    const key = squeeze(inner).replace(/[（(][^（）()]*[)）]/g, '');
    for (let k = 0; k < paras.length; k++) {
      if (c.consumed.has(paras[k]) || !titleLike(paras[k]) || !key.startsWith(squeeze(paras[k].text).slice(0, 4))) continue;
      const joined = joinTitle(paras, k, (p) => !c.consumed.has(p) && titleLike(p));
      if (joined.text.replace(/[（(][^（）()]*[)）]/g, '') !== key) continue;
      el.planTitle = joined.text;
      joined.lines.forEach((p) => take(c, p));
      break;
    }
  }
  for (const p of paras) {
    if (c.consumed.has(p) || p.text.length > 50) continue;
    const t = squeeze(p.text);
    if (PLAN_TITLE.test(t) && !markerAt(t, 0) && !/[，。：:]/.test(t)) {
      el.planTitle ??= t;
      take(c, p);
    }
  }
  el.planTitle ??= inner;
  // A bare plan without a wrapping notice: its title is the plan title.
  if (!el.planTitle && el.title && !notice && PLAN_TITLE.test(el.title)) el.planTitle = el.title;
}

/** 引用文件: every other 文号 in the text, with the 《title》 just before it. */
function findReferences(c: Ctx): void {
  for (const p of c.paras) {
    for (const n of findDocNumbers(p.text)) {
      if (c.consumed.has(p) && n.text === c.el.docNumber) continue;
      const before = p.text.slice(0, n.index).replace(/[\s（(]+$/, '');
      const t = /《([^《》]+)》$/.exec(before);
      c.el.references.push({ docNumber: n.text, title: t ? t[1] : null, source: p.source });
    }
  }
}

function yearOf(s: string | null): number | null {
  const m = s ? /((?:19|20)\d{2})\s*年/.exec(s) : null;
  return m ? Number(m[1]) : null;
}
