// Kills the mutants of src/domain/progress/sdg.ts (issue 18): the whole SeriesProgress for
// representative series (both methods, limits below and above the base value, negative base values,
// every "not available" reason with its warnings word for word), every threshold of the status and
// of the score at, just below and just above, and properties (monotone in the value, bounded score).
// Numbers by hand: C = 1 − ((2·40 − 50)/40)^4.44 = 1 − 0.75^4.44; −8/−10 over two years is
// 0.8^(1/2) − 1 = −10.6 %, and −2/−10 over five years needs |0.2^(1/5) − 1| = 27.5 %.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  indicatorProgress,
  limitFactor,
  LIMIT_EXPONENT,
  progressScore,
  progressStatus,
  progressThresholds,
  seriesProgress,
  statusFromScore,
  yearOf,
  type SeriesInput,
} from '../../src/domain/progress/sdg';

const M1 = { high: 0.015, med: 0.005, low: 0 };
const M2 = { high: 0.95, med: 0.6, low: 0 };
const near = (v: unknown): unknown =>
  typeof v === 'number' ? (Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(10)) : v) : Array.isArray(v) ? v.map(near) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, near(x)])) : v;
const series = (input: SeriesInput) => near(seriesProgress(input));

describe('seriesProgress, whole results', () => {
  it('method 1, lower is better, a limit below the base value (C from the upper regime); "2017-18" is 2017, a null value is dropped', () => {
    const C = 1 - Math.pow(0.75, 4.44);
    const pv = -(Math.sqrt(0.9) - 1);
    expect(series({ data: [{ year: 2015, value: 50 }, { year: '2017-18', value: 45 }, { year: 2016, value: null }], direction: 'negative', limit: 40 })).toEqual(
      near({
        progressValue: pv, score: 5, status: 'substantial_progress', method: 1, baseYear: 2015, baseValue: 50, currentYear: 2017, currentValue: 45,
        C, targetAchieved: false, direction: -1, sign: 1, target: null, targetYear: 2030, thresholds: { high: 0.015 * C, med: 0.005 * C, low: 0 }, warnings: [],
      }),
    );
  });

  it('method 1, higher is better, base above the maximum: warned; base below the minimum when lower is better: warned', () => {
    const up = seriesProgress({ data: [{ year: 2015, value: 80 }, { year: 2018, value: 85 }], direction: 'positive', limit: 60 });
    expect(up.warnings).toEqual(['Base value (80) is above maximum limit (60).']);
    expect(up.C).toBeCloseTo(1 - Math.pow(40 / 60, 4.44), 12);
    const down = seriesProgress({ data: [{ year: 2015, value: 30 }, { year: 2018, value: 28 }], direction: 'negative', limit: 40 });
    expect(down.warnings).toEqual(['Base value (30) is below minimum limit (40).']);
    // The other way round is no warning: below a maximum, above a minimum, or at the limit.
    expect(seriesProgress({ data: [{ year: 2015, value: 30 }, { year: 2018, value: 35 }], direction: 'positive', limit: 40 }).warnings).toEqual([]);
    expect(seriesProgress({ data: [{ year: 2015, value: 50 }, { year: 2018, value: 45 }], direction: 'negative', limit: 40 }).warnings).toEqual([]);
    expect(seriesProgress({ data: [{ year: 2015, value: 40 }, { year: 2018, value: 41 }], direction: 'positive', limit: 40 }).warnings).toEqual([]);
    expect(seriesProgress({ data: [{ year: 2015, value: 40 }, { year: 2018, value: 39 }], direction: 'negative', limit: 40 }).warnings).toEqual([]);
  });

  it('method 2 with a limit and partial threshold overrides: the limit is ignored with a warning, only numeric overrides count, the base year moves to the first later year', () => {
    const required = Math.pow(2, 1 / 9) - 1;
    const pv = (Math.pow(1.2, 1 / 2) - 1) / required;
    expect(
      series({ data: [{ year: 2016, value: 10 }, { year: 2018, value: 12 }], direction: 'positive', baseYear: 2015, target: 20, targetYear: 2025, limit: 30, progressThresholds: { high: 0.9, med: 'x' as unknown as number, low: NaN } }),
    ).toEqual(
      near({
        progressValue: pv, score: Math.min(7.1429 * pv - 4.2857, 5), status: 'substantial_progress', method: 2, baseYear: 2016, baseValue: 10, currentYear: 2018, currentValue: 12,
        C: null, targetAchieved: false, direction: 1, sign: 1, target: 20, targetYear: 2025, thresholds: { high: 0.9, med: 0.6, low: 0 }, warnings: ['Ignoring limit (30) as target (20) already provided.'],
      }),
    );
  });

  it('negative base value: the sign turns the growth, and the required rate is of magnitudes', () => {
    const pv = (-1 * (Math.sqrt(0.8) - 1)) / Math.abs(Math.pow(0.2, 1 / 5) - 1);
    expect(series({ data: [{ year: 2015, value: -10 }, { year: 2017, value: -8 }], direction: 'positive', target: -2, targetYear: 2020 })).toEqual(
      near({
        progressValue: pv, score: 4.1667 * pv - 2.5, status: 'limited_progress', method: 2, baseYear: 2015, baseValue: -10, currentYear: 2017, currentValue: -8,
        C: null, targetAchieved: false, direction: 1, sign: -1, target: -2, targetYear: 2020, thresholds: M2, warnings: [],
      }),
    );
  });

  it('no data, and a zero target: both warnings, defaults of the base and target year', () => {
    expect(seriesProgress({ data: [], direction: 'positive', target: 0 })).toEqual({
      progressValue: null, score: null, status: 'not_available', method: 2, baseYear: 2015, baseValue: null, currentYear: null, currentValue: null,
      C: null, targetAchieved: false, direction: 1, sign: null, target: 0.001, targetYear: 2030, thresholds: M2, reason: 'no_data',
      warnings: ['Target is zero (invalid); calculating with target = 0.001 instead.', 'No data found for progress calculation.'],
    });
    // Without data and no direction given: negative (the Open SDG default), method 1, the given base year.
    expect(seriesProgress({ data: [{ year: 2015, value: null }, { year: 'n/a', value: 1 }], baseYear: 2010 })).toMatchObject({ direction: -1, method: 1, baseYear: 2010, thresholds: M1, reason: 'no_data' });
    expect(seriesProgress({ data: undefined as unknown as SeriesInput['data'] }).reason).toBe('no_data');
  });

  it('base year after the latest data: current year and value kept, the warning names both years', () => {
    expect(seriesProgress({ data: [{ year: 2014, value: 3 }], baseYear: 2015 })).toEqual({
      progressValue: null, score: null, status: 'not_available', method: 1, baseYear: 2015, baseValue: null, currentYear: 2014, currentValue: 3,
      C: null, targetAchieved: false, direction: -1, sign: null, target: null, targetYear: 2030, thresholds: M1, reason: 'base_after_latest',
      warnings: ['Base year (2015) is greater than the most recent available data (2014).'],
    });
    expect(seriesProgress({ data: [{ year: 2014, value: 3 }] }).reason).toBe('base_after_latest'); // default base year 2015
  });

  it('duplicate years: the warning names the year', () => {
    const r = seriesProgress({ data: [{ year: 2016, value: 1 }, { year: 2015, value: 1 }, { year: '2016-17', value: 2 }], direction: 'positive' });
    expect([r.reason, r.warnings, r.baseYear, r.status]).toEqual(['duplicate_years', ['Duplicate value for year 2016.'], 2015, 'not_available']);
  });

  it('base value zero: replaced by 0.001 with a warning; a negative current value then has the opposite sign', () => {
    expect(seriesProgress({ data: [{ year: 2015, value: 0 }, { year: 2016, value: -1 }], direction: 'negative' })).toEqual({
      progressValue: null, score: null, status: 'not_available', method: 1, baseYear: 2015, baseValue: 0.001, currentYear: 2016, currentValue: -1,
      C: 1, targetAchieved: false, direction: -1, sign: 1, target: null, targetYear: 2030, thresholds: M1, reason: 'opposite_signs',
      warnings: ['Base value is zero (invalid); calculating with base value = 0.001 instead.', 'Base value (0.001) and current value (-1) must both be positive or both negative.'],
    });
    const neg = seriesProgress({ data: [{ year: 2015, value: -2 }, { year: 2016, value: 3 }], direction: 'positive' });
    expect([neg.reason, neg.warnings]).toEqual(['opposite_signs', ['Base value (-2) and current value (3) must both be positive or both negative.']]);
    // A current value of zero is on neither side.
    expect(seriesProgress({ data: [{ year: 2015, value: 2 }, { year: 2016, value: 0 }], direction: 'negative' }).reason).toBeUndefined();
    expect(seriesProgress({ data: [{ year: 2015, value: -2 }, { year: 2016, value: 0 }], direction: 'negative' }).reason).toBeUndefined();
    // Growing from zero: 0.001 → 1 in one year.
    expect(seriesProgress({ data: [{ year: 2015, value: 0 }, { year: 2016, value: 1 }], direction: 'positive' }).progressValue).toBeCloseTo(999, 9);
  });

  it('a single year: not available with its warning', () => {
    const r = seriesProgress({ data: [{ year: 2015, value: 4 }], direction: 'positive', target: 8 });
    expect([r.reason, r.warnings, r.progressValue, r.score, r.status]).toEqual(['single_year', ['Not enough data to calculate progress (must have at least 2 data points).'], null, null, 'not_available']);
  });

  it('target year equal to the base year, target equal to the base value: not available, no progress value', () => {
    const same = seriesProgress({ data: [{ year: 2015, value: 1 }, { year: 2016, value: 2 }], direction: 'positive', target: 5, targetYear: 2015 });
    expect([same.reason, same.progressValue, same.score, same.status, same.warnings]).toEqual(['target_year_equals_base_year', null, null, 'not_available', []]);
    const flat = seriesProgress({ data: [{ year: 2015, value: 4 }, { year: 2016, value: 3 }], direction: 'positive', target: 4, targetYear: 2020 });
    expect([flat.reason, flat.progressValue, flat.score, flat.status]).toEqual(['target_equals_base', null, null, 'not_available']);
    // Achieved despite no progress value: target achieved wins.
    const met = seriesProgress({ data: [{ year: 2015, value: 4 }, { year: 2016, value: 5 }], direction: 'positive', target: 4, targetYear: 2020 });
    expect([met.reason, met.progressValue, met.score, met.status, met.targetAchieved]).toEqual(['target_equals_base', null, 5, 'target_achieved', true]);
  });

  it('target achieved at, not just short of, the target, in both directions', () => {
    const at = (direction: 'positive' | 'negative', current: number) =>
      seriesProgress({ data: [{ year: 2015, value: 10 }, { year: 2016, value: current }], direction, target: 12, targetYear: 2020 }).targetAchieved;
    expect([at('positive', 12), at('positive', 11.99), at('positive', 13)]).toEqual([true, false, true]);
    expect([at('negative', 12), at('negative', 12.01), at('negative', 11)]).toEqual([true, false, true]);
  });
});

