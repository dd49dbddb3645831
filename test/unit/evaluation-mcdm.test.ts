// MCDM methods against the published cases that pymcdm, pyrepo-mcda and AHPy test against
// (test/fixtures/evaluation/mcdm-reference.json names repository, file and paper for each),
// compared at the precision those tests print; plus the edges of each method.
import { describe, expect, it } from 'vitest';
import ref from '../fixtures/evaluation/mcdm-reference.json';
import {
  ahp,
  ahpWeights,
  comparisonMatrix,
  criticWeights,
  entropyWeights,
  EvaluationError,
  greyRelational,
  normalizeColumn,
  normalizeMatrix,
  randomIndex,
  RANDOM_INDEX_TABLES,
  runMcdm,
  topsis,
  unitWeights,
  weightedSum,
  type Direction,
  type Normalization,
  type RandomIndexTable,
} from '../../src/domain/evaluation/index';

const rounded = (xs: number[], d: number) => xs.map((x) => Number(x.toFixed(d)));

describe('published reference cases', () => {
  for (const c of ref.entropy)
    it(`entropy: ${c.source.slice(0, 90)}`, () => {
      expect(rounded(entropyWeights(c.matrix).weights, c.decimals)).toEqual(c.weights);
    });
  for (const c of ref.critic)
    it(`CRITIC: ${c.source.slice(0, 90)}`, () => {
      expect(rounded(criticWeights(c.matrix).weights, c.decimals)).toEqual(c.weights);
    });
  for (const c of ref.topsis)
    it(`TOPSIS (${c.normalization}): ${c.source.slice(0, 80)}`, () => {
      const r = topsis(c.matrix, c.directions as Direction[], c.weights, c.normalization as Normalization);
      expect(rounded(r.scores, c.decimals)).toEqual(c.scores);
    });
  const drinks = ref.ahp[0].comparisons!;
  for (const c of ref.ahp)
    it(`AHP (${c.randomIndex}): ${c.source.slice(0, 80)}`, () => {
      const r = ahpWeights(drinks, c.randomIndex as RandomIndexTable);
      expect(Number(r.consistencyRatio.toFixed(c.decimals))).toBe(c.consistencyRatio);
      const w = Object.fromEntries(r.names.map((n, i) => [n, Number(r.weights[i].toFixed(c.decimals))]));
      expect(w).toEqual(c.weights);
      expect(r.randomIndexTable).toBe(c.randomIndex);
    });
  it('the CLI form gives the same AHP numbers, with the random-index table named', () => {
    const out = runMcdm({ method: 'ahp', comparisons: drinks, randomIndex: 'donegan_dodd' });
    expect(Number(out.consistencyRatio!.toFixed(4))).toBe(0.0235);
    expect(Number((out.weights as Record<string, number>).water.toFixed(4))).toBe(0.3268);
    expect(out.parameters.randomIndexTable).toBe('donegan_dodd');
    expect(out.parameters.randomIndex).toBe(1.2519);
    expect(out.parameters.randomIndexSource).toMatch(/Donegan & Dodd/);
  });
});

