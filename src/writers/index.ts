// Writers only format: they take validated task tables and return the bytes to write.
import type { TaskTable } from '../schema.js';

export const FORMATS = ['json', 'yaml'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface WriteOptions {
  /** Pretty-print JSON (default true). */
  pretty?: boolean;
}

/** File extension for a format, used by --out-dir. */
export const EXTENSION: Record<OutputFormat, string> = { json: 'json', yaml: 'yaml' };

/** Format from an output file name (`台账.yaml` → yaml), or null. */
export function formatFromFileName(name: string): OutputFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (ext === 'json') return 'json';
  return null;
}

export async function write(tables: TaskTable[], format: OutputFormat, opts: WriteOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'json': return (await import('./json.js')).writeJson(tables, opts);
    case 'yaml': return (await import('./yaml.js')).writeYaml(tables);
  }
}
