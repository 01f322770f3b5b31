// commander's own errors (an unknown option, a value not among the choices, a missing argument)
// in the user's language: its English wording (commander 14) is recognised and said again from
// the catalogue, as one line like every other usage error. A wording not listed is kept as is.
// Its own words on a help screen (titles, an option's choices and default) come from the
// catalogue too, in the same wording in English; Chinese descriptions are wrapped between
// characters, by their width on screen.
import { Help, type Option } from 'commander';
import type { MessageId, MessageParams } from '../i18n/index.js';
import { displayWidth } from '../writers/width.js';
import { cliLang, t } from './lang.js';

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

/** commander's titles of a help screen; a title not listed is kept as is. */
const TITLES: Readonly<Record<string, MessageId>> = {
  'Usage:': 'commander.title.usage',
  'Arguments:': 'commander.title.arguments',
  'Options:': 'commander.title.options',
  'Global Options:': 'commander.title.global-options',
  'Commands:': 'commander.title.commands',
};

/** An option's default as commander shows it, when it shows one. */
function shownDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  return shown ? option.defaultValueDescription || JSON.stringify(option.defaultValue) : undefined;
}

/** An option's description with its choices and default noted, as commander notes them. */
function optionDescription(this: Help, option: Option): string {
  // gov-tasks gives no option a preset or an environment variable: commander's own notes for those.
  if (option.presetArg !== undefined || option.envVar !== undefined || !option.description) return Help.prototype.optionDescription.call(this, option);
  const choices = option.argChoices?.map((c) => JSON.stringify(c)).join(', ');
  const value = shownDefault(option);
  if (choices && value) return option.description + t('commander.choices-default', { choices, value });
  if (choices) return option.description + t('commander.choices', { choices });
  return value ? option.description + t('commander.default', { value }) : option.description;
}

/**
 * Where a Chinese line may break: between any two characters, except before closing punctuation
 * (，。）…) and after opening punctuation (（“…), and never inside a run of Latin letters and digits.
 */
const BREAKABLE = /\s*[（“《「『〔【]*(?:[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)[，。、；：）”》」』〕】！？…]*/g;

/** A description wrapped to `width` columns, breaking Chinese text between characters as above. */
function wrapBetweenCharacters(this: Help, text: string, width: number): string {
  if (width < this.minWidthToWrap) return text;
  return text.split('\n').map((line) => {
    const lines: string[] = [];
    let current = '';
    let columns = 0;
    for (const piece of line.match(BREAKABLE) ?? []) {
      const pieceColumns = displayWidth(piece);
      if (current && columns + pieceColumns > width) {
        lines.push(current);
        current = piece.trimStart();
        columns = displayWidth(current);
      } else {
        current += piece;
        columns += pieceColumns;
      }
    }
    return [...lines, current].join('\n');
  }).join('\n');
}

/** Help settings that say commander's own words of a help screen in the CLI's language. */
export const commanderHelpWords = () => ({
  styleTitle: (title: string): string => (Object.hasOwn(TITLES, title) ? t(TITLES[title]) : title),
  optionDescription,
  // English keeps commander's wrapping at spaces (its help is unchanged: 市场监管局 stays whole).
  ...(cliLang() === 'zh' ? { displayWidth, boxWrap: wrapBetweenCharacters } : {}),
});
