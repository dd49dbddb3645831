// Kills the mutants of src/domain/evaluation/allocate.ts: every step sentence (what the office
// signs) asserted exactly for a case per rule, every refusal with its message and field, and the
// edges of caps, floors, thresholds and tiers. Amounts worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, allocateInputSchema, awards, capAndFloor, largestRemainder, type AllocateInput } from '../../src/domain/evaluation/index';
import { EvaluationError } from '../../src/domain/evaluation/errors';

const run = (i: AllocateInput) => allocate(allocateInputSchema.parse(i));
const refusal = (i: AllocateInput) => {
  try {
    run(i);
  } catch (e) {
    if (e instanceof EvaluationError) return { zh: e.messageZh, en: e.messageEn, path: e.path };
    throw e;
  }
  throw new Error('not refused');
};

describe('factor share: steps in words', () => {
  it('veto, threshold, weights and totals, rounding', () => {
    // Eligible a, b: pop 50 + 50 = 100, score 60 + 40 = 100. a = 1000·(0.6·50/100 + 0.4·60/100) = 540.
    const r = run({
      pool: 1000,
      decimals: 0,
      rule: 'factor_share',
      threshold: 35,
      factors: [{ name: 'pop', weight: 3 }, { name: 'score', weight: 2 }],
      recipients: [
        { id: 'a', score: 60, factors: { pop: 50 } },
        { id: 'b', score: 40, factors: { pop: 50 } },
        { id: 'c', veto: true },
        { id: 'd', score: 30, factors: { pop: 10 } },
      ],
    });
    expect(r.allocations).toEqual([
      { id: 'a', exact: 540, amount: 540 },
      { id: 'b', exact: expect.closeTo(460, 9), amount: 460 },
      { id: 'c', exact: 0, amount: 0 },
      { id: 'd', exact: 0, amount: 0 },
    ]);
    expect(r.total).toBe(1000);
    expect(r.undistributed).toBe(0);
    expect(r.steps).toEqual([
      { step: 'veto', zh: '一票否决，不参与分配：c', en: 'vetoed, receive nothing: c' },
      { step: 'threshold', zh: '得分低于门槛 35，不参与分配：d', en: 'score below the threshold 35: receive nothing: d' },
      {
        step: 'factors',
        zh: '因素法 a_i = P · Σ_f ω_f · F_if / Σ_k F_kf；ω = pop 0.6，score 0.4；因素合计 pop 100，score 100',
        en: 'factor share a_i = P · Σ_f ω_f · F_if / Σ_k F_kf; ω = pop 0.6, score 0.4; factor totals pop 100, score 100',
      },
      { step: 'rounding', zh: '按最大余额法取整到 0 位小数，合计 1000，等于总额', en: 'rounded to 0 decimals by the largest-remainder method: total 1000, equal to the pool' },
    ]);
  });
  it('a score at the threshold takes part; just below does not', () => {
    const base = { pool: 100, decimals: 0, rule: 'factor_share' as const, factors: [{ name: 'score', weight: 1 }] };
    expect(run({ ...base, threshold: 50, recipients: [{ id: 'a', score: 50 }, { id: 'b', score: 50 }] }).allocations.map((a) => a.amount)).toEqual([50, 50]);
    expect(run({ ...base, threshold: 50, recipients: [{ id: 'a', score: 50 }, { id: 'b', score: 49.99 }] }).allocations.map((a) => a.amount)).toEqual([100, 0]);
    // Without a threshold a recipient needs no score when the factors do not use it.
    expect(run({ pool: 10, decimals: 0, rule: 'factor_share', factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', factors: { pop: 1 } }, { id: 'b', factors: { pop: 4 } }] }).allocations.map((a) => a.amount)).toEqual([2, 8]);
    // An explicit score factor wins over the score.
    expect(run({ ...base, recipients: [{ id: 'a', score: 90, factors: { score: 1 } }, { id: 'b', score: 10, factors: { score: 3 } }] }).allocations.map((a) => a.amount)).toEqual([25, 75]);
  });
  it('refusals name the field', () => {
    const base = { pool: 100, decimals: 0, rule: 'factor_share' as const };
    expect(refusal({ ...base, recipients: [{ id: 'a', score: 1 }] })).toEqual({ zh: '按因素法分配需要 factors（因素及权重）', en: 'factor_share needs factors (name and weight)', path: 'factors' });
    expect(refusal({ ...base, factors: [], recipients: [{ id: 'a', score: 1 }] }).path).toBe('factors');
    expect(refusal({ ...base, factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', factors: { pop: 1 } }, { id: 'b' }] })).toEqual({
      zh: '对象 b 缺少因素 pop', en: 'recipient b has no value for factor pop', path: 'recipients[1].factors.pop',
    });
    expect(refusal({ ...base, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }, { id: 'b', score: -2 }] })).toEqual({
      zh: '对象 b 的因素 score 为负', en: 'factor score of b is negative', path: 'recipients[1].factors.score',
    });
    expect(refusal({ ...base, factors: [{ name: 'pop', weight: 0 }], recipients: [{ id: 'a', factors: { pop: 1 } }] })).toEqual({
      zh: '没有可用于分配的因素（权重或数值全为零）', en: 'no factor to share by (all weights or values are zero)', path: 'factors',
    });
    expect(refusal({ ...base, factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', factors: { pop: 0 } }] }).path).toBe('factors');
    // A vetoed recipient may lack the factor.
    expect(run({ ...base, factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', factors: { pop: 1 } }, { id: 'b', veto: true }] }).allocations.map((a) => a.amount)).toEqual([100, 0]);
  });
});

describe('base plus performance: steps in words', () => {
  it('β split equally, the rest by score above the threshold', () => {
    // Base 300 / 3 = 100 each; performance 700 by 80 : 20 → 560, 140; c below 15 gets base only.
    const r = run({ pool: 1000, decimals: 0, rule: 'base_plus_performance', base: 0.3, threshold: 15, recipients: [{ id: 'a', score: 80 }, { id: 'b', score: 20 }, { id: 'c', score: 10 }, { id: 'v', veto: true }] });
    expect(r.allocations.map((a) => [a.id, a.exact, a.amount])).toEqual([
      ['a', 660, 660],
      ['b', 240, 240],
      ['c', 100, 100],
      ['v', 0, 0],
    ]);
    expect(r.steps).toEqual([
      { step: 'veto', zh: '一票否决，不参与分配：v', en: 'vetoed, receive nothing: v' },
      { step: 'threshold', zh: '得分低于门槛 15，不参与绩效部分：c', en: 'score below the threshold 15: no performance share: c' },
      { step: 'base', zh: '基础部分 β = 0.3：300 由 3 个对象平均分配', en: 'base share β = 0.3: 300 split equally among 3' },
      { step: 'performance', zh: '绩效部分 700 按得分分配（得分合计 100）', en: 'performance share 700 split by score (scores add up to 100)' },
      { step: 'rounding', zh: '按最大余额法取整到 0 位小数，合计 1000，等于总额', en: 'rounded to 0 decimals by the largest-remainder method: total 1000, equal to the pool' },
    ]);
  });
  it('base by a factor; without β everything is performance; a zero score gets no performance share', () => {
    const r = run({ pool: 100, decimals: 0, rule: 'base_plus_performance', base: 0.5, baseFactor: 'pop', recipients: [{ id: 'a', score: 1, factors: { pop: 3 } }, { id: 'b', score: 1, factors: { pop: 1 } }, { id: 'c', score: 0 }] });
    // Base 50 by pop 3 : 1 : 0 → 37.5, 12.5, 0; performance 50 by 1 : 1 → 25, 25.
    expect(r.allocations.map((a) => a.exact)).toEqual([62.5, 37.5, 0]);
    expect(r.steps.find((s) => s.step === 'base')).toEqual({ step: 'base', zh: '基础部分 β = 0.5：50 按 pop 分配', en: 'base share β = 0.5: 50 split by pop' });
    const noBase = run({ pool: 100, decimals: 0, rule: 'base_plus_performance', recipients: [{ id: 'a', score: 3 }, { id: 'b', score: 1 }] });
    expect(noBase.allocations.map((a) => a.amount)).toEqual([75, 25]);
    expect(noBase.steps[0]).toEqual({ step: 'base', zh: '基础部分 β = 0：0 由 2 个对象平均分配', en: 'base share β = 0: 0 split equally among 2' });
    expect(run({ pool: 100, decimals: 0, rule: 'base_plus_performance', recipients: [{ id: 'a', score: 3 }, { id: 'b', score: -1 }] }).allocations.map((a) => a.amount)).toEqual([100, 0]);
  });
  it('refuses a base factor adding up to zero, and a missing score', () => {
    expect(refusal({ pool: 100, decimals: 0, rule: 'base_plus_performance', base: 0.5, baseFactor: 'pop', recipients: [{ id: 'a', score: 1 }] })).toEqual({
      zh: '基础部分按因素 pop 分配，但该因素合计为零', en: 'the base share is split by pop, which adds up to zero', path: 'baseFactor',
    });
    expect(refusal({ pool: 100, decimals: 0, rule: 'base_plus_performance', recipients: [{ id: 'a', score: 1 }, { id: 'b' }] })).toEqual({ zh: '对象 b 缺少得分', en: 'recipient b has no score', path: 'recipients[1].score' });
  });
});

describe('rank tiers: steps in words', () => {
  it('ties share the places they occupy; what the tiers do not need stays undistributed', () => {
    // Ranks 1, 2, 2, 4: a 100; b and c share places 2 and 3 (50 + 50) / 2; d (4th) nothing.
    const r = run({ pool: 250, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 1, amount: 100 }, { fromRank: 2, toRank: 3, amount: 50 }], recipients: [{ id: 'a', score: 90 }, { id: 'b', score: 80 }, { id: 'c', score: 80 }, { id: 'd', score: 70 }] });
    expect(r.allocations.map((a) => a.amount)).toEqual([100, 50, 50, 0]);
    expect(r.total).toBe(200);
    expect(r.undistributed).toBe(50);
    expect(r.steps).toEqual([
      { step: 'tiers', zh: '按名次：第 1 名各 100，第 2–3 名各 50；并列者平分所占名次的额度', en: 'by rank: 1: 100 each, 2–3: 50 each; tied recipients share the places they occupy' },
      { step: 'rounding', zh: '按最大余额法取整到 0 位小数，合计 200，未分配 50', en: 'rounded to 0 decimals by the largest-remainder method: total 200, 50 not distributed' },
    ]);
    // A tie across a tier boundary: places 1 and 2 shared, (100 + 50) / 2.
    expect(run({ pool: 250, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 1, amount: 100 }, { fromRank: 2, toRank: 3, amount: 50 }], recipients: [{ id: 'a', score: 9 }, { id: 'b', score: 9 }] }).allocations.map((a) => a.amount)).toEqual([75, 75]);
  });
  it('the tiers may need exactly the pool, not more; reversed tiers and none are refused', () => {
    const tiers = [{ fromRank: 1, toRank: 2, amount: 125 }];
    expect(run({ pool: 250, decimals: 0, rule: 'rank_tiers', tiers, recipients: [{ id: 'a', score: 2 }, { id: 'b', score: 1 }] }).undistributed).toBe(0);
    expect(refusal({ pool: 249, decimals: 0, rule: 'rank_tiers', tiers, recipients: [{ id: 'a', score: 2 }] })).toEqual({ zh: '名次档合计 250 超过预留总额 249', en: 'the tiers need 250, more than the reserved pool 249', path: 'tiers' });
    expect(refusal({ pool: 250, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 1, amount: 1 }, { fromRank: 3, toRank: 2, amount: 1 }], recipients: [{ id: 'a', score: 2 }] })).toEqual({
      zh: '第 2 档的起止名次颠倒', en: 'tier 2 ends before it starts', path: 'tiers[1]',
    });
    expect(refusal({ pool: 250, decimals: 0, rule: 'rank_tiers', recipients: [{ id: 'a', score: 2 }] })).toEqual({ zh: '按名次分配需要 tiers（名次档及每名额度）', en: 'rank_tiers needs tiers (ranks and amount each)', path: 'tiers' });
    expect(refusal({ pool: 250, decimals: 0, rule: 'rank_tiers', tiers: [], recipients: [{ id: 'a', score: 2 }] }).path).toBe('tiers');
    // A one-place tier from 1 to 1 is fine (toRank = fromRank).
    expect(run({ pool: 5, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 1, amount: 5 }], recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 0 }] }).allocations.map((a) => a.amount)).toEqual([5, 0]);
  });
});

