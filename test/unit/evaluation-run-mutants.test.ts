// Kills the mutants of src/domain/evaluation/run.ts (the offline calculators behind `hubline
// evaluate | mcdm | allocate`): each method's whole output with its parameters and defaults
// written out, every refusal in both languages with its path, and the calculators' equality with
// the domain functions they call. Every result is computed inside its test.
import { describe, expect, it } from 'vitest';
import {
  ahpWeights,
  allocate,
  allocateInputSchema,
  criticWeights,
  entropyWeights,
  evaluate,
  evaluateInputSchema,
  EvaluationError,
  greyRelational,
  InputError,
  RANDOM_INDEX_NAMES,
  ranksOf,
  runAllocate,
  runEvaluate,
  runMcdm,
  topsis,
  weightedSum,
} from '../../src/domain/evaluation/index';

const matrix = [
  [1, 3000, 7],
  [2, 3750, 4],
  [5, 4500, 9],
];
const criteria = [{ direction: 'cost' as const }, { direction: 'benefit' as const }, { direction: 'benefit' as const }];
const dirs = criteria.map((c) => c.direction);
const weighted = criteria.map((c, j) => ({ ...c, weight: [0.5, 0.3, 0.2][j] }));
const equal = [1 / 3, 1 / 3, 1 / 3];

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof EvaluationError) return { zh: e.messageZh, en: e.messageEn, path: e.path };
    if (e instanceof InputError) return { issues: e.issues, message: e.message };
    throw e;
  }
  throw new Error('accepted');
};

describe('runMcdm: each method, whole output', () => {
  it('TOPSIS with equal weights by default, and with the given weights', () => {
    const r = topsis(matrix, dirs, equal, 'minmax');
    expect(runMcdm({ method: 'topsis', matrix, criteria })).toEqual({
      scores: r.scores,
      ranks: ranksOf(r.scores),
      parameters: { method: 'topsis', normalization: 'minmax', weights: equal, weightsGiven: false, directions: dirs, distance: 'euclidean', dPlus: r.dPlus, dMinus: r.dMinus },
    });
    const v = topsis(matrix, dirs, [0.5, 0.3, 0.2], 'vector');
    expect(runMcdm({ method: 'topsis', matrix, criteria: weighted, normalization: 'vector' })).toEqual({
      scores: v.scores,
      ranks: ranksOf(v.scores),
      parameters: { method: 'topsis', normalization: 'vector', weights: [0.5, 0.3, 0.2], weightsGiven: true, directions: dirs, distance: 'euclidean', dPlus: v.dPlus, dMinus: v.dMinus },
    });
  });

  it('weights count as given only when every criterion has one', () => {
    const partly = [{ ...criteria[0], weight: 0.9 }, criteria[1], criteria[2]];
    const out = runMcdm({ method: 'weighted_sum', matrix, criteria: partly });
    expect(out.parameters).toEqual({ method: 'weighted_sum', normalization: 'minmax', weights: equal, weightsGiven: false, directions: dirs });
    expect(out.scores).toEqual(weightedSum(matrix, dirs, equal, 'minmax'));
    // A weight of 0 is a weight.
    const zero = runMcdm({ method: 'weighted_sum', matrix, criteria: criteria.map((c, j) => ({ ...c, weight: [0, 0.5, 0.5][j] })) });
    expect(zero.parameters.weightsGiven).toBe(true);
    expect(zero.parameters.weights).toEqual([0, 0.5, 0.5]);
  });

  it('without criteria every column is a benefit with equal weight', () => {
    const out = runMcdm({ method: 'weighted_sum', matrix, normalization: 'vector' });
    const benefit = ['benefit', 'benefit', 'benefit'] as const;
    const scores = weightedSum(matrix, [...benefit], equal, 'vector');
    expect(out).toEqual({ scores, ranks: ranksOf(scores), parameters: { method: 'weighted_sum', normalization: 'vector', weights: equal, weightsGiven: false, directions: [...benefit] } });
  });

  it('grey relational analysis: ρ 0.5 by default, or the one given', () => {
    const r = greyRelational(matrix, dirs, [0.5, 0.3, 0.2], 0.5, 'minmax');
    expect(runMcdm({ method: 'gra', matrix, criteria: weighted })).toEqual({
      scores: r.scores,
      ranks: ranksOf(r.scores),
      parameters: { method: 'gra', normalization: 'minmax', rho: 0.5, weights: [0.5, 0.3, 0.2], weightsGiven: true, directions: dirs },
    });
    const s = greyRelational(matrix, dirs, equal, 0.3, 'vector').scores;
    expect(runMcdm({ method: 'gra', matrix, criteria, rho: 0.3, normalization: 'vector' })).toEqual({
      scores: s,
      ranks: ranksOf(s),
      parameters: { method: 'gra', normalization: 'vector', rho: 0.3, weights: equal, weightsGiven: false, directions: dirs },
    });
  });

  it('entropy: raw proportions unless a normalisation is given', () => {
    const raw = entropyWeights(matrix, { directions: dirs });
    expect(runMcdm({ method: 'entropy', matrix, criteria })).toEqual({ weights: raw.weights, parameters: { method: 'entropy', normalization: 'none (raw proportions)', entropy: raw.entropy } });
    const mm = entropyWeights(matrix, { directions: dirs, normalization: 'minmax' });
    expect(runMcdm({ method: 'entropy', matrix, criteria, normalization: 'minmax' })).toEqual({ weights: mm.weights, parameters: { method: 'entropy', normalization: 'minmax', entropy: mm.entropy } });
    expect(mm.weights).not.toEqual(raw.weights);
  });

  it('CRITIC: min-max by default, with σ and the information of each criterion', () => {
    const r = criticWeights(matrix, dirs, 'minmax');
    expect(runMcdm({ method: 'critic', matrix, criteria })).toEqual({ weights: r.weights, parameters: { method: 'critic', normalization: 'minmax', directions: dirs, std: r.std, information: r.information } });
    const v = criticWeights(matrix, dirs, 'vector');
    expect(runMcdm({ method: 'critic', matrix, criteria, normalization: 'vector' }).parameters.normalization).toBe('vector');
    expect(runMcdm({ method: 'critic', matrix, criteria, normalization: 'vector' }).weights).toEqual(v.weights);
  });

  it('AHP: named weights, CR, and every parameter; Saaty’s table by default', () => {
    const comparisons = { freight: { cost: 3, industry: 5 }, cost: { industry: 2 } };
    const r = ahpWeights(comparisons, 'saaty');
    expect(runMcdm({ method: 'ahp', comparisons })).toEqual({
      weights: Object.fromEntries(r.names.map((n, i) => [n, r.weights[i]])),
      consistencyRatio: r.consistencyRatio,
      parameters: {
        method: 'ahp',
        eigenvector: 'principal (power iteration)',
        lambdaMax: r.lambdaMax,
        consistencyIndex: r.consistencyIndex,
        randomIndexTable: 'saaty',
        randomIndexSource: RANDOM_INDEX_NAMES.saaty,
        randomIndex: r.randomIndex,
        threshold: 0.1,
      },
    });
    const t = runMcdm({ method: 'ahp', comparisons, randomIndex: 'textbook' }).parameters;
    expect([t.randomIndexTable, t.randomIndexSource, t.randomIndex]).toEqual(['textbook', RANDOM_INDEX_NAMES.textbook, ahpWeights(comparisons, 'textbook').randomIndex]);
  });
});

