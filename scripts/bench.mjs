#!/usr/bin/env node
// npm run bench: how fast gov-tasks is, measured here rather than asserted in unit tests.
// Reports CLI start-up (`--help`, which must not load pdf.js or mammoth) and parse time per
// fixture (median of several runs after a warm-up), per format.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseFile } from '../dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startup(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [join(root, 'bin', 'gov-tasks.js'), ...args], { stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return median(times);
}

function fixtures(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return fixtures(p);
    return /\.(txt|docx|doc|wps|pdf)$/.test(f) && !/scanned|encrypted|truncated|broken|corrupt/.test(f) ? [p] : [];
  });
}

console.log(`node ${process.version}, ${runs} runs each (median)`);
console.log(`start-up  gov-tasks --help            ${startup(['--help']).toFixed(0).padStart(6)} ms`);
const byFormat = new Map();
for (const file of fixtures(join(root, 'fixtures'))) {
  try {
    await parseFile(file); // warm-up: lazy imports, JIT
  } catch {
    continue;
  }
  const times = [];
  let tasks = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    tasks = (await parseFile(file)).tasks.length;
    times.push(performance.now() - t);
  }
  const ms = median(times);
  const ext = extname(file).slice(1);
  byFormat.set(ext, [...(byFormat.get(ext) ?? []), ms]);
  console.log(`parse     ${file.slice(root.length).padEnd(52)} ${ms.toFixed(1).padStart(7)} ms  ${String(tasks).padStart(3)} tasks  ${(statSync(file).size / 1024).toFixed(0).padStart(5)} KiB`);
}
for (const [ext, xs] of byFormat) console.log(`mean .${ext.padEnd(5)} ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1).padStart(7)} ms over ${xs.length} files`);
