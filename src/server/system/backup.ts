// Logical backup in one engine-neutral format (gzip'd JSON lines), so a PGlite
// database can be restored onto a PostgreSQL server and back.
import { createGzip, createGunzip } from 'node:zlib';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import { rows, type Db } from '../db/index';

const FORMAT = 'hubline-backup/1';
const BATCH = 1000;

export const allTables = (): string[] =>
  Object.values(schema as Record<string, unknown>)
    .filter((v: unknown): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
    .map((t) => getTableConfig(t).name)
    .sort();

export async function backup(db: Db, file: string): Promise<Record<string, number>> {
  const gz = createGzip();
  const out = createWriteStream(file);
  gz.pipe(out);
  const write = async (obj: unknown) => {
    if (!gz.write(JSON.stringify(obj) + '\n')) await once(gz, 'drain');
  };
  const migrations = await rows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by id`);
  await write({ format: FORMAT, createdAt: new Date().toISOString(), migrations: migrations.map((m) => m.hash) });
  const counts: Record<string, number> = {};
  // One snapshot for all tables, so the backup is consistent while the server runs.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const table of allTables()) {
      counts[table] = 0;
      for (let offset = 0; ; offset += BATCH) {
        const batch = await rows<{ r: unknown }>(
          tx,
          sql`select to_jsonb(t) as r from ${sql.identifier(table)} t order by ctid offset ${offset} limit ${BATCH}`,
        );
        if (batch.length === 0) break;
        await write({ table, rows: batch.map((b) => b.r) });
        counts[table] += batch.length;
        if (batch.length < BATCH) break;
      }
    }
  });
  gz.end();
  await once(out, 'finish');
  return counts;
}

/** Replaces every table's content with the backup's, in one transaction. */
export async function restore(db: Db, file: string): Promise<Record<string, number>> {
  const tables = new Set(allTables());
  const counts: Record<string, number> = {};
  let header: { format?: string; migrations?: string[] } | null = null;
  await db.transaction(async (tx) => {
    // Replica mode skips triggers and foreign-key checks while the rows come back in any order.
    await tx.execute(sql`set local session_replication_role = replica`);
    // The read answers are kept in each process's memory under this number only: the restored
    // number must not fall back onto one some process already holds an answer of.
    const [{ n: readsBefore }] = await rows<{ n: string }>(tx, sql`select coalesce(max(n), 0)::text as n from input_generations where name = 'reads'`);
    // Opened only now: readline drops lines emitted before its iterator is taken.
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      if (!header) {
        header = rec;
        if (header?.format !== FORMAT) throw new Error(`不是 Hubline 备份文件 / not a Hubline backup (${header?.format ?? 'no header'})`);
        const here = await rows<{ hash: string }>(tx, sql`select hash from drizzle.__drizzle_migrations order by id`);
        const theirs = header.migrations ?? [];
        if (theirs.length > here.length || theirs.some((h, i) => here[i]?.hash !== h))
          throw new Error('备份来自更新的版本，请先升级 Hubline / the backup comes from a newer schema; upgrade Hubline first');
        await tx.execute(sql.raw(`truncate ${[...tables].map((t) => `"${t}"`).join(', ')} cascade`));
        continue;
      }
      if (!tables.has(rec.table)) throw new Error(`未知数据表 / unknown table ${rec.table}`);
      await tx.execute(
        sql`insert into ${sql.identifier(rec.table)} select * from jsonb_populate_recordset(null::${sql.identifier(rec.table)}, ${JSON.stringify(rec.rows)}::jsonb)`,
      );
      counts[rec.table] = (counts[rec.table] ?? 0) + rec.rows.length;
    }
    if (!header) throw new Error('备份文件为空 / empty backup file');
    await tx.execute(sql`select setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce((select max(seq) from audit_log), 0) + 1, false)`);
    // Replica mode skipped the generation triggers: the kept answers came from another database's
    // generations, so move this one's past all of them (none is served again; the next read remakes it).
    await tx.execute(sql`update input_generations set n = greatest(n, coalesce((select max(generation) from cockpit_answers), 0)) + 1 where name = 'cockpit'`);
    await tx.execute(sql`insert into input_generations (name, n) values ('reads', ${readsBefore}::bigint + 1)
                         on conflict (name) do update set n = greatest(input_generations.n, ${readsBefore}::bigint) + 1`);
  });
  return counts;
}
