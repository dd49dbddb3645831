// Scoring rules at their edges (cap, floor, mirrored direction, whole steps), the whole evaluation
// (N/A rescaled to 100, bonuses, deductions from supervision by level and repeat, veto, ranks,
// grades), combining raters, and the workflow state machine.
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  appealTransition,
  canWriteScores,
  checkRule,
  combineRaters,
  evaluate,
  evaluateInputSchema,
  gradeOf,
  roundTransition,
  runEvaluate,
  scoreRule,
  selfEvaluationsPublic,
  selfTransition,
  selfUnifiedGap,
  supervisionDeductions,
  competitionRanks,
  round,
  type EvaluateInput,
  type ScoringRule,
} from '../../src/domain/evaluation/index';

const pts = (...a: Parameters<typeof scoreRule>) => scoreRule(...a).points;

describe('target attainment', () => {
  const rule = { kind: 'target_attainment', target: 100, cap: 1.2 } as const;
  it('below, at, just above and beyond the cap', () => {
    expect(pts(rule, 80, 30)).toBe(24);
    expect(pts(rule, 100, 30)).toBe(30);
    expect(pts(rule, 119, 30)).toBeCloseTo(35.7, 12);
    expect(pts(rule, 120, 30)).toBe(36);
    expect(pts(rule, 121, 30)).toBe(36);
    expect(pts(rule, -5, 30)).toBe(0);
  });
  it('no cap means 100 %', () => {
    expect(pts({ kind: 'target_attainment', target: 50 }, 60, 10)).toBe(10);
    expect(pts({ kind: 'target_attainment', target: 50 }, 40, 10)).toBe(8);
  });
  it('lower is better mirrors to target ÷ actual', () => {
    const cost = { kind: 'target_attainment', target: 14, cap: 1.2, better: 'lower' } as const;
    expect(pts(cost, 14, 10)).toBe(10);
    expect(pts(cost, 20, 10)).toBe(7);
    expect(pts(cost, 7, 10)).toBe(12);
    expect(pts(cost, 0, 10)).toBe(12);
    expect(scoreRule(cost, 7, 10).explainZh).toContain('封顶 1.2');
  });
  it('checks its parameters', () => {
    expect(() => checkRule({ kind: 'target_attainment', target: 0 })).toThrow(/target/);
    expect(() => checkRule({ kind: 'target_attainment', target: 1, cap: 0.9 })).toThrow(/cap/);
    expect(() => checkRule({ kind: 'target_attainment', target: 1, cap: 1 })).not.toThrow();
  });
});

describe('banded', () => {
  const rule = { kind: 'banded', target: 10, step: 1, pointsAbove: 0.5, pointsBelow: 1, minPoints: 0, maxPoints: 12 } as const;
  it('whole steps above and below, held within floor and cap', () => {
    expect(pts(rule, 10, 10)).toBe(10);
    expect(pts(rule, 10.99, 10)).toBe(10);
    expect(pts(rule, 11, 10)).toBe(10.5);
    expect(pts(rule, 13.2, 10)).toBe(11.5);
    expect(pts(rule, 100, 10)).toBe(12);
    expect(pts(rule, 9.5, 10)).toBe(10);
    expect(pts(rule, 9, 10)).toBe(9);
    expect(pts(rule, 7.3, 10)).toBe(8);
    expect(pts(rule, -50, 10)).toBe(0);
  });
  it('steps of 0.1 survive binary fractions', () => {
    expect(pts({ kind: 'banded', target: 0.1, step: 0.1, pointsAbove: 1, pointsBelow: 1 }, 0.3, 5)).toBe(7);
  });
  it('lower is better counts steps the other way; no maxPoints means no cap', () => {
    const r = { kind: 'banded', target: 14, step: 0.5, pointsAbove: 1, pointsBelow: 2, better: 'lower' } as const;
    expect(pts(r, 13, 10)).toBe(12);
    expect(pts(r, 15, 10)).toBe(6);
    expect(pts(r, 30, 10)).toBe(0);
  });
  it('checks its parameters', () => {
    expect(() => checkRule({ ...rule, step: 0 })).toThrow(/step/);
    expect(() => checkRule({ ...rule, pointsAbove: -1 })).toThrow(/negative/);
    expect(() => checkRule({ ...rule, minPoints: 5, maxPoints: 4 })).toThrow(/minPoints/);
  });
});

