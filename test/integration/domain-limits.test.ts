// Issue 9 item 8 at the API: what the data model must refuse, and edits that race.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

interface Ind {
  id: string;
  code: string;
  number: string;
  zoneId: string;
  unitId: string | null;
  version: number;
}

describe.each(engines())('domain limits on %s', (engine) => {
  let t: TestApp;
  let inds: Ind[];
  const byNumber = (n: string) => inds.find((i) => i.number === n && i.code.startsWith('YB'))!;
  beforeAll(async () => {
    t = await createTestApp(engine);
    inds = (await (await as(t, 'office')).get('/api/indicators')).json();
    const admin = await as(t, 'admin');
    const r = await admin.post('/api/users', { username: 'liaison_commerce_2', displayName: '第二联络员', roles: ['liaison'], unitId: byNumber('7').unitId, password: 'Second-Liaison-77' });
    expect(r.statusCode, r.body).toBe(200);
  });
  afterAll(() => t?.close());

  const row = (period: string, value: number, extra: Record<string, unknown> = {}) => ({ indicatorId: byNumber('7').id, zoneId: byNumber('7').zoneId, period, value, comment: '测试', ...extra });
  const countOf = async (period: string) =>
    (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observations where indicator_id = ${byNumber('7').id} and period = ${period}`))[0].n;

  it('refuses periods of years 0000, 0001, 1066 and 2201, and accepts 1900', async () => {
    const liaison = await as(t, 'liaison_commerce');
    for (const period of ['0000', '0001', '1066', '1899', '2201']) {
      const r = await liaison.post('/api/observations', { observations: [row(period, 300)] });
      expect(r.statusCode, period).toBe(400);
      expect(r.json().error.field, period).toMatch(/period/);
      expect(await countOf(period)).toBe(0);
    }
    expect((await liaison.post('/api/observations', { observations: [row('1900', 300)] })).statusCode).toBe(200);
  });

  it('refuses 1e308 and values beyond ±1e15, accepts 1e15', async () => {
    const liaison = await as(t, 'liaison_commerce');
    for (const value of [1e308, 1.5e15, -2e15]) expect((await liaison.post('/api/observations', { observations: [row('1901', value)] })).statusCode, String(value)).toBe(400);
    expect(await countOf('1901')).toBe(0);
    expect((await liaison.post('/api/observations', { observations: [row('1901', 1e15)] })).statusCode).toBe(200);
  });

  it('refuses a deadline of 2023-02-31 and takes 2024-02-29', async () => {
    const office = await as(t, 'office');
    const plans = (await office.get('/api/plans')).json();
    const plan = (await office.get(`/api/plans/${plans[0].id}`)).json();
    const task = plan.tasks.find((x: { kind: string }) => x.kind === 'task');
    const bad = await office.patch(`/api/tasks/${task.id}`, { deadlines: [{ text: '2023年2月底', date: '2023-02-31' }], version: task.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/deadlines/);
    expect((await office.patch(`/api/tasks/${task.id}`, { deadlines: [{ text: '2024年2月底', date: '2024-02-29' }], version: task.version })).statusCode).toBe(200);
  });

  it('refuses an indicator as its own benchmark', async () => {
    const office = await as(t, 'office');
    const ind = byNumber('4');
    const r = await office.patch(`/api/indicators/${ind.id}`, { benchmarkIndicatorId: ind.id, version: ind.version });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ field: 'benchmarkIndicatorId', message: '指标不能以自身为对标指标' });
  });

  it('an edit with a stale version gets 409 and changes nothing; with the current one it saves', async () => {
    const first = await as(t, 'liaison_commerce');
    const second = await as(t, 'liaison_commerce_2', 'Second-Liaison-77');
    expect((await first.post('/api/observations', { observations: [row('2015', 300)] })).statusCode).toBe(200);
    const version = (await rows<{ version: number }>(t.database.db, sql`select version from observations where indicator_id = ${byNumber('7').id} and period = '2015'`))[0].version;
    expect((await second.post('/api/observations', { observations: [row('2015', 301, { version })] })).statusCode).toBe(200);
    const stale = await first.post('/api/observations', { observations: [row('2015', 302, { version })] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', field: 'version', row: 1 });
    const [now] = await rows<{ value: number; version: number }>(t.database.db, sql`select value, version from observations where indicator_id = ${byNumber('7').id} and period = '2015'`);
    expect(now).toEqual({ value: 301, version: version + 1 });
    expect((await first.post('/api/observations', { observations: [row('2015', 302, { version: version + 1 })] })).statusCode).toBe(200);
  });

  it('two concurrent first entries of the same observation: one saves, the other gets 409 or updates — never 500', async () => {
    const [a, b] = [await as(t, 'liaison_commerce'), await as(t, 'liaison_commerce_2', 'Second-Liaison-77')];
    for (const period of ['2010', '2011', '2012']) {
      const answers = await Promise.all([a.post('/api/observations', { observations: [row(period, 300)] }), b.post('/api/observations', { observations: [row(period, 310)] })]);
      for (const r of answers) expect([200, 409], r.body).toContain(r.statusCode);
      const conflict = answers.find((r) => r.statusCode === 409);
      if (conflict) expect(conflict.json().error.code).toMatch(/observation_exists|version_conflict|concurrent_change/);
      expect(await countOf(period)).toBe(1);
    }
  });
});
