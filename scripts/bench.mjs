#!/usr/bin/env node
// npm run bench [-- --quick | --full] [--json FILE]: how fast gov-tasks is, measured against a yardstick in
// the same run (a script, not a timed test: a shared machine makes single timings noise).
//
// Over an archive generated from the fixtures in a temporary folder it measures, per format, documents/s
// and pages/s of gov-tasks (read, analyse, validate, write the JSON) and of the library it stands on alone:
// remark-parse (.txt), mammoth convertToHtml (.docx), pdf.js getTextContent (.pdf). The archive is cut
// into slices; in each slice both run every file, interleaved file by file in alternating order, so every
// ratio is paired and taken at the same moments; the figures are medians over slices. Then cold starts (`--help`, one parse per format) against
// node's own start-up, and, when the CLI has --jobs, `--jobs 1` against `--jobs 2` and their peak RSS.
// Every output is checked (each JSON written and parseable, each yardstick result non-empty): a failing
// run stops with an error instead of looking fast. Results go to the terminal (a Markdown table) and to
// a JSON file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'gov-tasks.js');
const require = createRequire(import.meta.url);

const MODES = {
  quick: { txt: 60, ordinary: 24, template: 24, pdf: 10, slices: 5, starts: 5, jobsFiles: 60, rssFiles: 0 },
  default: { txt: 300, ordinary: 100, template: 100, pdf: 30, slices: 10, starts: 10, jobsFiles: 200, rssFiles: 0 },
  full: { txt: 600, ordinary: 200, template: 200, pdf: 60, slices: 15, starts: 20, jobsFiles: 400, rssFiles: 2000 },
};
/** GB/T 9704-2012's page: 22 lines of 28 characters. Pages of a .txt or .docx are counted in these. */
const PAGE_CHARS = 22 * 28;
const TARGETS = { txt: 'ours ≥ 300 docs/s', 'docx (ordinary)': '≤ 0.8×', 'docx (template)': '≤ 0.5×', pdf: '≤ 1.2×' };

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error('usage: node scripts/bench.mjs [--quick | --full] [--json FILE]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { mode: 'default', json: join(root, 'tmp', 'bench.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.mode = 'quick';
    else if (a === '--full') opts.mode = 'full';
    else if (a === '--json') opts.json = argv[++i] ?? usage('--json needs a file name');
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

// ---------------------------------------------------------------------------------------------- archive

function filesUnder(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'hostile' || f === 'expected' ? [] : filesUnder(p, ext);
    return f.endsWith(ext) ? [p] : [];
  });
}

