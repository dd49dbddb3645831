// Column normalisations of a decision matrix (alternatives × criteria). Each turns a cost
// criterion around so that, afterwards, larger is always better; the convention per method is
// the one of the reference libraries the tests reproduce (pyrepo-mcda, pymcdm).
import { EvaluationError } from './errors';

export type Direction = 'benefit' | 'cost';
export const NORMALIZATIONS = ['minmax', 'vector', 'sum', 'mean', 'initial'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function needPositive(col: number[], method: string, column: number) {
  if (col.some((x) => !(x > 0)))
    throw new EvaluationError(
      `第 ${column + 1} 列含零或负值，不能用 ${method} 归一化`,
      `column ${column + 1} has a zero or negative value: ${method} normalisation needs positive values`,
      `matrix[*][${column}]`,
    );
}

/**
 * minmax: (x − min)/(max − min), cost (max − x)/(max − min); a constant column is 1 everywhere.
 * vector: x/‖x‖, cost 1 − x/‖x‖.
 * sum: x/Σx, cost (1/x)/Σ(1/x).
 * mean: x/mean, cost (1/x)/mean(1/x).
 * initial: x/x₀ (the first alternative is the reference, as in grey relational analysis), cost x₀/x.
 */
export function normalizeColumn(col: number[], direction: Direction, method: Normalization, column = 0): number[] {
  const cost = direction === 'cost';
  switch (method) {
    case 'minmax': {
      const min = Math.min(...col);
      const max = Math.max(...col);
      if (max === min) return col.map(() => 1);
      return col.map((x) => (cost ? (max - x) / (max - min) : (x - min) / (max - min)));
    }
    case 'vector': {
      const norm = Math.sqrt(sum(col.map((x) => x * x)));
      if (norm === 0) return col.map(() => (cost ? 1 : 0));
      return col.map((x) => (cost ? 1 - x / norm : x / norm));
    }
    case 'sum': {
      if (cost) {
        needPositive(col, method, column);
        const inv = col.map((x) => 1 / x);
        const s = sum(inv);
        return inv.map((x) => x / s);
      }
      const s = sum(col);
      if (s === 0) return col.map(() => 1 / col.length);
      return col.map((x) => x / s);
    }
    case 'mean': {
      if (cost) {
        needPositive(col, method, column);
        const inv = col.map((x) => 1 / x);
        const m = sum(inv) / inv.length;
        return inv.map((x) => x / m);
      }
      const m = sum(col) / col.length;
      if (m === 0) return col.map(() => 1);
      return col.map((x) => x / m);
    }
    case 'initial': {
      needPositive(col, method, column);
      const x0 = col[0];
      return col.map((x) => (cost ? x0 / x : x / x0));
    }
  }
}

export function normalizeMatrix(matrix: number[][], directions: Direction[], method: Normalization): number[][] {
  const n = directions.length;
  const cols = Array.from({ length: n }, (_, j) => normalizeColumn(matrix.map((row) => row[j]), directions[j], method, j));
  return matrix.map((_, i) => cols.map((c) => c[i]));
}
