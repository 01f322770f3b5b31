// A pool of worker threads that parse inputs in parallel, each file under a time limit and
// a heap limit. A worker that overruns is ended and replaced; its file is reported with the
// reason (timeout, too-large) and the other files never notice.
// Each worker holds its next job before it finishes the current one, so it never sits idle
// waiting for the main thread to hand it a file.
// Each worker takes first the files of the readers it has already warmed up (pickJob):
// a reader's first files cost several times its later ones (pdf.js alone is 60,000 lines for
// V8 to load, compile and tune), and a pool whose every worker reads every format pays that
// once per worker.
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TABLES_ONLY, type ParseJob, type ParseOutcome, type WorkerPlan } from './outcome.js';

export interface PoolOptions {
  /** Worker threads (--jobs). */
  jobs: number;
  /** Per-file time limit in ms (--timeout); 0 for none. */
  timeoutMs: number;
  /** Heap limit of each worker in MB (--max-memory). */
  memoryMb: number;
}

/** Jobs a worker holds: the one it parses and the next. */
const HELD = 2;

interface Pending {
  job: ParseJob;
  /** The reader the file's name points to (readerOf). */
  reader: string;
  resolve: (o: ParseOutcome) => void;
}

/** Extensions read by one reader, so their files go to the same worker. */
const SAME_READER: Readonly<Record<string, string>> = { '.htm': '.html', '.mht': '.html', '.mhtml': '.html', '.wps': '.doc' };

/** The reader a job will most likely need, from its file name (the content decides in the end: this only schedules). */
export function readerOf(job: ParseJob): string {
  if ('bytes' in job) return 'stdin';
  const ext = extname(job.path).toLowerCase();
  return SAME_READER[ext] ?? ext;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline: the time limit measures parsing, not start-up. */
  ready: boolean;
  /** Jobs sent, in order: the first is being parsed (its clock runs), the rest wait in the worker. */
  held: Pending[];
  timer: NodeJS.Timeout | null;
  /** Readers this worker has been given files for, and so has loaded and warmed up. */
  readers: Set<string>;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Which waiting job a worker takes (an index into `waiting`, the readers of the queued jobs, oldest
 * first): the first for a reader it has warmed up; else the first for a reader no worker has warmed
 * up yet; else the oldest. Each reader's jobs keep their order, and a job is passed over only while
 * the other workers find jobs of their own readers in the queue.
 */
export function pickJob(waiting: readonly string[], mine: ReadonlySet<string>, warmedByAny: (reader: string) => boolean): number {
  const own = waiting.findIndex((r) => mine.has(r));
  if (own >= 0) return own;
  return Math.max(0, waiting.findIndex((r) => !warmedByAny(r)));
}

/**
 * Whether a busy worker gets its next job now: only while the queue holds work for every worker.
 * Near the end of a run a job held by a busy worker would wait while another worker sits idle.
 */
export function holdsAhead(waiting: number, workers: number): boolean {
  return waiting >= workers;
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly opts: PoolOptions, private readonly plan: WorkerPlan = TABLES_ONLY) {}

  /** Jobs sent to a worker and not yet answered, for the caller's clean-up when the run is stopped. */
  inFlight(): ParseJob[] {
    return this.slots.flatMap((s) => s.held.map((p) => p.job));
  }

  /** Parse one input; resolves with its outcome, never rejects. */
  parse(job: ParseJob): Promise<ParseOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, reader: readerOf(job), resolve });
      this.dispatch();
    });
  }

  /** End every worker (after the last result, or on Ctrl-C). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      // An idle worker first, then one that has only the job it parses (holdsAhead).
      const idle = this.slots.find((s) => s.ready && !s.held.length);
      const ahead = holdsAhead(this.queue.length, this.slots.length) ? this.slots.find((s) => s.ready && s.held.length < HELD) : undefined;
      const slot = idle ?? ahead;
      const starting = this.slots.filter((s) => !s.ready).length;
      // A new worker only for work that no starting worker will take.
      if (!idle && this.slots.length < this.opts.jobs && starting < this.queue.length) {
        this.spawn();
        continue;
      }
      if (!slot) return;
      const next = this.queue.splice(this.pick(slot), 1)[0];
      slot.readers.add(next.reader);
      slot.held.push(next);
      if (slot.held.length === 1) this.startClock(slot);
      // Standard input's bytes are copied, not transferred: the pool keeps no reference either way.
      slot.worker.postMessage(next.job);
    }
  }

  private pick(slot: Slot): number {
    return pickJob(this.queue.map((p) => p.reader), slot.readers, (r) => this.slots.some((s) => s.readers.has(r)));
  }

  /** The worker starts on its first held job: the time limit runs from now. */
  private startClock(slot: Slot): void {
    if (this.opts.timeoutMs <= 0) return;
    slot.timer = setTimeout(() => this.fail(slot, { ok: false, reason: 'timeout', message: `took longer than ${this.opts.timeoutMs / 1000} s to parse; stopped (--timeout)` }), this.opts.timeoutMs);
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: this.plan,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb },
      // A library's console output (pdf.js warnings) must not mix into the JSON on stdout or the user's stderr.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, ready: false, held: [], timer: null, readers: new Set() };
    worker.on('message', (message: ParseOutcome | 'ready') => {
      if (message !== 'ready') return this.settle(slot, message);
      slot.ready = true;
      this.dispatch();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const outcome: ParseOutcome = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { ok: false, reason: 'too-large', message: `needed more than ${this.opts.memoryMb} MB of memory to parse; stopped (--max-memory)` }
        : { ok: false, reason: 'crashed', message: `the parser stopped: ${String(e.message).split('\n')[0]}` };
      this.fail(slot, outcome);
    });
    worker.on('exit', () => this.fail(slot, { ok: false, reason: 'crashed', message: 'the parser stopped unexpectedly' }));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, outcome: ParseOutcome): void {
    const current = slot.held.shift();
    if (!current) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    // The worker goes straight on to the next job it holds.
    if (slot.held.length) this.startClock(slot);
    current.resolve(outcome);
    this.dispatch();
  }

  /** The worker can no longer be trusted: report its file, end it, and let a fresh one take its place. */
  private fail(slot: Slot, outcome: ParseOutcome): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.worker.removeAllListeners('exit');
    slot.worker.on('error', () => {}); // late errors of a worker being ended
    void slot.worker.terminate();
    if (slot.timer) clearTimeout(slot.timer);
    if (!slot.ready) {
      // A worker that cannot even start will not start the next time either: every waiting input gets the reason.
      for (const p of this.queue.splice(0)) p.resolve(outcome);
      return;
    }
    // The file it was parsing gets the reason; the job it held next was never started, and goes to another worker.
    const [current, ...unstarted] = slot.held;
    this.queue.unshift(...unstarted);
    current?.resolve(outcome);
    this.dispatch();
  }
}
