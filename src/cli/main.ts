// The command line. Only this module touches files, stdout and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ExitCode, InputError } from '../errors.js';
import type { TaskTable } from '../schema.js';
import { EXTENSION, FORMATS, formatFromFileName, type OutputFormat } from '../writers/index.js';

const EXIT_CODES = `
Exit codes:
  0  every input parsed
  1  parsed, but with error diagnostics (with --strict: with any warning)
  2  usage error (unknown option, bad format name, no input)
  3  an input could not be read (missing, a directory, empty, binary, corrupt,
     encrypted, image-only PDF); the other inputs are still parsed and written`;

const PARSE_HELP = `
Reads notices as .txt (UTF-8 or GB18030/GBK), .docx, .doc/.wps or .pdf — the format is
recognised from the file's bytes, not its name — and writes one task table per notice:
the 公文 elements (文号, 标题, 成文日期, …), the outline (一、/（一）/1./（1）) and every task
with its 牵头单位, 责任单位 and 完成时限, each pointing back to its line or page.

Examples:
  $ gov-tasks parse notice.txt                     JSON on stdout
  $ gov-tasks parse notice.docx -f yaml            YAML on stdout
  $ gov-tasks parse notice.pdf -o 台账.json         write to a file
  $ gov-tasks parse archive/*.docx --out-dir out   one out/NAME.json per input
  $ cat notice.txt | gov-tasks parse -             read standard input
  $ gov-tasks parse notice.txt | jq '.tasks[] | {text, leadUnits, deadline}'
  $ gov-tasks parse archive/* --out-dir out --strict   CI: fail on any warning
${EXIT_CODES}`;

interface ParseFlags {
  format?: string;
  output?: string;
  outDir?: string;
  strict?: boolean;
  quiet?: boolean;
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
    .description('parse notices into task tables (JSON or YAML)')
    .argument('<files...>', 'notice files (.txt .docx .doc .wps .pdf); "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]))
    .option('-o, --output <file>', 'write to this file instead of stdout (format from its extension when -f is absent)')
    .option('--out-dir <dir>', 'write one file per input: DIR/NAME.json (NAME = input name without extension)')
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
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
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
  let format: OutputFormat = (flags.format as OutputFormat | undefined) ?? (flags.output ? formatFromFileName(flags.output) : null) ?? 'json';
  if (flags.output && flags.outDir) {
    say('gov-tasks: use either -o/--output or --out-dir, not both');
    return ExitCode.usage;
  }
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
      say(`gov-tasks: ${input}: ${describe(e)}`);
    }
  }

  const parsed = outcomes.filter((o) => o.table) as Required<Pick<Outcome, 'input' | 'table'>>[];
  if (flags.outDir) {
    await mkdir(flags.outDir, { recursive: true });
    const { write } = await import('../writers/index.js');
    for (const o of parsed) {
      const name = o.input === '-' ? 'stdin' : basename(o.input, extname(o.input));
      await writeFile(join(flags.outDir, `${name}.${EXTENSION[format]}`), await write([o.table], format));
    }
  } else if (parsed.length) {
    const { write } = await import('../writers/index.js');
    const out = await write(parsed.map((o) => o.table), format);
    if (flags.output) await writeFile(flags.output, out);
    else process.stdout.write(out);
  }

  let errors = 0, warnings = 0;
  for (const o of parsed) {
    for (const d of o.table.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      if (!flags.quiet && d.severity !== 'info') say(`${o.input}${where(d.source)}: ${d.severity} ${d.rule}: ${d.message}`);
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
