// An Excel workbook that prints as a 台账: the task list, the same tasks per unit, and the 公文
// elements of each input. Each sheet prints on A4 landscape, one page wide, with the header row
// on every page and rows tall enough for their wrapped text; the task sheets open with a title
// line (文号 and 标题) and end in empty 进展情况 and 备注 columns for the departments to fill in.
import type { TaskTable } from '../schema.js';
import type { UserUnitAliases } from '../analysis/unit-aliases.js';
import {
  DOCUMENT_COLUMNS, LEDGER_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, cellText, header, taskRows, unitRows,
  type Cell, type Column, type HeaderLang, type RowView, type TaskRow,
} from './columns.js';
import { CELL_FONT_SIZE, rowHeight } from './ledger-layout.js';
import { displayWidth } from './width.js';
import { fixZipDates, sourceDateEpoch } from './zip-dates.js';

export interface XlsxOptions {
  headers?: HeaderLang;
  /** --by unit: open the workbook on the per-unit sheet. */
  view?: RowView;
  /** Empty 进展情况 and 备注 columns on the task sheets (default true; --no-ledger-columns drops them). */
  ledgerColumns?: boolean;
  /** Document and zip dates, for reproducible bytes (default: SOURCE_DATE_EPOCH, else 1980-01-01). */
  date?: Date;
  /** The user's unit aliases (config units.aliases) for the per-unit sheet. */
  unitAliases?: UserUnitAliases;
}

type ExcelJS = typeof import('exceljs');
type Workbook = InstanceType<ExcelJS['Workbook']>;
type Worksheet = import('exceljs').Worksheet;

export const SHEET_NAMES: Record<HeaderLang, { tasks: string; units: string; documents: string }> = {
  zh: { tasks: '任务清单', units: '按单位', documents: '文件信息' },
  en: { tasks: 'Tasks', units: 'By unit', documents: 'Documents' },
};

const DATE_FORMAT = 'yyyy-mm-dd';
const TITLE_FONT_SIZE = 14;
/** Body font: 宋体 is what Chinese offices print tables in; other systems substitute their CJK font. */
const FONT = { name: '宋体', size: CELL_FONT_SIZE };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

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

/** Short columns fit their content; long text keeps the spec's width and wraps instead. */
function columnWidth<R>(c: Column<R>, i: number, cells: Cell[][], lang: HeaderLang): number {
  if (c.long) return c.width;
  let w = displayWidth(header(c, lang));
  for (const row of cells) w = Math.max(w, displayWidth(cellText(row[i])));
  return Math.min(Math.max(w + 2, 6), Math.max(c.width, 12));
}

/** A4 landscape, one page wide and as many long as needed, rows `repeat` printed on every page, page numbers below. */
function setUpPrinting(ws: Worksheet, repeat: number, lang: HeaderLang): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${repeat}:${repeat}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: lang === 'zh' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' };
}

interface SheetSpec<R> {
  name: string;
  columns: Column<R>[];
  rows: R[];
  /** A title line above the header (文号 and 标题), or null. */
  title: string | null;
}

function addSheet<R>(wb: Workbook, spec: SheetSpec<R>, lang: HeaderLang): Worksheet {
  const { columns, rows, title } = spec;
  const headRow = title === null ? 1 : 2;
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headRow }] });
  const cells = rows.map((r) => columns.map((c) => c.cell(r, lang)));
  const widths = columns.map((c, i) => columnWidth(c, i, cells, lang));
  ws.columns = columns.map((c, i) => ({ key: c.key, width: widths[i] }));
  if (title !== null) addTitle(ws, title, widths);
  const head = ws.addRow(columns.map((c) => header(c, lang)));
  head.height = rowHeight(columns.map((c) => header(c, lang)), widths);
  head.eachCell((cell) => {
    cell.style = {
      font: { ...FONT, bold: true },
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } },
      border: BORDER,
    };
  });
  cells.forEach((row) => addBodyRow(ws, row, widths));
  ws.autoFilter = { from: { row: headRow, column: 1 }, to: { row: headRow + Math.max(0, rows.length), column: columns.length } };
  setUpPrinting(ws, headRow, lang);
  return ws;
}

/** One body row: every cell bordered and wrapped (empty ones too, so the ledger prints as a grid), tall enough for its text. */
function addBodyRow(ws: Worksheet, row: Cell[], widths: number[]): void {
  const r = ws.addRow(row.map(cellValue));
  r.height = rowHeight(row.map(cellText), widths);
  row.forEach((c, i) => {
    r.getCell(i + 1).style = {
      font: FONT,
      alignment: { vertical: 'top', wrapText: true },
      border: BORDER,
      ...(c.kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
    };
  });
}

/** Row 1: the title line across every column, as tall as its wrapped text. */
function addTitle(ws: Worksheet, title: string, widths: number[]): void {
  const row = ws.addRow([title]);
  const total = widths.reduce((a, b) => a + b, 0);
  row.height = rowHeight([title], [total], TITLE_FONT_SIZE);
  ws.mergeCells(1, 1, 1, widths.length);
  row.getCell(1).style = {
    font: { ...FONT, size: TITLE_FONT_SIZE, bold: true },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  };
}

/** 文号 and 标题 of each notice, one line each (the file name when a notice has neither). */
export function ledgerTitle(tables: readonly TaskTable[]): string {
  return tables
    .map((t) => [t.document.docNumber, t.document.title].filter(Boolean).join('　') || t.source.file)
    .join('\n');
}

/** The task columns of the ledger: 文件 only when there are several files, then the fill-in columns. */
export function ledgerColumns(tables: readonly TaskTable[], withFillIn: boolean): Column<TaskRow>[] {
  const task = tables.length > 1 ? TASK_COLUMNS : TASK_COLUMNS.filter((c) => c.key !== 'file');
  return withFillIn ? [...task, ...LEDGER_COLUMNS] : task;
}

export async function writeXlsx(tables: readonly TaskTable[], opts: XlsxOptions = {}): Promise<Uint8Array> {
  const ExcelJS = ((await import('exceljs')) as unknown as { default: ExcelJS }).default;
  const lang = opts.headers ?? 'zh';
  const names = SHEET_NAMES[lang];
  const when = opts.date ?? sourceDateEpoch();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gov-tasks';
  wb.created = when;
  wb.modified = when;
  const columns = ledgerColumns(tables, opts.ledgerColumns !== false);
  const title = ledgerTitle(tables);
  const tasks = addSheet(wb, { name: names.tasks, columns, rows: taskRows(tables), title }, lang);
  const byUnit = unitRows(tables, { aliases: opts.unitAliases });
  const units = addSheet(wb, { name: names.units, columns: [...UNIT_COLUMNS, ...columns], rows: byUnit, title }, lang);
  addSheet(wb, { name: names.documents, columns: DOCUMENT_COLUMNS, rows: tables.map((table) => ({ table })), title: null }, lang);
  const active = opts.view === 'unit' ? units : tasks;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active.id - 1, visibility: 'visible' }];
  return fixZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), when);
}
