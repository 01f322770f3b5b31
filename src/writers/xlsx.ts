// An Excel workbook: the task list, the same tasks per unit, and the 公文 elements of each input.
import type { TaskTable } from '../schema.js';
import {
  DOCUMENT_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, cellText, header, taskRows, unitRows,
  type Cell, type Column, type HeaderLang, type RowView,
} from './columns.js';
import { displayWidth } from './width.js';

export interface XlsxOptions {
  headers?: HeaderLang;
  /** --by unit: open the workbook on the per-unit sheet. */
  view?: RowView;
}

type ExcelJS = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

export const SHEET_NAMES: Record<HeaderLang, { tasks: string; units: string; documents: string }> = {
  zh: { tasks: '任务清单', units: '按单位', documents: '文件信息' },
  en: { tasks: 'Tasks', units: 'By unit', documents: 'Documents' },
};

const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Dates are written as UTC midnight: Excel serials carry no zone, and exceljs converts a Date
 * through its UTC value, so any other hour could move the day in some time zone.
 */
function cellValue(c: Cell): string | number | Date | null {
  if (c.kind === 'date') {
    if (!c.value) return null;
    const [y, m, d] = c.value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  // Empty text stays an empty cell, so Excel's (Blanks) filter finds it.
  return c.value === '' ? null : c.value;
}

function addSheet<R>(wb: InstanceType<ExcelJS['Workbook']>, name: string, columns: Column<R>[], rows: R[], lang: HeaderLang): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const cells = rows.map((r) => columns.map((c) => c.cell(r, lang)));
  ws.columns = columns.map((c, i) => {
    // Short columns fit their content; long text keeps the spec's width and wraps instead.
    let w = displayWidth(header(c, lang));
    if (!c.long) for (const row of cells) w = Math.max(w, displayWidth(cellText(row[i])));
    const isDate = cells.some((row) => row[i].kind === 'date');
    return {
      key: c.key,
      width: c.long ? c.width : Math.min(Math.max(w + 2, 6), Math.max(c.width, 12)),
      // A column style set before the rows are added is inherited by their cells: no per-cell pass.
      style: { alignment: { vertical: 'top', wrapText: !!c.long }, ...(isDate ? { numFmt: DATE_FORMAT } : {}) },
    };
  });
  const head = ws.addRow(columns.map((c) => header(c, lang)));
  head.eachCell((cell) => {
    cell.style = {
      font: { bold: true },
      alignment: { vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } },
      border: { bottom: { style: 'thin' } },
    };
  });
  ws.addRows(cells.map((row) => row.map(cellValue)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return ws;
}

export async function writeXlsx(tables: readonly TaskTable[], opts: XlsxOptions = {}): Promise<Uint8Array> {
  const ExcelJS = ((await import('exceljs')) as unknown as { default: ExcelJS }).default;
  const lang = opts.headers ?? 'zh';
  const names = SHEET_NAMES[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gov-tasks';
  const tasks = addSheet(wb, names.tasks, TASK_COLUMNS, taskRows(tables), lang);
  const units = addSheet(wb, names.units, [...UNIT_COLUMNS, ...TASK_COLUMNS], unitRows(tables), lang);
  addSheet(wb, names.documents, DOCUMENT_COLUMNS, tables.map((table) => ({ table })), lang);
  const active = opts.view === 'unit' ? units : tasks;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active.id - 1, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
