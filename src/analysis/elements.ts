// 公文 elements (GB/T 9704-2012): 版头 (发文机关标志, 发文字号), 标题, 主送机关, 落款 and 成文日期,
// 附注 (此件公开发布), 附件说明, 版记 (抄送, 印发机关和印发日期). Works on paragraphs before they
// are joined, because these elements are laid out one per line. Lines used here are "consumed":
// the outline and task stages do not see them.
import type { Diagnostic, SourcePos } from '../model.js';
import { findDocNumbers, formatDocNumber, parseDocNumber, type DocNumberParts } from './docnumber.js';
import { CHINESE_DATE_SRC, parseChineseDate } from './chinese-date.js';
import type { Item, Para } from './paragraphs.js';
import { markerAt } from './outline.js';
import { splitOutsideBrackets } from './text.js';
import { diagnostic } from '../i18n/diagnostics.js';

export interface Reference { docNumber: string; title: string | null; source: SourcePos }
export interface DocumentElements {
  docNumber: string | null;
  docNumberParts: DocNumberParts | null;
  issuer: string | null;
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
}

const ORG_SUFFIX = /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|部|院|中心|公司|集团|署|会|所|组)$/;
const DOC_TYPE_END = /(?:通知|意见|决定|方案|要点|报告|请示|函|批复|通报|纪要|办法|规定|细则|公告|通告|决议|命令|议案|计划|安排|分解表|清单|规划|规则|指引|预案|实施方案)$/;
/** 文种 that end a notice's title: with 关于 in it, the title is complete only at one of these. */
const WENZHONG_END = /(?:通知|通报|意见|决定|报告|请示|批复|函|公告|通告|决议|命令|议案|纪要|公报)$/;
const titleComplete = (s: string) => (/关于/.test(s) ? WENZHONG_END : DOC_TYPE_END).test(s);
const PLAN_TITLE = /^.{0,24}?(\d{4})\s*年.{1,40}?(?:要点|方案|计划|安排|清单|分解表|规划|细则|任务|台账)$/;
const DRAFT = /^[（(]?\s*(征求意见稿|送审稿|讨论稿|草案|代拟稿|修订稿|试行稿)\s*[)）]?$/;
const DATE_LINE = new RegExp(`^${CHINESE_DATE_SRC}$`);
const squeeze = (s: string) => s.replace(/(?<=[^\x00-\x7f])[\s\u3000]+|[\s\u3000]+(?=[^\x00-\x7f])/g, '').trim();
const splitList = (s: string) => splitOutsideBrackets(s.replace(/[。.]$/, ''), '，,、；;').map((x) => x.trim()).filter(Boolean);

