// openCopy on both engines, with statements small enough that one import makes several of them:
// on PostgreSQL each is sent while the one before is still checking its foreign keys, so a
// failure in one, or an abort, has to reach the statements already queued behind it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/server/db/index';
import { openCopy } from '../../src/server/db/copy';
import { engines, freshPostgresDatabase } from '../support/harness';

const PER_STATEMENT = 1_000;

for (const engine of engines()) {
  describe(`COPY writer on ${engine}`, () => {
    let database: Database;
    let drop = async () => {};
    const parents = [randomUUID(), randomUUID(), randomUUID()];
    const count = async () => Number(((await database.db.execute(sql`select count(*)::int as n from cw_child`)) as unknown as { rows: { n: number }[] }).rows[0].n);

    beforeAll(async () => {
      let databaseUrl: string | undefined;
      if (engine === 'postgres') ({ url: databaseUrl, drop } = await freshPostgresDatabase());
      database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
      await database.db.execute(sql`create table cw_parent (id uuid primary key)`);
      await database.db.execute(sql`create table cw_child (id uuid primary key, parent uuid not null references cw_parent(id), n int not null, note text)`);
      await database.db.execute(sql.raw(`insert into cw_parent values ${parents.map((p) => `('${p}')`).join(',')}`));
    });
    afterAll(async () => {
      await database?.close();
      await drop();
    });

    /** Feeds rows 0..n-1 as the importer does, awaiting the writer when it asks to; `bad` rows name a parent that does not exist. */
    async function feed(writer: ReturnType<typeof openCopy>, n: number, bad = -1) {
      for (let i = 0; i < n; i++) {
        const parent = i === bad ? randomUUID() : parents[i % parents.length];
        const wait = writer.row(`${randomUUID()}\t${parent}\t${i}\t${i % 7 === 0 ? 'tab\\there' : '\\N'}\n`);
        if (wait) await wait;
      }
    }

    it('writes every row of several statements, in the transaction', async () => {
      await database.db.transaction(async (tx) => {
        const writer = openCopy(tx, 'cw_child', ['id', 'parent', 'n', 'note'], { rowsPerStatement: PER_STATEMENT, rowsPerBlob: PER_STATEMENT });
        await feed(writer, 5_250);
        await writer.end();
        // The transaction's next statement sees them all (no statement left behind in the queue).
        const rows = (await tx.execute(sql`select count(*)::int as n, count(distinct n)::int as d, sum(n)::bigint as s from cw_child`)) as unknown as { rows: { n: number; d: number; s: string }[] };
        expect(rows.rows[0]).toMatchObject({ n: 5_250, d: 5_250 });
        expect(Number(rows.rows[0].s)).toBe((5_249 * 5_250) / 2);
      });
      expect(await count()).toBe(5_250);
      const [tabbed] = ((await database.db.execute(sql`select note from cw_child where n = 7`)) as unknown as { rows: { note: string }[] }).rows;
      expect(tabbed.note).toBe('tab\there');
      await database.db.execute(sql`delete from cw_child`);
    });

    it.each([
      ['a middle statement', 1_500],
      ['the last statement', 3_900],
    ])('a foreign key broken in %s fails the whole write and keeps nothing', async (_, bad) => {
      const before = await count();
      let error: unknown = null;
      await database.db
        .transaction(async (tx) => {
          const writer = openCopy(tx, 'cw_child', ['id', 'parent', 'n', 'note'], { rowsPerStatement: PER_STATEMENT, rowsPerBlob: PER_STATEMENT });
          try {
            await feed(writer, 4_000, bad);
            await writer.end();
          } catch (e) {
            error = e;
            await writer.abort();
          }
          throw error ?? new Error('the broken key was not reported');
        })
        .catch(() => {});
      expect((error as { code?: string } | null)?.code).toBe('23503');
      expect(await count()).toBe(before);
      // The connection is usable afterwards (nothing of the queued statements left on it).
      await database.db.transaction(async (tx) => {
        const writer = openCopy(tx, 'cw_child', ['id', 'parent', 'n', 'note'], { rowsPerStatement: PER_STATEMENT, rowsPerBlob: PER_STATEMENT });
        await feed(writer, 1_200);
        await writer.end();
      });
      expect(await count()).toBe(before + 1_200);
      await database.db.execute(sql`delete from cw_child`);
    });

    it('an abort part-way (statements ended, one open) leaves nothing and frees the connection', async () => {
      const before = await count();
      await database.db
        .transaction(async (tx) => {
          const writer = openCopy(tx, 'cw_child', ['id', 'parent', 'n', 'note'], { rowsPerStatement: PER_STATEMENT, rowsPerBlob: PER_STATEMENT });
          await feed(writer, 2_700);
          await writer.abort();
          throw new Error('rejected');
        })
        .catch((e: Error) => expect(e.message).toBe('rejected'));
      expect(await count()).toBe(before);
      expect(Number(((await database.db.execute(sql`select 1 as one`)) as unknown as { rows: { one: number }[] }).rows[0].one)).toBe(1);
    });

    it('nothing fed: end sends nothing and the transaction goes on', async () => {
      await database.db.transaction(async (tx) => {
        const writer = openCopy(tx, 'cw_child', ['id', 'parent', 'n', 'note'], { rowsPerStatement: PER_STATEMENT, rowsPerBlob: PER_STATEMENT });
        await writer.end();
        await tx.execute(sql`select 1`);
      });
      expect(await count()).toBe(0);
    });
  });
}
