// Rows as plain objects, for the structured formats (ndjson, and json/yaml with --by unit).
// Each row carries the document's key fields so a line of NDJSON stands on its own in jq or a
// log pipeline, without the table it came from.
import type { Task, TaskTable } from '../schema.js';
import { rowsFor, type RowView, type TaskRow, type UnitRole, type UnitViewOptions } from './columns.js';

/** `docTitle`, not `title`: a task has a `title` of its own (its item heading). */
export interface TaskRecord extends Task {
  file: string;
  docNumber: string | null;
  docTitle: string | null;
}

export interface UnitRecord extends TaskRecord {
  /** The name the unit is grouped under (aliases merged: 市市场监督管理局); '' for a task that names no unit. */
  unit: string;
  /** The unit as the task writes it (市市场监管局). */
  unitAsWritten: string;
  /** A group of departments (市政府各部门, 各县（市、区）人民政府), not one. */
  collective: boolean;
  /** Machine-readable role (牵头 lead, 责任 responsible, 配合 cooperating); null with no unit. */
  role: UnitRole | null;
}

function record(r: TaskRow): TaskRecord | UnitRecord {
  const doc = { file: r.table.source.file, docNumber: r.table.document.docNumber, docTitle: r.table.document.title };
  if (!r.unit) return { ...doc, ...r.task };
  const { name, asWritten, role, collective } = r.unit;
  return { unit: name, unitAsWritten: asWritten, role, collective, ...doc, ...r.task };
}

export function records(tables: readonly TaskTable[], view: RowView, opts: UnitViewOptions = {}): (TaskRecord | UnitRecord)[] {
  return rowsFor(tables, view, opts).map(record);
}
