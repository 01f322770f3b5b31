// One output for many notices, written notice by notice as each is parsed, so no run holds
// every table: NDJSON, CSV and TSV rows, YAML documents and the elements of a JSON array.
// The writers still do all the formatting; this only decides what goes between the pieces.
// Formats that need every table at once (xlsx, md, and --by unit, sorted across notices) collect.
import type { TaskTable } from '../schema.js';
import { write, type OutputFormat, type WriteOptions } from '../writers/index.js';
import type { Target } from './targets.js';

export interface TableStream {
  add(table: TaskTable): Promise<void>;
  /** A notice already formatted by pieceOf (in a worker): only the separator is added here. */
  addPiece(piece: string): Promise<void>;
  end(): Promise<void>;
  /** Notices written so far (nothing parsed: the CLI writes no file at all). */
  readonly count: number;
}

/** Whether this format and view can be written one notice at a time. */
export function streams(format: OutputFormat, opts: WriteOptions): boolean {
  return opts.view !== 'unit' && ['json', 'yaml', 'ndjson', 'csv', 'tsv'].includes(format);
}

/**
 * Whether a notice's piece depends on nothing before it, so a worker can format it: JSON, YAML
 * and NDJSON. CSV and TSV number their rows across notices, so they are formatted here.
 */
export function formatsInPieces(format: OutputFormat, opts: WriteOptions): boolean {
  return opts.view !== 'unit' && ['json', 'yaml', 'ndjson'].includes(format);
}

/** One notice's piece of a streamed JSON, YAML or NDJSON output, without what goes between pieces. */
export async function pieceOf(t: TaskTable, format: OutputFormat, opts: WriteOptions, many: boolean): Promise<string> {
  if (format !== 'json') return String(await write([t], format, opts));
  const text = JSON.stringify(t, null, opts.pretty === false ? undefined : 2);
  if (!many) return text + '\n';
  return opts.pretty === false ? text : text.replace(/^/gm, '  ');
}

/**
 * @param many  more than one input: JSON gives an array (as the writer does for several tables),
 *              decided from the number of inputs, so a failed input does not change the shape.
 */
export function tableStream(target: Target, format: OutputFormat, opts: WriteOptions, many: boolean): TableStream {
  if (!streams(format, opts)) return collecting(target, format, opts);
  let count = 0;
  let rows = 0;
  const addPiece = async (piece: string) => {
    const first = count++ === 0;
    if (format === 'json' && many) return target.write((first ? '[' : ',') + (opts.pretty === false ? '' : '\n') + piece);
    if (format === 'yaml' && !first) return target.write('---\n' + piece);
    return target.write(piece);
  };
  const add = async (t: TaskTable) => {
    if (formatsInPieces(format, opts)) return addPiece(await pieceOf(t, format, opts, many));
    const first = count++ === 0;
    const delimited = await import('../writers/delimited.js');
    const piece = { ...opts, header: first, firstNo: rows + 1 };
    rows += t.tasks.length;
    return target.write(format === 'csv' ? delimited.writeCsv([t], piece) : delimited.writeTsv([t], piece));
  };
  const end = async () => {
    if (format === 'json' && many && count) await target.write(opts.pretty === false ? ']\n' : '\n]\n');
  };
  return { add, addPiece, end, get count() { return count; } };
}

function collecting(target: Target, format: OutputFormat, opts: WriteOptions): TableStream {
  const tables: TaskTable[] = [];
  return {
    add: async (t) => { tables.push(t); },
    addPiece: async () => { throw new Error(`${format} is written from every table at once, not from pieces`); },
    end: async () => {
      if (tables.length) await target.write(await write(tables, format, opts));
    },
    get count() { return tables.length; },
  };
}
