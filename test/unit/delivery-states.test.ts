import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedActions, nextState, rolesFor } from '../../src/domain/delivery/machine';
import {
  MEASURE_ACTIONS,
  MEASURE_STATES,
  REPORT_ACTIONS,
  REPORT_STATES,
  measureEditable,
  measureMachine,
  nextMeasureState,
  nextReportState,
  reportEditable,
  reportHandedIn,
  reportMachine,
  reportReturnRoles,
} from '../../src/domain/delivery/states';
import { NOTICE_ACTIONS, NOTICE_STATES, escalation, nextNoticeState, noticeMachine, noticeOpen } from '../../src/domain/supervision/notice';

// The complete allowed table; every pair not listed must be refused.
const REPORT_ALLOWED: [string, string, string][] = [
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'return', 'returned'],
  ['approved', 'accept', 'accepted'],
  ['approved', 'return', 'returned'],
];
const MEASURE_ALLOWED: [string, string, string][] = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'return', 'draft'],
  ['approved', 'revise', 'approved'],
  ['approved', 'supersede', 'superseded'],
];
const NOTICE_ALLOWED: [string, string, string][] = [
  ['issued', 'submit_plan', 'plan_submitted'],
  ['plan_submitted', 'accept_plan', 'rectifying'],
  ['plan_submitted', 'return_plan', 'issued'],
  ['rectifying', 'submit_report', 'report_submitted'],
  ['sent_back', 'submit_report', 'report_submitted'],
  ['report_submitted', 'verify', 'closed'],
  ['report_submitted', 'send_back', 'sent_back'],
];

function exhaustive(name: string, states: readonly string[], actions: readonly string[], allowed: [string, string, string][], next: (s: never, a: never) => string | null) {
  describe(`${name}: every state × action`, () => {
    for (const s of states)
      for (const a of actions) {
        const hit = allowed.find(([f, x]) => f === s && x === a);
        it(`${s} --${a}--> ${hit ? hit[2] : 'refused'}`, () => expect(next(s as never, a as never)).toBe(hit ? hit[2] : null));
      }
  });
}

exhaustive('report', REPORT_STATES, REPORT_ACTIONS, REPORT_ALLOWED, nextReportState as never);
exhaustive('measure', MEASURE_STATES, MEASURE_ACTIONS, MEASURE_ALLOWED, nextMeasureState as never);
exhaustive('notice', NOTICE_STATES, NOTICE_ACTIONS, NOTICE_ALLOWED, nextNoticeState as never);

describe('who may act', () => {
  it('splits the two-step review between liaison, unit leader and office', () => {
    expect(allowedActions(reportMachine, 'draft', ['liaison'])).toEqual(['submit']);
    expect(allowedActions(reportMachine, 'draft', ['unit_leader'])).toEqual([]);
    expect(allowedActions(reportMachine, 'submitted', ['unit_leader'])).toEqual(['approve', 'return']);
    expect(allowedActions(reportMachine, 'submitted', ['office'])).toEqual([]);
    expect(allowedActions(reportMachine, 'approved', ['office'])).toEqual(['accept', 'return']);
    expect(allowedActions(reportMachine, 'approved', ['unit_leader'])).toEqual([]);
    expect(allowedActions(reportMachine, 'accepted')).toEqual([]);
    expect(allowedActions(reportMachine, 'approved')).toEqual(['accept', 'return']);
    expect(reportReturnRoles('submitted')).toEqual(['unit_leader']);
    expect(reportReturnRoles('approved')).toEqual(['office', 'admin']);
    expect(reportReturnRoles('draft')).toEqual([]);
  });
  it('keeps the leader (read-only) out of every transition', () => {
    for (const m of [reportMachine, measureMachine, noticeMachine] as const)
      for (const t of m.transitions) expect(t.roles as readonly string[]).not.toContain('leader');
  });
  it('lets only the office approve a breakdown and verify a notice', () => {
    expect(rolesFor(measureMachine, 'approve')).toEqual(['office', 'admin']);
    expect(rolesFor(noticeMachine, 'verify')).toEqual(['office', 'admin']);
    expect(rolesFor(noticeMachine, 'submit_report')).toEqual(['liaison', 'unit_leader']);
    expect(rolesFor(noticeMachine, 'nope' as never)).toEqual([]);
  });
  it('names editable and handed-in states exactly', () => {
    expect(REPORT_STATES.filter(reportEditable)).toEqual(['draft', 'returned']);
    expect(REPORT_STATES.filter(reportHandedIn)).toEqual(['submitted', 'approved', 'accepted']);
    expect(MEASURE_STATES.filter(measureEditable)).toEqual(['draft']);
    expect(NOTICE_STATES.filter(noticeOpen)).toEqual(['issued', 'plan_submitted', 'rectifying', 'report_submitted', 'sent_back']);
  });
  it('never lets a report reach accepted without passing approved (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REPORT_ACTIONS), { maxLength: 20 }), (acts) => {
        let s: (typeof REPORT_STATES)[number] = 'draft';
        let approved = false;
        for (const a of acts) {
          const n: (typeof REPORT_STATES)[number] | null = nextState(reportMachine, s, a);
          if (!n) continue;
          if (n === 'approved') approved = true;
          if (n === 'returned') approved = false;
          if (n === 'accepted') expect(approved).toBe(true);
          s = n;
        }
      }),
    );
  });
});

