// The command line. Only this module touches files, stdout and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { ExitCode } from '../errors.js';
import { FORMATS, HEADER_LANGS, VIEWS } from '../writers/index.js';
import { RULES, ruleSummary } from '../check/rules.js';
import { REPORTERS } from '../check/reporters.js';
import { addBatchOptions } from './batch-cli.js';
import type { ParseFlags } from './parse-command.js';
import type { CheckFlags } from './check-command.js';
import { commanderError } from './commander-errors.js';
import { chooseLang, cliLang, t } from './lang.js';

const EXIT_CODES = `
Exit codes:
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
  A closed pipe (gov-tasks parse ... | head) ends quietly with 0.`;

const PARSE_HELP = `
Reads notices as .txt (UTF-8 or GB18030/GBK), .docx, .doc/.wps, .pdf, .ofd, or web pages
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
line counts every input: parsed, with findings, unreadable, timed out.
${EXIT_CODES}`;

/** The check command's help; its rule table in the user's language (built after the language is chosen). */
const checkHelp = () => `
Checks notices as CI does for code: each finding has a rule id, a severity and a message that
says how to fix it, at file:line:col (page and paragraph where the file has no lines).

Rules (default severity):
${RULES.map((r) => `  ${r.id.padEnd(22)}${r.level.padEnd(6)}${ruleSummary(r.id, cliLang())}`).join('\n')}

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
  $ gov-tasks check archive --shard $((JOB_COMPLETION_INDEX+1))/$N   Kubernetes Indexed Job
${EXIT_CODES}`;

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  // The language is chosen before commander runs: its help summaries are written in it.
  const lang = chooseLang(argv);
  if (!lang.ok) {
    process.stderr.write(t('cli.usage', { reason: t('cli.lang', { value: lang.value ?? '' }) }) + '\n');
    return ExitCode.usage;
  }
  const program = new Command();
  let code: number = ExitCode.ok;
  program
    .name('gov-tasks')
    .description(t('help.description'))
    .version(await version(), '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .configureHelp({ showGlobalOptions: true }) // --lang shows in every command's help
    .addOption(new Option('--lang <lang>', t('help.lang')).choices(['zh', 'en']))
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(commanderError(s)) })
    .addHelpText('after', `\n${t('help.commands')}\n${EXIT_CODES}`);

  const parse = program
    .command('parse')
    .description(t('help.parse'))
    .argument('<inputs...>', t('help.inputs'))
    .addOption(new Option('-f, --format <format>', t('help.format')).choices([...FORMATS]))
    .option('-o, --output <file>', t('help.output'))
    .option('--out-dir <dir>', t('help.out-dir'))
    .addOption(new Option('--by <view>', t('help.by')).choices([...VIEWS]).default('task'))
    .addOption(new Option('--headers <lang>', t('help.headers')).choices([...HEADER_LANGS]).default('zh'))
    .option('--no-bom', t('help.no-bom'))
    .option('--no-color', t('help.no-color'))
    .option('--no-ledger-columns', t('help.no-ledger-columns'))
    .option('--strict', t('help.strict'))
    .option('-q, --quiet', t('help.quiet'));
  addBatchOptions(parse)
    .addHelpText('after', PARSE_HELP)
    .action(async (files: string[], flags: ParseFlags) => {
      code = await (await import('./parse-command.js')).runParse(files, flags);
    });

  const check = program
    .command('check')
    .description(t('help.check'))
    .argument('<inputs...>', t('help.inputs'))
    .addOption(new Option('-r, --reporter <name>', t('help.reporter')).choices([...REPORTERS]).default('pretty'))
    .addOption(new Option('--rule <id=level>', t('help.rule')).argParser((v: string, prev: string[] = []) => [...prev, v]).default([]))
    .option('-c, --config <file>', t('help.config'))
    .option('-o, --output <file>', t('help.check-output'))
    .option('--no-color', t('help.check-no-color'))
    .option('-q, --quiet', t('help.check-quiet'));
  addBatchOptions(check)
    .addHelpText('after', checkHelp())
    .action(async (files: string[], flags: CheckFlags) => {
      code = await (await import('./check-command.js')).runCheck(files, flags, await version());
    });

  program
    .command('schema')
    .description(t('help.schema'))
    .action(async () => {
      const { taskTableJsonSchema } = await import('../schema.js');
      process.stdout.write(JSON.stringify(taskTableJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // `--help` and `--version` succeed; help shown because no command was given is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw e;
  }
  return code;
}

async function version(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * `gov-tasks parse … | head`: when the reader goes away, stop quietly with 0, as grep and jq
 * do, instead of a stack trace for EPIPE.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(ExitCode.ok);
    process.stderr.write(t('output.stdout', { detail: e.message.split('\n')[0] }) + '\n');
    process.exit(ExitCode.outputFailed);
  });
}
