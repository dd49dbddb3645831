// One way to write a table to an Excel sheet: typed columns with their number formats, a bold
// frozen header, filters, widths. Every Excel export goes through here so that numbers stay
// numbers (not text) and percentages, counts and dates read the same in every file.
import ExcelJS from 'exceljs';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date';
export interface XlsxColumn<R> {
  header: string;
  kind?: ColumnKind;
  width?: number;
  value: (row: R) => string | number | Date | null | undefined;
}

/** Excel number formats per kind; `percent` takes a fraction (0.25 → 25.0%). */
export const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

export function addTableSheet<R>(wb: ExcelJS.Workbook, name: string, columns: XlsxColumn<R>[], rows: readonly R[], opts: { title?: string } = {}) {
  const ws = wb.addWorksheet(name.slice(0, 31));
  let first = 1;
  if (opts.title) {
    ws.getCell(1, 1).value = opts.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    first = 3;
  }
  const head = ws.getRow(first);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F4F8' } };
    ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
  });
  rows.forEach((r, n) => {
    const row = ws.getRow(first + 1 + n);
    columns.forEach((c, i) => {
      const v = c.value(r);
      const cell = row.getCell(i + 1);
      cell.value = v === undefined ? null : v;
      const fmt = NUMBER_FORMATS[c.kind ?? 'text'];
      if (fmt && (typeof v === 'number' || v instanceof Date || (c.kind ?? 'text') === 'text')) cell.numFmt = fmt;
      if (c.kind && c.kind !== 'text') cell.alignment = { horizontal: 'right' };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: first }];
  ws.autoFilter = { from: { row: first, column: 1 }, to: { row: first, column: columns.length } };
  return ws;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
