#!/usr/bin/env node
// node scripts/bench-batch.mjs: the batch engine on a generated archive of the seed notices.
//   - throughput of --jobs 2 against --jobs 1 (files per second, the same 200 files)
//   - peak RSS of the whole process (main thread and workers) over 2,000 files against 200
// Runs the built CLI (npm run build first). BENCH_SMALL / BENCH_LARGE change the archive sizes.
// benchBatch() is exported for scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'gov-tasks.js');

/** Seed notices as text and Word: the inputs an archive mostly holds (PDFs would measure pdf.js). */
function sources() {
  const pick = (dir, re) => readdirSync(join(root, 'fixtures', dir)).filter((f) => re.test(f)).map((f) => join(root, 'fixtures', dir, f));
  return [...pick('seeds', /^\d{3}_[0-9a-f]+\.txt$/), ...pick('docx', /^\d{3}_[0-9a-f]+\.docx$/)];
}

/** An archive of `count` files, 50 to a folder, the same names in every folder. */
export function makeArchive(count) {
  const dir = mkdtempSync(join(tmpdir(), 'gov-tasks-bench-'));
  const src = sources();
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `县${String(Math.floor(i / 50)).padStart(3, '0')}`);
    if (i % 50 === 0) mkdirSync(folder);
    const from = src[i % src.length];
    copyFileSync(from, join(folder, `${i % 50}${from.slice(from.lastIndexOf('.'))}`));
  }
  return dir;
}

/** One run of `gov-tasks parse DIR -f ndjson` (output discarded): seconds and peak RSS in MB (null without GNU time). */
export function benchBatch(dir, jobs) {
  const args = [bin, 'parse', dir, '-f', 'ndjson', '-q', '--jobs', String(jobs)];
  const gnuTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`gov-tasks exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const small = Number(process.env.BENCH_SMALL ?? 200);
  const large = Number(process.env.BENCH_LARGE ?? 2000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const a = makeArchive(small);
  const b = makeArchive(large);
  try {
    const time = (dir, jobs) => median(Array.from({ length: runs }, () => benchBatch(dir, jobs).seconds));
    const one = time(a, 1);
    const two = time(a, 2);
    console.log(`batch ${small} files  --jobs 1 ${one.toFixed(1).padStart(6)} s  ${(small / one).toFixed(1).padStart(6)} files/s`);
    console.log(`batch ${small} files  --jobs 2 ${two.toFixed(1).padStart(6)} s  ${(small / two).toFixed(1).padStart(6)} files/s  (${(one / two).toFixed(2)}× --jobs 1; goal ≥ 1.7×)`);
    const rssSmall = benchBatch(a, 2).rssMb;
    const rssLarge = benchBatch(b, 2).rssMb;
    if (rssSmall && rssLarge) {
      console.log(`peak RSS --jobs 2: ${small} files ${rssSmall.toFixed(0)} MB, ${large} files ${rssLarge.toFixed(0)} MB (${(rssLarge / rssSmall).toFixed(2)}×; goal ≤ 1.5×)`);
    } else {
      console.log('peak RSS: needs GNU time (/usr/bin/time)');
    }
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
