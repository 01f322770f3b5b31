// A guarded ZIP reader for .docx (and .ofd) input. Office files come from strangers: we read the central
// directory ourselves, refuse archives whose declared sizes are absurd (zip bombs) before
// inflating anything, and inflate only the parts we need with a hard output cap. (The tests'
// zip writer is tests/support/store-zip.ts: the reader only ever reads.)
import zlib from 'node:zlib';
import { InputError } from '../../errors.js';
import { inputError } from '../../i18n/index.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Refuse when the entries' declared uncompressed sizes add up to more than this. */
  maxTotalSize: number;
  /** Refuse a single entry declaring more than this. */
  maxEntrySize: number;
  /** Refuse an entry over 1 MB whose compression ratio is above this (deflate tops out near 1032:1). */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxTotalSize: 200 * 1024 * 1024,
  maxEntrySize: 100 * 1024 * 1024,
  maxRatio: 500,
  maxEntries: 20000,
};

/**
 * The largest XML part (word/document.xml, styles, numbering) read. Not a zip-format limit but what the
 * pipeline holds comfortably. It was 3 MB while mammoth read documents (its DOM cost about 150 bytes of
 * memory per byte of XML); the reader's own tree costs about 15, and a task table of 12,400 rows in an
 * 18 MB document.xml parsed in 6 s with a peak RSS of 470 MB. A task-breakdown table of some hundred rows,
 * saved by WPS with a run per character or edited for years, can pass 3 MB; the worker's --max-memory and
 * --timeout still bound anything the limit lets through. Real notices seen so far: 120 KB at most.
 */
export const MAX_XML_PART_BYTES = 16 * 1024 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_CD = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly buf: Buffer;

  constructor(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const b = this.buf;
    // End of central directory: last 22 bytes plus up to 64 KiB of comment.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (b.readUInt32LE(i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw inputError('corrupt', 'input.zip.no-directory');
    const count = b.readUInt16LE(eocd + 10);
    const cdSize = b.readUInt32LE(eocd + 12);
    const cdOffset = b.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
      throw inputError('too-large', 'input.zip.zip64');
    if (count > limits.maxEntries) throw inputError('too-large', 'input.zip.entries', { count });
    if (cdOffset + cdSize > b.length) throw inputError('corrupt', 'input.zip.directory-outside');
    let p = cdOffset;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || b.readUInt32LE(p) !== SIG_CD) throw inputError('corrupt', 'input.zip.directory-damaged');
      const flags = b.readUInt16LE(p + 8);
      const method = b.readUInt16LE(p + 10);
      const crc = b.readUInt32LE(p + 16);
      const compressedSize = b.readUInt32LE(p + 20);
      const size = b.readUInt32LE(p + 24);
      const nameLen = b.readUInt16LE(p + 28);
      const extraLen = b.readUInt16LE(p + 30);
      const commentLen = b.readUInt16LE(p + 32);
      const localOffset = b.readUInt32LE(p + 42);
      if (p + 46 + nameLen > b.length) throw inputError('corrupt', 'input.zip.directory-damaged');
      const name = b.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      p += 46 + nameLen + extraLen + commentLen;
      if (size === 0xffffffff || compressedSize === 0xffffffff)
        throw inputError('too-large', 'input.zip.entry-zip64');
      if (size > limits.maxEntrySize)
        throw inputError('too-large', 'input.zip.entry-size', { name, size: mb(size) });
      if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > limits.maxRatio)
        throw inputError('too-large', 'input.zip.bomb', { name, size: mb(size), compressed: mb(compressedSize) });
      total += size;
      if (total > limits.maxTotalSize)
        throw inputError('too-large', 'input.zip.total-size', { size: mb(limits.maxTotalSize) });
      // Names are case-insensitive in OPC; keep the first spelling.
      const key = name.replace(/^\/+/, '');
      if (!this.entries.has(key)) this.entries.set(key, { name: key, method, flags, crc, compressedSize, size, localOffset });
    }
  }

  /** Find an entry by part name, case-insensitively (OPC part names are). */
  find(name: string): ZipEntry | undefined {
    const key = name.replace(/^\/+/, '');
    const direct = this.entries.get(key);
    if (direct) return direct;
    const lower = key.toLowerCase();
    for (const [k, e] of this.entries) if (k.toLowerCase() === lower) return e;
    return undefined;
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** Inflate one entry, never producing more than its declared size. */
  read(name: string): Buffer | undefined {
    const e = this.find(name);
    if (!e) return undefined;
    const b = this.buf;
    if (e.flags & 0x1) throw inputError('encrypted', 'input.zip.encrypted');
    const lo = e.localOffset;
    if (lo + 30 > b.length || b.readUInt32LE(lo) !== SIG_LOCAL) throw inputError('corrupt', 'input.zip.entry-damaged', { name: e.name });
    const start = lo + 30 + b.readUInt16LE(lo + 26) + b.readUInt16LE(lo + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw inputError('corrupt', 'input.zip.entry-truncated', { name: e.name });
    const data = b.subarray(start, end);
    let out: Buffer;
    if (e.method === 0) {
      out = Buffer.from(data);
    } else if (e.method === 8) {
      try {
        out = e.size === 0 ? Buffer.alloc(0) : zlib.inflateRawSync(data, { maxOutputLength: e.size });
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        if (/maxOutputLength|buffer|too large/i.test(msg))
          throw inputError('too-large', 'input.zip.inflates-beyond', { name: e.name });
        throw inputError('corrupt', 'input.zip.inflate-failed', { name: e.name });
      }
    } else {
      throw inputError('unsupported', 'input.zip.method', { name: e.name, method: e.method });
    }
    if (out.length !== e.size) throw inputError('corrupt', 'input.zip.wrong-size', { name: e.name });
    const crc32 = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
    if (crc32 && (crc32(out) >>> 0) !== e.crc >>> 0) throw inputError('corrupt', 'input.zip.checksum', { name: e.name });
    return out;
  }

  /** An XML part as text; refused (too-large) above `maxSize` before it is inflated. */
  readText(name: string, maxSize = MAX_XML_PART_BYTES): string | undefined {
    const e = this.find(name);
    if (e && e.size > maxSize)
      throw inputError('too-large', 'input.zip.xml-too-large', { name: e.name, size: mb(e.size), max: mb(maxSize) });
    const b = this.read(name);
    if (!b) return undefined;
    // UTF-16 parts exist in the wild (rare); XML declares it with a BOM.
    let text: string;
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) text = b.toString('utf16le', 2);
    else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) text = Buffer.from(b.subarray(2)).swap16().toString('utf16le');
    else text = b.toString('utf8').replace(/^\uFEFF/, '');
    // Office never writes a DTD; one in a part is there to define entities (billion laughs, file
    // disclosure). The DOCTYPE can only stand before the root element, so the prolog is enough.
    const root = text.search(/<[A-Za-z_]/);
    if (/<!DOCTYPE/i.test(root < 0 ? text : text.slice(0, root)))
      throw inputError('corrupt', 'input.zip.dtd', { name: e?.name ?? name });
    return text;
  }
}

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}
