// Months and quarters: roll-up into years, and the running year compared with its milestone,
// pro rata and with a seasonal profile. Expected numbers worked out by hand (plain Python):
//   target 2027 = 148000 · 1.15^5 = 297680.86375; straight milestone 2025 = 148000 + 3/5 · (target − 148000)
//   = 237808.51825; pro rata after 8 months = 237808.51825 · 8/12 = 158539.0121666…
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus, milestonePath, rollUp, type ObservationInput, type StatusInput } from '../../src/domain/progress/index';

// Monthly shares (percent of the year) for three past years: February is the Spring Festival low.
const W2022 = [7, 5, 8, 8, 8.5, 8.5, 8.5, 9, 9, 9.5, 9.5, 9.5]; // Jan–Feb 12 %, Jan–Aug 62.5 %
const W2023 = [6, 6, 8, 8, 8, 9, 9, 9, 9, 9, 9.5, 9.5]; // Jan–Feb 12 %, Jan–Aug 63 %
const W2024 = [7, 4, 8, 8, 9, 9, 8, 9, 9, 9.5, 9.5, 10]; // Jan–Feb 11 %, Jan–Aug 62 %
// Corridor TEU totals (chongqing-corridor-freight.csv): 2022 148,000; 2023 178,600; 2024 251,800.
const months = (year: number, total: number, w: number[]): ObservationInput[] =>
  w.map((p, i) => ({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value: (total * p) / 100 }));

const base = (observations: ObservationInput[]): StatusInput => ({
  indicator: {
    name: '经陆海新通道货运量',
    unit: '标箱',
    direction: 'increase',
    limit: null,
    aggregation: 'sum',
    baseline: { year: 2022, value: 148000 },
    targets: [{ year: 2027, kind: 'growth', value: 15, growthBasis: 'annual' }],
  },
  observations,
});

const near = (a: number | null | undefined, b: number, eps = 1e-6) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(eps);
};

