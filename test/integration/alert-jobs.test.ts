// Alerts follow their inputs through the job queue: a report write queues one refresh (however
// many writes come), the alert does not change on read, and it changes once the queued job runs.
// The test fetches and runs the job itself, so nothing waits on the clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, engines, type TestApp } from '../support/harness';
import { QUEUES, runAlertJob, startJobs } from '../../src/server/jobs/index';
import type { PgBoss } from 'pg-boss';

interface Rep {
  id: string;
  unitId: string;
  version: number;
  status: string;
}

describe.each(engines())('alert refresh queued by its inputs on %s', (engine) => {
  let t: TestApp;
  let boss: PgBoss;
  beforeAll(async () => {
    t = await createTestApp(engine);
    boss = await startJobs(t.database, { databaseUrl: t.databaseUrl, log: () => {}, work: false });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false });
    await t?.close();
  });

  it('a report write queues one refresh; the alert changes when the job runs, not before', async () => {
    const office = await as(t, 'office');
    const liaison = await as(t, 'liaison_commerce');
    const planId = (await office.get('/api/plans')).json().find((p: { code: string }) => p.code === 'YB-CORRIDOR-2023').id;
    // A cycle long past: every report of it is late.
    const cycle = (await office.post('/api/cycles', { planId, period: '2023-09', dueDay: 25 })).json();
    expect((await office.post('/api/alerts/refresh')).statusCode).toBe(200);
    // Opening the cycle and the office's refresh queue nothing: no input of the rules changed.
    expect(await boss.fetch(QUEUES.alertInputs)).toHaveLength(0);
    const lateFor = async (reportId: string) =>
      ((await office.get('/api/alerts?kind=report_late')).json() as { reportId: string }[]).filter((a) => a.reportId === reportId);
    const mine = ((await liaison.get(`/api/reports?cycleId=${cycle.id}&role=lead`)).json() as Rep[]).slice(0, 2);
    expect(mine).toHaveLength(2);
    for (const r of mine) expect(await lateFor(r.id)).toHaveLength(1);

    // Two submissions in a row: a burst of writes.
    for (const r of mine) {
      const written = (await liaison.patch(`/api/reports/${r.id}`, { version: r.version, progress: 'in_progress', text: '补报' })).json();
      expect((await liaison.post(`/api/reports/${r.id}/submit`, { version: written.version })).statusCode).toBe(200);
    }
    // Not on read: the alerts still stand until the refresh runs.
    for (const r of mine) expect(await lateFor(r.id)).toHaveLength(1);

    const jobs = await boss.fetch(QUEUES.alertInputs, { batchSize: 10 });
    expect(jobs).toHaveLength(1);
    const summary = await runAlertJob(t.database.db);
    await boss.complete(QUEUES.alertInputs, jobs[0].id);
    expect(summary.closed).toBeGreaterThanOrEqual(2);
    for (const r of mine) expect(await lateFor(r.id)).toHaveLength(0);
    expect(await boss.fetch(QUEUES.alertInputs)).toHaveLength(0);
  });

  it("approving a breakdown queues a refresh: its milestones start to count for the alerts", async () => {
    const office = await as(t, 'office');
    const liaison = await as(t, 'liaison_commerce');
    const planId = (await office.get('/api/plans')).json().find((p: { code: string }) => p.code === 'YB-CORRIDOR-2023').id;
    const unitId = liaison.user!.unitId!;
    const [task] = (await office.get(`/api/plans/${planId}/tasks?unitId=${unitId}&leadOnly=true`)).json() as { id: string }[];
    let m = (await liaison.post('/api/measures', { taskId: task.id, year: 2023, title: '过期节点', milestones: [{ dueDate: '2023-03-31', deliverable: '完成方案' }] })).json();
    m = (await liaison.post(`/api/measures/${m.id}/submit`, { version: m.version })).json();
    // A draft or a submitted breakdown is not an input of the rules yet.
    expect(await boss.fetch(QUEUES.alertInputs)).toHaveLength(0);
    expect((await office.post(`/api/measures/${m.id}/approve`, { version: m.version })).statusCode).toBe(200);
    const jobs = await boss.fetch(QUEUES.alertInputs);
    expect(jobs).toHaveLength(1);
    await runAlertJob(t.database.db);
    await boss.complete(QUEUES.alertInputs, jobs[0].id);
    const overdue = (await office.get('/api/alerts?kind=milestone_overdue')).json() as { taskId: string | null; reason: string }[];
    expect(overdue.some((a) => a.taskId === task.id && a.reason.includes('完成方案'))).toBe(true);
  });

  it('a write that fails queues nothing', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const leader = await as(t, 'leader_commerce');
    const [r] = (await liaison.get('/api/reports?status=submitted&role=lead')).json() as Rep[];
    // A stale version: 409, the transaction rolls back, and the job with it.
    expect((await leader.post(`/api/reports/${r.id}/approve`, { version: r.version - 1 })).statusCode).toBe(409);
    expect(await boss.fetch(QUEUES.alertInputs)).toHaveLength(0);
    expect((await leader.post(`/api/reports/${r.id}/approve`, { version: r.version })).statusCode).toBe(200);
    const jobs = await boss.fetch(QUEUES.alertInputs);
    expect(jobs).toHaveLength(1);
    await boss.complete(QUEUES.alertInputs, jobs[0].id);
  });
});
