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

/** A configuration that cannot be used: the CLI prints the message and exits 2. */
export class ConfigError extends Error {}

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
  let data: unknown;
  try {
    data = parse(await readFile(path, 'utf8')) ?? {};
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? `:${e.linePos[0].line}` : '';
    throw new ConfigError(`${path}${where}: not valid YAML: ${String((e as Error).message).split('\n')[0]}`);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(`${path}: ${describeIssue(parsed.error.issues[0])}`);
  const rules = new Map(Object.entries(parsed.data.rules ?? {}).filter((e): e is [string, Level] => e[1] !== undefined));
  return { path, rules, ignore: parsed.data.ignore ?? [], unitAliases: parsed.data.units?.aliases ?? {} };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const at = key ? `${key}.` : '';
    const known = key === 'rules' ? `; rules are ${RULE_IDS.join(', ')}` : key ? '' : '; keys are rules, ignore, units';
    return `unknown key ${issue.keys.map((k) => at + k).join(', ')}${known}`;
  }
  if (key.startsWith('rules.')) return `${key}: must be off, warn or error`;
  return `${key || 'the file'}: ${issue.message}`;
}

/** `--rule id=off|warn|error`, applied over the file's settings. */
export function applyRuleFlags(rules: Map<string, Level>, flags: readonly string[]): void {
  for (const flag of flags) {
    const m = /^([a-z-]+)=(off|warn|error)$/.exec(flag.trim());
    if (!m) throw new ConfigError(`--rule ${flag}: write it as id=off, id=warn or id=error`);
    if (!RULE_IDS.includes(m[1])) throw new ConfigError(`--rule ${flag}: unknown rule ${m[1]}; rules are ${RULE_IDS.join(', ')}`);
    rules.set(m[1], m[2] as Level);
  }
}
