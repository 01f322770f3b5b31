// Errors that end the reading of one input. Each carries the exit code the CLI documents,
// so one bad file in a batch is reported and counted without stopping the others.

export const ExitCode = {
  ok: 0,
  /** Parsed, but with error diagnostics (or warnings under --strict). */
  parsedWithErrors: 1,
  usage: 2,
  /** The input could not be read: missing, a directory, empty, corrupt, encrypted, image-only… */
  unreadable: 3,
  /** An output could not be written (-o into a missing folder, onto a folder; --out-dir onto a file; disk full). */
  outputFailed: 4,
} as const;

export type InputErrorReason =
  | 'missing'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'too-large';

/** Values of a catalogue message's placeholders; a value may be a message of its own (src/i18n). */
export type ErrorParams = Readonly<Record<string, string | number | { readonly id: string; readonly params?: ErrorParams }>>;

/**
 * The input cannot be turned into a document model. The message names no file: the CLI adds it.
 * `messageId` (src/i18n/catalogue.ts) lets the CLI say it in the user's language; without one,
 * the reason's general message is used for languages other than English.
 */
export class InputError extends Error {
  readonly reason: InputErrorReason;
  readonly messageId?: string;
  readonly params?: ErrorParams;
  constructor(reason: InputErrorReason, message: string, messageId?: string, params?: ErrorParams) {
    super(message);
    this.name = 'InputError';
    this.reason = reason;
    this.messageId = messageId;
    this.params = params;
  }
}
