// The catalogue's part for `gov-tasks check`: what each rule finds, how to fix a finding, the
// findings the check makes itself (the parse's own come from its diagnostics), where a finding
// stands, and what is wrong with a configuration. Rule ids are never translated.
import type { Entry } from './entry.js';

export const CHECK_MESSAGES = {
  // ---- what each rule finds (help, SARIF rule table) ----
  'rule.numbering-gap': { en: 'a heading number is skipped (（十四） then （十六）)', zh: '标题编号有跳号（（十四）之后是（十六））' },
  'rule.numbering-repeat': { en: 'a heading number repeats or goes back', zh: '标题编号重复或倒退' },
  'rule.heading-level-skip': { en: 'a heading skips a level of 一、（一）1.（1） (一、 straight to 1.)', zh: '标题跳过了“一、（一）1.（1）”中的一级（一、之下直接是1.）' },
  'rule.marker-width-mixed': { en: 'one level of markers mixes full and half width (1. and 1．, (1) and （1）)', zh: '同一级编号混用全角和半角（1. 与 1．，(1) 与 （1））' },
  'rule.task-missing-unit': { en: 'a task names no 牵头单位 or 责任单位', zh: '任务没有写明牵头单位或责任单位' },
  'rule.task-missing-deadline': { en: 'a task has no 完成时限 while others in the notice do', zh: '其他任务都有完成时限，此任务没有' },
  'rule.deadline-unparsed': { en: 'a 完成时限 that gives no date', zh: '完成时限没有给出日期' },
  'rule.deadline-past': { en: "a deadline before the notice's own date", zh: '完成时限早于公文的成文日期' },
  'rule.clause-not-understood': { en: 'a responsibility clause that could not be read (unclosed bracket, unknown wording)', zh: '无法识别的责任分工语句（括号未闭合、写法不认识）' },
  'rule.unit-run-together': { en: 'unit names written without a separator between them', zh: '单位名称之间缺少分隔符' },
  'rule.docnumber-format': { en: '文号 not in the GB/T 9704 form 机关代字〔年份〕序号号', zh: '文号不符合 GB/T 9704 规定的“机关代字〔年份〕序号号”格式' },
  'rule.docnumber-missing': { en: 'the notice has no 文号', zh: '公文没有文号' },
  'rule.date-invalid': { en: 'a date that is not in the calendar (2023年2月30日)', zh: '日历上不存在的日期（2023年2月30日）' },
  'rule.unreadable': { en: 'the file, or part of it, could not be read (corrupt, encrypted, scanned, too large, too slow)', zh: '文件或其中一部分无法读取（损坏、加密、扫描件、过大、超时）' },

  // ---- how to fix a finding: appended to every message, so a clerk knows what to do ----
  'fix.numbering-gap': { en: 'add the missing item or renumber the ones after it', zh: '请补上缺少的一项，或将其后各项重新编号' },
  'fix.numbering-repeat': { en: 'renumber the items so each follows the one before', zh: '请重新编号，使各项依次递增' },
  'fix.heading-level-skip': { en: 'use the next level down: 一、 then （一） then 1. then （1）', zh: '请逐级使用编号：一、之下用（一），再下用1.，再下用（1）' },
  'fix.marker-width-mixed': { en: 'write every marker of a level the same way', zh: '同一级编号请统一写法' },
  'fix.task-missing-unit': { en: 'add the responsible unit, e.g. （牵头单位：…；责任单位：…）', zh: '请写明责任单位，例如（牵头单位：…；责任单位：…）' },
  'fix.task-missing-deadline': { en: 'add the deadline, e.g. （完成时限：2023年6月底前）', zh: '请写明完成时限，例如（完成时限：2023年6月底前）' },
  'fix.deadline-unparsed': { en: 'write a date or a period: 2023年6月30日前, 年底前, 每季度, 持续推进', zh: '请写明日期或周期：2023年6月30日前、年底前、每季度、持续推进' },
  'fix.deadline-past': { en: 'check the year of the deadline', zh: '请核对完成时限的年份' },
  'fix.clause-not-understood': { en: 'close the bracket and label the roles: （牵头单位：…；责任单位：…）', zh: '请闭合括号并标明角色：（牵头单位：…；责任单位：…）' },
  'fix.unit-run-together': { en: 'separate the units with 、 or ，', zh: '请用“、”或“，”分隔各单位' },
  'fix.docnumber-format': { en: 'year in 六角括号 〔〕, no leading zeros, no 第, 号 at the end', zh: '年份用六角括号〔〕，序号不编虚位、不加“第”字，末尾为“号”' },
  'fix.docnumber-missing': { en: 'add the 发文字号 under the 发文机关标志', zh: '请在发文机关标志下方标注发文字号' },
  'fix.date-invalid': { en: 'correct the day or the month', zh: '请更正日或月' },
  'fix.unreadable': { en: 'save it again as .docx or a PDF with text, or check that it opens', zh: '请重新另存为 .docx 或带文字层的 PDF，或确认文件能正常打开' },
  'check.with-fix': { en: '{message} — {fix}', zh: '{message}。{fix}' },

  // ---- findings the check makes from the whole table ----
  'heading-level-skip': {
    en: '{marker} stands directly under {parent}, skipping {levels|level|levels}',
    zh: '{marker}直接位于{parent}之下，跳过了 {levels} 级标题',
  },
  'marker-width-mixed': {
    en: 'marker {marker} is written unlike the {count} others of its kind ({usual})',
    zh: '编号“{marker}”的写法与同级其他 {count} 个编号（“{usual}”）不一致',
  },
  'docnumber-missing.title': { en: 'no 文号 found (reported at the title)', zh: '未找到文号（标在标题处）' },
  'docnumber-missing.start': { en: 'no 文号 found (reported at the first line)', zh: '未找到文号（标在第一行）' },
  'docnumber-format': { en: '文号 "{docNumber}" should be written {standard}', zh: '文号“{docNumber}”应写作{standard}' },
  'deadline-past': {
    en: "deadline {deadline} ({date}) is before the notice's date {issued}",
    zh: '完成时限{deadline}（{date}）早于公文的成文日期{issued}',
  },
  'date-invalid': { en: '成文日期 {date} is not a day of the calendar', zh: '成文日期{date}在日历上不存在' },
  'date-invalid.deadline': { en: 'deadline {deadline} ({date}) is not a day of the calendar', zh: '完成时限{deadline}（{date}）在日历上不存在' },

  // ---- where a finding stands, for formats whose position fields take only lines of text ----
  'place.page': { en: 'page {page}', zh: '第{page}页' },
  'place.line': { en: 'line {line}', zh: '第{line}行' },
  'place.paragraph': { en: 'paragraph {paragraph}', zh: '第{paragraph}段' },
  'place.row': { en: 'table row {row}', zh: '表格第{row}行' },
  'place.table-row': { en: 'table {table} row {row}', zh: '表{table}第{row}行' },
  'place.list': { en: '{first}, {rest}', zh: '{first}，{rest}' },

  // ---- a configuration that cannot be used: the file (and line) and the key ----
  'config.missing': { en: '{path}: no such file', zh: '{path}：文件不存在' },
  'config.unreadable': { en: '{path}: cannot be read ({code})', zh: '{path}：无法读取（{code}）' },
  'config.not-yaml': { en: '{path}{where}: not valid YAML: {detail}', zh: '{path}{where}：不是有效的 YAML：{detail}' },
  'config.unknown-key': { en: '{path}: unknown key {keys}', zh: '{path}：未知的键 {keys}' },
  'config.unknown-key.top': { en: '{path}: unknown key {keys}; keys are rules, ignore, units', zh: '{path}：未知的键 {keys}；可用的键为 rules、ignore、units' },
  'config.unknown-key.rules': { en: '{path}: unknown key {keys}; rules are {rules}', zh: '{path}：未知的键 {keys}；规则有 {rules}' },
  'config.rule-level': { en: '{path}: {key}: must be off, warn or error', zh: '{path}：{key} 的取值应为 off、warn 或 error' },
  'config.wrong-type': { en: '{path}: {key}: must be {expected}', zh: '{path}：{key} 应为{expected}' },
  'config.wrong-type.top': { en: '{path}: must be {expected}', zh: '{path}：文件内容应为{expected}' },
  'config.invalid': { en: '{path}: {key}: not a valid value', zh: '{path}：{key} 的取值无效' },
  'config.type.object': { en: 'a mapping (key: value)', zh: '映射（键: 值）' },
  'config.type.array': { en: 'a list (- item)', zh: '列表（- 项）' },
  'config.type.string': { en: 'text', zh: '文本' },
  'config.rule-flag': { en: '--rule {flag}: write it as id=off, id=warn or id=error', zh: '--rule {flag}：请写成 id=off、id=warn 或 id=error' },
  'config.rule-unknown': { en: '--rule {flag}: unknown rule {rule}; rules are {rules}', zh: '--rule {flag}：未知规则 {rule}；规则有 {rules}' },
} as const satisfies Record<string, Entry>;
