// One database handle for both engines: PGlite in-process (default) or a real
// PostgreSQL server when DATABASE_URL is set. Everything above this file uses the
// Drizzle `Db` type and `Db.execute(sql)` only, so the two stay interchangeable.
import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  /**
   * The per-request session / token lookup's own connections (PostgreSQL; PGlite has one engine
   * and uses `db`). The lookup is one index probe, but from the shared pool it queued behind the
   * reads of every other client, then the read's statements queued a second time.
   */
  authDb?: Db;
  kind: 'pglite' | 'postgres';
  /** A description safe to log (no password). */
  where: string;
  close(): Promise<void>;
}

export { migrationsFolder } from '../core/paths';
import { migrationsFolder } from '../core/paths';
export const TIME_ZONE = 'Asia/Shanghai';
// Arbitrary constant: only one process migrates at a time on a shared server.
const MIGRATION_LOCK = 727_001;

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string; // PGlite directory; 'memory://' for a throwaway database
  migrate?: boolean;
  /** Who opens a PGlite directory, for the lock (see lock.ts); the server gives its port. */
  owner?: { port?: number | null; command: string };
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const database = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir ?? './data', opts.owner ?? { command: 'hubline' });
  if (opts.migrate !== false) await migrate(database);
  return database;
}

async function openPglite(dataDir: string, owner: { port?: number | null; command: string }): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  if (!dataDir.startsWith('memory://')) {
    release = acquireDataDirLock(dataDir, owner);
    mkdirSync(dataDir, { recursive: true });
  }
  let client: InstanceType<typeof PGlite>;
  try {
    client = await PGlite.create(dataDir);
  } catch (e) {
    release();
    throw e;
  }
  await client.exec(`SET TIME ZONE '${TIME_ZONE}'`);
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    where: `PGlite ${dataDir}`,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // Numeric and bigint columns come back as JS numbers: our figures fit in a double.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const open = (max: number) => {
    const pool = new pg.Pool({ connectionString: url, max, options: `-c TimeZone=${TIME_ZONE}` });
    // An idle connection the server closes (restart, failover, a dropped database) must not
    // crash the process: the pool replaces it on the next query.
    pool.on('error', (e) => console.error(`database connection lost: ${e.message}`));
    return { pool, db: drizzle(pool, { schema }) as unknown as Db };
  };
  const { pool, db } = open(Number(process.env.HUBLINE_DB_POOL ?? 10));
  const auth = open(Number(process.env.HUBLINE_DB_AUTH_POOL ?? 2));
  const authDb = auth.db;
  const authPool = auth.pool;
  const u = new URL(url);
  return {
    db,
    authDb,
    kind: 'postgres',
    where: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`,
    close: async () => {
      await Promise.all([pool.end(), authPool.end()]);
    },
  };
}

export async function migrate(database: Database): Promise<void> {
  const config = { migrationsFolder };
  if (database.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, config);
    return;
  }
  // Several instances may start together on one server: serialise migrations with a
  // transaction-scoped advisory lock so only one applies them.
  const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await run(tx as never, config);
  });
}

/** Rows of a raw query, the same on both drivers. */
export async function rows<T = Record<string, unknown>>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/**
 * Whether every migration of this build is applied (readiness): drizzle records each applied
 * migration with its journal timestamp, and applies them in journal order.
 */
export async function migrationStatus(db: DbOrTx): Promise<{ expected: number; applied: number; pending: string[] }> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  const [table] = await rows<{ t: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  const applied = table?.t ? await rows<{ created_at: string | number }>(db, sql`select created_at from drizzle.__drizzle_migrations`) : [];
  const done = new Set(applied.map((r) => Number(r.created_at)));
  const pending = journal.entries.filter((e) => !done.has(e.when)).map((e) => e.tag);
  return { expected: journal.entries.length, applied: applied.length, pending };
}