/** A ZIP of deflated entries (for the Word files made here). */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data) >>> 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(packed.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBuf.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(packed.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBuf.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, packed);
    centrals.push(ch, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a .docx, through the reader's own guarded ZIP code. */
async function readZip(path) {
  const { ZipArchive } = await import(join(root, 'dist', 'readers', 'docx', 'zip.js'));
  const zip = new ZipArchive(new Uint8Array(readFileSync(path)));
  return [...zip.entries.keys()].map((name) => ({ name, data: zip.read(name) }));
}

/**
 * Sources per class. Template Word files are the seeds as saved from a template (python-docx's, whose
 * styles.xml is 350 KB: 100 table styles with their borders, and latent styles); ordinary ones are the
 * variants made with LibreOffice (5 KB styles.xml) and the seeds' documents given such a styles.xml.
 */
async function sources(tmp) {
  const fx = join(root, 'fixtures');
  const template = filesUnder(join(fx, 'docx'), '.docx');
  const lightStyles = (await readZip(join(fx, 'variants', 'notice-city.docx'))).find((e) => e.name === 'word/styles.xml').data;
  const made = join(tmp, 'made');
  mkdirSync(made, { recursive: true });
  const ordinary = [...filesUnder(join(fx, 'variants'), '.docx')];
  for (const t of template) {
    const entries = (await readZip(t)).map((e) => (e.name === 'word/styles.xml' ? { name: e.name, data: lightStyles } : e));
    const out = join(made, basename(t, '.docx') + '.light-styles.docx');
    writeFileSync(out, writeZip(entries));
    ordinary.push(out);
  }
  return {
    txt: filesUnder(fx, '.txt').filter((f) => !/README/.test(f)),
    'docx (ordinary)': ordinary,
    'docx (template)': template,
    pdf: filesUnder(fx, '.pdf').filter((f) => !/encrypted|scanned|mixed-text-and-scan/.test(f)),
  };
}

/** Copies of the sources, round-robin, up to `count` files per class, each under its own name. */
function buildArchive(tmp, srcs, sizes) {
  const archive = {};
  for (const [cls, files] of Object.entries(srcs)) {
    const count = sizes[cls];
    const dir = join(tmp, 'archive', cls.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    archive[cls] = Array.from({ length: count }, (_, i) => {
      const src = files[i % files.length];
      const dst = join(dir, `${String(i).padStart(4, '0')}_${basename(src)}`);
      writeFileSync(dst, readFileSync(src));
      return { path: dst, source: src };
    });
  }
  return archive;
}

// ------------------------------------------------------------------------------------------ the runners

async function runners(outDir) {
  const { parseBytes } = await import(join(root, 'dist', 'index.js'));
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const mammoth = (await import('mammoth')).default;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
  const markdown = unified().use(remarkParse);
  const { readFile } = await import('node:fs/promises');
  const { writeJson } = await import(join(root, 'dist', 'writers', 'json.js'));

  // Both sides read a file with one asynchronous readFile, and gov-tasks writes its JSON synchronously:
  // on a loaded machine every extra wake-up after asynchronous I/O costs a scheduler slice, which would
  // be charged to whichever side does more of them rather than to its work.
  const ours = async (file) => {
    const table = await parseBytes(new Uint8Array(await readFile(file.path)), { file: basename(file.path) });
    const out = join(outDir, basename(file.path) + '.json');
    writeFileSync(out, await writeJson([table]));
    return { out, pages: table.source.pages };
  };
  const decode = (bytes) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  };
  const remark = async (file) => {
    const text = decode(await readFile(file.path));
    const tree = markdown.parse(text);
    return { size: tree.children.length, chars: text.replace(/\s+/g, '').length };
  };
  const mammothAlone = async (file) => {
    const { value } = await mammoth.convertToHtml({ buffer: await readFile(file.path) });
    return { size: value.length, chars: value.replace(/<[^>]*>|\s+/g, '').length };
  };
  const pdfText = async (file) => {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(await readFile(file.path)),
      cMapUrl: join(pdfjsDir, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
      wasmUrl: join(pdfjsDir, 'wasm') + '/',
      verbosity: 0,
      isEvalSupported: false,
    }).promise;
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    const pages = doc.numPages;
    await doc.destroy();
    return { size: items, pages };
  };
  return {
    ours,
    yardstick: { txt: ['remark-parse', remark], 'docx (ordinary)': ['mammoth', mammothAlone], 'docx (template)': ['mammoth', mammothAlone], pdf: ['pdf.js text', pdfText] },
  };
}

/** One call, timed. */
async function timed(fn, file) {
  const t0 = performance.now();
  const result = await fn(file);
  return { ms: performance.now() - t0, result };
}

/**
 * Both over the same files, interleaved file by file (which goes first alternates), so that the load of a
 * shared machine falls on both alike. Total times of each; every output is checked afterwards.
 */
async function pairedSlice(files, first, ours, yardstick) {
  let oursMs = 0;
  let yardstickMs = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const order = (i + first) % 2 ? ['y', 'o'] : ['o', 'y'];
    for (const who of order) {
      if (who === 'o') {
        const r = await timed(ours, f);
        oursMs += r.ms;
        checkOurs(r.result, f);
      } else {
        const r = await timed(yardstick, f);
        yardstickMs += r.ms;
        checkYardstick(r.result, f);
      }
    }
  }
  return { oursMs, yardstickMs };
}

