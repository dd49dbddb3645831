// Weighting and ranking methods for a decision matrix (alternatives × criteria):
// entropy, CRITIC and AHP weights; weighted sum, TOPSIS and grey relational analysis scores.
// Each follows the textbook definition; the unit tests reproduce the published cases that
// pymcdm, pyrepo-mcda and AHPy test against (see test/unit/evaluation-mcdm.test.ts).
import { EvaluationError, competitionRanks } from './errors';
import { normalizeColumn, normalizeMatrix, type Direction, type Normalization } from './normalize';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const column = (m: number[][], j: number) => m.map((r) => r[j]);

export function checkMatrix(matrix: number[][], criteria: number): void {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new EvaluationError('矩阵不能为空', 'the matrix is empty', 'matrix');
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== criteria)
      throw new EvaluationError(`第 ${i + 1} 行应有 ${criteria} 个值`, `row ${i + 1} must have ${criteria} values`, `matrix[${i}]`);
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw new EvaluationError(`第 ${i + 1} 行第 ${j + 1} 列不是数字`, `row ${i + 1}, column ${j + 1} is not a number`, `matrix[${i}][${j}]`);
    });
  });
}

/** Weights scaled to sum to 1 (they may be given as percentages). */
export function unitWeights(weights: number[]): number[] {
  if (weights.some((w) => !(w >= 0))) throw new EvaluationError('权重不能为负', 'weights must not be negative', 'weights');
  const s = sum(weights);
  if (!(s > 0)) throw new EvaluationError('权重之和应大于零', 'weights must add up to more than zero', 'weights');
  return weights.map((w) => w / s);
}

// ───────────── Entropy ─────────────

/**
 * Shannon entropy weights: p_ij = x_ij / Σ_i x_ij, E_j = −Σ_i p_ij ln p_ij / ln m (0·ln 0 = 0),
 * w_j = (1 − E_j) / Σ_k (1 − E_k). Works on the raw (non-negative) values, as pymcdm and pyrepo-mcda do;
 * with `normalization` the matrix is first normalised with each criterion's direction.
 */
export function entropyWeights(matrix: number[][], opts: { directions?: Direction[]; normalization?: Normalization } = {}): { weights: number[]; entropy: number[] } {
  const n = matrix[0]?.length ?? 0;
  checkMatrix(matrix, n);
  const m = matrix.length;
  if (m < 2) throw new EvaluationError('熵权法至少需要两个评价对象', 'the entropy method needs at least two alternatives', 'matrix');
  const x = opts.normalization ? normalizeMatrix(matrix, opts.directions ?? Array(n).fill('benefit'), opts.normalization) : matrix;
  const entropy: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = column(x, j);
    if (col.some((v) => v < 0)) throw new EvaluationError(`第 ${j + 1} 列有负值，熵权法需要非负数据`, `column ${j + 1} has a negative value: entropy needs non-negative data`, `matrix[*][${j}]`);
    const s = sum(col);
    if (s === 0) {
      entropy.push(1);
      continue;
    }
    const e = -sum(col.map((v) => (v === 0 ? 0 : (v / s) * Math.log(v / s)))) / Math.log(m);
    entropy.push(e);
  }
  const d = entropy.map((e) => 1 - e);
  const ds = sum(d);
  const weights = ds === 0 ? d.map(() => 1 / n) : d.map((v) => v / ds);
  return { weights, entropy };
}

// ───────────── CRITIC ─────────────

