// Kills the mutants that survived in src/domain/progress/status.ts: each helper at, just below and
// just above its edges, with exact values and rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  capMissed, directionOf, distanceCovered, hublineStatus, meets, project, rate, relativeRows, relativeStatus, resolveTarget, slope, STATUS_OF_SDG,
} from '../../src/domain/progress/status';

describe('status mapping and directions', () => {
  it('maps every SDG status, and an unknown one to insufficient_data', () => {
    expect(STATUS_OF_SDG).toEqual({
      target_achieved: 'achieved', substantial_progress: 'on_track', moderate_progress: 'moderate', limited_progress: 'off_track', deterioration: 'deteriorating', not_available: 'insufficient_data',
    });
    expect(hublineStatus('moderate_progress')).toBe('moderate');
    expect(hublineStatus('bogus' as never)).toBe('insufficient_data');
  });
  it('kinds imply a direction; level and pending follow the indicator', () => {
    for (const k of ['growth', 'min', 'coverage', 'relative'] as const) expect(directionOf(k, 'decrease')).toBe('increase');
    for (const k of ['reduction', 'max'] as const) expect(directionOf(k, 'increase')).toBe('decrease');
    for (const k of ['level', 'pending'] as const) {
      expect(directionOf(k, 'decrease')).toBe('decrease');
      expect(directionOf(k, 'increase')).toBe('increase');
    }
  });
  it('capMissed lowers only on_track and moderate', () => {
    expect(capMissed('on_track')).toBe('off_track');
    expect(capMissed('moderate')).toBe('off_track');
    for (const s of ['achieved', 'off_track', 'deteriorating', 'insufficient_data', 'target_pending'] as const) expect(capMissed(s)).toBe(s);
  });
});

