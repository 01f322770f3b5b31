// .txt reader: decodes the bytes (UTF-8 with or without BOM, UTF-16 by BOM, GB18030/GBK by detection),
// turns `**bold**` markdown spans into bold runs, and reads text tables (text-table.ts).
import type { Block, Diagnostic, DocModel, Paragraph } from '../model.js';
import { diagnostic } from '../i18n/diagnostics.js';
import { looksLikeText } from './detect.js';
import { boldSpans } from './markdown-bold.js';
import { readTextTable } from './text-table.js';
import { inputError } from '../i18n/index.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Lines (1-based) where bytes could not be decoded and became U+FFFD; absent when none. */
  damagedLines?: number[];
}

/**
 * The most text one notice may hold. Not the file-size limit (200 MB, for PDFs and Word files full
 * of images) but what the analysis gets through within the default --timeout and --max-memory:
 * 4 MB of text (about 1.4 million characters, several hundred pages) takes about 20 s and 280 MB
 * on a busy two-core machine. Real notices have a few hundred KB at most.
 */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

/**
 * At most this share of a text's characters may be undecodable bytes for the text to be read
 * with U+FFFD in their place: one damaged byte must not lose a notice, but a file that is mostly
 * undecodable is not text in that encoding.
 */
const MAX_DAMAGED_SHARE = 0.02;

/**
 * Decode text bytes. The encoding is detected from the bytes, never from the file name:
 * a BOM wins; otherwise valid UTF-8 is UTF-8, and anything else is tried as GB18030
 * (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI"). When neither decodes
 * cleanly, the one with fewest undecodable bytes is kept, each such byte becoming U+FFFD.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withDamage(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withDamage(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withDamage(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf8 = tryDecode('utf-8', bytes);
  // GBK bytes can also be valid UTF-8 by chance (CD A8 D6 AA: 通知 in GBK, two odd letters in
  // UTF-8), so valid UTF-8 must also read as Chinese text to win.
  if (utf8 !== null && cjkShare(utf8) >= 0.5) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && (utf8 === null || cjkShare(gb) > cjkShare(utf8))) return { text: gb, encoding: 'gb18030' };
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Neither decodes cleanly: a damaged byte or two in an otherwise good file?
  const lossy = (['utf-8', 'gb18030'] as const)
    .map((encoding) => ({ encoding, text: new TextDecoder(encoding).decode(bytes) }))
    .map((d) => ({ ...d, bad: countReplacements(d.text) }))
    .sort((a, b) => a.bad - b.bad)[0];
  if (lossy.bad <= Math.max(1, lossy.text.length * MAX_DAMAGED_SHARE)) return withDamage(lossy.text, lossy.encoding);
  throw inputError('binary', 'input.not-text');
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** The decoded text with the lines that hold U+FFFD (bytes the decoder could not read). */
function withDamage(text: string, encoding: DecodedText['encoding']): DecodedText {
  if (!text.includes('\uFFFD')) return { text, encoding };
  const damagedLines: number[] = [];
  text.replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    if (line.includes('\uFFFD')) damagedLines.push(i + 1);
  });
  return { text, encoding, damagedLines };
}

/** Strict decoders, made once: `decode` without `{ stream: true }` starts afresh on every call. */
const STRICT = { 'utf-8': new TextDecoder('utf-8', { fatal: true }), gb18030: new TextDecoder('gb18030', { fatal: true }) };

function tryDecode(encoding: 'utf-8' | 'gb18030', bytes: Uint8Array): string | null {
  try {
    return STRICT[encoding].decode(bytes);
  } catch {
    return null;
  }
}

/** Share of the non-ASCII characters that are Chinese (Han, CJK punctuation, full-width forms). */
function cjkShare(text: string): number {
  let nonAscii = 0, cjk = 0;
  // Code points of the first 20,000 code units, read by index (a string iterator allocates per character).
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00); i++; }
    }
    nonAscii++;
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) cjk++;
  }
  return nonAscii === 0 ? 1 : cjk / nonAscii;
}

export async function readTxt(bytes: Uint8Array): Promise<DocModel> {
  if (bytes.length === 0) throw inputError('empty', 'input.empty');
  if (!looksLikeText(bytes)) throw inputError('binary', 'input.binary-not-text');
  if (bytes.length > MAX_TEXT_BYTES)
    throw inputError('too-large', 'input.text-too-large', { mb: Math.round(bytes.length / 1048576), max: MAX_TEXT_BYTES >> 20 });
  const { text, encoding, damagedLines } = decodeText(bytes);
  if (text.trim() === '') throw inputError('empty', 'input.whitespace');
  const model = await textToModel(text);
  model.encoding = encoding;
  model.diagnostics.push(...undecodableDiagnostics(damagedLines ?? [], encoding));
  return model;
}

/** Diagnostics listed one per damaged line shown at most; the rest are counted in one more. */
const MAX_LISTED_DAMAGE = 20;

function undecodableDiagnostics(lines: number[], encoding: string): Diagnostic[] {
  const out: Diagnostic[] = lines.slice(0, MAX_LISTED_DAMAGE).map((line) => diagnostic('text-undecodable', 'warning', { encoding }, { line }));
  if (lines.length > MAX_LISTED_DAMAGE)
    out.push(diagnostic('text-undecodable.more', 'warning', { count: lines.length - MAX_LISTED_DAMAGE, encoding }, { line: lines[MAX_LISTED_DAMAGE] }));
  return out;
}

/** Build the model from decoded text: one paragraph per line, tables in any shape text-table.ts reads. */
export async function textToModel(text: string): Promise<DocModel> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const runsByLine = text.includes('**') ? await boldSpans(lines) : lines.map((l) => (l ? [{ text: l }] : []));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = readTextTable(lines, i);
    if (table) {
      blocks.push(table.table);
      i = table.next;
      continue;
    }
    const p: Paragraph = { kind: 'paragraph', runs: runsByLine[i], source: { line: i + 1 } };
    if (/^(　|\s{2,})\S/.test(lines[i])) p.indented = true;
    blocks.push(p);
    i++;
  }
  return { format: 'txt', blocks, diagnostics: [] };
}
