// The allocation form's body: per-recipient factor values only for the factors the rule uses,
// weights, floor, cap, threshold and tiers passed as the calculator takes them, and the same body
// through the calculator gives what the server computes (the floor holds, the pool adds up).
import { describe, expect, it } from 'vitest';
import { allocationBody, factorColumns } from '../../src/web/evaluation/allocation-form';
import { runAllocate } from '../../src/domain/evaluation/index';

describe('allocation form', () => {
  it('factor share: factors with weights, values per zone for the non-score factors, floor and cap', () => {
    const v = {
      name: '用地', kind: 'land_quota' as const, unit: '亩', pool: 1000, decimals: 0, rule: 'factor_share' as const, base: 0.3, floor: 120, cap: 0.5, threshold: null,
      factors: [{ name: 'score', weight: 0.6 }, { name: ' area ', weight: 0.4 }],
      values: { a: { area: 30, depth: 9 }, b: { area: 10 }, c: { area: null } },
    };
    expect(factorColumns(v)).toEqual(['area']);
    const body = allocationBody('s1', v);
    expect(body.rule).toEqual({ pool: 1000, decimals: 0, rule: 'factor_share', cap: 0.5, floor: 120, factors: [{ name: 'score', weight: 0.6 }, { name: 'area', weight: 0.4 }] });
    // Only the rule's factors, only values given; base belongs to base_plus_performance.
    expect(body.factors).toEqual({ a: { area: 30 }, b: { area: 10 } });
    const out = runAllocate({ ...body.rule, recipients: [{ id: 'a', score: 90, factors: body.factors!.a }, { id: 'b', score: 60, factors: body.factors!.b }, { id: 'c', score: 80, factors: { area: 2 } }] });
    expect(out.total).toBe(1000);
    for (const x of out.allocations) expect(x.amount).toBeGreaterThanOrEqual(120);
  });

  it('base plus performance: the base split by a factor; no factor values for other rules', () => {
    const body = allocationBody('s1', { pool: 500, rule: 'base_plus_performance', base: 0.2, baseFactor: 'pop', values: { a: { pop: 3, area: 1 } } });
    expect(body.rule).toEqual({ pool: 500, decimals: 0, rule: 'base_plus_performance', base: 0.2, baseFactor: 'pop' });
    expect(body.factors).toEqual({ a: { pop: 3 } });
    const tiers = allocationBody('s1', { pool: 500, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 2, amount: 100 }], values: { a: { pop: 3 } } });
    expect(tiers.rule).toEqual({ pool: 500, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 2, amount: 100 }] });
    expect(tiers.factors).toBeUndefined();
  });
});
