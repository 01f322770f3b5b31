// `gov-tasks parse`: every input through the batch engine; each table written as soon as it is
// ready (one file per input with --out-dir, or streamed into the one output).
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { ExitCode } from '../errors.js';
import { NOTICE_EXTENSIONS } from '../batch/inputs.js';
import type { ParseOutcome, WorkerPlan } from '../batch/outcome.js';
import { runBatch } from '../batch/run.js';
import { formatsInPieces, tableStream, type TableStream } from '../batch/stream-format.js';
import { OutputError, fileTarget, prepareOutDir, stdoutTarget, type Target } from '../batch/targets.js';
import { createProgress, progressEnabled } from '../batch/progress.js';
import type { TaskTable } from '../schema.js';
import { BINARY_FORMATS, EXTENSION, formatFromFileName, type HeaderLang, type OutputFormat, type RowView, type WriteOptions } from '../writers/index.js';
import {
  Tally, UsageError, configErrorLine, failureLine, onInterrupt, outputFailureLine, poolOptions, readStdin, resolveInputs, say, usageLine, type BatchFlags,
} from './batch-cli.js';
import { terminalText } from './text.js';
import { diagnosticMessage, localiseTable } from '../i18n/index.js';
import { cliLang, t } from './lang.js';
import { readFile } from 'node:fs/promises';
import { modelOf, rememberModel } from '../source-models.js';
import { tuneV8ForBatch } from './v8-tuning.js';

export interface ParseFlags extends BatchFlags {
  format?: string;
  output?: string;
  outDir?: string;
  strict?: boolean;
  by: RowView;
  headers: HeaderLang;
  /** false with --no-bom */
  bom: boolean;
  /** false with --no-color */
  color: boolean;
  /** false with --no-ledger-columns */
  ledgerColumns: boolean;
}

/** The output format, or a usage error: `-o 台账.xls` must not silently write JSON. */
function chooseFormat(files: string[], flags: ParseFlags): { format: OutputFormat; summary: boolean } {
  if (flags.output && flags.outDir) throw new UsageError('cli.output-and-out-dir');
  let explicit = flags.format as OutputFormat | undefined;
  if (!explicit && flags.output) {
    const byName = formatFromFileName(flags.output);
    if (!byName) {
      const ext = extname(flags.output);
      throw ext ? new UsageError('cli.not-a-format', { output: flags.output, ext }) : new UsageError('cli.no-extension', { output: flags.output });
    }
    explicit = byName;
  }
  const toStdout = !flags.output && !flags.outDir;
  const summary = !explicit && toStdout && process.stdout.isTTY === true;
  const format: OutputFormat = explicit ?? 'json';
  if (toStdout && BINARY_FORMATS.has(format) && process.stdout.isTTY) {
    throw new UsageError('cli.binary-to-terminal', { format, files: files.join(' '), ext: EXTENSION[format] });
  }
  return { format, summary };
}

