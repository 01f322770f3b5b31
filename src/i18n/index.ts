// Messages in the user's language: one catalogue, ids and parameters in the code, text at the edges.
export { CATALOGUE_PARTS, LANGS, MESSAGES, isMessageId, message, placeholders, ref, spell, type Lang, type MessageId, type MessageParams, type MessageRef } from './catalogue.js';
export { diagnostic, diagnosticMessage, localiseTable, ruleOf } from './diagnostics.js';
export { errorRef, failureMessage, inputError, inputErrorMessage, type FailureText } from './input-errors.js';
export { langFromEnv } from './locale.js';
