// Every route, proven from one table. The route table the server builds from each route's
// `config.access` must equal the committed snapshot (a change shows in review; accept it
// with UPDATE_ROUTE_SNAPSHOT=1). From that table this file generates, with nothing to write
// per route: every role, a token of every scope and an anonymous caller against every
// route, expecting exactly the refusals the table implies; then every route with unknown
// ids, wrong versions and malformed bodies, expecting no 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { apiTokens, units } from '../../src/server/db/schema';
import { sha256 } from '../../src/server/core/password';
import { TOKEN_SCOPES } from '../../src/contracts/access';
import type { Role } from '../../src/contracts/common';
import { acceptedScopes, type RouteEntry } from '../../src/server/core/access';
import { Client, as, createTestApp, engines, type TestApp } from '../support/harness';
import { SNAPSHOT, routeSnapshot, sampleOf, urlOf } from '../support/routes';
import type { z } from 'zod';

const USERS: Record<Role, string> = {
  admin: 'admin',
  office: 'office',
  liaison: 'liaison_commerce',
  unit_leader: 'leader_commerce',
  evaluator: 'evaluator',
  leader: 'leader',
};
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
// Logging out ends the shared session: it goes last.
const order = (a: RouteEntry, b: RouteEntry) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout');

describe.each(engines())('every route on %s', (engine) => {
  let t: TestApp;
  let table: RouteEntry[];
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    table = [...t.app.routeTable].sort(order);
    const [unit] = await t.database.db.select({ id: units.id }).from(units).where(eq(units.name, '区商务委'));
    // Straight into the table: the API offers only scopes some route accepts, and every scope is tried here.
    for (const scope of TOKEN_SCOPES) {
      const raw = `hl_${randomBytes(24).toString('base64url')}`;
      await t.database.db.insert(apiTokens).values({ name: `route-test ${scope}`, unitId: unit.id, scopes: [scope], tokenHash: sha256(raw) });
      tokens.set(scope, raw);
    }
  });
  afterAll(() => t?.close());

  it('matches the committed route snapshot (UPDATE_ROUTE_SNAPSHOT=1 to accept a change)', () => {
    const now = JSON.stringify(routeSnapshot(t.app), null, 2) + '\n';
    if (process.env.UPDATE_ROUTE_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, now);
    expect(now).toBe(readFileSync(SNAPSHOT, 'utf8'));
    // Every route names a policy and the table is not trivially empty.
    expect(table.length).toBeGreaterThan(40);
    // A token can hold no scope that no route accepts: every scope the contract lists is some route's.
    expect(acceptedScopes(table)).toEqual([...TOKEN_SCOPES].sort());
  });

  const call = (r: RouteEntry, headers: Record<string, string>, client?: Client): Promise<LightMyRequestResponse> => {
    const body = r.method === 'GET' || r.method === 'DELETE' ? undefined : {};
    if (client) return client.request(r.method as Method, urlOf(r), body, headers);
    return t.app.inject({ method: r.method as Method, url: urlOf(r), payload: body, headers });
  };
  const refused = (res: LightMyRequestResponse) => res.statusCode === 401 || res.statusCode === 403;

  it('refuses anonymous callers everywhere but the public routes', async () => {
    const wrong: string[] = [];
    for (const r of table) {
      const res = await call(r, {});
      const expected = r.roles === 'public' ? 'answered' : '401';
      const got = res.statusCode === 401 ? '401' : refused(res) ? String(res.statusCode) : 'answered';
      if (got !== expected) wrong.push(`${r.method} ${r.url}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const role of Object.keys(USERS) as Role[])
    it(`lets ${role} call exactly the routes whose policy lists it`, async () => {
      const c = await as(t, USERS[role]);
      const wrong: string[] = [];
      for (const r of table) {
        const res = await call(r, {}, c);
        const allowed = r.roles === 'public' || r.roles.includes(role);
        if (res.statusCode >= 500) wrong.push(`${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (allowed && refused(res)) wrong.push(`${r.method} ${r.url}: ${role} is in the policy but got ${res.statusCode} ${res.body.slice(0, 160)}`);
        else if (!allowed && !(res.statusCode === 403 && res.json().error.code === 'forbidden')) wrong.push(`${r.method} ${r.url}: ${role} is not in the policy but got ${res.statusCode}`);
      }
      expect(wrong).toEqual([]);
    });

  for (const scope of TOKEN_SCOPES)
    it(`lets a token of scope ${scope} call exactly the routes that accept it`, async () => {
      const wrong: string[] = [];
      for (const r of table) {
        const res = await call(r, { authorization: `Bearer ${tokens.get(scope)}` });
        const allowed = r.roles === 'public' || r.tokenScope === scope;
        if (res.statusCode >= 500) wrong.push(`${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (allowed && refused(res)) wrong.push(`${r.method} ${r.url}: accepts ${scope} but got ${res.statusCode} ${res.body.slice(0, 160)}`);
        else if (!allowed && res.statusCode !== 403) wrong.push(`${r.method} ${r.url}: does not accept ${scope} but got ${res.statusCode}`);
      }
      expect(wrong).toEqual([]);
    });

  it('refuses every route but me, logout and the password change while a reset password is pending', async () => {
    const admin = await as(t, 'admin');
    // An administrator, so that no role refusal can stand in for the password-change refusal.
    const created = await admin.post('/api/users', { username: 'route_pending_pw', displayName: '待改密码', roles: ['admin'] });
    expect(created.statusCode).toBe(200);
    const c = await new Client(t.app).login('route_pending_pw', created.json().password);
    const wrong: string[] = [];
    for (const r of table) {
      const res = await call(r, {}, c);
      const held = res.statusCode === 403 && res.json().error?.code === 'password_change_required';
      if (res.statusCode >= 500) wrong.push(`${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (held === r.duringPasswordChange) wrong.push(`${r.method} ${r.url}: ${r.duringPasswordChange ? 'allowed' : 'refused'} during a password change, but got ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    const signedInOpen = table.filter((r) => r.duringPasswordChange && r.roles !== 'public').map((r) => `${r.method} ${r.url}`);
    expect(signedInOpen.sort()).toEqual(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password']);
  });

  it('never answers 500 to unknown ids, stale versions or malformed input', async () => {
    const admin = await as(t, 'admin');
    const wrong: string[] = [];
    for (const r of table) {
      if (r.url === '/api/auth/logout') continue;
      const schema = (r.schema ?? {}) as { body?: z.ZodType; querystring?: z.ZodType };
      const q = sampleOf(schema.querystring) as Record<string, unknown> | undefined;
      const qs = q ? `?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}` : '';
      const attempts: [string, unknown][] = [[`${urlOf(r)}${qs}`, sampleOf(schema.body)]];
      if (r.method !== 'GET' && r.method !== 'DELETE') {
        attempts.push([urlOf(r), 'not json at all'], [urlOf(r), [1, 2, 3]], [urlOf(r), { version: 'x', id: 'not-a-uuid', observations: [{}] }]);
      }
      attempts.push([r.url.replace(/:[A-Za-z]+/g, 'not-a-uuid'), undefined]);
      for (const [url, body] of attempts) {
        const res = await admin.request(r.method as Method, url, body);
        if (res.statusCode >= 500) wrong.push(`${r.method} ${url} ${JSON.stringify(body)?.slice(0, 80)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
