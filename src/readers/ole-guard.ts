// Structural checks of an OLE compound file (MS-CFB) before word-extractor reads it.
// word-extractor trusts the file: it allocates what the header declares (a FAT-sector count of
// 1,048,576 costs it 1.8 GB before it gives up), follows sector chains until they end (a chain that
// loops through two sectors grows an array until V8 aborts the process), and walks the directory's
// sibling links recursively (a loop there overflows the stack). Every one of those is checked
// here against the file's own size, in time and memory linear in that size.
import { inputError, ref, type MessageId, type MessageParams } from '../i18n/index.js';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_FAT_SLOTS = 109;

const damaged = (id: MessageId, params: MessageParams = {}) => inputError('corrupt', id, params);

interface Geometry {
  b: Buffer;
  sectorSize: number;
  /** Sectors present in the file after the header (a short last sector counts). */
  sectors: number;
}

/** Throw InputError('corrupt') unless every header field, chain and directory link is consistent. */
export function checkOleStructure(bytes: Uint8Array): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 512) throw damaged('input.ole.short');
  const shift = b.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw damaged('input.ole.sector-size', { shift });
  if (b.readUInt16LE(0x20) !== 6) throw damaged('input.ole.mini-sector-size');
  const sectorSize = 1 << shift;
  const g: Geometry = { b, sectorSize, sectors: Math.ceil(Math.max(0, b.length - sectorSize) / sectorSize) };
  const fat = new Chains(readFat(g), g.sectors);
  const dirSectors = fat.walk(b.readUInt32LE(0x30), 'part.ole.directory');
  const entries = readDirectory(g, dirSectors);
  checkTree(entries);
  checkStreams(g, fat, entries);
}

/** The FAT sectors (109 in the header, the rest through the DIFAT chain), read into one table. */
function readFat(g: Geometry): Uint32Array {
  const { b, sectorSize, sectors } = g;
  const count = b.readUInt32LE(0x2c);
  // Each FAT sector is a sector of the file, so there cannot be more of them than sectors.
  if (count === 0 || count > sectors) throw damaged('input.ole.fat-count', { count, sectors });
  const difatCount = b.readUInt32LE(0x48);
  if (difatCount > sectors) throw damaged('input.ole.difat-count', { count: difatCount, sectors });
  const ids: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_FAT_SLOTS); i++) ids.push(b.readUInt32LE(0x4c + i * 4));
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let s = b.readUInt32LE(0x44); ids.length < count; ) {
    if (s === END_OF_CHAIN || s === FREE || s >= sectors) throw damaged('input.ole.difat-short');
    if (seen.has(s)) throw damaged('input.ole.difat-loop');
    seen.add(s);
    const off = (s + 1) * sectorSize;
    for (let i = 0; i < perSector && ids.length < count; i++) ids.push(readSlot(b, off + i * 4));
    s = readSlot(b, off + perSector * 4);
  }
  const fat = new Uint32Array(count * (sectorSize / 4)).fill(FREE);
  ids.forEach((id, k) => {
    if (id >= sectors) throw damaged('input.ole.fat-beyond', { id });
    const off = (id + 1) * sectorSize;
    for (let i = 0; i < sectorSize / 4; i++) fat[k * (sectorSize / 4) + i] = readSlot(b, off + i * 4);
  });
  return fat;
}

/** A slot of a short last sector reads as free space. */
function readSlot(b: Buffer, off: number): number {
  return off + 4 <= b.length ? b.readUInt32LE(off) : FREE;
}

/**
 * Chains through one allocation table. Each walk stamps the sectors it passes, so a loop is seen
 * at once; and since chains in a sound file are disjoint, the steps of all walks together are
 * capped at a few times the table, so many entries sharing one long chain cost linear time too.
 */
class Chains {
  private readonly stamp: Uint32Array;
  private walks = 0;
  private steps = 0;
  constructor(private readonly table: Uint32Array, private readonly limit: number) {
    this.stamp = new Uint32Array(table.length);
  }

