import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskTableSchema, taskTableJsonSchema } from '../src/schema.js';
import { parseText } from '../src/pipeline.js';

describe('schema', () => {
  it('schemas/task-table.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'task-table.schema.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(taskTableJsonSchema())));
  });
  it('rejects output that breaks the contract', () => {
    expect(() => TaskTableSchema.parse({ schemaVersion: '1.0' })).toThrow();
  });
  it('every parse result satisfies it', async () => {
    const t = await parseText('一、总体要求\n（一）做好工作。（县财政局牵头负责）');
    expect(TaskTableSchema.safeParse(t).success).toBe(true);
    expect(t.tasks[0].leadUnits).toEqual(['县财政局']);
  });
});
