// Issue 9 item 7: the printed first-start admin password was not marked for change, a failed
// user insert logged the SQL parameters with the scrypt hash, and demo accounts with their
// shared public password stayed usable without HUBLINE_DEMO=1.
import { afterAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/core/config';
import { openDatabase, rows } from '../../src/server/db/index';
import { ensureSeeded } from '../../src/server/seed/index';
import { as, Client, createTestApp, engines, freshPostgresDatabase, type TestApp } from '../support/harness';

describe.each(engines())('accounts on %s', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });
  const app = async (opts: Parameters<typeof createTestApp>[1]) => {
    const t = await createTestApp(engine, opts);
    cleanup.push(() => t.close());
    return t;
  };

  it('the generated first-start admin password must be changed before anything else', async () => {
    const t = await app({ seed: false });
    const { adminPassword } = await ensureSeeded(t.database.db, { demo: false });
    expect(adminPassword).toMatch(/^Hl-/);
    const admin = await as(t, 'admin', adminPassword);
    expect(admin.user).toMatchObject({ mustChangePassword: true });
    const blocked = await admin.get('/api/zones');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'password_change_required', message: '请先修改密码' });
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
    expect((await admin.post('/api/auth/password', { currentPassword: adminPassword, newPassword: 'Own-Chief-Pass-2026' })).statusCode).toBe(200);
    expect((await admin.get('/api/zones')).statusCode).toBe(200);
  });

  it('a password the operator chose (HUBLINE_ADMIN_PASSWORD) is not marked for change', async () => {
    const t = await app({ demo: false });
    const admin = await as(t, 'admin');
    expect(admin.user).toMatchObject({ mustChangePassword: false });
    expect((await admin.get('/api/zones')).statusCode).toBe(200);
  });

  it('a failing user insert logs the error without the password or its scrypt hash', async () => {
    let databaseUrl: string | undefined;
    if (engine === 'postgres') {
      const fresh = await freshPostgresDatabase();
      databaseUrl = fresh.url;
      cleanup.push(fresh.drop);
    }
    const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
    await ensureSeeded(database.db, { demo: false, adminPassword: 'Chief-Test-Pass-2026' });
    await database.db.execute(sql.raw(`
      create function refuse_boom() returns trigger as $$ begin
        if new.username = 'boom' then raise exception 'insert refused for this test'; end if;
        return new;
      end $$ language plpgsql`));
    await database.db.execute(sql.raw('create trigger users_refuse_boom before insert on users for each row execute function refuse_boom()'));
    let log = '';
    const stream = new Writable({ write: (chunk, _enc, done) => ((log += chunk), done()) });
    const server = await buildApp({ database, config: { ...loadConfig({ NODE_ENV: 'test' }), webDir: 'none' }, logger: { level: 'info', stream } });
    let raw = '';
    server.addHook('onError', async (_req, _reply, err) => {
      raw = `${err.message}\n${err.stack}`;
    });
    cleanup.push(async () => {
      await server.close();
      await database.close();
    });
    const admin = await new Client(server).login('admin', 'Chief-Test-Pass-2026');
    const res = await admin.post('/api/users', { username: 'boom', displayName: '失败插入', roles: ['leader'], password: 'Leaky-Secret-Pass-77' });
    expect(res.statusCode).toBe(500);
    // The error itself carries the hash (this is what used to be logged) …
    expect(raw).toMatch(/scrypt\$32768\$/);
    // … the log line of that error does not.
    expect(log).toContain('insert refused for this test');
    expect(log).toContain('params: [redacted]');
    expect(log).not.toMatch(/scrypt\$/);
    expect(log).not.toContain('Leaky-Secret-Pass-77');
    expect(log).not.toContain(admin.cookie.split('=')[1].split(';')[0]);
  });

  it('demo accounts are announced while HUBLINE_DEMO=1 and deactivated by a start without it', async () => {
    const t = await app({ demo: true, config: { demo: true } });
    const flag = await t.app.inject({ url: '/api/auth/demo' });
    expect(flag.json()).toEqual({ demo: true, accounts: expect.arrayContaining(['office', 'liaison_commerce']) });
    // A real user called like a demo account, with a password of their own, is left alone.
    const admin = await as(t, 'admin');
    await rows(t.database.db, sql`update users set password_hash = (select password_hash from users where username = 'admin') where username = 'leader'`);
    await ensureSeeded(t.database.db, { demo: false, adminPassword: 'Chief-Test-Pass-2026' });
    const office = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'office', password: 'Hubline-Demo-2026' } });
    expect(office.statusCode).toBe(401);
    const users = (await admin.get('/api/users')).json() as { username: string; active: boolean }[];
    expect(users.find((u) => u.username === 'office')?.active).toBe(false);
    expect(users.find((u) => u.username === 'leader')?.active).toBe(true);
    const [{ n }] = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'deactivate_demo_account'`);
    expect(n).toBe(6);
    const off = await app({ demo: false });
    expect((await off.app.inject({ url: '/api/auth/demo' })).json()).toEqual({ demo: false, accounts: [] });
  });
});
