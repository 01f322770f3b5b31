// `.gov-tasks.yaml`: found upward from the working directory (as eslint and markdownlint find
// theirs), read with yaml, validated with zod; an error names the file and the key.
//
//   rules:
//     heading-level-skip: off
//     docnumber-missing: error
//   ignore:
//     - "**/草稿/**"
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { isMessageId, message, ref, type MessageId, type MessageParams } from '../i18n/index.js';
import { RULE_IDS, type Level } from './rules.js';

export const CONFIG_NAMES = ['.gov-tasks.yaml', '.gov-tasks.yml'] as const;

const LevelSchema = z.enum(['off', 'warn', 'error']);

export const ConfigSchema = z.object({
  rules: z.object(Object.fromEntries(RULE_IDS.map((id) => [id, LevelSchema.optional()]))).strict().optional(),
  ignore: z.array(z.string()).optional(),
  // The user's own unit aliases for --by unit: a written form → the name to group it under.
  units: z.object({ aliases: z.record(z.string(), z.string()).optional() }).strict().optional(),
}).strict();

export interface CheckConfig {
  /** The file read, or null when there is none. */
  path: string | null;
  rules: Map<string, Level>;
  ignore: string[];
  /** units.aliases: 市府办 → 市人民政府办公室. */
  unitAliases: Record<string, string>;
}

/** A configuration that cannot be used: the CLI says it in the user's language and exits 2. */
export class ConfigError extends Error {
  constructor(readonly id: MessageId, readonly params: MessageParams = {}) {
    super(message('en', id, params));
    this.name = 'ConfigError';
  }
}

/** The nearest configuration file at or above `from`, or null. */
export async function findConfig(from: string): Promise<string | null> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      const text = await readFile(path, 'utf8').then(() => path, () => null);
      if (text) return text;
    }
    if (dirname(dir) === dir) return null;
  }
}

export async function loadConfig(path: string | null): Promise<CheckConfig> {
  if (!path) return { path: null, rules: new Map(), ignore: [], unitAliases: {} };
  const { parse, YAMLParseError } = await import('yaml');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'ENOENT' ? new ConfigError('config.missing', { path }) : new ConfigError('config.unreadable', { path, code: e.code ?? e.message });
  });
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (e) {
    // The parser's own words (which line, what is wrong) are kept as they are: they name the YAML.
    const where = e instanceof YAMLParseError && e.linePos ? `:${e.linePos[0].line}` : '';
    throw new ConfigError('config.not-yaml', { path, where, detail: String((e as Error).message).split('\n')[0].replace(/:$/, '') });
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) throw issueError(path, parsed.error.issues[0]);
  const rules = new Map(Object.entries(parsed.data.rules ?? {}).filter((e): e is [string, Level] => e[1] !== undefined));
  return { path, rules, ignore: parsed.data.ignore ?? [], unitAliases: parsed.data.units?.aliases ?? {} };
}

/** What zod found, naming the key (rules.numbering-gap) in the catalogue's words, not zod's. */
function issueError(path: string, issue: z.core.$ZodIssue): ConfigError {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (key ? `${key}.${k}` : k)).join(', ');
    if (key === 'rules') return new ConfigError('config.unknown-key.rules', { path, keys, rules: RULE_IDS.join(', ') });
    return new ConfigError(key ? 'config.unknown-key' : 'config.unknown-key.top', { path, keys });
  }
  if (key.startsWith('rules.')) return new ConfigError('config.rule-level', { path, key });
  // A record is a mapping too, to whoever writes the file.
  const expected = issue.code === 'invalid_type' ? `config.type.${issue.expected === 'record' ? 'object' : issue.expected}` : '';
  if (isMessageId(expected)) {
    return key ? new ConfigError('config.wrong-type', { path, key, expected: ref(expected) }) : new ConfigError('config.wrong-type.top', { path, expected: ref(expected) });
  }
  return new ConfigError('config.invalid', { path, key: key || '.' });
}

/** `--rule id=off|warn|error`, applied over the file's settings. */
export function applyRuleFlags(rules: Map<string, Level>, flags: readonly string[]): void {
  for (const flag of flags) {
    const m = /^([a-z-]+)=(off|warn|error)$/.exec(flag.trim());
    if (!m) throw new ConfigError('config.rule-flag', { flag });
    if (!RULE_IDS.includes(m[1])) throw new ConfigError('config.rule-unknown', { flag, rule: m[1], rules: RULE_IDS.join(', ') });
    rules.set(m[1], m[2] as Level);
  }
}
