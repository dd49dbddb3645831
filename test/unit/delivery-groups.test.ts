import { describe, expect, it } from 'vitest';
import { groupAggregate, taskStanding, type ReportFact } from '../../src/domain/delivery/groups';

const r = (period: string, progress: ReportFact['progress'], status = 'accepted', role = 'lead'): ReportFact => ({ period, progress, status, role });

describe('taskStanding', () => {
  it('takes the latest accepted lead report up to the period', () => {
    const reports = [r('2026-01', 'not_started'), r('2026-02', 'in_progress'), r('2026-03', 'delayed'), r('2026-04', 'done', 'submitted'), r('2026-04', 'done', 'accepted', 'support')];
    expect(taskStanding(reports)).toBe('delayed');
    expect(taskStanding(reports, '2026-02')).toBe('in_progress');
    expect(taskStanding(reports, '2025-12')).toBe('no_report');
  });
  it('ignores reports that are not accepted, and keeps a done task done', () => {
    expect(taskStanding([r('2026-01', 'done', 'approved')])).toBe('no_report');
    expect(taskStanding([r('2026-01', 'delayed')], undefined, true)).toBe('done');
  });
});

describe('groupAggregate', () => {
  it('names the group status from its tasks', () => {
    expect(groupAggregate([]).status).toBe('no_report');
    expect(groupAggregate(['no_report', 'no_report']).status).toBe('no_report');
    expect(groupAggregate(['done', 'done']).status).toBe('done');
    expect(groupAggregate(['delayed', 'in_progress', 'in_progress']).status).toBe('delayed');
    expect(groupAggregate(['delayed', 'in_progress', 'in_progress', 'done']).status).toBe('attention');
    expect(groupAggregate(['in_progress', 'no_report']).status).toBe('on_schedule');
    expect(groupAggregate(['not_started', 'no_report']).status).toBe('not_started');
  });
  it('counts every standing and the share done', () => {
    const a = groupAggregate(['done', 'done', 'in_progress', 'delayed', 'no_report']);
    expect(a.total).toBe(5);
    expect(a.counts).toEqual({ not_started: 0, in_progress: 1, done: 2, delayed: 1, no_report: 1 });
    expect(a.percentDone).toBe(40);
    expect(groupAggregate([]).percentDone).toBeNull();
  });
});
