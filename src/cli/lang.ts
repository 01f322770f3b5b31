// The language of everything the command line says: --lang zh|en, else the locale (LC_ALL,
// LC_MESSAGES, LANG). Chosen once, before commander builds the help, so help summaries,
// errors, diagnostics and progress all speak the same language.
import { LANGS, langFromEnv, message, type Lang, type MessageId, type MessageParams } from '../i18n/index.js';

let current: Lang = 'en';

/** The value of --lang in argv (`--lang zh`, `--lang=zh`), undefined when absent. */
function langArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return argv[i + 1] ?? '';
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return undefined;
}

/** Set the CLI's language from argv and the environment; false when --lang names no language. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; value?: string } {
  const value = langArg(argv);
  current = langFromEnv(env);
  if (value === undefined) return { ok: true };
  if (!(LANGS as readonly string[]).includes(value)) return { ok: false, value };
  current = value as Lang;
  return { ok: true };
}

export const cliLang = (): Lang => current;

/** A catalogue message in the CLI's language. */
export const t = (id: MessageId, params: MessageParams = {}): string => message(current, id, params);
