// The documented limits are ones the pipeline really reaches, and they are checked before the
// costly work: the file size from stat, the text size before decoding.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { parseFile } from '../../src/pipeline.js';
import { MAX_INPUT_BYTES } from '../../src/readers/index.js';
import { MAX_TEXT_BYTES, readTxt } from '../../src/readers/txt.js';
import { reason } from '../support/input-error.js';

describe('limits', () => {
  it('a file over the input limit is refused from its size, before it is read', async () => {
    const path = join(tempDir('limits'), 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_INPUT_BYTES + 1); // sparse: no disk used, and reading it would take 200 MB
    const before = process.memoryUsage().rss;
    expect(await reason(parseFile(path))).toBe('too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('text over the text limit is refused before it is decoded; text under it is read', async () => {
    const line = '加强管理。（县财政局牵头负责）\n';
    const over = Buffer.from(line.repeat(Math.ceil(MAX_TEXT_BYTES / Buffer.byteLength(line)) + 1));
    expect(await reason(readTxt(over))).toBe('too-large');
    const under = Buffer.from(line.repeat(1000));
    expect((await readTxt(under)).blocks.length).toBeGreaterThanOrEqual(1000);
  });
});
