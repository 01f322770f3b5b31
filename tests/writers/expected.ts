// What a task row must hold, written out independently of src/writers/columns.ts so the
// writers' tests check the columns against the task JSON rather than against themselves.
import { join } from 'node:path';
import type { Task, TaskTable } from '../../src/schema.js';

export const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
export const SEED_002 = join(SEEDS, '002_2c6f66eac2dcb85f.txt');
export const SEED_004 = join(SEEDS, '004_de53bfd0c85c9c9e.txt');
export const SEED_000 = join(SEEDS, '000_cdc8212ff34390a1.txt');

export const ZH_HEADERS = ['序号', '文件', '一级标题', '二级标题', '编号', '任务内容', '牵头单位', '责任单位', '配合单位', '完成时限', '截止日期', '来源'];
/** Put in front of the task columns by --by unit. */
export const UNIT_HEADERS = ['单位', '角色', '原文单位', '统称'];
export const EN_HEADERS = ['No', 'File', 'Section', 'Subsection', 'Marker', 'Task', 'Lead units', 'Responsible units', 'Cooperating units', 'Deadline', 'Due date', 'Source'];

function source(s: Task['source']): string {
  if (s.page && s.line) return `第${s.page}页第${s.line}行`;
  if (s.line) return `第${s.line}行`;
  if (s.paragraph) return `第${s.paragraph}段`;
  throw new Error(`fixture task without line: ${JSON.stringify(s)}`);
}

/** The text cells of one task, in ZH_HEADERS order. */
export function expectedCells(no: number, table: TaskTable, t: Task): string[] {
  const entry = (i: number) => (t.path[i] ? t.path[i].marker + t.path[i].title : '');
  return [
    String(no),
    table.source.file,
    entry(0),
    entry(1),
    t.marker ?? t.path.at(-1)?.marker ?? '',
    t.text,
    t.leadUnits.join('、'),
    t.responsibleUnits.join('、'),
    t.cooperatingUnits.join('、'),
    t.deadline?.raw ?? '',
    t.deadline?.date ?? '',
    source(t.source),
  ];
}

/** Every task of the tables, numbered across them, as expected text rows. */
export function expectedRows(tables: TaskTable[]): string[][] {
  const rows: string[][] = [];
  for (const table of tables) for (const t of table.tasks) rows.push(expectedCells(rows.length + 1, table, t));
  return rows;
}

/** A copy of a table with some tasks changed, validated so writers only ever see valid tables. */
export async function withTasks(table: TaskTable, edit: (tasks: Task[]) => Task[]): Promise<TaskTable> {
  const { TaskTableSchema } = await import('../../src/schema.js');
  const copy = structuredClone(table);
  return TaskTableSchema.parse({ ...copy, tasks: edit(copy.tasks) });
}
