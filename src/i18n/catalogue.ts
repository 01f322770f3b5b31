// The one message catalogue: every diagnostic, input error and command-line line in English and
// Chinese. Each entry holds both languages, so a message cannot exist in one only (the type
// requires both; tests/i18n checks that both name the same {placeholders}). Code creates messages
// by id and parameters; they are spelled in the user's language only where they are written out.

import { CHECK_MESSAGES } from './check-messages.js';
import type { Entry } from './entry.js';
import { IO_MESSAGES } from './io-messages.js';

export type Lang = 'zh' | 'en';
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/**
 * Values for a message's {placeholders}. A value may itself be a message (`ref('part.pdf')`):
 * it is spelled in the same language, so "cannot read {what}" says 无法读取PDF 文件 in Chinese.
 */
export type MessageParams = Readonly<Record<string, string | number | MessageRef>>;
export interface MessageRef { readonly id: string; readonly params?: MessageParams }

/** The catalogue's own part: diagnostics, input errors, the command line, help. */
export const CORE_MESSAGES = {
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
  'text-undecodable': {
    en: 'bytes on this line are not valid {encoding}: shown as �, the rest of the line is kept',
    zh: '此行有不符合 {encoding} 编码的字节：显示为 �，该行其余内容保留',
  },
  'text-undecodable.more': {
    en: '{count} more lines hold bytes that are not valid {encoding} (shown as �)',
    zh: '另有 {count} 行含有不符合 {encoding} 编码的字节（显示为 �）',
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
    en: 'page {page} cannot be read: {error}; its content is missing',
    zh: '第{page}页无法读取：{error}；其内容缺失',
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

  // ---- why an input gave no table: by reason (what a reader or the batch engine says), then specific ones ----
  'reason.missing': { en: 'no such file', zh: '文件不存在' },
  'reason.directory': { en: 'is a directory, not a file', zh: '这是一个目录，不是文件' },
  'reason.empty': { en: 'the file is empty', zh: '文件是空的' },
  'reason.binary': { en: 'binary data, not a notice gov-tasks reads', zh: '二进制数据，不是 gov-tasks 能读取的公文' },
  'reason.unsupported': { en: 'a format gov-tasks does not read', zh: '不支持的文件格式' },
  'reason.corrupt': { en: 'the file is damaged and cannot be read', zh: '文件已损坏，无法读取' },
  'reason.encrypted': { en: 'the file is encrypted (password-protected)', zh: '文件已加密（需要密码）' },
  'reason.no-text-layer': { en: 'the file has no text layer (a scan?): run OCR on it first', zh: '文件没有文字层（扫描件？）：请先做文字识别（OCR）' },
  'reason.too-large': { en: 'too large: refused', zh: '文件过大，已拒绝' },
  'reason.permission': { en: 'permission denied', zh: '没有读取权限' },
  'reason.timeout': { en: 'took longer than the time limit (--timeout): stopped', zh: '超过时间限制（--timeout），已停止' },
  'reason.crashed': { en: 'the parser stopped unexpectedly', zh: '解析程序意外停止' },
  'reason.unreadable-folder': { en: 'the folder cannot be read: skipped', zh: '无法读取该文件夹，已跳过' },
  'reason.symlink-loop': { en: 'symbolic link loops back to a folder above it: skipped', zh: '符号链接指回上级文件夹，已跳过' },
  'reason.no-match': { en: 'no notice file found here', zh: '这里没有找到公文文件' },
  'input.whitespace': { en: 'the file holds only whitespace', zh: '文件只有空白字符' },
  'input.binary': { en: 'binary data in no format gov-tasks reads (.txt, .docx, .doc, .wps, .pdf, .html, .mht, .ofd)', zh: '不是 gov-tasks 能读取的格式（.txt、.docx、.doc、.wps、.pdf、.html、.mht、.ofd）' },
  'input.too-large': { en: 'the file is larger than {mb} MB', zh: '文件超过 {mb} MB' },
  'input.zip-not-word': { en: 'a zip archive that is not a Word document', zh: '这是ZIP压缩包，不是Word文档' },
  'input.unreadable': { en: 'could not be read: {reason}', zh: '无法读取：{reason}' },

  // ---- the command line: one-line errors, diagnostics, the summary line, progress ----
  'cli.error': { en: 'gov-tasks: {file}: {reason}', zh: 'gov-tasks：{file}：{reason}' },
  'cli.usage': { en: 'gov-tasks: {reason}', zh: 'gov-tasks：{reason}' },
  'cli.output-and-out-dir': { en: 'use either -o/--output or --out-dir, not both', zh: '-o/--output 与 --out-dir 只能选一个' },
  'cli.stdin-once': { en: '"-" (standard input) can be given once', zh: '“-”（标准输入）只能出现一次' },
  'cli.not-a-format': {
    en: '{output}: {ext} is not an output format; use .json .yaml .ndjson .csv .tsv .md .html or .xlsx (use .xlsx, not .xls, for Excel), or -f FORMAT',
    zh: '{output}：{ext} 不是输出格式；请用 .json .yaml .ndjson .csv .tsv .md .html 或 .xlsx（Excel 请用 .xlsx，不要用 .xls），或用 -f 指定格式',
  },
  'cli.no-extension': {
    en: '{output}: the name has no extension to tell the format; use .json .yaml .ndjson .csv .tsv .md .html or .xlsx, or -f FORMAT',
    zh: '{output}：文件名没有扩展名，无法判断格式；请用 .json .yaml .ndjson .csv .tsv .md .html 或 .xlsx，或用 -f 指定格式',
  },
  'cli.binary-to-terminal': {
    en: '{format} is a binary format and stdout is a terminal; write it to a file:\n  gov-tasks parse {files} -f {format} -o 台账.{ext}\nor redirect stdout: ... -f {format} > 台账.{ext}',
    zh: '{format} 是二进制格式，不能输出到终端；请写入文件：\n  gov-tasks parse {files} -f {format} -o 台账.{ext}\n或重定向标准输出：... -f {format} > 台账.{ext}',
  },
  'cli.jobs': { en: '--jobs {value}: give a whole number from 1 to 256', zh: '--jobs {value}：请给出 1 到 256 之间的整数' },
  'cli.timeout': { en: '--timeout {value}: give seconds, e.g. 30 (0: no limit)', zh: '--timeout {value}：请给出秒数，例如 30（0 表示不限）' },
  'cli.max-memory': { en: '--max-memory {value}: give megabytes, at least 64', zh: '--max-memory {value}：请给出兆字节数，至少 64' },
  'cli.shard': { en: '--shard {value}: write it as K/N with 1 ≤ K ≤ N, e.g. --shard 2/4', zh: '--shard {value}：请写成 K/N（1 ≤ K ≤ N），例如 --shard 2/4' },
  'cli.lang': { en: '--lang {value}: give zh or en', zh: '--lang {value}：请给出 zh 或 en' },
  'cli.no-inputs': {
    en: 'gov-tasks: no notice files ({extensions}) among the inputs',
    zh: 'gov-tasks：输入中没有公文文件（{extensions}）',
  },
  'cli.interrupted': { en: 'gov-tasks: interrupted; finished outputs are kept', zh: 'gov-tasks：已中断；已完成的输出文件保留' },
  // commander's own errors, recognised from its English wording (src/cli/commander-errors.ts)
  'commander.unknown-option': { en: "unknown option '{option}'", zh: '未知选项 {option}' },
  'commander.unknown-command': { en: "unknown command '{command}'", zh: '未知命令 {command}' },
  'commander.missing-argument': { en: "missing required argument '{argument}'", zh: '缺少参数 {argument}' },
  'commander.option-argument-missing': { en: "option '{option}' argument missing", zh: '选项 {option} 缺少取值' },
  'commander.invalid-choice': {
    en: "option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
    zh: '选项 {option} 的取值“{value}”无效，可选值为 {choices}',
  },
  'commander.too-many-arguments': { en: 'too many arguments', zh: '参数过多' },
  'commander.did-you-mean': { en: ' (did you mean {names}?)', zh: '（是否想输入 {names}？）' },
  // commander's own words on a help screen: its titles, and the notes after an option (its wording in English)
  'commander.title.usage': { en: 'Usage:', zh: '用法：' },
  'commander.title.arguments': { en: 'Arguments:', zh: '参数：' },
  'commander.title.options': { en: 'Options:', zh: '选项：' },
  'commander.title.global-options': { en: 'Global Options:', zh: '全局选项：' },
  'commander.title.commands': { en: 'Commands:', zh: '命令：' },
  'commander.choices': { en: ' (choices: {choices})', zh: '（可选值：{choices}）' },
  'commander.default': { en: ' (default: {value})', zh: '（默认值：{value}）' },
  'commander.choices-default': { en: ' (choices: {choices}, default: {value})', zh: '（可选值：{choices}；默认值：{value}）' },
  'cli.diagnostic': { en: '{file}{where}: {severity} {rule}: {message}', zh: '{file}{where}：{severity} {rule}：{message}' },
  'cli.severity.error': { en: 'error', zh: '错误' },
  'cli.severity.warning': { en: 'warning', zh: '警告' },
  'cli.severity.info': { en: 'info', zh: '提示' },
  'cli.tally': {
    en: 'gov-tasks: {inputs|input|inputs}: {parsed} parsed ({tasks|task|tasks}), {withFindings} with findings, {unreadable} unreadable, {timedOut} timed out; {errors|error|errors}, {warnings|warning|warnings}',
    zh: 'gov-tasks：共 {inputs} 个输入：已解析 {parsed} 个（{tasks} 项任务），{withFindings} 个有问题，{unreadable} 个无法读取，{timedOut} 个超时；错误 {errors} 个，警告 {warnings} 个',
  },
  'cli.progress': {
    en: '{bar} {value}/{total} files | {rate} files/s | {file}',
    zh: '{bar} {value}/{total} 个文件 | 每秒 {rate} 个 | {file}',
  },

  // ---- help: the summaries of commands and options ----
  'help.description': {
    en: 'Turn Chinese government notices (通知, 工作要点, 实施方案, 任务分解表) into task tables.',
    zh: '把政府公文（通知、工作要点、实施方案、任务分解表）转换为任务台账。',
  },
  'help.parse': {
    en: 'parse notices into task tables (summary, JSON, YAML, NDJSON, CSV, TSV, Markdown, Excel, review page)',
    zh: '解析公文，输出任务台账（摘要、JSON、YAML、NDJSON、CSV、TSV、Markdown、Excel、核对页）',
  },
  'help.check': {
    en: 'check notices for CI: numbering, headings, units, deadlines, 文号 (pretty, json, github, junit, sarif)',
    zh: '为 CI 检查公文：编号、标题层级、单位、时限、文号（pretty、json、github、junit、sarif）',
  },
  'help.schema': { en: 'print the JSON Schema of the task table output', zh: '输出任务台账的 JSON Schema' },
  'help.inputs': {
    en: 'notice files (.txt .docx .doc .wps .pdf .ofd .html .mht), folders (walked) or globs; "-" reads standard input',
    zh: '公文文件（.txt .docx .doc .wps .pdf .ofd .html .mht）、文件夹（递归查找）或通配符；“-”读取标准输入',
  },
  'help.format': {
    en: 'output format (default: summary on a terminal, JSON otherwise); html is the review page',
    zh: '输出格式（默认：终端上显示摘要，否则输出 JSON）；html 为核对页',
  },
  'help.output': {
    en: 'write to this file instead of stdout (format from its extension when -f is absent)',
    zh: '写入该文件而不是标准输出（未给 -f 时按扩展名确定格式）',
  },
  'help.out-dir': {
    en: "write one file per input, mirroring the inputs' folders: DIR/…/NAME.<ext> (default format json)",
    zh: '每个输入写一个文件，保持输入的目录结构：DIR/…/NAME.<扩展名>（默认 JSON）',
  },
  'help.by': {
    en: 'rows: one per task, or one per unit and task with its role (units under one name: 市场监管局 = 市场监督管理局)',
    zh: '行的组织方式：每项任务一行，或每个单位每项任务一行并标明角色（同一单位的不同写法合并为一个名称）',
  },
  'help.headers': {
    en: 'column headers of csv/tsv/md/xlsx/html and the summary: Chinese or English',
    zh: 'csv/tsv/md/xlsx/html 及摘要的列标题：中文或英文',
  },
  'help.no-bom': { en: 'csv: omit the UTF-8 byte order mark (for tools rather than Excel)', zh: 'csv：不写 UTF-8 BOM（供程序读取，而不是 Excel）' },
  'help.no-color': { en: 'summary: no colours (also NO_COLOR=1, and whenever stdout is not a terminal)', zh: '摘要不使用颜色（也可设 NO_COLOR=1；输出不是终端时自动关闭）' },
  'help.no-ledger-columns': { en: 'xlsx: leave out the empty 进展情况 and 备注 columns', zh: 'xlsx：不加空白的“进展情况”和“备注”列' },
  'help.strict': { en: 'exit 1 when any warning is reported (for CI on an archive)', zh: '有任何警告即以 1 退出（用于 CI）' },
  'help.quiet': { en: 'do not print warnings, progress and the summary on stderr', zh: '不在标准错误输出中打印警告、进度和汇总' },
  'help.jobs': {
    en: 'files parsed in parallel, one worker thread each (default: the number of cores, {cores} here)',
    zh: '并行解析的文件数，每个文件一个工作线程（默认为 CPU 核数，本机 {cores}）',
  },
  'help.timeout': {
    en: 'time limit per file; a file that takes longer is stopped and reported (0: none)',
    zh: '每个文件的时间限制（秒）；超时的文件会被停止并报告（0 表示不限）',
  },
  'help.max-memory': {
    en: 'heap limit of each worker; a file that needs more is stopped and reported as too-large',
    zh: '每个工作线程的内存上限（MB）；超出的文件会被停止并报告为 too-large',
  },
  'help.shard': {
    en: "take only this run's share of the inputs (1 ≤ K ≤ N), the same on every machine: for CI matrices and Kubernetes Indexed Jobs",
    zh: '只处理本次运行分到的那一份输入（1 ≤ K ≤ N），各机器分法一致：用于 CI 矩阵和 Kubernetes Indexed Job',
  },
  'help.ignore': {
    en: 'leave out files and folders matching this glob (repeatable); a pattern without / matches a name anywhere',
    zh: '跳过匹配该通配符的文件和文件夹（可重复）；不含 / 的模式匹配任意位置的名称',
  },
  'help.reporter': { en: 'how findings are printed', zh: '检查结果的输出格式' },
  'help.rule': { en: 'set a rule to off, warn or error (repeatable)', zh: '把某条规则设为 off、warn 或 error（可重复）' },
  'help.config': {
    en: 'configuration file (default: .gov-tasks.yaml found upward from the working directory)',
    zh: '配置文件（默认：从当前目录向上查找 .gov-tasks.yaml）',
  },
  'help.check-output': { en: 'write the report to this file instead of stdout', zh: '把报告写入该文件，而不是标准输出' },
  'help.check-no-color': { en: 'pretty: no colours (also NO_COLOR=1)', zh: 'pretty：不使用颜色（也可设 NO_COLOR=1）' },
  'help.check-quiet': { en: 'do not print progress and the summary line on stderr', zh: '不在标准错误输出中打印进度和汇总行' },
  'help.help': { en: 'display help for command', zh: '显示命令帮助' },
  'help.version': { en: 'output the version number', zh: '显示版本号' },
  'help.lang': {
    en: 'language of messages, errors, progress and help: zh or en (default: from LC_ALL/LC_MESSAGES/LANG)',
    zh: '提示、错误、进度和帮助的语言：zh 或 en（默认取自 LC_ALL/LC_MESSAGES/LANG）',
  },
} as const satisfies Record<string, Entry>;

/** The parts of the catalogue, each for one side of gov-tasks; no id is in two of them (a test checks). */
export const CATALOGUE_PARTS = { core: CORE_MESSAGES, check: CHECK_MESSAGES, io: IO_MESSAGES } as const;

export const MESSAGES = { ...CORE_MESSAGES, ...CHECK_MESSAGES, ...IO_MESSAGES } as const;

export type MessageId = keyof typeof MESSAGES;

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

/**
 * `{name}` is replaced by a parameter; `{name|one|many}` by the number and the word's singular
 * or plural (English needs it: 1 task, 2 tasks; Chinese does not: 2 项任务).
 */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The placeholders of a template: `{task}` → task. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/** A message as a parameter of another: `inputError('corrupt', 'input.cannot-read', { what: ref('part.pdf'), … })`. */
export const ref = (id: MessageId, params?: MessageParams): MessageRef => (params ? { id, params } : { id });

/** A message in one language, its {placeholders} filled; a missing parameter stays visible as {name}. */
export function message(lang: Lang, id: MessageId, params: MessageParams = {}): string {
  const entry: Entry = MESSAGES[id];
  return fill(lang, entry[lang], params);
}

/** A template in `lang` with its {placeholders} filled: a message's, or one of a part loaded on demand (help texts). */
export function fill(lang: Lang, template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (all, name: string, one?: string, many?: string) => {
    if (!(name in params)) return all;
    const value = params[name];
    return one === undefined || typeof value === 'object' ? spell(lang, value) : `${value} ${value === 1 ? one : many}`;
  });
}

/** A parameter, or any text that may be a message, in `lang`: a message by its id, anything else as it is. */
export function spell(lang: Lang, value: string | number | MessageRef): string {
  if (typeof value !== 'object') return String(value);
  return isMessageId(value.id) ? message(lang, value.id, value.params) : value.id;
}
