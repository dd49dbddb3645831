// The core of the route contract: a pending password change blocks everything else,
// database constraint failures answer 404/409/422 instead of 500, replace-edits take the
// version they read, and only scopes some route accepts are offered to tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, as, createTestApp, engines, type TestApp } from '../support/harness';

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

describe.each(engines())('route contract on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('refuses everything but me, logout and the password change while a reset password is pending', async () => {
    const admin = await as(t, 'admin');
    const units = (await admin.get('/api/units')).json();
    const unitId = units.find((u: { name: string }) => u.name === '区商务委').id;
    const created = (await admin.post('/api/users', { username: 'pending_pw', displayName: '待改密码', unitId, roles: ['liaison'] })).json();
    const c = await new Client(t.app).login('pending_pw', created.password);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    for (const [method, url] of [
      ['GET', '/api/plans'],
      ['GET', '/api/observations/entry-form?year=2025'],
    ] as const) {
      const res = await c.request(method, url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('password_change_required');
      expect(res.json().error.message).toBe('请先修改密码');
    }
    const write = await c.post('/api/observations', { observations: [{ indicatorId: NO_SUCH, zoneId: NO_SUCH, period: '2024', value: 1 }] });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('password_change_required');
    expect((await c.post('/api/auth/password', { currentPassword: created.password, newPassword: 'Pending-Changed-2026!' })).statusCode).toBe(200);
    expect((await c.get('/api/plans')).statusCode).toBe(200);
  });

  it('answers 404, not 500 or 200, for edits of things that do not exist', async () => {
    const office = await as(t, 'office');
    const lock = await office.post(`/api/plans/${NO_SUCH}/locks`, { period: '2024', locked: true });
    expect(lock.statusCode).toBe(404);
    const targets = await office.request('PUT', `/api/indicators/${NO_SUCH}/targets`, { targets: [], version: 1 });
    expect(targets.statusCode).toBe(404);
    expect(targets.json().error.messageEn).toBe('indicator not found');
    const [ind] = (await office.get('/api/indicators')).json();
    const zones = await office.request('PUT', `/api/indicators/${ind.id}/zones`, { zones: [{ zoneId: NO_SUCH, unitId: null }], version: ind.version });
    expect(zones.statusCode).toBe(404);
    expect(zones.json().error).toMatchObject({ code: 'reference_not_found', field: 'zoneId' });
    expect(zones.json().error.message).toMatch(/引用的记录不存在/);
    const task = await office.patch(`/api/tasks/${NO_SUCH}`, { title: 'x', version: 1 });
    expect(task.statusCode).toBe(404);
  });

  it('takes the version it read on replace-edits: a stale one is refused with 409', async () => {
    const office = await as(t, 'office');
    const [ind] = (await office.get('/api/indicators')).json();
    const detail = (await office.get(`/api/indicators/${ind.id}`)).json();
    const ok = await office.request('PUT', `/api/indicators/${ind.id}/milestones`, { milestones: [{ year: 2026, value: 1 }], version: detail.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(detail.version + 1);
    for (const [what, body] of [
      ['milestones', { milestones: [] }],
      ['targets', { targets: detail.targets.map(({ year, kind, value }: { year: number; kind: string; value: number | null }) => ({ year, kind, value })) }],
      ['zones', { zones: detail.zones.map(({ zoneId, unitId }: { zoneId: string; unitId: string | null }) => ({ zoneId, unitId })) }],
    ] as const) {
      const stale = await office.request('PUT', `/api/indicators/${ind.id}/${what}`, { ...body, version: detail.version });
      expect(stale.statusCode, what).toBe(409);
      expect(stale.json().error.code).toBe('version_conflict');
    }
  });

  it('maps a duplicate to 409 in both languages', async () => {
    const admin = await as(t, 'admin');
    const body = { code: 'dup_zone', name: '重复区域', level: 'functional_area' };
    expect((await admin.post('/api/zones', body)).statusCode).toBe(200);
    const [zone] = (await admin.get('/api/zones')).json().filter((z: { code: string }) => z.code === 'dup_zone');
    const other = (await admin.post('/api/zones', { ...body, code: 'dup_zone2' })).json();
    const clash = await admin.patch(`/api/zones/${other.id}`, { code: 'dup_zone', version: other.version });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'duplicate', field: 'code' });
    expect(clash.json().error.messageEn).toMatch(/already exists/);
    expect(zone.code).toBe('dup_zone');
  });

  it('keeps the gaps list to those who oversee the plan, as the menu does', async () => {
    expect((await (await as(t, 'liaison_commerce')).get('/api/indicators/gaps')).statusCode).toBe(403);
    expect((await (await as(t, 'evaluator')).get('/api/indicators/gaps')).statusCode).toBe(200);
  });

  it('offers only the token scopes some route accepts', async () => {
    const admin = await as(t, 'admin');
    const offered = (await admin.get('/api/api-tokens/scopes')).json();
    // shipments:write since the corridor ledger's operator API; observations:read on the observation list.
    expect(offered).toEqual(['observations:read', 'observations:write', 'shipments:write']);
    const refused = await admin.post('/api/api-tokens', { name: 'x', scopes: ['nothing:here'] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toMatch(/scopes/);
    // observations:read is real: a unit's token reads its indicator's data back.
    const units = (await admin.get('/api/units')).json();
    const unitId = units.find((u: { name: string }) => u.name === '区商务委').id;
    const { token } = (await admin.post('/api/api-tokens', { name: 'reader', unitId, scopes: ['observations:read'] })).json();
    const office = await as(t, 'office');
    const ind = (await office.get('/api/indicators')).json().find((i: { unitName: string | null; status: string | null }) => i.unitName === '区商务委' && i.status && i.status !== 'insufficient_data');
    const read = await t.app.inject({ url: `/api/observations?indicatorId=${ind.id}&zoneId=${ind.zoneId}`, headers: { authorization: `Bearer ${token}` } });
    expect(read.statusCode).toBe(200);
    expect(read.json().length).toBeGreaterThan(0);
    expect(read.json().every((o: { indicatorId: string }) => o.indicatorId === ind.id)).toBe(true);
    const write = await t.app.inject({ method: 'POST', url: '/api/observations', payload: { observations: [] }, headers: { authorization: `Bearer ${token}` } });
    expect(write.statusCode).toBe(403);
  });

  it('audits marking a notice read, and refuses someone else\'s', async () => {
    const office = await as(t, 'office');
    expect((await office.post('/api/notifications/reminders')).statusCode).toBe(200);
    const liaison = await as(t, 'liaison_commerce');
    const { items } = (await liaison.get('/api/notifications')).json();
    expect(items.length).toBeGreaterThan(0);
    expect((await office.post(`/api/notifications/${items[0].id}/read`)).statusCode).toBe(404);
    expect((await liaison.post(`/api/notifications/${items[0].id}/read`)).statusCode).toBe(200);
    const admin = await as(t, 'admin');
    const trail = (await admin.get(`/api/audit-entries?entity=notification&entityId=${items[0].id}`)).json();
    expect(trail.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([['read', 'liaison_commerce']]);
  });

  it('audits the recompute of every status', async () => {
    const office = await as(t, 'office');
    const res = await office.post('/api/indicators/recompute');
    expect(res.statusCode).toBe(200);
    const admin = await as(t, 'admin');
    const [last] = (await admin.get('/api/audit-entries?entity=indicator_status&limit=1')).json();
    expect(last).toMatchObject({ action: 'recompute', actorName: 'office', after: { pairs: res.json().pairs } });
  });
});
