// Shipment files as a stream of records (CSV or xlsx with the same columns), never whole in
// memory: the upload route, the CLI and the bench all read through here.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvReader, type CsvRecord } from '../../domain/corridor/index';

export type FileKind = 'csv' | 'xlsx';

export function kindOf(name: string): FileKind | null {
  if (/\.csv$/i.test(name) || /\.txt$/i.test(name)) return 'csv';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  return null;
}

/** Batches of records in file order; `bytes` reports how much of the input was consumed. */
export async function* recordsOf(stream: Readable, kind: FileKind, onBytes?: (n: number) => void): AsyncGenerator<CsvRecord[]> {
  if (kind === 'csv') {
    const reader = new CsvReader();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let bytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      onBytes?.(bytes);
      const out = reader.push(decoder.decode(chunk, { stream: true }));
      if (out.length) yield out;
    }
    const last = reader.push(decoder.decode());
    const tail = [...last, ...reader.end()];
    if (tail.length) yield tail;
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
  let bytes = 0;
  stream.on('data', (c: Buffer) => onBytes?.((bytes += c.length)));
  for await (const ws of wb) {
    let batch: CsvRecord[] = [];
    let width = 0;
    for await (const row of ws) {
      const values = (row.values as unknown[]).slice(1);
      if (row.number === 1) width = values.length;
      const fields = Array.from({ length: Math.max(width, values.length) }, (_, i) => cellText(values[i]));
      if (fields.every((f) => f === '')) continue;
      batch.push({ line: row.number, fields });
      if (batch.length >= 2000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    break; // the first sheet holds the data
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text the CSV would hold. Date cells are read as Asia/Shanghai wall time. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}T${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}+08:00`;
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return String(o.text);
  }
  return String(v);
}
