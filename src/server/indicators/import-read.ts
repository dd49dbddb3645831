// Reading an uploaded table (xlsx or CSV) into rows, bounded by what the file holds rather
// than by what it claims: a sheet whose only row is numbered 1,048,576 is read as one row.
// This file does no database work so that it can run in a worker thread (see core/parse-worker.ts).
import { crc32, inflateRawSync } from 'node:zlib';
import { MalformedXml, readSharedStrings, readSheetList, readSheetRows } from './xlsx-rows';
import { AppError, badRequest } from '../core/errors';

/** Columns of the template; headers are matched in Chinese or English on upload. */
export const COLUMNS = [
  { key: 'code', zh: '指标编码', en: 'Indicator code', width: 16 },
  { key: 'name', zh: '指标名称', en: 'Indicator', width: 40 },
  { key: 'unit', zh: '计量单位', en: 'Unit', width: 10 },
  { key: 'zoneCode', zh: '区域编码', en: 'Zone code', width: 16 },
  { key: 'zone', zh: '区域', en: 'Zone', width: 14 },
  { key: 'period', zh: '期间', en: 'Period', width: 10 },
  { key: 'previous', zh: '上期值', en: 'Previous', width: 12 },
  { key: 'path', zh: '本年应达值', en: 'Due this year', width: 12 },
  { key: 'value', zh: '填报值', en: 'Value', width: 12 },
  { key: 'covered', zh: '覆盖成员', en: 'Covered members', width: 24 },
  { key: 'comment', zh: '说明', en: 'Comment', width: 30 },
] as const;
export type Key = (typeof COLUMNS)[number]['key'];
export const SHEET = '填报数据';
/** Columns read from each row: the template's plus two spare ones for a moved header. */
const READ_COLUMNS = COLUMNS.length + 2;

/**
 * Documented limits of an upload (README, docs/security.md). The largest real import, a
 * district's full monthly history, is about 100,000 rows × 11 columns.
 */
export const LIMITS = {
  /** Last row number that may hold data (header included). */
  rows: 200_001,
  /** Cells read: each row counts as wide as its right-most cell. */
  cells: 4_000_000,
  /** Sum of the uncompressed sizes of every part of an .xlsx, as its zip directory declares. */
  unzippedBytes: 200 * 1024 * 1024,
  /** Parts in an .xlsx (a template has about ten). */
  zipEntries: 1_000,
};

/** The columns an import reads from each data row (the others are the template's help for the reader). */
export const READ_KEYS = ['code', 'zoneCode', 'period', 'value', 'covered', 'comment'] as const satisfies readonly Key[];
export type ReadKey = (typeof READ_KEYS)[number];

/**
 * The data rows of an upload as columns: row `i` is sheet row `rows[i]` with the cell texts
 * `cells[key][i]` ('' when blank or when the file has no such column). Columns, not an object
 * per row, because the table crosses from the reading worker to the server by structured
 * clone: 100,000 row objects took 1.3–3 s to clone on the shared machine, the same text as
 * seven arrays 0.2–0.4 s (issue 10).
 */
export interface RawTable {
  rows: number[];
  cells: Record<ReadKey, string[]>;
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), out.push(row);
  return out;
}

const tooLarge = (zh: string, en: string) => new AppError(413, 'file_too_large', zh, en, { field: 'file' });

const rowLimitError = (row: number) =>
  tooLarge(
    `第${row}行有数据，超出每个文件最多 ${LIMITS.rows - 1} 行数据的上限。请删除多余的行或分成几个文件上传`,
    `Row ${row} holds data, past the limit of ${LIMITS.rows - 1} data rows per file. Remove stray rows or split the file`,
  );
const cellLimitError = () =>
  tooLarge(`文件单元格超过 ${LIMITS.cells} 个的上限，请删除多余的行列或分成几个文件上传`, `The file has more than ${LIMITS.cells} cells; remove stray rows and columns or split the file`);

