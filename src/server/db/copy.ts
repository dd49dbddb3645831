// Bulk loading through COPY on both engines: pg-copy-streams on a PostgreSQL connection,
// `COPY … FROM '/dev/blob'` on PGlite. Rows go in PostgreSQL's text format.
import { Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './index';

export type CopyValue = string | number | boolean | null | undefined | object;

const escapeText = (s: string) => s.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));

/** One value in COPY text format; objects are written as JSON (for jsonb columns). */
export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`COPY: non-finite number ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return escapeText(typeof v === 'string' ? v : JSON.stringify(v));
}

function* lines(rows: CopyValue[][], per = 2000): Generator<string> {
  for (let i = 0; i < rows.length; i += per) {
    let chunk = '';
    for (const r of rows.slice(i, i + per)) chunk += r.map(copyField).join('\t') + '\n';
    yield chunk;
  }
}

/** The driver's own connection behind a Drizzle database or transaction handle. */
export const clientOf = (db: DbOrTx) => (db as unknown as { session: { client: unknown } }).session.client;

/**
 * Loads `rows` into `table (columns)` with COPY. Call it inside a transaction: on PostgreSQL a
 * pool handle would run it on an arbitrary connection (a temporary table would be missing).
 */
export async function copyRows(db: DbOrTx, table: string, columns: string[], rows: CopyValue[][]): Promise<void> {
  if (!rows.length) return;
  const client = clientOf(db) as { exec?: unknown; query: (...a: unknown[]) => unknown };
  const statement = `COPY ${table} (${columns.join(', ')}) FROM`;
  if (typeof client.exec === 'function') {
    // PGlite: the whole text as one blob (it lives in the same process either way).
    const blob = new Blob([...lines(rows)]);
    await (client.query as (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown>)(`${statement} '/dev/blob'`, [], { blob });
    return;
  }
  const stream = client.query(copyFrom(`${statement} STDIN`)) as NodeJS.WritableStream;
  await pipeline(Readable.from(lines(rows)), stream);
}

/**
 * PGlite is PostgreSQL in single-user mode: no checkpointer, and WAL past max_wal_size does not
 * trigger a checkpoint, so the WAL of a large import (a million rows: 1.5 GB) stays in pg_wal —
 * on disk, or in this process's memory on memory://. Bulk writers call this after they have
 * staged and after they commit, so PostgreSQL can recycle it. (It changes nothing a reader sees,
 * and a kill before it loses nothing: recovery replays from the previous checkpoint.) Outside a
 * transaction only; a no-op on a PostgreSQL server, whose checkpointer does this by itself.
 */
export async function checkpointPglite(db: Db): Promise<void> {
  if (typeof (clientOf(db) as { exec?: unknown }).exec === 'function') await db.execute(sql`checkpoint`);
}

/** Rows a data-changing statement touched, the same on both drivers. */
export const affectedRows = (res: unknown): number => {
  const r = res as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
};

/** A COPY that takes its rows while the caller is still producing them (see `openCopy`). */
export interface CopyWriter {
  /** Adds one line (fields by `copyField`, tab-separated, ending in a newline); await it when it returns a promise (the database is behind). */
  row(line: string): Promise<void> | undefined;
  /** Sends what is left and waits for the database to have taken every row; throws its error. */
  end(): Promise<void>;
  /** Gives up: the database discards what it took, and the connection can take the next statement. */
  abort(): Promise<void>;
  /**
   * Whether the COPY holds the connection until `end` (PostgreSQL). On PGlite the lines wait in
   * memory between blobs, so other statements of the transaction may run meanwhile.
   */
  holdsConnection: boolean;
}

/**
 * COPY into `table (columns)` fed row by row, so building and checking the rows in JavaScript
 * overlaps the database's own work on the ones sent before: on PostgreSQL a COPY … FROM STDIN of
 * `rowsPerStatement` rows after another (the server process works while this one keeps building);
 * on PGlite, which runs in this thread anyway, the lines are sent as a blob every `rowsPerBlob` rows.
 * Inside a transaction only, and no other statement on it until `end` or `abort` has returned.
 *
 * 10,000 rows a statement on PostgreSQL: what is left once the last row is read is the last
 * statement's foreign-key checks, 0.5–0.8 s with 25,000 rows, 0.2–0.3 s with 10,000 and 0.1 s with
 * 5,000, which was no faster overall (100,000-row import into observations, 2026-12-04,
 * docs/performance.md). PGlite has no such tail; its blobs stay at 25,000 rows.
 */
export function openCopy(db: DbOrTx, table: string, columns: string[], { rowsPerStatement = 10_000, rowsPerBlob = 25_000 } = {}): CopyWriter {
  const client = clientOf(db) as { exec?: unknown; query: (...a: unknown[]) => unknown };
  const statement = `COPY ${table} (${columns.join(', ')}) FROM`;
  if (typeof client.exec === 'function') {
    let parts: string[] = [];
    const flush = async () => {
      if (!parts.length) return;
      const blob = new Blob(parts);
      parts = [];
      await (client.query as (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown>)(`${statement} '/dev/blob'`, [], { blob });
    };
    return {
      row: (line) => (parts.push(line) >= rowsPerBlob ? flush() : undefined),
      end: flush,
      abort: async () => void (parts = []),
      holdsConnection: false,
    };
  }
  // One COPY statement per `rowsPerStatement` rows, each sent as soon as the one before has been given
  // its last row, not when it has finished: PostgreSQL checks a statement's foreign keys (a query
  // per row and key) only when the statement ends, so with a single COPY every check came after
  // the last row was read (observations: 3.4 s of 5.2 at 100,000 rows). Now the checks of one
  // statement run while the rows of the next are read. The next statement waits in the driver's
  // queue, its lines held in memory (corked until the server asks for them); at most two
  // statements are unfinished at once, so memory stays at about two statements' lines.
  let failed: Error | null = null;
  let current: { stream: Writable; done: Promise<void>; rows: number } | null = null;
  const unfinished: Promise<void>[] = [];
  const open = () => {
    // A queued statement takes its lines without back-pressure (see above): one statement's
    // worth of buffer, however long the lines.
    const stream = client.query(copyFrom(`${statement} STDIN`, { highWaterMark: 64 * 2 ** 20 })) as Writable;
    stream.on('error', (e: Error) => (failed ??= e));
    const done = finished(stream);
    done.catch(() => {});
    return { stream, done, rows: 0 };
  };
  let buffer = '';
  let lines = 0;
  // A few hundred rows a write: one socket write per row would cost more than the rows.
  const LINES_PER_WRITE = 500;
  const push = async () => {
    const chunk = buffer;
    buffer = '';
    lines = 0;
    if (failed) throw failed;
    current ??= open();
    const c = current;
    if (!c.stream.write(chunk)) await Promise.race([once(c.stream, 'drain'), c.done]);
    if (failed) throw failed;
  };
  const rotate = async () => {
    const c = current!;
    current = null;
    c.stream.end();
    unfinished.push(c.done);
    // The statement before the one just ended must be done before a third is opened.
    if (unfinished.length > 1) await unfinished.shift()!.catch(() => {});
    if (failed) throw failed;
  };
  return {
    row: (line) => {
      buffer += line;
      if (++lines < LINES_PER_WRITE) return undefined;
      return push().then(async () => {
        if ((current!.rows += LINES_PER_WRITE) >= rowsPerStatement) await rotate();
      });
    },
    end: async () => {
      if (lines) await push();
      if (current) await rotate();
      await Promise.all(unfinished.splice(0)).catch(() => {});
      if (failed) throw failed;
    },
    abort: async () => {
      const c = current;
      current = null;
      if (c && !c.stream.destroyed && !c.stream.writableFinished) c.stream.destroy(new Error('import rejected'));
      await Promise.all([...unfinished.splice(0), ...(c ? [c.done] : [])].map((d) => d.catch(() => {})));
    },
    holdsConnection: true,
  };
}
