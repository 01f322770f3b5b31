import type { TaskTable } from '../schema.js';

/** One table → one JSON object; several → an array of them, in input order. */
export function writeJson(tables: TaskTable[], opts: { pretty?: boolean } = {}): string {
  const value = tables.length === 1 ? tables[0] : tables;
  return JSON.stringify(value, null, opts.pretty === false ? undefined : 2) + '\n';
}
