// The rules of `gov-tasks check`: one row each, with its id and its default severity. What each
// finds (rule.ID) and how to fix a finding (fix.ID) are in the message catalogue, in every
// language. Configuration (.gov-tasks.yaml, --rule) changes severities only.
import { isMessageId, message, type Lang } from '../i18n/index.js';

export type Level = 'off' | 'warn' | 'error';

export interface Rule {
  id: string;
  level: Level;
}

export const RULES: readonly Rule[] = [
  { id: 'numbering-gap', level: 'error' },
  { id: 'numbering-repeat', level: 'error' },
  { id: 'heading-level-skip', level: 'warn' },
  { id: 'marker-width-mixed', level: 'warn' },
  { id: 'task-missing-unit', level: 'warn' },
  { id: 'task-missing-deadline', level: 'warn' },
  { id: 'deadline-unparsed', level: 'warn' },
  { id: 'deadline-past', level: 'warn' },
  { id: 'clause-not-understood', level: 'warn' },
  { id: 'unit-run-together', level: 'warn' },
  { id: 'docnumber-format', level: 'warn' },
  { id: 'docnumber-missing', level: 'off' },
  { id: 'date-invalid', level: 'error' },
  { id: 'unreadable', level: 'error' },
];

export const RULE_IDS = RULES.map((r) => r.id);
export const ruleById = new Map(RULES.map((r) => [r.id, r]));

/** What a rule finds (for --help and SARIF), in `lang`; undefined for a rule of no entry. */
export const ruleSummary = (id: string, lang: Lang): string | undefined => catalogueText(`rule.${id}`, lang);

/** How to fix a rule's finding, in `lang`: appended to every message, so a clerk knows what to do. */
export const ruleFix = (id: string, lang: Lang): string | undefined => catalogueText(`fix.${id}`, lang);

const catalogueText = (id: string, lang: Lang) => (isMessageId(id) ? message(lang, id) : undefined);

/**
 * Diagnostics the parse already reports, under the id `check` knows them by. A diagnostic of
 * another id is still reported, under its own id and severity, so a new one is never lost.
 */
export const DIAGNOSTIC_RULES: Readonly<Record<string, string>> = {
  'numbering-gap': 'numbering-gap',
  'numbering-repeat': 'numbering-repeat',
  'task-without-unit': 'task-missing-unit',
  'task-without-deadline': 'task-missing-deadline',
  'deadline-unparsed': 'deadline-unparsed',
  'clause-unclosed': 'clause-not-understood',
  'clause-not-understood': 'clause-not-understood',
  'unit-run-together': 'unit-run-together',
  'doc-number-malformed': 'docnumber-format',
  'pdf-page-no-text': 'unreadable',
};
