// Text from a notice shown on the terminal or stderr: control characters (ANSI and OSC escape
// sequences, a stray carriage return) are shown escaped, never acted on. The one place the CLI
// passes notice text through before printing it.
export function terminalText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