export async function runParse(args: string[], flags: ParseFlags): Promise<number> {
  let chosen, pool;
  try {
    chosen = chooseFormat(args, flags);
    pool = poolOptions(flags);
  } catch (e) {
    if (e instanceof UsageError) { say(usageLine(e)); return ExitCode.usage; }
    throw e;
  }
  const { format, summary } = chosen;
  const unitAliases = await configuredUnitAliases();
  if (!unitAliases) return ExitCode.usage;
  const writeOpts: WriteOptions = { view: flags.by, headers: flags.headers, bom: flags.bom, ledgerColumns: flags.ledgerColumns, unitAliases };
  let inputs;
  try {
    inputs = await resolveInputs(args, flags);
  } catch (e) {
    if (e instanceof UsageError) { say(usageLine(e)); return ExitCode.usage; }
    throw e;
  }
  if (!inputs.all.length && !inputs.reported) say(t('cli.no-inputs', { extensions: [...NOTICE_EXTENSIONS].join(' ') }));
  if (!inputs.all.length) return ExitCode.unreadable;
  const stdin = inputs.files.includes('-') ? await readStdin() : undefined;

  const outputs = new OutputSet();
  let target: Target | null = null;
  let stream: TableStream | null = null;
  const summaryTables: TaskTable[] = [];
  try {
    if (flags.outDir) await prepareOutDir(flags.outDir);
    else if (!summary) {
      target = flags.output ? await fileTarget(flags.output) : stdoutTarget();
      stream = tableStream(target, format, writeOpts, inputs.all.length > 1);
    }
  } catch (e) {
    if (e instanceof OutputError) { say(outputFailureLine(e)); return ExitCode.outputFailed; }
    throw e;
  }
  const outPath = flags.outDir ? mirror(inputs.all, inputs.foundUnder, flags.outDir, EXTENSION[format]) : null;

  const tally = new Tally(inputs.lost);
  const progress = await createProgress(inputs.files.length, progressEnabled(Boolean(flags.quiet)));
  const log = progress.log;
  // The workers write the --out-dir files and format the pieces of a streamed output themselves.
  const plan: WorkerPlan = {
    lang: cliLang(), format, writeOpts, many: inputs.all.length > 1,
    send: outPath ? 'none' : !summary && formatsInPieces(format, writeOpts) ? 'piece' : 'table',
    ...(flags.outDir ? { outDir: flags.outDir } : {}),
  };
  tuneV8ForBatch();
  const batch = runBatch(inputs.files, pool, {
    onDone: (input, outcome) => {
      progress.tick(input);
      if (outcome.ok && outcome.outputError) outputs.failedWith(log, outcome.outputError);
    },
    onOrdered: async (input, outcome) => {
      const counts = report(input, outcome, flags, log);
      tally.add(outcome, counts);
      if (!outcome.ok) return;
      if (outcome.piece !== undefined) await outputs.attempt(log, () => stream!.addPiece(outcome.piece!), true);
      if (!outcome.table) return;
      const table = await forOutput(input, outcome.table, summary ? null : format, stdin);
      if (summary) summaryTables.push(table);
      else if (stream) await outputs.attempt(log, () => stream!.add(table), true);
    },
  }, { plan, stdin, ...(outPath ? { outPath } : {}) });
  const release = onInterrupt(batch.stop);
  try {
    await batch.done;
    if (stream && target && !outputs.fatal) {
      await outputs.attempt(log, async () => {
        await stream!.end();
        if (stream!.count || !flags.output) await target!.commit();
        else await target!.abort();
      }, true);
    }
  } finally {
    release();
    progress.stop();
    if (outputs.fatal) await target?.abort();
  }
  if (summary && summaryTables.length) await printSummary(summaryTables, flags, unitAliases);

  if (!flags.quiet && (tally.inputs > 1 || flags.outDir)) say(tally.line());
  if (outputs.failed) return ExitCode.outputFailed;
  if (tally.unreadable || tally.timedOut) return ExitCode.unreadable;
  if (tally.errors || (flags.strict && tally.warnings)) return ExitCode.parsedWithErrors;
  return ExitCode.ok;
}

/**
 * A table as it is written: its diagnostics in the user's language, and for the review page the
 * notice's text, which a table parsed in a worker thread arrives without (it is read again here).
 */
async function forOutput(input: string, table: TaskTable, format: OutputFormat | null, stdin?: Uint8Array): Promise<TaskTable> {
  if (format === 'html' && !modelOf(table)) {
    try {
      const bytes = input === '-' ? stdin : new Uint8Array(await readFile(input));
      const { readDocument } = await import('../readers/index.js');
      if (bytes) rememberModel(table, await readDocument(bytes));
    } catch {
      // Changed or gone since it was parsed: the page shows the tasks without the text.
    }
  }
  return localiseTable(table, cliLang());
}

/** Print an input's failure or diagnostics (unless --quiet); return its counts. */
function report(input: string, outcome: ParseOutcome, flags: ParseFlags, log: (line: string) => void) {
  if (!outcome.ok) {
    log(failureLine(input, outcome));
    return { errors: 0, warnings: 0 };
  }
  let errors = 0, warnings = 0;
  for (const d of outcome.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    if (!flags.quiet && d.severity !== 'info') {
      log(t('cli.diagnostic', { file: terminalText(input), where: where(d.source), severity: t(`cli.severity.${d.severity}`), rule: d.rule, message: terminalText(diagnosticMessage(d, cliLang())) }));
    }
  }
  return { errors, warnings };
}

