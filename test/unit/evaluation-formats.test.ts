// The input and output shapes of `hubline mcdm` and `hubline allocate` exactly as issue 12 and
// docs/evaluation.md write them: every field name accepted, every optional parameter honoured
// (changing it changes the result or its stored parameters), misspelt fields refused by name.
import { describe, expect, it } from 'vitest';
import { InputError, runAllocate, runMcdm } from '../../src/domain/evaluation/index';

const matrix = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 3, 1],
];
const criteria = [{ direction: 'benefit' }, { direction: 'cost' }, { direction: 'benefit' }] as const;

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues;
  }
  throw new Error('accepted');
};

describe('hubline mcdm input', () => {
  it('each of the five methods runs with the fields of the issue', () => {
    for (const method of ['entropy', 'critic'] as const) {
      const out = runMcdm({ method, matrix, criteria: [...criteria] });
      expect(Object.keys(out).sort()).toEqual(['parameters', 'weights']);
      expect((out.weights as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    for (const method of ['topsis', 'gra'] as const) {
      const out = runMcdm({ method, matrix, criteria: criteria.map((c, j) => ({ ...c, weight: [0.5, 0.3, 0.2][j] })) });
      expect(Object.keys(out).sort()).toEqual(['parameters', 'ranks', 'scores']);
      expect(out.parameters.weights).toEqual([0.5, 0.3, 0.2]);
      expect(out.ranks).toHaveLength(3);
    }
    const ahp = runMcdm({ method: 'ahp', comparisons: { freight: { cost: 3, industry: 5 }, cost: { industry: 2 } }, randomIndex: 'donegan_dodd' });
    expect(Object.keys(ahp.weights as object)).toEqual(['freight', 'cost', 'industry']);
    expect(ahp.consistencyRatio).toBeLessThan(0.1);
    expect(ahp.parameters).toMatchObject({ randomIndexTable: 'donegan_dodd', randomIndex: 0.4914 });
  });

  it('randomIndex selects the named table', () => {
    const comparisons = { a: { b: 3, c: 5 }, b: { c: 2 } };
    const ri = (t: 'saaty' | 'donegan_dodd' | 'textbook') => runMcdm({ method: 'ahp', comparisons, randomIndex: t }).parameters.randomIndex;
    expect([ri('saaty'), ri('donegan_dodd'), ri('textbook')]).toEqual([0.52, 0.4914, 0.58]);
  });

  it('normalization is honoured by every method that normalises, and stored', () => {
    for (const method of ['topsis', 'gra', 'weighted_sum', 'critic'] as const) {
      const a = runMcdm({ method, matrix, criteria: [...criteria] });
      const b = runMcdm({ method, matrix, criteria: [...criteria], normalization: 'vector' });
      expect(a.parameters.normalization, method).toBe('minmax');
      expect(b.parameters.normalization, method).toBe('vector');
      expect(b.scores ?? b.weights, method).not.toEqual(a.scores ?? a.weights);
    }
    for (const normalization of ['minmax', 'vector', 'sum', 'mean', 'initial'] as const)
      expect(runMcdm({ method: 'topsis', matrix, criteria: [...criteria], normalization }).parameters.normalization).toBe(normalization);
    const raw = runMcdm({ method: 'entropy', matrix });
    const norm = runMcdm({ method: 'entropy', matrix, criteria: [...criteria], normalization: 'sum' });
    expect(norm.weights).not.toEqual(raw.weights);
  });

  it('rho is the distinguishing coefficient of GRA, stored', () => {
    const a = runMcdm({ method: 'gra', matrix, criteria: [...criteria] });
    const b = runMcdm({ method: 'gra', matrix, criteria: [...criteria], rho: 0.3 });
    expect([a.parameters.rho, b.parameters.rho]).toEqual([0.5, 0.3]);
    expect(b.scores).not.toEqual(a.scores);
  });

  it('a misspelt field is refused by name, not ignored', () => {
    const issues = refused(() => runMcdm({ method: 'topsis', matrix, normalisation: 'vector' }));
    expect(issues[0].path).toBe('normalisation');
    expect(issues[0].messageZh).toContain('没有这个字段');
    expect(refused(() => runMcdm({ method: 'topsis', matrix, criteria: [{ direction: 'benefit', wieght: 1 }, ...criteria.slice(1)] }))[0].path).toBe('criteria[0].wieght');
    expect(refused(() => runMcdm({ method: 'ahp', comparisons: { a: { b: 2 } }, randomIndex: 'random' }))[0].path).toBe('randomIndex');
  });
});

describe('hubline allocate input', () => {
  const recipients = [
    { id: 'a', score: 95, factors: { gdp: 500 } },
    { id: 'b', score: 70, factors: { gdp: 20 } },
    { id: 'c', score: 60, factors: { gdp: 10 }, veto: true },
    { id: 'd', score: 10, factors: { gdp: 1 } },
  ];

  it('factor_share with factors [{ name, weight }], recipients factors { name: value }, veto', () => {
    const out = runAllocate({ pool: 1000, decimals: 1, rule: 'factor_share', factors: [{ name: 'score', weight: 0.6 }, { name: 'gdp', weight: 0.4 }], recipients });
    expect(Object.keys(out.allocations[0]).sort()).toEqual(['amount', 'exact', 'id']);
    expect(out.total).toBe(1000);
    // By hand: score total 175 (c vetoed), gdp total 521.
    expect(out.allocations[0].exact).toBeCloseTo(1000 * (0.6 * (95 / 175) + 0.4 * (500 / 521)), 9);
    expect(out.allocations.find((x) => x.id === 'c')!.amount).toBe(0);
  });

  it('cap is a share of the pool; floor an amount; the excess goes to the others', () => {
    const out = runAllocate({ pool: 1000, decimals: 1, rule: 'factor_share', cap: 0.4, floor: 50, factors: [{ name: 'score', weight: 0.6 }, { name: 'gdp', weight: 0.4 }], recipients });
    const amount = Object.fromEntries(out.allocations.map((x) => [x.id, x.amount]));
    expect(amount).toEqual({ a: 400, b: 400, c: 0, d: 200 });
    expect(out.total).toBe(1000);
  });

  it('base_plus_performance: base is the share of the pool split equally; threshold', () => {
    const out = runAllocate({ pool: 1000, decimals: 0, rule: 'base_plus_performance', base: 0.3, threshold: 60, recipients: recipients.map(({ factors: _f, ...r }) => r) });
    const exact = Object.fromEntries(out.allocations.map((x) => [x.id, x.exact]));
    // 300 among a, b, d (c vetoed) = 100 each; 700 by score among a and b (d below 60).
    expect(exact.a).toBeCloseTo(100 + (700 * 95) / 165, 9);
    expect(exact.b).toBeCloseTo(100 + (700 * 70) / 165, 9);
    expect(exact.d).toBeCloseTo(100, 9);
    expect(exact.c).toBe(0);
    expect(out.total).toBe(1000);
  });

  it('rank_tiers with tiers [{ fromRank, toRank, amount }]: 1st 1,300 亩, 2nd–6th 900 亩 each', () => {
    const out = runAllocate({
      pool: 5800,
      decimals: 0,
      rule: 'rank_tiers',
      tiers: [{ fromRank: 1, toRank: 1, amount: 1300 }, { fromRank: 2, toRank: 6, amount: 900 }],
      recipients: [90, 80, 70, 60, 50, 40].map((score, i) => ({ id: `z${i + 1}`, score })),
    });
    expect(out.allocations.map((x) => x.amount)).toEqual([1300, 900, 900, 900, 900, 900]);
    expect(out.total).toBe(5800);
  });

  it('a misspelt field is refused by name, not ignored', () => {
    expect(refused(() => runAllocate({ pool: 10, decimals: 0, rule: 'factor_share', treshold: 60, recipients: [{ id: 'a', score: 1 }] }))[0].path).toBe('treshold');
    expect(refused(() => runAllocate({ pool: 10, decimals: 0, rule: 'rank_tiers', tiers: [{ from: 1, toRank: 1, amount: 10 }], recipients: [{ id: 'a', score: 1 }] })).map((i) => i.path)).toContain('tiers[0].from');
    expect(refused(() => runAllocate({ pool: 10, decimals: 0, rule: 'factor_share', recipients: [{ id: 'a', score: 1, vetoed: true }] }))[0].path).toBe('recipients[0].vetoed');
  });
});