describe('linear, rank points, ratio to best, yes/no', () => {
  it('linear between floor and target, clamped, either direction', () => {
    const r = { kind: 'linear', floor: 50, target: 100 } as const;
    expect(pts(r, 50, 20)).toBe(0);
    expect(pts(r, 49, 20)).toBe(0);
    expect(pts(r, 75, 20)).toBe(10);
    expect(pts(r, 100, 20)).toBe(20);
    expect(pts(r, 150, 20)).toBe(20);
    const lower = { kind: 'linear', floor: 20, target: 10 } as const;
    expect(pts(lower, 15, 10)).toBe(5);
    expect(pts(lower, 5, 10)).toBe(10);
    expect(pts(lower, 25, 10)).toBe(0);
    expect(() => checkRule({ kind: 'linear', floor: 1, target: 1 })).toThrow(/differ/);
  });
  it('rank points: ties share the better rank; beyond the table 0', () => {
    const r: ScoringRule = { kind: 'rank_points', points: [10, 8, 6] };
    const group = [5, 9, 9, 1, 0];
    expect(pts(r, 9, 10, group)).toBe(10);
    expect(pts(r, 5, 10, group)).toBe(6);
    expect(pts(r, 1, 10, group)).toBe(0);
    expect(pts({ kind: 'rank_points', points: [10, 8, 6], better: 'lower' }, 0, 10, group)).toBe(10);
    expect(pts(r, 3, 10)).toBe(10);
    expect(() => checkRule({ kind: 'rank_points', points: [] })).toThrow(/points/);
    expect(() => checkRule({ kind: 'rank_points', points: [1, -1] })).toThrow(/points/);
  });
  it('ratio to the best in the group', () => {
    expect(pts({ kind: 'ratio_to_best' }, 50, 20, [50, 100, 25])).toBe(10);
    expect(pts({ kind: 'ratio_to_best' }, 100, 20, [50, 100, 25])).toBe(20);
    expect(pts({ kind: 'ratio_to_best', better: 'lower' }, 50, 20, [50, 100, 25])).toBe(10);
    expect(pts({ kind: 'ratio_to_best', better: 'lower' }, 0, 20, [0, 3])).toBe(20);
    expect(pts({ kind: 'ratio_to_best' }, 0, 20, [0, 0])).toBe(20);
    expect(pts({ kind: 'ratio_to_best' }, -1, 20, [-1, 0])).toBe(0);
  });
  it('yes/no', () => {
    expect(pts({ kind: 'yes_no' }, true, 5)).toBe(5);
    expect(pts({ kind: 'yes_no' }, false, 5)).toBe(0);
    expect(pts({ kind: 'yes_no' }, 1, 5)).toBe(5);
    expect(pts({ kind: 'yes_no' }, 0.99, 5)).toBe(0);
  });
  it('points as rated, held within 0 and full marks', () => {
    expect(pts({ kind: 'points' }, 7.5, 10)).toBe(7.5);
    expect(pts({ kind: 'points' }, 12, 10)).toBe(10);
    expect(pts({ kind: 'points' }, -1, 10)).toBe(0);
    expect(scoreRule({ kind: 'points' }, 12, 10).explainEn).toContain('held within 0–10 at 10');
  });
});

