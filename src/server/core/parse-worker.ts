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

const given = workerData as ParseJob | { spare: true };
const buffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

async function run(job: ParseJob): Promise<unknown> {
  if (job.kind === 'table' && job.pieceRows) {
    // Pieces go out as read; the answer only closes the stream (its count, for a check).
    let rows = 0;
    await (await import('../indicators/import-read')).readTableChunks(job.fileName, buffer(job.data), (chunk) => {
      rows += chunk.rows.length;
      parentPort!.postMessage({ chunk });
    }, job.pieceRows, job.firstPieceRows);
    return { rows };
  }
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

async function answer(job: ParseJob) {
  try {
    parentPort!.postMessage({ ok: true, result: await run(job) });
  } catch (e) {
    const err =
      e instanceof AppError
        ? { statusCode: e.statusCode, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn, extra: e.extra }
        : { statusCode: 400, code: 'bad_request', messageZh: `无法读取文件：${(e as Error)?.message ?? e}`, messageEn: `Cannot read the file: ${(e as Error)?.message ?? e}`, extra: { field: 'file' } };
    parentPort!.postMessage({ ok: false, error: err });
  }
}

if ('spare' in given) {
  // Started ahead of an upload (worker.ts, prestartReader): the job comes as the first message.
  // The table reader, the one whose time users wait on most, is loaded meanwhile.
  parentPort!.once('message', (job: ParseJob) => void answer(job));
  await import('../indicators/import-read');
} else await answer(given);
