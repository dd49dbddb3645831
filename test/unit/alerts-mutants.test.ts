// Kills the mutants of src/domain/supervision/alerts.ts left by alerts.test.ts: whole alerts of
// every kind (fields, both languages), the defaults as data, the streak at its edges, sorting
// and merging of rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALERT_KINDS, ALERT_LEVELS, DEFAULT_ALERT_RULES as R, computeAlerts, diffAlerts, indicatorAlerts, mergeRules, reportLateAlerts, stalledStreak, taskStalledAlerts, type TaskReportInput,
} from '../../src/domain/supervision/alerts';

const TODAY = '2025-06-30';
const r = (period: string, progress: TaskReportInput['progress'], percentDone: number | null): TaskReportInput => ({ period, progress, percentDone });

describe('defaults are data', () => {
  it('kinds, levels and default thresholds', () => {
    expect(ALERT_KINDS).toEqual(['milestone_overdue', 'report_late', 'task_stalled', 'indicator_off_track', 'indicator_deteriorating']);
    expect(ALERT_LEVELS).toEqual(['yellow', 'red']);
    expect(R).toEqual({
      milestone_overdue: { enabled: true, redAfterDays: 30 },
      report_late: { enabled: true, redAfterDays: 10 },
      task_stalled: { enabled: true, stalledCycles: 2, redCycles: 3 },
      indicator_off_track: { enabled: true, redAfterDays: 90 },
      indicator_deteriorating: { enabled: true, redAfterDays: 30 },
    });
  });
  it('merging: each kind separately, a value of the right type replaces the default', () => {
    const m = mergeRules({ task_stalled: { enabled: false, redCycles: 4 }, indicator_off_track: { redAfterDays: 60 }, indicator_deteriorating: { enabled: 'no' } } as never);
    expect(m).toEqual({
      milestone_overdue: { enabled: true, redAfterDays: 30 },
      report_late: { enabled: true, redAfterDays: 10 },
      task_stalled: { enabled: false, stalledCycles: 2, redCycles: 4 },
      indicator_off_track: { enabled: true, redAfterDays: 60 },
      indicator_deteriorating: { enabled: true, redAfterDays: 30 },
    });
    expect(mergeRules({})).toEqual(R);
    expect(mergeRules({ bogus: { redAfterDays: 1 } } as never)).toEqual(R);
  });
});

describe('whole alerts of every kind', () => {
  it('report_late, in both languages', () => {
    expect(reportLateAlerts([{ id: 'r1', taskId: 't1', unitId: 'u1', period: '2025Q2', dueOn: '2025-06-20', status: 'returned' }], TODAY, R.report_late)).toEqual([
      {
        key: 'report_late:r1', kind: 'report_late', level: 'red', entity: 'report', entityId: 'r1', taskId: 't1', indicatorId: null, unitId: 'u1', since: '2025-06-20',
        reason: '2025Q2 进展报告逾期 10 天未报送（截止 2025-06-20）', reasonEn: 'The 2025Q2 progress report is 10 days late (due 2025-06-20)',
      },
    ]);
  });
  it('task_stalled: delayed and no-progress wording, since the first day of the period', () => {
    const delayed = taskStalledAlerts([{ taskId: 't9', unitId: 'u2', title: '冷链', reports: [r('2025Q1', 'in_progress', 10), r('2025Q2', 'delayed', 20)] }], R.task_stalled);
    expect(delayed).toEqual([
      {
        key: 'task_stalled:t9', kind: 'task_stalled', level: 'yellow', entity: 'task', entityId: 't9', taskId: 't9', indicatorId: null, unitId: 'u2', since: '2025-04-01',
        reason: '任务“冷链”报告滞后（连续 1 期）', reasonEn: 'Task "冷链" reported as delayed (1 periods in a row)',
      },
    ]);
    const flat = taskStalledAlerts([{ taskId: 't9', unitId: 'u2', title: '冷链', reports: [r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 10), r('2025-03', 'in_progress', 10), r('2025-04', 'in_progress', 10)] }], R.task_stalled);
    expect(flat[0]).toMatchObject({ level: 'red', since: '2025-04-01', reason: '任务“冷链”连续 3 期无进展', reasonEn: 'Task "冷链" has shown no progress for 3 periods' });
    // A period that is not a calendar period is kept as written.
    expect(taskStalledAlerts([{ taskId: 't', unitId: 'u', title: 'x', reports: [r('第一期', 'delayed', null)] }], R.task_stalled)[0].since).toBe('第一期');
  });
  it('task_stalled at stalledCycles − 1, stalledCycles and redCycles − 1 / redCycles', () => {
    const rule = { enabled: true, stalledCycles: 3, redCycles: 4 };
    const flat = (n: number) => ({ taskId: 't', unitId: 'u', title: 'x', reports: Array.from({ length: n + 1 }, (_, i) => r(`2025-${String(i + 1).padStart(2, '0')}`, 'in_progress', 10)) });
    expect(taskStalledAlerts([flat(2)], rule)).toEqual([]);
    expect(taskStalledAlerts([flat(3)], rule)[0].level).toBe('yellow');
    expect(taskStalledAlerts([flat(4)], rule)[0].level).toBe('red');
  });
  it('indicator alerts: whole alert, English wording, days only when more than zero', () => {
    const ind = { indicatorId: 'i1', zoneId: 'z1', unitId: null, name: '货值', status: 'deteriorating' };
    expect(indicatorAlerts([ind], TODAY, R, new Map([['indicator_deteriorating:i1:z1', '2025-06-29']]))).toEqual([
      {
        key: 'indicator_deteriorating:i1:z1', kind: 'indicator_deteriorating', level: 'yellow', entity: 'indicator', entityId: 'i1', taskId: null, indicatorId: 'i1', unitId: null, since: '2025-06-29',
        reason: '指标“货值”倒退，已持续 1 天', reasonEn: 'Indicator "货值" is deteriorating for 1 days',
      },
    ]);
    expect(indicatorAlerts([{ ...ind, status: 'off_track' }], TODAY, R, new Map())[0]).toMatchObject({ reason: '指标“货值”进展滞后', reasonEn: 'Indicator "货值" is off track' });
    expect(indicatorAlerts([ind], TODAY, R, new Map())[0].reasonEn).toBe('Indicator "货值" is deteriorating');
    // The off-track rule switched off leaves deteriorating alone.
    const rules = mergeRules({ indicator_off_track: { enabled: false } });
    expect(indicatorAlerts([ind, { ...ind, indicatorId: 'i2', status: 'off_track' }], TODAY, rules, new Map()).map((a) => a.key)).toEqual(['indicator_deteriorating:i1:z1']);
  });
});

