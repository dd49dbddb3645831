// Edges of src/domain/evaluation/mcdm.ts that evaluation-mcdm.test.ts leaves open (issue 18):
// every refusal in both languages with its path, the intermediate numbers each method returns
// (entropy per column, CRITIC σ and information, TOPSIS distances, GRA coefficients, AHP λmax/CI/CR)
// on cases worked by hand, one more published case (grey relational analysis), and the
// invariants of the scores (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationError } from '../../src/domain/evaluation/errors';
import {
  ahp,
  ahpWeights,
  checkMatrix,
  comparisonMatrix,
  criticWeights,
  entropyWeights,
  greyRelational,
  principalEigenvector,
  randomIndex,
  RANDOM_INDEX_NAMES,
  ranksOf,
  topsis,
  unitWeights,
  weightedSum,
} from '../../src/domain/evaluation/mcdm';
import type { Direction } from '../../src/domain/evaluation/normalize';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof EvaluationError) return [e.messageZh, e.messageEn, e.path];
    throw e;
  }
  return null;
};
const close = (xs: number[], ys: number[], digits = 12) => {
  expect(xs).toHaveLength(ys.length);
  xs.forEach((x, i) => expect(x).toBeCloseTo(ys[i], digits));
};

describe('checkMatrix and unitWeights: refusals', () => {
  it('empty or not a list', () => {
    expect(refusal(() => checkMatrix([], 2))).toEqual(['矩阵不能为空', 'the matrix is empty', 'matrix']);
    expect(refusal(() => checkMatrix('x' as unknown as number[][], 1))).toEqual(['矩阵不能为空', 'the matrix is empty', 'matrix']);
    // Without a first row the methods count 0 criteria and still say "empty", not a TypeError.
    expect(refusal(() => entropyWeights([]))?.[1]).toBe('the matrix is empty');
    expect(refusal(() => criticWeights([]))?.[1]).toBe('the matrix is empty');
  });
  it('a row of the wrong length or not a list names the row', () => {
    expect(refusal(() => checkMatrix([[1, 2], [3]], 2))).toEqual(['第 2 行应有 2 个值', 'row 2 must have 2 values', 'matrix[1]']);
    expect(refusal(() => checkMatrix([[1, 2], [3, 4, 5]], 2))?.[2]).toBe('matrix[1]');
    expect(refusal(() => checkMatrix([7 as unknown as number[]], 1))).toEqual(['第 1 行应有 1 个值', 'row 1 must have 1 values', 'matrix[0]']);
  });
  it('a cell that is not a finite number names row and column', () => {
    expect(refusal(() => checkMatrix([[1, 2], [3, Number.NaN]], 2))).toEqual(['第 2 行第 2 列不是数字', 'row 2, column 2 is not a number', 'matrix[1][1]']);
    expect(refusal(() => checkMatrix([[Infinity, 2]], 2))?.[2]).toBe('matrix[0][0]');
    expect(refusal(() => checkMatrix([['3' as unknown as number, 2]], 2))?.[2]).toBe('matrix[0][0]');
    expect(refusal(() => checkMatrix([[-1, 0]], 2))).toBeNull();
  });
  it('weights: zero is allowed, negative or NaN refused, a zero sum refused', () => {
    expect(unitWeights([0, 2])).toEqual([0, 1]);
    expect(unitWeights([20, 30, 50])).toEqual([0.2, 0.3, 0.5]);
    expect(refusal(() => unitWeights([-0.1, 2]))).toEqual(['权重不能为负', 'weights must not be negative', 'weights']);
    expect(refusal(() => unitWeights([Number.NaN, 2]))?.[1]).toBe('weights must not be negative');
    expect(refusal(() => unitWeights([0, 0]))).toEqual(['权重之和应大于零', 'weights must add up to more than zero', 'weights']);
  });
});

