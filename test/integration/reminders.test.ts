import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, engines, type TestApp } from '../support/harness';
import { sql } from 'drizzle-orm';
import { startJobs, nightlyMaintenance, QUEUES } from '../../src/server/jobs/index';
import { rows } from '../../src/server/db/index';
import { sendReminders } from '../../src/server/indicators/reminders';

describe.each(engines())('data reminders on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('sends one reminder a day to the liaisons of units with late data', async () => {
    const office = await as(t, 'office');
    const first = (await office.post('/api/notifications/reminders')).json();
    expect(first.sent).toBeGreaterThan(0);
    const again = (await office.post('/api/notifications/reminders')).json();
    expect(again.sent).toBe(0); // idempotent within the day
    const liaison = await as(t, 'liaison_commerce');
    const mine = (await liaison.get('/api/notifications')).json();
    expect(mine.unread).toBe(1);
    expect(mine.items[0].title).toMatch(/数据催报/);
    expect((await liaison.post(`/api/notifications/${mine.items[0].id}/read`)).statusCode).toBe(200);
    expect((await liaison.get('/api/notifications')).json().unread).toBe(0);
    // Nobody else's notices leak to another unit.
    const other = (await (await as(t, 'evaluator')).get('/api/notifications')).json();
    expect(other.items).toHaveLength(0);
    expect((await liaison.post('/api/notifications/reminders')).statusCode).toBe(403);
  });

  it('runs the reminder job through pg-boss in the same database', async () => {
    const logs: string[] = [];
    const boss = await startJobs(t.database, { databaseUrl: t.databaseUrl, log: (m) => logs.push(m) });
    try {
      await boss.send(QUEUES.reminders, {});
      const deadline = Date.now() + 30_000;
      while (!logs.some((l) => l.startsWith('reminders sent')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(logs.find((l) => l.startsWith('reminders sent'))).toBeTruthy();
      const schedules = await boss.getSchedules();
      expect(schedules.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining([QUEUES.reminders, QUEUES.maintenance]));
    } finally {
      await boss.stop({ graceful: false });
    }
    expect(await sendReminders(t.database.db)).toBe(0);
  });

  it('replaces a pg-boss 10 schema (version 24), which pg-boss 12 cannot migrate', async () => {
    const boss0 = await startJobs(t.database, { databaseUrl: t.databaseUrl, log: () => {} });
    await boss0.stop({ graceful: false });
    // What a database last run with pg-boss 10 looks like to pg-boss 12.
    await t.database.db.execute(sql`update pgboss.version set version = 24`);
    const logs: string[] = [];
    const boss = await startJobs(t.database, { databaseUrl: t.databaseUrl, log: (m) => logs.push(m) });
    try {
      expect(logs).toContain('pg-boss schema version 24 (pg-boss 10) dropped; pg-boss 12 installs its own');
      const [v] = await rows<{ version: number }>(t.database.db, sql`select version from pgboss.version`);
      expect(Number(v.version)).toBeGreaterThan(25);
      expect((await boss.getSchedules()).map((s: { name: string }) => s.name).sort()).toEqual([QUEUES.reminders, QUEUES.maintenance, QUEUES.alerts].sort());
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it('clears expired sessions and recomputes statuses at night', async () => {
    const liaison = await as(t, 'liaison_commerce');
    await t.database.db.execute(sql`update sessions set expires_at = now() - interval '1 minute'`);
    const r = await nightlyMaintenance(t.database.db);
    expect(r.expiredSessions).toBeGreaterThan(0);
    expect(r.statuses).toBeGreaterThanOrEqual(12);
    expect((await liaison.get('/api/auth/me')).statusCode).toBe(401);
  });
});
