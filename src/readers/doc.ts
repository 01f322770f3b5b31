// Legacy Word 97–2003 (.doc) and WPS (.wps): OLE compound files, read with word-extractor.
// Only the text survives (no bold, no tables as structure): one Paragraph per line of the
// body text; table cells arrive as TAB-separated text on their row's line.
import type { Block, DocModel, Paragraph, Table } from '../model.js';
import { rowsWithMergedCells } from './merged-cells.js';
import { checkOleStructure } from './ole-guard.js';
import { libraryError } from './library-errors.js';
import { inputError } from '../i18n/index.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && OLE_MAGIC.every((x, i) => bytes[i] === x);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export interface OleEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  startSector: number;
  size: number;
}

/**
 * Directory entries of an OLE compound file, found by scanning the 128-byte slots of the file
 * (directory sectors hold four or thirty-two of them). Enough to name the streams without
 * walking the FAT: used to recognise encrypted Office files and Word's FIB.
 */
export function oleEntries(bytes: Uint8Array): OleEntry[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: OleEntry[] = [];
  const sectorSize = 1 << (b.readUInt16LE(0x1e) === 12 ? 12 : 9);
  for (let off = sectorSize; off + 128 <= b.length; off += 128) {
    const nameLen = b.readUInt16LE(off + 0x40);
    const type = b[off + 0x42];
    if (nameLen < 4 || nameLen > 64 || nameLen % 2 || !(type === 1 || type === 2 || type === 5)) continue;
    if (b.readUInt16LE(off + nameLen - 2) !== 0) continue;
    const name = b.toString('utf16le', off, off + nameLen - 2);
    if (!/^[\x01-\x7e\u00a0-\uffff]+$/.test(name)) continue;
    out.push({ name, type, startSector: b.readUInt32LE(off + 0x74), size: b.readUInt32LE(off + 0x78) });
  }
  return out;
}

/** Office encryption (ECMA-376 agile/standard) wraps a .docx in an OLE file with these streams. */
export function isEncryptedOffice(entries: OleEntry[]): boolean {
  return entries.some((e) => e.name === 'EncryptedPackage' || e.name === '\u0006DataSpaces') && entries.some((e) => e.name === 'EncryptionInfo' || e.name === 'EncryptedPackage');
}

/** Word 97 password protection: FIB flags fEncrypted (0x0100) or fObfuscated (0x8000). */
function wordFibEncrypted(bytes: Uint8Array, entries: OleEntry[]): boolean {
  const wd = entries.find((e) => e.name === 'WordDocument' && e.type === 2);
  if (!wd) return false;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cutoff = b.readUInt32LE(0x38) || 4096;
  if (wd.size < cutoff) return false; // in the mini stream: not worth chasing
  const sectorSize = 1 << (b.readUInt16LE(0x1e) === 12 ? 12 : 9);
  const fib = (wd.startSector + 1) * sectorSize;
  if (fib + 0x20 > b.length || b.readUInt16LE(fib) !== 0xa5ec) return false;
  const flags = b.readUInt16LE(fib + 0x0a);
  return (flags & 0x0100) !== 0;
}

/** Refuse OLE files we cannot or must not read, with the reason the CLI reports. */
export function checkOle(bytes: Uint8Array): void {
  const entries = oleEntries(bytes);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << (b.readUInt16LE(0x1e) === 12 ? 12 : 9);
  const firstDirSector = b.readUInt32LE(0x30);
  if ((firstDirSector + 1) * sectorSize >= b.length || !entries.some((e) => e.type === 5))
    throw inputError('corrupt', 'input.doc.no-directory');
  if (isEncryptedOffice(entries)) throw inputError('encrypted', 'input.doc.encrypted-office');
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('WordDocument')) {
    if (names.has('Workbook') || names.has('Book')) throw inputError('unsupported', 'input.doc.excel');
    if (names.has('PowerPoint Document')) throw inputError('unsupported', 'input.doc.powerpoint');
    throw inputError('unsupported', 'input.doc.no-word-stream');
  }
  if (wordFibEncrypted(bytes, entries)) throw inputError('encrypted', 'input.doc.encrypted');
  // Last, so that what the file is (encrypted, a workbook) is named before whether it is sound.
  checkOleStructure(bytes);
}

