// Kills the mutants of src/domain/progress/annual.ts: each rule at, just below and just above its
// edge, every note asserted exactly, and invariants of the roll-up with fast-check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, milestonePath, PROFILE_MAX_YEARS, PROFILE_MIN_YEARS, rollUp, round, yearToDate } from '../../src/domain/progress/annual';

const months = (year: number, values: number[], from = 1) => values.map((value, i) => ({ period: `${year}-${String(from + i).padStart(2, '0')}`, value }));
const quarters = (year: number, values: number[]) => values.map((value, i) => ({ period: `${year}Q${i + 1}`, value }));
const twelve = (v: number) => Array.from({ length: 12 }, () => v);

describe('aggregate', () => {
  it('sum, average and last of a list; an empty list is NaN for every aggregation', () => {
    expect(aggregate([1, 2, 6], 'sum')).toBe(9);
    expect(aggregate([1, 2, 6], 'average')).toBe(3);
    expect(aggregate([1, 2, 6], 'last')).toBe(6);
    for (const how of ['sum', 'average', 'last'] as const) expect(aggregate([], how)).toBeNaN();
  });
  it('round keeps six decimals by default, or the digits asked', () => {
    expect(round(1.23456789)).toBe(1.234568);
    expect(round(1.23456789, 2)).toBe(1.23);
    expect(round(-0.5000004)).toBe(-0.5);
  });
});