const scheme = (): EvaluateInput['scheme'] => ({
  name: '2025 年度枢纽经济区考核',
  year: 2025,
  groups: [
    {
      id: 'dry_port',
      name: '陆港型',
      criteria: [
        { code: 'freight', name: '联运量', weight: 40, rule: { kind: 'target_attainment', target: 100, cap: 1.2 } },
        { code: 'cost', name: '物流成本', weight: 30, rule: { kind: 'target_attainment', target: 14, better: 'lower', cap: 1.2 } },
        { code: 'hq', name: '区域总部', weight: 20, rule: { kind: 'rank_points', points: [20, 15, 10] } },
        { code: 'reform', name: '改革任务', weight: 10, rule: { kind: 'yes_no' } },
      ],
    },
    { id: 'airport', name: '空港型', criteria: [{ code: 'cargo', name: '货邮吞吐量', weight: 100, rule: { kind: 'linear', floor: 0, target: 50 } }] },
  ],
  deductionRules: { perLevel: { reminder: 0.2, supervision: 0.5, listed: 1, yellow: 0.5, red: 1 }, repeats: [{ level: 'yellow', count: 2, points: 1 }], max: 5 },
  maxBonus: 3,
  rankAcrossGroups: true,
});

describe('whole evaluation', () => {
  const input: EvaluateInput = {
    scheme: scheme(),
    zones: [
      { id: 'A', name: '甲', group: 'dry_port', values: { freight: 110, cost: 14, hq: 3, reform: true } },
      { id: 'B', name: '乙', group: 'dry_port', values: { freight: 100, cost: 'N/A', hq: 5, reform: false }, bonuses: [{ points: 5, reason: '国家试点', evidence: 'doc-1' }] },
      {
        id: 'C',
        name: '丙',
        group: 'dry_port',
        values: { freight: 90, cost: 16, hq: 1, reform: true },
        notices: [
          { id: 'n1', number: 'DB-1', level: 'yellow' },
          { id: 'n2', number: 'DB-2', level: 'yellow' },
          { id: 'n3', number: 'DB-3', level: 'listed' },
        ],
        deductions: [{ points: 1, reason: '数据迟报' }],
      },
      { id: 'D', name: '丁', group: 'airport', values: { cargo: 40 }, veto: { reason: '重大安全事故', effect: 'zero' } },
      { id: 'E', name: '戊', group: 'airport', values: { cargo: 25 }, veto: { reason: '数据造假', effect: 'ineligible' } },
    ],
  };
  const r = runEvaluate(input);
  const z = (id: string) => r.zones.find((x) => x.id === id)!;

  it('scores each criterion by its rule', () => {
    // A: 40·1.1 + 30·1 + 15 (rank 2 of hq 3,5,1) + 10 = 99
    expect(z('A').criteria.map((c) => c.points)).toEqual([44, 30, 15, 10]);
    expect(z('A').total).toBe(99);
    expect(z('A').rescaleFactor).toBe(1);
  });
  it('N/A leaves a criterion out and rescales the rest to 100, shown', () => {
    // B: 40 + 20 + 0 = 60 of an applicable 70 → × 100/70 = 85.714…, + bonus capped at 3.
    expect(z('B').applicableWeight).toBe(70);
    expect(z('B').rescaleFactor).toBeCloseTo(100 / 70, 15);
    expect(z('B').rescaled).toBeCloseTo(6000 / 70, 12);
    expect(z('B').bonus).toBe(3);
    expect(z('B').total).toBeCloseTo(6000 / 70 + 3, 12);
    expect(z('B').criteria[1]).toMatchObject({ applicable: false, points: null });
  });
  it('supervision deductions per level and per repeat, with their notices', () => {
    // C: 36 + 30·14/16 + 10 + 10 = 82.25; yellow 2×0.5 + repeat 1 = 2, listed 1 → 3; typed −1.
    expect(z('C').rescaled).toBeCloseTo(82.25, 12);
    const yellow = z('C').supervision.find((s) => s.level === 'yellow')!;
    expect(yellow).toMatchObject({ count: 2, perNotice: 0.5, repeatPoints: 1, points: 2 });
    expect(yellow.notices.map((n) => n.number)).toEqual(['DB-1', 'DB-2']);
    expect(z('C').supervisionTotal).toBe(3);
    expect(z('C').deduction).toBe(1);
    expect(z('C').total).toBeCloseTo(78.25, 12);
  });
  it('veto: zero the result, or keep it and remove eligibility', () => {
    expect(z('D').total).toBe(0);
    expect(z('D').eligible).toBe(false);
    expect(z('E').total).toBe(50);
    expect(z('E').eligible).toBe(false);
    expect(z('E').grade).toBe('fail');
  });
  it('ranks per group and across groups, grades', () => {
    expect(r.groups[0].ranking.map((x) => [x.id, x.rank])).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    expect(r.groups[1].ranking.map((x) => [x.id, x.rank])).toEqual([['E', 1], ['D', 2]]);
    expect(z('A').rankOverall).toBe(1);
    expect(z('D').rankOverall).toBe(5);
    expect(z('A').grade).toBe('excellent');
    expect(z('C').grade).toBe('pass');
  });
  it('weights must add up to 100; unknown groups and duplicates refused', () => {
    const bad = scheme();
    bad.groups[1].criteria[0].weight = 90;
    expect(() => runEvaluate({ scheme: bad, zones: input.zones })).toThrow(/add up to 90/);
    expect(() => runEvaluate({ scheme: scheme(), zones: [{ id: 'X', name: 'x', group: 'nope', values: {} }] })).toThrow(/nope/);
    expect(() => runEvaluate({ scheme: scheme(), zones: [input.zones[0], input.zones[0]] })).toThrow(/twice/);
    expect(() => runEvaluate({ scheme: scheme() })).toThrow(/zones/);
  });
  it('a zone with every criterion N/A scores 0 (nothing to rescale)', () => {
    const out = evaluate(evaluateInputSchema.parse({ scheme: scheme(), zones: [{ id: 'Q', name: 'q', group: 'airport', values: {} }] }));
    expect(out.zones[0].rescaleFactor).toBe(0);
    expect(out.zones[0].total).toBe(0);
  });
  it('totals never go below zero', () => {
    const out = runEvaluate({ scheme: scheme(), zones: [{ id: 'Q', name: 'q', group: 'airport', values: { cargo: 0 }, deductions: [{ points: 9, reason: 'x' }] }] });
    expect(out.zones[0].total).toBe(0);
  });
});

