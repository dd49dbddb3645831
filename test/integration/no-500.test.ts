// The no-500 walk on rows that exist. routes.test.ts calls every route with ids that do not
// exist; this file calls every route whose path names a row with ids of real rows (the demo
// data), each with a stale version, a version of 1, a body of the wrong shape and no body at
// all, as the office and as a liaison. A client's mistake must answer 4xx with the standard
// error body; only a fault of the server may answer 500, and there must be none. The GETs on
// real rows also prove each route's response schema: a value the schema does not allow is a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { RouteEntry } from '../../src/server/core/access';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { NO_SUCH, sampleOf } from '../support/routes';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Where real rows of each collection are listed: the path segment before `:param` → a list URL. */
const LISTS: Record<string, string> = {
  zones: '/api/zones',
  units: '/api/units',
  users: '/api/users',
  'api-tokens': '/api/api-tokens',
  plans: '/api/plans',
  imports: '/api/corridor/imports',
  indicators: '/api/indicators',
  measures: '/api/measures',
  milestones: '/api/milestones',
  reports: '/api/reports',
  cycles: '/api/cycles',
  alerts: '/api/alerts',
  notices: '/api/supervision/notices',
  notifications: '/api/notifications',
  schemes: '/api/evaluation/schemes',
  rounds: '/api/evaluation/rounds',
  appeals: '/api/evaluation/appeals',
  allocations: '/api/evaluation/allocations',
  operators: '/api/corridor/operators',
  nodes: '/api/corridor/nodes',
  links: '/api/corridor/nodes',
  routes: '/api/corridor/routes',
  shipments: '/api/corridor/shipments',
  briefings: '/api/briefings',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first ids found in a list answer, wherever they sit (a bare array or one inside an object). */
function idsIn(body: unknown, key: string, most = 2): string[] {
  const found: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (found.length >= most || depth > 3 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && UUID.test(o.id) && !found.includes(o.id)) found.push(o.id);
    for (const [k, x] of Object.entries(o)) if (Array.isArray(x) && (depth === 0 || k === key)) walk(x, depth + 1);
  };
  walk(body, 0);
  return found;
}

describe.each(engines())('no 500 on real rows on %s', (engine) => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  const pool = new Map<string, string[]>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await as(t, 'office');
    liaison = await as(t, 'liaison_commerce');
    const admin = await as(t, 'admin');
    for (const [segment, url] of Object.entries(LISTS)) {
      const res = await (segment === 'users' || segment === 'api-tokens' ? admin : office).get(url);
      pool.set(segment, res.statusCode === 200 ? idsIn(res.json(), segment) : []);
    }
    const [plan] = pool.get('plans') ?? [];
    const detail = plan ? (await office.get(`/api/plans/${plan}`)).json() : { tasks: [] };
    pool.set('tasks', (detail.tasks as { id: string }[]).slice(0, 2).map((x) => x.id));
    // The demo holds no briefing: request one, so its routes are walked on a real row too.
    if (!pool.get('briefings')?.length && detail.code) {
      const requested = await office.post('/api/briefings', { planCode: detail.code, period: '2026-10', format: 'docx' });
      expect(requested.statusCode).toBe(202);
      pool.set('briefings', [requested.json().id]);
    }
    pool.set('zoneId', pool.get('zones') ?? []);
    // Every collection the walk names has rows: a walk over empty lists would prove nothing.
    const empty = ['zones', 'units', 'users', 'plans', 'tasks', 'indicators', 'measures', 'reports', 'cycles', 'briefings'].filter((k) => !pool.get(k)?.length);
    expect(empty).toEqual([]);
  }, 300_000);
  afterAll(() => t?.close());

  /** Every way to fill the route's path with real ids (one candidate list per parameter, paired by position). */
  function urlsOf(r: RouteEntry): string[] {
    const params = [...r.url.matchAll(/\/([^/]+)\/:([A-Za-z]+)/g)].map((m) => ({ name: m[2], ids: pool.get(m[2] === 'zoneId' ? 'zoneId' : m[1]) ?? [] }));
    const n = Math.max(1, ...params.map((p) => p.ids.length));
    return Array.from({ length: n }, (_, i) => params.reduce((url, p) => url.replace(`:${p.name}`, p.ids[i] ?? p.ids[0] ?? NO_SUCH), r.url));
  }

  it('answers every route on existing rows with something other than 500', { timeout: 600_000 }, async () => {
    const wrong: string[] = [];
    const table = t.app.routeTable.filter((r) => /:[A-Za-z]/.test(r.url));
    expect(table.length).toBeGreaterThan(50);
    // GETs first, while every row is still as the demo made it; then the writes.
    const ordered = [...table.filter((r) => r.method === 'GET'), ...table.filter((r) => r.method !== 'GET')];
    for (const r of ordered) {
      const schema = (r.schema ?? {}) as { body?: z.ZodType; querystring?: z.ZodType };
      const q = sampleOf(schema.querystring) as Record<string, unknown> | undefined;
      const qs = q ? `?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}` : '';
      const sample = sampleOf(schema.body);
      const bodies: unknown[] =
        r.method === 'GET' || r.method === 'DELETE'
          ? [undefined]
          : [
              sample && typeof sample === 'object' && !Array.isArray(sample) ? { ...sample, version: 999_999 } : sample,
              sample && typeof sample === 'object' && !Array.isArray(sample) ? { ...sample, version: 1 } : sample,
              { version: 'x', id: 'not-a-uuid', units: [{}], targets: [{}] },
              undefined,
            ];
      for (const url of urlsOf(r))
        for (const body of bodies)
          for (const c of [liaison, office]) {
            const res = await c.request(r.method as Method, `${url}${qs}`, body);
            if (res.statusCode >= 500) wrong.push(`${r.method} ${url} ${JSON.stringify(body)?.slice(0, 80)}: ${res.statusCode} ${res.body.slice(0, 240)}`);
            else if (res.statusCode >= 400 && !res.json().error?.messageEn) wrong.push(`${r.method} ${url}: ${res.statusCode} without the standard error body`);
          }
    }
    expect(wrong).toEqual([]);
  });
});
