// Uploaded tables are read in a worker thread with its own memory limit and a deadline, so a
// hostile or merely huge file costs that worker, never the requests the server is answering.
import { Worker } from 'node:worker_threads';
import { AppError } from '../core/errors';
import type { RawRow } from './import-read';

export const WORKER_LIMITS = {
  /** V8 old-generation heap of one reading worker. */
  heapMb: Number(process.env.HUBLINE_IMPORT_HEAP_MB ?? 384),
  /** A read taking longer than this is abandoned. */
  timeoutMs: Number(process.env.HUBLINE_IMPORT_TIMEOUT_MS ?? 60_000),
  /** Workers reading at once; further uploads wait their turn. */
  concurrent: Number(process.env.HUBLINE_IMPORT_WORKERS ?? 2),
};

let running = 0;
const waiting: (() => void)[] = [];
async function slot(): Promise<() => void> {
  if (running >= WORKER_LIMITS.concurrent) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

const tooLarge = () =>
  new AppError(413, 'file_too_large', '文件过大或过于复杂，读取时超出内存或时间上限。请删除多余的行列或分成几个文件上传', 'The file is too large or complex to read within the memory and time limits; remove stray rows and columns or split it', { field: 'file' });

/**
 * The worker's script: beside this file when running from the sources; in the compiled build
 * (dist/server, dist/cli or dist/chunks, one level below dist) it is dist/server/import-worker.js.
 */
const workerScript = () => (import.meta.url.endsWith('.ts') ? new URL('./import-worker.mjs', import.meta.url) : new URL('../server/import-worker.js', import.meta.url));

export async function readTableInWorker(fileName: string, data: Buffer): Promise<RawRow[]> {
  const release = await slot();
  try {
    return await new Promise<RawRow[]>((resolve, reject) => {
      const worker = new Worker(workerScript(), {
        workerData: { fileName, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) },
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      });
      let settled = false;
      const done = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(() => done(() => reject(tooLarge())), WORKER_LIMITS.timeoutMs);
      worker.on('message', (m: { ok: true; rows: RawRow[] } | { ok: false; error: { statusCode: number; code: string; messageZh: string; messageEn: string; extra: AppError['extra'] } }) =>
        done(() => (m.ok ? resolve(m.rows) : reject(new AppError(m.error.statusCode, m.error.code, m.error.messageZh, m.error.messageEn, m.error.extra)))),
      );
      worker.on('error', (e: Error & { code?: string }) => done(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : e)));
      worker.on('exit', (code) => done(() => reject(code === 0 ? new Error('import worker ended without an answer') : tooLarge())));
    });
  } finally {
    release();
  }
}