describe('runMcdm: refusals', () => {
  it('AHP without comparisons', () => {
    expect(refusal(() => runMcdm({ method: 'ahp', matrix }))).toEqual({ zh: '层次分析法需要 comparisons（两两比较）', en: 'AHP needs comparisons', path: 'comparisons' });
  });
  it('a matrix missing or empty', () => {
    const missing = { zh: '缺少决策矩阵 matrix', en: 'matrix is missing', path: 'matrix' };
    expect(refusal(() => runMcdm({ method: 'topsis' }))).toEqual(missing);
    expect(refusal(() => runMcdm({ method: 'entropy', matrix: [] }))).toEqual(missing);
  });
  it('criteria not one per column, more or fewer', () => {
    const r = { zh: 'criteria 应有 3 项，与矩阵列数相同', en: 'criteria must have 3 entries, one per matrix column', path: 'criteria' };
    expect(refusal(() => runMcdm({ method: 'topsis', matrix, criteria: criteria.slice(0, 2) }))).toEqual(r);
    expect(refusal(() => runMcdm({ method: 'critic', matrix, criteria: [...criteria, criteria[0]] }))).toEqual(r);
  });
  it('an input the schema refuses: every issue, and a message of both languages per line', () => {
    const out = refusal(() => runMcdm({ method: 'topsis', matrix, normalisation: 'vector', rho: 'x' })) as { issues: InputError['issues']; message: string };
    expect(out.issues.map((i) => i.path).sort()).toEqual(['normalisation', 'rho']);
    expect(out.message).toBe(out.issues.map((i) => `${i.messageZh} / ${i.messageEn}`).join('\n'));
    expect(out.message.split('\n')).toHaveLength(2);
    expect(out.issues.every((i) => i.messageZh.startsWith(`${i.path}：`) && i.messageEn.startsWith(`${i.path}: `))).toBe(true);
  });
  it('InputError joins its issues itself', () => {
    const e = new InputError([
      { path: 'a', messageZh: '甲', messageEn: 'A' },
      { path: 'b', messageZh: '乙', messageEn: 'B' },
    ]);
    expect(e.message).toBe('甲 / A\n乙 / B');
    expect(e.issues.map((i) => i.path)).toEqual(['a', 'b']);
    expect(e).toBeInstanceOf(Error);
  });
});

describe('runEvaluate and runAllocate are the domain functions behind a schema', () => {
  it('runEvaluate gives what evaluate gives, and refuses what the schema refuses', () => {
    const input = {
      scheme: { name: 's', year: 2026, groups: [{ id: 'g', name: '组', criteria: [{ code: 'a', name: 'A', weight: 100, rule: { kind: 'points' as const } }] }] },
      zones: [
        { id: 'X', name: '甲', group: 'g', values: { a: 60 } },
        { id: 'Y', name: '乙', group: 'g', values: { a: 80 } },
      ],
    };
    expect(runEvaluate(input)).toEqual(evaluate(evaluateInputSchema.parse(input)));
    expect(runEvaluate(input).zones.map((z) => z.total)).toEqual([60, 80]);
    const bad = refusal(() => runEvaluate({ ...input, zones: 'x' })) as { issues: InputError['issues'] };
    expect(bad.issues.map((i) => i.path)).toEqual(['zones']);
  });
  it('runAllocate gives what allocate gives, and refuses what the schema refuses', () => {
    const input = { pool: 100, decimals: 0, rule: 'factor_share' as const, factors: [{ name: 'f', weight: 1 }], recipients: [{ id: 'a', factors: { f: 3 } }, { id: 'b', factors: { f: 1 } }] };
    expect(runAllocate(input)).toEqual(allocate(allocateInputSchema.parse(input)));
    expect(runAllocate(input).allocations.map((r) => r.amount)).toEqual([75, 25]);
    const bad = refusal(() => runAllocate({ ...input, pool: -1 })) as { issues: InputError['issues'] };
    expect(bad.issues.map((i) => i.path)).toEqual(['pool']);
  });
});
