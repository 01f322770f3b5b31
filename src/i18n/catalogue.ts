// The one message catalogue: every diagnostic, input error and command-line line in English and
// Chinese. Each entry holds both languages, so a message cannot exist in one only (the type
// requires both; tests/i18n checks that both name the same {placeholders}). Code creates messages
// by id and parameters; they are spelled in the user's language only where they are written out.

export type Lang = 'zh' | 'en';
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

export type MessageParams = Readonly<Record<string, string | number>>;

interface Entry { en: string; zh: string }

export const MESSAGES = {
  // ---- diagnostics: the id is the rule id, or rule.variant when a rule has several messages ----
  'no-tasks': {
    en: 'no task found: no responsibility clause and no task table',
    zh: '未找到任务：既没有责任分工语句，也没有任务表',
  },
  'clause-unclosed': {
    en: 'responsibility clause is not closed: {clause}',
    zh: '责任分工语句的括号没有闭合：{clause}',
  },
  'clause-unopened': {
    en: 'responsibility clause has no opening bracket: {clause}',
    zh: '责任分工语句缺少左括号：{clause}',
  },
  'clause-not-understood': {
    en: 'clause not understood (task kept without units): {clause}',
    zh: '无法理解的责任分工语句（任务已保留，未识别出单位）：{clause}',
  },
  'clause-not-understood.part': {
    en: 'part of a clause not understood: {parts}',
    zh: '责任分工语句有部分内容无法理解：{parts}',
  },
  'unit-run-together': {
    en: 'two unit names may run together without a separator: {unit}',
    zh: '两个单位名称可能连在一起，中间缺少分隔符：{unit}',
  },
  'table-row-without-unit': {
    en: 'table row {row} names no unit, unlike every other row: not taken as a task',
    zh: '表格第{row}行没有写明单位（其他各行都有），未作为任务',
  },
  'table-columns': {
    en: 'task table columns taken from their cells: {columns}',
    zh: '任务表的列按单元格内容识别：{columns}',
  },
  'table-columns.no-header': {
    en: 'task table columns taken from their cells (no header row): {columns}',
    zh: '任务表没有表头，列按单元格内容识别：{columns}',
  },
  'ofd-page-unreadable': {
    en: 'page {page} cannot be read ({error}): its content is missing',
    zh: '第{page}页无法读取（{error}），其内容缺失',
  },
  'ofd-page-no-text': {
    en: 'page {pages} is an image without text (scanned?): the content is missing; run OCR on the OFD',
    zh: '第{pages}页是没有文字的图片（扫描件？），其内容缺失；请先对OFD做文字识别（OCR）',
  },
  'ofd-page-no-text.several': {
    en: 'pages {pages} are images without text (scanned?): the content is missing; run OCR on the OFD',
    zh: '第{pages}页是没有文字的图片（扫描件？），其内容缺失；请先对OFD做文字识别（OCR）',
  },
  'task-without-unit': {
    en: 'task names no unit: {task}…',
    zh: '任务没有写明责任单位：{task}…',
  },
  'task-without-unit.table-row': {
    en: 'table row {row} names no unit',
    zh: '表格第{row}行没有写明责任单位',
  },
  'task-without-deadline': {
    en: 'task has no deadline while others do: {task}…',
    zh: '其他任务都有完成时限，此任务没有：{task}…',
  },
  'deadline-unparsed': {
    en: 'deadline not understood: {deadline}',
    zh: '无法识别的完成时限：{deadline}',
  },
  'numbering-gap': {
    en: 'numbering skips {missing}: {marker} follows {previous}',
    zh: '编号不连续，缺少{missing}：{marker}紧接在{previous}之后',
  },
  'numbering-gap.start': {
    en: 'numbering skips {missing}: {marker} comes first',
    zh: '编号不连续，缺少{missing}：{marker}是第一个编号',
  },
  'numbering-repeat': {
    en: '{marker} repeats or goes back after {previous}',
    zh: '编号{marker}在{previous}之后重复或倒退',
  },
  'doc-number-malformed.brackets': {
    en: '文号 "{docNumber}" should hold its year in 六角括号 〔〕: {fixed}',
    zh: '文号“{docNumber}”的年份应使用六角括号〔〕：{fixed}',
  },
  'doc-number-malformed': {
    en: '文号 "{docNumber}" is not of the form 机关代字〔年份〕序号号',
    zh: '文号“{docNumber}”不符合“机关代字〔年份〕序号号”的格式',
  },
  'pdf-page-no-text': {
    en: 'page {pages} is an image without a text layer (scanned?): its content is missing; run OCR on the PDF',
    zh: '第{pages}页是没有文字层的图片（扫描件？），其内容缺失；请先对PDF做文字识别（OCR）',
  },
  'pdf-page-no-text.several': {
    en: 'pages {pages} are images without a text layer (scanned?): their content is missing; run OCR on the PDF',
    zh: '第{pages}页是没有文字层的图片（扫描件？），其内容缺失；请先对PDF做文字识别（OCR）',
  },

  // ---- input errors (InputError): one per reason, used when a reader gives no more specific id ----
  'input.missing': { en: 'no such file', zh: '文件不存在' },
  'input.directory': { en: 'is a directory, not a file', zh: '这是一个目录，不是文件' },
  'input.empty': { en: 'the file is empty', zh: '文件是空的' },
  'input.whitespace': { en: 'the file holds only whitespace', zh: '文件只有空白字符' },
  'input.binary': { en: 'binary data in no format gov-tasks reads (.txt, .docx, .doc, .wps, .pdf, .html, .mht, .ofd)', zh: '不是 gov-tasks 能读取的格式（.txt、.docx、.doc、.wps、.pdf、.html、.mht、.ofd）' },
  'input.unsupported': { en: 'a format gov-tasks does not read', zh: '不支持的文件格式' },
  'input.corrupt': { en: 'the file is damaged and cannot be read', zh: '文件已损坏，无法读取' },
  'input.encrypted': { en: 'the file is encrypted (password-protected)', zh: '文件已加密（需要密码）' },
  'input.no-text-layer': { en: 'the PDF has no text layer (a scan?): run OCR on it first', zh: 'PDF没有文字层（扫描件？）：请先做文字识别（OCR）' },
  'input.too-large': { en: 'the file is larger than {mb} MB', zh: '文件超过 {mb} MB' },
  'input.zip-not-word': { en: 'a zip archive that is not a Word document', zh: '这是ZIP压缩包，不是Word文档' },
  'input.permission': { en: 'permission denied', zh: '没有读取权限' },
  'input.unreadable': { en: 'could not be read: {reason}', zh: '无法读取：{reason}' },

  // ---- the command line ----
  'cli.error': { en: 'gov-tasks: {file}: {reason}', zh: 'gov-tasks：{file}：{reason}' },
  'cli.output-and-out-dir': { en: 'gov-tasks: use either -o/--output or --out-dir, not both', zh: 'gov-tasks：-o/--output 与 --out-dir 只能选一个' },
  'cli.stdin-once': { en: 'gov-tasks: "-" (standard input) can be given once', zh: 'gov-tasks：“-”（标准输入）只能出现一次' },
  'cli.binary-to-terminal': {
    en: 'gov-tasks: {format} is a binary format and stdout is a terminal; write it to a file:\n  gov-tasks parse {files} -f {format} -o 台账.{ext}\nor redirect stdout: ... -f {format} > 台账.{ext}',
    zh: 'gov-tasks：{format} 是二进制格式，不能输出到终端；请写入文件：\n  gov-tasks parse {files} -f {format} -o 台账.{ext}\n或重定向标准输出：... -f {format} > 台账.{ext}',
  },
  'cli.renamed-output': {
    en: 'gov-tasks: {file}: written as {name} ({taken} is taken by another input)',
    zh: 'gov-tasks：{file}：已写为 {name}（{taken} 已被另一个输入占用）',
  },
  'cli.diagnostic': { en: '{file}{where}: {severity} {rule}: {message}', zh: '{file}{where}：{severity} {rule}：{message}' },
  'cli.severity.error': { en: 'error', zh: '错误' },
  'cli.severity.warning': { en: 'warning', zh: '警告' },
  'cli.severity.info': { en: 'info', zh: '提示' },
  'cli.summary': {
    en: 'gov-tasks: {inputs} inputs: {parsed} parsed ({tasks} tasks), {failed} unreadable; {errors} errors, {warnings} warnings',
    zh: 'gov-tasks：共 {inputs} 个输入：已解析 {parsed} 个（{tasks} 项任务），{failed} 个无法读取；错误 {errors} 个，警告 {warnings} 个',
  },
  'cli.usage-error': { en: 'gov-tasks: {reason}', zh: 'gov-tasks：{reason}' },
  'cli.description': {
    en: 'Turn Chinese government notices (通知, 工作要点, 实施方案, 任务分解表) into task tables.',
    zh: '把政府公文（通知、工作要点、实施方案、任务分解表）转换为任务台账。',
  },
  'cli.parse.description': {
    en: 'parse notices into task tables (summary, JSON, YAML, NDJSON, CSV, TSV, Markdown, Excel, review page)',
    zh: '解析公文，输出任务台账（摘要、JSON、YAML、NDJSON、CSV、TSV、Markdown、Excel、核对页）',
  },
  'cli.schema.description': { en: 'print the JSON Schema of the task table output', zh: '输出任务台账的 JSON Schema' },
  'cli.option.lang': {
    en: 'language of messages, help and the summary (default: from LANG/LC_ALL)',
    zh: '提示信息、帮助和摘要的语言（默认取自 LANG/LC_ALL）',
  },
  'cli.option.no-ledger-columns': {
    en: 'xlsx: leave out the empty 进展情况 and 备注 columns',
    zh: 'xlsx：不加空白的“进展情况”和“备注”列',
  },
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof MESSAGES;

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

/** The placeholders of a template: `{task}` → task. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** A message in one language, its {placeholders} filled; a missing parameter stays visible as {name}. */
export function message(lang: Lang, id: MessageId, params: MessageParams = {}): string {
  const entry: Entry = MESSAGES[id];
  return entry[lang].replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