describe('progress status: every threshold at, just below and just above', () => {
  it.each([
    [0.95, 'substantial_progress'], [0.9499, 'moderate_progress'], [0.9501, 'substantial_progress'],
    [0.6, 'moderate_progress'], [0.5999, 'limited_progress'], [0.6001, 'moderate_progress'],
    [0, 'limited_progress'], [-0.0001, 'deterioration'], [0.0001, 'limited_progress'],
  ] as const)('method 2 value %s → %s', (v, s) => expect(progressStatus(v, M2)).toBe(s));
  it('not available for null or NaN; target achieved wins', () => {
    expect(progressStatus(null, M2)).toBe('not_available');
    expect(progressStatus(NaN, M2)).toBe('not_available');
    expect(progressStatus(-3, M2, true)).toBe('target_achieved');
    expect(progressStatus(null, M2, true)).toBe('target_achieved');
  });
  it('property: monotone in the value', () => {
    const order = ['deterioration', 'limited_progress', 'moderate_progress', 'substantial_progress'];
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(progressStatus(lo, M2))).toBeLessThanOrEqual(order.indexOf(progressStatus(hi, M2)));
        expect(order.indexOf(progressStatus(lo, M1))).toBeLessThanOrEqual(order.indexOf(progressStatus(hi, M1)));
      }),
    );
  });
});