describe('entropy weights', () => {
  it('returns the entropy of every column (hand-worked) and weight 0 for an all-zero column', () => {
    // Column 2: p = [1/4, 3/4], E = −(¼ ln ¼ + ¾ ln ¾)/ln 2 = 0.811278…; column 1 is all zero: E = 1.
    const r = entropyWeights([[0, 1], [0, 3]]);
    expect(r.entropy).toEqual([1, -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2)]);
    expect(r.weights).toEqual([0, 1]);
    // Three alternatives: ln 3 in the denominator, weights (1 − E)/Σ(1 − E).
    const m = [[1, 2], [2, 2], [3, 8]];
    const e = (c: number[]) => -c.map((v) => v / (c[0] + c[1] + c[2])).reduce((s, p) => s + p * Math.log(p), 0) / Math.log(3);
    const want = [e([1, 2, 3]), e([2, 2, 8])];
    const got = entropyWeights(m);
    close(got.entropy, want, 14);
    close(got.weights, [(1 - want[0]) / (2 - want[0] - want[1]), (1 - want[1]) / (2 - want[0] - want[1])], 14);
  });
  it('two alternatives are enough; one is refused with the message', () => {
    expect(entropyWeights([[1, 2], [3, 2]]).weights).toEqual([1, 0]);
    expect(refusal(() => entropyWeights([[1, 2]]))).toEqual(['熵权法至少需要两个评价对象', 'the entropy method needs at least two alternatives', 'matrix']);
  });
  it('a negative value names its column', () => {
    expect(refusal(() => entropyWeights([[1, 2], [3, -2]]))).toEqual(['第 2 列有负值，熵权法需要非负数据', 'column 2 has a negative value: entropy needs non-negative data', 'matrix[*][1]']);
    expect(refusal(() => entropyWeights([[0, 0], [0, 0]]))).toBeNull();
  });
  it('normalisation first: without directions every criterion is a benefit', () => {
    const m = [[1, 10], [2, 20], [4, 25]];
    const plain = entropyWeights(m, { normalization: 'minmax' });
    expect(plain).toEqual(entropyWeights(m, { normalization: 'minmax', directions: ['benefit', 'benefit'] }));
    expect(plain.weights).not.toEqual(entropyWeights(m).weights);
    // minmax turns [1, 2, 4] into [0, 1/3, 1] and [10, 20, 25] into [0, 2/3, 1].
    expect(plain).toEqual(entropyWeights([[0, 0], [1 / 3, 2 / 3], [1, 1]]));
    // With a cost criterion, column 2 becomes [1, 1/3, 0].
    expect(entropyWeights(m, { normalization: 'minmax', directions: ['benefit', 'cost'] })).toEqual(entropyWeights([[0, 1], [1 / 3, 1 / 3], [1, 0]]));
  });
});

