// The Open SDG port against numbers computed outside it: the published feature-test outputs and
// test/fixtures/progress/expected.py, a plain-Python transcription of the published formulas.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  absCagr,
  indicatorProgress,
  limitFactor,
  progressScore,
  seriesProgress,
  statusFromScore,
  yearOf,
  type SeriesInput,
} from '../../src/domain/progress/sdg';

interface Case {
  name: string;
  published: boolean;
  input: {
    data: [number | string, number | null][];
    direction?: 'positive' | 'negative';
    base_year?: number;
    target?: number | null;
    target_year?: number;
    limit?: number | null;
    thresholds?: { high?: number; med?: number; low?: number };
  };
  expected: {
    method: 1 | 2;
    progress_value: number | null;
    score: number | null;
    status: string;
    base_year: number | null;
    base_value: number | null;
    current_year: number | null;
    current_value: number | null;
    coefficient: number | null;
    target_achieved: boolean;
  };
}

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/progress/cases.json'), 'utf8')) as {
  cases: Case[];
  aggregations: { name: string; series: number[]; expected: { score: number | null; status: string } }[];
};

const toInput = (c: Case['input']): SeriesInput => ({
  data: c.data.map(([year, value]) => ({ year, value })),
  direction: c.direction,
  baseYear: c.base_year,
  target: c.target,
  targetYear: c.target_year,
  limit: c.limit,
  progressThresholds: c.thresholds,
});

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else {
    expect(actual).not.toBeNull();
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9);
  }
};

describe('Open SDG progress measure: published and independently computed cases', () => {
  it('has enough cases, including the three published ones', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(15);
    expect(fixture.cases.filter((c) => c.published)).toHaveLength(3);
  });

  for (const c of fixture.cases) {
    it(c.name, () => {
      const r = seriesProgress(toInput(c.input));
      close(r.progressValue, c.expected.progress_value);
      close(r.score, c.expected.score);
      expect(r.status).toBe(c.expected.status);
      expect(r.method).toBe(c.expected.method);
      expect(r.targetAchieved).toBe(c.expected.target_achieved);
      if (c.expected.base_year !== null) {
        expect(r.baseYear).toBe(c.expected.base_year);
        expect(r.baseValue).toBe(c.expected.base_value);
        expect(r.currentYear).toBe(c.expected.current_year);
        expect(r.currentValue).toBe(c.expected.current_value);
      }
      close(r.C, c.expected.coefficient);
    });
  }

  it('published values as stated in the feature tests', () => {
    const r153 = seriesProgress({ data: [{ year: 2015, value: 10 }, { year: 2016, value: 30 }], direction: 'negative', baseYear: 2015, target: 1, targetYear: 2030, limit: 1 });
    expect(r153.progressValue).toBeCloseTo(-14.0544, 4);
    expect(r153.status).toBe('deterioration');
    expect(r153.warnings.some((w) => /Ignoring limit/.test(w))).toBe(true);
    const r154 = seriesProgress({ data: [{ year: 2015, value: 5 }, { year: 2016, value: 6 }], direction: 'positive', baseYear: 2015, target: 9, targetYear: 2030, limit: 9 });
    expect(r154.progressValue).toBeCloseTo(5.00455, 5);
    expect(r154.score).toBe(5);
    expect(r154.status).toBe('substantial_progress');
    const comp = seriesProgress({ data: [{ year: 2015, value: 2 }, { year: 2016, value: 2 }], direction: 'negative', baseYear: 2015, target: 7.25, targetYear: 2030 });
    expect(Object.is(comp.progressValue, -0)).toBe(true);
    expect(comp.score).toBe(5);
    expect(comp.status).toBe('target_achieved');
  });

  for (const a of fixture.aggregations) {
    it(`indicator aggregation: ${a.name}`, () => {
      const series = a.series.map((i) => seriesProgress(toInput(fixture.cases[i].input)));
      const r = indicatorProgress(series);
      close(r.score, a.expected.score);
      expect(r.status).toBe(a.expected.status);
    });
  }
});

describe('Open SDG pieces', () => {
  it('score cut-offs of method 2 land where the methodology says', () => {
    const t = { high: 0.95, med: 0.6, low: 0 };
    expect(progressScore(2, -0.6, t, null, false)).toBeCloseTo(-5, 3);
    expect(progressScore(2, 0, t, null, false)).toBe(-2.5);
    expect(progressScore(2, 0.6, t, null, false)).toBeCloseTo(0, 3);
    expect(progressScore(2, 0.95, t, null, false)).toBeCloseTo(2.5, 3);
    expect(progressScore(2, 1.3, t, null, false)).toBeCloseTo(5, 3);
  });

  it('score cut-offs of method 1 land where the methodology says', () => {
    const t = { high: 0.015, med: 0.005, low: 0 };
    expect(progressScore(1, -0.02, t, 1, false)).toBe(-5);
    expect(progressScore(1, 0, t, 1, false)).toBe(-2.5);
    expect(progressScore(1, 0.005, t, 1, false)).toBeCloseTo(0, 12);
    expect(progressScore(1, 0.015, t, 1, false)).toBeCloseTo(2.5, 12);
    expect(progressScore(1, 0.02, t, 1, false)).toBeCloseTo(5, 12);
  });

  it('status from score uses closed-open bands', () => {
    expect(statusFromScore(2.5)).toBe('substantial_progress');
    expect(statusFromScore(0)).toBe('moderate_progress');
    expect(statusFromScore(-2.5)).toBe('limited_progress');
    expect(statusFromScore(-2.6)).toBe('deterioration');
    expect(statusFromScore(null)).toBe('not_available');
    expect(statusFromScore(-1, true)).toBe('target_achieved');
  });

  it('limit factor: three regimes and the zero corner', () => {
    expect(limitFactor(0, 0)).toBe(1);
    expect(limitFactor(200, 100)).toBe(1);
    expect(limitFactor(100, 100)).toBe(0);
    expect(limitFactor(50, 100)).toBeCloseTo(1 - 0.5 ** 4.44, 15);
    expect(limitFactor(150, 100)).toBeCloseTo(1 - 0.5 ** 4.44, 15);
  });

  it('|CAGR| of a ratio below zero is the modulus of the complex root, integral powers stay real', () => {
    // (-0.5)^(1/2) = 0.7071i → |0.7071i − 1| = sqrt(1.5)
    expect(absCagr(-1, 2, 2017, 2015)).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(absCagr(-1, 2, 2016, 2015)).toBe(1.5);
  });

  it('years keep their first four characters', () => {
    expect(yearOf('2015-16')).toBe(2015);
    expect(yearOf(2020)).toBe(2020);
  });

  it('never throws on duplicate years or a target year equal to the base year', () => {
    const dup = seriesProgress({ data: [{ year: 2015, value: 1 }, { year: '2015-16', value: 2 }], direction: 'positive' });
    expect(dup.status).toBe('not_available');
    expect(dup.reason).toBe('duplicate_years');
    const same = seriesProgress({ data: [{ year: 2015, value: 1 }, { year: 2016, value: 2 }], direction: 'positive', target: 5, targetYear: 2015 });
    expect(same.progressValue).toBeNull();
    expect(same.reason).toBe('target_year_equals_base_year');
    const flat = seriesProgress({ data: [{ year: 2015, value: 4 }, { year: 2016, value: 3 }], direction: 'positive', target: 4, targetYear: 2020 });
    expect(flat.reason).toBe('target_equals_base');
  });
});
