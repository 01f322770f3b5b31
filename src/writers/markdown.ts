// A GitHub-flavoured Markdown table, for pasting into reports and issues.
import type { TaskTable } from '../schema.js';
import { textGrid, type HeaderLang, type RowView } from './columns.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';
import { escapeControls } from '../safe-text.js';

/**
 * A cell must stay on its row: `|` would end the cell and a newline the row. Backslashes are
 * doubled so an escape written here cannot pair with one in the text, and `<` is written as an
 * entity because the `<br>` used for line breaks means the cell is read as HTML-capable.
 * Control characters (ESC of a terminal escape, BEL, C1, bidi overrides) are written as visible
 * escapes (`\x1b`), as on the terminal summary: a Markdown file is `cat` to a terminal as often as
 * rendered, and JSON is the format that keeps the text as it is. A tab is whitespace in a cell and stays.
 */
export function mdCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n]/g, '<br>')
    .split('\t').map(escapeControls).join('\t')
    .trim();
}

export function writeMarkdown(tables: readonly TaskTable[], opts: { view?: RowView; headers?: HeaderLang; unitAliases?: UserUnitAliases } = {}): string {
  const { headers, rows } = textGrid(tables, opts.view ?? 'task', opts.headers ?? 'zh', { aliases: opts.unitAliases });
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |\n`;
  return line(headers) + `|${headers.map(() => ' --- ').join('|')}|\n` + rows.map(line).join('');
}
