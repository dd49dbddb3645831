// Issue 18: the evaluation workflow's whole tables and every refusal word for word, so that a
// changed step, guard or message fails a test (evaluation-rules.test.ts walks the happy path).
import { describe, expect, it } from 'vitest';
import {
  ROUND_ACTIONS,
  ROUND_STATES,
  SELF_STATES,
  STATE_LABELS,
  actionsFrom,
  appealTransition,
  canWriteScores,
  roundTransition,
  selfEvaluationsPublic,
  selfTransition,
  type RoundState,
} from '../../src/domain/evaluation/workflow';

const STEP: Record<string, [RoundState, RoundState]> = {
  publish: ['draft', 'published'],
  open_summary: ['published', 'summary'],
  open_self_evaluation: ['summary', 'self_evaluation'],
  open_unified_evaluation: ['self_evaluation', 'unified_evaluation'],
  circulate: ['unified_evaluation', 'circulated'],
  open_appeals: ['circulated', 'appeal_window'],
  finalize: ['appeal_window', 'final'],
  correct: ['final', 'final'],
};

describe('roundTransition: every state × action', () => {
  for (const s of ROUND_STATES)
    for (const a of ROUND_ACTIONS) {
      const [from, to] = STEP[a];
      it(`${s} --${a}--> ${from === s ? to : 'refused'}`, () => {
        const t = roundTransition(s, a, { reason: '复核' });
        if (from === s) expect(t).toEqual({ ok: true, to, newVersion: a === 'correct' });
        else
          expect(t).toEqual({
            ok: false,
            messageZh: `当前为“${STATE_LABELS[s].zh}”，不能执行此操作（需在“${STATE_LABELS[from].zh}”阶段）`,
            messageEn: `the round is ${STATE_LABELS[s].en}: this step needs it to be ${STATE_LABELS[from].en}`,
          });
      });
    }
  it('spells the wrong-stage refusal out', () => {
    expect(roundTransition('summary', 'circulate')).toEqual({
      ok: false,
      messageZh: '当前为“总结”，不能执行此操作（需在“统评”阶段）',
      messageEn: 'the round is summary: this step needs it to be unified evaluation',
    });
    expect(roundTransition('draft', 'correct')).toEqual({
      ok: false,
      messageZh: '当前为“方案草拟”，不能执行此操作（需在“最终（已锁定）”阶段）',
      messageEn: 'the round is draft: this step needs it to be final (locked)',
    });
  });
  it('refuses an unknown action by name', () => {
    expect(roundTransition('draft', 'reopen' as never)).toEqual({ ok: false, messageZh: '未知操作 reopen', messageEn: 'unknown action reopen' });
  });
  it('labels every stage in both languages', () => {
    expect(STATE_LABELS).toEqual({
      draft: { zh: '方案草拟', en: 'draft' },
      published: { zh: '方案已发布', en: 'published' },
      summary: { zh: '总结', en: 'summary' },
      self_evaluation: { zh: '自评', en: 'self-evaluation' },
      unified_evaluation: { zh: '统评', en: 'unified evaluation' },
      circulated: { zh: '结果通报', en: 'circulated' },
      appeal_window: { zh: '申诉期', en: 'appeal window' },
      final: { zh: '最终（已锁定）', en: 'final (locked)' },
    });
  });
});

