// The three offline calculators behind `hubline evaluate | mcdm | allocate`: JSON in, JSON out.
// The server serves each result's input in these shapes, so re-running it gives the same numbers.
import { allocate, type AllocationResult } from './allocate';
import { EvaluationError } from './errors';
import { evaluate, type EvaluationResult } from './evaluate';
import { ahpWeights, criticWeights, entropyWeights, greyRelational, RANDOM_INDEX_NAMES, ranksOf, topsis, weightedSum } from './mcdm';
import type { Direction } from './normalize';
import { allocateInputSchema, describeIssues, evaluateInputSchema, mcdmInputSchema } from './schemas';

export class InputError extends Error {
  constructor(readonly issues: { path: string; messageZh: string; messageEn: string }[]) {
    super(issues.map((i) => `${i.messageZh} / ${i.messageEn}`).join('\n'));
  }
}

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, json: unknown): T {
  const r = schema.safeParse(json);
  if (!r.success) throw new InputError(describeIssues(r.error));
  return r.data;
}

export function runEvaluate(json: unknown): EvaluationResult {
  return evaluate(parse(evaluateInputSchema, json));
}

export function runAllocate(json: unknown): AllocationResult {
  return allocate(parse(allocateInputSchema, json));
}

export interface McdmOutput {
  weights?: number[] | Record<string, number>;
  scores?: number[];
  ranks?: number[];
  consistencyRatio?: number;
  parameters: Record<string, unknown>;
}

export function runMcdm(json: unknown): McdmOutput {
  const input = parse(mcdmInputSchema, json);
  if (input.method === 'ahp') {
    if (!input.comparisons) throw new EvaluationError('层次分析法需要 comparisons（两两比较）', 'AHP needs comparisons', 'comparisons');
    const table = input.randomIndex ?? 'saaty';
    const r = ahpWeights(input.comparisons, table);
    return {
      weights: Object.fromEntries(r.names.map((n, i) => [n, r.weights[i]])),
      consistencyRatio: r.consistencyRatio,
      parameters: {
        method: 'ahp',
        eigenvector: 'principal (power iteration)',
        lambdaMax: r.lambdaMax,
        consistencyIndex: r.consistencyIndex,
        randomIndexTable: table,
        randomIndexSource: RANDOM_INDEX_NAMES[table],
        randomIndex: r.randomIndex,
        threshold: 0.1,
      },
    };
  }
  const matrix = input.matrix;
  if (!matrix?.length) throw new EvaluationError('缺少决策矩阵 matrix', 'matrix is missing', 'matrix');
  const n = matrix[0].length;
  const criteria = input.criteria ?? Array.from({ length: n }, () => ({ direction: 'benefit' as Direction, weight: undefined }));
  if (criteria.length !== n) throw new EvaluationError(`criteria 应有 ${n} 项，与矩阵列数相同`, `criteria must have ${n} entries, one per matrix column`, 'criteria');
  const directions = criteria.map((c) => c.direction);
  const given = criteria.every((c) => c.weight !== undefined);
  const weights = given ? criteria.map((c) => c.weight!) : criteria.map(() => 1 / n);
  switch (input.method) {
    case 'entropy': {
      const r = entropyWeights(matrix, { directions, normalization: input.normalization });
      return { weights: r.weights, parameters: { method: 'entropy', normalization: input.normalization ?? 'none (raw proportions)', entropy: r.entropy } };
    }
    case 'critic': {
      const normalization = input.normalization ?? 'minmax';
      const r = criticWeights(matrix, directions, normalization);
      return { weights: r.weights, parameters: { method: 'critic', normalization, directions, std: r.std, information: r.information } };
    }
    case 'topsis': {
      const normalization = input.normalization ?? 'minmax';
      const r = topsis(matrix, directions, weights, normalization);
      return { scores: r.scores, ranks: ranksOf(r.scores), parameters: { method: 'topsis', normalization, weights, weightsGiven: given, directions, distance: 'euclidean', dPlus: r.dPlus, dMinus: r.dMinus } };
    }
    case 'gra': {
      const normalization = input.normalization ?? 'minmax';
      const rho = input.rho ?? 0.5;
      const r = greyRelational(matrix, directions, weights, rho, normalization);
      return { scores: r.scores, ranks: ranksOf(r.scores), parameters: { method: 'gra', normalization, rho, weights, weightsGiven: given, directions } };
    }
    case 'weighted_sum': {
      const normalization = input.normalization ?? 'minmax';
      const scores = weightedSum(matrix, directions, weights, normalization);
      return { scores, ranks: ranksOf(scores), parameters: { method: 'weighted_sum', normalization, weights, weightsGiven: given, directions } };
    }
  }
}
