// Issue 10 "fewer round trips": an authenticated request finds its session, user and roles in
// one query; a deactivated user's session stops working at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

/** Counts the statements the app sends through its database handle while `fn` runs. */
async function countQueries(t: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const client = (t.database.db as unknown as { session: { client: { query: (...a: unknown[]) => unknown } } }).session.client;
  const original = client.query;
  let n = 0;
  client.query = function (this: unknown, ...a: unknown[]) {
    n++;
    return original.apply(this, a);
  };
  try {
    await fn();
  } finally {
    client.query = original;
  }
  return n;
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
    expect(n).toBe(2);
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
