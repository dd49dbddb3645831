// Kills the mutants of src/domain/evaluation/rules.ts: every explanation (what an evaluated zone
// reads next to its points) asserted exactly in both languages, each rule at its edges, every
// parameter check with its message, and invariants with fast-check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRule, RULE_KINDS, scoreRule, type ScoringRule } from '../../src/domain/evaluation/rules';
import { EvaluationError } from '../../src/domain/evaluation/errors';

const said = (rule: ScoringRule, value: number | boolean, full: number, group?: (number | boolean)[]) => {
  const o = scoreRule(rule, value, full, group);
  return [o.points, o.explainZh, o.explainEn];
};
const refusal = (rule: ScoringRule, path?: string) => {
  try {
    checkRule(rule, path);
  } catch (e) {
    if (e instanceof EvaluationError) return [e.messageZh, e.messageEn, e.path];
    throw e;
  }
  return null;
};

describe('explanations, exactly', () => {
  it('target attainment: plain, capped, below zero, lower is better', () => {
    expect(said({ kind: 'target_attainment', target: 200 }, 150, 30)).toEqual([22.5, '实际 150 ÷ 目标 200 = 0.75；× 30 分 = 22.5', 'actual 150 ÷ target 200 = 0.75; × 30 = 22.5']);
    expect(said({ kind: 'target_attainment', target: 200, cap: 1.2 }, 300, 30)).toEqual([36, '实际 300 ÷ 目标 200 = 1.5，封顶 1.2；× 30 分 = 36', 'actual 300 ÷ target 200 = 1.5, capped at 1.2; × 30 = 36']);
    expect(said({ kind: 'target_attainment', target: 200, cap: 1.2 }, 240, 30)).toEqual([36, '实际 240 ÷ 目标 200 = 1.2；× 30 分 = 36', 'actual 240 ÷ target 200 = 1.2; × 30 = 36']);
    expect(said({ kind: 'target_attainment', target: 200 }, -50, 30)).toEqual([0, '实际 -50 ÷ 目标 200 = -0.25，不低于 0；× 30 分 = 0', 'actual -50 ÷ target 200 = -0.25, floored at 0; × 30 = 0']);
    expect(said({ kind: 'target_attainment', target: 200 }, 0, 30)).toEqual([0, '实际 0 ÷ 目标 200 = 0；× 30 分 = 0', 'actual 0 ÷ target 200 = 0; × 30 = 0']);
    expect(said({ kind: 'target_attainment', target: 60, better: 'lower', cap: 1.5 }, 80, 10)).toEqual([7.5, '目标 60 ÷ 实际 80 = 0.75；× 10 分 = 7.5', 'target 60 ÷ actual 80 = 0.75; × 10 = 7.5']);
    // Lower is better and the value is zero or less: the cap, no division.
    expect(said({ kind: 'target_attainment', target: 60, better: 'lower', cap: 1.5 }, 0, 10)).toEqual([15, '目标 60 ÷ 实际 0 = 1.5；× 10 分 = 15', 'target 60 ÷ actual 0 = 1.5; × 10 = 15']);
    expect(scoreRule({ kind: 'target_attainment', target: 60, better: 'lower' }, -1, 10).points).toBe(10);
  });
  it('banded: above, below, held within bounds, no cap shown as ∞', () => {
    const rule: ScoringRule = { kind: 'banded', target: 100, step: 10, pointsAbove: 1, pointsBelow: 2, minPoints: 5, maxPoints: 22 };
    expect(said(rule, 125, 20)).toEqual([22, '超目标 2 档，每档 +1：20 → 22', '2 step(s) beyond target, +1 each: 20 → 22']);
    expect(said(rule, 139, 20)).toEqual([22, '超目标 3 档，每档 +1：20 → 23，限定在 [5, 22] 内为 22', '3 step(s) beyond target, +1 each: 20 → 23, held within [5, 22] at 22']);
    // Less than a whole step short counts no step (and reads as 0 steps beyond).
    expect(said(rule, 95, 20)).toEqual([20, '超目标 0 档，每档 +1：20 → 20', '0 step(s) beyond target, +1 each: 20 → 20']);
    expect(said(rule, 90, 20)).toEqual([18, '低于目标 1 档，每档 −2：20 → 18', '1 step(s) short of target, −2 each: 20 → 18']);
    expect(said(rule, 80.01, 20)[0]).toBe(18);
    expect(said(rule, 80, 20)).toEqual([16, '低于目标 2 档，每档 −2：20 → 16', '2 step(s) short of target, −2 each: 20 → 16']);
    expect(said(rule, 109.99, 20)[0]).toBe(20);
    expect(said(rule, 110, 20)[0]).toBe(21);
    expect(said(rule, 0, 20)).toEqual([5, '低于目标 10 档，每档 −2：20 → 0，限定在 [5, 22] 内为 5', '10 step(s) short of target, −2 each: 20 → 0, held within [5, 22] at 5']);
    expect(said({ kind: 'banded', target: 100, step: 10, pointsAbove: 1, pointsBelow: 2 }, 0, 20)).toEqual([0, '低于目标 10 档，每档 −2：20 → 0', '10 step(s) short of target, −2 each: 20 → 0']);
    expect(said({ kind: 'banded', target: 100, step: 10, pointsAbove: 1, pointsBelow: 2 }, -10, 20)).toEqual([0, '低于目标 11 档，每档 −2：20 → -2，限定在 [0, ∞] 内为 0', '11 step(s) short of target, −2 each: 20 → -2, held within [0, ∞] at 0']);
    expect(said({ kind: 'banded', target: 100, step: 10, pointsAbove: 1, pointsBelow: 2, better: 'lower' }, 80, 20)).toEqual([22, '超目标 2 档，每档 +1：20 → 22', '2 step(s) beyond target, +1 each: 20 → 22']);
    expect(said({ kind: 'banded', target: 100, step: 10, pointsAbove: 1, pointsBelow: 2 }, 100, 20)).toEqual([20, '超目标 0 档，每档 +1：20 → 20', '0 step(s) beyond target, +1 each: 20 → 20']);
  });
  it('linear, rank points, ratio to best, points, yes/no', () => {
    expect(said({ kind: 'linear', floor: 50, target: 100 }, 75, 10)).toEqual([5, '起评值 50 得 0 分、目标 100 得满分，实际 75 得 50% × 10 = 5', '0 points at 50, full marks at 100: 75 earns 50 % × 10 = 5']);
    expect(said({ kind: 'linear', floor: 50, target: 100 }, 120, 10)[0]).toBe(10);
    expect(said({ kind: 'linear', floor: 50, target: 100 }, 40, 10)[0]).toBe(0);
    expect(said({ kind: 'linear', floor: 100, target: 50 }, 60, 10)[0]).toBe(8);
    expect(said({ kind: 'rank_points', points: [10, 8, 6] }, 7, 10, [9, 7, 7, 3])).toEqual([8, '组内第 2 名，得 8 分', 'rank 2 in the group: 8 points']);
    expect(said({ kind: 'rank_points', points: [10, 8, 6] }, 3, 10, [9, 7, 7, 3])).toEqual([0, '组内第 4 名，得 0 分', 'rank 4 in the group: 0 points']);
    expect(said({ kind: 'rank_points', points: [10, 8, 6], better: 'lower' }, 3, 10, [9, 7, 7, 3])).toEqual([10, '组内第 1 名，得 10 分', 'rank 1 in the group: 10 points']);
    expect(said({ kind: 'rank_points', points: [10, 8] }, true, 10, [true, false])).toEqual([10, '组内第 1 名，得 10 分', 'rank 1 in the group: 10 points']);
    expect(said({ kind: 'rank_points', points: [10, 8] }, false, 10, [true, false])[0]).toBe(8);
    expect(said({ kind: 'rank_points', points: [10, 8] }, 1, 10)[0]).toBe(10);
    expect(said({ kind: 'ratio_to_best' }, 30, 10, [40, 30])).toEqual([7.5, '实际 30 ÷ 组内最优 40 = 0.75；× 10 = 7.5', 'actual 30 ÷ best in group 40 = 0.75; × 10 = 7.5']);
    expect(said({ kind: 'ratio_to_best', better: 'lower' }, 40, 10, [40, 30])).toEqual([7.5, '组内最优 30 ÷ 实际 40 = 0.75；× 10 = 7.5', 'best in group 30 ÷ actual 40 = 0.75; × 10 = 7.5']);
    expect(said({ kind: 'ratio_to_best', better: 'lower' }, 0, 10, [0, 30])[0]).toBe(10);
    expect(said({ kind: 'ratio_to_best' }, 0, 10, [0, -5])[0]).toBe(10);
    expect(said({ kind: 'ratio_to_best' }, -5, 10, [0, -5])[0]).toBe(0);
    expect(said({ kind: 'ratio_to_best' }, true, 10, [true, false])[0]).toBe(10);
    expect(said({ kind: 'ratio_to_best' }, 5, 10)).toEqual([10, '实际 5 ÷ 组内最优 5 = 1；× 10 = 10', 'actual 5 ÷ best in group 5 = 1; × 10 = 10']); // no group: the zone is its own best
    expect(said({ kind: 'points' }, 7, 10)).toEqual([7, '评分 7', 'rated 7']);
    expect(said({ kind: 'points' }, 12, 10)).toEqual([10, '评分 12，限定在 0–10 内为 10', 'rated 12, held within 0–10 at 10']);
    expect(said({ kind: 'points' }, -1, 10)).toEqual([0, '评分 -1，限定在 0–10 内为 0', 'rated -1, held within 0–10 at 0']);
    expect(said({ kind: 'yes_no' }, true, 10)).toEqual([10, '已完成，得满分 10', 'done: full marks 10']);
    expect(said({ kind: 'yes_no' }, 1, 10)[0]).toBe(10);
    expect(said({ kind: 'yes_no' }, 0.99, 10)).toEqual([0, '未完成，得 0 分', 'not done: 0 points']);
    expect(said({ kind: 'yes_no' }, false, 10)[0]).toBe(0);
  });
});

