// GET /api/cockpit on the demo data, both engines: every figure against a query written apart
// from the roll-up (raw reports, notices, milestones, shipments, routes), the roll-up job, and
// who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { today } from '../../src/server/delivery/common';
import { deliveryJobs } from '../../src/server/supervision/jobs';
import { RCEP_COVERAGE_SET } from '../../src/domain/corridor/index';
import { z } from 'zod';
import { cockpitOut, type Cockpit } from '../../src/contracts/cockpit';
import { cockpit } from '../../src/server/cockpit/queries';
import { nightlyMaintenance } from '../../src/server/jobs/index';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/core/config';
import { openDatabase, type Database, type Db } from '../../src/server/db/index';
import * as schema from '../../src/server/db/schema';
import { drizzle } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * A second app instance on the same database with a memory of its own, as behind a load balancer:
 * on PostgreSQL its own pool, on PGlite (one process only) its own Drizzle handle on the same
 * embedded database.
 */
async function secondInstance(t: TestApp): Promise<TestApp> {
  const database: Database =
    t.engine === 'postgres'
      ? await openDatabase({ databaseUrl: t.databaseUrl, migrate: false })
      : { ...t.database, db: drizzle((t.database.db as unknown as { $client: PGlite }).$client, { schema }) as unknown as Db, close: async () => {} };
  const config = { ...loadConfig({ NODE_ENV: 'test' }), webDir: 'no-web-in-api-tests', loginRatePerMinute: 10_000 };
  const app = await buildApp({ database, config, logger: false });
  await app.ready();
  return { engine: t.engine, app, database, databaseUrl: t.databaseUrl, close: async () => { await app.close(); await database.close(); } };
}

const PERIOD = '2026-10';

