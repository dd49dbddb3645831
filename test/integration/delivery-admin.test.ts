// The office's settings for delivery and supervision, on PGlite and PostgreSQL: per unit on a task
// the liaison (专人) and leader in charge (分管领导); the holiday / 调休 calendar that due dates
// follow; the alert rules. Only the office writes; every write is audited; bad rows are named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';

const put = (c: Client, url: string, body: unknown) => c.request('PUT', url, body);

describe.each(engines())('delivery settings on %s', (engine) => {
  let t: TestApp;
  let office: Client, liaison: Client, unitLeader: Client, reader: Client;
  let planId: string;
  const audits = async (entity: string) => (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = ${entity}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [office, liaison, unitLeader, reader] = await Promise.all(['office', 'liaison_commerce', 'leader_commerce', 'leader'].map((u) => as(t, u)));
    planId = (await office.get('/api/plans')).json().find((p: { code: string }) => p.code === 'YB-CORRIDOR-2023').id;
  });
  afterAll(() => t?.close());

  it('contacts: the office names a liaison of the unit and a leader in charge; the task page shows their names', async () => {
    const commerce = liaison.user!.unitId!;
    const tasks = (await office.get(`/api/plans/${planId}`)).json().tasks as { id: string; units: { unitId: string; role: string }[] }[];
    const task = tasks.find((x) => x.units.some((u) => u.unitId === commerce && u.role === 'lead'))!;
    const taskVersion = async () => (await office.get(`/api/tasks/${task.id}/delivery`)).json().version as number;
    const users = (await office.get('/api/users')).json() as { id: string; username: string; displayName: string; unitId: string | null }[];
    const other = users.find((u) => u.unitId && u.unitId !== commerce)!;
    const cityLeader = users.find((u) => u.username === 'leader')!;
    const body = { contacts: [{ unitId: commerce, liaisonId: liaison.user!.id, leaderId: cityLeader.id }], version: await taskVersion() };
    // Nobody but the office; a liaison of another unit is refused with the row named; nothing changes.
    for (const c of [liaison, unitLeader, reader]) expect((await put(c, `/api/tasks/${task.id}/contacts`, body)).statusCode).toBe(403);
    const before = await audits('task');
    const wrong = await put(office, `/api/tasks/${task.id}/contacts`, { contacts: [body.contacts[0], { unitId: commerce, liaisonId: other.id, leaderId: null }], version: body.version });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ row: 2, field: 'liaisonId' });
    expect(wrong.json().error.message).toContain('第 2 行');
    expect(await audits('task')).toBe(before);
    const ok = await put(office, `/api/tasks/${task.id}/contacts`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(body.version + 1);
    expect(await audits('task')).toBe(before + 1);
    // A second save from the same stale read answers 409 and changes nothing.
    const stale = await put(office, `/api/tasks/${task.id}/contacts`, { ...body, contacts: [{ unitId: commerce, liaisonId: null, leaderId: null }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await audits('task')).toBe(before + 1);
    expect(await taskVersion()).toBe(body.version + 1);
    const page = (await liaison.get(`/api/tasks/${task.id}/delivery`)).json();
    const row = page.assignments.find((a: { unitId: string }) => a.unitId === commerce);
    expect(row).toMatchObject({ liaisonId: liaison.user!.id, leaderId: cityLeader.id });
    expect(row.liaisonName).toBe(users.find((u) => u.id === liaison.user!.id)!.displayName);
    expect(row.leaderName).toBe(cityLeader.displayName);
    // Clearing is allowed.
    expect((await put(office, `/api/tasks/${task.id}/contacts`, { contacts: [{ unitId: commerce, liaisonId: null, leaderId: null }], version: await taskVersion() })).statusCode).toBe(200);
    expect((await office.get(`/api/tasks/${task.id}/delivery`)).json().assignments.find((a: { unitId: string }) => a.unitId === commerce)).toMatchObject({ liaisonName: null, leaderName: null });
  });

  it('calendar: demo holidays are there; the office replaces a year; due dates of a new cycle follow it', async () => {
    const demo = (await reader.get('/api/calendar?year=2026')).json().days;
    expect(demo.some((d: { date: string; kind: string }) => d.date === '2026-02-14' && d.kind === 'workday')).toBe(true);
    const days = [{ date: '2031-01-27', kind: 'holiday', name: '测试假日' }];
    const { version } = (await office.get('/api/calendar?year=2031')).json();
    expect((await put(liaison, '/api/calendar', { year: 2031, days, version })).statusCode).toBe(403);
    const before = await audits('calendar');
    const bad = await put(office, '/api/calendar', { year: 2031, days: [...days, { date: '2032-01-01', kind: 'holiday' }], version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ row: 2, field: 'date' });
    expect(await audits('calendar')).toBe(before);
    const saved = await put(office, '/api/calendar', { year: 2031, days, version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ count: 1, version: version + 1 });
    expect(await audits('calendar')).toBe(before + 1);
    // A replace from the same (now stale) read answers 409 and leaves the saved year as it is.
    const stale = await put(office, '/api/calendar', { year: 2031, days: [], version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await audits('calendar')).toBe(before + 1);
    expect((await liaison.get('/api/calendar?year=2031')).json()).toEqual({ year: 2031, version: version + 1, days: [{ date: '2031-01-27', kind: 'holiday', name: '测试假日' }] });
    // 2031-01-25 is a Saturday → Monday the 27th, now a holiday → Tuesday the 28th.
    const c = await office.post('/api/cycles', { planId, period: '2031-01', dueDay: 25 });
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json().dueOn).toBe('2031-01-28');
  });

  it('alert rules: read by all, changed by the office only, range-checked, audited', async () => {
    const rules = (await liaison.get('/api/alerts/rules')).json();
    expect(rules.report_late.redAfterDays).toBeGreaterThan(0);
    const change = { report_late: { enabled: true, redAfterDays: rules.report_late.redAfterDays + 5 }, version: rules.version };
    for (const c of [liaison, unitLeader, reader]) expect((await put(c, '/api/alerts/rules', change)).statusCode).toBe(403);
    const before = await audits('alert_rules');
    const bad = await put(office, '/api/alerts/rules', { report_late: { enabled: true, redAfterDays: 0 }, version: rules.version });
    expect(bad.statusCode).toBe(400);
    expect(await audits('alert_rules')).toBe(before);
    const saved = await put(office, '/api/alerts/rules', change);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().report_late.redAfterDays).toBe(rules.report_late.redAfterDays + 5);
    expect(saved.json().milestone_overdue).toEqual(rules.milestone_overdue);
    expect(saved.json().version).toBe(rules.version + 1);
    expect(await audits('alert_rules')).toBe(before + 1);
    // A save from the same stale read answers 409; the rules stay as saved.
    const stale = await put(office, '/api/alerts/rules', { report_late: { enabled: false, redAfterDays: 1 }, version: rules.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await audits('alert_rules')).toBe(before + 1);
    expect((await reader.get('/api/alerts/rules')).json()).toMatchObject({ version: rules.version + 1, report_late: { enabled: true, redAfterDays: rules.report_late.redAfterDays + 5 } });
  });
});
