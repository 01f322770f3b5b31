// What one input came to, as the batch engine reports it. Plain data: it crosses from a worker.
import type { ErrorParams } from '../errors.js';
import type { OutputReason } from './targets.js';
// A worker sends back what the main thread needs and no more (the counts, the diagnostics, the
// output already formatted, whether its --out-dir file was written): copying whole task tables
// across threads and formatting them all on the main thread is what kept a second worker from
// paying off.
import type { Finding } from '../check/findings.js';
import type { Level } from '../check/rules.js';
import type { Lang } from '../i18n/index.js';
import type { DiagnosticOut, TaskTable } from '../schema.js';
import type { OutputFormat, WriteOptions } from '../writers/index.js';

/** Why an input gave no task table: the reader's reasons, and the engine's own (time and memory limits). */
export type FailureReason =
  | 'missing' | 'directory' | 'empty' | 'binary' | 'unsupported' | 'corrupt' | 'encrypted'
  | 'no-text-layer' | 'too-large' | 'permission' | 'timeout' | 'crashed' | 'unreadable-folder';

export interface ParsedOutcome {
  ok: true;
  /** source.file: the path as given. */
  file: string;
  tasks: number;
  /** The parse's diagnostics (in English, with their catalogue ids): the lines on stderr and the counts. */
  diagnostics: DiagnosticOut[];
  /** The whole table, only when the plan asks for it (formats written from every table at once, CSV numbering, the terminal summary). */
  table?: TaskTable;
  /** The table as its piece of the one output, formatted in the worker (JSON, YAML, NDJSON). */
  piece?: string;
  /** `check`: the findings, computed in the worker from the table. */
  findings?: Finding[];
  /** --out-dir: the path and why, when the worker could not write the file (said by the main thread); absent when written. */
  outputError?: { path: string; reason: OutputReason };
}

export type ParseOutcome =
  | ParsedOutcome
  | { ok: false; reason: FailureReason; message: string; messageId?: string; params?: ErrorParams };

/** An input for a worker: a path to read, or the bytes of standard input; with --out-dir, where its output goes. */
export type ParseJob = ({ path: string } | { path: '-'; bytes: Uint8Array }) & { outPath?: string };

/**
 * What every worker does with a table besides parsing it, fixed for the run (sent once, as the
 * worker's workerData). Plain data: it crosses to the worker.
 */
export interface WorkerPlan {
  /** The language of the diagnostics written into outputs. */
  lang: Lang;
  /** What comes back for the one output: the table, its formatted piece, or nothing (--out-dir, check). */
  send: 'table' | 'piece' | 'none';
  /** The format and options of the output (the piece, and the --out-dir files). */
  format: OutputFormat;
  writeOpts: WriteOptions;
  /** More than one input: JSON pieces are elements of an array. */
  many: boolean;
  /** --out-dir: the folder jobs' outPath lie in; the worker writes each file itself (temporary, then renamed). */
  outDir?: string;
  /** `check`: the rule levels; the worker computes the findings. */
  rules?: [string, Level][];
}

/** The plan of a run that only wants the tables back (the library default). */
export const TABLES_ONLY: WorkerPlan = { lang: 'en', send: 'table', format: 'json', writeOpts: {}, many: false };
