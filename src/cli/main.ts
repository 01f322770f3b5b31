// The command line. Only this module touches files, stdout and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ExitCode, InputError } from '../errors.js';
import { escapeControls } from '../safe-text.js';
import type { TaskTable } from '../schema.js';
import { BINARY_FORMATS, EXTENSION, FORMATS, HEADER_LANGS, VIEWS, formatFromFileName, type HeaderLang, type OutputFormat, type RowView, type WriteOptions } from '../writers/index.js';

const EXIT_CODES = `
Exit codes:
  0  every input parsed
  1  parsed, but with error diagnostics: part of an input could not be read (a scanned
     page among the text pages of a PDF); with --strict, also any warning
  2  usage error (unknown option, bad format name, no input, xlsx to a terminal)
  3  an input could not be read (missing, a directory, empty, binary, corrupt,
     encrypted, image-only PDF); the other inputs are still parsed and written`;

const PARSE_HELP = `
Reads notices as .txt (UTF-8 or GB18030/GBK), .docx, .doc/.wps or .pdf — the format is
recognised from the file's bytes, not its name — and writes one task table per notice:
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
  xlsx    Excel workbook: sheets 任务清单 (frozen header, filter, 截止日期 as real dates),
          按单位 (the --by unit view) and 文件信息 (文号, 发文机关, 标题, 成文日期, 计划年度,
          主送, 抄送, 附件, task count). Binary: needs -o, --out-dir or a pipe.

Columns of csv, tsv, md and xlsx (--headers en for English headers):
  序号 文件 一级标题 二级标题 编号 任务内容 牵头单位 责任单位 配合单位 完成时限 截止日期 来源
  完成时限 is the deadline as written (年底前), 截止日期 its last day (2023-12-31), 来源 where
  the task stands (第3页第12行, 第12行, 第5段). Several inputs give one table; 文件 tells them apart.

--by unit: one row per unit and task, with 单位 and 角色 (牵头/责任/配合) in front, sorted by
  unit, then 截止日期 (undated last), then 序号 — each department filters its own rows.
  Unit names are compared ignoring spaces and full/half width. json, yaml and ndjson give
  the same rows as objects ({unit, role, file, docNumber, docTitle, ...task}).

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
  $ gov-tasks parse archive/*.docx --out-dir out -f xlsx   one out/NAME.xlsx per input
  $ cat notice.txt | gov-tasks parse -             read standard input
  $ gov-tasks parse archive/* --out-dir out --strict   CI: fail on any warning
${EXIT_CODES}`;