describe('normalisations', () => {
  const col = [2, 4, 8];
  it('minmax, benefit and cost; a constant column is 1', () => {
    expect(normalizeColumn(col, 'benefit', 'minmax')).toEqual([0, 1 / 3, 1]);
    expect(normalizeColumn(col, 'cost', 'minmax')).toEqual([1, 2 / 3, 0]);
    expect(normalizeColumn([5, 5], 'benefit', 'minmax')).toEqual([1, 1]);
  });
  it('vector: x/‖x‖, cost 1 − x/‖x‖', () => {
    const n = Math.sqrt(84);
    expect(normalizeColumn(col, 'benefit', 'vector')).toEqual([2 / n, 4 / n, 8 / n]);
    expect(normalizeColumn(col, 'cost', 'vector')).toEqual([1 - 2 / n, 1 - 4 / n, 1 - 8 / n]);
    expect(normalizeColumn([0, 0], 'benefit', 'vector')).toEqual([0, 0]);
  });
  it('sum and mean, cost by reciprocals', () => {
    expect(normalizeColumn(col, 'benefit', 'sum')).toEqual([2 / 14, 4 / 14, 8 / 14]);
    expect(normalizeColumn([1, 4], 'cost', 'sum')).toEqual([0.8, 0.2]);
    expect(normalizeColumn(col, 'benefit', 'mean')).toEqual([2 / (14 / 3), 4 / (14 / 3), 8 / (14 / 3)]);
    expect(normalizeColumn([1, 4], 'cost', 'mean')).toEqual([1.6, 0.4]);
    expect(normalizeColumn([0, 0], 'benefit', 'sum')).toEqual([0.5, 0.5]);
    expect(normalizeColumn([0, 0], 'benefit', 'mean')).toEqual([1, 1]);
  });
  it('initial: against the first alternative', () => {
    expect(normalizeColumn(col, 'benefit', 'initial')).toEqual([1, 2, 4]);
    expect(normalizeColumn(col, 'cost', 'initial')).toEqual([1, 0.5, 0.25]);
  });
  it('refuses zero or negative values where reciprocals are taken, naming the column', () => {
    expect(() => normalizeMatrix([[1, 0], [2, 3]], ['benefit', 'cost'], 'sum')).toThrow(/column 2/);
    expect(() => normalizeColumn([0, 1], 'benefit', 'initial')).toThrow(EvaluationError);
    expect(() => normalizeColumn([1, -1], 'cost', 'mean')).toThrow(EvaluationError);
  });
});

describe('entropy, CRITIC, TOPSIS, GRA edges', () => {
  it('entropy: equal columns carry no information; a zero cell counts as 0·ln 0 = 0', () => {
    const r = entropyWeights([[1, 1], [1, 3]]);
    expect(r.weights[0]).toBe(0);
    expect(r.weights[1]).toBe(1);
    const z = entropyWeights([[0, 1], [1, 2]]);
    expect(z.entropy[0] === 0).toBe(true);
    expect(() => entropyWeights([[1, 2]])).toThrow(/two alternatives/);
    expect(() => entropyWeights([[-1, 2], [1, 2]])).toThrow(/negative/);
    // Every column constant: no column is preferred.
    expect(entropyWeights([[1, 2], [1, 2]]).weights).toEqual([0.5, 0.5]);
  });
  it('entropy after normalisation uses the directions', () => {
    const a = entropyWeights([[1, 10], [2, 20], [4, 25]], { normalization: 'sum', directions: ['benefit', 'cost'] });
    const b = entropyWeights([[1, 10], [2, 20], [4, 25]], { normalization: 'sum', directions: ['benefit', 'benefit'] });
    expect(a.weights[1]).not.toBeCloseTo(b.weights[1], 6);
  });
  it('CRITIC: a cost direction flips correlations; a constant column gets weight 0', () => {
    const m = [[1, 2, 5, 7], [2, 4, 5, 1], [3, 5, 5, 3], [4, 9, 5, 2]];
    const r = criticWeights(m);
    expect(r.weights[2]).toBe(0);
    expect(r.weights[0] + r.weights[1] + r.weights[3]).toBeCloseTo(1, 12);
    const c = criticWeights(m, ['benefit', 'cost', 'benefit', 'benefit']);
    expect(c.weights[0]).not.toBeCloseTo(r.weights[0], 3);
    expect(() => criticWeights([[1, 2]])).toThrow(/two alternatives/);
  });
  it('TOPSIS: identical alternatives are all 0.5; weights may be percentages', () => {
    expect(topsis([[1, 1], [1, 1]], ['benefit', 'benefit'], [50, 50]).scores).toEqual([0.5, 0.5]);
    const a = topsis([[1, 3000], [2, 3750], [5, 4500]], ['cost', 'benefit'], [50, 50]).scores;
    expect(Number(a[1].toFixed(3))).toBe(0.617);
  });
  it('grey relational analysis by hand: ρ = 0.5, minmax', () => {
    // Normalised [[1,0],[0,1],[0.5,0.5]]; Δ = [[0,1],[1,0],[0.5,0.5]]; Δmin 0, Δmax 1;
    // ξ = 0.5/(Δ+0.5): [[1,1/3],[1/3,1],[0.5,0.5]]; equal weights → [2/3, 2/3, 0.5].
    const r = greyRelational([[10, 1], [0, 3], [5, 2]], ['benefit', 'benefit'], undefined, 0.5);
    expect(r.coefficients).toEqual([[1, 1 / 3], [1 / 3, 1], [0.5, 0.5]]);
    expect(r.scores[0]).toBeCloseTo(2 / 3, 15);
    expect(r.scores[2]).toBeCloseTo(0.5, 15);
    // ρ changes the spread: ρ = 1 gives ξ = 1/(Δ+1).
    expect(greyRelational([[10, 1], [0, 3], [5, 2]], ['benefit', 'benefit'], [1, 0], 1).scores).toEqual([1, 0.5, 1 / 1.5]);
    expect(() => greyRelational([[1]], ['benefit'], undefined, 0)).toThrow(/rho/);
    expect(() => greyRelational([[1]], ['benefit'], undefined, 1.01)).toThrow(/rho/);
    expect(greyRelational([[2], [2]], ['benefit'], undefined).scores).toEqual([1, 1]);
  });
  it('weighted sum and weights', () => {
    expect(weightedSum([[0, 10], [10, 0]], ['benefit', 'benefit'], [3, 1])).toEqual([0.25, 0.75]);
    expect(unitWeights([1, 3])).toEqual([0.25, 0.75]);
    expect(() => unitWeights([0, 0])).toThrow(EvaluationError);
    expect(() => unitWeights([-1, 2])).toThrow(EvaluationError);
  });
  it('matrix checks name the row', () => {
    expect(() => topsis([[1, 2], [3]], ['benefit', 'benefit'], [1, 1])).toThrow(/row 2/);
    expect(() => topsis([], ['benefit'], [1])).toThrow(/empty/);
    expect(() => topsis([[1, Number.NaN]], ['benefit', 'benefit'], [1, 1])).toThrow(/column 2/);
  });
});