describe('caps and floors: steps in words', () => {
  it('capped and floored named, with the passes', () => {
    // 70, 20, 10; cap 50: a held at 50, b and c share 50 → 33.3, 16.7; floor 20: c raised, b takes 30.
    const r = run({ pool: 100, decimals: 0, rule: 'factor_share', cap: 0.5, floor: 20, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 70 }, { id: 'b', score: 20 }, { id: 'c', score: 10 }] });
    expect(r.allocations.map((a) => a.amount)).toEqual([50, 30, 20]);
    expect(r.steps.find((s) => s.step === 'cap_floor')).toEqual({
      step: 'cap_floor',
      zh: '封顶 50：a；保底 20：c；差额按比例在其余对象间调剂（2 轮）',
      en: 'capped at 50: a; raised to the floor 20: c; the difference spread over the others in proportion (2 passes)',
    });
    const capOnly = run({ pool: 100, decimals: 0, rule: 'factor_share', cap: 0.5, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 70 }, { id: 'b', score: 30 }, { id: 'c', score: 0 }] });
    expect(capOnly.steps.find((s) => s.step === 'cap_floor')).toEqual({ step: 'cap_floor', zh: '封顶 50：a；差额按比例在其余对象间调剂（1 轮）', en: 'capped at 50: a; the difference spread over the others in proportion (1 passes)' });
    const floorOnly = run({ pool: 100, decimals: 0, rule: 'factor_share', floor: 20, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 90 }, { id: 'b', score: 10 }] });
    expect(floorOnly.allocations.map((a) => a.amount)).toEqual([80, 20]);
    expect(floorOnly.steps.find((s) => s.step === 'cap_floor')).toEqual({ step: 'cap_floor', zh: '保底 20：b；差额按比例在其余对象间调剂（1 轮）', en: 'raised to the floor 20: b; the difference spread over the others in proportion (1 passes)' });
    // Nothing moves: no step.
    expect(run({ pool: 100, decimals: 0, rule: 'factor_share', cap: 0.5, floor: 10, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 50 }, { id: 'b', score: 50 }] }).steps.map((s) => s.step)).toEqual(['factors', 'rounding']);
  });
  it('at the cap and at the floor nothing moves; a hair above or below does', () => {
    expect(capAndFloor([50, 30, 20], { cap: 50, floor: 20 })).toEqual({ amounts: [50, 30, 20], capped: [], floored: [], passes: 0 });
    const over = capAndFloor([50.1, 29.9, 20], { cap: 50 });
    expect(over.capped).toEqual([0]);
    expect(over.passes).toBe(1);
    const under = capAndFloor([60, 20.1, 19.9], { floor: 20 });
    expect(under.floored).toEqual([2]);
    expect(under.amounts[2]).toBe(20);
    // Zero recipients take no part and stay at zero.
    expect(capAndFloor([100, 0], { floor: 10 }).amounts).toEqual([100, 0]);
  });
  it('floors that need more than the total are refused; exactly the total is fine', () => {
    expect(capAndFloor([10, 10, 10], { floor: 10 }).amounts).toEqual([10, 10, 10]);
    expect(() => capAndFloor([10, 10, 10], { floor: 10.01 })).toThrow(EvaluationError);
    expect(refusal({ pool: 100, decimals: 0, rule: 'factor_share', floor: 40, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }] })).toEqual({
      zh: '保底额 40 × 3 个对象超过可分配总额 100', en: 'floor 40 × 3 recipients exceeds the amount to distribute (100)', path: 'floor',
    });
  });
});

