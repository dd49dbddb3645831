import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_RULES as R,
  computeAlerts,
  diffAlerts,
  indicatorAlerts,
  mergeRules,
  milestoneAlerts,
  reportLateAlerts,
  stalledStreak,
  taskStalledAlerts,
  type TaskReportInput,
} from '../../src/domain/supervision/alerts';
import { sniffEvidence } from '../../src/domain/delivery/filetype';

const TODAY = '2025-06-30';
const ms = (dueDate: string, done = false) => ({ id: `m-${dueDate}`, taskId: 't1', unitId: 'u1', dueDate, deliverable: '完成规划编制', done });

describe('milestone_overdue', () => {
  it('fires the day after the due date, yellow, and red at exactly redAfterDays', () => {
    expect(milestoneAlerts([ms('2025-06-30')], TODAY, R.milestone_overdue)).toEqual([]);
    const [a] = milestoneAlerts([ms('2025-06-29')], TODAY, R.milestone_overdue);
    expect(a).toEqual({
      key: 'milestone_overdue:m-2025-06-29',
      kind: 'milestone_overdue',
      level: 'yellow',
      entity: 'milestone',
      entityId: 'm-2025-06-29',
      taskId: 't1',
      indicatorId: null,
      unitId: 'u1',
      since: '2025-06-29',
      reason: '节点“完成规划编制”已逾期 1 天（时限 2025-06-29）',
      reasonEn: 'Milestone "完成规划编制" is 1 days overdue (due 2025-06-29)',
    });
    expect(milestoneAlerts([ms('2025-06-01')], TODAY, R.milestone_overdue)[0].level).toBe('yellow'); // 29 days
    expect(milestoneAlerts([ms('2025-05-31')], TODAY, R.milestone_overdue)[0].level).toBe('red'); // 30 days
  });
  it('ignores done milestones and a disabled rule', () => {
    expect(milestoneAlerts([ms('2025-01-01', true)], TODAY, R.milestone_overdue)).toEqual([]);
    expect(milestoneAlerts([ms('2025-01-01')], TODAY, { enabled: false, redAfterDays: 30 })).toEqual([]);
  });
});

describe('report_late', () => {
  const rep = (status: string, dueOn = '2025-06-25') => ({ id: `r-${status}`, taskId: 't1', unitId: 'u1', period: '2025-06', dueOn, status });
  it('fires for drafts and returned reports past the due date only', () => {
    expect(reportLateAlerts([rep('draft', TODAY)], TODAY, R.report_late)).toEqual([]);
    expect(reportLateAlerts(['draft', 'returned', 'submitted', 'approved', 'accepted'].map((s) => rep(s)), TODAY, R.report_late).map((a) => a.entityId)).toEqual(['r-draft', 'r-returned']);
  });
  it('turns red at redAfterDays late', () => {
    expect(reportLateAlerts([rep('draft', '2025-06-21')], TODAY, R.report_late)[0]).toMatchObject({ level: 'yellow', reason: '2025-06 进展报告逾期 9 天未报送（截止 2025-06-21）' });
    expect(reportLateAlerts([rep('draft', '2025-06-20')], TODAY, R.report_late)[0].level).toBe('red');
    expect(reportLateAlerts([rep('draft', '2025-06-20')], TODAY, { enabled: false, redAfterDays: 10 })).toEqual([]);
  });
});

describe('task_stalled', () => {
  const r = (period: string, progress: TaskReportInput['progress'], percentDone: number | null): TaskReportInput => ({ period, progress, percentDone });
  it('counts the streak of delayed or no-gain reports from the latest back', () => {
    expect(stalledStreak([])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', 10)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 10)])).toBe(1);
    expect(stalledStreak([r('2025-03', 'in_progress', 10), r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 10)])).toBe(2);
    expect(stalledStreak([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 11)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'delayed', 10), r('2025-02', 'in_progress', 20), r('2025-03', 'delayed', 30)])).toBe(1);
    expect(stalledStreak([r('2025-01', 'delayed', 10), r('2025-02', 'done', 100)])).toBe(0);
    expect(stalledStreak([r('2025-01', 'in_progress', null), r('2025-02', 'in_progress', null)])).toBe(0);
  });
  const task = (reports: TaskReportInput[]) => ({ taskId: 't1', unitId: 'u1', title: '航空物流', reports });
  it('yellow on one 滞后, or at stalledCycles without progress; red at redCycles', () => {
    expect(taskStalledAlerts([task([])], R.task_stalled)).toEqual([]);
    expect(taskStalledAlerts([task([r('2025-01', 'delayed', 0)])], R.task_stalled)[0]).toMatchObject({ level: 'yellow', since: '2025-01-01', reason: '任务“航空物流”报告滞后（连续 1 期）' });
    expect(taskStalledAlerts([task([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 10)])], R.task_stalled)).toEqual([]);
    expect(taskStalledAlerts([task([r('2025-01', 'in_progress', 10), r('2025-02', 'in_progress', 10), r('2025-03', 'in_progress', 5)])], R.task_stalled)[0]).toMatchObject({
      level: 'yellow',
      reason: '任务“航空物流”连续 2 期无进展',
    });
    expect(taskStalledAlerts([task([r('2025-01', 'delayed', 10), r('2025-02', 'delayed', 10), r('2025-03', 'delayed', 10)])], R.task_stalled)[0].level).toBe('red');
    expect(taskStalledAlerts([task([r('2025-02', 'delayed', 10), r('2025-03', 'delayed', 10)])], R.task_stalled)[0].level).toBe('yellow');
    expect(taskStalledAlerts([task([r('2025-01', 'delayed', 0)])], { ...R.task_stalled, enabled: false })).toEqual([]);
  });
});