describe('parameter checks', () => {
  it('every refusal with its message and path; valid rules pass', () => {
    expect(refusal({ kind: 'target_attainment', target: 0 }, 'criteria[2].rule')).toEqual(['目标值应大于零', 'target must be greater than zero', 'criteria[2].rule']);
    expect(refusal({ kind: 'target_attainment', target: 1, cap: 0.99 })).toEqual(['封顶比例应不小于 1（如 1.2 表示 120%）', 'cap must be at least 1 (1.2 means 120 %)', 'rule']);
    expect(refusal({ kind: 'target_attainment', target: 1, cap: 1 })).toBeNull();
    expect(refusal({ kind: 'target_attainment', target: 0.01 })).toBeNull();
    expect(refusal({ kind: 'banded', target: 1, step: 0, pointsAbove: 1, pointsBelow: 1 })).toEqual(['档距应大于零', 'step must be greater than zero', 'rule']);
    expect(refusal({ kind: 'banded', target: 1, step: 1, pointsAbove: -1, pointsBelow: 1 })).toEqual(['每档加减分不能为负', 'points per step must not be negative', 'rule']);
    expect(refusal({ kind: 'banded', target: 1, step: 1, pointsAbove: 1, pointsBelow: -1 })?.[0]).toBe('每档加减分不能为负');
    expect(refusal({ kind: 'banded', target: 1, step: 1, pointsAbove: 0, pointsBelow: 0, minPoints: 5, maxPoints: 4 })).toEqual(['最低分不能高于最高分', 'minPoints must not exceed maxPoints', 'rule']);
    expect(refusal({ kind: 'banded', target: 1, step: 1, pointsAbove: 0, pointsBelow: 0, minPoints: 5, maxPoints: 5 })).toBeNull();
    expect(refusal({ kind: 'banded', target: 1, step: 1, pointsAbove: 0, pointsBelow: 0, minPoints: 5 })).toBeNull();
    expect(refusal({ kind: 'linear', floor: 3, target: 3 })).toEqual(['起评值与目标值不能相同', 'floor and target must differ', 'rule']);
    expect(refusal({ kind: 'rank_points', points: [] })).toEqual(['名次分值表应为非负数列表', 'points must be a list of non-negative numbers', 'rule']);
    expect(refusal({ kind: 'rank_points', points: [1, -1] })?.[0]).toBe('名次分值表应为非负数列表');
    expect(refusal({ kind: 'rank_points', points: [0] })).toBeNull();
    expect(refusal({ kind: 'yes_no' })).toBeNull();
    expect(RULE_KINDS).toEqual(['target_attainment', 'banded', 'linear', 'rank_points', 'ratio_to_best', 'yes_no', 'points']);
  });
});

describe('invariants', () => {
  it('target attainment and linear are monotone in the value and stay within [0, cap × full marks]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 300 }), (v, d, target) => {
        const rule: ScoringRule = { kind: 'target_attainment', target, cap: 1.2 };
        const a = scoreRule(rule, v, 30).points;
        const b = scoreRule(rule, v + d, 30).points;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(36 + 1e-9);
        const lin: ScoringRule = { kind: 'linear', floor: 0, target };
        expect(scoreRule(lin, v + d, 10).points).toBeGreaterThanOrEqual(scoreRule(lin, v, 10).points);
      }),
    );
  });
  it('banded lower-is-better mirrors higher-is-better around the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 300 }), (d) => {
        const up: ScoringRule = { kind: 'banded', target: 100, step: 7, pointsAbove: 1, pointsBelow: 2 };
        expect(scoreRule({ ...up, better: 'lower' }, 100 - d, 20).points).toBe(scoreRule(up, 100 + d, 20).points);
      }),
    );
  });
});