interface ParseFlags {
  format?: string;
  output?: string;
  outDir?: string;
  strict?: boolean;
  quiet?: boolean;
  by: RowView;
  headers: HeaderLang;
  /** false with --no-bom */
  bom: boolean;
  /** false with --no-color */
  color: boolean;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code: number = ExitCode.ok;
  program
    .name('gov-tasks')
    .description('Turn Chinese government notices (通知, 工作要点, 实施方案, 任务分解表) into task tables.')
    .version(await version(), '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s.startsWith('error:') ? `gov-tasks: ${s}` : s) })
    .addHelpText('after', `
Commands in short:
  gov-tasks parse notice.docx            the task table of a notice, as JSON
  gov-tasks schema                       the JSON Schema of that output
Run "gov-tasks help parse" for the options of parse.
${EXIT_CODES}`);

  program
    .command('parse')
    .description('parse notices into task tables (summary, JSON, YAML, NDJSON, CSV, TSV, Markdown, Excel)')
    .argument('<files...>', 'notice files (.txt .docx .doc .wps .pdf); "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: summary on a terminal, JSON otherwise)').choices([...FORMATS]))
    .option('-o, --output <file>', 'write to this file instead of stdout (format from its extension when -f is absent)')
    .option('--out-dir <dir>', 'write one file per input: DIR/NAME.<ext> (NAME = input name without extension; default format json)')
    .addOption(new Option('--by <view>', 'rows: one per task, or one per unit and task with its role').choices([...VIEWS]).default('task'))
    .addOption(new Option('--headers <lang>', 'column headers of csv/tsv/md/xlsx and the summary: Chinese or English').choices([...HEADER_LANGS]).default('zh'))
    .option('--no-bom', 'csv: omit the UTF-8 byte order mark (for tools rather than Excel)')
    .option('--no-color', 'summary: no colours (also NO_COLOR=1, and whenever stdout is not a terminal)')
    .option('--strict', 'exit 1 when any warning is reported (for CI on an archive)')
    .option('-q, --quiet', 'do not print warnings and the summary on stderr')
    .addHelpText('after', PARSE_HELP)
    .action(async (files: string[], flags: ParseFlags) => {
      code = await runParse(files, flags);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the task table output')
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

const say = (line: string) => process.stderr.write(line + '\n');

interface Outcome { input: string; table?: TaskTable; error?: string }

async function runParse(files: string[], flags: ParseFlags): Promise<number> {
  if (flags.output && flags.outDir) {
    say('gov-tasks: use either -o/--output or --out-dir, not both');
    return ExitCode.usage;
  }
  const explicit = (flags.format as OutputFormat | undefined) ?? (flags.output ? formatFromFileName(flags.output) : null);
  // The summary is for people: only when nothing asked for a format and stdout is a terminal.
  const toStdout = !flags.output && !flags.outDir;
  const summary = !explicit && toStdout && process.stdout.isTTY === true;
  const format: OutputFormat = explicit ?? 'json';
  // Checked before any input is read, so the mistake costs nothing and prints no garbage.
  if (toStdout && BINARY_FORMATS.has(format) && process.stdout.isTTY) {
    say(`gov-tasks: ${format} is a binary format and stdout is a terminal; write it to a file:\n` +
      `  gov-tasks parse ${files.join(' ')} -f ${format} -o 台账.${EXTENSION[format]}\n` +
      `or redirect stdout: ... -f ${format} > 台账.${EXTENSION[format]}`);
    return ExitCode.usage;
  }
  const writeOpts: WriteOptions = { view: flags.by, headers: flags.headers, bom: flags.bom };
  if (files.filter((f) => f === '-').length > 1) {
    say('gov-tasks: "-" (standard input) can be given once');
    return ExitCode.usage;
  }
  const { parseBytes, parseFile } = await import('../pipeline.js');
  const outcomes: Outcome[] = [];
  for (const input of files) {
    try {
      const table = input === '-'
        ? await parseBytes(await readStdin(), { file: '-' })
        : await parseFile(input);
      outcomes.push({ input, table });
    } catch (e) {
      outcomes.push({ input, error: describe(e) });
      say(`gov-tasks: ${escapeControls(input)}: ${escapeControls(describe(e))}`);
    }
  }

  const parsed = outcomes.filter((o) => o.table) as Required<Pick<Outcome, 'input' | 'table'>>[];
  if (flags.outDir) {
    await mkdir(flags.outDir, { recursive: true });
    const { write } = await import('../writers/index.js');
    const used = new Set<string>();
    for (const o of parsed) {
      const base = o.input === '-' ? 'stdin' : basename(o.input, extname(o.input));
      // Two inputs with one name (a/x.txt and b/x.txt, x.docx and x.pdf) must not overwrite each other.
      let name = base;
      for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
      used.add(name);
      if (name !== base && !flags.quiet) say(`gov-tasks: ${escapeControls(o.input)}: written as ${name}.${EXTENSION[format]} (${base}.${EXTENSION[format]} is taken by another input)`);
      await writeFile(join(flags.outDir, `${name}.${EXTENSION[format]}`), await write([o.table], format, writeOpts));
    }
  } else if (summary && parsed.length) {
    const { renderTerminal } = await import('./terminal.js');
    const colorLevel = flags.color === false || process.env.NO_COLOR ? 0 : (await import('chalk')).default.level;
    process.stdout.write(renderTerminal(parsed.map((o) => o.table), {
      width: process.stdout.columns || 80, colorLevel, headers: flags.headers, view: flags.by,
    }));
  } else if (parsed.length) {
    const { write } = await import('../writers/index.js');
    const out = await write(parsed.map((o) => o.table), format, writeOpts);
    if (flags.output) await writeFile(flags.output, out);
    else process.stdout.write(out);
  }

  let errors = 0, warnings = 0;
  for (const o of parsed) {
    for (const d of o.table.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      // A diagnostic quotes the notice: its control characters must not reach the terminal raw.
      if (!flags.quiet && d.severity !== 'info') say(escapeControls(`${o.input}${where(d.source)}: ${d.severity} ${d.rule}: ${d.message}`));
    }
  }
  const failed = outcomes.length - parsed.length;
  if (!flags.quiet && (outcomes.length > 1 || flags.outDir)) {
    const tasks = parsed.reduce((n, o) => n + o.table.tasks.length, 0);
    say(`gov-tasks: ${outcomes.length} input${outcomes.length > 1 ? 's' : ''}: ${parsed.length} parsed (${tasks} tasks), ${failed} unreadable; ${errors} errors, ${warnings} warnings`);
  }
  if (failed) return ExitCode.unreadable;
  if (errors || (flags.strict && warnings)) return ExitCode.parsedWithErrors;
  return ExitCode.ok;
}

function where(s: { line?: number; page?: number; paragraph?: number; row?: number } | null): string {
  if (!s) return '';
  if (s.page) return `:p${s.page}${s.line ? `:${s.line}` : ''}`;
  if (s.line) return `:${s.line}`;
  if (s.paragraph) return `:¶${s.paragraph}`;
  return '';
}

function describe(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory, not a file';
  return `could not be read: ${err?.message?.split('\n')[0] ?? String(e)}`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
