// Units (牵头单位 / 责任单位): split a unit list the way GOLD.md defines it.
import { splitOutsideBrackets } from './text.js';

/** Trailing remarks that name no unit: `市交通局等有关部门` → `市交通局`, `等县级部门` → nothing. */
const TRAILING_ETC = /等(?:有关|相关|其他|其它|各|县级|市级|区级|省级|市直|县直|区直|省直|州直|镇级|职能|成员|责任){0,3}(?:部门|单位|机构)?(?:（单位）|\(单位\))?$/;
/** How the units share the work, not a unit: `县财政局按职责分工` → `县财政局`. */
const TRAILING_MANNER = /(?:按职责分工|按照职责分工|按职能分工|按职责|依职责|根据职责|各司其职)$/;
/** Notes inside a list that define a short name (`以下统称各县(区)政府`) are not units. */
const REMARK = /^(?:以下|下同|下称)?(?:统称|简称|合称)|^下同$/;

/** `各乡<镇>人民政府` → `各乡（镇）人民政府`: offices type angle brackets for round ones. */
export function normaliseUnitBrackets(s: string): string {
  return s.replace(/[<〈]([^<>〈〉]{1,10})[>〉]/g, '（$1）');
}

/**
 * Split a unit list on 、，,；; — never inside brackets (`各县（市、区）人民政府` is one unit) —
 * drop trailing 等有关部门-style remarks and 以下统称 notes, keep names as written otherwise.
 */
export function splitUnits(list: string): string[] {
  const cleaned = normaliseUnitBrackets(list.replace(/[\s\u3000*]/g, ''));
  const out: string[] = [];
  for (let part of splitOutsideBrackets(cleaned, '、，,；;')) {
    part = part.replace(/^[。.：:]+|[。.：:]+$/g, '');
    // A bracketed remark after a name: `县政府办公室（以下简称县府办）`.
    part = part.replace(/[（(](?:以下|下同)[^）)]*[）)]$/, '');
    if (!part || REMARK.test(part)) continue;
    part = part.replace(TRAILING_MANNER, '').replace(TRAILING_ETC, '').replace(/^(?:由|请)/, '').replace(/(?:分别|共同|具体)$/, '');
    if (!part || out.includes(part)) continue;
    out.push(part);
  }
  return out;
}

/** Words that end unit names; used to accept a bracket holding only a list of units. */
const UNIT_SUFFIX = /(?:局|委|委员会|办|办公室|府|政府|中心|部门|单位|街道|办事处|公司|集团|院|会|所|站|队|处|科|组|部|厅|署|社|馆|团|联|区|镇|乡|村|社区|学校|医院|银行|台|室|分局|管委会|园区|小组|机关|企业|集团公司|各级|县直|市直)$/;

export function looksLikeUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !/[。“”"！？的]/.test(name) && UNIT_SUFFIX.test(name.replace(/[（(][^）)]*[）)]$/, ''));
}
