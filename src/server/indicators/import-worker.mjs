// Worker-thread entry for reading an uploaded table (see read-in-worker.ts). Plain JS so that
// it starts the same under `node --import tsx`, vitest and the CLI: it loads tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readTable } = await import('./import-read.ts');
const { AppError } = await import('../core/errors.ts');
try {
  const rows = await readTable(workerData.fileName, Buffer.from(workerData.data.buffer, workerData.data.byteOffset, workerData.data.byteLength));
  parentPort.postMessage({ ok: true, rows });
} catch (e) {
  if (e instanceof AppError) parentPort.postMessage({ ok: false, error: { statusCode: e.statusCode, code: e.code, messageZh: e.messageZh, messageEn: e.messageEn, extra: e.extra } });
  else parentPort.postMessage({ ok: false, error: { statusCode: 400, code: 'bad_request', messageZh: `无法读取文件：${e?.message ?? e}`, messageEn: `Cannot read the file: ${e?.message ?? e}`, extra: { field: 'file' } } });
}
