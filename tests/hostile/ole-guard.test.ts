// The OLE checks that stand between a hostile .doc and word-extractor: each damage below once
// aborted the process, hung it or cost gigabytes inside word-extractor.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/readers/doc.js';
import { checkOleStructure } from '../../src/readers/ole-guard.js';
import { reason } from '../support/input-error.js';

const seedDoc = () => Buffer.from(readFileSync(fileURLToPath(new URL('../../fixtures/docx/002_2c6f66eac2dcb85f.doc', import.meta.url))));
const hostile = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/hostile/${name}`, import.meta.url)));

/** Where things are in a 512-byte-sector compound file, read the plain way. */
function layout(b: Buffer) {
  const fatSector = (k: number) => b.readUInt32LE(0x4c + k * 4);
  const fatOffset = (s: number) => (fatSector(Math.floor(s / 128)) + 1) * 512 + (s % 128) * 4;
  const next = (s: number) => b.readUInt32LE(fatOffset(s));
  const dirStart = b.readUInt32LE(0x30);
  const dirSectors: number[] = [];
  for (let s = dirStart; s !== 0xfffffffe && dirSectors.length < 100; s = next(s)) dirSectors.push(s);
  const entry = (i: number) => (dirSectors[i >> 2] + 1) * 512 + (i % 4) * 128;
  return { fatOffset, next, entry, entries: dirSectors.length * 4 };
}

function streamEntry(b: Buffer, name: string): number {
  const { entry, entries } = layout(b);
  for (let i = 0; i < entries; i++) if (b.toString('utf16le', entry(i), entry(i) + name.length * 2) === name) return entry(i);
  throw new Error(`no ${name} in the directory`);
}

describe('OLE structure guard', () => {
  it('passes the sound seed .doc', () => {
    expect(() => checkOleStructure(seedDoc())).not.toThrow();
  });

  it('refuses the hostile corpus files cleanly', async () => {
    expect(await reason(readDoc(hostile('doc-fat-cycle.doc')))).toBe('corrupt');
    expect(await reason(readDoc(hostile('doc-sat-count-1M.doc')))).toBe('corrupt');
  });

  it('refuses a stream chain that loops through two sectors', async () => {
    const b = seedDoc();
    const { fatOffset, next } = layout(b);
    const start = b.readUInt32LE(streamEntry(b, 'WordDocument') + 0x74);
    b.writeUInt32LE(start, fatOffset(next(start))); // start → second → start
    expect(() => checkOleStructure(b)).toThrow(/loops/);
    expect(await reason(readDoc(b))).toBe('corrupt');
  });

  it('refuses directory links that loop (word-extractor recurses on them)', async () => {
    const b = seedDoc();
    const root = layout(b).entry(0);
    const child = b.readUInt32LE(root + 0x4c);
    b.writeUInt32LE(child, layout(b).entry(child) + 0x44); // the child is its own left sibling
    expect(() => checkOleStructure(b)).toThrow(/loop/);
    expect(await reason(readDoc(b))).toBe('corrupt');
  });

  it('refuses header counts and stream sizes the file cannot hold', () => {
    for (const [offset, value] of [[0x2c, 1 << 20], [0x48, 1 << 20], [0x40, 1 << 20], [0x1e, 30], [0x30, 1 << 30]]) {
      const b = seedDoc();
      b.writeUInt32LE(value, offset);
      expect(() => checkOleStructure(b), `offset ${offset}`).toThrow(/damaged/);
    }
    const b = seedDoc();
    b.writeUInt32LE(0x7fffffff, streamEntry(b, 'WordDocument') + 0x78);
    expect(() => checkOleStructure(b)).toThrow(/declares/);
  });
});