describe('resolveTarget', () => {
  const b = { year: 2020, value: 200 };
  it('level, max and min keep the value with their rule', () => {
    expect(resolveTarget({ year: 2025, kind: 'level', value: 1 / 3 }, b, 'decrease')).toEqual({
      target: { year: 2025, kind: 'level', input: 1 / 3, value: 1 / 3, direction: 'decrease', rule: '0.333333' },
    });
    expect(resolveTarget({ year: 2025, kind: 'max', value: 6 }, b, 'increase').target).toMatchObject({ value: 6, direction: 'decrease', rule: '≤ 6' });
    expect(resolveTarget({ year: 2025, kind: 'min', value: 7 }, b, 'decrease').target).toMatchObject({ value: 7, direction: 'increase', rule: '≥ 7' });
  });
  it('a missing value is a gap naming the year', () => {
    for (const kind of ['level', 'max', 'min'] as const)
      expect(resolveTarget({ year: 2025, kind, value: null }, b, 'increase')).toEqual({
        target: { year: 2025, kind, input: null, value: null, direction: directionOf(kind, 'increase'), rule: '' },
        gap: { code: 'target_value_missing', zh: '2025年目标缺少数值', en: 'the 2025 target has no value' },
      });
    expect(resolveTarget({ year: 2025, kind: 'growth', value: null }, b, 'increase')).toEqual({
      target: { year: 2025, kind: 'growth', input: null, value: null, direction: 'increase', rule: '', growthBasis: 'cumulative' },
      gap: { code: 'target_value_missing', zh: '2025年目标缺少数值', en: 'the 2025 target has no value' },
    });
    expect(resolveTarget({ year: 2025, kind: 'relative', value: null, benchmark: '全市' }, b, 'increase')).toEqual({
      target: { year: 2025, kind: 'relative', input: null, value: null, direction: 'increase', rule: '', benchmark: '全市' },
      gap: { code: 'target_value_missing', zh: '2025年目标缺少数值', en: 'the 2025 target has no value' },
    });
  });
  it('growth and reduction: cumulative and annual, exact values and rules', () => {
    expect(resolveTarget({ year: 2025, kind: 'growth', value: 10 }, b, 'increase').target).toEqual({
      year: 2025, kind: 'growth', input: 10, value: 220.00000000000003, direction: 'increase', growthBasis: 'cumulative', rule: '200 × (1 + 10%)',
    });
    const annual = resolveTarget({ year: 2025, kind: 'growth', value: 10, growthBasis: 'annual' }, b, 'increase').target;
    expect(annual.value).toBeCloseTo(200 * 1.1 ** 5, 9);
    expect(annual.rule).toBe('200 × (1 + 10%)^5');
    expect(annual.growthBasis).toBe('annual');
    const red = resolveTarget({ year: 2025, kind: 'reduction', value: 25, growthBasis: 'annual' }, b, 'increase').target;
    expect(red.value).toBeCloseTo(200 * 0.75 ** 5, 9);
    expect(red.rule).toBe('200 × (1 − 25%)^5');
    expect(red.direction).toBe('decrease');
    expect(resolveTarget({ year: 2025, kind: 'reduction', value: 25 }, b, 'increase').target).toMatchObject({ value: 150, rule: '200 × (1 − 25%)' });
  });
  it('growth without a baseline is a gap', () => {
    expect(resolveTarget({ year: 2025, kind: 'reduction', value: 5, growthBasis: 'annual' }, null, 'increase')).toEqual({
      target: { year: 2025, kind: 'reduction', input: 5, value: null, direction: 'decrease', rule: '', growthBasis: 'annual' },
      gap: { code: 'no_baseline', zh: '缺少基期值，无法换算增长/下降目标', en: 'no baseline, so the growth or reduction target cannot be turned into a value' },
    });
  });
  it('coverage: the set size (repeats counted once), else the value, else a gap', () => {
    expect(resolveTarget({ year: 2025, kind: 'coverage', value: 9, set: ['a', 'b', 'a'] }, b, 'decrease').target).toEqual({
      year: 2025, kind: 'coverage', input: 9, value: 2, setSize: 2, direction: 'increase', rule: '|set| = 2',
    });
    expect(resolveTarget({ year: 2025, kind: 'coverage', value: 4, set: [] }, b, 'increase').target).toMatchObject({ value: 4, setSize: 4, rule: '4' });
    expect(resolveTarget({ year: 2025, kind: 'coverage', value: null }, b, 'increase')).toEqual({
      target: { year: 2025, kind: 'coverage', input: null, value: null, direction: 'increase', rule: '' },
      gap: { code: 'no_reference_set', zh: '全覆盖目标缺少参照集合', en: 'the coverage target has no reference set' },
    });
  });
  it('relative and pending', () => {
    expect(resolveTarget({ year: 2025, kind: 'relative', value: 3, benchmark: '全市' }, b, 'decrease').target).toMatchObject({
      value: 3, benchmark: '全市', rule: 'growth − 全市 growth ≥ 3 pp',
    });
    expect(resolveTarget({ year: 2025, kind: 'relative', value: 3 }, b, 'decrease').target.rule).toBe('growth − benchmark growth ≥ 3 pp');
    expect(resolveTarget({ year: 2025, kind: 'pending', value: null, text: '另行下达' }, b, 'decrease')).toEqual({
      target: { year: 2025, kind: 'pending', input: null, value: null, direction: 'decrease', rule: 'pending' },
      gap: { code: 'target_pending', zh: '2025年目标值待定（另行下达）', en: 'the 2025 target value is pending (另行下达)' },
    });
    expect(resolveTarget({ year: 2025, kind: 'pending', value: null }, b, 'increase').gap).toEqual({ code: 'target_pending', zh: '2025年目标值待定', en: 'the 2025 target value is pending' });
  });
});