describe('roundTransition guards', () => {
  const unified = (facts: object) => roundTransition('self_evaluation', 'open_unified_evaluation', facts);
  it('needs every zone approved: at, below and above', () => {
    expect(unified({ zones: 3, selfApproved: 3 })).toEqual({ ok: true, to: 'unified_evaluation', newVersion: false });
    expect(unified({ zones: 3, selfApproved: 4 })).toEqual({ ok: true, to: 'unified_evaluation', newVersion: false });
    expect(unified({ zones: 3, selfApproved: 2 })).toEqual({
      ok: false,
      messageZh: '还有 1 个评价对象的自评未经单位负责人审核',
      messageEn: '1 zone(s) still lack a self-evaluation approved by their unit leader',
    });
    expect(unified({ zones: 2 })).toEqual({
      ok: false,
      messageZh: '还有 2 个评价对象的自评未经单位负责人审核',
      messageEn: '2 zone(s) still lack a self-evaluation approved by their unit leader',
    });
    expect(unified({ zones: 0 })).toEqual({ ok: true, to: 'unified_evaluation', newVersion: false });
    // the approval guard belongs to opening the unified evaluation alone
    expect(roundTransition('summary', 'open_self_evaluation', { zones: 3, selfApproved: 0 })).toEqual({ ok: true, to: 'self_evaluation', newVersion: false });
    // without a zone count the guard is not asked
    expect(unified({ selfApproved: 0 })).toEqual({ ok: true, to: 'unified_evaluation', newVersion: false });
  });
  it('circulates only when the unified evaluation is not known to be incomplete', () => {
    expect(roundTransition('unified_evaluation', 'circulate', { unifiedComplete: false })).toEqual({ ok: false, messageZh: '统评尚未完成，不能通报结果', messageEn: 'the unified evaluation is not complete: results cannot be circulated' });
    expect(roundTransition('unified_evaluation', 'circulate', { unifiedComplete: true }).ok).toBe(true);
    expect(roundTransition('unified_evaluation', 'circulate', {}).ok).toBe(true);
    // the guard belongs to circulate alone
    expect(roundTransition('circulated', 'open_appeals', { unifiedComplete: false }).ok).toBe(true);
  });
  it('finalizes only with no open appeal', () => {
    expect(roundTransition('appeal_window', 'finalize', { openAppeals: 2 })).toEqual({ ok: false, messageZh: '还有 2 件申诉未答复', messageEn: '2 appeal(s) still unanswered' });
    expect(roundTransition('appeal_window', 'finalize', { openAppeals: 0 }).ok).toBe(true);
    expect(roundTransition('appeal_window', 'finalize').ok).toBe(true);
    expect(roundTransition('circulated', 'open_appeals', { openAppeals: 2 }).ok).toBe(true);
  });
  it('corrects only with a reason that is not blank', () => {
    const refused = { ok: false, messageZh: '更正须说明理由', messageEn: 'a correction needs a reason' };
    expect(roundTransition('final', 'correct')).toEqual(refused);
    expect(roundTransition('final', 'correct', { reason: ' \t' })).toEqual(refused);
    expect(roundTransition('final', 'correct', { reason: ' x ' })).toEqual({ ok: true, to: 'final', newVersion: true });
    // the other guards' facts do not stand in for a reason, and other steps need none
    expect(roundTransition('appeal_window', 'finalize', { reason: '' })).toEqual({ ok: true, to: 'final', newVersion: false });
    expect(roundTransition('self_evaluation', 'open_unified_evaluation', { zones: 1, selfApproved: 1, reason: '' }).ok).toBe(true);
  });
});

describe('what the round allows', () => {
  it('offers exactly one action per stage', () => {
    expect(ROUND_STATES.map((s) => actionsFrom(s))).toEqual([['publish'], ['open_summary'], ['open_self_evaluation'], ['open_unified_evaluation'], ['circulate'], ['open_appeals'], ['finalize'], ['correct']]);
  });
  it('opens each score level in exactly these stages', () => {
    const open = (level: 'summary' | 'self_evaluation' | 'unified_evaluation') => ROUND_STATES.filter((s) => canWriteScores(s, level));
    expect(open('summary')).toEqual(['summary', 'self_evaluation']);
    expect(open('self_evaluation')).toEqual(['self_evaluation']);
    expect(open('unified_evaluation')).toEqual(['unified_evaluation', 'appeal_window']);
  });
  it('makes self-evaluations public from circulation on', () => {
    expect(ROUND_STATES.filter(selfEvaluationsPublic)).toEqual(['circulated', 'appeal_window', 'final']);
  });
});

describe('self-evaluation and appeals', () => {
  const OK: Record<string, string> = { 'draft submit': 'submitted', 'returned submit': 'submitted', 'submitted approve': 'approved', 'submitted return': 'returned' };
  for (const s of SELF_STATES)
    for (const a of ['submit', 'approve', 'return'] as const)
      it(`${s} --${a}-->`, () => {
        const to = OK[`${s} ${a}`];
        expect(selfTransition(s, a)).toEqual(to ? { ok: true, to } : { ok: false, messageZh: `自评状态为 ${s}，不能 ${a}`, messageEn: `the self-evaluation is ${s}: cannot ${a}` });
      });
  it('answers appeals only in the appeal window and only once', () => {
    const closed = { ok: false, messageZh: '不在申诉期内', messageEn: 'the appeal window is not open' };
    for (const r of ROUND_STATES.filter((s) => s !== 'appeal_window')) expect(appealTransition(r, 'open', 'file')).toEqual(closed);
    expect(appealTransition('final', 'open', 'accept')).toEqual(closed);
    expect(appealTransition('appeal_window', 'open', 'file')).toEqual({ ok: true, to: 'open' });
    expect(appealTransition('appeal_window', 'accepted', 'file')).toEqual({ ok: true, to: 'open' });
    expect(appealTransition('appeal_window', 'open', 'accept')).toEqual({ ok: true, to: 'accepted' });
    expect(appealTransition('appeal_window', 'open', 'reject')).toEqual({ ok: true, to: 'rejected' });
    const answered = { ok: false, messageZh: '申诉已答复', messageEn: 'the appeal has already been answered' };
    expect(appealTransition('appeal_window', 'accepted', 'reject')).toEqual(answered);
    expect(appealTransition('appeal_window', 'rejected', 'accept')).toEqual(answered);
  });
});
