// Hubline rules on top of the Open SDG measure: which target is measured, missed targets,
// trend-only assessment with a natural limit, projections capped by the limit.
// Expected numbers worked out by hand: C = 1 − (80/100)^4.44 = 0.6287046226695863,
// PV = (82/80)^(1/2) − 1 = 0.01242283656582921 ≥ 0.015·C, score = min(500·PV/C − 5, 5) = 4.879708306485597.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus, type StatusInput } from '../../src/domain/progress/index';

const cargo = (observations: { period: string; value: number }[], targets: StatusInput['indicator']['targets']): StatusInput => ({
  indicator: { unit: '万吨', direction: 'increase', limit: null, baseline: { year: 2022, value: 110 }, targets },
  observations,
});

describe('which target is measured', () => {
  it('an intermediate target already met hands over to the next one', () => {
    const r = computeIndicatorStatus(
      cargo([{ period: '2024', value: 115 }], [
        { year: 2025, kind: 'level', value: 114 },
        { year: 2027, kind: 'level', value: 120 },
      ]),
    );
    expect(r.target?.year).toBe(2027);
    expect(r.targets.map((t) => t.achieved)).toEqual([true, false]);
    expect(r.projected.map((p) => p.year)).toEqual([2025, 2027]);
    // Milestones run baseline → 2025 target → 2027 target.
    const expected = [[2023, 110 + 4 / 3], [2024, 110 + 8 / 3], [2025, 114], [2026, 117], [2027, 120]];
    expect(r.milestones.map((m) => m.year)).toEqual(expected.map((e) => e[0]));
    r.milestones.forEach((m, i) => expect(Math.abs(m.value - expected[i][1])).toBeLessThanOrEqual(1e-12));
  });

  it('an intermediate target not yet met is the one measured', () => {
    const r = computeIndicatorStatus(
      cargo([{ period: '2024', value: 112 }], [
        { year: 2025, kind: 'level', value: 116 },
        { year: 2027, kind: 'level', value: 120 },
      ]),
    );
    expect(r.target?.year).toBe(2025);
  });

  it('a target whose year has data and falls short is missed: at best off track', () => {
    // Pace ratio (cagr 112.9/110 over 3 years) / (cagr 113/110 over 3 years) ≈ 0.96 would read "on track".
    const r = computeIndicatorStatus(cargo([{ period: '2025', value: 112.9 }], [{ year: 2025, kind: 'level', value: 113 }]));
    expect(r.sdgStatus).toBe('substantial_progress');
    expect(r.missed).toBe(true);
    expect(r.status).toBe('off_track');
    expect(r.notes.map((n) => n.code)).toContain('target_missed');
    expect(r.explanation.zh).toContain('未实现2025年目标113万吨');
  });

  it('all target years passed and met: the last target, achieved', () => {
    const r = computeIndicatorStatus(cargo([{ period: '2028', value: 125 }], [{ year: 2025, kind: 'level', value: 115 }, { year: 2027, kind: 'level', value: 120 }]));
    expect(r.target?.year).toBe(2027);
    expect(r.status).toBe('achieved');
  });
});

describe('no target: trend only, with a natural limit', () => {
  it('scales thresholds by C and caps the projection at the limit', () => {
    const r = computeIndicatorStatus({
      indicator: { unit: '%', direction: 'increase', limit: 84, baseline: { year: 2022, value: 80 }, targets: [] },
      observations: [{ period: '2024', value: 82 }],
    });
    expect(r.method).toBe(1);
    expect(r.series?.C).toBeCloseTo(1 - Math.pow(80 / 84, 4.44), 15);
    const withLimit100 = computeIndicatorStatus({
      indicator: { unit: '%', direction: 'increase', limit: 100, baseline: { year: 2022, value: 80 }, targets: [{ year: 2027, kind: 'level', value: 90 }] },
      observations: [{ period: '2024', value: 82 }],
    });
    // With a target the measure ignores the limit, and says so.
    expect(withLimit100.notes.map((n) => n.code)).toContain('limit_ignored');
    const trend = computeIndicatorStatus({
      indicator: { unit: '%', direction: 'increase', limit: 100, baseline: { year: 2022, value: 80 }, targets: [] },
      observations: [{ period: '2024', value: 82 }],
    });
    expect(Math.abs((trend.series?.C as number) - 0.6287046226695863)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs((trend.progressValue as number) - 0.01242283656582921)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs((trend.score as number) - 4.879708306485597)).toBeLessThanOrEqual(1e-9);
    expect(trend.status).toBe('on_track');
    expect(trend.gaps.map((g) => g.code)).toContain('no_target');
    const capped = computeIndicatorStatus({
      indicator: { unit: '%', direction: 'increase', limit: 84, baseline: { year: 2022, value: 80 }, targets: [{ year: 2027, kind: 'min', value: 85 }] },
      observations: [{ period: '2024', value: 82 }],
    });
    expect(capped.projected[0]).toEqual({ year: 2027, value: 84, target: 85, onCourse: false, method: 'cagr' });
  });
});

describe('target kinds', () => {
  it('max and min set the direction whatever the indicator says', () => {
    const r = computeIndicatorStatus({
      indicator: { direction: 'increase', limit: null, baseline: { year: 2023, value: 90 }, targets: [{ year: 2027, kind: 'max', value: 60 }] },
      observations: [{ period: '2024', value: 75 }],
    });
    expect(r.target?.direction).toBe('decrease');
    expect(r.status).toBe('on_track');
  });

  it('reduction with annual compounding', () => {
    const r = computeIndicatorStatus({
      indicator: { direction: 'decrease', limit: null, baseline: { year: 2024, value: 14.1 }, targets: [{ year: 2027, kind: 'reduction', value: 2, growthBasis: 'annual' }] },
      observations: [{ period: '2025', value: 13.9 }],
    });
    expect(Math.abs((r.target?.value as number) - 14.1 * 0.98 ** 3)).toBeLessThanOrEqual(1e-12);
  });

  it('relative with a required margin of 0 ("不低于全市") reads the sign of the gap', () => {
    const input = (zone: number): StatusInput => ({
      indicator: { unit: '%', direction: 'increase', limit: null, baseline: null, targets: [{ year: 2027, kind: 'relative', value: 0, benchmark: '全市' }] },
      observations: [{ period: '2025', value: zone }],
      benchmark: [{ period: '2025', value: 6.1 }],
    });
    expect(computeIndicatorStatus(input(6.5)).status).toBe('on_track');
    expect(computeIndicatorStatus(input(5.5)).status).toBe('off_track');
  });

  it('a plan baseline that differs from the same year’s observation wins, with a note', () => {
    const r = computeIndicatorStatus(cargo([{ period: '2022', value: 111 }, { period: '2024', value: 114 }], [{ year: 2027, kind: 'level', value: 120 }]));
    expect(r.baseline?.value).toBe(110);
    expect(r.notes.map((n) => n.code)).toContain('baseline_differs');
  });
});
