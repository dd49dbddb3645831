// Issue 10 "fewer round trips": an authenticated request finds its session, user and roles in
// one query; a deactivated user's session stops working at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

type Handle = { session: { client: { query: (...a: unknown[]) => unknown } } };

/**
 * Counts the statements the app sends while `fn` runs (those matching `only`, if given), through its
 * database handle and (on PostgreSQL) the session lookup's own pool, each apart.
 */
async function countQueries(t: TestApp, fn: () => Promise<unknown>, only?: RegExp): Promise<{ total: number; auth: number }> {
  const handles = [t.database.db, t.database.authDb].filter(Boolean) as unknown as Handle[];
  const counts = handles.map(() => 0);
  const originals = handles.map((h) => h.session.client.query);
  handles.forEach((h, i) => {
    h.session.client.query = function (this: unknown, ...a: unknown[]) {
      const text = typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string } | undefined)?.text ?? '');
      if (!only || only.test(text)) counts[i]++;
      return originals[i].apply(this, a);
    };
  });
  try {
    await fn();
  } finally {
    handles.forEach((h, i) => (h.session.client.query = originals[i]));
  }
  return { total: counts.reduce((a, b) => a + b, 0), auth: counts[1] ?? 0 };
}

describe.each(engines())('round trips on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers /api/auth/me with two queries: session + user + roles, then the unit name', async () => {
    const liaison = await as(t, 'liaison_commerce');
    let body: { user: { roles: string[]; unitName: string } } | undefined;
    const n = await countQueries(t, async () => {
      body = (await liaison.get('/api/auth/me')).json();
    });
    expect(body!.user.roles).toEqual(['liaison']);
    expect(body!.user.unitName).toBe('区商务委');
    expect(n.total).toBe(2);
    // On PostgreSQL the session + user + roles query runs on its own pool (see db/index.ts).
    expect(n.auth).toBe(engine === 'postgres' ? 1 : 0);
  });

  it('looks up the sessions of requests arriving together in a few statements, each request with its own user', async () => {
    const users = ['office', 'liaison_commerce', 'leader'] as const;
    const clients = await Promise.all(users.map((u) => as(t, u)));
    const calls = Array.from({ length: 30 }, (_, i) => i % 3);
    let answers: { username: string }[] = [];
    // Warm: the first request of each path compiles its schema.
    await Promise.all(clients.map((c) => c.get('/api/auth/me')));
    const n = await countQueries(t, async () => {
      answers = await Promise.all(calls.map(async (i) => (await clients[i].get('/api/auth/me')).json().user));
    });
    expect(answers.map((a) => a.username)).toEqual(calls.map((i) => users[i]));
    // 30 unit-name reads (the office has no unit, so 20) plus the session lookups, far fewer than 30.
    const sessionLookups = engine === 'postgres' ? n.auth : n.total - 20;
    expect(sessionLookups).toBeGreaterThanOrEqual(1);
    expect(sessionLookups).toBeLessThanOrEqual(5);
  });

  it("refreshes a session's last-seen once for all its requests that find it a minute old", async () => {
    const office = await as(t, 'office');
    const me = (await office.get('/api/auth/me')).json().user;
    await t.database.db.execute(sql`update sessions set last_seen_at = now() - interval '2 minutes' where user_id = ${me.id}`);
    const n = await countQueries(
      t,
      async () => {
        const answers = await Promise.all(Array.from({ length: 30 }, () => office.get('/api/auth/me')));
        expect(answers.every((a) => a.statusCode === 200)).toBe(true);
      },
      /^update "sessions"/,
    );
    // Before: one UPDATE of the same row per request of the lookup batch, 30 writes queued.
    expect(n.total).toBe(1);
    // The office's other sessions (earlier tests) stay as they were.
    const [{ seen }] = await rows<{ seen: number }>(t.database.db, sql`select count(*)::int as seen from sessions where user_id = ${me.id} and last_seen_at > now() - interval '1 minute'`);
    expect(seen).toBe(1);
  });

  it('drops the session of a deactivated user and keeps several roles of another', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const me = (await liaison.get('/api/auth/me')).json().user;
    await t.database.db.execute(sql`insert into user_roles (user_id, role) values (${me.id}, 'unit_leader')`);
    expect((await liaison.get('/api/auth/me')).json().user.roles).toEqual(['liaison', 'unit_leader']);
    await t.database.db.execute(sql`update users set active = false where id = ${me.id}`);
    expect((await liaison.get('/api/auth/me')).statusCode).toBe(401);
  });
});