describe('pool, ids and rounding', () => {
  it('refusals with their messages and fields', () => {
    const f = [{ name: 'score', weight: 1 }];
    expect(refusal({ pool: 100.5, decimals: 0, rule: 'factor_share', factors: f, recipients: [{ id: 'a', score: 1 }] })).toEqual({
      zh: '总额 100.5 不是最小单位（0 位小数）的整数倍', en: 'the pool 100.5 is not a whole number of units at 0 decimals', path: 'pool',
    });
    expect(run({ pool: 100.5, decimals: 1, rule: 'factor_share', factors: f, recipients: [{ id: 'a', score: 1 }] }).total).toBe(100.5);
    expect(refusal({ pool: 100, decimals: 0, rule: 'factor_share', factors: f, recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'a', score: 2 }] })).toEqual({
      zh: '对象 a 重复', en: 'recipient a appears twice', path: 'recipients[2].id',
    });
    expect(refusal({ pool: 100, decimals: 0, rule: 'factor_share', threshold: 1, factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', score: 1, factors: { pop: 1 } }, { id: 'b', factors: { pop: 1 } }] })).toEqual({
      zh: '对象 b 缺少得分', en: 'recipient b has no score', path: 'recipients[1].score',
    });
  });
  it('largest remainder: the larger exact amount wins a tie of remainders, then the score, then input order', () => {
    expect(largestRemainder([1.5, 2.5], 0)).toEqual([1, 3]);
    expect(largestRemainder([2.5, 1.5], 0)).toEqual([3, 1]);
    expect(largestRemainder([0.5, 0.5, 0.5, 0.5], 0, [1, 3, 2])).toEqual([0, 1, 1, 0]);
    expect(largestRemainder([0.999999999999, 1], 0)).toEqual([1, 1]);
    expect(largestRemainder([0.05, 0.05], 1)).toEqual([0.1, 0]);
    // A vetoed recipient (priority −∞) never wins a tie.
    expect(run({ pool: 1, decimals: 0, rule: 'base_plus_performance', base: 1, recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }] }).allocations.map((a) => a.amount)).toEqual([0, 1]);
  });
  it('property: the amounts add up to Σ exact within half a unit, each within one unit of its exact part', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const exact = cents.map((c) => c / 1000);
        const got = largestRemainder(exact, decimals);
        const f = 10 ** decimals;
        const units = got.map((g) => Math.round(g * f));
        got.forEach((g, i) => expect(g).toBe(units[i] / f));
        expect(Math.abs(units.reduce((s, u) => s + u, 0) - exact.reduce((s, x) => s + x, 0) * f)).toBeLessThanOrEqual(0.5 + 1e-6);
        got.forEach((g, i) => expect(Math.abs(g - exact[i])).toBeLessThan(1 / f + 1e-9));
      }),
    );
  });
});

