// A pool of worker threads that parse inputs in parallel, each file under a time limit and
// a heap limit. A worker that overruns is ended and replaced; its file is reported with the
// reason (timeout, too-large) and the other files never notice.
// Each worker holds its next job before it finishes the current one, so it never sits idle
// waiting for the main thread to hand it a file.
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
  resolve: (o: ParseOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline: the time limit measures parsing, not start-up. */
  ready: boolean;
  /** Jobs sent, in order: the first is being parsed (its clock runs), the rest wait in the worker. */
  held: Pending[];
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

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
      this.queue.push({ job, resolve });
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
      // An idle worker first, then one that has only the job it parses.
      const slot = this.slots.find((s) => s.ready && !s.held.length) ?? this.slots.find((s) => s.ready && s.held.length < HELD);
      const starting = this.slots.filter((s) => !s.ready).length;
      // A new worker only for work that no starting worker will take.
      if ((!slot || slot.held.length) && this.slots.length < this.opts.jobs && starting < this.queue.length) {
        this.spawn();
        continue;
      }
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.held.push(next);
      if (slot.held.length === 1) this.startClock(slot);
      // Standard input's bytes are copied, not transferred: the pool keeps no reference either way.
      slot.worker.postMessage(next.job);
    }
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
    const slot: Slot = { worker, ready: false, held: [], timer: null };
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