describe('CRITIC', () => {
  it('σ, information and weights of a case worked by hand', () => {
    // minmax: column 1 → [0, ¼, ½, 1], column 2 → [0, 1, ⅓, ⅔].
    // σ₁ = √(0.546875/4), σ₂ = √(0.5̅/4); r₁₂ = 0.2083̅ / √(0.546875 · 0.5̅) = 0.377964…
    const r = criticWeights([[0, 0], [1, 3], [2, 1], [4, 2]]);
    const s1 = Math.sqrt(0.546875 / 4);
    const s2 = Math.sqrt(5 / 9 / 4);
    const corr = 0.2083333333333333 / Math.sqrt(0.546875 * (5 / 9));
    close(r.std, [s1, s2], 12);
    close(r.information, [s1 * (1 - corr), s2 * (1 - corr)], 12);
    close(r.weights, [s1 / (s1 + s2), s2 / (s1 + s2)], 12);
  });
  it('a constant column counts as uncorrelated with the others (no NaN), and all-constant gives equal weights', () => {
    const r = criticWeights([[1, 5, 0], [2, 5, 1], [3, 5, 5]]);
    expect(r.std[1]).toBe(0);
    expect(r.weights[1]).toBe(0);
    expect(r.weights.every(Number.isFinite)).toBe(true);
    // Column 1 against the constant column adds 1 − 0 = 1 to its conflict sum.
    const c1 = [0, 0.5, 1];
    const c3 = [0, 0.2, 1];
    const m1 = 0.5;
    const m3 = 0.4;
    const num = c1.reduce((s, v, i) => s + (v - m1) * (c3[i] - m3), 0);
    const rr = num / Math.sqrt(c1.reduce((s, v) => s + (v - m1) ** 2, 0) * c3.reduce((s, v) => s + (v - m3) ** 2, 0));
    expect(r.information[0]).toBeCloseTo(r.std[0] * (0 + 1 + (1 - rr)), 12);
    expect(criticWeights([[1, 2, 3], [1, 2, 3]]).weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(refusal(() => criticWeights([[1, 2]]))).toEqual(['CRITIC 至少需要两个评价对象', 'CRITIC needs at least two alternatives', 'matrix']);
  });
  it('directions default to benefit', () => {
    const m = [[1, 2], [2, 4], [3, 5], [4, 9]];
    expect(criticWeights(m)).toEqual(criticWeights(m, ['benefit', 'benefit']));
    expect(criticWeights(m, ['benefit', 'cost']).information).not.toEqual(criticWeights(m).information);
  });
});

describe('weighted sum and TOPSIS', () => {
  it('weighted sum: minmax by default, the method given otherwise', () => {
    const m = [[1, 4], [3, 2]];
    expect(weightedSum(m, ['benefit', 'benefit'], [1, 1])).toEqual([0.5, 0.5]);
    expect(weightedSum(m, ['benefit', 'cost'], [1, 1])).toEqual([0, 1]);
    expect(weightedSum(m, ['benefit', 'benefit'], [1, 3])).toEqual([0.75, 0.25]);
    expect(weightedSum(m, ['benefit', 'benefit'], [1, 1], 'sum')).toEqual([(0.25 + 4 / 6) / 2, (0.75 + 2 / 6) / 2]);
    expect(refusal(() => weightedSum([[1]], ['benefit', 'benefit'], [1, 1]))?.[2]).toBe('matrix[0]');
  });
  it('TOPSIS returns the distances to the ideal and the anti-ideal (pymcdm case, equal weights)', () => {
    // minmax: cost [1, 2, 5] → [1, ¾, 0]; benefit [3000, 3750, 4500] → [0, ½, 1]; weights ½.
    const r = topsis([[1, 3000], [2, 3750], [5, 4500]], ['cost', 'benefit'], [1, 1]);
    close(r.dPlus, [0.5, Math.hypot(0.125, 0.25), 0.5], 15);
    close(r.dMinus, [0.5, Math.hypot(0.375, 0.25), 0.5], 15);
    close(r.scores, [0.5, Math.hypot(0.375, 0.25) / (Math.hypot(0.125, 0.25) + Math.hypot(0.375, 0.25)), 0.5], 15);
  });
  it('TOPSIS normalises min-max unless told otherwise', () => {
    const m = [[9, 7, 6, 7], [8, 7, 9, 6], [7, 8, 6, 6]];
    const d: Direction[] = ['benefit', 'benefit', 'benefit', 'benefit'];
    expect(topsis(m, d, [4, 2, 6, 8])).toEqual(topsis(m, d, [4, 2, 6, 8], 'minmax'));
    expect(topsis(m, d, [4, 2, 6, 8]).scores).not.toEqual(topsis(m, d, [4, 2, 6, 8], 'vector').scores);
    expect(refusal(() => topsis(m, d, [1, 1, 1, -1]))?.[1]).toBe('weights must not be negative');
  });
});

describe('grey relational analysis', () => {
  it('published case: JMcDM test/runtests.jl "Grey Relational Analysis" (Yıldırım & Önder 2015, ÇKKV Yöntemleri, Dora), ρ = 0.5', () => {
    // github.com/jbytecode/JMcDM: 5 alternatives, 6 criteria (min, max, min, max, max, min), min-max
    // normalisation, Δmin/Δmax over the whole matrix; scores asserted there to 1e-4.
    const cols = [
      [105000, 120000, 150000, 115000, 135000],
      [105, 110, 120, 105, 115],
      [10, 15, 12, 20, 15],
      [4, 4, 3, 4, 5],
      [300, 500, 550, 600, 400],
      [10, 8, 12, 9, 9],
    ];
    const m = cols[0].map((_, i) => cols.map((c) => c[i]));
    const r = greyRelational(m, ['cost', 'benefit', 'cost', 'benefit', 'benefit', 'cost'], [0.05, 0.2, 0.1, 0.15, 0.1, 0.4]);
    close(r.scores, [0.525, 0.7007142857142857, 0.5464285714285715, 0.5762820512820512, 0.650952380952381], 4);
    expect(ranksOf(r.scores)).toEqual([5, 1, 4, 3, 2]);
  });
  it('ρ at its edges: any positive ρ up to 1 is accepted; 0, negative, NaN and above 1 refused with the message', () => {
    const m = [[10, 1], [0, 3], [5, 2]];
    const d: Direction[] = ['benefit', 'benefit'];
    expect(refusal(() => greyRelational(m, d, undefined, 1))).toBeNull();
    expect(refusal(() => greyRelational(m, d, undefined, 1e-9))).toBeNull();
    for (const rho of [0, -0.5, 1.000001, Number.NaN]) expect(refusal(() => greyRelational(m, d, undefined, rho))).toEqual(['分辨系数 rho 应在 (0, 1] 之间', 'rho must be in (0, 1]', 'rho']);
  });
  it('checks the matrix first: a short row or a non-number is refused, not scored as NaN', () => {
    expect(refusal(() => greyRelational([[1, 2], [3]], ['benefit', 'benefit'], undefined))).toEqual(['第 2 行应有 2 个值', 'row 2 must have 2 values', 'matrix[1]']);
    expect(refusal(() => greyRelational([[1, Number.NaN]], ['benefit', 'benefit'], undefined))?.[2]).toBe('matrix[0][1]');
  });
  it('defaults: ρ = 0.5, equal weights, min-max; vector normalisation when asked', () => {
    const m = [[10, 1], [0, 3], [5, 2]];
    const d: Direction[] = ['benefit', 'benefit'];
    expect(greyRelational(m, d, undefined)).toEqual(greyRelational(m, d, [1, 1], 0.5, 'minmax'));
    expect(greyRelational(m, d, [3, 1]).scores).toEqual([1 * 0.75 + (1 / 3) * 0.25, (1 / 3) * 0.75 + 1 * 0.25, 0.5]);
    // vector: column 1 → [10, 0, 5]/√125, column 2 → [1, 3, 2]/√14; reference = column maxima.
    const v = greyRelational(m, d, undefined, 0.5, 'vector');
    const x = [[10 / Math.sqrt(125), 1 / Math.sqrt(14)], [0, 3 / Math.sqrt(14)], [5 / Math.sqrt(125), 2 / Math.sqrt(14)]];
    const delta = x.map((row) => [x[0][0] - row[0], x[1][1] - row[1]]);
    const dMax = Math.max(...delta.flat());
    v.coefficients.forEach((row, i) => row.forEach((c, j) => expect(c).toBeCloseTo((0 + 0.5 * dMax) / (delta[i][j] + 0.5 * dMax), 14)));
  });
});

describe('random index', () => {
  it('n = 1 and 2 are 0 in every table (stored values, not interpolated)', () => {
    for (const t of ['saaty', 'donegan_dodd', 'textbook'] as const) {
      expect(randomIndex(t, 1)).toBe(0);
      expect(randomIndex(t, 2)).toBe(0);
    }
    expect(randomIndex('saaty', 15)).toBe(1.59);
    expect(randomIndex('donegan_dodd', 100)).toBe(1.6339);
  });
  it('interpolates between the nearest tabulated sizes', () => {
    expect(randomIndex('donegan_dodd', 21)).toBeCloseTo(1.5371 + (1.5619 - 1.5371) / 5, 14);
    expect(randomIndex('donegan_dodd', 24)).toBeCloseTo(1.5371 + ((1.5619 - 1.5371) * 4) / 5, 14);
    expect(randomIndex('donegan_dodd', 95)).toBeCloseTo(1.6213 + (1.6339 - 1.6213) / 2, 14);
  });
  it('refuses sizes beyond the table, naming table and last size', () => {
    expect(refusal(() => randomIndex('saaty', 16))).toEqual(['随机一致性指标表 saaty 只到 15 阶', 'the random-index table saaty stops at n = 15', 'randomIndex']);
    expect(refusal(() => randomIndex('donegan_dodd', 101))).toEqual(['随机一致性指标表 donegan_dodd 只到 100 阶', 'the random-index table donegan_dodd stops at n = 100', 'randomIndex']);
    expect(RANDOM_INDEX_NAMES).toEqual({
      saaty: 'Saaty (2005), Theory and Applications of the ANP, p. 31',
      donegan_dodd: 'Donegan & Dodd (1991), Math. Comput. Modelling 15(10):135–137',
      textbook: 'Saaty (1980) textbook table',
    });
  });
});

describe('AHP', () => {
  it('comparison matrix: the order given by names, a self-comparison ignored, refusals with paths', () => {
    expect(comparisonMatrix({ a: { b: 2 } }, ['b', 'a'])).toEqual({ names: ['b', 'a'], matrix: [[1, 0.5], [2, 1]] });
    expect(comparisonMatrix({ a: { b: 2, a: 5 } }).matrix).toEqual([[1, 2], [0.5, 1]]);
    // Given twice, reciprocal within 1e-9: accepted.
    expect(refusal(() => comparisonMatrix({ a: { b: 3 }, b: { a: 1 / 3 + 1e-12 } }))).toBeNull();
    expect(refusal(() => comparisonMatrix({ a: { b: 3 }, b: { a: 0.3 } }))).toEqual(['b 与 a 被比较了两次且不互为倒数', 'b and a are compared twice and the values are not reciprocal', 'comparisons.b.a']);
    expect(refusal(() => comparisonMatrix({ a: { b: 2 } }, ['a', 'c']))).toEqual(['比较中出现未知指标 b', 'unknown criterion b in the comparisons', 'comparisons.a.b']);
    expect(refusal(() => comparisonMatrix({ z: { a: 2 } }, ['a', 'b']))).toEqual(['比较中出现未知指标 z', 'unknown criterion z in the comparisons', 'comparisons.z.a']);
    expect(refusal(() => comparisonMatrix({ a: { b: -2 } }))).toEqual(['a 对 b 的比较值应为正数（1–9 标度）', 'the comparison of a with b must be a positive number (1–9 scale)', 'comparisons.a.b']);
    expect(refusal(() => comparisonMatrix({ a: { b: Infinity } }))?.[2]).toBe('comparisons.a.b');
    expect(refusal(() => comparisonMatrix({ a: { b: '2' as unknown as number } }))?.[2]).toBe('comparisons.a.b');
    expect(refusal(() => comparisonMatrix({ a: { b: 2, c: 3 } }))).toEqual(['缺少 b 与 c 的两两比较', 'the comparison of b with c is missing', 'comparisons.b.c']);
  });
  it('principal eigenvector and λmax of a consistent matrix are exact; of an inconsistent one λmax > n', () => {
    const c = principalEigenvector([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]);
    close(c.vector, [4 / 7, 2 / 7, 1 / 7], 15);
    expect(c.lambdaMax).toBeCloseTo(3, 14);
    // a > b (2), b > c (2), a > c (9 instead of 4): λmax from the Perron vector, Aw = λw in every row.
    const m = [[1, 2, 9], [0.5, 1, 2], [1 / 9, 0.5, 1]];
    const r = principalEigenvector(m);
    expect(r.lambdaMax).toBeGreaterThan(3.05);
    m.forEach((row, i) => expect(row.reduce((s, a, j) => s + a * r.vector[j], 0) / r.vector[i]).toBeCloseTo(r.lambdaMax, 10));
    expect(r.vector.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 15);
  });
  it('power iteration runs until every component has settled, not just one', () => {
    // Row sums 3.5, 2, 5: after the first step the first component is already 1/3 (its start
    // value) while the others are still moving; stopping there would return the row sums.
    const m = [[1, 2, 0.5], [0.5, 1, 0.5], [2, 2, 1]];
    const r = principalEigenvector(m);
    expect(r.vector[1]).not.toBeCloseTo(2 / 10.5, 3);
    m.forEach((row, i) => expect(row.reduce((s, a, j) => s + a * r.vector[j], 0) / r.vector[i]).toBeCloseTo(r.lambdaMax, 10));
  });
  it('λmax, CI, RI, CR of a slightly inconsistent matrix: CI = (λ − n)/(n − 1), CR = CI/RI', () => {
    const r = ahp({ a: { b: 2, c: 9 }, b: { c: 2 } }, 'textbook');
    const { lambdaMax } = principalEigenvector(r.matrix);
    expect(r.lambdaMax).toBe(lambdaMax);
    expect(r.consistencyIndex).toBeCloseTo((lambdaMax - 3) / 2, 15);
    expect(r.randomIndex).toBe(0.58);
    expect(r.consistencyRatio).toBeCloseTo((lambdaMax - 3) / 2 / 0.58, 15);
    expect(r.acceptable).toBe(true);
    expect(r.worst).toEqual({ a: 'a', b: 'b', given: 2, implied: r.weights[0] / r.weights[1] });
  });
  it('two criteria: CI and CR are 0, nothing to revisit', () => {
    const r = ahp({ a: { b: 9 } }, 'textbook');
    expect([r.consistencyIndex, r.consistencyRatio, r.acceptable, r.worst]).toEqual([0, 0, true, null]);
    expect(refusal(() => ahp({ a: { a: 1 } }))).toEqual(['层次分析法至少需要两个指标', 'AHP needs at least two criteria', 'comparisons']);
  });
  it('the refusal names CR, RI, its table and the single worst judgement, in both languages', () => {
    const bad = { a: { b: 1, c: 9, d: 1 }, b: { c: 1, d: 1 }, c: { d: 1 } };
    try {
      ahpWeights(bad);
      expect.unreachable();
    } catch (e) {
      const err = e as EvaluationError;
      expect(err.messageZh).toBe(
        '判断矩阵一致性比率 CR = 0.2457 ≥ 0.10（随机一致性指标 RI = 0.89，saaty 表），判断前后矛盾，不能用于定权。最需要重新考虑的是 a 对 c：给定 9，按其余判断应约为 3.3596。',
      );
      expect(err.messageEn).toBe(
        'consistency ratio CR = 0.2457 ≥ 0.10 (random index RI = 0.89, table saaty): the judgements contradict each other and cannot set weights. Revisit a versus c: given 9, the other judgements imply about 3.3596.',
      );
      expect([err.path, err.code]).toEqual(['comparisons', 'ahp_inconsistent']);
    }
    const r = ahp(bad);
    expect(r.acceptable).toBe(false);
    expect(r.worst).toEqual({ a: 'a', b: 'c', given: 9, implied: r.weights[0] / r.weights[2] });
  });
  it('accepted weights come back whole', () => {
    const r = ahpWeights({ a: { b: 2, c: 4 }, b: { c: 2 } }, 'donegan_dodd', ['a', 'b', 'c']);
    expect(r.names).toEqual(['a', 'b', 'c']);
    expect(r.randomIndexTable).toBe('donegan_dodd');
    expect(r.randomIndex).toBe(0.4914);
    expect(r.matrix).toEqual([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]);
    expect(r.worst).toBeNull();
  });
  it('property: a consistent matrix (a_ij = w_i / w_j) gives back w with CR exactly 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 7 }), (w) => {
        const names = w.map((_, i) => `c${i}`);
        const comparisons: Record<string, Record<string, number>> = {};
        for (let i = 0; i < w.length; i++) for (let j = i + 1; j < w.length; j++) (comparisons[names[i]] ??= {})[names[j]] = w[i] / w[j];
        const r = ahp(comparisons, 'saaty', names);
        const s = w.reduce((a, b) => a + b, 0);
        close(r.weights, w.map((x) => x / s), 10);
        expect(r.consistencyRatio).toBeGreaterThanOrEqual(0);
        expect(r.consistencyRatio).toBeLessThan(1e-9);
        expect(r.acceptable).toBe(true);
      }),
    );
  });
});

