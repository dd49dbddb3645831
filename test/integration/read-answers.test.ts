// The kept answers of the read endpoints (core/answers.ts) on the demo data, both engines: the
// same bytes as the read made afresh, 304, a new answer after a write to each kind of input table,
// never another scope's answer, and never an answer kept while a writer was still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import pg from 'pg';
import { rows, type DbOrTx } from '../../src/server/db/index';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { entryPageOut, gapsOut, indicatorPageOut } from '../../src/contracts/indicators';
import { planDetailOut } from '../../src/contracts/plans';
import { gaps, indicatorPage } from '../../src/server/indicators/queries';
import { entryPage } from '../../src/server/indicators/import';
import { getPlanPageOr404 } from '../../src/server/plans/queries';
import type { Scope } from '../../src/server/core/access';
import { backup, restore } from '../../src/server/system/backup';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every table the four reads read or that decides a caller's scope (migration 0016). */
const INPUT_TABLES = ['plans', 'plan_sections', 'tasks', 'task_assignments', 'indicators', 'indicator_targets', 'indicator_milestones', 'indicator_zones', 'indicator_status', 'observations', 'zones', 'units', 'users', 'user_roles'];

for (const engine of engines()) {
  describe(`kept read answers on ${engine}`, () => {
    let t: TestApp;
    let office: Client;
    let commerce: Client;
    let transport: Client;
    let planId: string;
    let year: number;
    const scopeOfClient = (c: Client): Scope => (c === office ? { all: true } : { all: false, unitId: c.user!.unitId });
    const url = {
      overview: () => '/api/indicators/page?pageSize=20',
      gaps: () => '/api/indicators/gaps?pageSize=20',
      entry: () => `/api/observations/entry-form?year=${year}&page=1&pageSize=100`,
      plan: () => `/api/plans/${planId}?taskPage=1&taskPageSize=50`,
    };
    /** What the route sent before answers were kept: its query made now, encoded as its serializer does. */
    const fresh = {
      overview: (db: DbOrTx) => indicatorPage(db, { page: 1, pageSize: 20 }).then((v) => JSON.stringify(z.encode(indicatorPageOut, v))),
      gaps: (db: DbOrTx) => gaps(db, { page: 1, pageSize: 20 }).then((v) => JSON.stringify(z.encode(gapsOut, v))),
      entry: (db: DbOrTx, c: Client) => entryPage(db, scopeOfClient(c), { year, page: 1, pageSize: 100 }).then((v) => JSON.stringify(z.encode(entryPageOut, v))),
      plan: (db: DbOrTx, c: Client) => getPlanPageOr404(db, planId, scopeOfClient(c), { page: 1, pageSize: 50 }).then((v) => JSON.stringify(z.encode(planDetailOut, v))),
    };
    const generation = async () => (await rows<{ n: number }>(t.database.db, sql`select n::int as n from input_generations where name = 'reads'`))[0].n;

    beforeAll(async () => {
      t = await createTestApp(engine);
      [office, commerce, transport] = await Promise.all([as(t, 'office'), as(t, 'liaison_commerce'), as(t, 'liaison_transport')]);
      planId = (await rows<{ id: string }>(t.database.db, sql`select id from plans where code = 'YB-CORRIDOR-2023'`))[0].id;
      // The latest year the commerce liaison's form has stored data in.
      [{ year }] = await rows<{ year: number }>(
        t.database.db,
        sql`select max(substr(o.period, 1, 4))::int as year from observations o join indicator_zones iz on iz.indicator_id = o.indicator_id and iz.zone_id = o.zone_id
            join indicators i on i.id = o.indicator_id where coalesce(iz.unit_id, i.owner_unit_id) = ${commerce.user!.unitId}`,
      );
    });
    afterAll(() => t?.close());

    it('sends the bytes the read made afresh sends, again from the kept copy, with an ETag', async () => {
      const cases: [keyof typeof url, Client][] = [
        ['overview', office],
        ['gaps', office],
        ['entry', commerce],
        ['plan', office],
        ['plan', commerce],
      ];
      for (const [name, c] of cases) {
        const expected = await fresh[name](t.database.db, c);
        const first = await c.get(url[name]());
        expect(first.statusCode, `${name}: ${first.body.slice(0, 200)}`).toBe(200);
        expect(first.body, name).toBe(expected);
        expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
        const second = await c.get(url[name]());
        expect(second.body, name).toBe(expected);
        expect(second.headers.etag).toBe(first.headers.etag);
      }
      // The entry form has rows of the commerce liaison's unit: the comparison is not of empty pages.
      expect((JSON.parse(await fresh.entry(t.database.db, commerce)) as { total: number }).total).toBeGreaterThan(0);
    });

    it('answers 304 without a body to the client holding the ETag, 200 to one holding another', async () => {
      const first = await office.get(url.overview());
      const held = await office.request('GET', url.overview(), undefined, { 'if-none-match': first.headers.etag as string });
      expect(held.statusCode).toBe(304);
      expect(held.body).toBe('');
      expect(held.headers.etag).toBe(first.headers.etag);
      const other = await office.request('GET', url.overview(), undefined, { 'if-none-match': '"not-this-one"' });
      expect(other.statusCode).toBe(200);
      expect(other.body).toBe(first.body);
    });

    it('moves the reads generation at the commit of a write to each input table, and not for other tables', async () => {
      for (const table of INPUT_TABLES) {
        const before = await generation();
        // A statement trigger fires for a statement of no rows too.
        await t.database.db.execute(sql`delete from ${sql.identifier(table)} where false`);
        expect(await generation(), table).toBe(before + 1);
      }
      for (const column of ['username', 'display_name', 'unit_id', 'active']) {
        const before = await generation();
        await t.database.db.execute(sql`update users set ${sql.identifier(column)} = ${sql.identifier(column)} where false`);
        expect(await generation(), column).toBe(before + 1);
      }
      const before = await generation();
      await t.database.db.execute(sql`delete from audit_log where false`);
      await t.database.db.execute(sql`delete from sessions where false`);
      // A sign-in's bookkeeping on users does not drop the answers.
      await t.database.db.execute(sql`update users set failed_logins = 0, locked_until = null, last_login_at = now() where false`);
      expect(await generation()).toBe(before);
      // A real sign-in through the API (failures cleared, last_login_at written): still the same number.
      await as(t, 'office');
      expect(await generation()).toBe(before);
    });

    it('renews the answers after an observation is approved', async () => {
      const before = await commerce.get(url.entry());
      const row = (before.json() as { rows: { observationId: string | null; status: string | null }[] }).rows.find((r) => r.observationId && r.status !== 'approved')!;
      expect(row).toBeDefined();
      await t.database.db.execute(sql`update observations set status = 'approved' where id = ${row.observationId}`);
      const after = await commerce.get(url.entry());
      expect(after.body).toBe(await fresh.entry(t.database.db, commerce));
      expect(after.body).not.toBe(before.body);
      expect((after.json() as { rows: { observationId: string | null; status: string | null }[] }).rows.find((r) => r.observationId === row.observationId)!.status).toBe('approved');
      expect(after.headers.etag).not.toBe(before.headers.etag);
      await t.database.db.execute(sql`update observations set status = ${row.status} where id = ${row.observationId}`);
    });

    it('renews the answers after an indicator is renamed through the API', async () => {
      const before = (await office.get(url.overview())).json() as { rows: { id: string; name: string; version: number }[] };
      const first = before.rows[0];
      const renamed = await office.patch(`/api/indicators/${first.id}`, { version: first.version, name: `${first.name}（改）` });
      expect(renamed.statusCode, renamed.body).toBe(200);
      const overview = await office.get(url.overview());
      expect(overview.body).toBe(await fresh.overview(t.database.db));
      expect((overview.json() as { rows: { id: string; name: string }[] }).rows.find((r) => r.id === first.id)!.name).toBe(`${first.name}（改）`);
      // The plan detail lists the plan's indicators by name too.
      expect((await office.get(url.plan())).body).toBe(await fresh.plan(t.database.db, office));
      expect((await office.get(url.gaps())).body).toBe(await fresh.gaps(t.database.db));
    });

    it('renews the plan detail after a task is changed and after a unit\'s role on a task changes', async () => {
      const before = (await office.get(url.plan())).json() as { tasks: { id: string; title: string; units: { unitId: string; role: string }[] }[] };
      const task = before.tasks.find((x) => x.units.length > 0)!;
      await t.database.db.execute(sql`update tasks set title = title || '（改）' where id = ${task.id}`);
      const changed = await office.get(url.plan());
      expect(changed.body).toBe(await fresh.plan(t.database.db, office));
      expect((changed.json() as typeof before).tasks.find((x) => x.id === task.id)!.title).toBe(`${task.title}（改）`);
      const unit = task.units[0];
      const flipped = unit.role === 'lead' ? 'support' : 'lead';
      await t.database.db.execute(sql`update task_assignments set role = ${flipped} where task_id = ${task.id} and unit_id = ${unit.unitId}`);
      const after = await office.get(url.plan());
      expect(after.body).toBe(await fresh.plan(t.database.db, office));
      expect((after.json() as typeof before).tasks.find((x) => x.id === task.id)!.units.find((u) => u.unitId === unit.unitId)!.role).toBe(flipped);
      await t.database.db.execute(sql`update task_assignments set role = ${unit.role} where task_id = ${task.id} and unit_id = ${unit.unitId}`);
    });

    it('never gives a unit user an answer made for another unit or for the office, on the same URL', async () => {
      // Warm the office's plan detail first, then the units': each gets its own scope's tasks.
      const all = await office.get(url.plan());
      const mine = await commerce.get(url.plan());
      const theirs = await transport.get(url.plan());
      expect(mine.body).toBe(await fresh.plan(t.database.db, commerce));
      expect(theirs.body).toBe(await fresh.plan(t.database.db, transport));
      const unitsOf = (b: string) => new Set((JSON.parse(b) as { tasks: { units: { unitId: string }[] }[] }).tasks.map((x) => x.units.some((u) => u.unitId === commerce.user!.unitId)));
      // The commerce liaison sees only tasks of its unit; the office sees others too.
      expect([...unitsOf(mine.body)]).toEqual([true]);
      expect(unitsOf(all.body).has(false)).toBe(true);
      expect(mine.body).not.toBe(theirs.body);
      expect(mine.body).not.toBe(all.body);
      // The entry form: each liaison its own unit's rows, whichever was asked first.
      const e1 = await transport.get(url.entry());
      const e2 = await commerce.get(url.entry());
      expect(e1.body).toBe(await fresh.entry(t.database.db, transport));
      expect(e2.body).toBe(await fresh.entry(t.database.db, commerce));
      expect(e1.body).not.toBe(e2.body);
      // The route's access rule still decides before any kept answer: the gaps are the office's.
      expect((await office.get(url.gaps())).statusCode).toBe(200);
      expect((await commerce.get(url.gaps())).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: url.overview() })).statusCode).toBe(401);
    });

    it('follows a user moved to another unit at the next request', async () => {
      const before = await commerce.get(url.plan());
      await t.database.db.execute(sql`update users set unit_id = ${transport.user!.unitId} where id = ${commerce.user!.id}`);
      try {
        const moved = await commerce.get(url.plan());
        expect(moved.body).toBe(await fresh.plan(t.database.db, transport));
        expect(moved.body).not.toBe(before.body);
      } finally {
        await t.database.db.execute(sql`update users set unit_id = ${commerce.user!.unitId} where id = ${commerce.user!.id}`);
      }
      expect((await commerce.get(url.plan())).body).toBe(before.body);
    });

    it('keeps no answer of an unknown plan', async () => {
      const missing = '/api/plans/00000000-0000-4000-8000-000000000000?taskPage=1&taskPageSize=50';
      expect((await office.get(missing)).statusCode).toBe(404);
      expect((await office.get(missing)).statusCode).toBe(404);
    });

    it('never falls back after a restore onto a number whose answer this process holds', { timeout: 120_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hubline-reads-'));
      try {
        const file = join(dir, 'backup.jsonl.gz');
        await backup(t.database.db, file);
        const before = (await office.get(url.overview())).json() as { rows: { id: string; name: string }[] };
        const first = before.rows[0];
        // A change after the backup, kept at its number; the restore takes it back.
        await t.database.db.execute(sql`update indicators set name = name || '（后）' where id = ${first.id}`);
        const changed = await generation();
        expect(((await office.get(url.overview())).json() as typeof before).rows[0].name).toBe(`${first.name}（后）`);
        await restore(t.database.db, file);
        expect(await generation()).toBe(changed + 1);
        // A write after the restore: had the number gone back to the backup's, this one would
        // bring it to the number the changed answer is held under.
        await t.database.db.execute(sql`delete from zones where false`);
        const restored = await office.get(url.overview());
        expect((restored.json() as typeof before).rows[0].name).toBe(first.name);
        expect(restored.body).toBe(await fresh.overview(t.database.db));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.runIf(engine === 'postgres')('never keeps an answer made while a writer was still open under a generation its change is not in', async () => {
      const first = ((await office.get(url.overview())).json() as { rows: { id: string; name: string }[] }).rows[0];
      const writer = new pg.Client({ connectionString: t.databaseUrl });
      await writer.connect();
      try {
        await writer.query('begin');
        await writer.query(`update indicators set name = name || '（中）' where id = $1`, [first.id]);
        // One answer kept before the write, one made while it is open (a page size not asked before).
        const other = '/api/indicators/page?pageSize=21';
        for (const u of [url.overview(), other]) {
          const during = (await office.get(u)).json() as { rows: { id: string; name: string }[] };
          expect(during.rows.find((x) => x.id === first.id)!.name).toBe(first.name);
        }
        await writer.query('commit');
        for (const u of [url.overview(), other]) {
          const after = (await office.get(u)).json() as { rows: { id: string; name: string }[] };
          expect(after.rows.find((x) => x.id === first.id)!.name, u).toBe(`${first.name}（中）`);
        }
      } finally {
        await writer.query(`update indicators set name = $2 where id = $1`, [first.id, first.name]).catch(() => {});
        await writer.end();
      }
    });
  });
}
