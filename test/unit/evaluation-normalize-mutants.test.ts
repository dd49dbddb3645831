// Edges of src/domain/evaluation/normalize.ts that evaluation-mcdm.test.ts leaves open (issue 18):
// the refusal in both languages with its path, each method's degenerate column in both directions,
// and the invariants every normalisation must keep (fast-check): the order of the values is kept
// for a benefit criterion and reversed for a cost criterion, and multiplying a column by a positive
// factor (a change of unit: tonnes → kilotonnes) changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationError } from '../../src/domain/evaluation/errors';
import { NORMALIZATIONS, normalizeColumn, normalizeMatrix, type Direction, type Normalization } from '../../src/domain/evaluation/normalize';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof EvaluationError) return [e.messageZh, e.messageEn, e.path, e.code];
    throw e;
  }
  return null;
};

describe('normalizeColumn: refusals', () => {
  it('names column, method and path in both languages; the column defaults to the first', () => {
    expect(refusal(() => normalizeColumn([0, 1], 'benefit', 'initial'))).toEqual([
      '第 1 列含零或负值，不能用 initial 归一化',
      'column 1 has a zero or negative value: initial normalisation needs positive values',
      'matrix[*][0]',
      'evaluation_invalid',
    ]);
    expect(refusal(() => normalizeColumn([3, 0], 'cost', 'mean', 4))).toEqual([
      '第 5 列含零或负值，不能用 mean 归一化',
      'column 5 has a zero or negative value: mean normalisation needs positive values',
      'matrix[*][4]',
      'evaluation_invalid',
    ]);
    expect(refusal(() => normalizeMatrix([[1, 2, 3], [1, 2, -3]], ['benefit', 'benefit', 'cost'], 'sum'))?.[2]).toBe('matrix[*][2]');
  });
  it('zero is refused where a reciprocal or a ratio to the first value is taken; any positive value is accepted', () => {
    for (const m of ['sum', 'mean'] as const) {
      expect(refusal(() => normalizeColumn([1, 0], 'cost', m))?.[0]).toBe(`第 1 列含零或负值，不能用 ${m} 归一化`);
      expect(refusal(() => normalizeColumn([1e-300, 2], 'cost', m))).toBeNull();
      // A benefit column takes no reciprocal: zero is fine there.
      expect(refusal(() => normalizeColumn([0, 2], 'benefit', m))).toBeNull();
    }
    expect(refusal(() => normalizeColumn([1, 0], 'cost', 'initial'))?.[0]).toBe('第 1 列含零或负值，不能用 initial 归一化');
    expect(refusal(() => normalizeColumn([2, 0], 'benefit', 'initial'))?.[0]).toBe('第 1 列含零或负值，不能用 initial 归一化');
    expect(refusal(() => normalizeColumn([2, Number.NaN], 'benefit', 'initial'))?.[0]).toBe('第 1 列含零或负值，不能用 initial 归一化');
    // minmax and vector take no reciprocal: zero and negative values are fine.
    expect(normalizeColumn([-2, 0, 2], 'benefit', 'minmax')).toEqual([0, 0.5, 1]);
    expect(normalizeColumn([-3, 4], 'cost', 'vector')).toEqual([1 + 3 / 5, 1 - 4 / 5]);
  });
});

