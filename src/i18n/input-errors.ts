// Input errors in the user's language. Readers may throw InputError with a catalogue id; those
// that do not are spelled by their reason's general message in languages other than English.
import { InputError, type InputErrorReason } from '../errors.js';
import { isMessageId, message, type Lang, type MessageId, type MessageParams } from './catalogue.js';

/** An InputError whose message comes from the catalogue. */
export function inputError(reason: InputErrorReason, id: MessageId, params: MessageParams = {}): InputError {
  return new InputError(reason, message('en', id, params), id, params);
}

/** The reason an input could not be read, as one line in `lang`. */
export function inputErrorMessage(e: InputError, lang: Lang): string {
  if (e.messageId && isMessageId(e.messageId)) return message(lang, e.messageId, e.params ?? {});
  if (lang === 'en') return e.message;
  const general = `input.${e.reason}`;
  return isMessageId(general) ? message(lang, general) : e.message;
}
