// NDJSON: one JSON object a line, for jq, grep and stream tools.
import type { TaskTable } from '../schema.js';
import type { RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';
import { records } from './records.js';

/** One task (or, with --by unit, one unit and task) a line; JSON.stringify never emits a raw newline. */
export function writeNdjson(tables: readonly TaskTable[], opts: { view?: RowView; unitAliases?: UserUnitAliases } = {}): string {
  return records(tables, opts.view ?? 'task', { aliases: opts.unitAliases }).map((r) => JSON.stringify(r) + '\n').join('');
}
