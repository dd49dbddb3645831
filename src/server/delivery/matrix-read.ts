// Reads an uploaded responsibility matrix (责任分工表) to the text of its first sheet's six
// columns. Runs in the parse worker (core/worker.ts): a whole workbook is loaded into memory,
// which must not happen on the thread that answers requests. No database work here.
import ExcelJS from 'exceljs';
import { badRequest } from '../core/errors';

export const MATRIX_HEADER = ['序号', '重点任务', '工作举措', '牵头单位', '配合单位', '完成时限'] as const;

export interface MatrixSheet {
  sheet: string;
  /** Row n of the sheet is rows[n - 1]: the text of its first six cells (MATRIX_HEADER's columns). */
  rows: string[][];
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v == null) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v).trim();
};

export async function readMatrixSheet(data: Buffer): Promise<MatrixSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('无法读取该文件，请上传 .xlsx 格式的责任分工表', 'Cannot read the file; upload the matrix as .xlsx', { field: 'file' });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badRequest('文件中没有工作表', 'The workbook has no sheet');
  const rows: string[][] = [];
  for (let n = 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    rows.push(MATRIX_HEADER.map((_, i) => cellText(row.getCell(i + 1).value)));
  }
  return { sheet: ws.name, rows };
}