describe('supervision deductions and grades', () => {
  it('cap on supervision; no rules, no deduction', () => {
    const notices = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, level: 'red' as const }));
    expect(supervisionDeductions(notices, { perLevel: { red: 1 }, repeats: [], max: 5 }).total).toBe(5);
    expect(supervisionDeductions(notices, { perLevel: { red: 1 }, repeats: [] }).total).toBe(12);
    expect(supervisionDeductions(notices, undefined).total).toBe(0);
    // three yellows with "every two: −1" is one repeat, not 1.5
    const y = Array.from({ length: 3 }, (_, i) => ({ id: `y${i}`, level: 'yellow' as const }));
    expect(supervisionDeductions(y, { perLevel: {}, repeats: [{ level: 'yellow', count: 2, points: 1 }] }).total).toBe(1);
  });
  it('grade bands at their edges', () => {
    expect(gradeOf(90)).toBe('excellent');
    expect(gradeOf(89.999)).toBe('good');
    expect(gradeOf(80)).toBe('good');
    expect(gradeOf(60)).toBe('pass');
    expect(gradeOf(59.9)).toBe('fail');
    expect(gradeOf(10, [{ grade: 'pass', min: 50 }])).toBe(null);
  });
});

describe('raters, gaps, ranks', () => {
  it('mean, trimmed mean, median', () => {
    expect(combineRaters([8, 9, 10, 3])).toBe(7.5);
    expect(combineRaters([8, 9, 10, 3], 'trimmed_mean')).toBe(8.5);
    expect(combineRaters([8, 10], 'trimmed_mean')).toBe(9);
    expect(combineRaters([8, 9, 10, 3], 'median')).toBe(8.5);
    expect(combineRaters([8, 1, 10], 'median')).toBe(8);
    expect(() => combineRaters([])).toThrow(/no scores/);
  });
  it('self minus unified per criterion', () => {
    expect(selfUnifiedGap({ a: 10, b: 5, c: null }, { a: 8, b: 6 })).toEqual([
      { code: 'a', self: 10, unified: 8, gap: 2 },
      { code: 'b', self: 5, unified: 6, gap: -1 },
      { code: 'c', self: null, unified: null, gap: null },
    ]);
  });
  it('competition ranking and rounding', () => {
    expect(competitionRanks([3, 5, 5, 1])).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([3, 5, 5, 1], false)).toEqual([2, 3, 3, 1]);
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(-0.125, 2)).toBe(-0.13);
    expect(round(1.005, 2)).toBe(1.01);
  });
});

