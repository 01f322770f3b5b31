// Writers only format: they take validated task tables and return the bytes to write.
// This module stays light (the CLI imports it at start-up); each writer is loaded on demand.
import type { TaskTable } from '../schema.js';
import type { HeaderLang, RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

export const FORMATS = ['json', 'yaml', 'ndjson', 'csv', 'tsv', 'xlsx', 'md', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export type { HeaderLang, RowView } from './columns.js';
export const VIEWS = ['task', 'unit'] as const satisfies readonly RowView[];
export const HEADER_LANGS = ['zh', 'en'] as const satisfies readonly HeaderLang[];

/** Formats whose output is not text: never written to a terminal. */
export const BINARY_FORMATS: ReadonlySet<OutputFormat> = new Set(['xlsx']);

export interface WriteOptions {
  /** Pretty-print JSON (default true). */
  pretty?: boolean;
  /** 'task' (default): one row per task; 'unit': one row per unit and task (--by unit). */
  view?: RowView;
  /** Header language of the tabular formats (csv, tsv, md, xlsx); default zh. */
  headers?: HeaderLang;
  /** CSV: UTF-8 byte order mark first (default true), for Excel on Windows. */
  bom?: boolean;
  /** xlsx: empty 进展情况 and 备注 columns for the departments (default true; --no-ledger-columns). */
  ledgerColumns?: boolean;
  /** --by unit: the user's unit aliases (config units.aliases), merged with the built-in short forms. */
  unitAliases?: UserUnitAliases;
}

/** File extension for a format, used by --out-dir. */
export const EXTENSION: Record<OutputFormat, string> = {
  json: 'json', yaml: 'yaml', ndjson: 'ndjson', csv: 'csv', tsv: 'tsv', xlsx: 'xlsx', md: 'md', html: 'html',
};

const BY_EXTENSION: Record<string, OutputFormat> = {
  json: 'json', yaml: 'yaml', yml: 'yaml', ndjson: 'ndjson', jsonl: 'ndjson',
  csv: 'csv', tsv: 'tsv', tab: 'tsv', xlsx: 'xlsx', md: 'md', markdown: 'md', html: 'html', htm: 'html',
};

/** Format from an output file name (`台账.xlsx` → xlsx), or null. */
export function formatFromFileName(name: string): OutputFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/')) return null;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

export async function write(tables: TaskTable[], format: OutputFormat, opts: WriteOptions = {}): Promise<string | Uint8Array> {
  const { view = 'task', headers = 'zh', unitAliases } = opts;
  switch (format) {
    case 'json': return (await import('./json.js')).writeJson(tables, { pretty: opts.pretty, view, unitAliases });
    case 'yaml': return (await import('./yaml.js')).writeYaml(tables, { view, unitAliases });
    case 'ndjson': return (await import('./ndjson.js')).writeNdjson(tables, { view, unitAliases });
    case 'csv': return (await import('./delimited.js')).writeCsv(tables, { view, headers, bom: opts.bom, unitAliases });
    case 'tsv': return (await import('./delimited.js')).writeTsv(tables, { view, headers, unitAliases });
    case 'md': return (await import('./markdown.js')).writeMarkdown(tables, { view, headers, unitAliases });
    case 'xlsx': return (await import('./xlsx.js')).writeXlsx(tables, { view, headers, ledgerColumns: opts.ledgerColumns, unitAliases });
    // The review page: the notice's text with every task highlighted, beside a task table.
    case 'html': return (await import('./review/index.js')).writeReview(tables, { lang: headers, unitAliases });
  }
}
