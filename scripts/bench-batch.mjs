#!/usr/bin/env node
// node scripts/bench-batch.mjs: the batch engine on a generated archive of the seed notices.
//   - throughput of --jobs 2 against --jobs 1 (files per second, the same 200 files), as the
//     median of paired runs taken in rotation (1 2, 2 1, 1 2 …), so a neighbour's load falls on both
//   - the CPU time of each (user + system, every thread): how much work a second worker adds, and
//     how many cores --jobs 1 already keeps busy (V8 compiles and collects garbage on threads of
//     its own), which bounds what a second worker can gain on this machine
//   - the same on 2,000 files (one run each): the start-up of each worker (loading the pipeline,
//     V8 compiling the hot code) weighs less, so this is the steady-state scaling
//   - peak RSS of the whole process (main thread and workers) over 2,000 files against 200
// Runs the built CLI (npm run build first). BENCH_SMALL / BENCH_LARGE change the archive sizes,
// BENCH_RUNS the number of pairs, BENCH_BIN another build's bin/gov-tasks.js (to compare two builds).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = process.env.BENCH_BIN ?? join(root, 'bin', 'gov-tasks.js');

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

/**
 * One run of `gov-tasks parse DIR -f ndjson` (output discarded): wall seconds, CPU seconds of
 * every thread (user + system) and peak RSS in MB; CPU and RSS are null without GNU time.
 */
export function benchBatch(dir, jobs) {
  const args = [bin, 'parse', dir, '-f', 'ndjson', '-q', '--jobs', String(jobs)];
  const gnuTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`gov-tasks exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const [user, sys, kb] = gnuTime ? r.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: Number.isFinite(user + sys) ? user + sys : null, rssMb: Number.isFinite(kb) ? kb / 1024 : null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => loadavg()[0].toFixed(1);

/** `runs` pairs of --jobs 1 and --jobs 2 on the same archive, in rotation; medians. */
function pairs(dir, runs) {
  const one = [], two = [];
  for (let r = 0; r < runs; r++) {
    for (const jobs of r % 2 ? [2, 1] : [1, 2]) (jobs === 1 ? one : two).push(benchBatch(dir, jobs));
  }
  const m = (xs, key) => (xs.every((x) => x[key] !== null) ? median(xs.map((x) => x[key])) : null);
  return {
    one: { seconds: m(one, 'seconds'), cpu: m(one, 'cpu') },
    two: { seconds: m(two, 'seconds'), cpu: m(two, 'cpu') },
    ratio: median(one.map((x, i) => x.seconds / two[i].seconds)),
    cpuRatio: one.every((x) => x.cpu) ? median(one.map((x, i) => two[i].cpu / x.cpu)) : null,
  };
}

function report(files, p, label) {
  const line = (jobs, r) => {
    const cpu = r.cpu === null ? '' : `  CPU ${r.cpu.toFixed(1).padStart(5)} s = ${(1000 * r.cpu / files).toFixed(0).padStart(3)} ms a file, ${(r.cpu / r.seconds).toFixed(2)} cores busy`;
    return `batch ${files} files  --jobs ${jobs} ${r.seconds.toFixed(1).padStart(6)} s  ${(files / r.seconds).toFixed(1).padStart(6)} files/s${cpu}`;
  };
  console.log(line(1, p.one));
  console.log(line(2, p.two));
  console.log(`  wall clock: --jobs 2 is ${p.ratio.toFixed(2)}× --jobs 1 (${label}; goal ≥ 1.7×)`);
  if (p.cpuRatio === null) return;
  console.log(`  CPU time: --jobs 2 spends ${p.cpuRatio.toFixed(2)}× the CPU of --jobs 1 for the same files: `
    + `CPU-time scaling ${(2 / p.cpuRatio).toFixed(2)}× (what --jobs 2 gains with a core for each worker; goal ≥ 1.7×)`);
  const cores = availableParallelism();
  const busy1 = p.one.cpu / p.one.seconds;
  const busy2 = p.two.cpu / p.two.seconds;
  const busy = `  cores busy: --jobs 1 ${busy1.toFixed(2)}, --jobs 2 ${busy2.toFixed(2)} of ${cores}`;
  // Linux shares a loaded machine between sessions (autogroups), not threads: a second worker then
  // gets no more CPU than one had, and the wall clock shows only the work it adds.
  if (busy2 < busy1 * 1.25) console.log(`${busy}: the machine gave two workers no more CPU than one (it is shared), so the wall clock shows only the work the second adds`);
  // --jobs 2 cannot finish before its CPU time spread over every core; --jobs 1 took its CPU time
  // over the cores it kept busy (V8 compiles and collects garbage on threads of its own).
  else console.log(`${busy}: --jobs 1 already uses ${busy1.toFixed(2)} cores, so --jobs 2 can be at most ${(cores / busy1 / p.cpuRatio).toFixed(2)}× faster here`);
}

async function main() {
  const small = Number(process.env.BENCH_SMALL ?? 200);
  const large = Number(process.env.BENCH_LARGE ?? 2000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const a = makeArchive(small);
  const b = makeArchive(large);
  try {
    console.log(`load average ${load()} on ${availableParallelism()} cores at the start`);
    report(small, pairs(a, runs), `median of ${runs} paired runs`);
    const l1 = benchBatch(b, 1);
    const l2 = benchBatch(b, 2);
    report(large, { one: l1, two: l2, ratio: l1.seconds / l2.seconds, cpuRatio: l1.cpu && l2.cpu ? l2.cpu / l1.cpu : null }, 'one run each');
    const rssSmall = benchBatch(a, 2).rssMb;
    if (rssSmall && l2.rssMb) {
      console.log(`peak RSS --jobs 2: ${small} files ${rssSmall.toFixed(0)} MB, ${large} files ${l2.rssMb.toFixed(0)} MB (${(l2.rssMb / rssSmall).toFixed(2)}×; goal ≤ 1.5×)`);
    } else {
      console.log('peak RSS and CPU time: need GNU time (/usr/bin/time)');
    }
    console.log(`load average ${load()} at the end`);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
