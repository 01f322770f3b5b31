// What `parse` and `check` share on the command line: the batch options, turning the inputs
// into files (walk, --ignore, --shard), Ctrl-C, and the summary line that counts every input.
import { availableParallelism } from 'node:os';
import { unlinkSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { collectInputs, inShard, parseShard } from '../batch/inputs.js';
import type { ParseOutcome } from '../batch/outcome.js';
import { pendingTemporaries } from '../batch/targets.js';
import type { PoolOptions } from '../batch/pool.js';
import { terminalText } from './text.js';

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
    .option('-j, --jobs <n>', `files parsed in parallel, one worker thread each (default: the number of cores, ${availableParallelism()} here)`)
    .option('--timeout <seconds>', 'time limit per file; a file that takes longer is stopped and reported (0: none)', String(DEFAULT_TIMEOUT_S))
    .option('--max-memory <MB>', 'heap limit of each worker; a file that needs more is stopped and reported as too-large', String(DEFAULT_MEMORY_MB))
    .option('--shard <K/N>', 'take only this run\'s share of the inputs (1 ≤ K ≤ N), the same on every machine: for CI matrices and Kubernetes Indexed Jobs')
    .addOption(new Option('--ignore <glob>', 'leave out files and folders matching this glob (repeatable); a pattern without / matches a name anywhere').argParser(collectList).default([]));
}

export class UsageError extends Error {}

export function poolOptions(flags: BatchFlags): PoolOptions {
  const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs ${flags.jobs}: give a whole number from 1 to 256`);
  const timeout = Number(flags.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError(`--timeout ${flags.timeout}: give seconds, e.g. 30 (0: no limit)`);
  const memory = Number(flags.maxMemory);
  if (!Number.isInteger(memory) || memory < 64) throw new UsageError(`--max-memory ${flags.maxMemory}: give megabytes, at least 64`);
  return { jobs, timeoutMs: Math.round(timeout * 1000), memoryMb: memory };
}

export interface Inputs {
  /** Every input found, before sharding: what --out-dir mirrors. */
  all: string[];
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
  if (flags.shard !== undefined && !shard) throw new UsageError(`--shard ${flags.shard}: write it as K/N with 1 ≤ K ≤ N, e.g. --shard 2/4`);
  if (args.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) can be given once');
  const { files, problems } = await collectInputs(args, { ignore: [...flags.ignore, ...extraIgnore] });
  for (const p of problems) if (!flags.quiet || p.lost) log(`gov-tasks: ${terminalText(p.path)}: ${p.message}`);
  const mine = shard ? files.filter((f) => inShard(f, shard)) : files;
  return { all: files, files: mine, lost: problems.filter((p) => p.lost).length, reported: problems.length };
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
      this.tasks += outcome.table.tasks.length;
    } else if (outcome.reason === 'timeout') this.timedOut++;
    else this.unreadable++;
    if (outcome.ok && findings.errors + findings.warnings) this.withFindings++;
    this.errors += findings.errors;
    this.warnings += findings.warnings;
  }

  line(): string {
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `gov-tasks: ${s(this.inputs, 'input')}: ${this.parsed} parsed (${s(this.tasks, 'task')}), ${this.withFindings} with findings, ` +
      `${this.unreadable} unreadable, ${this.timedOut} timed out; ${s(this.errors, 'error')}, ${s(this.warnings, 'warning')}`;
  }
}

/** One line for an input that gave no table. */
export const failureLine = (input: string, outcome: ParseOutcome & { ok: false }) =>
  `gov-tasks: ${terminalText(input)}: ${terminalText(outcome.message)}`;

/**
 * Ctrl-C: stop parsing, remove the temporary files of unfinished outputs (finished ones stay),
 * exit 130 as shells expect of a command ended by SIGINT.
 */
export function onInterrupt(stop: () => Promise<void>): () => void {
  const handler = () => {
    for (const tmp of pendingTemporaries()) {
      try { unlinkSync(tmp); } catch { /* already gone */ }
    }
    say('gov-tasks: interrupted; finished outputs are kept');
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