describe('rollUp', () => {
  it('skips invalid periods and values with one note counting them', () => {
    const r = rollUp(
      [
        { period: '2024-13', value: 1 },
        { period: '2024', value: Number.NaN },
        { period: '2024', value: Infinity },
        { period: '2024', value: '5' as unknown as number },
        { period: 2024 as unknown as string, value: 5 },
        { period: '2024', value: 7 },
      ],
      'sum',
    );
    expect(r.notes).toEqual([{ code: 'observations_skipped', zh: '5条数据期间或数值无效，已忽略', en: '5 observation(s) with an invalid period or value were ignored' }]);
    expect(r.annual).toEqual([{ year: 2024, value: 7, source: 'yearly', provisional: false }]);
  });
  it('no note when nothing is skipped or late; a null list is empty', () => {
    expect(rollUp([{ period: '2024', value: 1 }], 'sum', '2024-12-31').notes).toEqual([]);
    expect(rollUp(null as never, 'sum')).toMatchObject({ annual: [], partial: null, notes: [] });
  });
  it('leaves out periods ending after the as-of date (the period ending on it counts)', () => {
    const r = rollUp([...months(2025, [1, 2, 3])], 'sum', '2025-02-28');
    expect(r.notes).toEqual([{ code: 'after_as_of', zh: '1条数据晚于计算基准日 2025-02-28，已忽略', en: '1 observation(s) after the as-of date 2025-02-28 were ignored' }]);
    expect(r.partial).toEqual({ year: 2025, frequency: 'monthly', values: [1, 2], lastPeriod: '2025-02', provisional: false });
    expect(rollUp(months(2025, [1, 2, 3]), 'sum', null).partial?.values).toEqual([1, 2, 3]);
  });
  it('twelve months make a year with the aggregation; eleven do not', () => {
    const r = rollUp(months(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'sum');
    expect(r.annual).toEqual([{ year: 2023, value: 78, source: 'monthly', provisional: false }]);
    expect(r.complete.get(2023)).toEqual([{ frequency: 'monthly', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }]);
    expect(rollUp(months(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'last').annual[0].value).toBe(12);
    const eleven = rollUp(months(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 'sum');
    expect(eleven.annual).toEqual([]);
    expect(eleven.complete.size).toBe(0);
  });
  it('four quarters make a year; months win over quarters when both are complete', () => {
    expect(rollUp(quarters(2023, [1, 2, 3, 4]), 'average').annual).toEqual([{ year: 2023, value: 2.5, source: 'quarterly', provisional: false }]);
    const both = rollUp([...quarters(2023, [10, 10, 10, 10]), ...months(2023, twelve(1))], 'sum');
    expect(both.annual).toEqual([{ year: 2023, value: 12, source: 'monthly', provisional: false }]);
    expect(both.complete.get(2023)!.map((s) => s.frequency)).toEqual(['monthly', 'quarterly']);
  });
  it('a provisional month makes the rolled-up year provisional; a provisional yearly figure too', () => {
    const list = months(2023, twelve(1)).map((o, i) => ({ ...o, provisional: i === 5 }));
    expect(rollUp(list, 'sum').annual[0].provisional).toBe(true);
    expect(rollUp([{ period: '2023', value: 5, provisional: true }], 'sum').annual[0].provisional).toBe(true);
    expect(rollUp([{ period: '2023', value: 5, provisional: 'yes' as never }], 'sum').annual[0].provisional).toBe(false);
  });
  it('a yearly figure wins over the roll-up; a difference above 0.5 % is noted, at 0.5 % it is not', () => {
    const at = rollUp([{ period: '2023', value: 1000 }, ...months(2023, [...twelve(83.75).slice(0, 11), 1005 - 11 * 83.75])], 'sum');
    expect(at.annual).toEqual([{ year: 2023, value: 1000, source: 'yearly', provisional: false }]);
    expect(at.notes).toEqual([]);
    const above = rollUp([{ period: '2023', value: 1000 }, ...months(2023, [...twelve(83.75).slice(0, 11), 1005.01 - 11 * 83.75])], 'sum');
    expect(above.notes).toEqual([
      { code: 'yearly_differs', zh: '2023年年度数 1000 与月度数汇总 1005.01 不一致，采用年度数', en: '2023: the yearly figure 1000 differs from the monthly roll-up 1005.01; the yearly figure is used' },
    ]);
    const below = rollUp([{ period: '2023', value: 1000 }, ...quarters(2023, [250, 250, 250, 244.99])], 'sum');
    expect(below.notes).toEqual([
      { code: 'yearly_differs', zh: '2023年年度数 1000 与季度数汇总 994.99 不一致，采用年度数', en: '2023: the yearly figure 1000 differs from the quarterly roll-up 994.99; the yearly figure is used' },
    ]);
    // A yearly figure of zero: any difference of the roll-up is noted.
    expect(rollUp([{ period: '2023', value: 0 }, ...months(2023, twelve(0.001))], 'sum').notes.map((n) => n.code)).toEqual(['yearly_differs']);
    expect(rollUp([{ period: '2023', value: 0 }, ...months(2023, twelve(0))], 'sum').notes).toEqual([]);
  });
  it('a year with a yearly figure is complete, not running', () => {
    const r = rollUp([{ period: '2024', value: 5 }, ...months(2024, [1, 2])], 'sum');
    expect(r.partial).toBeNull();
    expect(r.notes).toEqual([]);
  });
  it('only the last running year after every complete year is to date; earlier running years are noted', () => {
    const r = rollUp([...months(2022, [1]), { period: '2023', value: 5 }, ...months(2024, [1, 2]), ...months(2025, [3])], 'sum');
    expect(r.notes).toEqual([
      { code: 'incomplete_year', zh: '2022年数据不完整，未计入年度值', en: '2022 is incomplete and is not counted as a yearly value' },
      { code: 'incomplete_year', zh: '2024年数据不完整，未计入年度值', en: '2024 is incomplete and is not counted as a yearly value' },
    ]);
    expect(r.partial).toEqual({ year: 2025, frequency: 'monthly', values: [3], lastPeriod: '2025-01', provisional: false });
    // A running year before the latest complete year is not to date.
    const before = rollUp([...months(2024, [1, 2]), { period: '2025', value: 5 }], 'sum');
    expect(before.partial).toBeNull();
    expect(before.notes.map((n) => n.code)).toEqual(['incomplete_year']);
  });
  it('the year to date stops at the first gap, with a note; quarters give a Q period', () => {
    const r = rollUp([...months(2025, [1, 2]), ...months(2025, [4], 4)], 'sum');
    expect(r.partial).toEqual({ year: 2025, frequency: 'monthly', values: [1, 2], lastPeriod: '2025-02', provisional: false });
    expect(r.notes).toEqual([{ code: 'gap_in_year', zh: '2025年数据有缺期，累计只算到第2期', en: '2025 has a gap; the year to date stops at period 2' }]);
    const q = rollUp([...quarters(2025, [5, 6, 7]).map((o, i) => ({ ...o, provisional: i === 2 }))], 'sum');
    expect(q.partial).toEqual({ year: 2025, frequency: 'quarterly', values: [5, 6, 7], lastPeriod: '2025Q3', provisional: true });
    expect(q.notes).toEqual([]);
    // Months are preferred for the running year even when quarters are there too.
    expect(rollUp([...quarters(2025, [5, 6]), ...months(2025, [1])], 'sum').partial?.frequency).toBe('monthly');
    // A running year whose first period is missing has no year to date.
    const late = rollUp(months(2025, [9], 3), 'sum');
    expect(late.partial).toBeNull();
    expect(late.notes).toEqual([{ code: 'gap_in_year', zh: '2025年数据有缺期，累计只算到第0期', en: '2025 has a gap; the year to date stops at period 0' }]);
  });
  it('property: the annual values are sorted by year and each year appears once', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 0, max: 12 }), v: fc.integer({ min: -50, max: 50 }) }), { maxLength: 60 }), (list) => {
        const obs = list.map(({ y, m, v }) => ({ period: m === 0 ? String(y) : `${y}-${String(m).padStart(2, '0')}`, value: v }));
        const years = rollUp(obs, 'sum').annual.map((a) => a.year);
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
      }),
    );
  });
});