describe('workflow state machine', () => {
  it('walks from draft to final, one step at a time', () => {
    let s = 'draft' as Parameters<typeof roundTransition>[0];
    const path = ['publish', 'open_summary', 'open_self_evaluation', 'open_unified_evaluation', 'circulate', 'open_appeals', 'finalize'] as const;
    for (const a of path) {
      const t = roundTransition(s, a, { zones: 2, selfApproved: 2, unifiedComplete: true, openAppeals: 0 });
      expect(t.ok).toBe(true);
      if (t.ok) s = t.to;
    }
    expect(s).toBe('final');
  });
  it('refuses skipped steps and says which stage is needed', () => {
    const t = roundTransition('summary', 'circulate');
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.messageZh).toContain('统评');
    expect(roundTransition('final', 'publish').ok).toBe(false);
  });
  it('guards: approvals, complete unified scores, open appeals, a reason for corrections', () => {
    expect(roundTransition('self_evaluation', 'open_unified_evaluation', { zones: 3, selfApproved: 2 }).ok).toBe(false);
    expect(roundTransition('self_evaluation', 'open_unified_evaluation', { zones: 3, selfApproved: 3 }).ok).toBe(true);
    expect(roundTransition('unified_evaluation', 'circulate', { unifiedComplete: false }).ok).toBe(false);
    expect(roundTransition('appeal_window', 'finalize', { openAppeals: 1 }).ok).toBe(false);
    expect(roundTransition('final', 'correct', {}).ok).toBe(false);
    expect(roundTransition('final', 'correct', { reason: '  ' }).ok).toBe(false);
    expect(roundTransition('final', 'correct', { reason: '申诉复核' })).toEqual({ ok: true, to: 'final', newVersion: true });
  });
  it('what can be written when', () => {
    expect(actionsFrom('final')).toEqual(['correct']);
    expect(actionsFrom('draft')).toEqual(['publish']);
    expect(canWriteScores('self_evaluation', 'self_evaluation')).toBe(true);
    expect(canWriteScores('unified_evaluation', 'self_evaluation')).toBe(false);
    expect(canWriteScores('final', 'unified_evaluation')).toBe(false);
    expect(canWriteScores('appeal_window', 'unified_evaluation')).toBe(true);
    expect(canWriteScores('summary', 'summary')).toBe(true);
    expect(canWriteScores('circulated', 'summary')).toBe(false);
    expect(selfEvaluationsPublic('unified_evaluation')).toBe(false);
    expect(selfEvaluationsPublic('circulated')).toBe(true);
  });
  it('self-evaluation approval and appeals', () => {
    expect(selfTransition('draft', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(selfTransition('submitted', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(selfTransition('submitted', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(selfTransition('returned', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(selfTransition('approved', 'submit').ok).toBe(false);
    expect(selfTransition('draft', 'approve').ok).toBe(false);
    expect(appealTransition('circulated', 'open', 'file').ok).toBe(false);
    expect(appealTransition('appeal_window', 'open', 'accept')).toEqual({ ok: true, to: 'accepted' });
    expect(appealTransition('appeal_window', 'rejected', 'accept').ok).toBe(false);
  });
});
