// Issue 10: lists return what a list shows — the status summary, never the full result and input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { summarizeStatus } from '../../src/domain/progress/index';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

describe.each(engines())('indicator lists on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('returns the status summary per row, not the result or its input; the detail still has the full result', async () => {
    const office = await as(t, 'office');
    const res = await office.get('/api/indicators');
    const list = res.json() as { id: string; number: string; code: string; zoneId: string; status: string; summary: Record<string, unknown> }[];
    expect(res.body).not.toContain('"observations"');
    expect(list.every((r) => !('result' in r))).toBe(true);
    const freight = list.find((i) => i.code === 'YB-CORRIDOR-2023-5')!;
    const detail = (await office.get(`/api/indicators/${freight.id}`)).json();
    const st = detail.statuses.find((s: { zoneId: string }) => s.zoneId === freight.zoneId);
    expect(st.result.input.observations.length).toBe(36);
    const input = (await office.get(`/api/indicators/${freight.id}/status-input?zoneId=${freight.zoneId}`)).json();
    expect(freight.summary).toEqual(JSON.parse(JSON.stringify(summarizeStatus(st.result, input))));
    // 2023–2025 monthly demo data (a growth rate, 1月至当月累计): the sparkline is the last 24
    // months, the latest value the 2025 rate (December's, aggregation last): 583.1 / 467 − 1.
    expect(freight.summary.sparkline).toEqual([...Array(12).fill(67), ...Array(12).fill(24.9)]);
    expect(freight.summary.latest).toEqual({ period: '2025', value: 24.9 });
    expect(freight.summary.status).toBe(freight.status);
    // A yearly indicator draws its yearly values.
    const yearly = list.find((i) => i.code === 'YB-CORRIDOR-2023-7')!;
    expect(yearly.summary.sparkline).toEqual([315, 327, 336]);
  });

  it('summarises a status row stored before summaries existed from its stored result', async () => {
    const office = await as(t, 'office');
    const before = (await office.get('/api/indicators')).json() as { id: string; zoneId: string; summary: unknown }[];
    await t.database.db.execute(sql`update indicator_status set summary = null`);
    const after = (await office.get('/api/indicators')).json() as typeof before;
    expect(after.map((r) => r.summary)).toEqual(before.map((r) => r.summary));
    const [{ n }] = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from indicator_status where summary is null`);
    expect(n).toBeGreaterThan(0);
    expect((await office.post('/api/indicators/recompute')).statusCode).toBe(200);
    const [{ m }] = await rows<{ m: number }>(t.database.db, sql`select count(*)::int as m from indicator_status where summary is null`);
    expect(m).toBe(0);
  });

  it('pages with limit and offset in a stable order', async () => {
    const office = await as(t, 'office');
    const all = (await office.get('/api/indicators')).json() as { id: string; zoneId: string | null }[];
    expect(all.length).toBeGreaterThan(6);
    const key = (r: { id: string; zoneId: string | null }) => `${r.id}|${r.zoneId}`;
    const page1 = (await office.get('/api/indicators?limit=4&offset=0')).json() as typeof all;
    const page2 = (await office.get(`/api/indicators?limit=4&offset=4`)).json() as typeof all;
    expect([...page1, ...page2].map(key)).toEqual(all.slice(0, 8).map(key));
    const last = (await office.get(`/api/indicators?limit=4&offset=${all.length - 1}`)).json() as typeof all;
    expect(last.map(key)).toEqual([key(all[all.length - 1])]);
    expect((await office.get('/api/indicators?limit=0')).statusCode).toBe(400);
  });
});
