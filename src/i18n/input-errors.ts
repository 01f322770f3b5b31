// Why an input gave no table, in the user's language. Readers may throw InputError with a
// catalogue id; those that do not are spelled by their reason's general message in languages
// other than English (in English their own, more specific text is kept).
import { InputError, type InputErrorReason } from '../errors.js';
import { isMessageId, message, type Lang, type MessageId, type MessageParams, type MessageRef } from './catalogue.js';

/** An InputError whose message comes from the catalogue. */
export function inputError(reason: InputErrorReason, id: MessageId, params: MessageParams = {}): InputError {
  return new InputError(reason, message('en', id, params), id, params);
}

/** An InputError as a parameter of another message, spelled in that message's language. */
export const errorRef = (e: InputError): MessageRef | string => (e.messageId ? { id: e.messageId, params: e.params } : e.message);

/** What a failure carries: an InputError, or the plain data a worker sends back for one. */
export interface FailureText {
  reason: string;
  message: string;
  messageId?: string;
  params?: MessageParams;
}

/** The reason an input could not be read, as one line in `lang`. */
export function failureMessage(f: FailureText, lang: Lang): string {
  if (f.messageId && isMessageId(f.messageId)) return message(lang, f.messageId, f.params ?? {});
  if (lang === 'en') return f.message;
  const general = `reason.${f.reason}`;
  return isMessageId(general) ? message(lang, general) : f.message;
}

export const inputErrorMessage = (e: InputError, lang: Lang): string => failureMessage(e, lang);
