// Supervision notices (督办单): issued → plan_submitted → rectifying → report_submitted → closed,
// with the plan or the report sent back; escalation 催办 → 督办 → 挂牌督办 when overdue.
import { nextState, type Machine } from '../delivery/machine';
import type { Role } from '../delivery/states';

export const NOTICE_STATES = ['issued', 'plan_submitted', 'rectifying', 'report_submitted', 'sent_back', 'closed'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
/** The words for the states (src/contracts/labels.ts takes them from here: one list). */
export const NOTICE_STATE_ZH: Record<NoticeState, string> = {
  issued: '已下发',
  plan_submitted: '整改方案待审',
  rectifying: '整改中',
  report_submitted: '整改报告待核查',
  sent_back: '退回重新整改',
  closed: '已办结',
};
export const NOTICE_ACTIONS = ['submit_plan', 'accept_plan', 'return_plan', 'submit_report', 'verify', 'send_back'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];
const OFFICE = ['office', 'admin'] as const;
const UNIT = ['liaison', 'unit_leader'] as const;

export const noticeMachine: Machine<NoticeState, NoticeAction, Role> = {
  states: NOTICE_STATES,
  actions: NOTICE_ACTIONS,
  transitions: [
    { from: ['issued'], action: 'submit_plan', to: 'plan_submitted', roles: UNIT },
    { from: ['plan_submitted'], action: 'accept_plan', to: 'rectifying', roles: OFFICE },
    { from: ['plan_submitted'], action: 'return_plan', to: 'issued', roles: OFFICE },
    { from: ['rectifying', 'sent_back'], action: 'submit_report', to: 'report_submitted', roles: UNIT },
    // Verification closes the notice (办结); a failed verification sends it back.
    { from: ['report_submitted'], action: 'verify', to: 'closed', roles: OFFICE },
    { from: ['report_submitted'], action: 'send_back', to: 'sent_back', roles: OFFICE },
  ],
};

export const nextNoticeState = (s: NoticeState, a: NoticeAction) => nextState(noticeMachine, s, a);
export const noticeOpen = (s: NoticeState) => s !== 'closed';

// ── Escalation levels ──
export const NOTICE_LEVELS = ['reminder', 'supervision', 'listed'] as const; // 催办 / 督办 / 挂牌督办
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];
export const NOTICE_LEVEL_ZH: Record<NoticeLevel, string> = { reminder: '催办', supervision: '督办', listed: '挂牌督办' };

export interface EscalationInput {
  status: NoticeState;
  level: NoticeLevel;
  dueOn: string; // YYYY-MM-DD
  /** Date of the last escalation, if any; the next one waits `graceDays` after it. */
  escalatedOn: string | null;
}

const addDays = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

/**
 * An open notice past its deadline goes up one level; it can go up again only when another
 * `graceDays` have passed since the last escalation. 挂牌督办 is the top. Returns the new
 * level and deadline (the grace period is given to answer), or null.
 */
export function escalation(n: EscalationInput, today: string, graceDays = 7): { level: NoticeLevel; dueOn: string } | null {
  if (!noticeOpen(n.status)) return null;
  if (n.dueOn >= today) return null;
  if (n.escalatedOn && addDays(n.escalatedOn, graceDays) > today) return null;
  const i = NOTICE_LEVELS.indexOf(n.level);
  if (i < 0 || i === NOTICE_LEVELS.length - 1) return null;
  return { level: NOTICE_LEVELS[i + 1], dueOn: addDays(today, graceDays) };
}
