#!/usr/bin/env node
// Regenerates schemas/task-table.schema.json from the zod schema (run `npm run schema` after
// changing src/schema.ts; tests/schema.test.ts fails while the file is stale).
import { writeFileSync } from 'node:fs';
import { taskTableJsonSchema } from '../dist/schema.js';

const out = new URL('../schemas/task-table.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(taskTableJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
