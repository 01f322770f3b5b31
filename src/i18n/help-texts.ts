// The long help texts: what `gov-tasks --help` and `gov-tasks help COMMAND` print after the
// options (commands in short, output formats, rules, examples, exit codes), in both languages.
// A part of the catalogue kept out of MESSAGES on purpose: it is pages of text that only help
// needs, so the CLI imports it once help is being printed and start-up never pays for it (README,
// Performance). The catalogue's rules hold: each entry has both languages with the same
// {placeholders} (tests/i18n/catalogue.test.ts); commands, options, format and file names stay
// as they are in the Chinese text.
import { fill, type Lang, type MessageParams } from './catalogue.js';
import type { Entry } from './entry.js';

export const HELP_TEXTS = {
  // `gov-tasks --help`: the commands in short
  'help.commands': {
    en: `Commands in short:
  gov-tasks parse notice.docx            the task table of a notice, as JSON
  gov-tasks parse notice.docx -o 核对.html   a review page to check every task against the notice
  gov-tasks parse archive --out-dir out  a whole folder, in parallel, one file per notice
  gov-tasks check archive                findings for CI (numbering, units, deadlines, 文号)
  gov-tasks schema                       the JSON Schema of that output
Run "gov-tasks help parse" and "gov-tasks help check" for their options. Messages follow LANG (zh_CN: Chinese) or --lang.`,
    zh: `常用命令：
  gov-tasks parse 通知.docx                输出公文的任务台账（JSON）
  gov-tasks parse 通知.docx -o 核对.html   生成核对页，对照原文逐项核对任务
  gov-tasks parse 文件夹 --out-dir out     并行处理整个文件夹，每份公文输出一个文件
  gov-tasks check 文件夹                   为 CI 检查公文（编号、单位、时限、文号）
  gov-tasks schema                         输出结果的 JSON Schema
各命令的全部选项见 gov-tasks help parse 和 gov-tasks help check。提示语言随 LANG
（zh_CN 为中文），也可用 --lang 指定。`,
  },
  // every command but schema ends with the exit codes
  'help.exit-codes': {
    en: `Exit codes:
  0  every input parsed (check: no error-severity finding)
  1  parse: parsed, but with error diagnostics (part of an input could not be read, such as
     a scanned page among the text pages of a PDF); with --strict, also any warning.
     check: at least one finding of severity error
  2  usage error (unknown option, bad format name, -o with an extension that names no
     format, no input, xlsx to a terminal, a bad --rule or .gov-tasks.yaml)
  3  parse: an input could not be read (missing, empty, binary, corrupt, encrypted,
     image-only PDF, too large, over --timeout or --max-memory, an unreadable folder);
     the other inputs are still parsed and written
  4  an output could not be written (-o into a folder that does not exist or onto a
     folder, --out-dir onto a file, a symlink inside --out-dir, disk full)
  130 interrupted (Ctrl-C): outputs already finished are kept, none is left half-written
  A closed pipe (gov-tasks parse ... | head) ends quietly with 0.`,
    zh: `退出码：
  0  全部输入均已解析（check：没有“错误”级别的检查结果）
  1  parse：已解析，但有“错误”级别的诊断（输入中有部分内容无法读取，例如 PDF 的文字页
     中夹有扫描页）；使用 --strict 时，有任何警告也返回 1。
     check：至少有一条“错误”级别的检查结果
  2  用法错误（未知选项、格式名称有误、-o 的扩展名不对应任何格式、没有输入、
     把 xlsx 输出到终端、--rule 或 .gov-tasks.yaml 有误）
  3  parse：有输入无法读取（文件不存在、空文件、二进制数据、文件损坏、文件加密、
     只有图片的 PDF、文件过大、超过 --timeout 或 --max-memory、文件夹无法读取）；
     其余输入照常解析和写出
  4  有输出无法写入（-o 指向不存在的文件夹或指向文件夹本身、--out-dir 指向文件、
     --out-dir 中有符号链接、磁盘已满）
  130 被中断（Ctrl-C）：已写完的输出文件保留，不会留下写了一半的文件
  管道被关闭时（gov-tasks parse ... | head）静默结束，退出码为 0。`,
  },
  // `gov-tasks help parse`: inputs, output formats, columns, --by unit, examples, archives
  'help.parse-guide': {
    en: `Reads notices as .txt (UTF-8 or GB18030/GBK), .docx, .doc/.wps, .pdf, .ofd, or web pages
(.html .htm .mht .mhtml, also a web page saved as "Word") — the format is recognised from
the file's bytes, not its name — and writes one task table per notice:
the 公文 elements (文号, 标题, 成文日期, …), the outline (一、/（一）/1./（1）) and every task
with its 牵头单位, 责任单位 and 完成时限, each pointing back to its line or page.

Output formats (-f; with -o the file's extension picks it when -f is absent):
  (none)  on a terminal: a readable summary per notice (文号, 标题, 成文日期, task and
          diagnostic counts) and the task table fitted to the window. Piped or redirected:
          JSON. Colours follow the terminal; NO_COLOR=1 or --no-color turn them off.
  json    the full task table (.json); several inputs give an array
  yaml    the same as YAML (.yaml .yml); several inputs give a multi-document stream
  ndjson  one task a line (.ndjson .jsonl), each with file, docNumber and docTitle of its notice
  csv     RFC 4180, UTF-8 with a BOM so Excel on Windows shows Chinese (--no-bom: without)
  tsv     tab-separated, no BOM; tabs and line breaks inside a cell become spaces
  md      a Markdown table for reports (| and line breaks in cells are escaped)
  xlsx    a 台账 that prints: A4 landscape, one page wide, header on every page, rows as
          tall as their text, a title line (文号, 标题), empty 进展情况/备注 columns
          (--no-ledger-columns: without). Sheets 任务清单, 按单位 (the --by unit view) and
          文件信息. The same input gives the same bytes (SOURCE_DATE_EPOCH honoured).
          Binary: needs -o, --out-dir or a pipe.
  html    the review page (.html): the notice's text with every task highlighted, beside
          the task table (filter by unit, click to jump); one file, nothing fetched

Columns of csv, tsv, md and xlsx (--headers en for English headers):
  序号 文件 一级标题 二级标题 编号 任务内容 牵头单位 责任单位 配合单位 完成时限 截止日期 来源
  完成时限 is the deadline as written (年底前), 截止日期 its last day (2023-12-31), 来源 where
  the task stands (第3页第12行, 第12行, 第5段). Several inputs give one table; 文件 tells them apart.

--by unit: one row per unit and task, with 单位 and 角色 (牵头/责任/配合) in front, sorted by
  unit, then 截止日期 (undated last), then 序号 — each department filters its own rows.
  Units are grouped under one name (spaces, widths, brackets tidied; 市场监管局 = 市场监督管理局
  and other short forms; your own in .gov-tasks.yaml units.aliases). json, yaml and ndjson give
  the same rows as objects ({unit, unitAsWritten, role, collective, file, docNumber, ...task}).

Messages, errors, progress and help follow the locale (LANG=zh_CN.UTF-8: Chinese) or --lang.

Examples:
  $ gov-tasks parse 通知.docx                        summary on the terminal
  $ gov-tasks parse 通知.docx -f xlsx -o 台账.xlsx     Excel workbook
  $ gov-tasks parse 通知.docx -o 台账.xlsx             the same: format from the extension
  $ gov-tasks parse notice.txt -f csv --by unit > 分工.csv   per-unit CSV for Excel
  $ gov-tasks parse notice.txt -f csv --no-bom | csvlook     CSV for tools
  $ gov-tasks parse *.docx -f md --headers en > tasks.md     one Markdown table, English headers
  $ gov-tasks parse notice.pdf -f ndjson | jq -r 'select((.deadline.date // "9") < "2023-07") | .text'
  $ gov-tasks parse notice.txt | jq '.tasks[] | {text, leadUnits, deadline}'
  $ gov-tasks parse notice.docx -f yaml            YAML on stdout
  $ gov-tasks parse archive --out-dir out -f xlsx  a folder, walked: out/ mirrors its tree
  $ gov-tasks parse archive -f ndjson -o tasks.ndjson --ignore '**/草稿/**' --jobs 4
  $ gov-tasks parse 'archive/**/*.pdf' --timeout 20 -f csv -o 台账.csv
  $ gov-tasks parse archive -f ndjson --shard 2/4 > part-2.ndjson   CI matrix: a quarter each
  $ cat notice.txt | gov-tasks parse -             read standard input
  $ gov-tasks parse archive --out-dir out --strict  CI: fail on any warning

Archives: inputs may be files, folders and globs. Folders are walked recursively for .txt
.docx .doc .wps .pdf .ofd .html .htm .mht .mhtml (hidden files skipped; unreadable folders
and symlink loops reported, not fatal).
Files are parsed in parallel by worker threads (--jobs), each under --timeout and
--max-memory; a file over either is reported and the others go on. Each result is written
as soon as it is ready; json, yaml, ndjson, csv and tsv stream (md, xlsx and --by unit need
every table, so they are written at the end). Files are written under a temporary name and
renamed, so Ctrl-C keeps every finished file and leaves none half-written. --out-dir mirrors
a walked folder's tree (archive/县A/通知.docx → out/县A/通知.json); files named directly go to its
top, unless two would share a name: those keep their folders. source.file and
the 文件 column keep each path as given. On a terminal, progress is shown on stderr; a final
line counts every input: parsed, with findings, unreadable, timed out.`,
    zh: `读取 .txt（UTF-8 或 GB18030/GBK）、.docx、.doc/.wps、.pdf、.ofd 格式的公文，以及网页
（.html .htm .mht .mhtml，也包括另存为“Word”的网页）。格式按文件内容识别，与扩展名无关。
每份公文输出一份任务台账：公文要素（文号、标题、成文日期等）、标题层级
（一、/（一）/1./（1））和全部任务，每项任务列出牵头单位、责任单位和完成时限，并注明
其在原文中的行号或页码。

输出格式（-f；用了 -o 而未给 -f 时，按文件扩展名确定）：
  不指定  在终端上：每份公文显示一段摘要（文号、标题、成文日期、任务数和诊断数），
          任务表按窗口宽度排版。通过管道或重定向输出时：JSON。颜色随终端而定，
          NO_COLOR=1 或 --no-color 可关闭颜色。
  json    完整的任务台账（.json）；多个输入时输出一个数组
  yaml    同上，YAML 格式（.yaml .yml）；多个输入时输出多文档流
  ndjson  每行一项任务（.ndjson .jsonl），每项附所属公文的 file、docNumber 和 docTitle
  csv     RFC 4180，UTF-8 带 BOM，Windows 上的 Excel 才能正确显示中文（--no-bom：不带 BOM）
  tsv     制表符分隔，不带 BOM；单元格内的制表符和换行替换为空格
  md      Markdown 表格，可用于报告（单元格内的 | 和换行会转义）
  xlsx    可直接打印的台账：A4 横向，缩放为一页宽，每页重复表头，行高随内容，
          首行为标题（文号、标题），附空白的“进展情况”“备注”列（--no-ledger-columns：
          不加这两列）。工作表：任务清单、按单位（即 --by unit 的视图）和文件信息。
          同一输入生成的文件逐字节相同（遵循 SOURCE_DATE_EPOCH）。
          二进制格式：需要 -o、--out-dir 或管道。
  html    核对页（.html）：公文原文中每项任务高亮显示，旁边是任务表（可按单位筛选，
          点击跳转到原文）；单个文件，不从网络加载任何内容

csv、tsv、md 和 xlsx 的列（--headers en：英文列标题）：
  序号 文件 一级标题 二级标题 编号 任务内容 牵头单位 责任单位 配合单位 完成时限 截止日期 来源
  完成时限为原文的写法（年底前），截止日期为其最后一天（2023-12-31），来源为任务在原文中
  的位置（第3页第12行、第12行、第5段）。多个输入合成一张表，以“文件”列区分。

--by unit：每个单位的每项任务一行，前面加“单位”和“角色”（牵头/责任/配合）两列，依次按
  单位、截止日期（没有日期的排在最后）、序号排序，各部门筛选出自己的行即可。
  同一单位的不同写法合并为一个名称（整理空格、全半角和括号；市场监管局 = 市场监督管理局
  等简称；自己的简称可写在 .gov-tasks.yaml 的 units.aliases 中）。json、yaml 和
  ndjson 以对象形式给出同样的行
  （{unit, unitAsWritten, role, collective, file, docNumber, ...task}）。

提示、错误、进度和帮助的语言随区域设置（LANG=zh_CN.UTF-8 为中文），也可用 --lang 指定。

示例：
  $ gov-tasks parse 通知.docx                        在终端上显示摘要
  $ gov-tasks parse 通知.docx -f xlsx -o 台账.xlsx   Excel 工作簿
  $ gov-tasks parse 通知.docx -o 台账.xlsx           同上：按扩展名确定格式
  $ gov-tasks parse notice.txt -f csv --by unit > 分工.csv   按单位分行的 CSV，供 Excel 使用
  $ gov-tasks parse notice.txt -f csv --no-bom | csvlook   供其他程序使用的 CSV
  $ gov-tasks parse *.docx -f md --headers en > tasks.md   合成一张 Markdown 表，英文列标题
  $ gov-tasks parse notice.pdf -f ndjson | jq -r 'select((.deadline.date // "9") < "2023-07") | .text'
  $ gov-tasks parse notice.txt | jq '.tasks[] | {text, leadUnits, deadline}'
  $ gov-tasks parse notice.docx -f yaml              在标准输出显示 YAML
  $ gov-tasks parse archive --out-dir out -f xlsx    遍历文件夹：out/ 保持其目录结构
  $ gov-tasks parse archive -f ndjson -o tasks.ndjson --ignore '**/草稿/**' --jobs 4
  $ gov-tasks parse 'archive/**/*.pdf' --timeout 20 -f csv -o 台账.csv
  $ gov-tasks parse archive -f ndjson --shard 2/4 > part-2.ndjson   CI 矩阵：各处理四分之一
  $ cat notice.txt | gov-tasks parse -               读取标准输入
  $ gov-tasks parse archive --out-dir out --strict   CI：有任何警告即失败

批量处理：输入可以是文件、文件夹和通配符。文件夹会递归查找 .txt .docx .doc .wps .pdf .ofd
.html .htm .mht .mhtml 文件（跳过隐藏文件；无法读取的文件夹和符号链接循环会报告，但不中止
运行）。文件由工作线程并行解析（--jobs），每个文件受 --timeout 和 --max-memory 限制；超出
任一限制的文件会报告出来，其余文件继续处理。每份结果一完成即写出；json、yaml、ndjson、csv
和 tsv 为流式输出（md、xlsx 和 --by unit 需要全部结果，在最后写出）。文件先以临时名称写入再
改名，因此按 Ctrl-C 中断时，已写完的文件都会保留，不会留下写了一半的文件。
--out-dir 保持所遍历文件夹的目录结构（archive/县A/通知.docx → out/县A/通知.json）；直接
列出的文件写在其顶层，但两个文件会重名时，各自保留所在的文件夹。source.file 和“文件”列
保持给出时的路径。在终端上，进度显示在标准错误输出中；最后一行统计全部输入：已解析、
有问题、无法读取、超时各多少。`,
  },
  // `gov-tasks help check`: {rules} is the rule table, one line per rule in the same language
  'help.check-guide': {
    en: `Checks notices as CI does for code: each finding has a rule id, a severity and a message that
says how to fix it, at file:line:col (page and paragraph where the file has no lines).

Rules (default severity):
{rules}

Configuration: .gov-tasks.yaml (or .yml), found upward from the working directory:
  rules:
    heading-level-skip: off
    docnumber-missing: error
  ignore:
    - "**/草稿/**"
--rule id=off|warn|error overrides it for one run (repeatable).

Reporters (--reporter):
  pretty  grouped by file, file:line:col (editors jump there); the default
  json    [{file, findings: [{file, rule, severity, message, source}]}]
  github  GitHub Actions workflow annotations (::error file=…,line=…::…)
  junit   JUnit XML: one test case per notice, failed by its errors (GitLab, Jenkins)
  sarif   SARIF 2.1.0, for GitHub code scanning (upload-sarif)

Examples:
  $ gov-tasks check archive                         findings, grouped by file
  $ gov-tasks check archive --reporter github       annotations in a GitHub Actions log
  $ gov-tasks check archive --reporter sarif -o gov-tasks.sarif
  $ gov-tasks check archive --rule deadline-past=error --rule task-missing-unit=off
  $ gov-tasks check archive --shard $((JOB_COMPLETION_INDEX+1))/$N   Kubernetes Indexed Job`,
    zh: `像 CI 检查代码一样检查公文：每条检查结果都有规则 ID、严重级别和说明如何修改的提示，
位置以 文件:行:列 表示（文件不分行时，以页码和段落表示）。

规则（默认级别）：
{rules}

配置文件：.gov-tasks.yaml（或 .yml），从当前目录向上查找：
  rules:
    heading-level-skip: off
    docnumber-missing: error
  ignore:
    - "**/草稿/**"
--rule id=off|warn|error 仅在本次运行中覆盖配置（可重复）。

报告格式（--reporter）：
  pretty  按文件分组，位置为 文件:行:列（编辑器可直接跳转）；默认格式
  json    [{file, findings: [{file, rule, severity, message, source}]}]
  github  GitHub Actions 工作流注释（::error file=…,line=…::…）
  junit   JUnit XML：每份公文一个测试用例，有“错误”级别的结果即为失败（GitLab、Jenkins）
  sarif   SARIF 2.1.0，用于 GitHub 代码扫描（upload-sarif）

示例：
  $ gov-tasks check archive                         按文件分组列出检查结果
  $ gov-tasks check archive --reporter github       在 GitHub Actions 日志中显示为注释
  $ gov-tasks check archive --reporter sarif -o gov-tasks.sarif
  $ gov-tasks check archive --rule deadline-past=error --rule task-missing-unit=off
  $ gov-tasks check archive --shard $((JOB_COMPLETION_INDEX+1))/$N   Kubernetes Indexed Job`,
  },
  // `gov-tasks help schema`
  'help.schema-guide': {
    en: `Prints the JSON Schema (draft 2020-12) of a task table, as parse writes one per notice in json
and yaml (several inputs: an array of tables; --by unit and ndjson write rows, not tables).
The package holds the same schema as schemas/task-table.schema.json.

Examples:
  $ gov-tasks schema > task-table.schema.json
  $ gov-tasks parse notice.docx -o t.json && check-jsonschema --schemafile task-table.schema.json t.json`,
    zh: `输出任务台账的 JSON Schema（draft 2020-12），即 parse 以 json 或 yaml 格式为每份公文写出的
任务台账的结构（多个输入时为台账的数组；--by unit 和 ndjson 写出的是行，不是台账）。
软件包中的 schemas/task-table.schema.json 是同一份 Schema。

示例：
  $ gov-tasks schema > task-table.schema.json
  $ gov-tasks parse notice.docx -o t.json && check-jsonschema --schemafile task-table.schema.json t.json`,
  },
} as const satisfies Record<string, Entry>;

export type HelpTextId = keyof typeof HELP_TEXTS;

/** The texts after the options of each help screen (the program's own, each command's), in order. */
export const HELP_PAGES = {
  'gov-tasks': ['help.commands', 'help.exit-codes'],
  parse: ['help.parse-guide', 'help.exit-codes'],
  check: ['help.check-guide', 'help.exit-codes'],
  schema: ['help.schema-guide'],
} as const satisfies Record<string, readonly HelpTextId[]>;

export type HelpPage = keyof typeof HELP_PAGES;

/** A long help text in `lang`, its {placeholders} filled. */
export const helpText = (lang: Lang, id: HelpTextId, params: MessageParams = {}): string => fill(lang, HELP_TEXTS[id][lang], params);

/** What follows commander's part of a help screen: a blank line, then the page's texts a blank line apart. */
export const longHelp = (lang: Lang, page: HelpPage, params: MessageParams = {}): string =>
  `\n${HELP_PAGES[page].map((id) => helpText(lang, id, params)).join('\n\n')}\n`;
