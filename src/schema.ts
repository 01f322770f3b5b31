// The output contract. This zod schema is the single definition of what gov-tasks writes:
// the TypeScript types are inferred from it and schemas/task-table.schema.json is generated from it.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

export const SourceSchema = z.object({
  line: z.number().int().positive().optional().describe('Line in a text file, or line on the page for a PDF (1-based)'),
  page: z.number().int().positive().optional().describe('Page, 1-based: PDF pages, and for Word files the page where Word last laid the paragraph out'),
  paragraph: z.number().int().positive().optional().describe('Paragraph number for Word files, 1-based'),
  row: z.number().int().positive().optional().describe('Table row, 1-based, when the text comes from a table'),
  table: z.number().int().positive().optional().describe('Table number in the document, 1-based, with row (Word files): 表1第2行'),
}).describe('Where the item stands in the source file');

export const DeadlineSchema = z.object({
  raw: z.string().describe('The deadline as written (完成时限)'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Last day of the deadline, ISO 8601; null when open-ended'),
  kind: z.enum(['yearRound', 'by', 'ongoing', 'recurring', 'unparsed']).describe('全年 → yearRound; 年底前/10月/6月30日前 → by; 持续推进 → ongoing; 每季度 → recurring'),
});

export const PathEntrySchema = z.object({ marker: z.string(), title: z.string() });

export const HeadingSchema = z.object({
  id: z.string(),
  level: z.number().int().min(1).max(4).describe('1 一、 · 2 （一） · 3 1. · 4 （1）'),
  marker: z.string(),
  number: z.number().int().positive(),
  title: z.string().describe('Text after the marker up to the first 。'),
  parentId: z.string().nullable(),
  source: SourceSchema,
  autoNumbered: z.boolean().optional().describe('The marker came from Word automatic numbering'),
});

export const TaskSchema = z.object({
  id: z.string(),
  headingId: z.string().nullable().describe('Innermost heading the task stands under; null for table rows'),
  path: z.array(PathEntrySchema).describe('Headings (or table groups) above the task, outermost first'),
  marker: z.string().nullable().describe('The item marker when the task is a numbered item or table item'),
  title: z.string().nullable(),
  text: z.string().describe('The task text, without its responsibility clause'),
  leadUnits: z.array(z.string()).describe('牵头单位'),
  responsibleUnits: z.array(z.string()).describe('责任单位'),
  cooperatingUnits: z.array(z.string()).describe('配合单位 / 协办单位'),
  deadline: DeadlineSchema.nullable(),
  clause: z.object({ raw: z.string(), style: z.string(), source: SourceSchema }).nullable().describe('The responsibility clause as written; null for table rows'),
  source: SourceSchema,
});

export const DiagnosticSchema = z.object({
  rule: z.string().describe('Stable rule id, e.g. numbering-gap, clause-unclosed'),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().describe('The message in English'),
  source: SourceSchema.nullable(),
  messageId: z.string().optional().describe('Message catalogue id (the rule, or rule.variant), to spell the message in another language'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('Values filled into the message'),
});

export const DocumentSchema = z.object({
  docNumber: z.string().nullable().describe('发文字号, as printed'),
  docNumberParts: z.object({ prefix: z.string(), year: z.number().int(), serial: z.number().int() }).nullable(),
  issuer: z.string().nullable().describe('发文机关 (the first, for a joint notice)'),
  issuers: z.array(z.string()).describe('Every 发文机关 of a joint notice, in the order printed; [issuer] otherwise'),
  title: z.string().nullable(),
  planTitle: z.string().nullable().describe("The plan's own title when the notice wraps a plan"),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('成文日期'),
  planYear: z.number().int().nullable(),
  recipients: z.array(z.string()).describe('主送机关'),
  publicity: z.string().nullable().describe('附注 such as 此件公开发布'),
  draft: z.boolean().describe('征求意见稿 and other drafts'),
  attachments: z.array(z.string()),
  cc: z.array(z.string()).describe('抄送'),
  printed: z.object({ by: z.string().nullable(), date: z.string().nullable() }).nullable().describe('印发机关 and 印发日期'),
  signatory: z.string().nullable().describe('落款'),
  references: z.array(z.object({ docNumber: z.string(), title: z.string().nullable(), source: SourceSchema })).describe('Documents cited in the text'),
  sources: z.object({
    docNumber: SourceSchema.nullable(),
    title: SourceSchema.nullable().describe("The title's first line"),
    date: SourceSchema.nullable(),
  }).describe('Where the 文号, the title and the 成文日期 were found (a metadata block\'s line or table for a web page); null for a field not found'),
});

export const TaskTableSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: z.string(),
    format: z.enum(['txt', 'docx', 'doc', 'wps', 'pdf', 'html', 'ofd']),
    encoding: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().positive().optional(),
  }),
  document: DocumentSchema,
  headings: z.array(HeadingSchema),
  tasks: z.array(TaskSchema),
  diagnostics: z.array(DiagnosticSchema),
}).describe('gov-tasks: one notice as a task table');

export type TaskTable = z.infer<typeof TaskTableSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type HeadingOut = z.infer<typeof HeadingSchema>;
export type DocumentOut = z.infer<typeof DocumentSchema>;
export type DiagnosticOut = z.infer<typeof DiagnosticSchema>;

/** The JSON Schema of the output, from zod's own exporter. */
export function taskTableJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(TaskTableSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
