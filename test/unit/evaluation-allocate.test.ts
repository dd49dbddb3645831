// Allocation rules with exact totals after rounding, cap redistribution, ties, thresholds and
// vetoes; awards; and property tests: never negative, the parts add up to the pool, and a higher
// score never gets less under a rule monotone in the score.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, allocateInputSchema, awards, capAndFloor, largestRemainder, runAllocate, type AllocateInput } from '../../src/domain/evaluation/index';

const run = (i: AllocateInput) => runAllocate(i);
const amounts = (r: ReturnType<typeof run>) => Object.fromEntries(r.allocations.map((a) => [a.id, a.amount]));

describe('largest remainder', () => {
  it('three equal thirds of 100 at 0 decimals: 34, 33, 33', () => {
    expect(largestRemainder([100 / 3, 100 / 3, 100 / 3], 0)).toEqual([34, 33, 33]);
  });
  it('the largest remainders get the missing units', () => {
    // floors 10, 20, 69 = 99; remainders .2, .3, .5 → the third gets the unit.
    expect(largestRemainder([10.2, 20.3, 69.5], 0)).toEqual([10, 20, 70]);
    expect(largestRemainder([1.234, 2.345, 6.421], 2)).toEqual([1.23, 2.35, 6.42]);
  });
  it('equal remainders go to the higher priority (score), then input order', () => {
    expect(largestRemainder([0.5, 0.5], 0, [1, 2])).toEqual([0, 1]);
    expect(largestRemainder([0.5, 0.5], 0)).toEqual([1, 0]);
    expect(largestRemainder([0.5, 0.6], 0, [9, 0])).toEqual([0, 1]);
  });
  it('exact parts stay as they are', () => {
    expect(largestRemainder([25, 75], 0)).toEqual([25, 75]);
  });
});

describe('factor share', () => {
  it('a_i = P · Σ ω_f F_if / Σ_k F_kf, by hand', () => {
    // score shares 0.5/0.3/0.2, GDP shares 0.2/0.3/0.5; ω 0.6/0.4 → 0.38, 0.30, 0.32 of 1000.
    const r = run({
      pool: 1000,
      decimals: 0,
      rule: 'factor_share',
      factors: [{ name: 'score', weight: 60 }, { name: 'gdp', weight: 40 }],
      recipients: [
        { id: 'a', score: 50, factors: { gdp: 20 } },
        { id: 'b', score: 30, factors: { gdp: 30 } },
        { id: 'c', score: 20, factors: { gdp: 50 } },
      ],
    });
    expect(r.allocations.map((a) => a.exact)).toEqual([380, 300, 320].map((x) => expect.closeTo(x, 9)) as unknown as number[]);
    expect(amounts(r)).toEqual({ a: 380, b: 300, c: 320 });
    expect(r.total).toBe(1000);
    expect(r.undistributed).toBe(0);
  });
  it('veto and threshold exclude a recipient; the others share the pool', () => {
    const r = run({
      pool: 100,
      decimals: 2,
      rule: 'factor_share',
      threshold: 60,
      factors: [{ name: 'score', weight: 1 }],
      recipients: [
        { id: 'a', score: 90 },
        { id: 'b', score: 59.99 },
        { id: 'c', score: 60 },
        { id: 'd', score: 99, veto: true },
      ],
    });
    expect(amounts(r)).toEqual({ a: 60, b: 0, c: 40, d: 0 });
    expect(r.steps.map((s) => s.step)).toEqual(['veto', 'threshold', 'factors', 'rounding']);
  });
  it('a factor nobody has hands its weight to the others', () => {
    const r = run({ pool: 10, decimals: 0, rule: 'factor_share', factors: [{ name: 'x', weight: 1 }, { name: 'y', weight: 1 }], recipients: [{ id: 'a', factors: { x: 1, y: 0 } }, { id: 'b', factors: { x: 4, y: 0 } }] });
    expect(r.allocations.map((a) => a.amount)).toEqual([2, 8]);
  });
  it('refuses missing factors and negative values', () => {
    expect(() => run({ pool: 10, decimals: 0, rule: 'factor_share', recipients: [{ id: 'a' }] })).toThrow(/factors/);
    expect(() => run({ pool: 10, decimals: 0, rule: 'factor_share', factors: [{ name: 'x', weight: 1 }], recipients: [{ id: 'a' }] })).toThrow(/no value for factor x/);
    expect(() => run({ pool: 10, decimals: 0, rule: 'factor_share', factors: [{ name: 'x', weight: 0 }], recipients: [{ id: 'a', factors: { x: 1 } }] })).toThrow(/no factor/);
  });
});

