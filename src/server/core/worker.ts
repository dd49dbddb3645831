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
  /** Rows of a table handed on at a time while the rest is read (tests make it small). */
  pieceRows: 10_000,
  /** Rows of the first piece: smaller, so the database starts on the file sooner. */
  firstPieceRows: 1_000,
};

/** What a worker is asked to do; the answer types follow below. */
export type ParseJob =
  | { kind: 'table'; fileName: string; data: Uint8Array; pieceRows?: number; firstPieceRows?: number }
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

/**
 * One reader started ahead of the next upload (`prestartReader`): the worker's start and the
 * loading of the table reader (under tsx from the sources: 0.1–0.17 s on the shared machine) then
 * happen while the server waits, not while the user does. It still reads one file only and is
 * ended after it, so each upload keeps a fresh worker with its own memory limit. Unreferenced
 * while idle, so it never keeps a process alive.
 */
let spare: Worker | null = null;
let keepSpare = false;

function newWorker(workerData: ParseJob | { spare: true }, heapMb: number): Worker {
  return new Worker(workerScript(), {
    workerData,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
}

function startSpare() {
  if (spare || !keepSpare) return;
  const w = newWorker({ spare: true }, WORKER_LIMITS.heapMb);
  w.unref();
  // A spare that fails or ends before it is used is replaced by a fresh worker at the next upload.
  const gone = () => {
    if (spare === w) spare = null;
  };
  w.once('error', gone);
  w.once('exit', gone);
  spare = w;
}

/** Keeps one reading worker started ahead of the next upload (the server calls this once it listens). */
export function prestartReader(): void {
  keepSpare = true;
  startSpare();
}

/** Ends the waiting reader and starts no more (a closing server, tests). */
export async function stopReader(): Promise<void> {
  keepSpare = false;
  const w = spare;
  spare = null;
  if (w) await w.terminate();
}

/** The thread id of the reader waiting for an upload, or null (tests). */
export const waitingReader = (): number | null => spare?.threadId ?? null;

async function runJob<T>(job: ParseJob, heapMb = WORKER_LIMITS.heapMb, onChunk?: (chunk: unknown) => void, stop?: { now?: () => void }): Promise<T> {
  const release = await slot();
  let usedSpare = false;
  try {
    return await new Promise<T>((resolve, reject) => {
      // A document's parse asks for a larger heap than the spare was started with: a worker of its own.
      let worker: Worker;
      if (spare && heapMb === WORKER_LIMITS.heapMb) {
        worker = spare;
        spare = null;
        usedSpare = true;
        worker.removeAllListeners('error').removeAllListeners('exit');
        worker.ref();
        // Copied, not transferred: the upload's buffer may be a view into a larger one the server keeps.
        worker.postMessage(job);
      } else worker = newWorker(job, heapMb);
      let settled = false;
      const done = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
        void worker.terminate();
      };
      const timer = setTimeout(() => done(() => reject(tooLarge())), WORKER_LIMITS.timeoutMs);
      // A reader of pieces no longer wanted (the import failed on an earlier piece) is ended now.
      if (stop) stop.now = () => done(() => reject(new Error('read abandoned')));
      worker.on('message', (m: WorkerAnswer<T> | { chunk: unknown }) =>
        'chunk' in m ? onChunk?.(m.chunk) : done(() => (m.ok ? resolve(m.result) : reject(new AppError(m.error.statusCode, m.error.code, m.error.messageZh, m.error.messageEn, m.error.extra)))),
      );
      worker.on('error', (e: Error & { code?: string }) => done(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : e)));
      worker.on('exit', (code) => done(() => reject(code === 0 ? new Error('parse worker ended without an answer') : tooLarge())));
    });
  } finally {
    release();
    // The next one starts once this read is over, not beside it (two cores).
    if (usedSpare || (keepSpare && !spare)) setImmediate(startSpare);
  }
}

/** The rows of an uploaded table (.xlsx or .csv). */
export function readTableInWorker(fileName: string, data: Buffer): Promise<RawTable> {
  return runJob<RawTable>({ kind: 'table', fileName, data: bytes(data) });
}

/**
 * The rows of an uploaded table in pieces, each handed on as soon as the worker has read it, so
 * the import checks and writes the first rows while the rest is still being read (issue 10).
 * Ending the loop early ends the worker.
 */
export async function* readTableChunksInWorker(fileName: string, data: Buffer): AsyncGenerator<RawTable> {
  const queue: RawTable[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let failure: unknown = null;
  const stop: { now?: () => void } = {};
  const job = runJob<{ rows: number }>({ kind: 'table', fileName, data: bytes(data), pieceRows: WORKER_LIMITS.pieceRows, firstPieceRows: WORKER_LIMITS.firstPieceRows }, WORKER_LIMITS.heapMb, (chunk) => {
    queue.push(chunk as RawTable);
    wake?.();
  }, stop).then(
    () => void (finished = true),
    (e: unknown) => void ((failure = e), (finished = true)),
  );
  const settled = () => {
    wake?.();
  };
  void job.then(settled);
  try {
    for (;;) {
      if (queue.length) {
        yield queue.shift()!;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    if (failure) throw failure;
  } finally {
    if (!finished) {
      stop.now?.();
      await job;
    }
  }
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
