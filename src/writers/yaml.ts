import type { TaskTable } from '../schema.js';

/** YAML; several tables become a multi-document stream (`---` between documents). */
export async function writeYaml(tables: TaskTable[]): Promise<string> {
  const { stringify } = await import('yaml');
  return tables.map((t) => stringify(t, { lineWidth: 0 })).join('---\n');
}
