// What `parse` and `check` share on the command line: the batch options, turning the inputs
// into files (walk, --ignore, --shard), Ctrl-C, and the summary line that counts every input.
import { availableParallelism } from 'node:os';
import { unlinkSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { collectInputs, inShard, parseShard } from '../batch/inputs.js';
import type { ParseOutcome } from '../batch/outcome.js';
import { pendingTemporaries, type OutputError } from '../batch/targets.js';
import type { PoolOptions } from '../batch/pool.js';
import type { ConfigError } from '../check/config.js';
import { terminalText } from './text.js';
import { failureMessage, type MessageId, type MessageParams } from '../i18n/index.js';
import { cliLang, t } from './lang.js';

export interface BatchFlags {
  jobs?: string;
  timeout: string;
  maxMemory: string;
  shard?: string;
  ignore: string[];
  quiet?: boolean;
}

export const DEFAULT_TIMEOUT_S = 60;
export const DEFAULT_MEMORY_MB = 512;

const collectList = (value: string, previous: string[] = []) => [...previous, value];

/** The options every batch command takes. */
export function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', t('help.jobs', { cores: availableParallelism() }))
    .option('--timeout <seconds>', t('help.timeout'), String(DEFAULT_TIMEOUT_S))
    .option('--max-memory <MB>', t('help.max-memory'), String(DEFAULT_MEMORY_MB))
    .option('--shard <K/N>', t('help.shard'))
    .addOption(new Option('--ignore <glob>', t('help.ignore')).argParser(collectList).default([]))
    .helpOption('-h, --help', t('help.help'));
}

/** A mistake on the command line: a catalogue message, said in the user's language. */
export class UsageError extends Error {
  readonly id: MessageId;
  readonly params: MessageParams;
  constructor(id: MessageId, params: MessageParams = {}) {
    super(t(id, params));
    this.id = id;
    this.params = params;
  }
}

/** The one line for a usage error. */
export const usageLine = (e: UsageError): string => t('cli.usage', { reason: e.message });

export function poolOptions(flags: BatchFlags): PoolOptions {
  const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError('cli.jobs', { value: String(flags.jobs) });
  const timeout = Number(flags.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError('cli.timeout', { value: flags.timeout });
  const memory = Number(flags.maxMemory);
  if (!Number.isInteger(memory) || memory < 64) throw new UsageError('cli.max-memory', { value: flags.maxMemory });
  return { jobs, timeoutMs: Math.round(timeout * 1000), memoryMb: memory };
}

export interface Inputs {
  /** Every input found, before sharding: what --out-dir mirrors. */
  all: string[];
  /** The folder argument each walked file was found under. */
  foundUnder: Map<string, string>;
  /** This run's share. */
  files: string[];
  /** Inputs lost before parsing (missing files, unreadable folders): counted as unreadable. */
  lost: number;
  /** Lines printed about the inputs (a folder without notices, a loop). */
  reported: number;
}

/** Expand the inputs and report what could not be walked, one line each. */
export async function resolveInputs(args: string[], flags: BatchFlags, extraIgnore: string[] = [], log: (line: string) => void = say): Promise<Inputs> {
  const shard = flags.shard === undefined ? null : parseShard(flags.shard);
  if (flags.shard !== undefined && !shard) throw new UsageError('cli.shard', { value: flags.shard });
  if (args.filter((f) => f === '-').length > 1) throw new UsageError('cli.stdin-once');
  const { files, foundUnder, problems } = await collectInputs(args, { ignore: [...flags.ignore, ...extraIgnore] });
  for (const p of problems) if (!flags.quiet || p.lost) log(t('cli.error', { file: terminalText(p.path), reason: failureMessage(p, cliLang()) }));
  const mine = shard ? files.filter((f) => inShard(f, shard)) : files;
  return { all: files, foundUnder, files: mine, lost: problems.filter((p) => p.lost).length, reported: problems.length };
}

export const say = (line: string) => { process.stderr.write(line + '\n'); };

/** Counts for the summary line. */
export class Tally {
  inputs = 0;
  parsed = 0;
  tasks = 0;
  withFindings = 0;
  unreadable = 0;
  timedOut = 0;
  errors = 0;
  warnings = 0;

  constructor(lost: number) {
    this.inputs = lost;
    this.unreadable = lost;
  }

  add(outcome: ParseOutcome, findings: { errors: number; warnings: number }): void {
    this.inputs++;
    if (outcome.ok) {
      this.parsed++;
      this.tasks += outcome.tasks;
    } else if (outcome.reason === 'timeout') this.timedOut++;
    else this.unreadable++;
    if (outcome.ok && findings.errors + findings.warnings) this.withFindings++;
    this.errors += findings.errors;
    this.warnings += findings.warnings;
  }

  line(): string {
    const { inputs, parsed, tasks, withFindings, unreadable, timedOut, errors, warnings } = this;
    return t('cli.tally', { inputs, parsed, tasks, withFindings, unreadable, timedOut, errors, warnings });
  }
}

/** One line for an output that cannot be written: `gov-tasks: PATH: REASON`. */
export const outputFailureLine = (e: Pick<OutputError, 'path' | 'reason'>) =>
  t('cli.error', { file: terminalText(e.path), reason: t(e.reason.id, e.reason.params) });

/** One line for a configuration that cannot be used. */
export const configErrorLine = (e: ConfigError) => t('cli.usage', { reason: terminalText(t(e.id, e.params)) });

/** One line for an input that gave no table. */
export const failureLine = (input: string, outcome: ParseOutcome & { ok: false }) =>
  t('cli.error', { file: terminalText(input), reason: terminalText(failureMessage(outcome, cliLang())) });

/**
 * Ctrl-C: stop parsing, remove the temporary files of unfinished outputs (finished ones stay),
 * exit 130 as shells expect of a command ended by SIGINT.
 */
export function onInterrupt(stop: () => Promise<void>): () => void {
  const handler = () => {
    for (const tmp of pendingTemporaries()) {
      try { unlinkSync(tmp); } catch { /* already gone */ }
    }
    say(t('cli.interrupted'));
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/**
 * Standard input, read up to one byte past the input limit: `cat /dev/zero | gov-tasks parse -`
 * must be refused as too large, not fill memory. The reader refuses the over-long bytes.
 */
export async function readStdin(): Promise<Uint8Array> {
  // Imported here, not at the top: the readers' module graph costs `gov-tasks --help` 3-6 ms.
  const { MAX_INPUT_BYTES } = await import('../readers/index.js');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > MAX_INPUT_BYTES) break;
  }
  return new Uint8Array(Buffer.concat(chunks).subarray(0, MAX_INPUT_BYTES + 1));
}
