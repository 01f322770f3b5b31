// The document model each task table was made from, for writers that show the notice's own text
// (the review page). The task table is the output contract and does not carry the text; rather
// than thread models through every caller, the pipeline leaves the model here. Keyed weakly by
// the table's `source` object, which copies of a table made by spreading it share, so a model
// lives exactly as long as some copy of its table.
import type { DocModel } from './model.js';
import type { TaskTable } from './schema.js';

const models = new WeakMap<object, DocModel>();

export function rememberModel(table: TaskTable, model: DocModel): void {
  models.set(table.source, model);
}

/** The model `table` was parsed from, when it was parsed in this process. */
export function modelOf(table: TaskTable): DocModel | undefined {
  return models.get(table.source);
}
