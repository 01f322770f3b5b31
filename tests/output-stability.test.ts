// The JSON written for each input in fixtures/expected/inputs.txt equals fixtures/expected/<input>.json byte for
// byte: speed-ups and refactorings must not change any output. When a change is meant to change the output,
// rebuild and refresh the expected files (`npm run build && node scripts/refresh-expected.mjs`) and review the diff.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { writeJson } from '../src/writers/json.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const inputs = readFileSync(join(root, 'fixtures/expected/inputs.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('output stability: the JSON of every listed input is byte-identical to fixtures/expected', () => {
  it('lists inputs of every reader format', () => {
    const exts = new Set(inputs.map((i) => i.slice(i.lastIndexOf('.'))));
    expect([...exts].sort()).toEqual(['.doc', '.docx', '.pdf', '.txt']);
  });

  for (const input of inputs) {
    it(input, async () => {
      const expected = readFileSync(join(root, 'fixtures/expected', input.replace(/^fixtures\//, '') + '.json'), 'utf8');
      const actual = await writeJson([await parseFile(join(root, input))]);
      // Compare as text (byte-identical), but on failure show where it differs.
      if (actual !== expected) expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
      expect(actual).toBe(expected);
    }, 60_000);
  }
});
