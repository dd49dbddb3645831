// The list summary of a status: exactly what the overview and the entry form read.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus, summarizeStatus, SPARKLINE_POINTS, type StatusInput } from '../../src/domain/progress/index';

const input = (observations: { period: string; value: number }[], targets: StatusInput['indicator']['targets'], baseline: { year: number; value: number } | null = { year: 2022, value: 110 }): StatusInput => ({
  indicator: { unit: '万吨', direction: 'increase', limit: null, aggregation: 'sum', baseline, targets },
  observations,
});
const summary = (i: StatusInput) => summarizeStatus(computeIndicatorStatus(i), i);
const months = (from: number, n: number, value: (k: number) => number) =>
  Array.from({ length: n }, (_, k) => ({ period: `${from + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, value: value(k) }));

describe('status summary', () => {
  it('yearly series: the yearly values, the latest year, the target measured', () => {
    const s = summary(input([{ period: '2023', value: 112 }, { period: '2024', value: 115 }], [{ year: 2027, kind: 'level', value: 120 }]));
    expect(s.sparkline).toEqual([112, 115]);
    expect(s.latest).toEqual({ period: '2024', value: 115 });
    expect(s.target).toMatchObject({ year: 2027, kind: 'level', value: 120, input: 120, direction: 'increase', rule: '120' });
    expect(s.distanceCovered).toBe(50);
    expect(s.milestones.map((m) => m.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(s.covered).toBeNull();
    expect(s.explanation.zh).toContain('2027');
  });

  it('monthly series: the last 24 periods exactly, and the latest complete year', () => {
    const obs = months(2022, 30, (k) => 10 + k);
    const s = summary(input(obs, [{ year: 2027, kind: 'level', value: 400 }]));
    expect(s.sparkline).toHaveLength(SPARKLINE_POINTS);
    expect(s.sparkline[0]).toBe(16);
    expect(s.sparkline[23]).toBe(39);
    // 2023 is the latest complete year: 22 + … + 33.
    expect(s.latest).toEqual({ period: '2023', value: 330 });
  });

  it('with a baseline and no data since, the baseline is the latest value', () => {
    expect(summary(input([], [{ year: 2027, kind: 'level', value: 400 }])).latest).toEqual({ period: '2022', value: 110 });
  });

  it('a running year alone, without a baseline: the latest period is the latest value', () => {
    const s = summary(input(months(2024, 3, () => 9), [{ year: 2027, kind: 'level', value: 400 }], null));
    expect(s.latest).toEqual({ period: '2024-03', value: 9 });
    expect(s.sparkline).toEqual([9, 9, 9]);
  });

  it('no data: no latest value, no points; the last target is shown when none is measured', () => {
    const i = input([], [{ year: 2025, kind: 'level', value: 114 }, { year: 2030, kind: 'pending', value: null }], null);
    const r = computeIndicatorStatus(i);
    const s = summarizeStatus(r, i);
    expect(s.latest).toBeNull();
    expect(s.sparkline).toEqual([]);
    expect(s.distanceCovered).toBeNull();
    expect(s.status).toBe('insufficient_data');
    expect(s.target).toMatchObject({ year: 2025, value: 114 });
    // Nothing measured: the plan's last target, as the engine resolved it.
    expect(summarizeStatus({ ...r, target: null }, i).target).toMatchObject({ year: 2030, kind: 'pending', value: null });
    expect(summarizeStatus({ ...r, target: null, targets: [] }, i).target).toBeNull();
  });

  it('no target at all: no target shown', () => {
    expect(summary(input([{ period: '2024', value: 115 }], [])).target).toBeNull();
  });

  it('stays small: a 100-month series summarises to under 1.5 KB', () => {
    const s = summary(input(months(2018, 100, (k) => 80 + k * 0.37), [{ year: 2027, kind: 'level', value: 1000 }]));
    expect(JSON.stringify(s).length).toBeLessThan(1500);
  });
});
