// A parse worker: loads the pipeline once, then parses the jobs the pool sends, one at a time.
// Running each file here, under the pool's time and memory limits, is what keeps one hostile
// file from stalling or aborting the whole run.
import { parentPort } from 'node:worker_threads';
import { parseJob } from './parse-one.js';
import type { ParseJob } from './outcome.js';

const { parseBytes } = await import('../pipeline.js');

/**
 * Test hooks, so the tests can prove the limits hold without a hostile file that a reader fix
 * would defuse: a file whose path ends with GOV_TASKS_TEST_STALL never finishes, as a reader
 * caught in an endless loop would (synchronously: only ending the worker stops it); one ending
 * with GOV_TASKS_TEST_BLOAT takes memory until the heap limit, as an amplified file would.
 */
const stall = process.env.GOV_TASKS_TEST_STALL;
const bloat = process.env.GOV_TASKS_TEST_BLOAT;

parentPort!.on('message', async (job: ParseJob) => {
  if (stall && job.path.endsWith(stall)) for (;;);
  if (bloat && job.path.endsWith(bloat)) {
    const held: string[][] = [];
    for (let i = 0; ; i++) held.push(Array.from({ length: 1e5 }, (_, k) => `${i}:${k}`));
  }
  parentPort!.postMessage(await parseJob(job, parseBytes));
});
parentPort!.postMessage('ready');
