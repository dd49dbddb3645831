// The operator's view: the `hubline` command and several server processes on one database.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshPostgresDatabase } from '../support/harness';
import { hasPostgres, isCI } from '../support/env';
import { hubline, startServer } from '../support/processes';

const ADMIN = 'Ops-Test-Pass-2026';
const tmp = mkdtempSync(join(tmpdir(), 'hubline-ops-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const describePg = hasPostgres() ? describe : describe.skip;
if (!hasPostgres() && isCI) throw new Error('PostgreSQL is required under CI');

describePg('hubline command on PGlite and PostgreSQL', () => {
  // Each step is a `hubline` process that migrates and seeds PGlite: minutes on a loaded 2-core machine.
  it('backs up PGlite, restores onto PostgreSQL, and the audit chain still verifies', { timeout: 240_000 }, async () => {
    const dataDir = join(tmp, 'pglite');
    const pgl = { HUBLINE_DATA_DIR: dataDir, DATABASE_URL: '', HUBLINE_ADMIN_PASSWORD: ADMIN };
    const seeded = await hubline(['seed', '--demo'], pgl);
    expect(seeded.code, seeded.stderr).toBe(0);
    const file = join(tmp, 'backup.jsonl.gz');
    const b = await hubline(['backup', file], pgl);
    expect(b.code, b.stderr).toBe(0);
    const counts = JSON.parse(b.stdout).rows;
    expect(counts.users).toBeGreaterThan(5);

    const target = await freshPostgresDatabase();
    try {
      const onPg = { DATABASE_URL: target.url };
      const r = await hubline(['restore', file], onPg);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).rows).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => (n as number) > 0)));
      const v = await hubline(['audit', 'verify'], onPg);
      expect(v.code, v.stderr).toBe(0);
      expect(v.stdout).toContain(`${counts.audit_log} rows`);

      // Tamper with one row behind the application's back: verify names it and exits non-zero.
      const c = new pg.Client({ connectionString: target.url });
      await c.connect();
      await c.query('begin; set local session_replication_role = replica; update audit_log set actor_name = $1 where seq = 3; commit;'.replace('$1', "'mallory'"));
      await c.end();
      const broken = await hubline(['audit', 'verify'], onPg);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('seq 3');

      // And back: a PostgreSQL backup restores onto a fresh PGlite directory.
      const file2 = join(tmp, 'backup2.jsonl.gz');
      expect((await hubline(['backup', file2], onPg)).code).toBe(0);
      const r2 = await hubline(['restore', file2], { HUBLINE_DATA_DIR: join(tmp, 'pglite2'), DATABASE_URL: '' });
      expect(r2.code, r2.stderr).toBe(0);
      expect(JSON.parse(r2.stdout).rows.users).toBe(counts.users);
    } finally {
      await target.drop();
    }
  });

  it('refuses a file that is not a backup, changing nothing', { timeout: 240_000 }, async () => {
    const dataDir = join(tmp, 'pglite-bad');
    const env = { HUBLINE_DATA_DIR: dataDir, DATABASE_URL: '', HUBLINE_ADMIN_PASSWORD: ADMIN };
    expect((await hubline(['seed'], env)).code).toBe(0);
    const r = await hubline(['restore', 'package.json'], env);
    expect(r.code).not.toBe(0);
    const v = await hubline(['audit', 'verify'], env);
    expect(v.code).toBe(0);
  });

  it('shares sessions between two server processes on one PostgreSQL', async () => {
    const db = await freshPostgresDatabase();
    const env = { DATABASE_URL: db.url, HUBLINE_ADMIN_PASSWORD: ADMIN, HUBLINE_DEMO: '1', HUBLINE_WEB_DIR: join(tmp, 'no-web') };
    // Both start together: migrations and seeding must not collide.
    const started = await Promise.allSettled([startServer(env), startServer(env)]);
    const up = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (up.length < 2) {
      await Promise.all(up.map((s) => s.stop()));
      await db.drop();
      throw (started.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
    }
    const [a, b] = up;
    try {
      const login = await fetch(`${a.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'office', password: 'Hubline-Demo-2026' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = await login.json();
      const me = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.username).toBe('office');
      const write = await fetch(`${b.url}/api/units`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: '区双实例测试单位', type: 'enterprise' }),
      });
      expect(write.status).toBe(200);
      const out = await fetch(`${a.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
      expect(out.status).toBe(200);
      expect((await fetch(`${b.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await db.drop();
    }
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const s = await startServer({ HUBLINE_DATA_DIR: join(tmp, 'pglite-stop'), DATABASE_URL: '', HUBLINE_ADMIN_PASSWORD: ADMIN, HUBLINE_WEB_DIR: join(tmp, 'no-web') });
    const exited = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
    s.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
