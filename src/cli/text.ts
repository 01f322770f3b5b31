// Text from a notice shown on the terminal or stderr: control characters (ANSI and OSC escape
// sequences, a stray carriage return, bidi overrides) are shown escaped, never acted on. The one
// place the CLI passes notice text through before printing it; the escaping is src/safe-text.ts.
export { escapeControls as terminalText } from '../safe-text.js';
