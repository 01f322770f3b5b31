// A parse worker: loads the pipeline once, then parses the jobs the pool sends, one at a time,
// and finishes each table here (its --out-dir file, its formatted piece, its findings) so that
// only a small summary goes back. Running each file here, under the pool's time and memory
// limits, is what keeps one hostile file from stalling or aborting the whole run.
import { parentPort, workerData } from 'node:worker_threads';
import { parseJob } from './parse-one.js';
import { TABLES_ONLY, type ParseJob, type WorkerPlan } from './outcome.js';
import { finishTable } from './worker-output.js';

const { parseBytes } = await import('../pipeline.js');
const plan: WorkerPlan = (workerData as WorkerPlan | undefined) ?? TABLES_ONLY;
const levels = new Map(plan.rules ?? []);

/**
 * Test hooks, so the tests can prove the limits hold without a hostile file that a reader fix
 * would defuse: a file whose path ends with GOV_TASKS_TEST_STALL never finishes, as a reader
 * caught in an endless loop would (synchronously: only ending the worker stops it); one ending
 * with GOV_TASKS_TEST_BLOAT takes memory until the heap limit, as an amplified file would.
 */
const stall = process.env.GOV_TASKS_TEST_STALL;
const bloat = process.env.GOV_TASKS_TEST_BLOAT;

async function run(job: ParseJob): Promise<void> {
  if (stall && job.path.endsWith(stall)) for (;;);
  if (bloat && job.path.endsWith(bloat)) {
    const held: string[][] = [];
    for (let i = 0; ; i++) held.push(Array.from({ length: 1e5 }, (_, k) => `${i}:${k}`));
  }
  const parsed = await parseJob(job, parseBytes);
  parentPort!.postMessage(parsed.ok ? await finishTable(parsed.table, job, plan, levels) : parsed);
}

// The pool sends the next job before this one is done (so no file waits for the main thread):
// jobs still run one after another, in the order sent, which is what the pool's clock assumes.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: ParseJob) => {
  queue = queue.then(() => run(job)).catch((e: unknown) => {
    // A bug in finishing one table: that input is reported, the next ones still run.
    parentPort!.postMessage({ ok: false, reason: 'crashed', message: `the parser stopped: ${String((e as Error)?.message ?? e).split('\n')[0]}` });
  });
});
parentPort!.postMessage('ready');