describe('progress score', () => {
  it('method 2: the two pieces meet at the medium threshold, capped at ±5', () => {
    expect(progressScore(2, 0.6, M2, null, false)).toBeCloseTo(7.1429 * 0.6 - 4.2857, 12);
    expect(progressScore(2, 0.5999, M2, null, false)).toBeCloseTo(4.1667 * 0.5999 - 2.5, 12);
    expect(progressScore(2, 2, M2, null, false)).toBe(5);
    expect(progressScore(2, 1.29, M2, null, false)).toBeCloseTo(7.1429 * 1.29 - 4.2857, 12); // just below the cap (1.3 gives 5.00007, capped)
    expect(progressScore(2, -1, M2, null, false)).toBe(-5);
    expect(progressScore(2, -0.59, M2, null, false)).toBeCloseTo(4.1667 * -0.59 - 2.5, 12);
    expect(progressScore(2, null, M2, null, false)).toBeNull();
    expect(progressScore(2, NaN, M2, null, false)).toBeNull();
    expect(progressScore(2, null, M2, null, true)).toBe(5);
  });
  it('method 1: each piece at its threshold, scaled by C', () => {
    const C = 0.5;
    const t = { high: M1.high * C, med: M1.med * C, low: 0 };
    expect(progressScore(1, -0.001, t, C, false)).toBeCloseTo(125 * -0.001 - 2.5, 12);
    expect(progressScore(1, -1, t, C, false)).toBe(-5);
    expect(progressScore(1, 0, t, C, false)).toBe(-2.5);
    expect(progressScore(1, t.med - 1e-6, t, C, false)).toBeCloseTo((500 * (t.med - 1e-6)) / C - 2.5, 12);
    expect(progressScore(1, t.med, t, C, false)).toBeCloseTo((250 * t.med) / C - 1.25, 12);
    expect(progressScore(1, t.high - 1e-6, t, C, false)).toBeCloseTo((250 * (t.high - 1e-6)) / C - 1.25, 12);
    expect(progressScore(1, t.high, t, C, false)).toBeCloseTo((500 * t.high) / C - 5, 12);
    expect(progressScore(1, t.high + 0.001, t, C, false)).toBeCloseTo((500 * (t.high + 0.001)) / C - 5, 12);
    expect(progressScore(1, 1, t, C, false)).toBe(5);
    // No C given counts as 1; C = 0 (base at the limit) holds the limit: 5 unless moving away.
    expect(progressScore(1, 0.01, M1, null, false)).toBeCloseTo(250 * 0.01 - 1.25, 12);
    expect(progressScore(1, 0, M1, 0, false)).toBe(5);
    expect(progressScore(1, -0.001, M1, 0, false)).toBeCloseTo(125 * -0.001 - 2.5, 12);
  });
  it('property: the score is within −5…5 and monotone in the value, for both methods', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(1 as const, 2 as const), (a, b, m) => {
        const t = m === 1 ? M1 : M2;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sl = progressScore(m, lo, t, m === 1 ? 1 : null, false) as number;
        const sh = progressScore(m, hi, t, m === 1 ? 1 : null, false) as number;
        expect(sl).toBeGreaterThanOrEqual(-5);
        expect(sh).toBeLessThanOrEqual(5);
        expect(sl).toBeLessThanOrEqual(sh + 1e-3); // the published constants leave gaps of 1e-4 at the joints
      }),
    );
  });
});