describe('stalledStreak edges', () => {
  it('a first report counts only when 滞后; a missing percentage breaks a no-gain streak', () => {
    expect(stalledStreak([r('2025-01', 'delayed', null)])).toBe(1);
    expect(stalledStreak([r('2025-01', 'in_progress', 0)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', null)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', null), r('2025-02', 'in_progress', 10)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 9), r('2025-03', 'in_progress', 9)])).toBe(2);
    expect(stalledStreak([r('2025-01', 'done', 100), r('2025-02', 'delayed', 100)])).toBe(1);
  });
  it('property: order of the reports does not matter, and the streak never exceeds their number', () => {
    const rep = fc.record({ m: fc.integer({ min: 1, max: 12 }), p: fc.constantFrom('not_started', 'in_progress', 'done', 'delayed') as fc.Arbitrary<TaskReportInput['progress']>, pct: fc.option(fc.integer({ min: 0, max: 100 })) });
    fc.assert(
      fc.property(fc.uniqueArray(rep, { selector: (x) => x.m, maxLength: 12 }), (list) => {
        const reports = list.map((x) => r(`2025-${String(x.m).padStart(2, '0')}`, x.p, x.pct));
        const n = stalledStreak(reports);
        expect(stalledStreak([...reports].reverse())).toBe(n);
        expect(n).toBeLessThanOrEqual(reports.length);
      }),
    );
  });
});

describe('computeAlerts and diffAlerts', () => {
  it('sorts by key across kinds; nothing in, nothing out', () => {
    const all = computeAlerts(
      {
        milestones: [{ id: 'b', taskId: null, unitId: null, dueDate: '2025-06-01', deliverable: 'x', done: false }, { id: 'a', taskId: null, unitId: null, dueDate: '2025-06-02', deliverable: 'y', done: false }],
        reports: [],
        tasks: [],
        indicators: [{ indicatorId: 'i1', zoneId: 'z1', unitId: null, name: 'n', status: 'deteriorating' }],
        openSince: new Map(),
      },
      TODAY,
    );
    expect(all.map((a) => a.key)).toEqual(['indicator_deteriorating:i1:z1', 'milestone_overdue:a', 'milestone_overdue:b']);
    expect(computeAlerts({ milestones: [], reports: [], tasks: [], indicators: [], openSince: new Map() }, TODAY)).toEqual([]);
    // Custom rules are used, not the defaults.
    const strict = mergeRules({ milestone_overdue: { redAfterDays: 1 } });
    expect(computeAlerts({ milestones: [{ id: 'a', taskId: null, unitId: null, dueDate: '2025-06-29', deliverable: 'y', done: false }], reports: [], tasks: [], indicators: [], openSince: new Map() }, TODAY, strict)[0].level).toBe('red');
  });
  it('an unchanged open alert is neither inserted, updated nor closed; the update carries the new alert', () => {
    const c = { key: 'k', level: 'red', reason: 'new' } as never;
    expect(diffAlerts([{ id: 'x', key: 'k', level: 'red', reason: 'new' }], [c])).toEqual({ insert: [], update: [], close: [] });
    expect(diffAlerts([{ id: 'x', key: 'k', level: 'red', reason: 'old' }], [c])).toEqual({ insert: [], update: [{ id: 'x', alert: c }], close: [] });
    expect(diffAlerts([], [c])).toEqual({ insert: [c], update: [], close: [] });
  });
});

// Survivors of the 2026-12-01 mutation run (95.81 %) that a test can kill.
describe('alerts.ts survivors', () => {
  it('a done report ends the streak even when its percentage did not grow', () => {
    expect(stalledStreak([r('2025-01', 'in_progress', 100), r('2025-02', 'done', 100)])).toBe(0);
  });
  it('the latest report is the latest period, whatever the order given', () => {
    const t = { taskId: 't', unitId: 'u', title: 'x', reports: [r('2025-02', 'delayed', 10), r('2025-01', 'in_progress', 10)] };
    expect(taskStalledAlerts([t], R.task_stalled).map((a) => [a.since, a.reason])).toEqual([['2025-02-01', '任务“x”报告滞后（连续 1 期）']]);
  });
  it('a long list of alerts given in shuffled order comes out sorted by key', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `m${String(i).padStart(3, '0')}`);
    const milestones = ids.map((_, i) => ids[(i * 37) % 150]).map((id) => ({ id, taskId: null, unitId: null, dueDate: '2025-06-01', deliverable: id, done: false }));
    const keys = computeAlerts({ milestones, reports: [], tasks: [], indicators: [], openSince: new Map() }, TODAY).map((a) => a.key);
    expect(keys).toEqual(ids.map((id) => `milestone_overdue:${id}`));
  });
});
