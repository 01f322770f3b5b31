// The user's language, as POSIX programs find it: LC_ALL, then LC_MESSAGES, then LANG
// (LANGUAGE, GNU's priority list, first when set). Chinese for any zh_* locale, else English.
import type { Lang } from './catalogue.js';

export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const first = env.LANGUAGE?.split(':')[0];
  const locale = first || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_.\-@]|$)/i.test(locale) ? 'zh' : 'en';
}
