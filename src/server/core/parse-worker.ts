// Worker-thread body for reading an uploaded file (see worker.ts): a table's rows, a policy
// document's text and extraction, or a responsibility matrix's cells. From the sources it is
// started through parse-worker.mjs (which loads tsx); the compiled build runs it directly.
// No database work happens here.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from './errors';
import type { ParseJob } from './worker';

// Each kind loads only its own reader: a worker is started per upload, and the matrix reader's
// exceljs alone took 2–3 s to load on the shared machine, paid by every observations import
// before it read a byte (issue 10).

const job = workerData as ParseJob;
const buffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

async function run(): Promise<unknown> {
  if (job.kind === 'table') return (await import('../indicators/import-read')).readTable(job.fileName, buffer(job.data));
  if (job.kind === 'matrix') return (await import('../delivery/matrix-read')).readMatrixSheet(buffer(job.data));
  const { readDocumentFile } = await import('../plans/read-file');
  const { DocumentError, parseCheckedDocument } = await import('../../domain/document/index');
  const text = job.data ? await readDocumentFile(job.fileName ?? 'upload.txt', buffer(job.data)) : (job.text ?? '');
  try {
    return { text, extraction: parseCheckedDocument(text, { knownUnits: job.knownUnits }) };
  } catch (e) {
    if (e instanceof DocumentError) throw new AppError(400, e.code, e.messageZh, e.messageEn, { field: 'file' });
    throw e;
  }
}

try {
  parentPort!.postMessage({ ok: true, result: await run() });
} catch (e) {
  const err =
    e instanceof AppError
      ? { statusCode: e.statusCode, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn, extra: e.extra }
      : { statusCode: 400, code: 'bad_request', messageZh: `无法读取文件：${(e as Error)?.message ?? e}`, messageEn: `Cannot read the file: ${(e as Error)?.message ?? e}`, extra: { field: 'file' } };
  parentPort!.postMessage({ ok: false, error: err });
}