describe('meets and distanceCovered', () => {
  it('meets at, just below and just above the target', () => {
    expect([meets(9.99, 10, 'increase'), meets(10, 10, 'increase'), meets(10.01, 10, 'increase')]).toEqual([false, true, true]);
    expect([meets(9.99, 10, 'decrease'), meets(10, 10, 'decrease'), meets(10.01, 10, 'decrease')]).toEqual([true, true, false]);
  });
  it('PILOTE ratio, bounded 0–100', () => {
    expect(distanceCovered(100, 130, 150, 'increase')).toBeCloseTo(60, 9);
    expect(distanceCovered(100, 160, 150, 'increase')).toBe(100);
    expect(distanceCovered(100, 90, 150, 'increase')).toBe(0);
    expect(distanceCovered(40, 36, 32, 'decrease')).toBeCloseTo(50, 9);
    expect(distanceCovered(40, 44, 32, 'decrease')).toBe(0);
  });
  it('baseline at or beyond the target: 100 if met, else 0', () => {
    expect(distanceCovered(150, 150, 150, 'increase')).toBe(100);
    expect(distanceCovered(150, 149, 150, 'increase')).toBe(0);
    expect(distanceCovered(160, 155, 150, 'increase')).toBe(100);
    expect(distanceCovered(30, 32, 32, 'decrease')).toBe(100);
    expect(distanceCovered(32, 33, 32, 'decrease')).toBe(0);
    expect(distanceCovered(149, 149.5, 150, 'increase')).toBeCloseTo(50, 9);
  });
  it('null or non-finite inputs give null', () => {
    expect(distanceCovered(null, 1, 2, 'increase')).toBeNull();
    expect(distanceCovered(1, null, 2, 'increase')).toBeNull();
    expect(distanceCovered(1, 2, null, 'increase')).toBeNull();
    expect(distanceCovered(1, Infinity, 2, 'increase')).toBeNull();
    expect(distanceCovered(NaN, 1, 2, 'increase')).toBeNull();
  });
  it('property: monotone in the current value, symmetric for lower-is-better', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 500 }), (b, gap, c, d) => {
        const t = b + gap;
        const lo = distanceCovered(b, c, t, 'increase')!;
        const hi = distanceCovered(b, c + d, t, 'increase')!;
        expect(hi).toBeGreaterThanOrEqual(lo);
        expect(distanceCovered(-b, -c, -t, 'decrease')).toBeCloseTo(lo, 9);
      }),
    );
  });
});

describe('rate, slope and project', () => {
  it('rate needs a later year and two values of one sign, neither zero', () => {
    expect(rate(100, 2020, 121, 2022)).toBeCloseTo(0.1, 12);
    expect(rate(-100, 2020, -121, 2022)).toBeCloseTo(0.1, 12);
    expect(rate(100, 2020, 121, 2020)).toBeNull();
    expect(rate(100, 2021, 121, 2020)).toBeNull();
    expect(rate(0, 2020, 121, 2022)).toBeNull();
    expect(rate(100, 2020, 0, 2022)).toBeNull();
    expect(rate(-100, 2020, 121, 2022)).toBeNull();
    expect(rate(100, 2020, -121, 2022)).toBeNull();
  });
  it('slope needs a later year', () => {
    expect(slope(100, 2020, 130, 2023)).toBe(10);
    expect(slope(100, 2020, 130, 2020)).toBeNull();
    expect(slope(100, 2021, 130, 2020)).toBeNull();
  });
  it('projects by rate, by a line across zero, capped by the limit', () => {
    expect(project({ year: 2020, value: 100 }, { year: 2022, value: 121 }, 2024, 'increase', null)).toEqual({ value: 146.41000000000003, method: 'cagr' });
    expect(project({ year: 2020, value: -10 }, { year: 2022, value: 10 }, 2024, 'increase', null)).toEqual({ value: 30, method: 'linear' });
    expect(project({ year: 2020, value: 100 }, { year: 2022, value: 121 }, 2024, 'increase', 140)).toEqual({ value: 140, method: 'cagr' });
    expect(project({ year: 2020, value: 100 }, { year: 2022, value: 81 }, 2024, 'decrease', 70)).toEqual({ value: 70, method: 'cagr' });
    expect(project({ year: 2020, value: 100 }, { year: 2022, value: 81 }, 2024, 'decrease', 50).value).toBeCloseTo(65.61, 9);
    expect(project({ year: 2020, value: 100 }, { year: 2022, value: 121 }, 2024, 'increase', Infinity).value).toBeCloseTo(146.41, 9);
    expect(project({ year: 2020, value: 100 }, { year: 2020, value: 121 }, 2024, 'increase', null)).toEqual({ value: null, method: null });
  });
});

