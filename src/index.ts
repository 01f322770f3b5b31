// Library entry point: `import { parseFile, parseText } from 'gov-tasks'`.
export { parseFile, parseText, parseBytes, parseModel, type ParseOptions } from './pipeline.js';
export { readDocument } from './readers/index.js';
export { TaskTableSchema, TaskSchema, SCHEMA_VERSION, taskTableJsonSchema } from './schema.js';
export type { TaskTable, Task, HeadingOut as Heading, DocumentOut as DocumentInfo, DiagnosticOut as Diagnostic } from './schema.js';
export type { DocModel, Block, Paragraph, Table, Cell, Run, SourcePos } from './model.js';
export { InputError, ExitCode } from './errors.js';
export { splitUnits } from './analysis/units.js';
export { normaliseDeadline } from './analysis/deadline.js';
export { parseDocNumber } from './analysis/docnumber.js';
