// The batch engine shared by `parse` and `check`: every input goes through the worker pool,
// each result is handed on as soon as it is ready, and in input order for the single outputs
// (stdout, -o) so that a run's output does not depend on which worker was faster.
import { unlink } from 'node:fs/promises';
import { TABLES_ONLY, type ParseJob, type ParseOutcome, type WorkerPlan } from './outcome.js';
import { ParsePool, type PoolOptions } from './pool.js';
import { workerTemporary } from './targets.js';

export interface BatchHandlers {
  /** As soon as an input is done (out-dir files, progress). */
  onDone?(input: string, outcome: ParseOutcome, index: number): Promise<void> | void;
  /** In input order (the single output, diagnostics on stderr). */
  onOrdered?(input: string, outcome: ParseOutcome, index: number): Promise<void> | void;
}

/**
 * Jobs waiting in the pool beyond those the workers hold: the choice that lets each worker take
 * files for the readers it has warmed up (ParsePool.pick). Only paths wait; nothing is read yet.
 */
const LOOKAHEAD = 8;

/** How far results may run ahead of the one the ordered output waits for: bounds memory when one file is slow. */
const REORDER_WINDOW = 64;

export interface BatchRun {
  done: Promise<void>;
  /** Ctrl-C: stop taking inputs and end the workers; finished outputs stay. */
  stop(): Promise<void>;
}

/**
 * @param plan     what the workers do with each table besides parsing it (see WorkerPlan)
 * @param outPath  with --out-dir, where each input's file goes (the worker writes it)
 */
export function runBatch(files: readonly string[], pool: PoolOptions, handlers: BatchHandlers, opts: { plan?: WorkerPlan; outPath?: (input: string) => string; stdin?: Uint8Array } = {}): BatchRun {
  const { plan = TABLES_ONLY, outPath, stdin } = opts;
  const workers = new ParsePool(pool, plan);
  const waiting = new Map<number, ParseOutcome>();
  let cursor = 0;
  let next = 0;
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();
  let wake: (() => void)[] = [];

  const job = (path: string): ParseJob => ({
    ...(path === '-' && stdin ? { path: '-', bytes: stdin } : { path }),
    ...(outPath ? { outPath: outPath(path) } : {}),
  });
  // A worker ended in the middle of writing (time limit, Ctrl-C) leaves its temporary behind.
  const dropTemporary = (j: ParseJob) => (j.outPath ? unlink(workerTemporary(j.outPath)).catch(() => {}) : Promise.resolve());
  const flush = async () => {
    while (waiting.has(next)) {
      const outcome = waiting.get(next)!;
      waiting.delete(next);
      await handlers.onOrdered?.(files[next], outcome, next);
      next++;
    }
    const ready = wake;
    wake = [];
    for (const w of ready) w();
  };
  const runner = async () => {
    while (cursor < files.length && !stopped) {
      const i = cursor++;
      while (i - next >= REORDER_WINDOW && !stopped) await new Promise<void>((r) => wake.push(r));
      if (stopped) return;
      const sent = job(files[i]);
      const outcome = await workers.parse(sent);
      if (!outcome.ok && ['timeout', 'crashed', 'too-large'].includes(outcome.reason)) await dropTemporary(sent);
      if (stopped) return;
      await handlers.onDone?.(files[i], outcome, i);
      waiting.set(i, outcome);
      chain = chain.then(flush);
      await chain;
    }
  };
  // Three a worker (one job it parses, the next it holds, and a result being handed on), and the look-ahead.
  const runners = Array.from({ length: Math.max(1, Math.min(files.length, pool.jobs * 3 + LOOKAHEAD)) }, runner);
  const done = Promise.all(runners).then(() => chain).finally(() => workers.close());
  return {
    done,
    stop: async () => {
      stopped = true;
      for (const w of wake) w();
      const unfinished = workers.inFlight();
      await workers.close();
      await Promise.all(unfinished.map(dropTemporary));
    },
  };
}