function pearson(a: number[], b: number[]): number {
  const ma = sum(a) / a.length;
  const mb = sum(b) / b.length;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  // A constant column carries no information and no conflict: treat it as uncorrelated.
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/**
 * CRITIC (Diakoulaki et al. 1995): min-max normalise with each criterion's direction,
 * σ_j = population standard deviation, C_j = σ_j · Σ_k (1 − r_jk), w_j = C_j / Σ C.
 * Another normalisation may be named (pyrepo-mcda allows any); min-max is the paper's.
 */
export function criticWeights(matrix: number[][], directions?: Direction[], normalization: Normalization = 'minmax'): { weights: number[]; std: number[]; information: number[] } {
  const n = matrix[0]?.length ?? 0;
  checkMatrix(matrix, n);
  if (matrix.length < 2) throw new EvaluationError('CRITIC 至少需要两个评价对象', 'CRITIC needs at least two alternatives', 'matrix');
  const x = normalizeMatrix(matrix, directions ?? Array(n).fill('benefit'), normalization);
  const cols = Array.from({ length: n }, (_, j) => column(x, j));
  const std = cols.map((c) => {
    const mean = sum(c) / c.length;
    return Math.sqrt(sum(c.map((v) => (v - mean) ** 2)) / c.length);
  });
  const information = cols.map((c, j) => std[j] * sum(cols.map((d) => 1 - pearson(c, d))));
  const s = sum(information);
  const weights = s === 0 ? information.map(() => 1 / n) : information.map((c) => c / s);
  return { weights, std, information };
}

// ───────────── Scores ─────────────

export function weightedSum(matrix: number[][], directions: Direction[], weights: number[], normalization: Normalization = 'minmax'): number[] {
  checkMatrix(matrix, directions.length);
  const w = unitWeights(weights);
  return normalizeMatrix(matrix, directions, normalization).map((row) => sum(row.map((v, j) => v * w[j])));
}

/**
 * TOPSIS: normalise (min-max, the pymcdm default, or vector, the original Hwang & Yoon form),
 * weight, then closeness C_i = D⁻_i / (D⁺_i + D⁻_i) to the ideal and anti-ideal points.
 * After normalisation every column is "larger is better", so the ideal is the column maximum.
 */
export function topsis(matrix: number[][], directions: Direction[], weights: number[], normalization: Normalization = 'minmax'): { scores: number[]; dPlus: number[]; dMinus: number[] } {
  checkMatrix(matrix, directions.length);
  const w = unitWeights(weights);
  const v = normalizeMatrix(matrix, directions, normalization).map((row) => row.map((x, j) => x * w[j]));
  const ideal = directions.map((_, j) => Math.max(...column(v, j)));
  const anti = directions.map((_, j) => Math.min(...column(v, j)));
  const dPlus = v.map((row) => Math.sqrt(sum(row.map((x, j) => (x - ideal[j]) ** 2))));
  const dMinus = v.map((row) => Math.sqrt(sum(row.map((x, j) => (x - anti[j]) ** 2))));
  // All alternatives identical: each is as close to the ideal as to the anti-ideal.
  const scores = dPlus.map((dp, i) => (dp + dMinus[i] === 0 ? 0.5 : dMinus[i] / (dp + dMinus[i])));
  return { scores, dPlus, dMinus };
}

/**
 * Grey relational analysis (Deng): normalise, reference sequence = the best value per criterion,
 * Δ_ij = |x₀_j − x_ij|, ξ_ij = (Δmin + ρ·Δmax) / (Δ_ij + ρ·Δmax), grade_i = Σ_j w_j ξ_ij.
 */
export function greyRelational(matrix: number[][], directions: Direction[], weights: number[] | undefined, rho = 0.5, normalization: Normalization = 'minmax'): { scores: number[]; coefficients: number[][] } {
  checkMatrix(matrix, directions.length);
  if (!(rho > 0 && rho <= 1)) throw new EvaluationError('分辨系数 rho 应在 (0, 1] 之间', 'rho must be in (0, 1]', 'rho');
  const w = unitWeights(weights ?? directions.map(() => 1));
  const x = normalizeMatrix(matrix, directions, normalization);
  const ref = directions.map((_, j) => Math.max(...column(x, j)));
  const delta = x.map((row) => row.map((v, j) => Math.abs(ref[j] - v)));
  const all = delta.flat();
  const dMin = Math.min(...all);
  const dMax = Math.max(...all);
  const coefficients = delta.map((row) => row.map((d) => (dMax === 0 ? 1 : (dMin + rho * dMax) / (d + rho * dMax))));
  return { scores: coefficients.map((row) => sum(row.map((c, j) => c * w[j]))), coefficients };
}

export const ranksOf = (scores: number[]) => competitionRanks(scores, true);

// ───────────── AHP ─────────────

export const RANDOM_INDEX_TABLES = {
  // Saaty, Theory and Applications of the Analytic Network Process (2005), p. 31 — as used by AHPy 'saaty'.
  saaty: { 1: 0, 2: 0, 3: 0.52, 4: 0.89, 5: 1.11, 6: 1.25, 7: 1.35, 8: 1.4, 9: 1.45, 10: 1.49, 11: 1.52, 12: 1.54, 13: 1.56, 14: 1.58, 15: 1.59 },
  // Donegan & Dodd, 'A note on Saaty's random indexes', Math. Comput. Modelling 15(10), 1991 — AHPy's default 'dd';
  // sizes between the tabulated ones are interpolated linearly, as AHPy does.
  donegan_dodd: {
    1: 0, 2: 0, 3: 0.4914, 4: 0.8286, 5: 1.0591, 6: 1.1797, 7: 1.2519, 8: 1.3171, 9: 1.3733, 10: 1.4055, 11: 1.4213, 12: 1.4497, 13: 1.4643, 14: 1.4822,
    15: 1.4969, 16: 1.5078, 17: 1.5153, 18: 1.5262, 19: 1.5313, 20: 1.5371, 25: 1.5619, 30: 1.5772, 40: 1.5976, 50: 1.6102, 60: 1.6178, 70: 1.6237,
    80: 1.6277, 90: 1.6213, 100: 1.6339,
  },
  // Saaty (1980) as printed in most Chinese textbooks (1.12 for n = 5, 1.24 for n = 6 …).
  textbook: { 1: 0, 2: 0, 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49, 11: 1.52, 12: 1.54, 13: 1.56, 14: 1.58, 15: 1.59 },
} as const satisfies Record<string, Record<number, number>>;
export type RandomIndexTable = keyof typeof RANDOM_INDEX_TABLES;
export const RANDOM_INDEX_NAMES: Record<RandomIndexTable, string> = {
  saaty: 'Saaty (2005), Theory and Applications of the ANP, p. 31',
  donegan_dodd: 'Donegan & Dodd (1991), Math. Comput. Modelling 15(10):135–137',
  textbook: 'Saaty (1980) textbook table',
};

export function randomIndex(table: RandomIndexTable, n: number): number {
  const t = RANDOM_INDEX_TABLES[table] as Record<number, number>;
  if (t[n] !== undefined) return t[n];
  const sizes = Object.keys(t).map(Number).sort((a, b) => a - b);
  const larger = sizes.find((s) => s > n);
  if (larger === undefined)
    throw new EvaluationError(`随机一致性指标表 ${table} 只到 ${sizes[sizes.length - 1]} 阶`, `the random-index table ${table} stops at n = ${sizes[sizes.length - 1]}`, 'randomIndex');
  const smaller = [...sizes].reverse().find((s) => s < n)!;
  return t[smaller] + ((t[larger] - t[smaller]) * (n - smaller)) / (larger - smaller);
}

export interface AhpResult {
  names: string[];
  weights: number[];
  lambdaMax: number;
  consistencyIndex: number;
  randomIndex: number;
  randomIndexTable: RandomIndexTable;
  consistencyRatio: number;
  acceptable: boolean;
  /** The judgement furthest from what the weights imply (a_ij · w_j / w_i farthest from 1). */
  worst: { a: string; b: string; given: number; implied: number } | null;
  matrix: number[][];
}

/** Comparisons { a: { b: 3 } } mean "a is 3 times as important as b"; the reciprocal is implied. */
export function comparisonMatrix(comparisons: Record<string, Record<string, number>>, names?: string[]): { names: string[]; matrix: number[][] } {
  const order = names ?? [...new Set(Object.entries(comparisons).flatMap(([a, row]) => [a, ...Object.keys(row)]))];
  const n = order.length;
  const idx = new Map(order.map((k, i) => [k, i]));
  const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : NaN)));
  for (const [a, row] of Object.entries(comparisons)) {
    for (const [b, v] of Object.entries(row)) {
      const i = idx.get(a);
      const j = idx.get(b);
      if (i === undefined || j === undefined) throw new EvaluationError(`比较中出现未知指标 ${i === undefined ? a : b}`, `unknown criterion ${i === undefined ? a : b} in the comparisons`, `comparisons.${a}.${b}`);
      if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) throw new EvaluationError(`${a} 对 ${b} 的比较值应为正数（1–9 标度）`, `the comparison of ${a} with ${b} must be a positive number (1–9 scale)`, `comparisons.${a}.${b}`);
      if (i === j) continue;
      const existing = matrix[j][i];
      if (!Number.isNaN(existing) && Math.abs(existing * v - 1) > 1e-9)
        throw new EvaluationError(`${a} 与 ${b} 被比较了两次且不互为倒数`, `${a} and ${b} are compared twice and the values are not reciprocal`, `comparisons.${a}.${b}`);
      matrix[i][j] = v;
      matrix[j][i] = 1 / v;
    }
  }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (Number.isNaN(matrix[i][j]))
        throw new EvaluationError(`缺少 ${order[i]} 与 ${order[j]} 的两两比较`, `the comparison of ${order[i]} with ${order[j]} is missing`, `comparisons.${order[i]}.${order[j]}`);
  return { names: order, matrix };
}