describe('relative rows and status', () => {
  const a = (pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value, source: 'yearly' as const, provisional: false }));
  it('growth from levels needs the previous year, not zero', () => {
    expect(relativeRows(a([[2021, 110], [2020, 100], [2023, 130], [2019, 0]]), a([[2020, 50], [2021, 52], [2023, 60], [2022, 55]]), 'level', null)).toEqual([
      { year: 2021, growth: 10.000000000000009, benchmarkGrowth: 4.0000000000000036, margin: 6.000000000000005 },
    ]);
  });
  it('growth series are used as they are, sorted, after fromYear only', () => {
    const rows = relativeRows(a([[2023, 7], [2021, 5], [2022, 6]]), a([[2021, 4], [2022, 6.5], [2023, 5]]), 'growth', 2021);
    expect(rows).toEqual([
      { year: 2022, growth: 6, benchmarkGrowth: 6.5, margin: -0.5 },
      { year: 2023, growth: 7, benchmarkGrowth: 5, margin: 2 },
    ]);
  });
  it('achieved only at or after the target year with the margin met', () => {
    expect(relativeStatus({ year: 2025, growth: 8, benchmarkGrowth: 5, margin: 3 }, 3, 2025)).toEqual({ status: 'achieved', progressValue: 1, score: 5, achieved: true, sdgStatus: 'target_achieved' });
    expect(relativeStatus({ year: 2025, growth: 8, benchmarkGrowth: 5, margin: 3 }, 0, 2025)).toEqual({ status: 'achieved', progressValue: null, score: 5, achieved: true, sdgStatus: 'target_achieved' });
    expect(relativeStatus({ year: 2024, growth: 8, benchmarkGrowth: 5, margin: 3 }, 3, 2025)).toMatchObject({ status: 'on_track', progressValue: 1, achieved: false, sdgStatus: 'substantial_progress' });
    expect(relativeStatus({ year: 2025, growth: 7.99, benchmarkGrowth: 5, margin: 2.99 }, 3, 2025).achieved).toBe(false);
  });
  it('required ≤ 0: the sign of the gap decides', () => {
    expect(relativeStatus({ year: 2024, growth: 5, benchmarkGrowth: 5, margin: 0 }, 0, 2025)).toEqual({ status: 'on_track', progressValue: null, score: null, achieved: false, sdgStatus: null });
    expect(relativeStatus({ year: 2024, growth: 4.9, benchmarkGrowth: 5, margin: -0.1 }, 0, 2025)).toEqual({ status: 'off_track', progressValue: null, score: null, achieved: false, sdgStatus: null });
  });
  it.each([
    [2.85, 'on_track', 'substantial_progress'],
    [2.84, 'moderate', 'moderate_progress'],
    [1.8, 'moderate', 'moderate_progress'],
    [1.79, 'off_track', 'limited_progress'],
    [0, 'off_track', 'limited_progress'],
    [-0.01, 'deteriorating', 'deterioration'],
  ])('margin %s of 3 required is %s', (margin, status, sdg) => {
    const r = relativeStatus({ year: 2024, growth: 5 + margin, benchmarkGrowth: 5, margin }, 3, 2025);
    expect(r.status).toBe(status);
    expect(r.sdgStatus).toBe(sdg);
    expect(r.progressValue).toBeCloseTo(margin / 3, 12);
    const pv = margin / 3;
    expect(r.score).toBeCloseTo(pv >= 0.6 ? Math.min(7.1429 * pv - 4.2857, 5) : Math.max(4.1667 * pv - 2.5, -5), 9);
  });
});

// Survivors of the 2026-12-01 mutation run (97.25 %), killed here.
describe('status.ts survivors', () => {
  it('a target object without a value key is a missing value, like null', () => {
    const b = { year: 2020, value: 200 };
    const gap = { code: 'target_value_missing', zh: '2025年目标缺少数值', en: 'the 2025 target has no value' };
    expect(resolveTarget({ year: 2025, kind: 'level' } as never, b, 'increase')).toEqual({ target: { year: 2025, kind: 'level', input: null, value: null, direction: 'increase', rule: '' }, gap });
    expect(resolveTarget({ year: 2025, kind: 'growth' } as never, b, 'increase')).toEqual({ target: { year: 2025, kind: 'growth', input: null, value: null, direction: 'increase', rule: '', growthBasis: 'cumulative' }, gap });
    expect(resolveTarget({ year: 2025, kind: 'relative', benchmark: '全市' } as never, b, 'increase')).toEqual({ target: { year: 2025, kind: 'relative', input: null, value: null, direction: 'increase', rule: '', benchmark: '全市' }, gap });
  });
  it('no rate from zero to a negative value or from a negative value to zero', () => {
    expect(rate(0, 2020, -121, 2022)).toBeNull();
    expect(rate(-100, 2020, 0, 2022)).toBeNull();
  });
  it('a level of zero gives no growth for the next year even when the benchmark has one', () => {
    const a = (l: [number, number][]) => l.map(([year, value]) => ({ year, value, source: 'yearly' as const, provisional: false }));
    expect(relativeRows(a([[2019, 0], [2020, 5], [2021, 6]]), a([[2019, 1], [2020, 2], [2021, 3]]), 'level', null).map((r) => r.year)).toEqual([2021]);
  });
});