function checkOurs(r, file) {
  let table;
  try {
    table = JSON.parse(readFileSync(r.out, 'utf8'));
  } catch (e) {
    throw new Error(`no valid output for ${file.path}: ${e.message}`);
  }
  if (!Array.isArray(table.tasks) || !table.schemaVersion) throw new Error(`output for ${file.path} is not a task table`);
}

function checkYardstick(r, file) {
  if (!r || !(r.size > 0)) throw new Error(`the yardstick produced nothing for ${file.path}`);
}

async function throughput(archive, outDir, slices) {
  const { ours, yardstick } = await runners(outDir);
  // Warm-up (lazy imports, JIT), and pages per source: real pages for PDF, GB/T 9704 pages otherwise.
  const pagesOf = new Map();
  for (const [cls, files] of Object.entries(archive)) {
    for (const f of new Map(files.map((x) => [x.source, x])).values()) {
      const o = await ours(f);
      const y = await yardstick[cls][1](f);
      pagesOf.set(f.source, o.pages ?? Math.max(1, (y.chars ?? 0) / PAGE_CHARS));
    }
  }
  const rows = {};
  for (const cls of Object.keys(archive)) rows[cls] = { yardstick: yardstick[cls][0], slices: [] };
  for (let s = 0; s < slices; s++) {
    for (const [cls, files] of Object.entries(archive)) {
      const slice = files.filter((_, i) => i % slices === s);
      if (!slice.length) continue;
      const pages = slice.reduce((n, f) => n + pagesOf.get(f.source), 0);
      const { oursMs, yardstickMs } = await pairedSlice(slice, s, ours, yardstick[cls][1]);
      rows[cls].slices.push({ files: slice.length, pages, oursMs, yardstickMs });
    }
    process.stderr.write(`  slice ${s + 1}/${slices} done\n`);
  }
  for (const row of Object.values(rows)) {
    const per = (key, unit) => median(row.slices.map((x) => (x[unit] * 1000) / x[key]));
    row.files = row.slices.reduce((n, x) => n + x.files, 0);
    row.oursDocsPerS = per('oursMs', 'files');
    row.oursPagesPerS = per('oursMs', 'pages');
    row.yardstickDocsPerS = per('yardstickMs', 'files');
    row.yardstickPagesPerS = per('yardstickMs', 'pages');
    const ratios = row.slices.map((x) => x.oursMs / x.yardstickMs);
    row.ratio = median(ratios);
    row.ratioRange = [Math.min(...ratios), Math.max(...ratios)];
  }
  return rows;
}

// ------------------------------------------------------------------------------------------ cold starts

function runCli(args, expectOut) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.slice(1).join(' ')} exited ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
  if (expectOut) {
    if (!existsSync(expectOut) || !JSON.parse(readFileSync(expectOut, 'utf8')).tasks) throw new Error(`${args.join(' ')} wrote no output`);
    rmSync(expectOut);
  }
  return ms;
}

function coldStarts(archive, tmp, runs) {
  const one = (cls) => archive[cls][0].path;
  const out = join(tmp, 'cold.json');
  const cases = [
    ['node -e 0', () => runCli(['-e', '0'])],
    ['gov-tasks --help', () => runCli([cli, '--help'])],
    ['parse one .txt', () => runCli([cli, 'parse', one('txt'), '-o', out], out)],
    ['parse one .docx', () => runCli([cli, 'parse', one('docx (template)'), '-o', out], out)],
    ['parse one .pdf', () => runCli([cli, 'parse', one('pdf'), '-o', out], out)],
  ];
  const times = cases.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + r) % cases.length; // rotate the order every round
      times[i].push(cases[i][1]());
    }
  }
  const node = times[0];
  return cases.map(([label], i) => ({
    label,
    medianMs: median(times[i]),
    overNodeMs: i === 0 ? 0 : median(times[i].map((t, r) => t - node[r])),
  }));
}

