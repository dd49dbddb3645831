// Issue 17, problems 5 and 6, on the server: what waits on whom (我的待办), what a review row
// carries, undoing a step while the next has not happened, and the status history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

interface Ind {
  id: string;
  code: string;
  zoneId: string;
  planId: string;
}
type Change = { previousStatus: string | null; status: string; changes: { kind: string; period?: string; from?: unknown; to?: unknown }[] };

describe.each(engines())('approvals: to-dos, review context, undo, status history on %s', (engine) => {
  let t: TestApp;
  let ind: Ind;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ind = ((await (await as(t, 'office')).get('/api/indicators')).json() as Ind[]).find((i) => i.code === 'YB-CORRIDOR-2023-7')!;
  });
  afterAll(() => t?.close());

  it('counts what waits on each role, shows what to weigh it against, undoes a step, and keeps the status history', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const leader = await as(t, 'leader_commerce');
    const office = await as(t, 'office');
    const history = async () => (await office.get(`/api/indicators/${ind.id}/status-history`)).json() as Change[];
    const status = async () => (await office.get(`/api/indicators/${ind.id}`)).json().statuses[0].status as string;
    const first = await history();
    expect(first.length).toBeGreaterThanOrEqual(1); // the first assessment, when the demo data came in
    expect(first[first.length - 1].previousStatus).toBeNull();
    const before = await status();

    const [id] = (await liaison.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026', value: 356 }] })).json().ids;
    expect((await liaison.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(200);
    // A submission can be withdrawn before it is approved (and submitted again).
    expect((await liaison.post('/api/observations/withdraw', { ids: [id] })).statusCode).toBe(200);
    expect((await liaison.get(`/api/observations?indicatorId=${ind.id}`)).json().find((o: { period: string }) => o.period === '2026').status).toBe('draft');
    expect((await liaison.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(200);

    // 我的待办: the unit leader has it to approve; the office nothing of it yet.
    const todo = async (c: typeof leader) => ((await c.get('/api/todo')).json() as { kind: string; status: string; title: string }[]).filter((x) => x.kind === 'observation');
    expect(await todo(leader)).toEqual([expect.objectContaining({ status: 'submitted', title: expect.stringContaining('外贸进出口额') })]);
    expect(await todo(office)).toEqual([]);

    // The review row carries the previous value, the target path and the plausible band.
    const [row] = (await leader.get('/api/observations/queue?status=submitted')).json();
    expect(row).toMatchObject({ period: '2026', previousPeriod: '2025' });
    expect(row.previousValue).toEqual(expect.any(Number));
    expect(row.pathValue).toEqual(expect.any(Number));
    expect(row.bandLow).toBeLessThan(row.previousValue);
    expect(row.bandHigh).toBeGreaterThan(row.previousValue);

    expect((await leader.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
    expect(await status()).toBe('achieved');
    expect(await todo(leader)).toEqual([]);
    expect(await todo(office)).toEqual([expect.objectContaining({ status: 'approved' })]);
    const [changed] = await history();
    expect(changed).toMatchObject({ previousStatus: before, status: 'achieved' });
    expect(changed.changes).toContainEqual({ kind: 'value', period: '2026', from: null, to: 356 });

    // Undo: another unit's leader may not; the one who approved may, and the status goes back.
    expect((await (await as(t, 'leader_transport')).post('/api/observations/unapprove', { ids: [id] })).statusCode).toBe(403);
    expect((await leader.post('/api/observations/unapprove', { ids: [id] })).statusCode).toBe(200);
    expect(await status()).toBe(before);
    const [undone] = await history();
    expect(undone).toMatchObject({ previousStatus: 'achieved', status: before });
    expect(undone.changes).toContainEqual({ kind: 'value', period: '2026', from: 356, to: null });

    // Once the office accepted, the leader's approval cannot be taken back; the office's acceptance can, until the period is locked.
    expect((await leader.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
    expect((await office.post('/api/observations/accept', { ids: [id] })).statusCode).toBe(200);
    expect((await leader.post('/api/observations/unapprove', { ids: [id] })).statusCode).toBe(409);
    expect((await office.post(`/api/plans/${ind.planId}/locks`, { period: '2026', locked: true })).statusCode).toBe(200);
    const locked = await office.post('/api/observations/unaccept', { ids: [id] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('已锁定');
    expect((await office.post(`/api/plans/${ind.planId}/locks`, { period: '2026', locked: false })).statusCode).toBe(200);
    expect((await office.post('/api/observations/unaccept', { ids: [id] })).statusCode).toBe(200);
    expect((await office.get(`/api/observations?indicatorId=${ind.id}`)).json().find((o: { period: string }) => o.period === '2026').status).toBe('approved');
  });
});
