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

  it('answers one page of the overview: filtered, sorted and counted on the server, as the whole list would be', async () => {
    const office = await as(t, 'office');
    type Row = { id: string; code: string; name: string; zoneId: string | null; unitId: string | null; category: string | null; planId: string | null; status: string | null; summary: { distanceCovered: number | null } | null };
    type Page = { rows: Row[]; total: number; page: number; pageSize: number; counts: Record<string, number>; categories: string[]; unitIds: string[] };
    const all = (await office.get('/api/indicators')).json() as Row[];
    const key = (r: Row) => `${r.id}|${r.zoneId}`;
    const statusOf = (r: Row) => r.status ?? 'insufficient_data';
    const get = async (query: string) => {
      const res = await office.get(`/api/indicators/page?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain('"result"');
      return res.json() as Page;
    };

    // Plan by plan: the rows of one plan stay together (the demo's plans share their creation time).
    const planRuns = all.map((r) => r.planId).filter((id, i, a) => i === 0 || id !== a[i - 1]);
    expect(planRuns.length).toBe(new Set(planRuns).size);
    // Pages in the list's own order; the total is the whole list's length.
    const p1 = await get('page=1&pageSize=5');
    const p2 = await get('page=2&pageSize=5');
    expect(p1.total).toBe(all.length);
    expect([...p1.rows, ...p2.rows].map(key)).toEqual(all.slice(0, 10).map(key));
    const lastPage = Math.ceil(all.length / 5);
    expect((await get(`page=${lastPage}&pageSize=5`)).rows.map(key)).toEqual(all.slice((lastPage - 1) * 5).map(key));
    expect((await get(`page=${lastPage + 1}&pageSize=5`)).rows).toEqual([]);

    // The tiles: count per status over the whole list, and what a status filter leaves.
    const expected: Record<string, number> = {};
    for (const r of all) expected[statusOf(r)] = (expected[statusOf(r)] ?? 0) + 1;
    for (const [s, n] of Object.entries(expected)) expect(p1.counts[s], s).toBe(n);
    expect(p1.counts.all).toBe(all.length);
    const someStatus = Object.keys(expected).sort((a, b) => expected[b] - expected[a])[0];
    const byStatus = await get(`status=${someStatus}&pageSize=500`);
    expect(byStatus.total).toBe(expected[someStatus]);
    expect(byStatus.rows.map(key)).toEqual(all.filter((r) => statusOf(r) === someStatus).map(key));
    // The counts stay those of the other filters, so every tile still shows its number.
    expect(byStatus.counts).toEqual(p1.counts);

    // Unit, category and text filters as the browser applied them.
    const unitId = all.find((r) => r.unitId)!.unitId!;
    expect((await get(`unitId=${unitId}&pageSize=500`)).rows.map(key)).toEqual(all.filter((r) => r.unitId === unitId).map(key));
    const category = all.find((r) => r.category)!.category!;
    const byCategory = await get(`category=${encodeURIComponent(category)}&pageSize=500`);
    expect(byCategory.rows.map(key)).toEqual(all.filter((r) => r.category === category).map(key));
    expect(byCategory.counts.all).toBe(byCategory.total);
    const text = all[0].code.slice(0, 8).toLowerCase();
    expect((await get(`q=${encodeURIComponent(text.toUpperCase())}&pageSize=500`)).rows.map(key)).toEqual(
      all.filter((r) => r.code.toLowerCase().includes(text) || r.name.toLowerCase().includes(text)).map(key),
    );
    // A % is looked for as typed, not as a wildcard.
    expect((await get('q=%25&pageSize=500')).total).toBe(all.filter((r) => r.code.includes('%') || r.name.includes('%')).length);
    expect(new Set(p1.categories)).toEqual(new Set(all.map((r) => r.category).filter(Boolean)));
    expect(new Set(p1.unitIds)).toEqual(new Set(all.map((r) => r.unitId).filter(Boolean)));

    // Sorted by distance covered, highest first; rows without one last.
    const byDistance = await get('sort=distance&order=desc&pageSize=500');
    const d = byDistance.rows.map((r) => r.summary?.distanceCovered ?? -1);
    expect(d).toEqual([...d].sort((a, b) => b - a));
    expect(byDistance.total).toBe(all.length);

    // Bad paging answers 400.
    expect((await office.get('/api/indicators/page?pageSize=0')).statusCode).toBe(400);
    expect((await office.get('/api/indicators/page?status=nonsense')).statusCode).toBe(400);
  });

  it('answers the same page to a unit liaison as to the office (the list is readable by every signed-in user)', async () => {
    const office = await as(t, 'office');
    const liaison = await as(t, 'liaison_commerce');
    const a = (await office.get('/api/indicators/page?pageSize=50')).json();
    const b = (await liaison.get('/api/indicators/page?pageSize=50')).json();
    expect(b.total).toBe(a.total);
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators/page' })).statusCode).toBe(401);
  });

  it('gives the entry form, row by row, the engine\'s path value for the year and the last covered set from the status summary', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const office = await as(t, 'office');
    type Summary = { milestones: { year: number; value: number }[]; covered: string[] | null };
    const list = (await office.get('/api/indicators')).json() as { id: string; zoneId: string | null; summary: Summary | null }[];
    const summaryOf = new Map(list.map((r) => [`${r.id}|${r.zoneId}`, r.summary]));
    let withPath = 0;
    for (const year of [2024, 2025]) {
      const res = await liaison.get(`/api/observations/entry-form?year=${year}&pageSize=500`);
      expect(res.statusCode).toBe(200);
      const form = res.json().rows as { indicatorId: string; zoneId: string; enginePath: number | null; lastCovered: string[] | null }[];
      expect(form.length).toBeGreaterThan(0);
      for (const r of form) {
        const s = summaryOf.get(`${r.indicatorId}|${r.zoneId}`);
        expect(r.enginePath).toBe(s?.milestones.find((m) => m.year === year)?.value ?? null);
        expect(r.lastCovered).toEqual(s?.covered?.length ? s.covered : null);
        if (r.enginePath !== null) withPath++;
      }
    }
    expect(withPath).toBeGreaterThan(0);
  });

  it('lists the gaps from one row per indicator, the first of its zones, as the whole list gives them', async () => {
    const office = await as(t, 'office');
    type Row = { id: string; zoneId: string | null; unitId: string | null; baselineValue: number | null; targets: { kind: string }[] };
    const all = (await office.get('/api/indicators')).json() as Row[];
    const seen = new Set<string>();
    const unique = all.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const res = (await office.get('/api/indicators/gaps?pageSize=500')).json() as { totals: Record<string, number>; rows: Record<string, Row[]> };
    const gaps = res.rows;
    const key = (r: Row) => `${r.id}|${r.zoneId}`;
    expect(gaps.pendingTargets.map(key)).toEqual(unique.filter((i) => i.targets.some((x) => x.kind === 'pending')).map(key));
    expect(gaps.withoutOwner.map(key)).toEqual(unique.filter((i) => !i.unitId).map(key));
    expect(gaps.withoutBaseline.map(key)).toEqual(unique.filter((i) => i.baselineValue === null && i.targets.some((x) => ['growth', 'reduction'].includes(x.kind))).map(key));
    expect(gaps.pendingTargets.length + gaps.withoutOwner.length).toBeGreaterThan(0);
    const ids = new Set(gaps.withoutData.map((r) => r.id));
    expect(ids.size).toBe(gaps.withoutData.length);
    for (const r of gaps.withoutData) expect(unique.map(key)).toContain(key(r));
    // Every list whole on one page of 500: its total is its length. No status is sent.
    for (const k of Object.keys(gaps)) expect(res.totals[k]).toBe(gaps[k].length);
    expect(JSON.stringify(res)).not.toContain('"summary"');
  });

  it('pages the gaps: each kind\'s pages, concatenated, are its whole list; the last page is short; a kind named answers that kind only', async () => {
    const office = await as(t, 'office');
    type Page = { totals: Record<string, number>; page: number; pageSize: number; rows: Record<string, { id: string; zoneId: string | null }[]> };
    const whole = (await office.get('/api/indicators/gaps?pageSize=500')).json() as Page;
    const key = (r: { id: string; zoneId: string | null }) => `${r.id}|${r.zoneId}`;
    const first = (await office.get('/api/indicators/gaps?pageSize=2')).json() as Page;
    expect(Object.keys(first.rows).sort()).toEqual(['pendingTargets', 'withoutBaseline', 'withoutData', 'withoutOwner']);
    expect(first.totals).toEqual(whole.totals);
    let paged = 0;
    for (const kind of Object.keys(whole.rows)) {
      const total = whole.totals[kind];
      const got: string[] = [];
      for (let page = 1; page <= Math.ceil(total / 2) + 1; page++) {
        const res = (await office.get(`/api/indicators/gaps?kind=${kind}&page=${page}&pageSize=2`)).json() as Page;
        expect(Object.keys(res.rows)).toEqual([kind]);
        expect(res.totals).toEqual(whole.totals);
        const rows = res.rows[kind];
        // Full pages, then the rest, then nothing.
        expect(rows.length).toBe(Math.max(0, Math.min(2, total - (page - 1) * 2)));
        got.push(...rows.map(key));
      }
      expect(got).toEqual(whole.rows[kind].map(key));
      if (total > 2) paged++;
    }
    expect(paged).toBeGreaterThan(0);
    expect((await office.get('/api/indicators/gaps?kind=nothing')).statusCode).toBe(400);
  });

  it('pages the entry form by view with the rows per view; a unit sees only the rows it owes', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const office = await as(t, 'office');
    type Row = { indicatorId: string; zoneId: string; period: string; status: string | null };
    type Page = { rows: Row[]; total: number; page: number; pageSize: number; counts: { all: number; open: number; done: number } };
    const key = (r: Row) => `${r.indicatorId}|${r.zoneId}|${r.period}`;
    // 2025's demo data is all reported, this year's mostly open: both views have rows over the two.
    const seen = { open: 0, done: 0 };
    for (const year of [2025, new Date().getFullYear()]) {
      const whole = (await liaison.get(`/api/observations/entry-form?year=${year}&pageSize=500`)).json() as Page;
      expect(whole.total).toBe(whole.rows.length);
      expect(whole.counts.all).toBe(whole.rows.length);
      const reported = (r: Row) => ['submitted', 'approved', 'accepted'].includes(r.status ?? '');
      expect(whole.counts.done).toBe(whole.rows.filter(reported).length);
      expect(whole.counts.open).toBe(whole.rows.filter((r) => !reported(r)).length);
      seen.open += whole.counts.open;
      seen.done += whole.counts.done;
      const size = 7;
      for (const view of ['all', 'open', 'done'] as const) {
        const expected = whole.rows.filter((r) => (view === 'all' ? true : view === 'done' ? reported(r) : !reported(r))).map(key);
        const got: string[] = [];
        const pages = Math.ceil(expected.length / size);
        for (let page = 1; page <= pages + 1; page++) {
          const res = (await liaison.get(`/api/observations/entry-form?year=${year}&view=${view}&page=${page}&pageSize=${size}`)).json() as Page;
          expect(res.total).toBe(expected.length);
          expect(res.counts).toEqual(whole.counts);
          expect(res.rows.length).toBe(page < pages ? size : page === pages ? expected.length - (pages - 1) * size : 0);
          got.push(...res.rows.map(key));
        }
        expect(got).toEqual(expected);
      }
    }
    expect(seen.open).toBeGreaterThan(7);
    expect(seen.done).toBeGreaterThan(7);
    const whole = (await liaison.get('/api/observations/entry-form?year=2025&pageSize=500')).json() as Page;
    // The unit's own rows: what the office gets for that unit, and what the list says it owes.
    // A unit naming another unit still gets its own.
    const me = { unitId: liaison.user!.unitId as string };
    const forUnit = (await office.get(`/api/observations/entry-form?year=2025&pageSize=500&unitId=${me.unitId}`)).json() as Page;
    expect(forUnit.rows.map(key)).toEqual(whole.rows.map(key));
    const owed = (await office.get(`/api/indicators?unitId=${me.unitId}`)).json() as { id: string; zoneId: string }[];
    const owedPairs = new Set(owed.map((r) => `${r.id}|${r.zoneId}`));
    for (const r of whole.rows) expect(owedPairs).toContain(`${r.indicatorId}|${r.zoneId}`);
    const everyone = (await office.get('/api/observations/entry-form?year=2025&pageSize=500')).json() as Page;
    expect(everyone.total).toBeGreaterThan(whole.total);
    const list = (await office.get('/api/indicators')).json() as { unitId: string | null }[];
    const otherUnit = list.find((r) => r.unitId && r.unitId !== me.unitId)?.unitId;
    expect(otherUnit).toBeTruthy();
    const asked = (await liaison.get(`/api/observations/entry-form?year=2025&pageSize=500&unitId=${otherUnit}`)).json() as Page;
    expect(asked.rows.map(key)).toEqual(whole.rows.map(key));
  });
});