describe('status from a score: closed-open bands, out of range not available', () => {
  it.each([
    [5, 'substantial_progress'], [5.0001, 'not_available'], [2.5, 'substantial_progress'], [2.4999, 'moderate_progress'],
    [0, 'moderate_progress'], [-0.0001, 'limited_progress'], [-2.5, 'limited_progress'], [-2.5001, 'deterioration'],
    [-5, 'deterioration'], [-5.0001, 'not_available'], [NaN, 'not_available'],
  ] as const)('%s → %s', (s, status) => expect(statusFromScore(s)).toBe(status));
});

describe('thresholds and the limit factor', () => {
  it('method defaults, user overrides, scaling by C only in method 1 with a limit', () => {
    expect(progressThresholds(2, 10, 5)).toEqual({ thresholds: M2, C: null });
    expect(progressThresholds(2, 10, null, { med: 0.5 })).toEqual({ thresholds: { ...M2, med: 0.5 }, C: null });
    expect(progressThresholds(1, 10, null)).toEqual({ thresholds: M1, C: 1 });
    expect(progressThresholds(1, 10, undefined, { high: 0.02, low: Infinity })).toEqual({ thresholds: { ...M1, high: 0.02 }, C: 1 });
    const C = 1 - Math.pow(0.5, LIMIT_EXPONENT);
    expect(near(progressThresholds(1, 50, 100, { low: -0.01 }))).toEqual(near({ thresholds: { high: 0.015 * C, med: 0.005 * C, low: -0.01 * C }, C }));
    expect(progressThresholds(1, 10, null, undefined as unknown as object)).toEqual({ thresholds: M1, C: 1 });
  });
  it('limit factor at the regime edges, with negative values taken as magnitudes', () => {
    expect(LIMIT_EXPONENT).toBe(4.44);
    expect(limitFactor(200, 100)).toBe(1); // b = 2l
    expect(limitFactor(199, 100)).toBeCloseTo(1 - Math.pow(0.01, 4.44), 15);
    expect(limitFactor(101, 100)).toBeCloseTo(1 - Math.pow(0.99, 4.44), 15);
    expect(limitFactor(99, 100)).toBeCloseTo(1 - Math.pow(0.99, 4.44), 15);
    expect(limitFactor(-50, -100)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 15);
    expect(limitFactor(0, 100)).toBe(1);
    expect(limitFactor(5, 0)).toBe(1);
  });
  it('property: C is within 0…1 and symmetric around the limit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const c = limitFactor(100 - 100 * x, 100);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(limitFactor(100 + 100 * x, 100)).toBeCloseTo(c, 9);
      }),
    );
  });
});

