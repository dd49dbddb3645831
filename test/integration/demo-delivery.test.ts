import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, type TestApp } from '../support/harness';

// The demo leaves no board empty: cycles with late and returned reports, alerts, two open notices.
describe('demo delivery data on pglite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.close());

  it('fills every board', async () => {
    const office = await as(t, 'office');
    const cycles = (await office.get('/api/cycles')).json();
    expect(cycles).toHaveLength(12);
    expect(cycles.some((c: { counts: { returned: number } }) => c.counts.returned > 0)).toBe(true);
    expect(cycles.some((c: { counts: { late: number } }) => c.counts.late > 0)).toBe(true);
    const alerts = (await office.get('/api/alerts')).json();
    const kinds = new Set(alerts.map((a: { kind: string }) => a.kind));
    for (const k of ['milestone_overdue', 'report_late', 'task_stalled']) expect(kinds.has(k), k).toBe(true);
    expect(alerts.some((a: { kind: string }) => a.kind.startsWith('indicator_'))).toBe(true);
    const notices = (await office.get('/api/supervision/notices?open=true')).json();
    expect(notices.map((n: { status: string }) => n.status).sort()).toEqual(['issued', 'rectifying']);
    const measures = (await office.get('/api/measures?year=2026')).json();
    expect(measures.length).toBeGreaterThan(15);
    expect((await office.get('/api/reports/late')).json().length).toBeGreaterThan(0);
  });
});