/** Principal eigenvector by power iteration (a positive reciprocal matrix has a unique Perron vector). */
export function principalEigenvector(matrix: number[][]): { vector: number[]; lambdaMax: number } {
  const n = matrix.length;
  let w = Array(n).fill(1 / n);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = matrix.map((row) => sum(row.map((a, j) => a * w[j])));
    const s = sum(next);
    const norm = next.map((x) => x / s);
    const diff = Math.max(...norm.map((x, i) => Math.abs(x - w[i])));
    w = norm;
    if (diff < 1e-15) break;
  }
  const aw = matrix.map((row) => sum(row.map((a, j) => a * w[j])));
  const lambdaMax = sum(aw.map((x, i) => x / w[i])) / n;
  return { vector: w, lambdaMax };
}

export function ahp(comparisons: Record<string, Record<string, number>>, table: RandomIndexTable = 'saaty', names?: string[]): AhpResult {
  const { names: order, matrix } = comparisonMatrix(comparisons, names);
  const n = order.length;
  if (n < 2) throw new EvaluationError('层次分析法至少需要两个指标', 'AHP needs at least two criteria', 'comparisons');
  const { vector, lambdaMax } = principalEigenvector(matrix);
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const ri = randomIndex(table, n);
  const cr = n <= 2 || ri === 0 ? 0 : Math.max(0, ci / ri);
  let worst: AhpResult['worst'] = null;
  let worstDev = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const implied = vector[i] / vector[j];
      const dev = Math.abs(Math.log(matrix[i][j] / implied));
      if (dev > worstDev + 1e-12) {
        worstDev = dev;
        worst = { a: order[i], b: order[j], given: matrix[i][j], implied };
      }
    }
  return { names: order, weights: vector, lambdaMax, consistencyIndex: ci, randomIndex: ri, randomIndexTable: table, consistencyRatio: cr, acceptable: cr < 0.1, worst, matrix };
}