for (const engine of engines()) {
  describe(`cockpit on ${engine}`, () => {
    let t: TestApp;
    let office: Client;
    let planId: string;
    let c: Cockpit;
    const day = today();
    const asOf = `${PERIOD}-31` < day ? `${PERIOD}-31` : day;
    beforeAll(async () => {
      t = await createTestApp(engine);
      office = await as(t, 'office');
      planId = (await rows<{ id: string }>(t.database.db, sql`select id from plans where code = 'YB-CORRIDOR-2023'`))[0].id;
      const res = await office.get(`/api/cockpit?planId=${planId}&period=${PERIOD}`);
      expect(res.statusCode, res.body).toBe(200);
      c = res.json();
    });
    afterAll(() => t?.close());

    it('without a plan: the first plan in execution (seed 000 here), the same answer as asking for it; with none in execution, the first plan', async () => {
      const res = await office.get(`/api/cockpit?period=${PERIOD}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).toBe((await office.get(`/api/cockpit?planId=${planId}&period=${PERIOD}`)).body);
      const active = await rows<{ id: string }>(t.database.db, sql`select id from plans where status = 'active'`);
      try {
        await t.database.db.execute(sql`update plans set status = 'draft' where status = 'active'`);
        const [first] = await rows<{ id: string }>(t.database.db, sql`select id from plans order by created_at, id limit 1`);
        const none = await office.get(`/api/cockpit?period=${PERIOD}`);
        expect(none.statusCode, none.body).toBe(200);
        expect((none.json() as Cockpit).plan.id).toBe(first.id);
      } finally {
        for (const a of active) await t.database.db.execute(sql`update plans set status = 'active' where id = ${a.id}`);
      }
      expect((await office.get(`/api/cockpit?period=${PERIOD}`)).json().plan.id).toBe(planId);
    });

    it('indicators: one tile per indicator, its status and latest value from the status roll-up', async () => {
      const expected = await rows<{ id: string; status: string | null; value: number | null }>(
        t.database.db,
        sql`select distinct on (i.id) i.id, s.status, (s.result #>> '{current,value}')::float8 as value
            from indicators i left join indicator_status s on s.indicator_id = i.id left join zones z on z.id = s.zone_id
            where i.plan_id = ${planId}
            order by i.id, (s.status is null), case z.level when 'city' then 0 when 'district' then 1 else 2 end, z.name`,
      );
      expect(c.indicators.tiles.map((x) => x.id).sort()).toEqual(expected.map((e) => e.id).sort());
      for (const e of expected) {
        const tile = c.indicators.tiles.find((x) => x.id === e.id)!;
        expect(tile.status).toBe(e.status ?? 'not_computed');
        if (e.value !== null) expect(tile.latest?.value).toBe(e.value);
      }
      const sum = Object.values(c.indicators.counts).reduce((a, b) => a + b, 0);
      expect(sum).toBe(expected.length);
      expect(c.indicators.available).toBe(true);
      // The tile reads the widest zone's row even when a narrower zone has one too (the SQL picks it).
      const tile = c.indicators.tiles.find((x) => x.status !== 'not_computed')!;
      const [zone] = await rows<{ id: string }>(t.database.db, sql`insert into zones (code, name, level) values ('cockpit-narrow', '窄区', 'functional_area') returning id`);
      await t.database.db.execute(sql`insert into indicator_status (indicator_id, zone_id, status, result, summary)
        select indicator_id, ${zone.id}, 'deteriorating', result, jsonb_set(summary, '{status}', '"deteriorating"') from indicator_status s
        join zones z on z.id = s.zone_id where s.indicator_id = ${tile.id} and s.summary is not null order by case z.level when 'city' then 0 else 1 end limit 1`);
      const again = (await office.get(`/api/cockpit?planId=${planId}&period=${PERIOD}`)).json() as typeof c;
      expect(again.indicators.tiles.find((x) => x.id === tile.id)).toEqual(tile);
      await t.database.db.execute(sql`delete from indicator_status where zone_id = ${zone.id}`);
      await t.database.db.execute(sql`delete from zones where id = ${zone.id}`);
    });

    it('tasks: the five groups of 重点任务 with their tasks by the period’s lead report, overdue milestones', async () => {
      const groups = c.tasks.groups.filter((g) => g.ref.startsWith('二/'));
      expect(groups.map((g) => g.number)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
      const expected = await rows<{ g: string; progress: string; n: number }>(
        t.database.db,
        sql`select split_part(t.section_ref, '/', 1) || coalesce('/' || nullif(split_part(t.section_ref, '/', 2), ''), '') as g,
                   coalesce((select r.progress from progress_reports r where r.task_id = t.id and r.period = ${PERIOD} and r.role = 'lead'
                             and r.status in ('submitted', 'approved', 'accepted') order by r.updated_at desc limit 1), 'not_reported') as progress,
                   count(*)::int as n
            from tasks t where t.plan_id = ${planId} and t.status <> 'cancelled' group by 1, 2`,
      );
      for (const e of expected) expect(c.tasks.groups.find((g) => g.ref === e.g)!.byProgress[e.progress as 'done'], `${e.g} ${e.progress}`).toBe(e.n);
      const total = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from tasks where plan_id = ${planId} and status <> 'cancelled'`);
      expect(c.tasks.groups.reduce((a, g) => a + g.total, 0)).toBe(total[0].n);
      // Some demo tasks report progress in October, so the figures are not all "not reported".
      expect(c.tasks.groups.some((g) => g.byProgress.not_reported < g.total)).toBe(true);
      const overdue = await rows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from milestones m left join measures ms on ms.id = m.measure_id join tasks t on t.id = coalesce(m.task_id, ms.task_id)
            where t.plan_id = ${planId} and m.due_date < ${asOf}::date and (m.done_at is null or (m.done_at at time zone 'Asia/Shanghai')::date > ${asOf}::date)`,
      );
      expect(c.tasks.groups.reduce((a, g) => a + g.milestones.overdue, 0)).toBe(overdue[0].n);
    });

    it('units: year-to-date punctuality per unit, best first', async () => {
      const expected = await rows<{ unit: string; due: number; late: number }>(
        t.database.db,
        sql`select r.unit_id as unit,
                   count(*) filter (where r.status in ('submitted','approved','accepted') or r.due_on < ${day}::date)::int as due,
                   count(*) filter (where (r.status in ('submitted','approved','accepted') and (r.submitted_at at time zone 'Asia/Shanghai')::date > r.due_on)
                                      or (r.status not in ('submitted','approved','accepted') and r.due_on < ${day}::date))::int as late
            from progress_reports r join tasks t on t.id = r.task_id
            where t.plan_id = ${planId} and r.period between '2026-01' and ${PERIOD} group by 1`,
      );
      expect(c.units.punctuality).toHaveLength(expected.length);
      for (const e of expected) {
        const u = c.units.punctuality.find((x) => x.unitId === e.unit)!;
        expect([u.due, u.late, u.rate]).toEqual([e.due, e.late, e.due ? Math.round(((e.due - e.late) / e.due) * 100) : null]);
      }
      const rates = c.units.punctuality.map((u) => u.rate ?? -1);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));
    });

    it('notices: open and overdue by unit and level', async () => {
      const expected = await rows<{ unit: string; level: string; open: number; overdue: number }>(
        t.database.db,
        sql`select n.unit_id as unit, n.level, count(*) filter (where n.status <> 'closed')::int as open,
                   count(*) filter (where n.status <> 'closed' and n.due_on < ${asOf}::date)::int as overdue
            from supervision_notices n left join tasks t on t.id = n.task_id left join indicators i on i.id = n.indicator_id
            where (t.plan_id = ${planId} or i.plan_id = ${planId}) and (n.created_at at time zone 'Asia/Shanghai')::date <= ${asOf}::date group by 1, 2`,
      );
      expect(c.notices.total.open).toBe(expected.reduce((a, e) => a + e.open, 0));
      expect(c.notices.total.overdue).toBe(expected.reduce((a, e) => a + e.overdue, 0));
      for (const e of expected) expect(c.notices.byUnit.find((u) => u.unitId === e.unit)!.byLevel[e.level as 'supervision']).toBe(e.open);
    });

    it('corridor: freight by mode and month, clearance, RCEP coverage, straight from the shipments', async () => {
      expect(c.corridor.months).toHaveLength(12);
      const list = sql.join(c.corridor.months.map((m) => sql`${m}`), sql`, `);
      const byMode = await rows<{ month: string; mode: string; n: number; tonnes: number; value: number }>(
        t.database.db,
        sql`select month, split_part(mode, '>', 1) as mode, count(*)::int as n, sum(weight_kg) / 1000 as tonnes, sum(value_cny) as value
            from shipments where month in (${list}) and node_id is not null group by 1, 2`,
      );
      expect(byMode.length).toBeGreaterThan(0);
      for (const e of byMode) {
        const s = c.corridor.series.find((x) => x.month === e.month && x.mode === e.mode)!;
        expect(s.shipments).toBe(e.n);
        expect(s.tonnes).toBeCloseTo(Number(e.tonnes), 2);
        expect(s.valueCny).toBeCloseTo(Number(e.value), 1);
      }
      const fresh = await rows<{ n: number; w: number }>(
        t.database.db,
        sql`select count(*)::int as n, count(*) filter (where extract(epoch from released_at - arrived_at) / 60 <= 60)::int as w from shipments
            where month in (${list}) and fresh and direction = 'import' and not inspected and arrived_at is not null and released_at is not null`,
      );
      expect(c.corridor.clearance.count).toBe(fresh[0].n);
      expect(c.corridor.clearance.shareWithin60).toBeCloseTo(fresh[0].w / fresh[0].n, 4);
      expect(c.corridor.clearance.standardMinutes).toBe(60);
      const live = await rows<{ c: string }>(
        t.database.db,
        sql`select distinct destination_country as c from routes where mode = 'air' and destination_country is not null and destination_country <> 'CN'
            and (opened_on is null or opened_on <= ${asOf}::date) and (closed_on is null or closed_on >= ${asOf}::date)`,
      );
      const rcep = new Set(RCEP_COVERAGE_SET.map((m) => m.code));
      expect(c.corridor.rcep.covered.map((m) => m.code).sort()).toEqual(live.map((l) => l.c).filter((x) => rcep.has(x)).sort());
      expect(c.corridor.rcep.covered.length + c.corridor.rcep.missing.length).toBe(14);
      for (const m of c.corridor.rcep.missing) expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      // The network: the plan's nodes with their coordinates, flows on the links.
      expect(c.corridor.network.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['江北机场', '古路站', '洛碛港', '钦州港']));
      expect(c.corridor.network.links.some((l) => l.tonnes > 0)).toBe(true);
    });

    it('the roll-up follows new data when the job runs', async () => {
      const before = c.notices.total.open;
      const [task] = await rows<{ id: string; unit: string }>(
        t.database.db,
        sql`select t.id, a.unit_id as unit from tasks t join task_assignments a on a.task_id = t.id where t.plan_id = ${planId} and a.role = 'lead' limit 1`,
      );
      await t.database.db.execute(sql`insert into supervision_notices (number, task_id, unit_id, issue, requirement, due_on, level, status, created_at)
                                      values ('督〔2026〕T1', ${task.id}, ${task.unit}, 'test', 'test', '2026-10-05', 'listed', 'issued', '2026-10-01T10:00:00+08')`);
      // Until the job runs, the cockpit shows the last roll-up.
      expect((await office.get(`/api/cockpit?planId=${planId}&period=${PERIOD}`)).json().notices.total.open).toBe(before);
      const r = await deliveryJobs(t.database.db);
      expect(r.cockpitPeriods).toBeGreaterThan(0);
      const after = (await office.get(`/api/cockpit?planId=${planId}&period=${PERIOD}`)).json() as Cockpit;
      expect(after.notices.total.open).toBe(before + 1);
      expect(after.notices.byLevel.listed.open).toBe(c.notices.byLevel.listed.open + 1);
    });

    it('serves the kept answer: the same bytes as one assembled from scratch, 304 on its ETag, renewed when an input changes', async () => {
      const url = `/api/cockpit?planId=${planId}&period=${PERIOD}`;
      const fresh = async () => JSON.stringify(z.encode(cockpitOut, await t.database.db.transaction((tx) => cockpit(tx, planId, PERIOD, day))));
      const first = await office.get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toMatch(/^application\/json/);
      expect(first.body).toBe(await fresh());
      const kept = await rows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from cockpit_answers where plan_id = ${planId} and period = ${PERIOD} and generation = (select n from input_generations where name = 'cockpit')`,
      );
      expect(kept[0].n).toBe(1);
      // This process's copy is what is served: the kept row is not read while the generation holds.
      await t.database.db.execute(sql`update cockpit_answers set body = '{"kept":true}' where plan_id = ${planId} and period = ${PERIOD}`);
      expect((await office.get(url)).body).toBe(first.body);
      // Another instance (its own memory, the same database) serves the kept row it finds current.
      const other = await secondInstance(t);
      try {
        const otherOffice = await as(other, 'office');
        expect((await otherOffice.get(url)).body).toBe('{"kept":true}');
        await t.database.db.execute(sql`update cockpit_answers set body = ${first.body} where plan_id = ${planId} and period = ${PERIOD}`);
        // A change written by the other instance: this one serves the fresh answer, and so does the other.
        const section = (first.json() as Cockpit).tasks.groups[0];
        await other.database.db.execute(sql`update plan_sections set title = title || '（另）' where plan_id = ${planId} and ref = ${section.ref}`);
        const seen = await office.get(url);
        expect((seen.json() as Cockpit).tasks.groups[0].title).toBe(`${section.title}（另）`);
        expect(seen.body).toBe(await fresh());
        expect((await otherOffice.get(url)).body).toBe(seen.body);
        // And one written here reaches the other, whose copy is of the older generation.
        await t.database.db.execute(sql`update plan_sections set title = ${section.title} where plan_id = ${planId} and ref = ${section.ref}`);
        expect((await otherOffice.get(url)).body).toBe(first.body);
        expect((await office.get(url)).body).toBe(first.body);
      } finally {
        await other.close();
      }
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await office.request('GET', url, undefined, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await office.request('GET', url, undefined, { 'if-none-match': '"other"' })).statusCode).toBe(200);
      // An input changes (an indicator renamed, the status roll-up rewritten): the next read is made afresh.
      const tile = (first.json() as Cockpit).indicators.tiles.find((x) => x.status !== 'not_computed')!;
      await t.database.db.execute(sql`update indicators set name = name || '（改）' where id = ${tile.id}`);
      const renamed = await office.get(url);
      expect(renamed.headers.etag).not.toBe(etag);
      expect((renamed.json() as Cockpit).indicators.tiles.find((x) => x.id === tile.id)!.name).toBe(`${tile.name}（改）`);
      expect(renamed.body).toBe(await fresh());
      await t.database.db.execute(sql`update indicators set name = ${tile.name} where id = ${tile.id}`);
      await t.database.db.execute(sql`update indicator_status set summary = jsonb_set(summary, '{status}', '"deteriorating"') where indicator_id = ${tile.id} and summary is not null`);
      const changed = await office.get(url);
      expect(changed.body).toBe(await fresh());
      expect((changed.json() as Cockpit).indicators.tiles.find((x) => x.id === tile.id)!.status).toBe('deteriorating');
      await t.database.db.execute(sql`update indicator_status set summary = jsonb_set(summary, '{status}', to_jsonb(status)) where indicator_id = ${tile.id} and summary is not null`);
      expect((await office.get(url)).body).toBe(first.body);
      // Many clients at once right after a change (they share one read of the generation and one
      // assembly): every one gets the answer made after the change.
      await t.database.db.execute(sql`update indicators set name = name || '（并）' where id = ${tile.id}`);
      const burst = await Promise.all(Array.from({ length: 20 }, () => office.get(url)));
      const after = await fresh();
      for (const b of burst) expect(b.body).toBe(after);
      await t.database.db.execute(sql`update indicators set name = ${tile.name} where id = ${tile.id}`);
    });

    it('moves its generation once per writing transaction, at the commit; not for a rolled-back one', async () => {
      const generation = async () => (await rows<{ n: number }>(t.database.db, sql`select n::int as n from input_generations where name = 'cockpit'`))[0].n;
      const before = await generation();
      await t.database.db.transaction(async (tx) => {
        await tx.execute(sql`update indicators set name = name where plan_id = ${planId}`);
        await tx.execute(sql`update plan_sections set title = title where plan_id = ${planId}`);
        // Deferred to the commit: inside the transaction the number has not moved yet.
        expect((await rows<{ n: number }>(tx, sql`select n::int as n from input_generations where name = 'cockpit'`))[0].n).toBe(before);
      });
      expect(await generation()).toBe(before + 1);
      await expect(
        t.database.db.transaction(async (tx) => {
          await tx.execute(sql`update indicators set name = name where plan_id = ${planId}`);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await generation()).toBe(before + 1);
      // A table the answer is not made from leaves it alone.
      await t.database.db.execute(sql`update cockpit_answers set computed_at = computed_at`);
      expect(await generation()).toBe(before + 1);
    });

    it.runIf(engine === 'postgres')('never keeps an answer made while a writer was still open under a generation its change is not in', async () => {
      // The race of a generation moved by the writer's statement (a sequence, before 2026-12-02):
      // a read between that statement and the commit made the answer without the change and kept
      // it under the new number, so it was served after the commit until the next change.
      const url = `/api/cockpit?planId=${planId}&period=${PERIOD}`;
      const tile = (await office.get(url)).json() as Cockpit;
      const first = tile.indicators.tiles[0];
      const writer = new pg.Client({ connectionString: t.databaseUrl });
      await writer.connect();
      try {
        await writer.query('begin');
        await writer.query(`update indicators set name = name || '（中）' where id = $1`, [first.id]);
        const during = (await office.get(url)).json() as Cockpit;
        expect(during.indicators.tiles.find((x) => x.id === first.id)!.name).toBe(first.name);
        await writer.query('commit');
        const after = (await office.get(url)).json() as Cockpit;
        expect(after.indicators.tiles.find((x) => x.id === first.id)!.name).toBe(`${first.name}（中）`);
      } finally {
        await writer.query(`update indicators set name = $2 where id = $1`, [first.id, first.name]).catch(() => {});
        await writer.end();
      }
    });

    it('keeps one answer per plan and month: the nightly maintenance removes the days before the latest', async () => {
      const url = `/api/cockpit?planId=${planId}&period=${PERIOD}`;
      const served = (await office.get(url)).body;
      const [{ asOf: kept }] = await rows<{ asOf: string }>(t.database.db, sql`select as_of::text as "asOf" from cockpit_answers where plan_id = ${planId} and period = ${PERIOD}`);
      await t.database.db.execute(sql`insert into cockpit_answers (plan_id, period, as_of, generation, body, etag)
        select plan_id, period, as_of - 1, generation, body, etag from cockpit_answers where plan_id = ${planId} and period = ${PERIOD}`);
      // Reads leave it (they only read).
      expect((await office.get(url)).body).toBe(served);
      const count = async () => (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from cockpit_answers where plan_id = ${planId} and period = ${PERIOD}`))[0].n;
      expect(await count()).toBe(2);
      const r = await nightlyMaintenance(t.database.db);
      expect(r.cockpitAnswersPruned).toBeGreaterThanOrEqual(1);
      const left = await rows<{ asOf: string }>(t.database.db, sql`select as_of::text as "asOf" from cockpit_answers where plan_id = ${planId} and period = ${PERIOD}`);
      expect(left.map((x) => x.asOf)).toEqual([kept]);
      const after = await office.get(url);
      expect(after.statusCode).toBe(200);
      expect(after.body).toBe(await (async () => JSON.stringify(z.encode(cockpitOut, await t.database.db.transaction((tx) => cockpit(tx, planId, PERIOD, day)))))());
    });

    it('is for the office, leaders, evaluators and admins; not for unit users; checks its input', async () => {
      for (const u of ['leader', 'evaluator', 'admin']) expect((await (await as(t, u)).get(`/api/cockpit?planId=${planId}`)).statusCode, u).toBe(200);
      for (const u of ['liaison_commerce', 'leader_transport']) expect((await (await as(t, u)).get(`/api/cockpit?planId=${planId}`)).statusCode, u).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: `/api/cockpit?planId=${planId}` })).statusCode).toBe(401);
      expect((await office.get('/api/cockpit?planId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      const bad = await office.get(`/api/cockpit?planId=${planId}&period=2026-13`);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('period');
      // The default period is the latest one already due.
      const d = (await office.get(`/api/cockpit?planId=${planId}`)).json() as Cockpit;
      expect(d.period <= day.slice(0, 7)).toBe(true);
    });
  });
}
