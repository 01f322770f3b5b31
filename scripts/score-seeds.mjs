#!/usr/bin/env node
// npm run score [-- txt docx pdf]: parse the seeds and the dev corpus of the shared corpus (../shared/corpus,
// beside the checkout) per format with the built CLI, as the evaluation does, and score them with
// ../shared/eval/score.mjs. Without ../shared there is nothing to score: it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.GOV_TASKS_SHARED ?? join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const formats = process.argv.slice(2).length ? process.argv.slice(2) : ['txt', 'docx', 'pdf'];

if (!existsSync(scorer)) {
  console.log(`score: no ${scorer}: the shared corpus is not beside this checkout; nothing to score`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('score: no dist/: run `npm run build` first');
  process.exit(2);
}
let failed = false;
for (const corpus of ['seeds', 'dev']) {
  const dir = join(shared, 'corpus', corpus);
  if (!existsSync(dir)) continue;
  for (const ext of formats) {
    // The seeds' format variants (.gbk.txt, .autonum.docx, .scanned.pdf) are tests of their own, not scored.
    const files = readdirSync(dir).filter((f) => f.endsWith('.' + ext) && f.split('.').length === 2).map((f) => join(dir, f));
    if (!files.length) continue;
    const out = mkdtempSync(join(os.tmpdir(), `gov-tasks-score-${corpus}-${ext}-`));
    try {
      spawnSync(process.execPath, [join(root, 'bin', 'gov-tasks.js'), 'parse', ...files, '--format', 'json', '--out-dir', out, '-q'], { stdio: 'ignore' });
      console.log(`== ${corpus} ${ext} (${files.length} files)`);
      const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', out], { stdio: 'inherit' });
      if (r.status !== 0) failed = true;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
}
process.exit(failed ? 1 : 0);
