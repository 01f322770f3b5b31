// One name per department: the short forms offices write for a unit's official name, as data.
// Each entry is the official name's tail (the part after 市/县/区/省…) and the short forms met in
// notices for it; a unit whose name ends in a short form is grouped under the official tail
// (`市市场监管局` → `市市场监督管理局`). The comment above each entry says where the official name
// and its short form come from. The grouping is for views (--by unit); tasks keep units as written.
import { foldWidth } from './text.js';
import { normaliseUnitBrackets } from './units.js';

export interface UnitAlias {
  /** The official name's tail, e.g. 市场监督管理局. */
  canonical: string;
  /** Short forms written for it, e.g. 市场监管局. */
  aliases: readonly string[];
}

export const UNIT_ALIASES: readonly UnitAlias[] = [
  // 《深化党和国家机构改革方案》(2018) set up 国家市场监督管理总局, which calls itself 市场监管总局;
  // local bureaus are 市场监督管理局, written 市场监管局 (seed 002 writes both) or 市监局.
  { canonical: '市场监督管理局', aliases: ['市场监管局', '市监局'] },
  // 国家发展和改革委员会 (2003) uses 国家发展改革委 as its own short name; 发改委 is the common one.
  { canonical: '发展和改革委员会', aliases: ['发展改革委员会', '发展改革委', '发改委'] },
  // County-level 发展和改革局 (a 局 where the city has a 委), written 发改局 / 发展改革局.
  { canonical: '发展和改革局', aliases: ['发展改革局', '发改局'] },
  // 《国务院机构改革方案》(2008) created 人力资源和社会保障部 (人社部); local 人力资源和社会保障局 → 人社局.
  { canonical: '人力资源和社会保障局', aliases: ['人力资源社会保障局', '人社局'] },
  // 2008 reform: 住房和城乡建设部 (住建部); local 住房和城乡建设局 → 住建局 / 住房城乡建设局.
  { canonical: '住房和城乡建设局', aliases: ['住房城乡建设局', '住建局'] },
  // 2018 reform: 国家卫生健康委员会 (国家卫生健康委, 卫健委), replacing 卫生计生委.
  { canonical: '卫生健康委员会', aliases: ['卫生健康委', '卫健委', '卫生计生委', '卫计委'] },
  // County-level 卫生健康局 (2019 county reforms), written 卫健局.
  { canonical: '卫生健康局', aliases: ['卫健局'] },
  // 2018 reform: 文化和旅游部; local 文化和旅游局 → 文旅局 / 文化旅游局.
  { canonical: '文化和旅游局', aliases: ['文化旅游局', '文旅局'] },
  // 2018 reform: 国家医疗保障局 (国家医保局); local 医疗保障局 → 医保局.
  { canonical: '医疗保障局', aliases: ['医保局'] },
  // 2018 reform: 退役军人事务部; local 退役军人事务局 → 退役军人局.
  { canonical: '退役军人事务局', aliases: ['退役军人局'] },
  // 2018 reform: 生态环境部 replaced 环境保护部; local 环保局 became 生态环境局.
  { canonical: '生态环境局', aliases: ['环保局', '环境保护局'] },
  // 2018 reform: 应急管理部; local 应急管理局 → 应急局.
  { canonical: '应急管理局', aliases: ['应急局'] },
  // 国务院国有资产监督管理委员会 (2003) is 国资委; local ones alike.
  { canonical: '国有资产监督管理委员会', aliases: ['国资委'] },
  // 2008 reform: 工业和信息化部 (工信部); local 工业和信息化局 → 工信局.
  { canonical: '工业和信息化局', aliases: ['工业信息化局', '工信局'] },
  // 科学技术局 is the official name of local 科技局 (as 科学技术部 of 科技部).
  { canonical: '科学技术局', aliases: ['科技局'] },
  // 交通运输部 (2008 reform); local 交通运输局 is written 交通局 (seed 002).
  { canonical: '交通运输局', aliases: ['交通局'] },
  // 人民政府办公室 (GB/T 9704 examples name 发文机关 in full); written 政府办公室 / 政府办 / 府办.
  { canonical: '人民政府办公室', aliases: ['政府办公室', '政府办', '府办'] },
  // 城市管理局 (综合执法 reforms, 2017) is written 城管局.
  { canonical: '城市管理局', aliases: ['城管局'] },
  // 中央网络安全和信息化委员会办公室 (2018) is 网信办; local ones alike.
  { canonical: '网络安全和信息化委员会办公室', aliases: ['网信办'] },
  // 机构编制委员会办公室 is 编办 in every 机构改革 notice.
  { canonical: '机构编制委员会办公室', aliases: ['编办'] },
  // 残疾人联合会 (中国残联) → 残联; 妇女联合会 (全国妇联) → 妇联; 科学技术协会 (中国科协) → 科协.
  { canonical: '残疾人联合会', aliases: ['残联'] },
  { canonical: '妇女联合会', aliases: ['妇联'] },
  { canonical: '科学技术协会', aliases: ['科协'] },
];

/** A user's own aliases (config `units.aliases`): a written form → the name to group it under. */
export type UserUnitAliases = Readonly<Record<string, string>>;

/**
 * The spelling a unit name is grouped by: no spaces, full-width letters and digits folded,
 * round brackets full-width as 公文 write them (`各县(市、区)` → `各县（市、区）`).
 */
export function tidyUnitName(name: string): string {
  return foldWidth(normaliseUnitBrackets(name.replace(/[\s\u3000\u00a0\ufeff]/g, '')))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

type Rewrite = readonly [form: string, canonical: string];

/** Forms longest first, canonical tails included, so `市人民政府办公室` is not rewritten again. */
function rewrites(table: readonly UnitAlias[]): Rewrite[] {
  const out: Rewrite[] = [];
  for (const e of table) {
    out.push([tidyUnitName(e.canonical), tidyUnitName(e.canonical)]);
    for (const a of e.aliases) out.push([tidyUnitName(a), tidyUnitName(e.canonical)]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

const BUILT_IN = rewrites(UNIT_ALIASES);

function rewriteTail(name: string, table: readonly Rewrite[]): string {
  for (const [form, canonical] of table) {
    if (name.endsWith(form)) return name.slice(0, name.length - form.length) + canonical;
  }
  return name;
}

/**
 * The name to group a unit under: tidied, then the user's aliases (a whole name or a tail),
 * then the built-in short forms. `市市场监管局` → `市市场监督管理局`.
 */
export function unitNamer(user: UserUnitAliases = {}): (name: string) => string {
  const own = Object.entries(user)
    .map(([form, to]): Rewrite => [tidyUnitName(form), tidyUnitName(to)])
    .filter(([form]) => form)
    .sort((a, b) => b[0].length - a[0].length);
  return (name) => rewriteTail(rewriteTail(tidyUnitName(name), own), BUILT_IN);
}

export const canonicalUnit: (name: string) => string = unitNamer();

/**
 * A collective unit names a group, not one department: `市政府各部门`, `各县（市、区）人民政府`,
 * `各有关单位`, `领导小组成员单位`. A department filtering its own tasks also wants these.
 */
const COLLECTIVE = /^各|各(?:有关|相关|级|直属)?(?:部门|单位|机关|县|区|市|乡|镇|街道)|(?:有关|相关)(?:部门|单位)$|成员单位$|^全(?:市|县|区|省)/;

export function isCollectiveUnit(name: string): boolean {
  return COLLECTIVE.test(tidyUnitName(name));
}
