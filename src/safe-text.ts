// Text from a notice shown to a person: on the terminal summary and in messages on stderr.
// A notice can carry terminal escape sequences (ESC[2J clears the screen, OSC 0 retitles the
// window, OSC 8 plants a hyperlink, ESC[8m hides text) and bidi overrides that make text read
// differently than it is stored (CVE-2021-42574). Like kubectl since CVE-2021-25743, such
// characters are shown escaped, never sent raw: `\x1b]0;…` stays visible and inert.

/** C0 controls, DEL, C1 controls, and the Unicode bidi embedding/override/isolate controls. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** The text with every control character written as an escape (`\x1b`, `\n`, `\u202e`). */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, escapeOne);
}
