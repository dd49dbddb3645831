// Worker-thread body for reading an uploaded table (see read-in-worker.ts). From the sources it
// is started through import-worker.mjs (which loads tsx); the compiled build runs it directly.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../core/errors';
import { readTable } from './import-read';

const { fileName, data } = workerData as { fileName: string; data: Uint8Array };
try {
  const rows = await readTable(fileName, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  parentPort!.postMessage({ ok: true, rows });
} catch (e) {
  const err =
    e instanceof AppError
      ? { statusCode: e.statusCode, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn, extra: e.extra }
      : { statusCode: 400, code: 'bad_request', messageZh: `无法读取文件：${(e as Error)?.message ?? e}`, messageEn: `Cannot read the file: ${(e as Error)?.message ?? e}`, extra: { field: 'file' } };
  parentPort!.postMessage({ ok: false, error: err });
}
