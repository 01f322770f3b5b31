// A GitHub-flavoured Markdown table, for pasting into reports and issues.
import type { TaskTable } from '../schema.js';
import { textGrid, type HeaderLang, type RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';

/**
 * A cell must stay on its row: `|` would end the cell and a newline the row. Backslashes are
 * doubled so an escape written here cannot pair with one in the text, and `<` is written as an
 * entity because the `<br>` used for line breaks means the cell is read as HTML-capable.
 */
export function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n]/g, '<br>')
    .trim();
}

export function writeMarkdown(tables: readonly TaskTable[], opts: { view?: RowView; headers?: HeaderLang; unitAliases?: UserUnitAliases } = {}): string {
  const { headers, rows } = textGrid(tables, opts.view ?? 'task', opts.headers ?? 'zh', { aliases: opts.unitAliases });
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |\n`;
  return line(headers) + `|${headers.map(() => ' --- ').join('|')}|\n` + rows.map(line).join('');
}
