// The character set of an HTML page: the byte-order mark, then what the page (or its MIME part)
// declares, then the bytes themselves. Chinese sites serve GB2312/GBK pages, and a page saved by
// a browser may keep a `charset=gb2312` it no longer is: valid UTF-8 Chinese wins over such a label.
import { decodeText } from '../txt.js';

/** Labels offices write for the GB family; GB18030 decodes all of them. */
const GB_FAMILY = /^(?:gb2312|gbk|x-gbk|gb_2312-80|gb18030|cp936|windows-936|euc-cn|hz-gb-2312)$/i;

/** The charset a page declares in its first bytes: `<meta charset=…>`, `content="…; charset=…"`, `<?xml encoding=…?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array, declared: string | null = declaredCharset(bytes)): { text: string; encoding: string } {
  const sniffed = decodeText(bytes); // BOM, else UTF-8 that reads as Chinese, else GB18030
  if (!declared || sniffed.encoding.startsWith('utf-16') || sniffed.encoding === 'utf-8-bom') return sniffed;
  const label = GB_FAMILY.test(declared) ? 'gb18030' : declared.replace(/^utf8$/, 'utf-8');
  if (label !== 'utf-8' && sniffed.encoding === 'utf-8' && /[^\x00-\x7f]/.test(sniffed.text)) return sniffed;
  try {
    return { text: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    return sniffed; // a label TextDecoder does not know
  }
}