/** Output failures: each is one line; after a failure of the one output, nothing more is written to it. */
class OutputSet {
  failed = 0;
  fatal = false;
  /** An --out-dir file a worker could not write. */
  failedWith(log: (line: string) => void, failure: Pick<OutputError, 'path' | 'reason'>): void {
    this.failed++;
    log(outputFailureLine(failure));
  }
  async attempt(log: (line: string) => void, work: () => Promise<void>, single = false): Promise<void> {
    if (single && this.fatal) return;
    try {
      await work();
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      this.failed++;
      if (single) this.fatal = true;
      log(outputFailureLine(e));
    }
  }
}

/**
 * Where --out-dir puts each input's output. A file named on the command line (or by a glob, as
 * if the shell had expanded it) goes to the top: a/x.txt b/y.txt → OUT/x.json OUT/y.json, as
 * scripts that gather files from several folders expect. A file found by walking a folder keeps
 * its path below that folder: archive/县A/通知.docx → OUT/县A/通知.json. Where two outputs would
 * still share a name (县A/通知.docx and 县B/通知.docx named directly, or two folders walked), those
 * keep their path below the inputs' common folder, and two that differ only in extension
 * (通知.docx, 通知.pdf) keep it too: 通知.docx.json. Computed from every input before --shard, so
 * each shard writes the same paths.
 */
export function mirror(all: readonly string[], foundUnder: ReadonlyMap<string, string>, outDir: string, ext: string): (input: string) => string {
  const real = all.filter((f) => f !== '-');
  const base = commonFolder(real.map((f) => dirname(resolve(f))));
  const dropExt = (p: string) => p.slice(0, -extname(p).length || undefined);
  const short = (f: string) => dropExt(foundUnder.has(f) ? relative(resolve(foundUnder.get(f)!), resolve(f)) : basename(f));
  const long = (f: string) => relative(base, resolve(f));
  const tally = (key: (f: string) => string) => {
    const n = new Map<string, number>();
    for (const f of real) n.set(key(f), (n.get(key(f)) ?? 0) + 1);
    return n;
  };
  const shortCounts = tally(short);
  const longCounts = tally((f) => dropExt(long(f)));
  return (input) => {
    if (input === '-') return join(outDir, `stdin.${ext}`);
    const name = shortCounts.get(short(input))! === 1 ? short(input)
      : longCounts.get(dropExt(long(input)))! === 1 ? dropExt(long(input)) : long(input);
    return join(outDir, `${name}.${ext}`);
  };
}

function commonFolder(dirs: string[]): string {
  if (!dirs.length) return process.cwd();
  let parts = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const q = d.split(sep);
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

/** units.aliases of the nearest .gov-tasks.yaml (--by unit groups by them); null after a one-line error. */
async function configuredUnitAliases(): Promise<Record<string, string> | null> {
  const { ConfigError, findConfig, loadConfig } = await import('../check/config.js');
  try {
    return (await loadConfig(await findConfig(process.cwd()))).unitAliases;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    say(configErrorLine(e));
    return null;
  }
}

async function printSummary(tables: TaskTable[], flags: ParseFlags, unitAliases: Record<string, string>): Promise<void> {
  const { renderTerminal } = await import('./terminal.js');
  const colorLevel = flags.color === false || process.env.NO_COLOR ? 0 : (await import('chalk')).default.level;
  process.stdout.write(renderTerminal(tables, {
    width: process.stdout.columns || 80, colorLevel, headers: flags.headers, view: flags.by, unitAliases,
  }));
}

function where(s: { line?: number; page?: number; paragraph?: number; row?: number } | null): string {
  if (!s) return '';
  if (s.page) return `:p${s.page}${s.line ? `:${s.line}` : ''}`;
  if (s.line) return `:${s.line}`;
  if (s.paragraph) return `:¶${s.paragraph}`;
  return '';
}

