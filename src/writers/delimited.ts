// CSV (RFC 4180) and TSV from the shared column spec.
import type { TaskTable } from '../schema.js';
import { textGrid, type HeaderLang, type RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

export interface DelimitedOptions {
  view?: RowView;
  headers?: HeaderLang;
  /** CSV only: start with a UTF-8 BOM (default true) — Excel on Windows reads BOM-less CSV as GBK and garbles Chinese. */
  bom?: boolean;
  /** A streamed batch writes the header once, then each notice's rows: false leaves out the header (and the BOM). */
  header?: boolean;
  /** 序号 of the first row, so numbering runs on across notices written one at a time. */
  firstNo?: number;
  /** --by unit: the user's unit aliases. */
  unitAliases?: UserUnitAliases;
}

/**
 * A cell that starts with = + - @ (or TAB, CR) is a formula to Excel and LibreOffice, which run it
 * when the file is opened (CWE-1236): `=HYPERLINK(…)` in a task text would become a live link.
 * OWASP's advice: prefix such a cell with a single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export function defuseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
function csvField(cell: string): string {
  const s = defuseFormula(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 records end in CRLF, which Excel and csv parsers expect alike. */
export function writeCsv(tables: readonly TaskTable[], opts: DelimitedOptions = {}): string {
  const { headers, rows } = textGrid(tables, opts.view ?? 'task', opts.headers ?? 'zh', { firstNo: opts.firstNo, aliases: opts.unitAliases });
  const withHeader = opts.header !== false;
  const body = (withHeader ? [headers, ...rows] : rows).map((r) => r.map(csvField).join(',') + '\r\n').join('');
  return (opts.bom === false || !withHeader ? '' : '\uFEFF') + body;
}

/**
 * TSV has no quoting (IANA text/tab-separated-values), so a tab or line break inside a cell
 * becomes a space: every line stays one record for cut, awk and a paste into a spreadsheet.
 * No BOM: TSV is for tools, and a BOM would glue itself to the first header.
 */
export function writeTsv(tables: readonly TaskTable[], opts: DelimitedOptions = {}): string {
  const { headers, rows } = textGrid(tables, opts.view ?? 'task', opts.headers ?? 'zh', { firstNo: opts.firstNo, aliases: opts.unitAliases });
  const field = (s: string) => defuseFormula(s).replace(/\r\n|[\t\r\n]/g, ' ');
  return (opts.header === false ? rows : [headers, ...rows]).map((r) => r.map(field).join('\t') + '\n').join('');
}
