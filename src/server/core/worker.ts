// Uploaded files are read and parsed in a worker thread with its own memory limit and a
// deadline, so a hostile or merely huge file costs that worker, never the requests the server
// is answering: /api/health and every other request keep being served while a 20 MB document
// or a 100,000-row workbook is read. One script (parse-worker.ts) does every kind of job.
import { Worker } from 'node:worker_threads';
import { AppError } from './errors';
import type { RawTable } from '../indicators/import-read';
import type { MatrixSheet } from '../delivery/matrix-read';
import type { Extraction, KnownUnit } from '../../domain/document/index';

export const WORKER_LIMITS = {
  /** V8 old-generation heap of one reading worker. */
  heapMb: Number(process.env.HUBLINE_IMPORT_HEAP_MB ?? 384),
  /** A read taking longer than this is abandoned. */
  timeoutMs: Number(process.env.HUBLINE_IMPORT_TIMEOUT_MS ?? 60_000),
  /** Workers reading at once; further uploads wait their turn. */
  concurrent: Number(process.env.HUBLINE_IMPORT_WORKERS ?? 2),
};

/** What a worker is asked to do; the answer types follow below. */
export type ParseJob =
  | { kind: 'table'; fileName: string; data: Uint8Array }
  | { kind: 'matrix'; data: Uint8Array }
  | { kind: 'document'; fileName?: string; data?: Uint8Array; text?: string; knownUnits: KnownUnit[] };

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
 * (dist/server, dist/cli or dist/chunks, one level below dist) it is dist/server/parse-worker.js.
 */
const workerScript = () => (import.meta.url.endsWith('.ts') ? new URL('./parse-worker.mjs', import.meta.url) : new URL('../server/parse-worker.js', import.meta.url));

const bytes = (data: Buffer) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

type WorkerAnswer<T> = { ok: true; result: T } | { ok: false; error: { statusCode: number; code: string; messageZh: string; messageEn: string; extra: AppError['extra'] } };

async function runJob<T>(job: ParseJob, heapMb = WORKER_LIMITS.heapMb): Promise<T> {
  const release = await slot();
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = new Worker(workerScript(), {
        workerData: job,
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
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
      worker.on('message', (m: WorkerAnswer<T>) =>
        done(() => (m.ok ? resolve(m.result) : reject(new AppError(m.error.statusCode, m.error.code, m.error.messageZh, m.error.messageEn, m.error.extra)))),
      );
      worker.on('error', (e: Error & { code?: string }) => done(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : e)));
      worker.on('exit', (code) => done(() => reject(code === 0 ? new Error('parse worker ended without an answer') : tooLarge())));
    });
  } finally {
    release();
  }
}

/** The rows of an uploaded table (.xlsx or .csv). */
export function readTableInWorker(fileName: string, data: Buffer): Promise<RawTable> {
  return runJob<RawTable>({ kind: 'table', fileName, data: bytes(data) });
}

/** The cells of an uploaded responsibility matrix (.xlsx), first sheet. */
export function readMatrixInWorker(data: Buffer): Promise<MatrixSheet> {
  return runJob<MatrixSheet>({ kind: 'matrix', data: bytes(data) });
}

/**
 * An uploaded policy document read to text (file) or taken as pasted, checked and parsed once:
 * the text and its extraction, or the reader's or validator's 400 naming what is wrong.
 */
export function parseDocumentInWorker(input: { fileName?: string; data?: Buffer; text?: string }, knownUnits: KnownUnit[]): Promise<{ text: string; extraction: Extraction }> {
  // A long document's parse holds several copies of its 20 MB text: more room than a table read.
  return runJob({ kind: 'document', fileName: input.fileName, data: input.data ? bytes(input.data) : undefined, text: input.text, knownUnits }, Math.max(WORKER_LIMITS.heapMb, 1024));
}