describe('normalizeColumn: degenerate columns in both directions', () => {
  it('minmax: a constant column is 1 for benefit and for cost', () => {
    expect(normalizeColumn([7, 7, 7], 'benefit', 'minmax')).toEqual([1, 1, 1]);
    expect(normalizeColumn([7, 7, 7], 'cost', 'minmax')).toEqual([1, 1, 1]);
    expect(normalizeColumn([-1, 3], 'cost', 'minmax')).toEqual([1, 0]);
  });
  it('vector: an all-zero column is 0 for benefit and 1 for cost', () => {
    expect(normalizeColumn([0, 0, 0], 'benefit', 'vector')).toEqual([0, 0, 0]);
    expect(normalizeColumn([0, 0, 0], 'cost', 'vector')).toEqual([1, 1, 1]);
    expect(normalizeColumn([3, 4], 'benefit', 'vector')).toEqual([0.6, 0.8]);
    expect(normalizeColumn([3, 4], 'cost', 'vector')).toEqual([1 - 0.6, 1 - 0.8]);
  });
  it('sum: a zero-sum benefit column is shared equally; cost is by reciprocals', () => {
    expect(normalizeColumn([0, 0, 0, 0], 'benefit', 'sum')).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(normalizeColumn([-1, 1], 'benefit', 'sum')).toEqual([0.5, 0.5]);
    expect(normalizeColumn([1, 3], 'benefit', 'sum')).toEqual([0.25, 0.75]);
    expect(normalizeColumn([1, 2, 4], 'cost', 'sum')).toEqual([4 / 7, 2 / 7, 1 / 7]);
  });
  it('mean: a zero-mean benefit column is 1; cost is by reciprocals over their mean', () => {
    expect(normalizeColumn([-2, 2], 'benefit', 'mean')).toEqual([1, 1]);
    expect(normalizeColumn([1, 3], 'benefit', 'mean')).toEqual([0.5, 1.5]);
    // 1/x = [1, 1/2, 1/4], mean 7/12.
    expect(normalizeColumn([1, 2, 4], 'cost', 'mean')).toEqual([12 / 7, 6 / 7, 3 / 7]);
  });
  it('initial: the first alternative is the reference in both directions', () => {
    expect(normalizeColumn([4, 2, 8], 'benefit', 'initial')).toEqual([1, 0.5, 2]);
    expect(normalizeColumn([4, 2, 8], 'cost', 'initial')).toEqual([1, 2, 0.5]);
  });
  it('normalizeMatrix works column by column with each direction and keeps rows', () => {
    expect(normalizeMatrix([[1, 10], [3, 30], [2, 20]], ['benefit', 'cost'], 'minmax')).toEqual([[0, 1], [1, 0], [0.5, 0.5]]);
    expect([...NORMALIZATIONS]).toEqual(['minmax', 'vector', 'sum', 'mean', 'initial']);
  });
});

describe('normalizeColumn: properties', () => {
  const positive = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 8 });
  const method = fc.constantFrom<Normalization>(...NORMALIZATIONS);
  const direction = fc.constantFrom<Direction>('benefit', 'cost');

  it('keeps the order of the values for benefit and reverses it for cost', () => {
    fc.assert(
      fc.property(positive, method, direction, (col, m, d) => {
        const out = normalizeColumn(col, d, m);
        for (let i = 0; i < col.length; i++)
          for (let j = 0; j < col.length; j++) {
            if (col[i] === col[j]) expect(out[i]).toBeCloseTo(out[j], 12);
            else if ((col[i] < col[j]) === (d === 'benefit')) expect(out[i]).toBeLessThan(out[j]);
            else expect(out[i]).toBeGreaterThan(out[j]);
          }
      }),
    );
  });

  it('is invariant to a change of unit (multiplying the column by a positive factor)', () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 2, max: 1000 }), method, direction, (col, k, m, d) => {
        const a = normalizeColumn(col, d, m);
        const b = normalizeColumn(col.map((x) => x * k), d, m);
        b.forEach((v, i) => expect(v).toBeCloseTo(a[i], 9));
      }),
    );
  });

  it('minmax maps into [0, 1] with both ends reached; sum adds up to 1; mean averages 1', () => {
    fc.assert(
      fc.property(positive, direction, (col, d) => {
        const mm = normalizeColumn(col, d, 'minmax');
        if (new Set(col).size > 1) {
          expect(Math.min(...mm)).toBe(0);
          expect(Math.max(...mm)).toBe(1);
        }
        const s = normalizeColumn(col, d, 'sum');
        expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const mean = normalizeColumn(col, d, 'mean');
        expect(mean.reduce((a, b) => a + b, 0) / col.length).toBeCloseTo(1, 12);
      }),
    );
  });
});