  /** Follow a chain from `start`; every link must stay in the table and none may come back. */
  walk(start: number, what: MessageId): number[] {
    const out: number[] = [];
    const id = ++this.walks;
    for (let s = start; s !== END_OF_CHAIN; s = this.table[s]) {
      if (s === FREE && out.length === 0) return out; // an empty stream may start at FREE
      if (s >= this.table.length || s >= this.limit) throw damaged('input.ole.chain-outside', { what: ref(what) });
      if (this.stamp[s] === id) throw damaged('input.ole.chain-loop', { what: ref(what), sector: s });
      if (++this.steps > 4 * this.table.length + 64) throw damaged('input.ole.shared-sectors');
      this.stamp[s] = id;
      out.push(s);
    }
    return out;
  }
}

interface DirEntry {
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function readDirectory(g: Geometry, dirSectors: number[]): DirEntry[] {
  const entries: DirEntry[] = [];
  for (const s of dirSectors) {
    for (let off = (s + 1) * g.sectorSize; off < (s + 2) * g.sectorSize && off + 128 <= g.b.length; off += 128) {
      const b = g.b;
      entries.push({
        type: b[off + 0x42],
        left: b.readUInt32LE(off + 0x44),
        right: b.readUInt32LE(off + 0x48),
        child: b.readUInt32LE(off + 0x4c),
        start: b.readUInt32LE(off + 0x74),
        size: b.readUInt32LE(off + 0x78),
      });
    }
  }
  if (!entries.length || entries[0].type !== 5) throw damaged('input.ole.no-root');
  return entries;
}

/** Sibling and child links form a tree: each entry reached at most once, every link inside the directory. */
function checkTree(entries: DirEntry[]): void {
  const reached = new Uint8Array(entries.length);
  const stack = [0];
  reached[0] = 1;
  while (stack.length) {
    const e = entries[stack.pop()!];
    for (const id of [e.left, e.right, e.child]) {
      if (id === NO_STREAM) continue;
      if (id >= entries.length) throw damaged('input.ole.entry-outside');
      if (reached[id]) throw damaged('input.ole.directory-loop');
      reached[id] = 1;
      stack.push(id);
    }
  }
}

/** Every stream's chain (in the FAT, or in the mini FAT for small ones) is finite and long enough. */
function checkStreams(g: Geometry, fat: Chains, entries: DirEntry[]): void {
  const { b, sectorSize } = g;
  const cutoff = b.readUInt32LE(0x38);
  const miniFatCount = b.readUInt32LE(0x40);
  if (miniFatCount > g.sectors) throw damaged('input.ole.mini-fat-count', { count: miniFatCount, sectors: g.sectors });
  const miniFatSectors = fat.walk(b.readUInt32LE(0x3c), 'part.ole.mini-table');
  const miniFat = new Uint32Array(miniFatSectors.length * (sectorSize / 4));
  miniFatSectors.forEach((s, k) => {
    for (let i = 0; i < sectorSize / 4; i++) miniFat[k * (sectorSize / 4) + i] = readSlot(b, (s + 1) * sectorSize + i * 4);
  });
  const root = entries[0];
  const miniStream = fat.walk(root.start, 'part.ole.mini-stream');
  const mini = new Chains(miniFat, (miniStream.length * sectorSize) / 64);
  for (const e of entries) {
    if (e.type !== 2) continue;
    if (e.size > b.length) throw damaged('input.ole.stream-size', { size: e.size, length: b.length });
    if (e.size >= cutoff) {
      const n = fat.walk(e.start, 'part.ole.stream').length;
      if (n * sectorSize < e.size) throw damaged('input.ole.stream-short');
    } else if (e.size > 0) {
      const n = mini.walk(e.start, 'part.ole.small-stream').length;
      if (n * 64 < e.size) throw damaged('input.ole.small-stream-short');
    }
  }
}
