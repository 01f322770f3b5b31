// One damaged byte must not lose a notice: it becomes U+FFFD with a text-undecodable diagnostic
// at its line, and the rest of the notice is read as before.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline.js';
import { decodeText } from '../../src/readers/txt.js';
import { reason } from '../support/input-error.js';

const seed = readFileSync(fileURLToPath(new URL('../../fixtures/seeds/002_2c6f66eac2dcb85f.txt', import.meta.url)));

/** The seed with one byte replaced inside the first 县 on line `line`. */
function damage(bytes: Buffer, line: number, bad = 0xff): Buffer {
  let at = 0;
  for (let l = 1; l < line; l++) at = bytes.indexOf(0x0a, at) + 1;
  const b = Buffer.from(bytes);
  b[bytes.indexOf(Buffer.from('县'), at) + 1] = bad;
  return b;
}

describe('undecodable bytes', () => {
  it('UTF-8: the byte becomes U+FFFD on its line, every task is still found', async () => {
    const clean = await parseBytes(seed);
    const table = await parseBytes(damage(seed, 6));
    expect(table.source.encoding).toBe('utf-8');
    const d = table.diagnostics.filter((x) => x.rule === 'text-undecodable');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', source: { line: 6 } })]);
    expect(table.tasks.length).toBe(clean.tasks.length);
    expect(JSON.stringify(table)).toContain('\uFFFD');
  });

  it('GB18030: the same (通知 / 通?知 / 通知通知, with a damaged trail byte)', () => {
    const d = decodeText(new Uint8Array([0xcd, 0xa8, 0xd6, 0xaa, 0x0a, 0xcd, 0xff, 0xd6, 0xaa, 0xcd, 0xa8, 0xd6, 0xaa, 0xcd, 0xa8, 0xd6, 0xaa]));
    expect(d.encoding).toBe('gb18030');
    expect(d.damagedLines).toEqual([2]);
    expect(d.text.startsWith('通知\n')).toBe(true);
  });

  it('lists at most 20 damaged lines one by one, then counts the rest', async () => {
    let b: Buffer = Buffer.from(seed);
    for (let line = 2; line <= 60; line += 2) {
      try { b = damage(b, line); } catch { /* a line without 县 */ }
    }
    const table = await parseBytes(b);
    const d = table.diagnostics.filter((x) => x.rule === 'text-undecodable');
    expect(d.length).toBeLessThanOrEqual(21);
    expect(d.length).toBeGreaterThan(5);
  });

  it('a file mostly undecodable is still refused as binary', async () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0x41 : 0xff)));
    expect(await reason(parseBytes(junk))).toBe('binary');
  });
});
