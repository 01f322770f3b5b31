import type { TaskTable } from '../schema.js';
import type { RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

/**
 * One table → one JSON object; several → an array of them, in input order.
 * With --by unit: an array of per-unit rows (the NDJSON objects), whatever the number of inputs.
 */
export async function writeJson(tables: readonly TaskTable[], opts: { pretty?: boolean; view?: RowView; unitAliases?: UserUnitAliases } = {}): Promise<string> {
  let value: unknown = tables.length === 1 ? tables[0] : tables;
  if (opts.view === 'unit') value = (await import('./records.js')).records(tables, 'unit', { aliases: opts.unitAliases });
  return JSON.stringify(value, null, opts.pretty === false ? undefined : 2) + '\n';
}