describe('milestonePath', () => {
  it('one straight milestone per year after the baseline, up to the target year', () => {
    expect(milestonePath({ year: 2022, value: 100 }, { year: 2025, value: 160 })).toEqual([
      { year: 2023, value: 120 },
      { year: 2024, value: 140 },
      { year: 2025, value: 160 },
    ]);
    expect(milestonePath({ year: 2022, value: 100 }, { year: 2025, value: 160 }, [2030])).toEqual([{ year: 2030, value: 260 }]);
  });
  it('a target in or before the baseline year is its own single milestone', () => {
    expect(milestonePath({ year: 2025, value: 100 }, { year: 2025, value: 160 })).toEqual([{ year: 2025, value: 160 }]);
    expect(milestonePath({ year: 2026, value: 100 }, { year: 2025, value: 160 }, [2030])).toEqual([{ year: 2025, value: 160 }]);
    expect(milestonePath({ year: 2024, value: 100 }, { year: 2025, value: 160 })).toEqual([{ year: 2025, value: 160 }]);
  });
});

describe('yearToDate', () => {
  const ms = (map: Record<number, number>) => (y: number) => map[y] ?? null;
  it('no running year, no comparison', () => {
    expect(yearToDate(rollUp(months(2024, twelve(1)), 'sum'), 'sum', 'increase', () => 10)).toBeNull();
  });
  it('sums pro rata: k/n of the milestone, at, just below and just above', () => {
    const r = rollUp(months(2025, [10, 10, 10]), 'sum');
    const at = yearToDate(r, 'sum', 'increase', ms({ 2025: 120 }))!;
    expect(at).toEqual({
      year: 2025, frequency: 'monthly', periodsObserved: 3, periodsInYear: 12, lastPeriod: '2025-03', actual: 30, milestone: 120, share: 0.25, expected: 30,
      profile: 'pro_rata', profileYears: [], ratio: 1, onCourse: true, provisional: false, sameTimeLastYear: null, yearOnYear: null,
    });
    expect(yearToDate(r, 'sum', 'increase', ms({ 2025: 120.04 }))!.onCourse).toBe(false);
    expect(yearToDate(r, 'sum', 'decrease', ms({ 2025: 120.04 }))!.onCourse).toBe(true);
    expect(yearToDate(r, 'sum', 'decrease', ms({ 2025: 119.96 }))!.onCourse).toBe(false);
    expect(yearToDate(r, 'sum', 'decrease', ms({ 2025: 120 }))!.onCourse).toBe(true); // at the milestone share, lower is better
    expect(yearToDate(r, 'sum', 'increase', ms({}))).toMatchObject({ milestone: null, share: 0.25, expected: null, ratio: null, onCourse: null });
    expect(yearToDate(r, 'sum', 'increase', ms({ 2025: 0 }))).toMatchObject({ expected: 0, ratio: null, onCourse: true });
  });
  it('levels pro rata: k/n of the way from last year’s milestone to this year’s', () => {
    const r = rollUp(quarters(2025, [7]), 'last');
    expect(yearToDate(r, 'last', 'increase', ms({ 2024: 4, 2025: 8 }))).toMatchObject({ frequency: 'quarterly', periodsInYear: 4, share: 0.25, expected: 5, ratio: 1.4, onCourse: true, lastPeriod: '2025Q1' });
    expect(yearToDate(r, 'average', 'increase', ms({ 2024: 4, 2025: 8 }))).toMatchObject({ expected: 5, actual: 7 });
    expect(yearToDate(r, 'last', 'increase', ms({ 2025: 8 }))).toMatchObject({ share: 0.25, expected: null, onCourse: null });
    expect(yearToDate(r, 'last', 'increase', ms({ 2024: 4 }))).toMatchObject({ expected: null });
  });
  it('three complete past years of the same frequency give a seasonal profile; two do not', () => {
    const past = (y: number, first: number) => months(y, [first, ...twelve((120 - first) / 11).slice(0, 11)]);
    const obs = [...past(2022, 6), ...past(2023, 12), ...past(2024, 18), ...months(2025, [10])];
    const r = rollUp(obs, 'sum');
    const s = yearToDate(r, 'sum', 'increase', ms({ 2025: 120 }))!;
    expect(s.profile).toBe('seasonal');
    expect(s.profileYears).toEqual([2022, 2023, 2024]);
    expect(s.share).toBeCloseTo(0.1, 12);
    expect(s.expected).toBeCloseTo(12, 9);
    expect(s.onCourse).toBe(false);
    expect(s.sameTimeLastYear).toBe(18);
    expect(s.yearOnYear).toBeCloseTo(10 / 18 - 1, 12);
    const two = yearToDate(rollUp([...past(2023, 12), ...past(2024, 18), ...months(2025, [10])], 'sum'), 'sum', 'increase', ms({ 2025: 120 }))!;
    expect(two).toMatchObject({ profile: 'pro_rata', profileYears: [], share: 1 / 12, expected: 10, onCourse: true });
    // Quarters of past years do not shape a monthly profile.
    const q = yearToDate(rollUp([...quarters(2021, [1, 1, 1, 1]), ...quarters(2022, [1, 1, 1, 1]), ...quarters(2023, [1, 1, 1, 1]), ...months(2025, [1])], 'sum'), 'sum', 'increase', ms({ 2025: 12 }))!;
    expect(q.profile).toBe('pro_rata');
    expect(PROFILE_MIN_YEARS).toBe(3);
  });
  it('at most the five latest past years shape the profile; a year with a zero total is left out', () => {
    expect(PROFILE_MAX_YEARS).toBe(5);
    const year = (y: number, first: number) => months(y, [first, ...twelve((120 - first) / 11).slice(0, 11)]);
    const obs = [...year(2017, 60), ...year(2018, 12), ...year(2019, 12), ...year(2020, 12), ...year(2021, 12), ...year(2022, 12), ...months(2023, twelve(0)), ...months(2025, [10])];
    const s = yearToDate(rollUp(obs, 'sum'), 'sum', 'increase', ms({ 2025: 120 }))!;
    expect(s.profileYears).toEqual([2019, 2020, 2021, 2022]);
    expect(s.share).toBeCloseTo(0.1, 12);
  });
  it('year on year needs the same periods last year, not zero', () => {
    const base = [...months(2025, [10, 20])];
    expect(yearToDate(rollUp([...months(2024, [5, 5]), ...base], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: 10, yearOnYear: 2 });
    expect(yearToDate(rollUp([...months(2024, [5]), ...base], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: null, yearOnYear: null });
    expect(yearToDate(rollUp([...months(2024, [5]), ...months(2024, [5], 3), ...base], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: null });
    expect(yearToDate(rollUp([...months(2024, [0, 0]), ...base], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: 0, yearOnYear: null });
    expect(yearToDate(rollUp([...quarters(2024, [3]), ...quarters(2025, [6])], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: 3, yearOnYear: 1 });
    expect(yearToDate(rollUp([...months(2024, [3]), ...quarters(2025, [6])], 'sum'), 'sum', 'increase', ms({}))).toMatchObject({ sameTimeLastYear: null });
  });
});

describe('holes in a year (regression: sparse arrays)', () => {
  it('January and December alone are not a complete year', () => {
    const r = rollUp([...months(2023, [1]), ...months(2023, [5], 12)], 'sum');
    expect(r.annual).toEqual([]);
    expect(r.complete.size).toBe(0);
  });
  it('eleven months with one missing in the middle are not a complete year', () => {
    const r = rollUp(months(2023, twelve(1)).filter((o) => o.period !== '2023-06'), 'sum');
    expect(r.annual).toEqual([]);
  });
});