describe('score invariants (fast-check)', () => {
  const matrix = fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 6 }),
      fc.array(fc.constantFrom<Direction>('benefit', 'cost'), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
    ),
  );
  it('TOPSIS, GRA and weighted sum do not change when a column changes unit or the weights are scaled', () => {
    fc.assert(
      fc.property(matrix, fc.integer({ min: 2, max: 50 }), fc.nat(), ([m, d, w], k, pick) => {
        const j = pick % d.length;
        const scaled = m.map((row) => row.map((x, c) => (c === j ? x * k : x)));
        const w2 = w.map((x) => x * k);
        close(topsis(scaled, d, w2).scores, topsis(m, d, w).scores, 9);
        close(topsis(scaled, d, w2, 'vector').scores, topsis(m, d, w, 'vector').scores, 9);
        close(greyRelational(scaled, d, w2).scores, greyRelational(m, d, w).scores, 9);
        close(weightedSum(scaled, d, w2, 'sum'), weightedSum(m, d, w, 'sum'), 9);
      }),
    );
  });
  it('TOPSIS closeness lies in [0, 1] and an alternative that is at least as good everywhere scores at least as high', () => {
    fc.assert(
      fc.property(matrix, ([m, d, w]) => {
        const { scores } = topsis(m, d, w);
        scores.forEach((s) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        });
        // Make alternative 0 dominate every other one.
        const best = d.map((dir, c) => (dir === 'benefit' ? Math.max(...m.map((r) => r[c])) : Math.min(...m.map((r) => r[c]))));
        const dominated = [best, ...m.slice(1)];
        const s2 = topsis(dominated, d, w).scores;
        s2.forEach((s) => expect(s2[0]).toBeGreaterThanOrEqual(s - 1e-12));
        const g = greyRelational(dominated, d, w).scores;
        g.forEach((s) => expect(g[0]).toBeGreaterThanOrEqual(s - 1e-12));
      }),
    );
  });
  it('entropy and CRITIC weights are non-negative and add up to 1', () => {
    fc.assert(
      fc.property(matrix, ([m]) => {
        for (const w of [entropyWeights(m).weights, criticWeights(m).weights]) {
          w.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
          expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        }
      }),
    );
  });
});
