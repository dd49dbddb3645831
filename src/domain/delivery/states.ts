// State machines of the delivery part: yearly measures (the breakdown of a task) and progress reports.
import { nextState, type Machine } from './machine';

export type Role = 'admin' | 'office' | 'liaison' | 'unit_leader' | 'evaluator' | 'leader';
const OFFICE = ['office', 'admin'] as const;

// ── Measures (年度工作举措): the lead unit drafts, the office approves; an approved
// breakdown changes only through a new version, which supersedes it when approved.
export const MEASURE_STATES = ['draft', 'submitted', 'approved', 'superseded'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];
export const MEASURE_ACTIONS = ['submit', 'approve', 'return', 'revise', 'supersede'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

export const measureMachine: Machine<MeasureState, MeasureAction, Role> = {
  states: MEASURE_STATES,
  actions: MEASURE_ACTIONS,
  transitions: [
    { from: ['draft'], action: 'submit', to: 'submitted', roles: ['liaison', 'unit_leader', ...OFFICE] },
    { from: ['submitted'], action: 'approve', to: 'approved', roles: OFFICE },
    { from: ['submitted'], action: 'return', to: 'draft', roles: OFFICE },
    // `revise` does not change the approved row: it opens a new draft version beside it.
    { from: ['approved'], action: 'revise', to: 'approved', roles: ['liaison', 'unit_leader', ...OFFICE] },
    // Done by the system when the new version is approved.
    { from: ['approved'], action: 'supersede', to: 'superseded', roles: OFFICE },
  ],
};

/** Content (title, text, milestones) is editable only while a draft. */
export const measureEditable = (s: MeasureState) => s === 'draft';

// ── Progress reports: liaison submits, unit leader approves, office accepts or returns.
export const REPORT_STATES = ['draft', 'submitted', 'approved', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_ACTIONS = ['submit', 'approve', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const reportMachine: Machine<ReportState, ReportAction, Role> = {
  states: REPORT_STATES,
  actions: REPORT_ACTIONS,
  transitions: [
    // A returned report is corrected and submitted again (resubmission).
    { from: ['draft', 'returned'], action: 'submit', to: 'submitted', roles: ['liaison'] },
    { from: ['submitted'], action: 'approve', to: 'approved', roles: ['unit_leader'] },
    { from: ['approved'], action: 'accept', to: 'accepted', roles: OFFICE },
    // The unit leader sends a submitted report back to the liaison; the office an approved one.
    { from: ['submitted'], action: 'return', to: 'returned', roles: ['unit_leader'] },
    { from: ['approved'], action: 'return', to: 'returned', roles: OFFICE },
  ],
};

/** The roles that may return a report from this state (the two-step review has two returners). */
export function reportReturnRoles(s: ReportState): readonly Role[] {
  return reportMachine.transitions.find((t) => t.action === 'return' && t.from.includes(s))?.roles ?? [];
}

export const reportEditable = (s: ReportState) => s === 'draft' || s === 'returned';
/** Counted as handed in on time for punctuality: anything past the liaison's desk. */
export const reportHandedIn = (s: ReportState) => s === 'submitted' || s === 'approved' || s === 'accepted';

/**
 * Late, the one definition every list, board and roll-up uses: handed in on a later day than the
 * due day, or still not handed in once the due day has passed. Days are calendar dates in
 * Asia/Shanghai (`submittedOn` is the submission's date there): a report handed in at 00:30 Beijing
 * time the day after its due day is late, although it is still the due day in UTC.
 */
export function reportLate(r: { dueOn: string | null; status: ReportState; submittedOn: string | null }, today: string): boolean {
  if (!r.dueOn) return false;
  if (reportHandedIn(r.status)) return r.submittedOn !== null && r.submittedOn > r.dueOn;
  return r.dueOn < today;
}

// Report progress as the unit states it (未启动 / 推进中 / 已完成 / 滞后).
export const PROGRESS = ['not_started', 'in_progress', 'done', 'delayed'] as const;
export type Progress = (typeof PROGRESS)[number];

export const nextMeasureState = (s: MeasureState, a: MeasureAction) => nextState(measureMachine, s, a);
export const nextReportState = (s: ReportState, a: ReportAction) => nextState(reportMachine, s, a);

/** 牵头 / 配合: the words for a unit's role in a task (src/contracts/labels.ts takes them from here). */
export const ASSIGNMENT_ROLE_ZH: Readonly<Record<'lead' | 'support', string>> = { lead: '牵头', support: '配合' };
