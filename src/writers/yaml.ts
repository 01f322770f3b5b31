import type { TaskTable } from '../schema.js';
import type { RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

/**
 * YAML; several tables become a multi-document stream (`---` between documents).
 * With --by unit: one document holding the sequence of per-unit rows.
 */
export async function writeYaml(tables: readonly TaskTable[], opts: { view?: RowView; unitAliases?: UserUnitAliases } = {}): Promise<string> {
  const { stringify } = await import('yaml');
  if (opts.view === 'unit') return stringify((await import('./records.js')).records(tables, 'unit', { aliases: opts.unitAliases }), { lineWidth: 0 });
  return tables.map((t) => stringify(t, { lineWidth: 0 })).join('---\n');
}