describe('year and indicator aggregation', () => {
  it('years: trimmed, first four characters of longer strings', () => {
    expect(yearOf(' 2015 ')).toBe(2015);
    expect(yearOf('2015-16')).toBe(2015);
    expect(yearOf('20151')).toBe(2015);
    expect(yearOf('201')).toBe(201);
  });
  it('mean of the scores that exist; achieved only when every counted series is', () => {
    expect(indicatorProgress([])).toEqual({ score: null, status: 'not_available', targetAchieved: false });
    expect(indicatorProgress([{ score: null, targetAchieved: true }, { score: NaN, targetAchieved: true }])).toEqual({ score: null, status: 'not_available', targetAchieved: false });
    expect(indicatorProgress([{ score: 1, targetAchieved: false }, { score: 4, targetAchieved: false }, { score: null, targetAchieved: false }])).toEqual({ score: 2.5, status: 'substantial_progress', targetAchieved: false });
    expect(indicatorProgress([{ score: 5, targetAchieved: true }, { score: -1, targetAchieved: false }])).toEqual({ score: 2, status: 'moderate_progress', targetAchieved: false });
    expect(indicatorProgress([{ score: 5, targetAchieved: true }, { score: 5, targetAchieved: true }, { score: null, targetAchieved: false }])).toEqual({ score: 5, status: 'target_achieved', targetAchieved: true });
  });
});

describe('survivors of the run of 2026-12-01', () => {
  it('a null value is dropped, not read as 0', () => {
    const r = seriesProgress({ data: [{ year: 2015, value: 10 }, { year: 2016, value: null }], direction: 'positive' });
    expect([r.reason, r.currentYear, r.currentValue]).toEqual(['single_year', 2015, 10]);
  });
  it('a limit of null is no limit: no warning in either method (the status engine always passes null)', () => {
    expect(seriesProgress({ data: [{ year: 2015, value: 10 }, { year: 2016, value: 12 }], direction: 'positive', target: 20, targetYear: 2020, limit: null }).warnings).toEqual([]);
    expect(seriesProgress({ data: [{ year: 2015, value: -10 }, { year: 2016, value: -12 }], direction: 'negative', limit: null }).warnings).toEqual([]);
    expect(seriesProgress({ data: [{ year: 2015, value: 10 }, { year: 2016, value: 12 }], direction: 'positive', limit: null }).warnings).toEqual([]);
  });
  it('a progress value that overflows is not available, not Infinity', () => {
    const r = seriesProgress({ data: [{ year: 2015, value: 1e-200 }, { year: 2016, value: 1e200 }], direction: 'positive' });
    expect([r.progressValue, r.score, r.status, r.reason]).toEqual([null, null, 'not_available', 'target_equals_base']);
  });
});