export function findElements(items: Item[]): { elements: DocumentElements; consumed: Set<Item>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const paras = items.filter((i): i is Para => i.kind === 'para');
  const consumed = new Set<Item>();
  const take = (p: Para | undefined) => { if (p) consumed.add(p); return p; };
  const el: DocumentElements = {
    docNumber: null, docNumberParts: null, issuer: null, title: null, planTitle: null, date: null, planYear: null,
    recipients: [], publicity: null, draft: false, attachments: [], cc: [], printed: null, signatory: null, references: [],
  };

  // The head: paragraphs before the first outline heading or table.
  const firstBody = items.findIndex((it) => it.kind === 'table' || (it.kind === 'para' && !!markerAt(it.text, 0) && markerAt(it.text, 0)!.level <= 2));
  const head = paras.filter((p) => firstBody < 0 || items.indexOf(p) < firstBody);
  const headTop = head.slice(0, 14);

  // 发文机关标志: `庆元县人民政府办公室文件`.
  let headerIssuer: string | null = null;
  for (const p of headTop.slice(0, 5)) {
    const m = /^(.{2,40}?)\s*文件$/.exec(p.text);
    if (m && ORG_SUFFIX.test(m[1].trim())) { headerIssuer = squeeze(m[1]); take(p); break; }
  }

  // 发文字号: a short line of its own near the top (perhaps with 签发人), never a number cited in the body.
  let numberAt = -1;
  headTop.forEach((p, k) => {
    if (numberAt >= 0 || p.text.length > 40) return;
    const n = parseDocNumber(p.text);
    if (n && !/[《》]/.test(p.text) && !/[（(]\s*$/.test(p.text.slice(0, n.index))) {
      el.docNumber = n.text;
      el.docNumberParts = { prefix: n.prefix, year: n.year, serial: n.serial };
      numberAt = k;
      take(p);
      if (!/〔\d{4}〕/.test(n.text)) {
        diagnostics.push(diagnostic('doc-number-malformed.brackets', 'warning', { docNumber: n.text, fixed: formatDocNumber(n) }, p.source));
      }
      return;
    }
    // A 文号 line that does not parse (`XXX〔2023〕X号` in a template, `〔2023〕` typed as `(二〇二三)`):
    // keep it as printed, and say it is malformed.
    const loose = /^[^\s，。：:]{1,16}\s*[〔\[［【(（][^〕\]］】)）]{2,6}[〕\]］】)）]\s*第?\s*[^\s，。]{1,5}\s*号$/.exec(p.text.trim());
    if (loose && !/[《》]/.test(p.text)) {
      el.docNumber = loose[0].replace(/\s+/g, '');
      numberAt = k;
      take(p);
      diagnostics.push(diagnostic('doc-number-malformed', 'warning', { docNumber: el.docNumber }, p.source));
    }
  });

  // 标题: the line with 关于, or a plan's title line; possibly over several lines.
  const titleStartAt = headTop.findIndex((p, k) => !consumed.has(p) && k > numberAt - (numberAt < 0 ? 1 : 0)
    && !/[：:。]$/.test(p.text) && (/关于/.test(p.text) || PLAN_TITLE.test(squeeze(p.text)) || (DOC_TYPE_END.test(p.text) && p.text.length <= 60)));
  if (titleStartAt >= 0) {
    let from = titleStartAt, to = titleStartAt;
    const prev = headTop[from - 1];
    if (prev && !consumed.has(prev) && /^关于/.test(headTop[from].text) && ORG_SUFFIX.test(prev.text.trim()) && prev.text.length <= 30) from--;
    while (!titleComplete(squeeze(headTop.slice(from, to + 1).map((p) => p.text).join(''))) && to + 1 < headTop.length && to - from < 3) {
      const next = headTop[to + 1];
      if (/[：:。]$/.test(next.text) || DRAFT.test(next.text) || next.text.length > 40) break;
      to++;
    }
    const lines = headTop.slice(from, to + 1);
    if (!titleComplete(squeeze(lines.map((p) => p.text).join('')))) lines.splice(1); // not found: keep the first line only
    el.title = squeeze(lines.map((p) => p.text).join(''));
    lines.forEach(take);
    const about = el.title.indexOf('关于');
    if (about > 0 && ORG_SUFFIX.test(el.title.slice(0, about))) el.issuer = el.title.slice(0, about);
  }
  // Without 关于 or a 文种 word, a centred line under the 文号 is the title, as GB/T 9704 lays it out
  // (formats that know alignment only: Word and PDF).
  if (!el.title) {
    const centred = headTop.find((p, k) => k > numberAt && !consumed.has(p) && p.align === 'center' && p.text.length <= 60
      && !/[：:。]$/.test(p.text) && !markerAt(p.text, 0) && !DRAFT.test(p.text) && !/^[（(].*[)）]$/.test(p.text));
    if (centred && numberAt >= 0) { el.title = squeeze(centred.text); take(centred); }
  }
  el.issuer ??= headerIssuer;

  // 征求意见稿 and similar.
  for (const p of head) if (DRAFT.test(p.text)) { el.draft = true; take(p); }
  if (el.title && /征求意见稿|送审稿|讨论稿/.test(el.title)) el.draft = true;

  // 主送机关: the first line after the title ending in a colon.
  const afterTitle = headTop.filter((p) => !consumed.has(p) && (titleStartAt < 0 || headTop.indexOf(p) > titleStartAt));
  // 主送机关 end in a colon; a long list wraps (`各乡（镇）人民政府，县直各单位，` / `县属各企业：`).
  // A form's field label (`会议名称：`) is not a recipient: one of the names must be an organisation.
  const colonAt = afterTitle.slice(0, 4).findIndex((p) => /[：:]$/.test(p.text) && p.text.length <= 150 && !/[。]/.test(p.text) && !/^(附件|抄送)/.test(p.text));
  if (colonAt >= 0) {
    let from = colonAt;
    while (from > 0 && /[，,、；;]$/.test(afterTitle[from - 1].text) && !/[。]/.test(afterTitle[from - 1].text)) from--;
    const lines = afterTitle.slice(from, colonAt + 1);
    const names = splitList(lines.map((p) => p.text).join('').replace(/[：:]$/, ''));
    if (names.some((x) => ORG_SUFFIX.test(x) || /^各|单位$|部门$|室$/.test(x))) {
      el.recipients = names;
      lines.forEach(take);
    }
  }

  // 落款 and 成文日期: the first date standing alone (the 印发 date is not it), and the issuer line above it.
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (consumed.has(p)) continue;
    const text = p.text.replace(/\s+/g, ' ');
    const alone = DATE_LINE.test(text.replace(/\s/g, ''));
    const withOrg = new RegExp(`^(.{2,30}?)\\s+${CHINESE_DATE_SRC}$`).exec(text);
    if (!alone && !(withOrg && ORG_SUFFIX.test(withOrg[1].trim()))) continue;
    el.date = parseChineseDate(text)?.iso ?? null;
    take(p);
    if (withOrg) el.signatory = squeeze(withOrg[1]);
    else {
      const above = paras[k - 1];
      if (above && !consumed.has(above) && above.text.length <= 30 && ORG_SUFFIX.test(above.text.trim())) { el.signatory = squeeze(above.text); take(above); }
    }
    break;
  }
  el.issuer ??= el.signatory;

  // 附注, 附件说明, 版记.
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const t = p.text;
    let m: RegExpExecArray | null;
    if ((m = /^[（(]\s*(此件[^）)]{2,12})\s*[)）]$/.exec(t))) { el.publicity = m[1]; take(p); continue; }
    if ((m = /^附\s*件\s*[：:]\s*(.*)$/.exec(t))) {
      take(p);
      const first = m[1].replace(/^\d+\s*[.．、]\s*/, '').trim();
      if (first) el.attachments.push(first);
      // `附件：1．…` followed by `2．…` lines.
      for (let j = k + 1; j < paras.length && /^\d+\s*[.．、]/.test(paras[j].text) && /^\d/.test(m[1]); j++) {
        el.attachments.push(paras[j].text.replace(/^\d+\s*[.．、]\s*/, '').trim());
        take(paras[j]);
      }
      continue;
    }
    if (/^附\s*件\s*\d*$/.test(t)) { take(p); continue; } // the label at the top of an attachment
    if ((m = /^(?:抄\s*送|分\s*送)\s*[：:]\s*(.*)$/.exec(t))) {
      let list = m[1];
      take(p);
      // The list runs on while it has not ended with 。 and the next line is not the 印发 line.
      while (!/[。.]$/.test(list) && k + 1 < paras.length && !/印发$/.test(paras[k + 1].text) && paras[k + 1].text.length < 60) {
        list += paras[++k].text;
        take(paras[k]);
      }
      for (const x of splitList(list)) if (!el.cc.includes(x)) el.cc.push(x);
      continue;
    }
    if ((m = new RegExp(`^(.*?)\\s*(${CHINESE_DATE_SRC})\\s*印\\s*发$`).exec(t))) {
      let by = squeeze(m[1]) || null;
      const above = paras[k - 1];
      if (!by && above && above.text.length <= 30 && ORG_SUFFIX.test(above.text.trim()) && !consumed.has(above)) { by = squeeze(above.text); take(above); }
      el.printed = { by, date: parseChineseDate(m[2])?.iso ?? null };
      take(p);
      continue;
    }
    if (/^(推荐访问|相关阅读|扫一扫|责任编辑)[：:]/.test(t)) take(p); // web-page leftovers
  }

  // The plan's own title after the covering notice: `2022年庆元县政务公开工作要点`.
  for (const p of paras) {
    if (consumed.has(p) || p.text.length > 50) continue;
    const t = squeeze(p.text);
    if (PLAN_TITLE.test(t) && !markerAt(t, 0) && !/[，。：:]/.test(t)) {
      if (!el.planTitle) el.planTitle = t;
      take(p);
    }
  }
  // A bare plan without a wrapping notice: its title is the plan title.
  if (!el.planTitle && el.title && !/关于/.test(el.title) && PLAN_TITLE.test(el.title)) el.planTitle = el.title;

  el.planYear = yearOf(el.planTitle) ?? yearOf(el.title) ?? (el.date ? Number(el.date.slice(0, 4)) : null) ?? el.docNumberParts?.year ?? null;

  // 引用文件: every other 文号 in the text, with the 《title》 just before it.
  for (const p of paras) {
    for (const n of findDocNumbers(p.text)) {
      if (consumed.has(p) && n.text === el.docNumber) continue;
      const before = p.text.slice(0, n.index).replace(/[\s（(]+$/, '');
      const t = /《([^《》]+)》$/.exec(before);
      el.references.push({ docNumber: n.text, title: t ? t[1] : null, source: p.source });
    }
  }
  return { elements: el, consumed, diagnostics };
}

function yearOf(s: string | null): number | null {
  const m = s ? /((?:19|20)\d{2})\s*年/.exec(s) : null;
  return m ? Number(m[1]) : null;
}
