// The pipeline: reader → model → elements → paragraphs → outline → tasks → validated task table.
// Stages take values and return values plus diagnostics; only the CLI touches files and exit codes.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic, DocModel } from './model.js';
import { findElements } from './analysis/elements.js';
import { buildOutline, splitSharedHeadings } from './analysis/outline.js';
import { dropFurniture, flattenBlocks, joinParagraphs } from './analysis/paragraphs.js';
import { findTasks, type TaskDraft } from './analysis/tasks.js';
import { tasksFromTable } from './analysis/task-table.js';
import { SCHEMA_VERSION, TaskTableSchema, type TaskTable } from './schema.js';
import { MAX_INPUT_BYTES, readDocument } from './readers/index.js';
import { rememberModel } from './source-models.js';
import { diagnostic } from './i18n/diagnostics.js';
import { inputError } from './i18n/index.js';

export interface ParseOptions {
  /** File name recorded in the output (source.file). */
  file?: string;
  /** The input bytes, for source.sha256 (the model's text is hashed when absent). */
  bytes?: Uint8Array;
}

/** Run the analysis stages on a document model. Pure: no I/O. */
export function parseModel(model: DocModel, opts: ParseOptions = {}): TaskTable {
  const diagnostics: Diagnostic[] = [...model.diagnostics];
  const raw = dropFurniture(flattenBlocks(model));
  const { elements, consumed, diagnostics: elementDiagnostics } = findElements(raw);
  diagnostics.push(...elementDiagnostics);
  const body = splitSharedHeadings(joinParagraphs(raw.filter((it) => !consumed.has(it))));
  const outline = buildOutline(body);
  diagnostics.push(...outline.diagnostics);

  const text = findTasks(body, outline, elements.planYear);
  diagnostics.push(...text.diagnostics);
  const drafts: TaskDraft[] = [...text.tasks];
  for (const it of body) {
    if (it.kind !== 'table') continue;
    const t = tasksFromTable(it.table, elements.planYear);
    drafts.push(...t.tasks);
    diagnostics.push(...t.diagnostics);
  }
  // Tasks in document order: text tasks and table rows interleave by position.
  const order = (d: TaskDraft) => (d.source.page ?? 0) * 1e6 + (d.source.line ?? d.source.paragraph ?? 0);
  drafts.sort((a, b) => order(a) - order(b));
  if (!drafts.length) {
    diagnostics.push(diagnostic('no-tasks', 'warning', {}, null));
  }

  const width = String(drafts.length).length;
  const table: TaskTable = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      file: opts.file ?? '-',
      format: model.format,
      encoding: model.encoding ?? null,
      sha256: createHash('sha256').update(opts.bytes ?? JSON.stringify(model.blocks)).digest('hex'),
      ...(model.pages ? { pages: model.pages } : {}),
    },
    document: {
      docNumber: elements.docNumber,
      docNumberParts: elements.docNumberParts,
      issuer: elements.issuer,
      issuers: elements.issuers,
      title: elements.title,
      planTitle: elements.planTitle,
      date: elements.date,
      planYear: elements.planYear,
      recipients: elements.recipients,
      publicity: elements.publicity,
      draft: elements.draft,
      attachments: elements.attachments,
      cc: elements.cc,
      printed: elements.printed,
      signatory: elements.signatory,
      references: elements.references,
      sources: elements.sources,
    },
    headings: outline.headings,
    tasks: drafts.map((d, k) => ({ id: `t${String(k + 1).padStart(width, '0')}`, ...d })),
    diagnostics,
  };
  // Every output is validated before anyone sees it: a failure here is a bug in gov-tasks.
  const valid = TaskTableSchema.parse(table);
  rememberModel(valid, model); // the review page shows the notice's text
  return valid;
}

/** Parse notice text (as a .txt file would hold it). */
export async function parseText(text: string, opts: ParseOptions = {}): Promise<TaskTable> {
  const { textToModel } = await import('./readers/txt.js');
  const model = await textToModel(text);
  model.encoding = 'utf-8';
  return parseModel(model, { file: opts.file ?? '-', bytes: opts.bytes ?? new TextEncoder().encode(text) });
}

/** Parse bytes of any supported format (detected from the bytes). */
export async function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): Promise<TaskTable> {
  const model = await readDocument(bytes);
  return parseModel(model, { ...opts, bytes });
}

/** Read and parse a file. Throws InputError for inputs that cannot be read. */
export async function parseFile(path: string): Promise<TaskTable> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw inputError('missing', 'reason.missing');
  }
  if (info.isDirectory()) throw inputError('directory', 'reason.directory');
  // Refused from its size, before a byte of it is held in memory.
  if (info.size > MAX_INPUT_BYTES) throw inputError('too-large', 'input.too-large', { mb: MAX_INPUT_BYTES >> 20 });
  const bytes = new Uint8Array(await readFile(path));
  return parseBytes(bytes, { file: basename(path) });
}
