// Rows as plain objects, for the structured formats (ndjson, and json/yaml with --by unit).
// Each row carries the document's key fields so a line of NDJSON stands on its own in jq or a
// log pipeline, without the table it came from.
import type { Task, TaskTable } from '../schema.js';
import { rowsFor, type RowView, type TaskRow, type UnitRole } from './columns.js';

/** `docTitle`, not `title`: a task has a `title` of its own (its item heading). */
export interface TaskRecord extends Task {
  file: string;
  docNumber: string | null;
  docTitle: string | null;
}

export interface UnitRecord extends TaskRecord {
  /** The unit as first spelled in the input; '' for a task that names no unit. */
  unit: string;
  /** Machine-readable role (牵头 lead, 责任 responsible, 配合 cooperating); null with no unit. */
  role: UnitRole | null;
}

function record(r: TaskRow): TaskRecord | UnitRecord {
  const doc = { file: r.table.source.file, docNumber: r.table.document.docNumber, docTitle: r.table.document.title };
  if (!r.unit) return { ...doc, ...r.task };
  return { unit: r.unit.name, role: r.unit.role, ...doc, ...r.task };
}

export function records(tables: readonly TaskTable[], view: RowView): (TaskRecord | UnitRecord)[] {
  return rowsFor(tables, view).map(record);
}