describe('AHP', () => {
  it('a perfectly consistent matrix has CR 0 and exact weights', () => {
    const r = ahp({ a: { b: 2, c: 4 }, b: { c: 2 } });
    expect(r.weights.map((w) => Number(w.toFixed(12)))).toEqual([4 / 7, 2 / 7, 1 / 7].map((w) => Number(w.toFixed(12))));
    expect(r.consistencyRatio).toBeLessThan(1e-9);
    expect(r.lambdaMax).toBeCloseTo(3, 9);
    expect(r.acceptable).toBe(true);
  });
  it('two criteria are always consistent', () => {
    const r = ahp({ a: { b: 3 } });
    expect(r.weights).toEqual([0.75, 0.25]);
    expect(r.consistencyRatio).toBe(0);
  });
  it('refuses CR ≥ 0.10 and names the judgement to revisit', () => {
    // a > b > c but c ≫ a: intransitive.
    const bad = { a: { b: 5, c: 1 / 5 }, b: { c: 5 } };
    expect(ahp(bad).consistencyRatio).toBeGreaterThanOrEqual(0.1);
    try {
      ahpWeights(bad, 'textbook');
      expect.unreachable();
    } catch (e) {
      const err = e as EvaluationError;
      expect(err.code).toBe('ahp_inconsistent');
      expect(err.messageZh).toMatch(/CR = \d\.\d{4} ≥ 0\.10/);
      expect(err.messageZh).toMatch(/textbook/);
      expect(err.messageEn).toMatch(/Revisit a versus c|Revisit a versus b|Revisit b versus c/);
    }
    expect(() => runMcdm({ method: 'ahp', comparisons: bad })).toThrow(/CR/);
  });
  it('CR just under 0.10 is accepted, at 0.10 refused (the boundary)', () => {
    // One judgement stretched step by step; CR grows monotonically with it.
    let accepted = 0;
    for (let x = 1; x <= 9; x += 0.01) {
      const r = ahp({ a: { b: 2, c: x }, b: { c: 2 } }, 'saaty');
      expect(r.acceptable).toBe(r.consistencyRatio < 0.1);
      if (r.acceptable) accepted++;
    }
    expect(accepted).toBeGreaterThan(0);
  });
  it('random-index tables: stored values, interpolation, limits', () => {
    expect(randomIndex('saaty', 3)).toBe(0.52);
    expect(randomIndex('textbook', 3)).toBe(0.58);
    expect(randomIndex('donegan_dodd', 3)).toBe(0.4914);
    expect(randomIndex('donegan_dodd', 22)).toBeCloseTo(1.5371 + ((1.5619 - 1.5371) * 2) / 5, 12);
    expect(() => randomIndex('saaty', 16)).toThrow(/15/);
    expect(Object.keys(RANDOM_INDEX_TABLES)).toEqual(['saaty', 'donegan_dodd', 'textbook']);
  });
  it('comparison input: reciprocals implied, contradictions and gaps refused', () => {
    expect(comparisonMatrix({ a: { b: 4 } }).matrix).toEqual([[1, 4], [0.25, 1]]);
    expect(comparisonMatrix({ a: { b: 4 }, b: { a: 0.25 } }).matrix).toEqual([[1, 4], [0.25, 1]]);
    expect(() => comparisonMatrix({ a: { b: 4 }, b: { a: 2 } })).toThrow(/reciprocal/);
    expect(() => comparisonMatrix({ a: { b: 4, c: 2 } })).toThrow(/b with c is missing/);
    expect(() => comparisonMatrix({ a: { b: 0 } })).toThrow(/positive/);
    expect(() => comparisonMatrix({ a: { x: 2 } }, ['a', 'b'])).toThrow(/unknown criterion x/);
    expect(() => ahp({})).toThrow(/two criteria/);
  });
});

