// Messages in the user's language: one catalogue, ids and parameters in the code, text at the edges.
export { LANGS, MESSAGES, isMessageId, message, placeholders, type Lang, type MessageId, type MessageParams } from './catalogue.js';
export { diagnostic, diagnosticMessage, localiseTable, ruleOf } from './diagnostics.js';
export { failureMessage, inputError, inputErrorMessage, type FailureText } from './input-errors.js';
export { langFromEnv } from './locale.js';
