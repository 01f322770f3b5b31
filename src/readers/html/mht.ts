// MHT / MHTML ("web archive", and what Word's "single file web page" saves, often named .doc): a
// MIME message whose text/html part is the page, encoded quoted-printable or base64.
import { inputError } from '../../i18n/index.js';

export interface MimePart { headers: Map<string, string>; body: string }

/** True when the bytes start as a MIME message holding a web page. */
export function looksLikeMht(head: string): boolean {
  return /^(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*)*?MIME-Version:/i.test(head) && /Content-Type:\s*(?:multipart\/related|text\/html)/i.test(head);
}

/** Headers (unfolded, names lower-cased) and the body of a MIME entity, kept as latin1 (one char a byte). */
function splitEntity(s: string): MimePart {
  const gap = /\r?\n\r?\n/.exec(s);
  const headText = gap ? s.slice(0, gap.index) : s;
  const headers = new Map<string, string>();
  for (const line of headText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m) headers.set(m[1].toLowerCase(), m[2].trim());
  }
  return { headers, body: gap ? s.slice(gap.index + gap[0].length) : '' };
}

const param = (value: string | undefined, name: string) => (value ? new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'i').exec(value)?.[1] ?? null : null);

/** The bytes of a part's body, transfer encoding undone. */
export function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  const cte = (encoding ?? '').toLowerCase();
  if (cte === 'base64') return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (cte === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return new Uint8Array(Buffer.from(bytes, 'latin1'));
  }
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** The page in an MHT file: its bytes and the charset its part declares. */
export function htmlOfMht(bytes: Uint8Array): { html: Uint8Array; charset: string | null } {
  const top = splitEntity(Buffer.from(bytes).toString('latin1'));
  const type = top.headers.get('content-type') ?? '';
  const boundary = param(type, 'boundary');
  const parts = /multipart\//i.test(type) && boundary
    ? top.body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--')).map((p) => splitEntity(p.replace(/^\r?\n/, '')))
    : [top];
  const page = parts.find((p) => /^text\/html/i.test(p.headers.get('content-type') ?? ''));
  if (!page) throw inputError('corrupt', 'input.mht.no-html');
  return { html: decodeTransfer(page.body, page.headers.get('content-transfer-encoding')), charset: param(page.headers.get('content-type'), 'charset') };
}