describe('sub-annual data', () => {
  it('straight milestones between baseline and target', () => {
    expect(milestonePath({ year: 2022, value: 110 }, { year: 2027, value: 120 })).toEqual([
      { year: 2023, value: 112 },
      { year: 2024, value: 114 },
      { year: 2025, value: 116 },
      { year: 2026, value: 118 },
      { year: 2027, value: 120 },
    ]);
    expect(milestonePath({ year: 2022, value: 90 }, { year: 2027, value: 60 }, [2025])).toEqual([{ year: 2025, value: 72 }]);
  });

  it('complete months make a year; the running year is not a yearly value', () => {
    const r = rollUp([...months(2023, 178600, W2023), ...months(2024, 251800, W2024), ...months(2025, 215800, W2022).slice(0, 8)], 'sum');
    expect(r.annual.map((a) => a.year)).toEqual([2023, 2024]);
    near(r.annual[0].value, 178600);
    near(r.annual[1].value, 251800);
    expect(r.annual[1].source).toBe('monthly');
    expect(r.partial?.year).toBe(2025);
    expect(r.partial?.values).toHaveLength(8);
  });

  it('eight months of 2025 against the milestone, pro rata (two complete years only)', () => {
    const jan_aug = [20000, 18000, 27000, 27000, 30000, 30800, 31000, 32000]; // sums to 215,800 (2025-01..08)
    const r = computeIndicatorStatus(
      base([...months(2023, 178600, W2023), ...months(2024, 251800, W2024), ...jan_aug.map((v, i) => ({ period: `2025-0${i + 1}`, value: v }))]),
    );
    // The pace uses complete years only: 2024 is current.
    expect(r.current?.year).toBe(2024);
    near(r.current?.value, 251800);
    expect(r.status).toBe('on_track');
    const y = r.yearToDate!;
    expect(y.year).toBe(2025);
    expect(y.profile).toBe('pro_rata');
    expect(y.periodsObserved).toBe(8);
    near(y.actual, 215800);
    near(y.milestone, 237808.51825);
    near(y.share, 8 / 12, 1e-15);
    near(y.expected, 158539.01216666662);
    near(y.ratio, 1.3611791637325006, 1e-9);
    expect(y.onCourse).toBe(true);
    near(y.yearOnYear, 0.3823054651669271, 1e-9);
    expect(r.explanation.zh).toContain('2025年1—8月累计215800标箱，同比增长38.2%，按时间进度应达158539标箱（2025年目标237809标箱），符合进度。');
  });

  it('January–February: pro rata says behind, the seasonal profile of three past years says on schedule', () => {
    const janFeb = [{ period: '2025-01', value: 16000 }, { period: '2025-02', value: 17000 }];
    const two = computeIndicatorStatus(base([...months(2023, 178600, W2023), ...months(2024, 251800, W2024), ...janFeb]));
    expect(two.yearToDate?.profile).toBe('pro_rata');
    near(two.yearToDate?.expected, 39634.753041666656);
    expect(two.yearToDate?.onCourse).toBe(false);
    expect(two.explanation.zh).toContain('落后于进度');

    const three = computeIndicatorStatus(
      base([...months(2022, 148000, W2022), ...months(2023, 178600, W2023), ...months(2024, 251800, W2024), ...janFeb]),
    );
    const y = three.yearToDate!;
    expect(y.profile).toBe('seasonal');
    expect(y.profileYears).toEqual([2022, 2023, 2024]);
    near(y.share, (0.12 + 0.12 + 0.11) / 3, 1e-12);
    near(y.expected, 27744.327129166657);
    near(y.ratio, 1.1894323421997226, 1e-9);
    expect(y.onCourse).toBe(true);
    near(y.yearOnYear, 0.19142176330420968, 1e-9);
    expect(three.explanation.zh).toContain('按往年季节规律（2022、2023、2024年）应达27744标箱');
    expect(three.explanation.en).toContain('by the seasonal profile of 2022, 2023, 2024 it should be 27744 TEU');
  });

  it('a milestone given by the plan replaces the straight path', () => {
    const input = base([...months(2023, 178600, W2023), ...months(2024, 251800, W2024), { period: '2025-01', value: 16000 }, { period: '2025-02', value: 17000 }]);
    input.indicator.milestones = [{ year: 2025, value: 180000 }];
    const r = computeIndicatorStatus(input);
    expect(r.milestones.find((m) => m.year === 2025)).toEqual({ year: 2025, value: 180000, source: 'input' });
    near(r.yearToDate?.expected, 30000);
    expect(r.yearToDate?.onCourse).toBe(true);
  });

  it('levels (last value): pro rata between last year’s and this year’s milestone', () => {
    // International cargo routes at Jiangbei (21 in Dec 2025); baseline 13 in 2022, target 25 in 2027.
    const r = computeIndicatorStatus({
      indicator: { unit: '条', direction: 'increase', limit: null, aggregation: 'last', baseline: { year: 2022, value: 13 }, targets: [{ year: 2027, kind: 'level', value: 25 }] },
      observations: [
        { period: '2023', value: 15 },
        { period: '2024', value: 18 },
        ...[18, 18, 19, 19, 20, 21].map((v, i) => ({ period: `2025-0${i + 1}`, value: v })),
      ],
    });
    const y = r.yearToDate!;
    expect(y.actual).toBe(21);
    near(y.expected, 19.0, 1e-12); // 17.8 + 6/12 · (20.2 − 17.8)
    expect(y.onCourse).toBe(true);
    expect(r.explanation.zh).toContain('截至2025年6月为21条');
  });

  it('quarters roll up with the chosen aggregation; an incomplete past year is left out', () => {
    const r = rollUp(
      [
        { period: '2023Q1', value: 14.6 },
        { period: '2023Q2', value: 14.4 },
        { period: '2023Q3', value: 14.3 },
        { period: '2023Q4', value: 14.3 },
        { period: '2024Q1', value: 14.2 },
        { period: '2025', value: 13.9 },
      ],
      'average',
    );
    expect(r.annual.map((a) => [a.year, a.source])).toEqual([
      [2023, 'quarterly'],
      [2025, 'yearly'],
    ]);
    near(r.annual[0].value, 14.4, 1e-12);
    expect(r.notes.map((n) => n.code)).toContain('incomplete_year');
    expect(r.partial).toBeNull();
  });

  it('asOf leaves out later periods; provisional figures are flagged', () => {
    const r = computeIndicatorStatus({
      ...base([{ period: '2023', value: 178600 }, { period: '2024', value: 251800, provisional: true }, { period: '2025', value: 327700 }]),
      asOf: '2025-06-30',
    });
    expect(r.current).toEqual({ year: 2024, value: 251800, provisional: true });
    expect(r.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['after_as_of', 'provisional']));
    expect(r.explanation.zh).toContain('2024年实际251800标箱（初步数）');
  });
});