describe('indicator alerts', () => {
  const ind = (status: string) => ({ indicatorId: 'i1', zoneId: 'z1', unitId: 'u1', name: '货邮吞吐量', status });
  it('maps off_track and deteriorating to their kinds, yellow when new', () => {
    expect(indicatorAlerts([ind('on_track'), ind('moderate'), ind('achieved')], TODAY, R, new Map())).toEqual([]);
    expect(indicatorAlerts([ind('off_track')], TODAY, R, new Map())[0]).toMatchObject({ key: 'indicator_off_track:i1:z1', kind: 'indicator_off_track', level: 'yellow', since: TODAY, reason: '指标“货邮吞吐量”进展滞后' });
    expect(indicatorAlerts([ind('deteriorating')], TODAY, R, new Map())[0]).toMatchObject({ kind: 'indicator_deteriorating', level: 'yellow' });
  });
  it('turns red when the alert has persisted redAfterDays', () => {
    const since = (d: string, k = 'indicator_off_track') => new Map([[`${k}:i1:z1`, d]]);
    expect(indicatorAlerts([ind('off_track')], TODAY, R, since('2025-04-02'))[0]).toMatchObject({ level: 'yellow', reason: '指标“货邮吞吐量”进展滞后，已持续 89 天' });
    expect(indicatorAlerts([ind('off_track')], TODAY, R, since('2025-04-01'))[0].level).toBe('red');
    expect(indicatorAlerts([ind('deteriorating')], TODAY, R, since('2025-05-31', 'indicator_deteriorating'))[0].level).toBe('red');
    expect(indicatorAlerts([ind('deteriorating')], TODAY, R, since('2025-06-01', 'indicator_deteriorating'))[0].level).toBe('yellow');
    expect(indicatorAlerts([ind('deteriorating')], TODAY, mergeRules({ indicator_deteriorating: { enabled: false } }), new Map())).toEqual([]);
  });
});

describe('computeAlerts and diffAlerts', () => {
  it('collects every rule, sorted by key', () => {
    const all = computeAlerts(
      {
        milestones: [ms('2025-06-01')],
        reports: [{ id: 'r1', taskId: 't1', unitId: 'u1', period: '2025-05', dueOn: '2025-05-26', status: 'draft' }],
        tasks: [{ taskId: 't1', unitId: 'u1', title: 'x', reports: [{ period: '2025-05', progress: 'delayed', percentDone: 5 }] }],
        indicators: [{ indicatorId: 'i1', zoneId: 'z1', unitId: 'u2', name: 'y', status: 'off_track' }],
        openSince: new Map(),
      },
      TODAY,
    );
    expect(all.map((a) => `${a.key}/${a.level}`)).toEqual(['indicator_off_track:i1:z1/yellow', 'milestone_overdue:m-2025-06-01/yellow', 'report_late:r1/red', 'task_stalled:t1/yellow']);
  });
  it('inserts new, updates changed, closes vanished', () => {
    const c = (key: string, level: 'yellow' | 'red', reason = 'r') => ({ key, level, reason }) as never;
    const d = diffAlerts(
      [
        { id: 'a', key: 'k1', level: 'yellow', reason: 'r' },
        { id: 'b', key: 'k2', level: 'yellow', reason: 'r' },
        { id: 'c', key: 'k3', level: 'red', reason: 'r' },
        { id: 'e', key: 'k5', level: 'red', reason: 'r' },
      ],
      [c('k1', 'yellow'), c('k2', 'red'), c('k4', 'yellow'), c('k5', 'red', 'other')],
    );
    expect(d.insert.map((x) => x.key)).toEqual(['k4']);
    expect(d.update.map((x) => x.id)).toEqual(['b', 'e']);
    expect(d.close).toEqual(['c']);
  });
  it('merges stored thresholds over the defaults, ignoring unknown or mistyped fields', () => {
    const m = mergeRules({ report_late: { redAfterDays: 5, bogus: 1 }, milestone_overdue: { redAfterDays: '7' } } as never);
    expect(m.report_late).toEqual({ enabled: true, redAfterDays: 5 });
    expect(m.milestone_overdue).toEqual({ enabled: true, redAfterDays: 30 });
    expect(R.report_late.redAfterDays).toBe(10); // defaults untouched
  });
});

describe('evidence file types by content', () => {
  const b = (...x: (number | string)[]) => new Uint8Array(x.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
  it('recognises pdf, images and office files', () => {
    expect(sniffEvidence(b('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffEvidence(b(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffEvidence(b(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffEvidence(b('GIF89a'))).toBe('gif');
    expect(sniffEvidence(b('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
    expect(sniffEvidence(b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('ole');
    expect(sniffEvidence(b(0x50, 0x4b, 0x03, 0x04, 'xx[Content_Types].xml'))).toBe('ooxml');
  });
  it('refuses html, scripts, plain zips and near misses', () => {
    expect(sniffEvidence(b('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffEvidence(b(0x50, 0x4b, 0x03, 0x04, 'evil.exe'))).toBeNull();
    expect(sniffEvidence(b('%PDF'))).toBeNull();
    expect(sniffEvidence(b(0xff, 0xd8))).toBeNull();
    expect(sniffEvidence(b('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffEvidence(b('GIF88a'))).toBeNull();
    expect(sniffEvidence(new Uint8Array())).toBeNull();
  });
});
