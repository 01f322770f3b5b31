#!/usr/bin/env node
// Rewrite fixtures/expected/ from the current build: the JSON gov-tasks writes (`parse FILE -f json`) for every
// input listed in fixtures/expected/inputs.txt. tests/output-stability.test.ts compares against these files
// byte for byte, so a change that should not touch the output (a speed-up, a refactoring) is proven not to.
// Run it (after `npm run build`) only when the output is meant to change, and review the diff:
//   npm run build && node scripts/refresh-expected.mjs && git diff --stat fixtures/expected
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseFile } = await import(join(root, 'dist', 'index.js'));
const { writeJson } = await import(join(root, 'dist', 'writers', 'json.js'));

const inputs = readFileSync(join(root, 'fixtures', 'expected', 'inputs.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
for (const input of inputs) {
  const out = join(root, 'fixtures', 'expected', input.replace(/^fixtures\//, '') + '.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await writeJson([await parseFile(join(root, input))]));
  console.log(`wrote ${out.slice(root.length + 1)}`);
}
