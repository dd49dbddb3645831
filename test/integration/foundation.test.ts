import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { verifyAuditChain } from '../../src/server/core/audit';
import { as, Client, createTestApp, engines, type TestApp } from '../support/harness';

describe.each(engines())('foundation on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers health without login and 401 elsewhere', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.json()).toEqual({ ok: true, database: engine, node: process.version });
    // npm test runs on the node package's Node 24 (bin/test.js refuses another major).
    expect(health.json().node).toMatch(/^v24\./);
    const zones = await t.app.inject({ url: '/api/zones' });
    expect(zones.statusCode).toBe(401);
    expect(zones.json().error).toMatchObject({ code: 'unauthorized', message: '请先登录' });
  });

  it('is ready only with the database answering and every migration applied', async () => {
    const ready = await t.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ ready: true, database: engine, migrations: { pending: [] } });
    const { expected } = ready.json().migrations;
    expect(expected).toBeGreaterThanOrEqual(4);
    // An instance of a newer build started before its migrations ran: not ready, names the gap.
    const [last] = await rows<{ id: number; hash: string; created_at: string }>(t.database.db, sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`);
    await t.database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last.id}`);
    try {
      const notReady = await t.app.inject({ url: '/api/ready' });
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toMatchObject({ ready: false, migrations: { expected, applied: expected - 1 } });
      expect(notReady.json().migrations.pending).toHaveLength(1);
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200); // still alive
    } finally {
      await t.database.db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last.id}, ${last.hash}, ${last.created_at})`);
    }
    expect((await t.app.inject({ url: '/api/ready' })).statusCode).toBe(200);
  });

  it('seeds the organisation of the seed documents', async () => {
    const admin = await as(t, 'admin');
    const zones = (await admin.get('/api/zones')).json();
    expect(zones.map((z: { name: string }) => z.name)).toEqual(expect.arrayContaining(['重庆市', '渝北区', '临空经济示范区']));
    expect(zones.find((z: { name: string }) => z.name === '渝北区').hubType).toBe('airport');
    const units = (await admin.get('/api/units')).json();
    expect(units.find((u: { name: string }) => u.name === '区发展改革委').aliases).toContain('区发改委');
  });

  it('rejects a wrong password with a Chinese message and locks after five failures', async () => {
    const admin = await as(t, 'admin');
    const created = await admin.post('/api/users', { username: 'lock_me', displayName: '锁定测试', roles: ['leader'], password: 'Correct-Horse-77' });
    expect(created.statusCode).toBe(200);
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lock_me', password } });
    const first = await attempt('wrong');
    expect(first.statusCode).toBe(401);
    expect(first.json().error.message).toBe('用户名或密码错误');
    for (let i = 0; i < 3; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    expect((await attempt('wrong')).statusCode).toBe(423);
    const locked = await attempt('Correct-Horse-77');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toContain('锁定');
  });

  it('requires the CSRF token on writes made with a session', async () => {
    const office = await as(t, 'office');
    const body = { name: '区测试局', type: 'department' };
    const without = await office.request('POST', '/api/units', body, { 'x-csrf-token': '' });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf');
    const forged = await office.request('POST', '/api/units', body, { 'x-csrf-token': 'forged' });
    expect(forged.statusCode).toBe(403);
    expect((await office.post('/api/units', body)).statusCode).toBe(200);
  });

  it('refuses a cross-origin login', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'office', password: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('enforces roles on the server', async () => {
    const liaison = await as(t, 'liaison_commerce');
    expect((await liaison.post('/api/units', { name: '区新设局', type: 'department' })).statusCode).toBe(403);
    expect((await liaison.get('/api/users')).statusCode).toBe(403);
    const leader = await as(t, 'leader');
    expect((await leader.post('/api/units', { name: '区新设局', type: 'department' })).statusCode).toBe(403);
    // A unit leader sees the people of their own unit only.
    const unitLeader = await as(t, 'leader_commerce');
    const users = (await unitLeader.get('/api/users')).json();
    expect(users.length).toBeGreaterThan(0);
    expect(new Set(users.map((u: { unitName: string }) => u.unitName))).toEqual(new Set(['区商务委']));
  });

  it('validates input and names the field at fault, changing nothing', async () => {
    const admin = await as(t, 'admin');
    const before = (await admin.get('/api/units')).json().length;
    const res = await admin.post('/api/units', { name: '', type: 'ministry' });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation');
    expect(err.field).toBe('body.name');
    expect(err.message).toMatch(/body\.name/);
    expect(err.details.map((d: { field: string }) => d.field)).toContain('body.type');
    expect((await admin.get('/api/units')).json().length).toBe(before);
  });

  it('enforces the password policy', async () => {
    const admin = await as(t, 'admin');
    const res = await admin.post('/api/users', { username: 'weak', displayName: '弱密码', roles: ['leader'], password: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('至少10位');
  });

  it('catches concurrent edits with a version check (409)', async () => {
    const admin = await as(t, 'admin');
    const unit = (await admin.get('/api/units')).json().find((u: { name: string }) => u.name === '区交通局');
    const first = await admin.patch(`/api/units/${unit.id}`, { nameEn: 'Transport Bureau', version: unit.version });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(unit.version + 1);
    const stale = await admin.patch(`/api/units/${unit.id}`, { nameEn: 'Stale edit', version: unit.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('manages users: create with a one-time password, reset, deactivate', async () => {
    const admin = await as(t, 'admin');
    const units = (await admin.get('/api/units')).json();
    const unitId = units.find((u: { name: string }) => u.name === '古路镇').id;
    const created = (await admin.post('/api/users', { username: 'gulu_liaison', displayName: '古路镇联络员', unitId, roles: ['liaison'] })).json();
    expect(created.password).toBeTruthy();
    const c = await new Client(t.app).login('gulu_liaison', created.password);
    expect(c.user?.unitId).toBe(unitId);
    const me = (await c.get('/api/auth/me')).json();
    expect(me.user.mustChangePassword).toBe(true);
    const reset = (await admin.post(`/api/users/${created.user.id}/reset-password`)).json();
    expect((await c.get('/api/auth/me')).statusCode).toBe(401); // old session ended
    const again = await new Client(t.app).login('gulu_liaison', reset.password);
    const row = (await admin.get('/api/users')).json().find((u: { username: string }) => u.username === 'gulu_liaison');
    expect((await admin.patch(`/api/users/${row.id}`, { active: false, version: row.version })).statusCode).toBe(200);
    expect((await again.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('lets a data provider call with an API token only where its scope allows', async () => {
    const admin = await as(t, 'admin');
    const created = (await admin.post('/api/api-tokens', { name: '统计局接口', scopes: ['observations:write'] })).json();
    expect(created.token).toMatch(/^hl_/);
    const res = await t.app.inject({ url: '/api/units', headers: { authorization: `Bearer ${created.token}` } });
    expect(res.statusCode).toBe(403);
    const bad = await t.app.inject({ url: '/api/units', headers: { authorization: 'Bearer hl_nonsense' } });
    expect(bad.statusCode).toBe(401);
  });

  it('audits every write in a hash chain that detects tampering', async () => {
    const admin = await as(t, 'admin');
    const created = (await admin.post('/api/units', { name: '区审计测试单位', type: 'enterprise' })).json();
    const entries = (await admin.get(`/api/audit-entries?entityId=${created.id}`)).json();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', entity: 'unit', actorName: 'admin' });
    expect(entries[0].after.name).toBe('区审计测试单位');
    expect((await admin.get('/api/audit-entries/verify')).json().ok).toBe(true);

    // The application cannot change the trail…
    await expect(t.database.db.execute(sql`update audit_log set action = 'x' where seq = ${entries[0].seq}`)).rejects.toThrow();
    // …and an edit behind its back, with triggers off, is found by verify.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_log set after = jsonb_set(after, '{name}', '"篡改"') where seq = ${entries[0].seq}`);
    });
    const verdict = await verifyAuditChain(t.database.db);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBroken?.seq).toBe(entries[0].seq);
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/zones', '/api/units', '/api/users', '/api/auth/login']));
    expect(doc.paths['/api/units'].post.requestBody.content['application/json'].schema.properties.type.enum).toContain('project_hq');
    const page = await t.app.inject({ url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('sends security headers and a request id', async () => {
    const res = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'req-abc-1' } });
    expect(res.headers['x-request-id']).toBe('req-abc-1');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeTruthy();
  });

  it('answers unknown API paths with the error format', async () => {
    const res = await t.app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('rate-limits logins per client address', async () => {
    const limited = await createTestApp(engine, { seed: false, config: { loginRatePerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('keeps every table in the database time zone Asia/Shanghai', async () => {
    const [r] = await rows<{ tz: string }>(t.database.db, sql`select current_setting('TimeZone') as tz`);
    expect(r.tz).toBe('Asia/Shanghai');
  });
});
