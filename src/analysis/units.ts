// Units (牵头单位 / 责任单位): split a unit list the way GOLD.md defines it.
import { splitOutsideBrackets } from './text.js';

/**
 * `等` ends a unit: `市发改委等有关部门和单位` → `市发改委`. Not when it is part of a word
 * (`高等院校`, `中等职业学校`, `平等`).
 */
const ETC = /(?<![高中初平同对相均上优])等/;
/** What may follow `等` and still be a further unit: `A、B等和C` → A, B, C. */
const AFTER_ETC_UNIT = /^(?:和|及|以及|与)(.{2,40})$/;
/**
 * What follows `等` and names no particular unit (`有关部门`, `县级相关部门`, `部门和单位`): dropped.
 * A particular kind of unit after it (`浦东新区等相关区政府`) keeps the name as written.
 */
const GENERIC_AFTER_ETC = /^(?:有关|相关|其他|其它|各|县级|市级|区级|省级|州级|镇级|市直|县直|区直|省直|州直|职能|成员|责任|涉及|重点){0,3}(?:部门|单位|机构|部门和单位|单位和部门|部门单位|方面)?(?:（单位）|\(单位\))?$/;
/** How the units share the work, not a unit: `县财政局按职责分工` → `县财政局`. */
const TRAILING_MANNER = /(?:按职责分工|按照职责分工|按职能分工|按职责|依职责|根据职责|各司其职)$/;
/** Notes inside a list that define a short name (`以下统称各县(区)政府`) are not units. */
const REMARK = /^(?:以下|下同|下称)?(?:统称|简称|合称)|^下同$|^(?:排名)?不分先后$/;
/** People and posts are not units (`常务副区长`, `分管副县长`, `主要负责同志`). */
const POST = /(?:书记|[区县市省州镇乡]长|主任|局长|处长|科长|秘书长|负责人|负责同志|领导|同志|干部|委员)$/;

/**
 * A name never starts with a role word (`牵头单位负责人` is about a person of the lead unit) or an
 * action verb (`加强新一轮深化国有企业` is the start of a sentence).
 */
const ROLE_START = /^(?:含|包括|包含|不含|如|例如|即|详见|参见|见|牵头|责任|配合|协办|负责|参与|完成|加强|加快|推进|推动|深化|建立|健全|完善|做好|强化|提升|落实|开展|实施|组织|建设|打造|支持|鼓励|引导|积极|持续|全面|进一步|着力|切实|严格|规范|优化|创新|探索|坚持|依法|按照|根据|围绕|聚焦|及时|主动|定期)/;

/** `各乡<镇>人民政府` → `各乡（镇）人民政府`: offices type angle brackets for round ones. */
export function normaliseUnitBrackets(s: string): string {
  if (!s.includes('<') && !s.includes('〈')) return s; // the common case, without a regex pass
  return s.replace(/[<〈]([^<>〈〉]{1,10})[>〉]/g, '（$1）');
}

/** One part of a list, cleaned: remarks, manner words and `等…` removed. Several names after `等和`. */
function cleanPart(raw: string): string[] {
  let part = raw.replace(/^[。.：:]+|[。.：:]+$/g, '');
  // A bracketed remark after a name: `县政府办公室（以下简称县府办）`.
  part = part.replace(/[（(](?:以下|下同)[^）)]*[）)]$/, '');
  if (!part || REMARK.test(part)) return [];
  const out: string[] = [];
  const etc = ETC.exec(part);
  if (etc) {
    const rest = part.slice(etc.index + 1);
    const more = AFTER_ETC_UNIT.exec(rest)?.[1];
    if (more || GENERIC_AFTER_ETC.test(rest)) part = part.slice(0, etc.index);
    if (more && !GENERIC_AFTER_ETC.test(more)) out.push(more);
  }
  part = part.replace(TRAILING_MANNER, '').replace(/^(?:由|请)/, '').replace(/(?:分别|共同|具体)$/, '');
  // A generic word on its own (`有关单位`) is a unit; only after `等` is it dropped.
  if (part && !POST.test(part)) out.unshift(part);
  return out;
}

/**
 * Split a unit list on 、，,；; — never inside brackets (`各县（市、区）人民政府` is one unit) —
 * drop everything from `等` on, 以下统称 notes and posts, keep names as written otherwise.
 */
export function splitUnits(list: string): string[] {
  const cleaned = normaliseUnitBrackets(list.replace(/[\s\u3000*]/g, ''));
  const out: string[] = [];
  for (const raw of splitOutsideBrackets(cleaned, '、，,；;')) {
    for (const unit of cleanPart(raw)) if (!out.includes(unit)) out.push(unit);
  }
  return out;
}

/** `各县（市、区）`, `各设区市`, `各县市区`: every government of a kind of place. */
const EVERY_PLACE = /^各[\u4e00-\u9fff]{0,4}[省市县区州盟旗](?:[（(][^）)]{1,8}[）)])?$/;

/** Words that end unit names; used to accept a bracket holding only a list of units. */
const UNIT_SUFFIX = /(?:局|委|委员会|办|办公室|府|政府|中心|部门|单位|街道|办事处|公司|集团|院|会|所|站|队|处|科|组|部|厅|署|社|馆|团|联|区|镇|乡|村|社区|学校|医院|银行|支行|分行|台|室|分局|管委会|园区|小组|机关|机构|企业|国企|集团公司|各级|县直|市直|区直|海关|协|片区|高校|院校|军分区|支队|大队|中队|法院|检察院|中央)$/;

export function looksLikeUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !/[。“”"！？的:：]/.test(name) && !POST.test(name) && !ROLE_START.test(name)
    && (UNIT_SUFFIX.test(name.replace(/[（(][^）)]*[）)]$/, '')) || EVERY_PLACE.test(name));
}

/** A name as a unit list may hold it once a label has said so: short, no sentence in it. */
/**
 * A name a label vouches for: one that reads as a unit, or a plausible name of an administrative
 * kind (`各区属国企`, `驻县有关单位`, `县直`). `视情况确定` is no unit even after `责任单位：`.
 */
export function labelledUnit(name: string): boolean {
  return looksLikeUnit(name) || (plausibleUnit(name) && /^[各省市县区镇乡驻]/.test(name));
}

export function plausibleUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && !/[。“”"！？的了地得要应将把对在从:：]/.test(name.slice(1))
    && !ROLE_START.test(name) && !POST.test(name);
}



/**
 * Two names run together without a separator (`县文化广播电视和旅游局县国有资产监管和金融工作局`):
 * a unit ending, then a new administrative prefix and another whole unit. Kept as written (GOLD.md
 * does not guess separators) but reported. `国家税务总局X县税务局` is one name.
 */
const RUN_TOGETHER = /(?<!总)(?:局|委|办|厅|中心|政府|公司|集团|院|署|站)(?=[县市区省州镇乡][\u4e00-\u9fff（）()]{1,24}(?:局|委|办|厅|中心|政府|公司|集团|院|署|站|部|会)$)/;

export function isRunTogether(unit: string): boolean {
  const m = RUN_TOGETHER.exec(unit);
  return !!m && m.index >= 2;
}
