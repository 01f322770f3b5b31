// The wording of 公文 elements (GB/T 9704-2012), as data: what ends an organisation's name, which
// 文种 end a title, which labels a metadata block uses. Each list has a table-driven test of real
// wording in tests/analysis/gongwen-words.test.ts.

/** How an issuing organisation's name ends: 庆元县人民政府办公室, 上海市科学技术委员会, 市政府法制办. */
export const ORG_SUFFIXES = [
  '人民政府', '政府', '办公室', '办公厅', '委员会', '管委会', '局', '厅', '委', '办', '部', '院', '中心', '公司', '集团', '署', '会', '所', '组',
];

/** 文种 (GB/T 9704 and the 条例): with 关于 in it, a notice's title is complete only at one of these. */
export const WENZHONG = ['通知', '通报', '意见', '决定', '报告', '请示', '批复', '函', '公告', '通告', '决议', '命令', '议案', '纪要', '公报'];

/** What a plan or other attached document is called at the end of its title. */
export const DOC_KINDS = [
  ...WENZHONG, '方案', '要点', '办法', '规定', '细则', '计划', '安排', '分解表', '清单', '规划', '规则', '指引', '预案',
  '分工', '措施', '任务', '台账', '行动', '指南', '制度', '标准', '纲要',
];

/** Words that introduce a transmitted document in a title: 关于印发《…》的通知, X印发《…》. */
export const TRANSMIT_VERBS = ['印发', '转发', '批转', '颁发', '发布'];

/** A draft's mark under the title: （征求意见稿）. */
export const DRAFT_WORDS = ['征求意见稿', '送审稿', '讨论稿', '草案', '代拟稿', '修订稿', '试行稿'];

/**
 * Labels of the metadata block a government site (or a PDF of its page) prints above a notice, and of
 * the 版头's 签发人 line. The key says what the value is; labels may be letter-spaced (`文    号`).
 */
export const METADATA_LABELS: Record<string, 'docNumber' | 'issuer' | 'date' | 'title' | 'other'> = {
  发文字号: 'docNumber', 文号: 'docNumber', 字号: 'docNumber',
  发文机关: 'issuer', 发布机构: 'issuer', 发文单位: 'issuer', 发布机关: 'issuer', 制发机关: 'issuer',
  成文日期: 'date', 成文时间: 'date',
  标题: 'title', 文件名称: 'title', 名称: 'title',
  索引号: 'other', 主题分类: 'other', 主题词: 'other', 发布日期: 'other', 发布时间: 'other', 公开方式: 'other',
  公开范围: 'other', 公开时限: 'other', 有效性: 'other', 时效: 'other', 生效日期: 'other', 废止日期: 'other',
  所属机构: 'other', 信息来源: 'other', 来源: 'other', 体裁分类: 'other', 组配分类: 'other', 服务对象分类: 'other',
  信息类别: 'other', 分类: 'other', 浏览次数: 'other', 签发人: 'other', 统一编号: 'other', 登记号: 'other',
  // A 收文 processing form (公文处理笺) describes the notice it comes with in the same way.
  来文文号: 'docNumber', 来文字号: 'docNumber', 来文单位: 'issuer', 来文机关: 'issuer', 公文标题: 'title', 文件标题: 'title',
  来文日期: 'date', 收文日期: 'other', 收文编号: 'other', 单位收文编号: 'other', 收文机关: 'other', 收文登记人: 'other',
  紧急程度: 'other', 密级: 'other', 阅文时限: 'other', 公文处理类型: 'other',
};

/**
 * How a table's caption opens (附表2：重点项目清单, 附件1, 表3 分工, 续表): a word with its number, or
 * the bare word on its own or before a colon. A number straight before 年/月 is a date (表2023年…).
 */
export const TABLE_CAPTION = /^(?:(?:附\s*表|附\s*件|表)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d年月日])|(?:附\s*表|附\s*件|续\s*表)(?=$|[\s\u3000：:（(]))/;

/** What a web page wraps around a notice: never a title, never body text. */
export const WEB_FURNITURE = /^(?:推荐访问|相关阅读|扫一扫|责任编辑|当前位置|您当前的位置|打印本页|关闭窗口|【\s*字体|字号[：:]\s*大|分享到)/;

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
export const ORG_SUFFIX = new RegExp(`(?:${alternation(ORG_SUFFIXES)})$`);
export const WENZHONG_END = new RegExp(`(?:${alternation(WENZHONG)})$`);
export const DOC_KIND_END = new RegExp(`(?:${alternation(DOC_KINDS)})$`);
export const TRANSMIT = new RegExp(`(?:${alternation(TRANSMIT_VERBS)})`);
export const DRAFT = new RegExp(`^[（(]?\\s*(${alternation(DRAFT_WORDS)})\\s*[)）]?$`);
