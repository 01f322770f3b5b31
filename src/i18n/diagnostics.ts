// Diagnostics are made from a message id and its parameters; the English text is kept in
// `message` for library users, and the CLI re-spells it in the user's language when it writes.
import type { Diagnostic, Severity, SourcePos } from '../model.js';
import type { TaskTable } from '../schema.js';
import { isMessageId, message, type Lang, type MessageId } from './catalogue.js';

/** The rule of a message id: `task-without-unit.table-row` belongs to rule `task-without-unit`. */
export const ruleOf = (id: MessageId): string => id.split('.')[0];

export function diagnostic(id: MessageId, severity: Severity, params: Readonly<Record<string, string | number>>, source: SourcePos | null): Diagnostic {
  return {
    rule: ruleOf(id),
    severity,
    message: message('en', id, params),
    source,
    messageId: id,
    ...(Object.keys(params).length ? { params: { ...params } } : {}),
  };
}

type AnyDiagnostic = Pick<Diagnostic, 'message' | 'messageId' | 'params'>;

/** A diagnostic's message in `lang`; diagnostics made without an id keep their own text. */
export function diagnosticMessage(d: AnyDiagnostic, lang: Lang): string {
  return d.messageId && isMessageId(d.messageId) ? message(lang, d.messageId, d.params ?? {}) : d.message;
}

/** The table with its diagnostics spelled in `lang` (the same table for English). */
export function localiseTable(table: TaskTable, lang: Lang): TaskTable {
  if (lang === 'en') return table;
  return { ...table, diagnostics: table.diagnostics.map((d) => ({ ...d, message: diagnosticMessage(d, lang) })) };
}