describe('base plus performance', () => {
  it('β split equally, the rest by eligible score; below the threshold base only; veto nothing', () => {
    const r = run({
      pool: 1000,
      decimals: 0,
      rule: 'base_plus_performance',
      base: 0.3,
      threshold: 60,
      recipients: [
        { id: 'a', score: 90 },
        { id: 'b', score: 70 },
        { id: 'c', score: 50 },
        { id: 'd', score: 95, veto: true },
      ],
    });
    // base 300 / 3 = 100 each (a, b, c); performance 700 by 90:70 → 393.75, 306.25.
    expect(r.allocations.map((a) => a.exact)).toEqual([493.75, 406.25, 100, 0]);
    expect(amounts(r)).toEqual({ a: 494, b: 406, c: 100, d: 0 });
    expect(r.total).toBe(1000);
  });
  it('base split by a factor', () => {
    const r = run({ pool: 100, decimals: 0, rule: 'base_plus_performance', base: 1, baseFactor: 'area', recipients: [{ id: 'a', score: 1, factors: { area: 1 } }, { id: 'b', score: 1, factors: { area: 3 } }] });
    expect(amounts(r)).toEqual({ a: 25, b: 75 });
    expect(() => run({ pool: 100, decimals: 0, rule: 'base_plus_performance', base: 1, baseFactor: 'area', recipients: [{ id: 'a', score: 1 }] })).toThrow(/area/);
  });
  it('needs a score per recipient', () => {
    expect(() => run({ pool: 100, decimals: 0, rule: 'base_plus_performance', recipients: [{ id: 'a' }] })).toThrow(/no score/);
  });
  it('nobody above the threshold: the performance share stays undistributed', () => {
    const r = run({ pool: 100, decimals: 0, rule: 'base_plus_performance', base: 0.4, threshold: 90, recipients: [{ id: 'a', score: 50 }, { id: 'b', score: 60 }] });
    expect(r.total).toBe(40);
    expect(r.undistributed).toBe(60);
  });
});

describe('rank tiers', () => {
  const tiers = [
    { fromRank: 1, toRank: 1, amount: 1300 },
    { fromRank: 2, toRank: 6, amount: 900 },
  ];
  it('1st 1,300 亩, 2nd–6th 900 亩 each, from a reserved 5,800', () => {
    const recipients = Array.from({ length: 8 }, (_, i) => ({ id: `z${i + 1}`, score: 100 - i }));
    const r = run({ pool: 5800, decimals: 0, rule: 'rank_tiers', tiers, recipients });
    expect(r.allocations.map((a) => a.amount)).toEqual([1300, 900, 900, 900, 900, 900, 0, 0]);
    expect(r.total).toBe(5800);
  });
  it('ties share the places they occupy', () => {
    const r = run({ pool: 5800, decimals: 0, rule: 'rank_tiers', tiers, recipients: [{ id: 'a', score: 90 }, { id: 'b', score: 90 }, { id: 'c', score: 80 }] });
    expect(amounts(r)).toEqual({ a: 1100, b: 1100, c: 900 });
    // a tie across the last paid place: places 6 and 7 share 900 + 0
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `z${i}`, score: i >= 5 ? 10 : 100 - i }));
    const m = run({ pool: 5800, decimals: 0, rule: 'rank_tiers', tiers, recipients: many });
    expect(m.allocations.slice(5).map((a) => a.amount)).toEqual([450, 450]);
    expect(m.total).toBe(5800);
  });
  it('refuses tiers that need more than the pool, or are reversed', () => {
    expect(() => run({ pool: 5000, decimals: 0, rule: 'rank_tiers', tiers, recipients: [{ id: 'a', score: 1 }] })).toThrow(/5800/);
    expect(() => run({ pool: 5000, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 3, toRank: 1, amount: 1 }], recipients: [{ id: 'a', score: 1 }] })).toThrow(/tier 1/);
    expect(() => run({ pool: 5000, decimals: 0, rule: 'rank_tiers', recipients: [{ id: 'a', score: 1 }] })).toThrow(/tiers/);
  });
});

