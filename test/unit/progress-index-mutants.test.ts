// Kills the mutants of src/domain/progress/index.ts (issue 18): the whole result of
// computeIndicatorStatus is asserted for representative cases — baseline from the plan or from the
// first complete year, notes with their exact wording, coverage lists, relative targets on levels,
// several targets (the primary one, milestones from the path and from the plan), projections,
// observed and required rates — so a changed field, condition or note is noticed. Expected numbers
// are written as the formula they come from (checked by hand), compared to 9 significant digits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicatorStatus, type StatusInput, type StatusResult } from '../../src/domain/progress/index';

type Ind = Partial<StatusInput['indicator']>;
const make = (indicator: Ind, observations: StatusInput['observations'], extra: Partial<StatusInput> = {}): StatusInput => ({
  indicator: { direction: 'increase', limit: null, baseline: null, targets: [], ...indicator } as StatusInput['indicator'],
  observations,
  ...extra,
});
const round = (v: unknown): unknown =>
  typeof v === 'number' ? (Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(9)) : v) : Array.isArray(v) ? v.map(round) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)])) : v;
/** The result without the explanation (progress-explain-mutants.test.ts), the series (sdg.ts) and the annual values (annual.ts). */
const core = (input: StatusInput) => {
  const { explanation: _e, series: _s, annual: _a, ...rest } = computeIndicatorStatus(input);
  return round(rest);
};
const cagr = (v1: number, v0: number, years: number) => Math.pow(v1 / v0, 1 / years) - 1;
const path = (from: [number, number], to: [number, number]) =>
  Array.from({ length: to[0] - from[0] }, (_, i) => ({ year: from[0] + i + 1, value: from[1] + ((to[1] - from[1]) * (i + 1)) / (to[0] - from[0]), source: 'path' as const }));