// -------------------------------------------------------------------------------- --jobs and peak RSS

/** Resident memory of a process and its descendants (Linux /proc), in KiB; undefined elsewhere. */
function treeRssKiB(pid) {
  if (!existsSync('/proc')) return undefined;
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  const visit = (p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      /* ended */
    }
    for (const k of kids.get(p) ?? []) visit(k);
  };
  visit(pid);
  return total;
}

/** CPU seconds (user + system, every thread) a process has used so far (Linux /proc, 100 ticks a second); undefined elsewhere. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Run the CLI over many files; wall time, and the peak RSS and CPU time sampled every 50 ms. */
function batchRun(files, outDir, jobs) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'parse', ...files, '--out-dir', outDir, '-f', 'json', '-q', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    let peak = 0;
    let cpu;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssKiB(child.pid) ?? 0);
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      const written = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
      // Exit 1 is "parsed, with error diagnostics": still a result for every file.
      if ((code !== 0 && code !== 1) || written !== files.length)
        reject(new Error(`--jobs ${jobs}: exit ${code}, ${written} of ${files.length} outputs written. ${err.split('\n')[0]}`));
      else resolve({ ms, cpuS: cpu, peakRssMiB: peak ? peak / 1024 : undefined });
    });
  });
}

function hasJobs() {
  const r = spawnSync(process.execPath, [cli, 'help', 'parse'], { encoding: 'utf8' });
  return /--jobs\b/.test(r.stdout ?? '');
}

