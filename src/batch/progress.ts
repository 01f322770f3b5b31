// Progress on stderr for people watching a long run: files done of total, the current file and
// the rate, drawn by cli-progress. Only on a terminal, never in CI or a pipe, and only once the
// run has lasted a moment, so a quick run prints nothing but its result.
import type { MultiBar, SingleBar } from 'cli-progress';
import { t } from '../cli/lang.js';

export interface Progress {
  /** An input finished. */
  tick(file: string): void;
  /** A line for stderr that must not tear the bar. */
  log(line: string): void;
  stop(): void;
}

/** How long a run goes before the bar appears; GOV_TASKS_PROGRESS_DELAY_MS changes it (tests set 0, so a
 *  fast machine finishing the test's archive within a second cannot hide the bar). */
const delayMs = () => {
  const ms = Number(process.env.GOV_TASKS_PROGRESS_DELAY_MS);
  return Number.isFinite(ms) && ms >= 0 && process.env.GOV_TASKS_PROGRESS_DELAY_MS !== '' ? ms : 1000;
};

export function progressEnabled(quiet: boolean): boolean {
  return !quiet && process.stderr.isTTY === true && !process.env.CI && process.env.TERM !== 'dumb';
}

export async function createProgress(total: number, enabled: boolean): Promise<Progress> {
  const plain: Progress = { tick: () => {}, log: (line) => { process.stderr.write(line + '\n'); }, stop: () => {} };
  if (!enabled || total < 2) return plain;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  let done = 0;
  let current = '';
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  const payload = () => {
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    return { file: current.length > 40 ? '…' + current.slice(-39) : current, rate: rate.toFixed(1) };
  };
  const timer = setTimeout(() => {
    multi = new cliProgress.MultiBar({
      stream: process.stderr,
      format: t('cli.progress'), // cli-progress fills its own {placeholders}
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
    }, cliProgress.Presets.shades_classic);
    bar = multi.create(total, done, payload());
  }, delayMs());
  timer.unref();
  return {
    tick(file) {
      done++;
      current = file;
      bar?.update(done, payload());
    },
    log(line) {
      if (multi) multi.log(line + '\n');
      else process.stderr.write(line + '\n');
    },
    stop() {
      clearTimeout(timer);
      multi?.stop();
    },
  };
}