describe('cap and floor', () => {
  it('the excess above the cap goes to the others in proportion, until nothing moves', () => {
    // exact 70, 25, 5 with cap 40: 40 fixed; 60 over 25:5 → 50, 10 → the second is capped too → 40, 40, 20.
    const r = capAndFloor([70, 25, 5], { cap: 40 });
    expect(r.amounts).toEqual([40, 40, 20]);
    expect(r.capped).toEqual([0, 1]);
    expect(r.passes).toBe(2);
  });
  it('floors raise the small ones at the expense of the others', () => {
    const r = capAndFloor([90, 9, 1], { floor: 5 });
    expect(r.amounts.map((x) => Number(x.toFixed(9)))).toEqual([85.5 + 0.0, 9.5 - 0.0, 5].map((x, i) => (i === 0 ? Number(((95 * 90) / 99).toFixed(9)) : i === 1 ? Number(((95 * 9) / 99).toFixed(9)) : x)));
    expect(r.floored).toEqual([2]);
  });
  it('infeasible caps leave the rest undistributed; infeasible floors are refused', () => {
    const r = run({ pool: 100, decimals: 0, rule: 'factor_share', cap: 0.3, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }] });
    expect(r.allocations.map((a) => a.amount)).toEqual([30, 30]);
    expect(r.undistributed).toBe(40);
    expect(() => run({ pool: 100, decimals: 0, rule: 'factor_share', floor: 60, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }] })).toThrow(/floor/);
  });
  it('cap through allocate, exact total after rounding', () => {
    const r = run({ pool: 1000, decimals: 1, rule: 'factor_share', cap: 0.4, factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 70 }, { id: 'b', score: 20 }, { id: 'c', score: 7 }, { id: 'd', score: 3 }] });
    expect(amounts(r).a).toBe(400);
    expect(r.total).toBe(1000);
    expect(r.steps.find((s) => s.step === 'cap_floor')!.en).toContain('capped at 400');
  });
});

describe('input checks', () => {
  it('pool must be whole units; ids unique', () => {
    expect(() => run({ pool: 100.005, decimals: 2, rule: 'factor_share', factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }] })).toThrow(/whole number of units/);
    expect(() => run({ pool: 100, decimals: 0, rule: 'factor_share', factors: [{ name: 'score', weight: 1 }], recipients: [{ id: 'a', score: 1 }, { id: 'a', score: 2 }] })).toThrow(/twice/);
    expect(() => run({ pool: -1, decimals: 0, rule: 'factor_share', recipients: [{ id: 'a' }] } as AllocateInput)).toThrow(/pool/);
  });
});

describe('awards', () => {
  const zones = [
    { id: 'a', group: 'g1', total: 95, rankInGroup: 1, eligible: true, grade: 'excellent' as const },
    { id: 'b', group: 'g1', total: 85, rankInGroup: 2, eligible: true, grade: 'good' as const },
    { id: 'c', group: 'g2', total: 92, rankInGroup: 1, eligible: false, grade: 'fail' as const },
    { id: 'd', group: 'g2', total: 70, rankInGroup: 2, eligible: true, grade: 'pass' as const },
  ];
  it('by rank per group, overall, score and grade; a veto removes eligibility', () => {
    expect(awards(zones, [{ title: '先进', topPerGroup: 1 }])).toEqual([{ title: '先进', zoneIds: ['a'] }]);
    expect(awards(zones, [{ title: '优秀', minGrade: 'good' }])[0].zoneIds).toEqual(['a', 'b']);
    expect(awards(zones, [{ title: '前二', topOverall: 2 }])[0].zoneIds).toEqual(['a']);
    expect(awards(zones, [{ title: '达标', minScore: 70 }])[0].zoneIds).toEqual(['a', 'b', 'd']);
  });
});

// ───────────── properties ─────────────

