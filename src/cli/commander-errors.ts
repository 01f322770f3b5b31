// commander's own errors (an unknown option, a value not among the choices, a missing argument)
// in the user's language: its English wording (commander 14) is recognised and said again from
// the catalogue, as one line like every other usage error. A wording not listed is kept as is.
import type { MessageId, MessageParams } from '../i18n/index.js';
import { t } from './lang.js';

interface Form {
  test: RegExp;
  id: MessageId;
  params: (m: RegExpExecArray) => MessageParams;
}

const FORMS: Form[] = [
  { test: /^error: unknown option '(.*)'$/, id: 'commander.unknown-option', params: (m) => ({ option: m[1] }) },
  { test: /^error: unknown command '(.*)'$/, id: 'commander.unknown-command', params: (m) => ({ command: m[1] }) },
  { test: /^error: missing required argument '(.*)'$/, id: 'commander.missing-argument', params: (m) => ({ argument: m[1] }) },
  { test: /^error: option '(.*)' argument missing$/, id: 'commander.option-argument-missing', params: (m) => ({ option: m[1] }) },
  {
    test: /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    id: 'commander.invalid-choice',
    params: (m) => ({ option: m[1], value: m[2], choices: m[3] }),
  },
  { test: /^error: too many arguments/, id: 'commander.too-many-arguments', params: () => ({}) },
];

const SUGGESTION = /^\(Did you mean (?:one of )?(.+)\?\)$/;

/** The line to print for an error commander reports (`error: unknown option '--bogus'` …). */
export function commanderError(text: string): string {
  const [first, second = ''] = text.trim().split('\n');
  for (const form of FORMS) {
    const m = form.test.exec(first);
    if (!m) continue;
    const hint = SUGGESTION.exec(second.trim());
    const reason = t(form.id, form.params(m)) + (hint ? t('commander.did-you-mean', { names: hint[1] }) : '');
    return t('cli.usage', { reason }) + '\n';
  }
  return text.startsWith('error:') ? `gov-tasks: ${text}` : text;
}