describe('computeIndicatorStatus, whole results', () => {
  it('no baseline in the plan, months without an aggregation, provisional December: baseline from the first year, three notes', () => {
    const months = (year: number, value: number, provisionalLast = false) =>
      Array.from({ length: 12 }, (_, i) => ({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, ...(provisionalLast && i === 11 ? { provisional: true } : {}) }));
    const input = make({ unit: '亿元', targets: [{ year: 2026, kind: 'level', value: 200 }] }, [...months(2022, 10), ...months(2023, 11, true)]);
    const pace = cagr(11, 10, 1) / (Math.pow(200 / 10, 1 / 4) - 1);
    const target = { year: 2026, kind: 'level', input: 200, value: 200, direction: 'increase', rule: '200' };
    expect(core(input)).toEqual(
      round({
        status: 'off_track',
        sdgStatus: 'limited_progress',
        progressValue: pace,
        score: 4.1667 * pace - 2.5,
        method: 2,
        distanceCovered: ((11 - 10) / (200 - 10)) * 100,
        projected: [{ year: 2026, value: 11 * 1.1 ** 3, target: 200, onCourse: false, method: 'cagr' }],
        requiredRate: cagr(200, 11, 3),
        observedRate: 0.1,
        observedSlope: 1,
        requiredSlope: (200 - 11) / 3,
        target,
        targets: [{ ...target, achieved: false, distanceCovered: ((11 - 10) / (200 - 10)) * 100, requiredRate: cagr(200, 11, 3), requiredSlope: 63 }],
        baseline: { year: 2022, value: 10, source: 'observation' },
        current: { year: 2023, value: 11, provisional: true },
        milestones: path([2022, 10], [2026, 200]),
        milestone: { year: 2023, value: 57.5, actual: 11, met: false },
        yearToDate: null,
        missed: false,
        gaps: [],
        notes: [
          { code: 'aggregation_default', zh: '未指定月度/季度汇总方式，按期末值（last）汇总', en: 'no aggregation given for months or quarters; the last value of the year is used' },
          { code: 'baseline_from_observation', zh: '方案未给出基期值，以首个完整年度2022年的数据为基期', en: 'the plan gives no baseline; the first complete year (2022) is used' },
          { code: 'provisional', zh: '2023年数据为初步数', en: 'the 2023 figure is provisional' },
        ],
        asOf: null,
      }),
    );
  });

  it('the baseline year observed differently: a note beyond 1e-9 relative, none within', () => {
    const at = (v2020: number) =>
      computeIndicatorStatus(make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2020', value: v2020 }, { period: '2023', value: 120 }]));
    expect(at(100.001).notes).toEqual([
      { code: 'baseline_differs', zh: '2020年数据 100.001 与方案基期值 100 不同，采用方案基期值', en: "the 2020 observation 100.001 differs from the plan's baseline 100; the baseline is used" },
    ]);
    expect(at(100 + 2e-7).notes.map((n) => n.code)).toEqual(['baseline_differs']); // 2e-9 relative
    expect(at(100 + 5e-8).notes).toEqual([]); // 5e-10 relative
    expect(at(100).notes).toEqual([]);
    // Below 1 the tolerance is absolute (1e-9), not relative to the value.
    const small = (v: number) =>
      computeIndicatorStatus(make({ baseline: { year: 2020, value: 0.001 }, targets: [{ year: 2025, kind: 'level', value: 1 }] }, [{ period: '2020', value: v }, { period: '2023', value: 0.5 }])).notes.map((n) => n.code);
    expect(small(0.001 + 5e-10)).toEqual([]);
    expect(small(0.001 + 5e-9)).toEqual(['baseline_differs']);
    expect(small(0.001 - 5e-9)).toEqual(['baseline_differs']);
    const r = computeIndicatorStatus(make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2020', value: 90 }, { period: '2023', value: 120 }]));
    expect(r.baseline).toEqual({ year: 2020, value: 100, source: 'input' });
    expect(r.observedRate).toBeCloseTo(cagr(120, 100, 3), 12);
  });

  it('coverage: repeated members counted once, unknown members noted, a count that differs from the list noted', () => {
    const input = make({ unit: '个', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: null, set: ['a', 'b', 'c', 'a'] }] }, [{ period: '2023', value: 3 }], { covered: ['a', 'b', 'z'] });
    const r = computeIndicatorStatus(input);
    expect(r.missing).toEqual(['c']);
    expect(r.covered).toEqual(['a', 'b']);
    expect(r.target).toEqual({ year: 2025, kind: 'coverage', input: null, value: 3, direction: 'increase', rule: '|set| = 3', setSize: 3 });
    expect(r.notes).toEqual([
      { code: 'covered_unknown', zh: '“z”不在参照集合中，未计入', en: '"z" are not members of the reference set and are not counted' },
      { code: 'covered_count_differs', zh: '最新数值 3 与覆盖清单数量 2 不一致', en: 'the latest value 3 differs from the 2 members listed as covered' },
    ]);
    // A list that agrees with the value: no note; several unknown members are listed together.
    const agree = computeIndicatorStatus({ ...input, observations: [{ period: '2023', value: 2 }], covered: ['a', 'b', 'y', 'z'] });
    expect(agree.notes).toEqual([{ code: 'covered_unknown', zh: '“y、z”不在参照集合中，未计入', en: '"y, z" are not members of the reference set and are not counted' }]);
    // Only the baseline year: the count is not compared (nothing after the baseline yet).
    const early = computeIndicatorStatus({ ...input, observations: [{ period: '2020', value: 1 }], covered: ['a', 'b'] });
    expect(early.notes).toEqual([]);
    expect(early.missing).toEqual(['c']);
    // Without a list of covered members there are no lists in the result.
    const none = computeIndicatorStatus({ ...input, covered: undefined });
    expect('missing' in none || 'covered' in none).toBe(false);
    // A coverage target without members: no lists either.
    const sizeOnly = computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: 3, set: [] }] }, [{ period: '2023', value: 2 }], { covered: ['a'] }));
    expect('missing' in sizeOnly).toBe(false);
    expect(sizeOnly.notes).toEqual([]);
  });

  it('relative target on levels (unit not %): the plan baseline year enters the growth rows; achieved from the target year on', () => {
    const input = make(
      { unit: '亿元', baseline: { year: 2021, value: 100 }, targets: [{ year: 2023, kind: 'relative', value: 1, benchmark: '全市' }] },
      [{ period: '2022', value: 110 }, { period: '2023', value: 121 }],
      { benchmark: [{ period: '2021', value: 200 }, { period: '2022', value: 210 }, { period: '2023', value: 220.5 }] },
    );
    const target = { year: 2023, kind: 'relative', input: 1, value: 1, direction: 'increase', rule: 'growth − 全市 growth ≥ 1 pp', benchmark: '全市' };
    expect(core(input)).toEqual(
      round({
        status: 'achieved',
        sdgStatus: 'target_achieved',
        progressValue: 5,
        score: 5,
        method: 'relative',
        distanceCovered: 100,
        projected: [{ year: 2023, value: 5, target: 1, onCourse: true, method: 'hold' }],
        requiredRate: (5 + 1) / 100,
        observedRate: 0.1,
        observedSlope: null,
        requiredSlope: null,
        target,
        targets: [{ ...target, achieved: true, distanceCovered: 100, requiredRate: 0.06, requiredSlope: null }],
        baseline: { year: 2021, value: 100, source: 'input' },
        current: { year: 2023, value: 121, provisional: false },
        milestones: [],
        milestone: null,
        yearToDate: null,
        missed: false,
        relative: [
          { year: 2022, growth: 10, benchmarkGrowth: 5, margin: 5 },
          { year: 2023, growth: 10, benchmarkGrowth: 5, margin: 5 },
        ],
        gaps: [],
        notes: [],
        asOf: null,
      }),
    );
    // The same margin a year before the target year is not yet "achieved": on track.
    const early = computeIndicatorStatus({ ...input, indicator: { ...input.indicator, targets: [{ year: 2024, kind: 'relative', value: 1, benchmark: '全市' }] } });
    expect(early.targets[0].achieved).toBe(false);
    expect(early.status).toBe('on_track');
    expect(early.missed).toBe(false);
    // A margin below the target in the target year: missed, capped, noted.
    const short = computeIndicatorStatus({ ...input, indicator: { ...input.indicator, targets: [{ year: 2023, kind: 'relative', value: 6, benchmark: '全市' }] } });
    expect([short.status, short.missed, short.targets[0].achieved]).toEqual(['off_track', true, false]);
    expect(short.notes).toEqual([{ code: 'target_missed', zh: '2023年目标未实现', en: 'the 2023 target was missed' }]);
    expect(round(short.projected)).toEqual(round([{ year: 2023, value: 5, target: 6, onCourse: false, method: 'hold' }]));
    // Exactly at the margin counts as achieved.
    const exact = computeIndicatorStatus({ ...input, indicator: { ...input.indicator, targets: [{ year: 2023, kind: 'relative', value: 5, benchmark: '全市' }] } });
    expect(exact.targets[0].achieved).toBe(true);
  });

  it('relative target: the series kind follows the unit (% and ％ are growth rates, anything else levels)', () => {
    const rel = (unit: string) =>
      computeIndicatorStatus(make({ unit, targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全市' }] }, [{ period: '2022', value: 6 }, { period: '2023', value: 6.6 }], { benchmark: [{ period: '2022', value: 5 }, { period: '2023', value: 5 }] })).relative;
    expect(round(rel('%'))).toEqual(round([{ year: 2022, growth: 6, benchmarkGrowth: 5, margin: 1 }, { year: 2023, growth: 6.6, benchmarkGrowth: 5, margin: 1.6 }]));
    expect(round(rel(' ％ '))).toEqual(round(rel('%')));
    expect(round(rel('亿元'))).toEqual(round([{ year: 2023, growth: 10, benchmarkGrowth: 0, margin: 10 }]));
  });

  it('relative target without benchmark data, or without a common year: the gap names the benchmark; no status', () => {
    const r = computeIndicatorStatus(make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全国' }] }, [{ period: '2023', value: 6.5 }]));
    expect(r.gaps).toEqual([{ code: 'no_benchmark', zh: '缺少对比基准（全国）数据', en: 'no data for the benchmark (全国)' }]);
    expect([r.status, r.sdgStatus, r.method, r.observedRate, r.requiredRate, r.distanceCovered]).toEqual(['insufficient_data', null, 'relative', null, null, null]);
    expect(r.projected).toEqual([{ year: 2025, value: null, target: 1, onCourse: null, method: null }]);
    const unnamed = computeIndicatorStatus(make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1 }] }, [{ period: '2023', value: 6.5 }], { benchmark: [] }));
    expect(unnamed.gaps).toEqual([{ code: 'no_benchmark', zh: '缺少对比基准（全市）数据', en: 'no data for the benchmark (benchmark)' }]);
    const apart = computeIndicatorStatus(make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2022', value: 5.2 }] }));
    expect(apart.gaps).toEqual([{ code: 'no_relative_year', zh: '指标与对比基准没有可比的完整年度增速', en: 'no complete year with growth for both the indicator and the benchmark' }]);
    expect(apart.relative).toEqual([]);
    expect(apart.status).toBe('insufficient_data');
  });

  it('several targets, given out of order and one without a year: the one met hands over; the plan milestone replaces the path', () => {
    const input = make(
      { unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2030, kind: 'level', value: 200 }, { year: NaN, kind: 'level', value: 1 }, { year: 2022, kind: 'level', value: 110 }], milestones: [{ year: 2023, value: 125 }, { year: NaN, value: 1 }] },
      [{ period: '2022', value: 115 }, { period: '2023', value: 126 }],
    );
    const r = computeIndicatorStatus(input);
    expect(r.targets.map((t) => [t.year, t.achieved])).toEqual([[2022, true], [2030, false]]);
    expect(r.target).toEqual({ year: 2030, kind: 'level', input: 200, value: 200, direction: 'increase', rule: '200' });
    expect(round(r.milestones)).toEqual(round([...path([2020, 100], [2022, 110]), { year: 2023, value: 125, source: 'input' }, ...path([2022, 110], [2030, 200]).slice(1)]));
    expect(r.milestone).toEqual({ year: 2023, value: 125, actual: 126, met: true });
    expect(round(r.projected)).toEqual(round([
      { year: 2022, value: 115, target: 110, onCourse: true, method: 'actual' },
      { year: 2030, value: 126 * Math.pow(126 / 100, 7 / 3), target: 200, onCourse: true, method: 'cagr' },
    ]));
    expect(r.targets[0]).toMatchObject({ distanceCovered: 100, requiredRate: null, requiredSlope: null });
    expect(r.requiredRate).toBeCloseTo(cagr(200, 126, 7), 12);
    expect(r.requiredSlope).toBeCloseTo(74 / 7, 12);
    expect(r.distanceCovered).toBeCloseTo(26, 12);
    expect([r.status, r.missed]).toEqual(['on_track', false]);
    // Both met: the last upcoming one is the primary target.
    const both = computeIndicatorStatus({ ...input, observations: [{ period: '2022', value: 115 }, { period: '2023', value: 210 }] });
    expect([both.target?.year, both.status]).toEqual([2030, 'achieved']);
    // Every target year passed: the last target, missed.
    const late = computeIndicatorStatus({ ...input, observations: [{ period: '2031', value: 150 }] });
    expect([late.target?.year, late.status, late.missed]).toEqual([2030, 'off_track', true]);
    expect(late.projected.map((p) => [p.year, p.value, p.method])).toEqual([[2022, null, null], [2030, null, null]]);
    expect(late.milestone).toEqual({ year: 2031, value: 200, actual: 150, met: false });
  });

  it('milestones: a target at or before the baseline does not start a path; relative and pending ones neither; the plan’s own stand alone', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2019, kind: 'level', value: 90 }, { year: 2020, kind: 'level', value: 95 }, { year: 2022, kind: 'level', value: 120 }] }, [{ period: '2021', value: 105 }]));
    expect(r.milestones).toEqual(path([2020, 100], [2022, 120]));
    const pending = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2022, kind: 'pending', value: null }], milestones: [{ year: 2021, value: 110 }] }, [{ period: '2021', value: 105 }]));
    expect(pending.milestones).toEqual([{ year: 2021, value: 110, source: 'input' }]);
    expect(pending.milestone).toBeNull();
    const noBase = computeIndicatorStatus(make({ targets: [{ year: 2022, kind: 'level', value: 120 }], milestones: [{ year: 2022, value: 115 }, { year: 2021, value: 110 }] }, []));
    expect(noBase.milestones).toEqual([{ year: 2021, value: 110, source: 'input' }, { year: 2022, value: 115, source: 'input' }]);
  });

  it('milestone of the current year: the path value, or the last milestone after the path ends, or none before the baseline', () => {
    const at = (current: [string, number]) =>
      computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2022, kind: 'level', value: 120 }] }, [{ period: current[0], value: current[1] }])).milestone;
    expect(at(['2021', 110])).toEqual({ year: 2021, value: 110, actual: 110, met: true });
    expect(at(['2021', 109])).toEqual({ year: 2021, value: 110, actual: 109, met: false });
    expect(at(['2024', 119])).toEqual({ year: 2024, value: 120, actual: 119, met: false });
    expect(at(['2020', 100])).toBeNull();
    // A gap between the plan's milestones is not filled in.
    const gap = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'pending', value: null }, { year: 2030, kind: 'level', value: 200 }], milestones: [] }, [{ period: '2021', value: 105 }]));
    expect(gap.milestone).toBeNull();
    // Lower is better: at or below the milestone is met.
    const down = (v: number) =>
      computeIndicatorStatus(make({ direction: 'decrease', baseline: { year: 2020, value: 100 }, targets: [{ year: 2022, kind: 'max', value: 80 }] }, [{ period: '2021', value: v }])).milestone?.met;
    expect([down(90), down(89), down(91)]).toEqual([true, true, false]);
  });

  it('baseline 0 and a limit with a target: both noted; a limit without a target is used, not noted', () => {
    const r = computeIndicatorStatus(make({ unit: '%', limit: 100, baseline: { year: 2020, value: 0 }, targets: [{ year: 2025, kind: 'level', value: 50 }] }, [{ period: '2023', value: 20 }]));
    expect(r.notes).toEqual([
      { code: 'base_zero', zh: '基期值为0，按方法以0.001代替计算增长率', en: 'the baseline is 0; the method computes growth from 0.001 instead' },
      { code: 'limit_ignored', zh: '已设定目标值，自然上限/下限不参与进度计算', en: 'a target is set, so the natural limit does not enter the pace calculation' },
    ]);
    expect([r.observedRate, r.observedSlope, r.requiredSlope]).toEqual([null, 20 / 3, 15]);
    expect(round(r.projected)).toEqual(round([{ year: 2025, value: 20 + (2 * 20) / 3, target: 50, onCourse: false, method: 'linear' }]));
    const trend = computeIndicatorStatus(make({ unit: '%', limit: 100, baseline: { year: 2020, value: 10 }, targets: [] }, [{ period: '2023', value: 20 }]));
    expect(trend.notes).toEqual([]);
    expect(trend.series?.C).not.toBe(1);
    expect(trend.gaps).toEqual([{ code: 'no_target', zh: '未设定目标，仅按趋势评估', en: 'no target; assessed on the trend only' }]);
    const noLimit = computeIndicatorStatus(make({ unit: '%', limit: undefined as unknown as null, baseline: { year: 2020, value: 10 }, targets: [{ year: 2025, kind: 'level', value: 50 }] }, [{ period: '2023', value: 20 }]));
    expect(noLimit.notes).toEqual([]);
  });

  it('a pending target: status target_pending, the trend status kept, no required rate, projection without a target', () => {
    const r = computeIndicatorStatus(make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'pending', value: null }] }, [{ period: '2023', value: 120 }]));
    expect(round({ ...r, explanation: undefined, series: undefined, annual: undefined, targets: undefined, yearToDate: undefined, notes: undefined })).toEqual(
      round({
        status: 'target_pending',
        sdgStatus: 'substantial_progress',
        progressValue: cagr(120, 100, 3),
        score: 5,
        method: 1,
        distanceCovered: null,
        projected: [{ year: 2025, value: 120 * Math.pow(1.2, 2 / 3), target: null, onCourse: null, method: 'cagr' }],
        requiredRate: null,
        observedRate: cagr(120, 100, 3),
        observedSlope: 20 / 3,
        requiredSlope: null,
        explanation: undefined,
        series: undefined,
        annual: undefined,
        targets: undefined,
        yearToDate: undefined,
        notes: undefined,
        target: { year: 2025, kind: 'pending', input: null, value: null, direction: 'increase', rule: 'pending' },
        baseline: { year: 2020, value: 100, source: 'input' },
        current: { year: 2023, value: 120, provisional: false },
        milestones: [],
        milestone: null,
        missed: false,
        gaps: [{ code: 'target_pending', zh: '2025年目标值待定', en: 'the 2025 target value is pending' }],
        asOf: null,
      }),
    );
  });

  it('insufficient data: the reason is added once; a plan baseline alone is "single year", nothing at all is "no data"', () => {
    const single = computeIndicatorStatus(make({ baseline: { year: 2023, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, []));
    expect(single.gaps).toEqual([{ code: 'single_year', zh: '基期之后还没有完整年度的数据，至少需要两个年度', en: 'no complete year after the baseline yet; two years are needed' }]);
    expect(single.current).toEqual({ year: 2023, value: 100, provisional: false });
    const none = computeIndicatorStatus(make({ targets: [{ year: 2025, kind: 'level', value: 150 }] }, []));
    expect(none.gaps).toEqual([{ code: 'no_data', zh: '没有可用数据', en: 'there is no usable data' }]);
    expect([none.baseline, none.current, none.series, none.observedRate, none.observedSlope]).toEqual([null, null, null, null, null]);
    // Data that are all after asOf: observations exist, but nothing usable.
    const future = computeIndicatorStatus(make({ targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2024', value: 1 }], { asOf: '2023-06-30' }));
    expect(future.gaps.map((g) => g.code)).toEqual(['no_data']);
    expect(future.asOf).toBe('2023-06-30');
    // A provisional baseline-year figure makes the current value provisional when nothing follows.
    const prov = computeIndicatorStatus(make({ baseline: { year: 2023, value: 100 }, targets: [] }, [{ period: '2023', value: 100, provisional: true }]));
    expect(prov.current).toEqual({ year: 2023, value: 100, provisional: true });
    expect(prov.notes.map((n) => n.code)).toContain('provisional');
    // The same gap twice (two pending targets in one year) is listed once.
    const twice = computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'pending', value: null }, { year: 2025, kind: 'pending', value: null }] }, [{ period: '2021', value: 2 }]));
    expect(twice.gaps).toEqual([{ code: 'target_pending', zh: '2025年目标值待定', en: 'the 2025 target value is pending' }]);
    // A relative target with a gap already: no second reason.
    const rel = computeIndicatorStatus(make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1 }] }, [{ period: '2023', value: 6.5 }]));
    expect(rel.gaps.map((g) => g.code)).toEqual(['no_benchmark']);
  });

  it('odd input never throws: insufficient data with the message, asOf kept only when it is a string', () => {
    const r = computeIndicatorStatus({ indicator: null, asOf: '2024-01-01' } as unknown as StatusInput);
    expect(r).toEqual({
      status: 'insufficient_data', sdgStatus: null, progressValue: null, score: null, method: null, distanceCovered: null, projected: [], requiredRate: null,
      observedRate: null, observedSlope: null, requiredSlope: null, target: null, targets: [], baseline: null, current: null, annual: [], milestones: [],
      milestone: null, yearToDate: null, missed: false,
      gaps: [{ code: 'invalid_input', zh: "输入无法计算：Cannot read properties of null (reading 'aggregation')", en: "the input cannot be computed: Cannot read properties of null (reading 'aggregation')" }],
      notes: [], series: null, asOf: '2024-01-01',
      explanation: {
        zh: "数据不足：输入无法计算（Cannot read properties of null (reading 'aggregation')），请检查指标设置与数据。",
        en: "Insufficient data: the input cannot be computed (Cannot read properties of null (reading 'aggregation')); check the indicator settings and data.",
      },
    });
    expect(computeIndicatorStatus({ indicator: null, asOf: 20240101 } as unknown as StatusInput).asOf).toBeNull();
    expect(computeIndicatorStatus({ indicator: null } as unknown as StatusInput).asOf).toBeNull();
    // An empty asOf is no cut-off; observations and targets that are not arrays count as none.
    const loose = computeIndicatorStatus({ indicator: { direction: 'increase', limit: null, baseline: { year: 2020, value: 1 }, targets: 'x' }, observations: 'y', asOf: '' } as unknown as StatusInput);
    expect([loose.asOf, loose.status, loose.targets]).toEqual([null, 'insufficient_data', []]);
    expect(loose.gaps.map((g) => g.code)).toEqual(['no_target', 'single_year']);
  });

  it('aggregation note only for months or quarters without an aggregation', () => {
    const codes = (obs: StatusInput['observations'], aggregation?: 'sum') =>
      computeIndicatorStatus(make({ aggregation, baseline: { year: 2020, value: 1 }, targets: [] }, obs)).notes.filter((n) => n.code === 'aggregation_default').length;
    expect(codes([{ period: '2021', value: 2 }])).toBe(0);
    expect(codes([{ period: '2021Q1', value: 2 }])).toBe(1);
    expect(codes([{ period: '2021q1', value: 2 }])).toBe(1);
    expect(codes([{ period: '2021-01', value: 2 }])).toBe(1);
    expect(codes([{ period: '2021-01', value: 2 }], 'sum')).toBe(0);
  });
});