/**
 * Checks an .xlsx's zip directory before the spreadsheet reader sees it: how many parts, how large
 * they say they are once unpacked, and that each part really unpacks to exactly what it says, with
 * the checksum it says (inflated here one part at a time). A damaged part fails here with a clear
 * message. The unpacked parts `keep` asks for (by name) are returned, so that they are inflated
 * only once; the others are thrown away.
 */
export function checkZipDirectory(data: Buffer, keep: (name: string) => boolean = () => false): Map<string, Buffer> {
  const invalid = (why = '') => badRequest(`不是有效的 .xlsx 文件${why ? `（${why}）` : ''}`, `Not a valid .xlsx file${why ? ` (${why})` : ''}`, { field: 'file' });
  const zip64 = () => tooLarge('Excel 文件过大（ZIP64 格式），请分成几个文件上传', 'The workbook is too large (ZIP64); split it into several files');
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw invalid();
  const entries = data.readUInt16LE(eocd + 10);
  const dirSize = data.readUInt32LE(eocd + 12);
  const dirOffset = data.readUInt32LE(eocd + 16);
  // ZIP64 markers: no spreadsheet within our limits needs them.
  if (entries === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) throw zip64();
  if (entries > LIMITS.zipEntries) throw tooLarge(`Excel 文件包含 ${entries} 个部件，超出上限 ${LIMITS.zipEntries}`, `The workbook has ${entries} parts, past the limit of ${LIMITS.zipEntries}`);
  if (dirOffset + dirSize > data.length) throw invalid();
  const parts: { method: number; compressed: number; size: number; local: number; crc: number; name: string }[] = [];
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw invalid();
    const size = data.readUInt32LE(at + 24);
    if (size === 0xffffffff) throw zip64();
    total += size;
    const nameLength = data.readUInt16LE(at + 28);
    if (at + 46 + nameLength > data.length) throw invalid();
    const name = data.toString((data.readUInt16LE(at + 8) & 0x800) !== 0 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    parts.push({ method: data.readUInt16LE(at + 10), compressed: data.readUInt32LE(at + 20), size, local: data.readUInt32LE(at + 42), crc: data.readUInt32LE(at + 16), name });
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  const kept = new Map<string, Buffer>();
  if (total > LIMITS.unzippedBytes)
    throw tooLarge(
      `Excel 文件解压后为 ${Math.round(total / 1048576)} MB，超出 ${LIMITS.unzippedBytes / 1048576} MB 的上限，请分成几个文件上传`,
      `The workbook unpacks to ${Math.round(total / 1048576)} MB, past the limit of ${LIMITS.unzippedBytes / 1048576} MB; split it into several files`,
    );
  for (const p of parts) {
    if (p.local + 30 > data.length || data.readUInt32LE(p.local) !== 0x04034b50) throw invalid('部件位置错误 / bad part offset');
    // The streaming reader goes by the local headers: they must say what the directory says.
    const described = (data.readUInt16LE(p.local + 6) & 8) !== 0; // sizes in a trailing descriptor
    if (data.readUInt16LE(p.local + 8) !== p.method || (!described && (data.readUInt32LE(p.local + 18) !== p.compressed || data.readUInt32LE(p.local + 22) !== p.size)))
      throw invalid('部件头不一致 / inconsistent part header');
    const start = p.local + 30 + data.readUInt16LE(p.local + 26) + data.readUInt16LE(p.local + 28);
    if (start + p.compressed > data.length) throw invalid('文件不完整 / truncated');
    const body = data.subarray(start, start + p.compressed);
    let out: Buffer;
    if (p.method === 0) {
      if (p.compressed !== p.size) throw invalid();
      out = body;
    } else if (p.method === 8) {
      try {
        // Output in one piece of the declared size (the total is bounded above): in zlib's default
        // 16 KB pieces a 28 MB sheet took 1–2.5 s to inflate and join, in one piece 0.2–0.5 s.
        out = p.size === 0 ? Buffer.alloc(0) : inflateRawSync(body, { maxOutputLength: p.size, chunkSize: Math.max(64, Math.min(p.size, 64 * 1024 * 1024)) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw tooLarge('Excel 文件的实际解压大小超过其声明的大小', 'A part of the workbook unpacks to more than it declares');
        throw invalid('压缩数据损坏 / damaged data');
      }
      if (out.length !== p.size) throw invalid('压缩数据损坏 / damaged data');
    } else throw invalid('不支持的压缩方式 / unsupported compression');
    if (crc32(out) !== p.crc) throw invalid('校验和不符 / checksum mismatch');
    if (keep(p.name)) kept.set(p.name, out);
  }
  return kept;
}

/**
 * Rows of the first sheet named like the template's (else the first sheet), data rows only.
 * With `sink`, the rows of a sheet named like the template's go to it as they are read (that sheet
 * is the one chosen, whatever follows it) and the answer is `null`; the rows of any other sheet
 * are answered at the end, since a template sheet further on would replace them.
 */
export async function readXlsxRows(data: Buffer): Promise<{ row: number; vals: string[] }[]>;
export async function readXlsxRows(data: Buffer, sink: (row: number, vals: string[]) => void): Promise<{ row: number; vals: string[] }[] | null>;
export async function readXlsxRows(data: Buffer, sink?: (row: number, vals: string[]) => void): Promise<{ row: number; vals: string[] }[] | null> {
  if (data.length < 4 || data.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') throw badRequest('不是有效的 .xlsx 文件', 'Not a valid .xlsx file', { field: 'file' });
  // The parts a reading needs, inflated once while the directory is checked.
  const parts = checkZipDirectory(data, (name) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(name));
  let chosen: { row: number; vals: string[] }[] | null = null;
  let chosenIsTemplate = false;
  let cells = 0;
  try {
    const list = readSheetList(parts.get('xl/workbook.xml'), parts.get('xl/_rels/workbook.xml.rels'));
    // Without a readable sheet list: the worksheet parts in the order of their numbers.
    const sheets = list.sheets.length
      ? list.sheets.filter((s) => parts.has(s.path))
      : [...parts.keys()]
          .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
          .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
          .map((path) => ({ name: '', path }));
    const sharedPart = parts.get(list.sharedStrings ?? 'xl/sharedStrings.xml');
    const shared = sharedPart ? readSharedStrings(sharedPart) : [];
    for (const sheet of sheets) {
      const isTemplate = sheet.name === SHEET;
      const take = !chosen || (isTemplate && !chosenIsTemplate);
      const rows: { row: number; vals: string[] }[] = [];
      readSheetRows(parts.get(sheet.path)!, shared, READ_COLUMNS, (r) => {
        // Each row counts as wide as its right-most cell, read or not.
        cells += r.width;
        if (cells > LIMITS.cells) throw cellLimitError();
        if (!take || !r.vals.some((v) => v)) return;
        if (r.row > LIMITS.rows) throw rowLimitError(r.row);
        if (sink && isTemplate) sink(r.row, r.vals);
        else rows.push({ row: r.row, vals: r.vals });
      });
      parts.delete(sheet.path);
      if (take) {
        chosen = rows;
        chosenIsTemplate = isTemplate;
      }
      if (chosenIsTemplate) {
        if (sink) return null;
        break;
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const why = e instanceof MalformedXml ? e.message : (e as Error).message;
    throw badRequest(`无法读取 Excel 文件：${why}`, `Cannot read the Excel file: ${why}`, { field: 'file' });
  }
  if (!chosen) throw badRequest('Excel 文件中没有工作表', 'The workbook has no sheet', { field: 'file' });
  return chosen;
}

function readCsvRows(data: Buffer): { row: number; vals: string[] }[] {
  const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
  const table = parseCsv(text);
  const out: { row: number; vals: string[] }[] = [];
  let cells = 0;
  table.forEach((vals, i) => {
    cells += vals.length;
    if (cells > LIMITS.cells) throw cellLimitError();
    if (!vals.some((v) => v.trim())) return;
    if (i + 1 > LIMITS.rows) throw rowLimitError(i + 1);
    out.push({ row: i + 1, vals: vals.slice(0, READ_COLUMNS) });
  });
  return out;
}

const extOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
};

const emptyTable = (): RawTable => ({ rows: [], cells: { code: [], zoneCode: [], period: [], value: [], covered: [], comment: [] } });

/**
 * Sheet or CSV rows, header first, into the import's columns: the header (row 1) names the
 * columns; a later row counts when any template column holds text, read by the import or not (a
 * row with only a name is still a row the import names as wrong, not one it skips).
 */
class TableBuilder {
  private read: number[] | null = null;
  private headed: number[] = [];
  table = emptyTable();

  add(row: number, vals: string[]): void {
    if (!this.read) {
      this.header(row === 1 ? vals : []);
      if (row === 1) return;
    }
    if (row === 1 || !this.headed.some((at) => (vals[at] ?? '').trim())) return;
    const { rows, cells } = this.table;
    rows.push(row);
    const read = this.read!;
    for (let c = 0; c < read.length; c++) cells[READ_KEYS[c]].push(read[c] < 0 ? '' : (vals[read[c]] ?? '').trim());
  }

  /** The rows gathered since the last call (the header is checked even when there were none). */
  take(): RawTable {
    if (!this.read) this.header([]);
    const out = this.table;
    this.table = emptyTable();
    return out;
  }

  private header(vals: string[]) {
    const header = vals.map((h) => (h ?? '').trim());
    const index = new Map<Key, number>();
    for (const c of COLUMNS) {
      const at = header.findIndex((h) => h === c.zh || h.toLowerCase() === c.en.toLowerCase() || h === c.key);
      if (at >= 0) index.set(c.key, at);
    }
    const missing = (['code', 'zoneCode', 'period', 'value'] as Key[]).filter((k) => !index.has(k));
    if (missing.length) {
      const names = missing.map((k) => COLUMNS.find((c) => c.key === k)!.zh).join('、');
      throw badRequest(`第1行缺少表头：${names}。请使用系统下载的模板`, `Row 1 lacks the headers: ${missing.join(', ')}. Use the downloaded template`, { row: 1 });
    }
    this.headed = [...index.values()];
    this.read = READ_KEYS.map((k) => index.get(k) ?? -1);
  }
}

/** Reads an upload into data rows by template column; the header must be on row 1. */
export async function readTable(fileName: string, data: Buffer): Promise<RawTable> {
  const builder = new TableBuilder();
  await readInto(fileName, data, builder, () => {});
  return builder.take();
}

/**
 * As `readTable`, handing the rows on in pieces of about `size` rows as they are read, so that
 * the import checks and writes the first rows while the rest of the file is still being read
 * (issue 10). Every piece but the last is handed on before the file's end is reached; an error
 * found further on (a limit, a damaged part) still comes after them. The first piece holds
 * `first` rows (as many as the others unless given): a small one lets the database start sooner.
 */
export async function readTableChunks(fileName: string, data: Buffer, onChunk: (chunk: RawTable) => void, size = 10_000, first = size): Promise<void> {
  const builder = new TableBuilder();
  let limit = first;
  await readInto(fileName, data, builder, () => {
    if (builder.table.rows.length < limit) return;
    onChunk(builder.take());
    limit = size;
  });
  onChunk(builder.take());
}

async function readInto(fileName: string, data: Buffer, builder: TableBuilder, after: () => void): Promise<void> {
  const ext = extOf(fileName);
  const add = (row: number, vals: string[]) => {
    builder.add(row, vals);
    after();
  };
  let rest: { row: number; vals: string[] }[] | null;
  if (ext === '.csv') rest = readCsvRows(data);
  else if (ext === '.xlsx') rest = await readXlsxRows(data, add);
  else throw badRequest(`不支持的文件类型“${ext || fileName}”，请上传 .xlsx 或 .csv`, `Unsupported file type "${ext || fileName}"; upload .xlsx or .csv`, { field: 'file' });
  for (const { row, vals } of rest ?? []) add(row, vals);
}