/** AHP weights, refused when CR ≥ 0.10 with the judgement most worth revisiting. */
export function ahpWeights(comparisons: Record<string, Record<string, number>>, table: RandomIndexTable = 'saaty', names?: string[]): AhpResult {
  const r = ahp(comparisons, table, names);
  if (!r.acceptable) {
    const w = r.worst!;
    throw new EvaluationError(
      `判断矩阵一致性比率 CR = ${r.consistencyRatio.toFixed(4)} ≥ 0.10（随机一致性指标 RI = ${r.randomIndex}，${r.randomIndexTable} 表），判断前后矛盾，不能用于定权。` +
        `最需要重新考虑的是 ${w.a} 对 ${w.b}：给定 ${round4(w.given)}，按其余判断应约为 ${round4(w.implied)}。`,
      `consistency ratio CR = ${r.consistencyRatio.toFixed(4)} ≥ 0.10 (random index RI = ${r.randomIndex}, table ${r.randomIndexTable}): the judgements contradict each other and cannot set weights. ` +
        `Revisit ${w.a} versus ${w.b}: given ${round4(w.given)}, the other judgements imply about ${round4(w.implied)}.`,
      'comparisons',
      'ahp_inconsistent',
    );
  }
  return r;
}
const round4 = (x: number) => Math.round(x * 10000) / 10000;

export { normalizeColumn };