describe('computeIndicatorStatus, properties', () => {
  it('a higher current value never gives a worse status (higher is better, level target)', () => {
    const rank: Record<StatusResult['status'], number> = { deteriorating: 0, off_track: 1, moderate: 2, on_track: 3, achieved: 4, insufficient_data: -1, target_pending: -1 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const at = (v: number) => computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2026, kind: 'level', value: 300 }] }, [{ period: '2023', value: v }])).status;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank[at(lo)]).toBeLessThanOrEqual(rank[at(hi)]);
      }),
      { numRuns: 60 },
    );
  });
});

// Survivors of the Stryker run of 2026-12-01 (83.65 %); each case names the change it catches.
describe('computeIndicatorStatus, survivors of the run of 2026-12-01', () => {
  const relGrowth = (targetValue: number, extra: Ind = {}) =>
    computeIndicatorStatus(
      make({ unit: '%', baseline: { year: 2021, value: 5 }, targets: [{ year: 2023, kind: 'relative', value: targetValue, benchmark: '全市' }], ...extra }, [{ period: '2022', value: 6.5 }, { period: '2023', value: 6.5 }], {
        benchmark: [{ period: '2021', value: 4 }, { period: '2022', value: 5.5 }, { period: '2023', value: 5.5 }],
      }),
    );

  it('asOf that is not a string is no cut-off and is not returned (typeof check)', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2023', value: 120 }], { asOf: 20240101 as unknown as string }));
    expect([r.asOf, r.status, r.gaps, r.notes]).toEqual([null, 'moderate', [], []]);
  });

  it('aggregation note when some (not all) observations are months or quarters; an empty entry in the list is skipped, not fatal', () => {
    const codes = (obs: unknown[]) => computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [] }, obs as StatusInput['observations'])).notes.map((n) => n.code);
    expect(codes([{ period: '2021', value: 2 }, { period: '2022-01', value: 3 }])).toEqual(['aggregation_default']);
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [] }, [null, { period: '2023', value: 120 }] as unknown as StatusInput['observations']));
    expect(r.status).toBe('on_track');
    expect(r.notes).toEqual([{ code: 'observations_skipped', zh: '1条数据期间或数值无效，已忽略', en: '1 observation(s) with an invalid period or value were ignored' }]);
  });

  it('baseline 0 observed as exactly 1e-9: at the tolerance, not beyond it, so no baseline_differs note', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 0 }, targets: [{ year: 2025, kind: 'level', value: 50 }] }, [{ period: '2020', value: 1e-9 }, { period: '2023', value: 20 }]));
    expect(r.notes.map((n) => n.code)).toEqual(['base_zero']);
  });

  it('only the baseline year: its own figure decides provisional, not an earlier year’s', () => {
    const at = (p2021: boolean, p2023: boolean) =>
      computeIndicatorStatus(make({ baseline: { year: 2023, value: 100 }, targets: [] }, [{ period: '2021', value: 90, provisional: p2021 }, { period: '2023', value: 100, provisional: p2023 }]));
    expect(at(false, true).current).toEqual({ year: 2023, value: 100, provisional: true });
    expect(at(true, false).current).toEqual({ year: 2023, value: 100, provisional: false });
    expect(at(true, false).notes).toEqual([]);
  });

  it('gaps of one code but different wording are both kept (two pending targets in two years)', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'pending', value: null }, { year: 2030, kind: 'pending', value: null, text: '另行下达' }] }, [{ period: '2021', value: 2 }]));
    expect(r.gaps).toEqual([
      { code: 'target_pending', zh: '2025年目标值待定', en: 'the 2025 target value is pending' },
      { code: 'target_pending', zh: '2030年目标值待定（另行下达）', en: 'the 2030 target value is pending (另行下达)' },
    ]);
  });

  it('a member list on a target that is not a coverage target gives no coverage lists', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'level', value: 3, set: ['a', 'b'] }] }, [{ period: '2023', value: 2 }], { covered: ['a'] }));
    expect(['missing' in r, 'covered' in r, r.notes]).toEqual([false, false, []]);
  });

  it('relative target: a unit that only starts or ends with % is a level, not a growth rate', () => {
    const rel = (unit: string) =>
      computeIndicatorStatus(make({ unit, baseline: { year: 2021, value: 100 }, targets: [{ year: 2023, kind: 'relative', value: 1 }] }, [{ period: '2022', value: 110 }, { period: '2023', value: 121 }], { benchmark: [{ period: '2021', value: 200 }, { period: '2022', value: 210 }, { period: '2023', value: 220.5 }] })).relative;
    const levels = [{ year: 2022, growth: 10, benchmarkGrowth: 5, margin: 5 }, { year: 2023, growth: 10, benchmarkGrowth: 5, margin: 5 }];
    expect(round(rel('万元%'))).toEqual(round(levels));
    expect(round(rel('%（万元）'))).toEqual(round(levels));
  });

  it('relative target met exactly (margin = required, exact in binary): achieved and on course; no Open SDG series', () => {
    const r = relGrowth(1);
    expect(r.relative).toEqual([{ year: 2022, growth: 6.5, benchmarkGrowth: 5.5, margin: 1 }, { year: 2023, growth: 6.5, benchmarkGrowth: 5.5, margin: 1 }]);
    expect([r.targets[0].achieved, r.status, r.missed]).toEqual([true, 'achieved', false]);
    expect(r.projected).toEqual([{ year: 2023, value: 1, target: 1, onCourse: true, method: 'hold' }]);
    expect(r.series).toBeNull();
    expect(r.notes).toEqual([]);
    // The plan's own milestones do not apply to a relative target.
    const withMilestones = relGrowth(1, { milestones: [{ year: 2023, value: 6 }] });
    expect(withMilestones.milestone).toBeNull();
    expect(withMilestones.series).toBeNull();
  });

  it('a level target without a value: insufficient data, its gap is the reason (bug fixed: "single year" was added although later years exist)', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: null }] }, [{ period: '2023', value: 120 }]));
    expect([r.status, r.sdgStatus, r.method, r.series]).toEqual(['insufficient_data', null, null, null]);
    expect(r.gaps).toEqual([{ code: 'target_value_missing', zh: '2025年目标缺少数值', en: 'the 2025 target has no value' }]);
    expect(r.explanation).toEqual({ zh: '数据不足：2025年目标缺少数值。2020年基期100，2023年实际120。', en: 'Insufficient data: the 2025 target has no value. Baseline 100 in 2020; 120 in 2023.' });
    // With only the baseline year, both are true and both are listed.
    const early = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: null }] }, []));
    expect(early.gaps.map((g) => g.code)).toEqual(['target_value_missing', 'single_year']);
  });

  it('year to date: in the baseline year the milestone is the baseline; before the baseline year there is none', () => {
    const inBase = computeIndicatorStatus(make({ aggregation: 'last', baseline: { year: 2024, value: 100 }, targets: [{ year: 2026, kind: 'level', value: 120 }] }, [{ period: '2024-01', value: 101 }]));
    expect([inBase.yearToDate?.year, inBase.yearToDate?.milestone]).toEqual([2024, 100]);
    const before = computeIndicatorStatus(make({ aggregation: 'last', baseline: { year: 2025, value: 100 }, targets: [{ year: 2026, kind: 'level', value: 120 }], milestones: [{ year: 2024, value: 90 }] }, [{ period: '2024-01', value: 101 }]));
    expect([before.yearToDate?.year, before.yearToDate?.milestone]).toEqual([2024, null]);
  });

  it('milestone of a year between the baseline and the first plan milestone, with no path: none (not the last milestone)', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2019, kind: 'level', value: 90 }], milestones: [{ year: 2023, value: 130 }] }, [{ period: '2021', value: 105 }]));
    expect(r.target?.year).toBe(2019);
    expect(r.milestones).toEqual([{ year: 2023, value: 130, source: 'input' }]);
    expect(r.milestone).toBeNull();
  });

  it('coverage projection is capped at the size of the set, not at the indicator limit', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 1 }, targets: [{ year: 2026, kind: 'coverage', value: null, set: ['a', 'b', 'c'] }] }, [{ period: '2023', value: 2 }]));
    expect(r.projected).toEqual([{ year: 2026, value: 3, target: 3, onCourse: true, method: 'cagr' }]);
  });

  it('a target in the current year is projected from the actual figure', () => {
    const r = computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: 2023, kind: 'level', value: 150 }] }, [{ period: '2023', value: 120 }]));
    expect(r.projected).toEqual([{ year: 2023, value: 120, target: 150, onCourse: false, method: 'actual' }]);
  });

  it('primary target: a missed target of an earlier year hands over; one of the current year does not', () => {
    const at = (firstYear: number) =>
      computeIndicatorStatus(make({ baseline: { year: 2020, value: 100 }, targets: [{ year: firstYear, kind: 'level', value: 130 }, { year: 2030, kind: 'level', value: 200 }] }, [{ period: '2023', value: 120 }]));
    const past = at(2022);
    expect([past.target?.year, past.missed, past.status]).toEqual([2030, false, 'moderate']);
    const now = at(2023);
    expect([now.target?.year, now.missed, now.status]).toEqual([2023, true, 'off_track']);
    expect(now.notes).toEqual([{ code: 'target_missed', zh: '2023年目标未实现', en: 'the 2023 target was missed' }]);
  });
});
