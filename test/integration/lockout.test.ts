// Issue 9 item 3: parallel wrong passwords bypassed the lockout, and the password-change
// endpoint was an unlimited oracle for the current password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

describe.each(engines())('lockout on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { demo: false });
  });
  afterAll(() => t?.close());

  const createUser = async (username: string, password: string) => {
    const admin = await as(t, 'admin');
    const r = await admin.post('/api/users', { username, displayName: username, roles: ['leader'], password });
    expect(r.statusCode, r.body).toBe(200);
  };
  const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('twelve parallel wrong passwords lock the account: the right password afterwards is refused', async () => {
    await createUser('race_me', 'Correct-Horse-77');
    const answers = await Promise.all(Array.from({ length: 12 }, () => login('race_me', 'Wrong-Guess-0')));
    const codes = answers.map((a) => a.statusCode);
    // Every attempt was counted: at least the fifth answered 423, none was let through.
    expect(codes.filter((c) => c === 423).length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 401 || c === 423)).toBe(true);
    const [u] = await rows<{ locked: boolean }>(t.database.db, sql`select locked_until > now() as locked from users where username = 'race_me'`);
    expect(u.locked).toBe(true);
    const failures = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity_id = (select id::text from users where username = 'race_me') and action in ('login_failed', 'login_locked')`);
    expect(failures[0].n).toBe(12);
    const right = await login('race_me', 'Correct-Horse-77');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('locked');
  });

  it('counts wrong current passwords of a password change and locks the account after five', async () => {
    await createUser('oracle_me', 'Correct-Horse-78');
    const me = await as(t, 'oracle_me', 'Correct-Horse-78');
    const change = (currentPassword: string) => me.post('/api/auth/password', { currentPassword, newPassword: 'Brand-New-Pass-99' });
    for (let i = 0; i < 4; i++) {
      const r = await change(`Guess-${i}-xx`);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.field).toBe('currentPassword');
    }
    expect((await change('Guess-4-xx')).statusCode).toBe(423);
    // Locked: even the right current password is refused now, and so is a new login.
    expect((await change('Correct-Horse-78')).statusCode).toBe(423);
    expect((await login('oracle_me', 'Correct-Horse-78')).statusCode).toBe(423);
  });

  it('a right password clears the failure count, so failures must be consecutive to lock', async () => {
    await createUser('clear_me', 'Correct-Horse-79');
    for (let i = 0; i < 4; i++) expect((await login('clear_me', 'nope')).statusCode).toBe(401);
    expect((await login('clear_me', 'Correct-Horse-79')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('clear_me', 'nope')).statusCode).toBe(401);
    expect((await login('clear_me', 'Correct-Horse-79')).statusCode).toBe(200);
  });

  it('rate-limits the password-change endpoint per client address', async () => {
    const limited = await createTestApp(engine, { demo: false, config: { loginRatePerMinute: 3 } });
    try {
      const admin = await as(limited, 'admin');
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await admin.post('/api/auth/password', { currentPassword: 'x', newPassword: 'Brand-New-Pass-99' })).statusCode);
      expect(codes).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