describe('awards at their edges', () => {
  const zones = [
    { id: 'a', group: 'g', total: 90, rankInGroup: 1, eligible: true, grade: 'excellent' as const },
    { id: 'b', group: 'g', total: 80, rankInGroup: 2, eligible: true, grade: 'good' as const },
    { id: 'c', group: 'h', total: 80, rankInGroup: 1, eligible: true, grade: 'pass' as const },
    { id: 'd', group: 'h', total: 70, rankInGroup: 2, eligible: false, grade: null },
    { id: 'e', group: 'h', total: 60, rankInGroup: 3, eligible: true, grade: null },
  ];
  it('minimum score and grade are inclusive; no grade is never enough', () => {
    expect(awards(zones, [{ title: 't', minScore: 80 }])).toEqual([{ title: 't', zoneIds: ['a', 'b', 'c', 'e'].filter((id) => id !== 'e') }]);
    expect(awards(zones, [{ title: 't', minGrade: 'pass' }])[0].zoneIds).toEqual(['a', 'b', 'c']);
    expect(awards(zones, [{ title: 't', minGrade: 'excellent' }])[0].zoneIds).toEqual(['a']);
    expect(awards(zones, [{ title: 't' }])[0].zoneIds).toEqual(['a', 'b', 'c', 'e']);
  });
  it('top N per group and overall are inclusive, ties share the rank', () => {
    expect(awards(zones, [{ title: 't', topPerGroup: 2 }])[0].zoneIds).toEqual(['a', 'b', 'c']);
    expect(awards(zones, [{ title: 't', topOverall: 2 }])[0].zoneIds).toEqual(['a', 'b', 'c']);
    expect(awards(zones, [{ title: 't', topOverall: 1 }])[0].zoneIds).toEqual(['a']);
  });
});

