// Recognise an input's format by its bytes, not its name: offices rename files freely
// (a .doc saved as .docx, a PDF attached as .doc), and the extension is only a hint.
import type { InputFormat } from '../model.js';
import { looksLikeMht } from './html/mht.js';

export type DetectedFormat = InputFormat | 'zip' | 'ole' | 'ofd' | 'unknown-binary';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Look at the first bytes (and, for zips, the member names) to tell what a file really is. */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length >= 4 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  // A PDF may have junk before its header (up to 1024 bytes is tolerated by readers).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'; // Word 97 .doc, WPS .wps
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // Member names stand in the local headers (start) and the central directory (end).
    const sample = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1') +
      Buffer.from(bytes.subarray(Math.max(0, bytes.length - (1 << 20)))).toString('latin1');
    if (sample.includes('word/')) return 'docx';
    if (sample.includes('OFD.xml') || sample.includes('Doc_0/')) return 'ofd';
    return 'zip';
  }
  if (looksLikeText(bytes)) return looksLikeHtml(bytes) ? 'html' : 'txt';
  return 'unknown-binary';
}

/**
 * A web page or web archive, whatever its name: `<!DOCTYPE html>`/`<html>` at the start (after a
 * BOM, an XML declaration or comments), a MIME message holding text/html (.mht, Word's "single
 * file web page"), or <html> and <body> tags early on.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head)) return true;
  if (looksLikeMht(head.slice(0, 4096))) return true;
  return /<html[\s>]/i.test(head) && /<body[\s>]/i.test(head);
}

/**
 * A compound file written by WPS Office (a `.wps`, the Kingsoft suite's Word 97 format): WPS adds a
 * `WpsCustomData` stream, whose name stands in the compound file's directory as UTF-16LE.
 */
export function isWpsCompoundFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('WpsCustomData', 'utf16le'));
}

/**
 * True when the bytes read as text: no NUL bytes and few control characters.
 * UTF-16 text has NULs; it is handled by its BOM before this check.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return false;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  return control <= n * 0.01;
}