async function jobsAndMemory(archive, tmp, mode) {
  if (!hasJobs()) return { pending: 'gov-tasks parse has no --jobs option yet (the batch engine): not measured' };
  const all = Object.values(archive).flat().map((f) => f.path);
  const pick = (n) => Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(n, all.length))]);
  const files = pick(mode.jobsFiles);
  const runs = { 1: [], 2: [] };
  const rounds = 3;
  for (let r = 0; r < rounds; r++) {
    for (const jobs of r % 2 ? [2, 1] : [1, 2]) runs[jobs].push(await batchRun(files, join(tmp, `jobs${jobs}`), jobs));
  }
  const result = {
    files: files.length,
    jobs1Ms: median(runs[1].map((x) => x.ms)),
    jobs2Ms: median(runs[2].map((x) => x.ms)),
    speedup: median(runs[1].map((x, i) => x.ms / runs[2][i].ms)),
    // Two workers against one by CPU time: what --jobs 2 would gain if each worker had a core of its own.
    cpuS: { 1: median(runs[1].map((x) => x.cpuS)), 2: median(runs[2].map((x) => x.cpuS)) },
    cpuScaling: median(runs[1].map((x, i) => (2 * x.cpuS) / runs[2][i].cpuS)),
    peakRssMiB: { 1: median(runs[1].map((x) => x.peakRssMiB)), 2: median(runs[2].map((x) => x.peakRssMiB)) },
  };
  if (mode.rssFiles) {
    // Many more files than sources: the archive repeated under new names.
    const dir = join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    const many = Array.from({ length: mode.rssFiles }, (_, i) => {
      const src = all[i % all.length];
      const dst = join(dir, `${String(i).padStart(5, '0')}${extname(src)}`);
      writeFileSync(dst, readFileSync(src));
      return dst;
    });
    const r1 = await batchRun(many, join(tmp, 'many-out'), 2);
    result.many = { files: many.length, jobs: 2, ms: r1.ms, peakRssMiB: r1.peakRssMiB };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------- report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

const f1 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function table(rows) {
  const lines = [
    '| format | files | gov-tasks docs/s | pages/s | yardstick | yardstick docs/s | pages/s | time ratio | (slices) | target |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const [cls, r] of Object.entries(rows)) {
    lines.push(`| ${cls} | ${r.files} | ${f1(r.oursDocsPerS)} | ${f1(r.oursPagesPerS)} | ${r.yardstick} | ${f1(r.yardstickDocsPerS)} | ${f1(r.yardstickPagesPerS)} | ${r.ratio.toFixed(2)}× | ${r.ratioRange.map((x) => x.toFixed(2)).join('–')} | ${TARGETS[cls] ?? ''} |`);
  }
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const mode = MODES[opts.mode];
  if (!existsSync(join(root, 'dist', 'index.js'))) usage('no dist/: run `npm run build` first');
  const tmp = mkdtempSync(join(os.tmpdir(), 'gov-tasks-bench-'));
  const started = new Date().toISOString();
  const m0 = machine();
  try {
    process.stderr.write(`bench (${opts.mode}): building the archive in ${tmp}\n`);
    const archive = buildArchive(tmp, await sources(tmp), { txt: mode.txt, 'docx (ordinary)': mode.ordinary, 'docx (template)': mode.template, pdf: mode.pdf });
    const outDir = join(tmp, 'out');
    mkdirSync(outDir, { recursive: true });
    process.stderr.write('throughput, gov-tasks and yardstick paired per slice:\n');
    const rows = await throughput(archive, outDir, mode.slices);
    process.stderr.write(table(rows) + '\n'); // shown now: the rest takes a while
    process.stderr.write('cold starts:\n');
    const starts = coldStarts(archive, tmp, mode.starts);
    process.stderr.write('--jobs and memory:\n');
    const jobs = await jobsAndMemory(archive, tmp, mode);
    const result = { started, mode: opts.mode, machine: { ...m0, loadAverageAtEnd: machine().loadAverage }, throughput: rows, coldStarts: starts, jobs };

    console.log(`\n${result.machine.cpu}, ${result.machine.memoryGiB} GiB, ${result.machine.os}, node ${result.machine.node}; load average ${m0.loadAverage.join(' ')} at the start, ${result.machine.loadAverageAtEnd.join(' ')} at the end`);
    console.log(`time ratio = gov-tasks' time / the yardstick's on the same files (median over ${mode.slices} paired slices); pages of .txt/.docx are GB/T 9704 pages of ${PAGE_CHARS} characters\n`);
    console.log(table(rows));
    console.log('\n| cold start | median | over node |\n| --- | ---: | ---: |');
    for (const s of starts) console.log(`| ${s.label} | ${s.medianMs.toFixed(0)} ms | ${s.label.startsWith('node') ? '' : `+${s.overNodeMs.toFixed(0)} ms`} |`);
    if (jobs.pending) console.log(`\n--jobs: ${jobs.pending}`);
    else {
      console.log(`\n--jobs over ${jobs.files} files: 1 job ${(jobs.jobs1Ms / 1000).toFixed(1)} s, 2 jobs ${(jobs.jobs2Ms / 1000).toFixed(1)} s (${jobs.speedup.toFixed(2)}× faster); peak RSS ${f1(jobs.peakRssMiB[1])} / ${f1(jobs.peakRssMiB[2])} MiB`);
      if (Number.isFinite(jobs.cpuScaling)) console.log(`CPU time: 1 job ${jobs.cpuS[1].toFixed(1)} s, 2 jobs ${jobs.cpuS[2].toFixed(1)} s: CPU-bound scaling ${jobs.cpuScaling.toFixed(2)}× (two workers against one, by CPU time; the wall-clock ratio is below it when --jobs 1 already keeps ${(jobs.cpuS[1] / (jobs.jobs1Ms / 1000)).toFixed(2)} cores busy, or the machine is shared)`);
      if (jobs.many) console.log(`${jobs.many.files} files, --jobs 2: ${(jobs.many.ms / 1000).toFixed(1)} s, peak RSS ${f1(jobs.many.peakRssMiB)} MiB`);
    }
    mkdirSync(dirname(opts.json), { recursive: true });
    writeFileSync(opts.json, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nresults: ${opts.json}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
