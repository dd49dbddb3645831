// src/domain/evaluation/errors.ts (issue 18): what the m18n run of 2026-12-02 left alive — the
// default error code, the rounding nudge on a large value, and the ranking tolerance at its edge.
import { describe, expect, it } from 'vitest';
import { competitionRanks, EvaluationError, round } from '../../src/domain/evaluation/errors';

describe('errors.ts', () => {
  it('an error without a code has evaluation_invalid', () => {
    const e = new EvaluationError('甲', 'A', 'x');
    expect([e.code, e.message, e.path]).toEqual(['evaluation_invalid', '甲 / A', 'x']);
  });

  it('the nudge grows with the value: 1000.005 rounds up like 1.005', () => {
    expect([round(1.005, 2), round(1000.005, 2), round(-1000.005, 2)]).toEqual([1.01, 1000.01, -1000.01]);
  });

  it('values exactly the tolerance apart share a rank, either direction', () => {
    expect(competitionRanks([0, 1e-9])).toEqual([1, 1]);
    expect(competitionRanks([0, 1e-9], false)).toEqual([1, 1]);
    expect(competitionRanks([0, 2e-9])).toEqual([2, 1]);
    expect(competitionRanks([0, 2e-9], false)).toEqual([1, 2]);
  });
});