// Scores and amounts as they come: hundredths, not subnormal doubles.
const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((x) => x / 100);
const recipientsArb = fc.array(fc.record({ score: hundredths(100), veto: fc.boolean(), extra: hundredths(1000) }), { minLength: 1, maxLength: 12 });
const ruleInput = (rule: 'factor_share' | 'base_plus_performance', rs: { score: number; veto: boolean; extra: number }[], pool: number, decimals: number, cap?: number, base?: number) =>
  allocateInputSchema.parse({
    pool,
    decimals,
    rule,
    cap,
    base,
    factors: rule === 'factor_share' ? [{ name: 'score', weight: 1 }] : undefined,
    recipients: rs.map((r, i) => ({ id: `r${i}`, score: r.score, veto: r.veto, factors: { extra: r.extra } })),
  });

describe('properties', () => {
  it('never negative, and the parts add up to the pool whenever it is all distributed', () => {
    fc.assert(
      fc.property(recipientsArb, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('factor_share', 'base_plus_performance') as fc.Arbitrary<'factor_share' | 'base_plus_performance'>, fc.double({ min: 0, max: 1, noNaN: true }), (rs, units, decimals, rule, base) => {
        const pool = units / 10 ** decimals;
        let r;
        try {
          r = allocate(ruleInput(rule, rs, pool, decimals, undefined, base));
        } catch {
          return; // nobody eligible for factor_share: refused with a message, nothing to check
        }
        for (const a of r.allocations) {
          expect(a.amount).toBeGreaterThanOrEqual(0);
          expect(a.exact).toBeGreaterThanOrEqual(0);
        }
        const sumUnits = r.allocations.reduce((s, a) => s + Math.round(a.amount * 10 ** decimals), 0);
        expect(sumUnits).toBe(Math.round(r.total * 10 ** decimals));
        expect(Math.round((r.total + r.undistributed) * 10 ** decimals)).toBe(units);
        const anyPerf = rs.some((x) => !x.veto && x.score > 0);
        if (rule === 'factor_share' || anyPerf) expect(r.total).toBe(pool);
      }),
      { numRuns: 400 },
    );
  });
  it('a higher score never gets a smaller amount (score shares, with and without a cap)', () => {
    fc.assert(
      fc.property(recipientsArb, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 2 }), fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }), fc.constantFrom('factor_share', 'base_plus_performance') as fc.Arbitrary<'factor_share' | 'base_plus_performance'>, (rs, units, decimals, cap, rule) => {
        const noVeto = rs.map((r) => ({ ...r, veto: false }));
        let r;
        try {
          r = allocate(ruleInput(rule, noVeto, units / 10 ** decimals, decimals, cap, rule === 'base_plus_performance' ? 0.2 : undefined));
        } catch {
          return;
        }
        for (let i = 0; i < noVeto.length; i++)
          for (let j = 0; j < noVeto.length; j++) if (noVeto[i].score > noVeto[j].score) expect(r.allocations[i].amount).toBeGreaterThanOrEqual(r.allocations[j].amount);
      }),
      { numRuns: 300 },
    );
  });
  it('caps hold (up to one rounding unit) and redistribution converges within n passes', () => {
    fc.assert(
      fc.property(fc.array(hundredths(1000), { minLength: 1, maxLength: 15 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (xs, capShare) => {
        const total = xs.reduce((s, x) => s + x, 0);
        const cap = capShare * total;
        const r = capAndFloor(xs, { cap });
        expect(r.passes).toBeLessThanOrEqual(xs.length + 1);
        r.amounts.forEach((a) => expect(a).toBeLessThanOrEqual(cap + 1e-6));
        const placed = r.amounts.reduce((s, a) => s + a, 0);
        const active = xs.filter((x) => x > 0).length;
        expect(placed).toBeCloseTo(Math.min(total, active * cap), 6);
      }),
      { numRuns: 300 },
    );
  });
  it('largest remainder sums to the rounded total and moves each part by less than one unit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 4 }), (xs, d) => {
        const out = largestRemainder(xs, d);
        const f = 10 ** d;
        expect(out.reduce((s, x) => s + Math.round(x * f), 0)).toBe(Math.round(xs.reduce((s, x) => s + x * f, 0)));
        out.forEach((o, i) => expect(Math.abs(o - xs[i])).toBeLessThan(1 / f + 1e-6));
      }),
      { numRuns: 300 },
    );
  });
});
