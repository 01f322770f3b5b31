// A parse worker: loads the pipeline once, then parses the jobs the pool sends, one at a time.
// Running each file here, under the pool's time and memory limits, is what keeps one hostile
// file from stalling or aborting the whole run.
import { parentPort } from 'node:worker_threads';
import { parseJob } from './parse-one.js';
import type { ParseJob } from './outcome.js';

const { parseBytes } = await import('../pipeline.js');

/**
 * Test hook: a file whose path ends with GOV_TASKS_TEST_STALL never finishes, as a reader caught
 * in an endless loop would (synchronously, so only terminating the worker ends it).
 */
const stall = process.env.GOV_TASKS_TEST_STALL;

parentPort!.on('message', async (job: ParseJob) => {
  if (stall && job.path.endsWith(stall)) for (;;);
  parentPort!.postMessage(await parseJob(job, parseBytes));
});