interface WordExtractorDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getTextboxes(options?: { includeHeadersAndFooters?: boolean; includeBody?: boolean; filterUnicode?: boolean }): string;
}
interface WordExtractorCtor {
  new (): { extract(source: Buffer): Promise<WordExtractorDocument> };
}

/** Read a Word 97–2003 .doc or WPS .wps file. */
export async function readDoc(bytes: Uint8Array): Promise<DocModel> {
  if (bytes.length === 0) throw inputError('empty', 'input.empty');
  if (isZip(bytes)) {
    const { readDocx } = await import('./docx/index.js');
    return readDocx(bytes);
  }
  if (!isOle(bytes)) throw inputError('corrupt', 'input.doc.not-ole');
  checkOle(bytes);

  let body: string;
  let textboxes = '';
  try {
    // Untyped CommonJS package: imported by a variable specifier so TypeScript leaves it `any`.
    const spec = 'word-extractor';
    const mod = (await import(spec)) as { default: WordExtractorCtor };
    const doc = await new mod.default().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // filterUnicode: false keeps “ ” ‘ ’ — as typed (the default folds them to ASCII).
    body = doc.getBody({ filterUnicode: false });
    try {
      textboxes = doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true, filterUnicode: false });
    } catch {
      textboxes = '';
    }
  } catch (err) {
    throw libraryError(err, 'part.doc');
  }

  const blocks: Block[] = [];
  let n = 0;
  const push = (line: string) => {
    const text = cleanLine(line);
    const p: Paragraph = { kind: 'paragraph', runs: text ? [{ text }] : [], source: { paragraph: ++n } };
    blocks.push(p);
  };
  // Text boxes (often the red 版头 "…文件" of a template) come first, as on the page's top.
  const tb = textboxes.split('\n').filter((l) => cleanLine(l).trim() !== '');
  for (const l of tb) push(l);
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  for (let i = 0; i < lines.length; ) {
    const table = readTableRows(lines, i);
    if (table) {
      const built = toTable(table.rows, n);
      blocks.push(built.table);
      n = built.next;
      i = table.next;
    } else push(lines[i++]);
  }
  return { format: (await import('./detect.js')).isWpsCompoundFile(bytes) ? 'wps' : 'doc', blocks, diagnostics: [] };
}

/**
 * Word 97 ends each table cell with a cell mark and each row with one more, which word-extractor
 * turns into TAB and TAB + newline; a newline not after a TAB is a paragraph break inside a cell.
 * So a table is a run of rows that each end in a TAB, and a row may span several lines.
 */
function readTableRows(lines: string[], start: number): { rows: string[][]; next: number } | null {
  if (!lines[start].includes('\t')) return null;
  const rows: string[][] = [];
  let i = start;
  while (i < lines.length) {
    // The row ends at the first line that ends in a TAB, within a few lines.
    let end = i;
    while (end < lines.length && end - i < 8 && !lines[end].endsWith('\t')) end++;
    if (end >= lines.length || !lines[end].endsWith('\t')) break;
    const row = lines.slice(i, end + 1).join('\n');
    if (!rows.length && !row.slice(0, -1).includes('\t')) break;
    rows.push(row.slice(0, -1).split('\t'));
    i = end + 1;
    // After a row, the table goes on only if the next line is part of another row.
    if (i < lines.length && !lines[i].includes('\t') && !lines.slice(i, i + 8).some((l) => l.endsWith('\t'))) break;
  }
  return rows.length >= 2 ? { rows, next: i } : null;
}

/** Rows of cell texts as a Table; an empty cell continues the cell above it (a vertical merge). */
function toTable(rawRows: string[][], firstParagraph: number): { table: Table; next: number } {
  let n = firstParagraph;
  const rows = rowsWithMergedCells(rawRows.map((raw) => raw.map((text) => {
    const at = n;
    const lines = text.split('\n').map(cleanLine);
    n += Math.max(1, lines.length);
    return { lines, source: (k: number) => ({ paragraph: at + k + 1 }) };
  })));
  return { table: { kind: 'table', rows, source: { paragraph: firstParagraph + 1 } }, next: n };
}

function cleanLine(s: string): string {
  // Field and object placeholders that word-extractor leaves (NUL, 0x01 pictures, 0x08 drawn objects…).
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').replace(/\s+$/, '');
}