describe('notice escalation', () => {
  const base = { status: 'issued' as const, level: 'reminder' as const, dueOn: '2025-03-10', escalatedOn: null };
  it('waits until the day after the deadline', () => {
    expect(escalation(base, '2025-03-10')).toBeNull();
    expect(escalation(base, '2025-03-11')).toEqual({ level: 'supervision', dueOn: '2025-03-18' });
  });
  it('climbs one level at a time up to 挂牌督办', () => {
    expect(escalation({ ...base, level: 'supervision' }, '2025-03-11', 5)).toEqual({ level: 'listed', dueOn: '2025-03-16' });
    expect(escalation({ ...base, level: 'listed' }, '2025-04-30')).toBeNull();
  });
  it('leaves closed notices alone and waits the grace period after an escalation', () => {
    expect(escalation({ ...base, status: 'closed' }, '2025-04-01')).toBeNull();
    expect(escalation({ ...base, status: 'sent_back' }, '2025-04-01')).not.toBeNull();
    const later = { ...base, escalatedOn: '2025-03-11' };
    expect(escalation(later, '2025-03-17')).toBeNull();
    expect(escalation(later, '2025-03-18')).toEqual({ level: 'supervision', dueOn: '2025-03-25' });
  });
});

import { cycleBoard, noticeBoard, punctualityRate } from '../../src/domain/delivery/board';

describe('boards', () => {
  it('counts a cycle per unit, most late first', () => {
    const r = (unitId: string, status: string, late = false) => ({ unitId, unitName: unitId === 'a' ? '区商务委' : '区交通局', status, late, role: 'lead' }) as never;
    const b = cycleBoard([r('a', 'draft', true), r('a', 'accepted'), r('b', 'returned'), r('b', 'draft', true), r('b', 'draft', true)]);
    expect(b.map((x) => [x.unitName, x.total, x.late, x.byStatus.draft, x.byStatus.accepted, x.byStatus.returned])).toEqual([
      ['区交通局', 3, 2, 2, 0, 1],
      ['区商务委', 2, 1, 1, 1, 0],
    ]);
  });
  it('takes rows the database counted (n) as that many reports', () => {
    const r = (unitId: string, status: string, late: boolean, n?: number) => ({ unitId, unitName: unitId === 'a' ? '区商务委' : '区交通局', status, late, role: 'lead', n }) as never;
    const one = cycleBoard([r('a', 'draft', true), r('a', 'accepted', false), r('b', 'returned', false), r('b', 'draft', true), r('b', 'draft', true), r('b', 'submitted', true)]);
    const counted = cycleBoard([r('a', 'draft', true, 1), r('a', 'accepted', false, 1), r('b', 'returned', false, 1), r('b', 'draft', true, 2), r('b', 'submitted', true, 1)]);
    expect(counted).toEqual(one);
    expect(counted[0]).toMatchObject({ unitId: 'b', total: 4, late: 3, byStatus: { draft: 2, returned: 1, submitted: 1 } });
  });
  it('counts notices open, overdue and closed by level and unit', () => {
    const n = (unitId: string, level: string, status: string, dueOn: string) => ({ unitId, unitName: unitId, level, status, dueOn }) as never;
    const b = noticeBoard([n('a', 'reminder', 'issued', '2025-06-30'), n('a', 'listed', 'rectifying', '2025-06-29'), n('b', 'reminder', 'closed', '2025-01-01'), n('b', 'supervision', 'sent_back', '2025-07-01')], '2025-06-30');
    expect(b.total).toEqual({ open: 3, overdue: 1, closed: 1 });
    expect(b.byLevel).toEqual({ reminder: { open: 1, overdue: 0, closed: 1 }, supervision: { open: 1, overdue: 0, closed: 0 }, listed: { open: 1, overdue: 1, closed: 0 } });
    expect(b.byUnit.map((u) => [u.unitId, u.open, u.overdue, u.closed])).toEqual([
      ['a', 2, 1, 0],
      ['b', 1, 0, 1],
    ]);
  });
  it('rounds punctuality and has none without due reports', () => {
    expect(punctualityRate(0, 0)).toBeNull();
    expect(punctualityRate(3, 2)).toBe(67);
    expect(punctualityRate(8, 8)).toBe(100);
  });
});