// Survivors of the 2026-12-01 mutation run (91.90 %) that a test can kill.
describe('allocate.ts survivors', () => {
  it('several vetoed, below the threshold, capped and floored are listed with their separators', () => {
    const r = run({
      pool: 100,
      decimals: 0,
      rule: 'factor_share',
      threshold: 10,
      cap: 0.4,
      floor: 5,
      factors: [{ name: 'score', weight: 1 }],
      recipients: [{ id: 'a', score: 45 }, { id: 'b', score: 45 }, { id: 'c', score: 11 }, { id: 'd', score: 1 }, { id: 'e', score: 2 }, { id: 'v', veto: true }, { id: 'w', veto: true }],
    });
    const step = (k: string) => r.steps.find((s) => s.step === k);
    expect(step('veto')).toEqual({ step: 'veto', zh: '一票否决，不参与分配：v、w', en: 'vetoed, receive nothing: v, w' });
    expect(step('threshold')).toEqual({ step: 'threshold', zh: '得分低于门槛 10，不参与分配：d、e', en: 'score below the threshold 10: receive nothing: d, e' });
    // 45, 45, 11 of 101: a and b above 40 → capped; c gets the remaining 20.
    expect(step('cap_floor')).toEqual({ step: 'cap_floor', zh: '封顶 40：a、b；差额按比例在其余对象间调剂（1 轮）', en: 'capped at 40: a, b; the difference spread over the others in proportion (1 passes)' });
    const f = run({ pool: 100, decimals: 0, rule: 'factor_share', floor: 10, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 90 }, { id: 'b', score: 5 }, { id: 'c', score: 5 }] });
    expect(f.steps.find((s) => s.step === 'cap_floor')).toEqual({ step: 'cap_floor', zh: '保底 10：b、c；差额按比例在其余对象间调剂（1 轮）', en: 'raised to the floor 10: b, c; the difference spread over the others in proportion (1 passes)' });
  });
  it('floors count only recipients with an amount', () => {
    expect(capAndFloor([100, 0], { floor: 60 }).amounts).toEqual([100, 0]);
  });
  it('a recipient lacking a factor is refused even when it has a score', () => {
    expect(refusal({ pool: 100, decimals: 0, rule: 'factor_share', factors: [{ name: 'pop', weight: 1 }], recipients: [{ id: 'a', factors: { pop: 1 } }, { id: 'b', score: 5 }] })?.path).toBe('recipients[1].factors.pop');
  });
  it('tiers may be listed in any order', () => {
    const r = run({ pool: 200, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 2, toRank: 3, amount: 50 }, { fromRank: 1, toRank: 1, amount: 100 }], recipients: [{ id: 'a', score: 3 }, { id: 'b', score: 2 }, { id: 'c', score: 1 }] });
    expect(r.allocations.map((a) => a.amount)).toEqual([100, 50, 50]);
  });
  it('vetoed and below-threshold recipients take no place in the ranking', () => {
    const r = run({
      pool: 200,
      decimals: 0,
      rule: 'rank_tiers',
      threshold: 10,
      tiers: [{ fromRank: 1, toRank: 1, amount: 100 }, { fromRank: 2, toRank: 2, amount: 60 }],
      recipients: [{ id: 'v', score: 99, veto: true }, { id: 'a', score: 50 }, { id: 'low', score: 5 }, { id: 'b', score: 40 }],
    });
    expect(r.allocations.map((a) => [a.id, a.amount])).toEqual([['v', 0], ['a', 100], ['low', 0], ['b', 60]]);
  });
});
