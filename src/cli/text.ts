// Text from a notice shown on the terminal or stderr: control characters (ANSI and OSC escape
// sequences, a stray carriage return, bidi overrides) are shown escaped, never acted on. The one
// place the CLI passes notice text through before printing it; the escaping itself is
// safe-text.ts's, shared with the terminal summary. Line breaks of a multi-line message stay.
import { escapeControls } from '../safe-text.js';

export function terminalText(s: string): string {
  return s.split('\n').map(escapeControls).join('\n');
}