describe('hubline mcdm input', () => {
  it('TOPSIS with stored parameters and ranks; equal weights when none given', () => {
    const out = runMcdm({ method: 'topsis', matrix: [[1, 3000], [2, 3750], [5, 4500]], criteria: [{ direction: 'cost' }, { direction: 'benefit' }] });
    expect(rounded(out.scores!, 3)).toEqual([0.5, 0.617, 0.5]);
    expect(out.ranks).toEqual([2, 1, 2]);
    expect(out.parameters).toMatchObject({ normalization: 'minmax', weightsGiven: false, weights: [0.5, 0.5] });
  });
  it('entropy, critic, gra and weighted sum', () => {
    expect(rounded(runMcdm({ method: 'entropy', matrix: ref.entropy[1].matrix }).weights as number[], 4)).toEqual(ref.entropy[1].weights);
    expect(rounded(runMcdm({ method: 'critic', matrix: ref.critic[0].matrix }).weights as number[], 3)).toEqual(ref.critic[0].weights);
    const g = runMcdm({ method: 'gra', matrix: [[10, 1], [0, 3], [5, 2]], criteria: [{ direction: 'benefit' }, { direction: 'benefit' }], rho: 0.5 });
    expect(g.ranks).toEqual([1, 1, 3]);
    expect(g.parameters.rho).toBe(0.5);
    const w = runMcdm({ method: 'weighted_sum', matrix: [[0, 10], [10, 0]], criteria: [{ direction: 'benefit', weight: 3 }, { direction: 'benefit', weight: 1 }] });
    expect(w.scores).toEqual([0.25, 0.75]);
  });
  it('bad input is refused with the path', () => {
    expect(() => runMcdm({ method: 'vikor', matrix: [[1]] })).toThrow(/method/);
    expect(() => runMcdm({ method: 'topsis', matrix: [[1, 2]], criteria: [{ direction: 'benefit' }] })).toThrow(/criteria must have 2/);
    expect(() => runMcdm({ method: 'topsis' })).toThrow(/matrix/);
    expect(() => runMcdm({ method: 'ahp' })).toThrow(/comparisons/);
  });
});
