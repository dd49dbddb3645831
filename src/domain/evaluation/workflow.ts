// The evaluation workflow as a state machine, so the server refuses any other transition (HTTP 409)
// and the web app only offers the buttons that can work.
//
// Round: draft → published → summary (总结) → self_evaluation (自评) → unified_evaluation (统评)
//        → circulated (通报) → appeal_window (申诉) → final (locked). A final round is never edited:
//        `correct` makes a new version of it, audited, with the reason.
// A zone's self-evaluation: draft → submitted → approved by its unit leader (or returned → draft).
// An appeal: open → accepted (re-scored) | rejected; only while the appeal window is open.

export const ROUND_STATES = ['draft', 'published', 'summary', 'self_evaluation', 'unified_evaluation', 'circulated', 'appeal_window', 'final'] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export const ROUND_ACTIONS = ['publish', 'open_summary', 'open_self_evaluation', 'open_unified_evaluation', 'circulate', 'open_appeals', 'finalize', 'correct'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export interface RoundFacts {
  /** Zones whose self-evaluation the unit leader has approved, of all zones in the round. */
  selfApproved?: number;
  zones?: number;
  /** Every zone has a unified score for every applicable criterion. */
  unifiedComplete?: boolean;
  openAppeals?: number;
  /** A correction must give its reason. */
  reason?: string;
}

export type Transition = { ok: true; to: RoundState; newVersion: boolean } | { ok: false; messageZh: string; messageEn: string };

const NEXT: Record<RoundAction, { from: RoundState; to: RoundState }> = {
  publish: { from: 'draft', to: 'published' },
  open_summary: { from: 'published', to: 'summary' },
  open_self_evaluation: { from: 'summary', to: 'self_evaluation' },
  open_unified_evaluation: { from: 'self_evaluation', to: 'unified_evaluation' },
  circulate: { from: 'unified_evaluation', to: 'circulated' },
  open_appeals: { from: 'circulated', to: 'appeal_window' },
  finalize: { from: 'appeal_window', to: 'final' },
  correct: { from: 'final', to: 'final' },
};

export const STATE_LABELS: Record<RoundState, { zh: string; en: string }> = {
  draft: { zh: '方案草拟', en: 'draft' },
  published: { zh: '方案已发布', en: 'published' },
  summary: { zh: '总结', en: 'summary' },
  self_evaluation: { zh: '自评', en: 'self-evaluation' },
  unified_evaluation: { zh: '统评', en: 'unified evaluation' },
  circulated: { zh: '结果通报', en: 'circulated' },
  appeal_window: { zh: '申诉期', en: 'appeal window' },
  final: { zh: '最终（已锁定）', en: 'final (locked)' },
};

export function roundTransition(state: RoundState, action: RoundAction, facts: RoundFacts = {}): Transition {
  const t = NEXT[action];
  if (!t) return { ok: false, messageZh: `未知操作 ${action}`, messageEn: `unknown action ${action}` };
  if (t.from !== state)
    return {
      ok: false,
      messageZh: `当前为“${STATE_LABELS[state].zh}”，不能执行此操作（需在“${STATE_LABELS[t.from].zh}”阶段）`,
      messageEn: `the round is ${STATE_LABELS[state].en}: this step needs it to be ${STATE_LABELS[t.from].en}`,
    };
  if (action === 'open_unified_evaluation' && facts.zones !== undefined && (facts.selfApproved ?? 0) < facts.zones)
    return {
      ok: false,
      messageZh: `还有 ${facts.zones - (facts.selfApproved ?? 0)} 个评价对象的自评未经单位负责人审核`,
      messageEn: `${facts.zones - (facts.selfApproved ?? 0)} zone(s) still lack a self-evaluation approved by their unit leader`,
    };
  if (action === 'circulate' && facts.unifiedComplete === false)
    return { ok: false, messageZh: '统评尚未完成，不能通报结果', messageEn: 'the unified evaluation is not complete: results cannot be circulated' };
  if (action === 'finalize' && (facts.openAppeals ?? 0) > 0)
    return { ok: false, messageZh: `还有 ${facts.openAppeals} 件申诉未答复`, messageEn: `${facts.openAppeals} appeal(s) still unanswered` };
  if (action === 'correct' && !facts.reason?.trim())
    return { ok: false, messageZh: '更正须说明理由', messageEn: 'a correction needs a reason' };
  return { ok: true, to: t.to, newVersion: action === 'correct' };
}

/** The actions possible from a state (for the buttons the web app shows). */
export const actionsFrom = (state: RoundState): RoundAction[] => ROUND_ACTIONS.filter((a) => NEXT[a].from === state);

/** Scores of a level may be written only while that level is open, and never once the round is final. */
export function canWriteScores(state: RoundState, level: 'summary' | 'self_evaluation' | 'unified_evaluation'): boolean {
  if (level === 'summary') return state === 'summary' || state === 'self_evaluation';
  if (level === 'self_evaluation') return state === 'self_evaluation';
  // Accepted appeals are re-scored during the appeal window.
  return state === 'unified_evaluation' || state === 'appeal_window';
}

/** Another zone's self-evaluation stays private to that zone until the results are circulated. */
export const selfEvaluationsPublic = (state: RoundState) => ['circulated', 'appeal_window', 'final'].includes(state);

export const SELF_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type SelfState = (typeof SELF_STATES)[number];
export type SelfAction = 'submit' | 'approve' | 'return';

export function selfTransition(state: SelfState, action: SelfAction): { ok: true; to: SelfState } | { ok: false; messageZh: string; messageEn: string } {
  if (action === 'submit' && (state === 'draft' || state === 'returned')) return { ok: true, to: 'submitted' };
  if (action === 'approve' && state === 'submitted') return { ok: true, to: 'approved' };
  if (action === 'return' && state === 'submitted') return { ok: true, to: 'returned' };
  return { ok: false, messageZh: `自评状态为 ${state}，不能 ${action}`, messageEn: `the self-evaluation is ${state}: cannot ${action}` };
}

export type AppealState = 'open' | 'accepted' | 'rejected';
export function appealTransition(round: RoundState, state: AppealState, action: 'file' | 'accept' | 'reject'): { ok: true; to: AppealState } | { ok: false; messageZh: string; messageEn: string } {
  if (round !== 'appeal_window') return { ok: false, messageZh: '不在申诉期内', messageEn: 'the appeal window is not open' };
  if (action === 'file') return { ok: true, to: 'open' };
  if (state !== 'open') return { ok: false, messageZh: '申诉已答复', messageEn: 'the appeal has already been answered' };
  return { ok: true, to: action === 'accept' ? 'accepted' : 'rejected' };
}
