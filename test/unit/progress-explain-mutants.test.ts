// Kills the mutants that survived in src/domain/progress/explain.ts: the explanation is what leaders
// read, so each sentence is asserted exactly, in Chinese and English, for a representative case of
// every target kind and status. The numbers were checked by hand (e.g. 100→131 over 2020–2023 is
// 1.31^(1/3) = 9.4 % a year; 131→150 in two years needs (150/131)^(1/2) = 7.0 %).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicatorStatus, type StatusInput } from '../../src/domain/progress/index';
import { formatNumber, STATUS_EN, STATUS_ZH } from '../../src/domain/progress/explain';

type Ind = Partial<StatusInput['indicator']>;
const make = (indicator: Ind, observations: StatusInput['observations'], extra: Partial<StatusInput> = {}): StatusInput => ({
  indicator: { direction: 'increase', limit: null, baseline: null, targets: [], ...indicator } as StatusInput['indicator'],
  observations,
  ...extra,
});
const explanationOf = (input: StatusInput) => {
  const r = computeIndicatorStatus(input);
  return { status: r.status, ...r.explanation };
};

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [-0.001, '0'],
    [1.234, '1.23'],
    [1.5, '1.5'],
    [2.1, '2.1'],
    [99.994, '99.99'],
    [99.996, '100'],
    [100, '100'],
    [100.04, '100'],
    [100.06, '100.1'],
    [-100.06, '-100.1'],
    [9999.94, '9999.9'],
    [9999.96, '10000'],
    [10000, '10000'],
    [10000.4, '10000'],
    [-12345.6, '-12346'],
    [120, '120'],
    // Never printed as such in an explanation (domain limits): a dash instead.
    [Infinity, '—'],
    [NaN, '—'],
  ])('%s → %s', (v, s) => expect(formatNumber(v)).toBe(s));
  it('property: never a trailing zero after a point, never "-0", and within the rounding step of the value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
        const s = formatNumber(v);
        expect(s).not.toMatch(/\.\d*0$|\.$/);
        expect(s).not.toBe('-0');
        const step = Math.abs(v) >= 10000 ? 0.5 : Math.abs(v) >= 100 ? 0.05 : 0.005;
        expect(Math.abs(Number(s) - v)).toBeLessThanOrEqual(step + 1e-9);
      }),
    );
  });
});

describe('status words', () => {
  it('every status has its Chinese and English word', () => {
    expect(STATUS_ZH).toEqual({
      achieved: '已达标', on_track: '进展良好', moderate: '进展缓慢', off_track: '进展滞后', deteriorating: '倒退', insufficient_data: '数据不足', target_pending: '目标待定',
    });
    expect(STATUS_EN).toEqual({
      achieved: 'target achieved', on_track: 'on track', moderate: 'progress made, acceleration needed', off_track: 'off track', deteriorating: 'deteriorating', insufficient_data: 'insufficient data', target_pending: 'target pending',
    });
  });
});

describe('explanation sentences, exactly', () => {
  const cases: [string, StatusInput, string, string, string][] = [
    [
      'level, on track, provisional current value',
      make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2022', value: 120 }, { period: '2023', value: 131, provisional: true }]),
      'on_track',
      '2020年基期100亿元，2023年实际131亿元（初步数），年均增长9.4%，实现2025年目标所需年均增长7.0%，进展良好。',
      'Baseline 100 100m yuan in 2020; 131 100m yuan in 2023 (provisional), growing 9.4% a year; reaching the 2025 target needs 7.0% a year: on track.',
    ],
    [
      'level, off track',
      make({ unit: '万吨', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 200 }] }, [{ period: '2023', value: 102 }]),
      'off_track',
      '2020年基期100万吨，2023年实际102万吨，年均增长0.7%，实现2025年目标所需年均增长40.0%，进展滞后。',
      'Baseline 100 10k t in 2020; 102 10k t in 2023, growing 0.7% a year; reaching the 2025 target needs 40.0% a year: off track.',
    ],
    [
      'level, achieved',
      make({ unit: '万标箱', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2023', value: 160 }]),
      'achieved',
      '2020年基期100万标箱，2023年实际160万标箱，已达到2025年目标150万标箱，已达标。',
      'Baseline 100 10k TEU in 2020; 160 10k TEU in 2023, meeting the 2025 target of 150 10k TEU: target achieved.',
    ],
    [
      'growth, annual basis, moderate',
      make({ unit: '%', baseline: { year: 2020, value: 50 }, targets: [{ year: 2025, kind: 'growth', value: 5, growthBasis: 'annual' }] }, [{ period: '2023', value: 55 }]),
      'moderate',
      '2020年基期50%，2023年实际55%，年均增长3.2%，实现2025年目标（年均增长5%，即63.81%）所需年均增长7.7%，进展缓慢。',
      'Baseline 50% in 2020; 55% in 2023, growing 3.2% a year; reaching the 2025 target (5% growth a year, i.e. 63.81%) needs 7.7% a year: progress made, acceleration needed.',
    ],
    [
      'reduction on the baseline, lower is better',
      make({ direction: 'decrease', limit: 0, unit: '小时', baseline: { year: 2020, value: 40 }, targets: [{ year: 2025, kind: 'reduction', value: 20 }] }, [{ period: '2023', value: 38 }]),
      'off_track',
      '2020年基期40小时，2023年实际38小时，年均下降1.7%，实现2025年目标（较基期降低20%，即32小时）所需年均下降8.2%，进展滞后。',
      'Baseline 40 h in 2020; 38 h in 2023, falling 1.7% a year; reaching the 2025 target (20% reduction on the baseline, i.e. 32 h) needs a fall of 8.2% a year: off track.',
    ],
    [
      'max, moving the wrong way',
      make({ direction: 'decrease', limit: 0, unit: '天', baseline: { year: 2020, value: 10 }, targets: [{ year: 2025, kind: 'max', value: 6 }] }, [{ period: '2023', value: 11 }]),
      'deteriorating',
      '2020年基期10天，2023年实际11天，年均增长3.2%，实现2025年目标（不高于6天）所需年均下降26.1%，倒退。',
      'Baseline 10 days in 2020; 11 days in 2023, growing 3.2% a year; reaching the 2025 target (at most 6 days) needs a fall of 26.1% a year: deteriorating.',
    ],
    [
      'min, on track',
      make({ unit: '条', baseline: { year: 2020, value: 10 }, targets: [{ year: 2025, kind: 'min', value: 20 }] }, [{ period: '2023', value: 16 }]),
      'on_track',
      '2020年基期10条，2023年实际16条，年均增长17.0%，实现2025年目标（不低于20条）所需年均增长11.8%，进展良好。',
      'Baseline 10 routes in 2020; 16 routes in 2023, growing 17.0% a year; reaching the 2025 target (at least 20 routes) needs 11.8% a year: on track.',
    ],
    [
      'a target year already passed and missed',
      make({ unit: '亿元', baseline: { year: 2018, value: 100 }, targets: [{ year: 2022, kind: 'level', value: 150 }] }, [{ period: '2023', value: 120 }]),
      'off_track',
      '2018年基期100亿元，2023年实际120亿元，年均增长3.7%，未实现2022年目标150亿元，进展滞后。',
      'Baseline 100 100m yuan in 2018; 120 100m yuan in 2023, growing 3.7% a year; the 2022 target of 150 100m yuan was missed: off track.',
    ],
    [
      'coverage with one member missing',
      make({ unit: '个', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: null, set: ['南宁', '钦州', '北海'] }] }, [{ period: '2023', value: 2 }], { covered: ['南宁', '钦州'] }),
      'on_track',
      '2020年基期1个，2023年实际2个（共3个，尚未覆盖：北海），年均增长26.0%，实现2025年全覆盖目标所需年均增长22.5%，进展良好。',
      'Baseline 1 in 2020; 2 in 2023 (of 3; not yet covered: 北海), growing 26.0% a year; reaching full coverage in 2025 needs 22.5% a year: on track.',
    ],
    [
      'pending target, judged on the trend',
      make({ unit: '列', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'pending', value: null }] }, [{ period: '2023', value: 120 }]),
      'target_pending',
      '2025年目标值待定，仅按趋势评估：2020年基期100列，2023年实际120列，年均增长6.3%（趋势进展良好）；目标待定。',
      'The 2025 target is pending; on the trend alone: baseline 100 trains in 2020; 120 trains in 2023, growing 6.3% a year (trend: on track); target pending.',
    ],
    [
      'no target, falling, no unit',
      make({ unit: '', baseline: { year: 2020, value: 100 }, targets: [] }, [{ period: '2023', value: 90 }]),
      'deteriorating',
      '未设定目标，仅按趋势评估：2020年基期100，2023年实际90，年均下降3.5%，倒退。',
      'No target; on the trend alone: baseline 100 in 2020; 90 in 2023, falling 3.5% a year: deteriorating.',
    ],
    [
      'no data at all',
      make({ unit: '亿元', targets: [{ year: 2025, kind: 'level', value: 150 }] }, []),
      'insufficient_data',
      '数据不足：没有可用数据。',
      'Insufficient data: there is no usable data.',
    ],
    [
      'only the baseline year',
      make({ unit: '亿元', baseline: { year: 2023, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 150 }] }, [{ period: '2023', value: 100 }]),
      'insufficient_data',
      '数据不足：基期之后还没有完整年度的数据，至少需要两个年度。2023年基期100亿元。',
      'Insufficient data: no complete year after the baseline yet; two years are needed. Baseline 100 100m yuan in 2023.',
    ],
    [
      'relative to the city, above',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2023', value: 5.2 }] }),
      'on_track',
      '2023年增速6.5%，全市5.2%，高出1.3个百分点，2025年目标为高于全市1个百分点（按全市当前增速需达到6.2%），进展良好。',
      "Growth 6.5% in 2023 against 5.2% for the city, 1.3 points above; the 2025 target is 1 points above the city (6.2% at the city's current growth): on track.",
    ],
    [
      'relative to another benchmark, below',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全国', seriesKind: 'growth' }] }, [{ period: '2023', value: 4 }], { benchmark: [{ period: '2023', value: 5.2 }] }),
      'deteriorating',
      '2023年增速4%，全国5.2%，低于1.2个百分点，2025年目标为高于全国1个百分点（按全国当前增速需达到6.2%），倒退。',
      "Growth 4% in 2023 against 5.2% for 全国, 1.2 points below; the 2025 target is 1 points above 全国 (6.2% at 全国's current growth): deteriorating.",
    ],
    [
      'year to date, monthly sum, pro rata',
      make(
        { unit: '亿元', aggregation: 'sum', baseline: { year: 2022, value: 100 }, targets: [{ year: 2025, kind: 'level', value: 130 }], milestones: [{ year: 2024, value: 120 }] },
        [{ period: '2023', value: 110 }, { period: '2023-01', value: 9 }, { period: '2024-01', value: 10 }, { period: '2024-02', value: 10 }, { period: '2024-03', value: 10, provisional: true }],
        { asOf: '2024-04-20' },
      ),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。2024年1—3月累计30亿元（初步数），按时间进度应达30亿元（2024年目标120亿元），符合进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to month 3): total 30 100m yuan (provisional); pro rata it should be 30 100m yuan (2024 milestone 120 100m yuan): on schedule.',
    ],
  ];
  it.each(cases)('%s', (_name, input, status, zh, en) => {
    expect(explanationOf(input)).toEqual({ status, zh, en });
  });
});

// Second round (issue 18, branch mut-progress): one representative case for every branch of
// explain.ts the table above does not reach — each insufficient-data wording, the benchmark names,
// coverage names and counting words, trend and requirement wording at and across zero, the flat
// threshold just below and just above 0.05 %, and every year-to-date wording. Numbers by hand:
// 10 → 9 days over 2018–2023 is 0.9^(1/5) − 1 = −2.1 %, 10 · 0.9^4 = 6.56; 0 → 12 in three years
// is +4 a year, 12 → 30 in two years needs +9; the 2024 milestone on 100 → 150 (2020–2025) is 140,
// and the seasonal Q1 share of 2021–2023 is 10 / 100, so 14 is expected.
describe('explanation sentences, every branch', () => {
  const level = (year: number, value: number) => [{ year, kind: 'level' as const, value }];
  const cases: [string, StatusInput, string, string, string][] = [
    [
      'a unit with no English entry stays as written (trimmed)',
      make({ unit: ' 艘 ', baseline: { year: 2020, value: 100 }, targets: level(2025, 150) }, [{ period: '2023', value: 131 }]),
      'on_track',
      '2020年基期100艘，2023年实际131艘，年均增长9.4%，实现2025年目标所需年均增长7.0%，进展良好。',
      'Baseline 100 艘 in 2020; 131 艘 in 2023, growing 9.4% a year; reaching the 2025 target needs 7.0% a year: on track.',
    ],
    [
      'no unit at all',
      make({ baseline: { year: 2020, value: 100 }, targets: level(2025, 100) }, [{ period: '2023', value: 120 }]),
      'achieved',
      '2020年基期100，2023年实际120，已达到2025年目标100，已达标。',
      'Baseline 100 in 2020; 120 in 2023, meeting the 2025 target of 100: target achieved.',
    ],
    [
      'insufficient data with a baseline and a later value (opposite signs)',
      make({ unit: '亿元', baseline: { year: 2020, value: -10 }, targets: level(2025, 30) }, [{ period: '2023', value: 5 }]),
      'insufficient_data',
      '数据不足：基期值与当前值正负号相反，无法计算年均增长率。2020年基期-10亿元，2023年实际5亿元。',
      'Insufficient data: the baseline and the current value have opposite signs, so no growth rate exists. Baseline -10 100m yuan in 2020; 5 100m yuan in 2023.',
    ],
    [
      'insufficient data, two reasons joined',
      make({ unit: '列', baseline: { year: 2023, value: 100 }, targets: [] }, [{ period: '2023', value: 100 }]),
      'insufficient_data',
      '数据不足：未设定目标，仅按趋势评估；基期之后还没有完整年度的数据，至少需要两个年度。2023年基期100列。',
      'Insufficient data: no target; assessed on the trend only; no complete year after the baseline yet; two years are needed. Baseline 100 trains in 2023.',
    ],
    [
      'pending target without any data: the gap only',
      make({ unit: '亿元', targets: [{ year: 2025, kind: 'pending', value: null }] }, []),
      'target_pending',
      '数据不足：2025年目标值待定。',
      'Insufficient data: the 2025 target value is pending.',
    ],
    [
      'relative without benchmark data',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1 }] }, [{ period: '2023', value: 6.5 }]),
      'insufficient_data',
      '数据不足：缺少对比基准（全市）数据。',
      'Insufficient data: no data for the benchmark (benchmark).',
    ],
    [
      'relative without a common year',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2022', value: 5.2 }] }),
      'insufficient_data',
      '数据不足：指标与对比基准没有可比的完整年度增速。',
      'Insufficient data: no complete year with growth for both the indicator and the benchmark.',
    ],
    [
      'relative with no margin given',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: null, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2023', value: 5.2 }] }),
      'insufficient_data',
      '数据不足：2025年目标缺少数值。',
      'Insufficient data: the 2025 target has no value.',
    ],
    [
      'relative, unnamed benchmark: 全市 in Chinese, "the benchmark" in English',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 1, seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2023', value: 5.2 }] }),
      'on_track',
      '2023年增速6.5%，全市5.2%，高出1.3个百分点，2025年目标为高于全市1个百分点（按全市当前增速需达到6.2%），进展良好。',
      "Growth 6.5% in 2023 against 5.2% for the benchmark, 1.3 points above; the 2025 target is 1 points above the benchmark (6.2% at the benchmark's current growth): on track.",
    ],
    [
      'relative, achieved, a benchmark name containing 全市 is "the city"; no requirement',
      make({ unit: '%', targets: [{ year: 2023, kind: 'relative', value: 1, benchmark: '南宁全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }], { benchmark: [{ period: '2023', value: 5.5 }] }),
      'achieved',
      '2023年增速6.5%，南宁全市5.5%，高出1个百分点，2023年目标为高于南宁全市1个百分点，已达标。',
      'Growth 6.5% in 2023 against 5.5% for the city, 1 points above; the 2023 target is 1 points above the city: target achieved.',
    ],
    [
      'relative, margin exactly zero counts as above',
      make({ unit: '%', targets: [{ year: 2025, kind: 'relative', value: 0.5, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 5.2 }], { benchmark: [{ period: '2023', value: 5.2 }] }),
      'off_track',
      '2023年增速5.2%，全市5.2%，高出0个百分点，2025年目标为高于全市0.5个百分点（按全市当前增速需达到5.7%），进展滞后。',
      "Growth 5.2% in 2023 against 5.2% for the city, 0 points above; the 2025 target is 0.5 points above the city (5.7% at the city's current growth): off track.",
    ],
    [
      'relative with a year to date',
      make({ unit: '%', aggregation: 'last', targets: [{ year: 2025, kind: 'relative', value: 1, benchmark: '全市', seriesKind: 'growth' }] }, [{ period: '2023', value: 6.5 }, { period: '2024-01', value: 7 }], { benchmark: [{ period: '2023', value: 5.2 }], asOf: '2024-02-10' }),
      'on_track',
      '2023年增速6.5%，全市5.2%，高出1.3个百分点，2025年目标为高于全市1个百分点（按全市当前增速需达到6.2%），进展良好。截至2024年1月为7%。',
      "Growth 6.5% in 2023 against 5.2% for the city, 1.3 points above; the 2025 target is 1 points above the city (6.2% at the city's current growth): on track. Year to date (2024 to month 1): at 7%.",
    ],
    [
      'coverage achieved, counted in the unit word (国)',
      make({ unit: '国', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: null, set: ['BN', 'SG'] }] }, [{ period: '2023', value: 2 }], { covered: ['BN', 'SG'] }),
      'achieved',
      '2020年基期1国，2023年实际2国（共2国），已达到2025年全覆盖目标（2个），已达标。',
      'Baseline 1 国 in 2020; 2 国 in 2023 (of 2), meeting full coverage in 2025 (2): target achieved.',
    ],
    [
      'coverage, members named; a member without a name keeps its code; another counting word (家)',
      make({ unit: '家', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: null, set: ['BN', 'SG', 'MY'], memberNames: { BN: { zh: '文莱', en: 'Brunei' }, SG: { zh: '新加坡', en: 'Singapore' } } }] }, [{ period: '2023', value: 2 }], { covered: ['SG', 'x'] }),
      'on_track',
      '2020年基期1家，2023年实际2家（共3家，尚未覆盖：文莱、MY），年均增长26.0%，实现2025年全覆盖目标所需年均增长22.5%，进展良好。',
      'Baseline 1 firms in 2020; 2 firms in 2023 (of 3; not yet covered: Brunei, MY), growing 26.0% a year; reaching full coverage in 2025 needs 22.5% a year: on track.',
    ],
    [
      'coverage, an empty name falls back to the code; a unit that is not a counting word gives 个',
      make({ unit: '港口', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: null, set: ['BN', 'SG', 'MY'], memberNames: { BN: { zh: '文莱', en: 'Brunei' }, SG: { zh: '', en: '' } } }] }, [{ period: '2023', value: 1 }], { covered: ['BN'] }),
      'off_track',
      '2020年基期1港口，2023年实际1港口（共3个，尚未覆盖：SG、MY），与基期基本持平，实现2025年全覆盖目标所需年均增长73.2%，进展滞后。',
      'Baseline 1 港口 in 2020; 1 港口 in 2023 (of 3; not yet covered: SG, MY), flat since the baseline; reaching full coverage in 2025 needs 73.2% a year: off track.',
    ],
    [
      'coverage by size only, no list of members (项)',
      make({ unit: '项', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: 3 }] }, [{ period: '2023', value: 2 }]),
      'on_track',
      '2020年基期1项，2023年实际2项（共3项），年均增长26.0%，实现2025年全覆盖目标所需年均增长22.5%，进展良好。',
      'Baseline 1 items in 2020; 2 items in 2023 (of 3), growing 26.0% a year; reaching full coverage in 2025 needs 22.5% a year: on track.',
    ],
    [
      'coverage missed',
      make({ unit: '个', baseline: { year: 2018, value: 1 }, targets: [{ year: 2022, kind: 'coverage', value: null, set: ['a', 'b', 'c'] }] }, [{ period: '2023', value: 2 }], { covered: ['a', 'b'] }),
      'off_track',
      '2018年基期1个，2023年实际2个（共3个，尚未覆盖：c），年均增长14.9%，未实现2022年全覆盖目标（3个），进展滞后。',
      'Baseline 1 in 2018; 2 in 2023 (of 3; not yet covered: c), growing 14.9% a year; full coverage in 2022 (3) was missed: off track.',
    ],
    [
      'growth on the baseline, achieved',
      make({ unit: '万吨', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'growth', value: 20 }] }, [{ period: '2023', value: 125 }]),
      'achieved',
      '2020年基期100万吨，2023年实际125万吨，已达到2025年目标（较基期增长20%，即120万吨），已达标。',
      'Baseline 100 10k t in 2020; 125 10k t in 2023, meeting the 2025 target (20% growth on the baseline, i.e. 120 10k t): target achieved.',
    ],
    [
      'yearly reduction, missed',
      make({ direction: 'decrease', unit: '天', baseline: { year: 2018, value: 10 }, targets: [{ year: 2022, kind: 'reduction', value: 10, growthBasis: 'annual' }] }, [{ period: '2023', value: 9 }]),
      'off_track',
      '2018年基期10天，2023年实际9天，年均下降2.1%，未实现2022年目标（年均降低10%，即6.56天），进展滞后。',
      'Baseline 10 days in 2018; 9 days in 2023, falling 2.1% a year; the 2022 target (10% reduction a year, i.e. 6.56 days) was missed: off track.',
    ],
    [
      'max achieved',
      make({ direction: 'decrease', unit: '天', baseline: { year: 2020, value: 10 }, targets: [{ year: 2025, kind: 'max', value: 6 }] }, [{ period: '2023', value: 5 }]),
      'achieved',
      '2020年基期10天，2023年实际5天，已达到2025年目标（不高于6天），已达标。',
      'Baseline 10 days in 2020; 5 days in 2023, meeting the 2025 target (at most 6 days): target achieved.',
    ],
    [
      'min missed',
      make({ unit: '条', baseline: { year: 2018, value: 10 }, targets: [{ year: 2022, kind: 'min', value: 20 }] }, [{ period: '2023', value: 15 }]),
      'off_track',
      '2018年基期10条，2023年实际15条，年均增长8.4%，未实现2022年目标（不低于20条），进展滞后。',
      'Baseline 10 routes in 2018; 15 routes in 2023, growing 8.4% a year; the 2022 target (at least 20 routes) was missed: off track.',
    ],
    [
      'observed 0.04 % a year: flat (just below 0.05 %)',
      make({ unit: '亿元', baseline: { year: 2022, value: 10000 }, targets: level(2025, 11000) }, [{ period: '2023', value: 10004 }]),
      'off_track',
      '2022年基期10000亿元，2023年实际10004亿元，与基期基本持平，实现2025年目标所需年均增长4.9%，进展滞后。',
      'Baseline 10000 100m yuan in 2022; 10004 100m yuan in 2023, flat since the baseline; reaching the 2025 target needs 4.9% a year: off track.',
    ],
    [
      'observed 0.06 % a year: growing (just above 0.05 %)',
      make({ unit: '亿元', baseline: { year: 2022, value: 10000 }, targets: level(2025, 11000) }, [{ period: '2023', value: 10006 }]),
      'off_track',
      '2022年基期10000亿元，2023年实际10006亿元，年均增长0.1%，实现2025年目标所需年均增长4.8%，进展滞后。',
      'Baseline 10000 100m yuan in 2022; 10006 100m yuan in 2023, growing 0.1% a year; reaching the 2025 target needs 4.8% a year: off track.',
    ],
    [
      'required 0.02 % a year: holding the current level',
      make({ unit: '亿元', baseline: { year: 2021, value: 9000 }, targets: level(2025, 10004) }, [{ period: '2023', value: 10000 }]),
      'on_track',
      '2021年基期9000亿元，2023年实际10000亿元，年均增长5.4%，实现2025年目标所需保持现有水平，进展良好。',
      'Baseline 9000 100m yuan in 2021; 10000 100m yuan in 2023, growing 5.4% a year; reaching the 2025 target needs holding the current level: on track.',
    ],
    [
      'required 0.06 % a year: a rate',
      make({ unit: '亿元', baseline: { year: 2021, value: 9000 }, targets: level(2024, 10006) }, [{ period: '2023', value: 10000 }]),
      'on_track',
      '2021年基期9000亿元，2023年实际10000亿元，年均增长5.4%，实现2024年目标所需年均增长0.1%，进展良好。',
      'Baseline 9000 100m yuan in 2021; 10000 100m yuan in 2023, growing 5.4% a year; reaching the 2024 target needs 0.1% a year: on track.',
    ],
    [
      'from zero: change per year observed and required, although a required rate exists',
      make({ unit: '亿元', baseline: { year: 2020, value: 0 }, targets: level(2025, 30) }, [{ period: '2023', value: 12 }]),
      'on_track',
      '2020年基期0亿元，2023年实际12亿元，年均增加4亿元，实现2025年目标所需年均增加9亿元，进展良好。',
      'Baseline 0 100m yuan in 2020; 12 100m yuan in 2023, adding 4 100m yuan a year; reaching the 2025 target needs 9 100m yuan a year: on track.',
    ],
    [
      'stuck at zero: flat, adding needed',
      make({ unit: '亿元', baseline: { year: 2020, value: 0 }, targets: level(2025, 30) }, [{ period: '2023', value: 0 }]),
      'deteriorating',
      '2020年基期0亿元，2023年实际0亿元，与基期持平，实现2025年目标所需年均增加15亿元，倒退。',
      'Baseline 0 100m yuan in 2020; 0 100m yuan in 2023, flat since the baseline; reaching the 2025 target needs 15 100m yuan a year: deteriorating.',
    ],
    [
      'stuck at zero, a fall per year needed',
      make({ direction: 'decrease', unit: '亿元', baseline: { year: 2020, value: 0 }, targets: [{ year: 2025, kind: 'max', value: -10 }] }, [{ period: '2023', value: 0 }]),
      'off_track',
      '2020年基期0亿元，2023年实际0亿元，与基期持平，实现2025年目标（不高于-10亿元）所需年均减少5亿元，进展滞后。',
      'Baseline 0 100m yuan in 2020; 0 100m yuan in 2023, flat since the baseline; reaching the 2025 target (at most -10 100m yuan) needs a fall of 5 100m yuan a year: off track.',
    ],
    [
      'falling to zero: a loss per year observed, an addition per year needed',
      make({ unit: '亿元', baseline: { year: 2020, value: 10 }, targets: level(2025, 20) }, [{ period: '2023', value: 0 }]),
      'deteriorating',
      '2020年基期10亿元，2023年实际0亿元，年均减少3.33亿元，实现2025年目标所需年均增加10亿元，倒退。',
      'Baseline 10 100m yuan in 2020; 0 100m yuan in 2023, losing 3.33 100m yuan a year; reaching the 2025 target needs 10 100m yuan a year: deteriorating.',
    ],
    [
      'coverage counted in 个 when the unit only ends in a counting word (万家)',
      make({ unit: '万家', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: 3 }] }, [{ period: '2023', value: 2 }]),
      'on_track',
      '2020年基期1万家，2023年实际2万家（共3个），年均增长26.0%，实现2025年全覆盖目标所需年均增长22.5%，进展良好。',
      'Baseline 1 万家 in 2020; 2 万家 in 2023 (of 3), growing 26.0% a year; reaching full coverage in 2025 needs 22.5% a year: on track.',
    ],
    [
      'coverage counted in 个 when the unit only starts with a counting word (项目)',
      make({ unit: '项目', baseline: { year: 2020, value: 1 }, targets: [{ year: 2025, kind: 'coverage', value: 3 }] }, [{ period: '2023', value: 2 }]),
      'on_track',
      '2020年基期1项目，2023年实际2项目（共3个），年均增长26.0%，实现2025年全覆盖目标所需年均增长22.5%，进展良好。',
      'Baseline 1 项目 in 2020; 2 项目 in 2023 (of 3), growing 26.0% a year; reaching full coverage in 2025 needs 22.5% a year: on track.',
    ],
    [
      'pending target, change per year, no unit',
      make({ unit: '', baseline: { year: 2020, value: 0 }, targets: [{ year: 2025, kind: 'pending', value: null }] }, [{ period: '2023', value: 6 }]),
      'target_pending',
      '2025年目标值待定，仅按趋势评估：2020年基期0，2023年实际6，年均增加2（趋势进展良好）；目标待定。',
      'The 2025 target is pending; on the trend alone: baseline 0 in 2020; 6 in 2023, adding 2 a year (trend: on track); target pending.',
    ],
    [
      'pending target, falling trend: the trend status is the trend’s own',
      make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [{ year: 2025, kind: 'pending', value: null }] }, [{ period: '2023', value: 90 }]),
      'target_pending',
      '2025年目标值待定，仅按趋势评估：2020年基期100亿元，2023年实际90亿元，年均下降3.5%（趋势倒退）；目标待定。',
      'The 2025 target is pending; on the trend alone: baseline 100 100m yuan in 2020; 90 100m yuan in 2023, falling 3.5% a year (trend: deteriorating); target pending.',
    ],
    [
      'pending target, only the baseline year: no trend phrase',
      make({ unit: '列', baseline: { year: 2023, value: 100 }, targets: [{ year: 2025, kind: 'pending', value: null }] }, [{ period: '2023', value: 100 }]),
      'target_pending',
      '2025年目标值待定，仅按趋势评估：2023年基期100列，2023年实际100列（趋势数据不足）；目标待定。',
      'The 2025 target is pending; on the trend alone: baseline 100 trains in 2023; 100 trains in 2023 (trend: insufficient data); target pending.',
    ],
    [
      'no target, rising',
      make({ unit: '亿元', baseline: { year: 2020, value: 100 }, targets: [] }, [{ period: '2023', value: 120 }]),
      'on_track',
      '未设定目标，仅按趋势评估：2020年基期100亿元，2023年实际120亿元，年均增长6.3%，进展良好。',
      'No target; on the trend alone: baseline 100 100m yuan in 2020; 120 100m yuan in 2023, growing 6.3% a year: on track.',
    ],
    [
      'achieved on the baseline year alone: no trend phrase',
      make({ unit: '亿元', baseline: { year: 2023, value: 200 }, targets: level(2025, 150) }, [{ period: '2023', value: 200 }]),
      'achieved',
      '2023年基期200亿元，2023年实际200亿元，已达到2025年目标150亿元，已达标。',
      'Baseline 200 100m yuan in 2023; 200 100m yuan in 2023, meeting the 2025 target of 150 100m yuan: target achieved.',
    ],
    [
      'year to date: last value, quarterly, behind (levels: 110 + ½ · (120 − 110) = 115 expected)',
      make({ unit: '亿元', aggregation: 'last', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2023Q1', value: 100 }, { period: '2024Q1', value: 105 }, { period: '2024Q2', value: 108 }], { asOf: '2024-07-31' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。截至2024年第2季度为108亿元，按时间进度应达115亿元（2024年目标120亿元），落后于进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to Q2): at 108 100m yuan; pro rata it should be 115 100m yuan (2024 milestone 120 100m yuan): behind schedule.',
    ],
    [
      'year to date: last value, monthly',
      make({ unit: '亿元', aggregation: 'last', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2024-01', value: 105 }, { period: '2024-02', value: 104 }], { asOf: '2024-03-30' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。截至2024年2月为104亿元，按时间进度应达111.7亿元（2024年目标120亿元），落后于进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to month 2): at 104 100m yuan; pro rata it should be 111.7 100m yuan (2024 milestone 120 100m yuan): behind schedule.',
    ],
    [
      'year to date without an aggregation given: read as the last value',
      make({ unit: '亿元', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2024-01', value: 105 }, { period: '2024-02', value: 104 }], { asOf: '2024-03-30' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。截至2024年2月为104亿元，按时间进度应达111.7亿元（2024年目标120亿元），落后于进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to month 2): at 104 100m yuan; pro rata it should be 111.7 100m yuan (2024 milestone 120 100m yuan): behind schedule.',
    ],
    [
      'year to date: average, January alone, down on a year earlier',
      make({ unit: '%', aggregation: 'average', baseline: { year: 2022, value: 50 }, targets: level(2025, 60) }, [{ period: '2023', value: 52 }, { period: '2023-01', value: 55 }, { period: '2024-01', value: 50 }], { asOf: '2024-02-10' }),
      'moderate',
      '2022年基期50%，2023年实际52%，年均增长4.0%，实现2025年目标所需年均增长7.4%，进展缓慢。2024年1月平均50%，同比下降9.1%，按时间进度应达53.61%（2024年目标56.67%），落后于进度。',
      'Baseline 50% in 2022; 52% in 2023, growing 4.0% a year; reaching the 2025 target needs 7.4% a year: progress made, acceleration needed. Year to date (2024 to month 1): average 50%, down 9.1% year on year; pro rata it should be 53.61% (2024 milestone 56.67%): behind schedule.',
    ],
    [
      'year to date: average of two quarters, on schedule',
      make({ unit: '%', aggregation: 'average', baseline: { year: 2022, value: 50 }, targets: level(2025, 60) }, [{ period: '2023', value: 52 }, { period: '2024Q1', value: 60 }, { period: '2024Q2', value: 60 }], { asOf: '2024-07-10' }),
      'moderate',
      '2022年基期50%，2023年实际52%，年均增长4.0%，实现2025年目标所需年均增长7.4%，进展缓慢。2024年前2季度平均60%，按时间进度应达55%（2024年目标56.67%），符合进度。',
      'Baseline 50% in 2022; 52% in 2023, growing 4.0% a year; reaching the 2025 target needs 7.4% a year: progress made, acceleration needed. Year to date (2024 to Q2): average 60%; pro rata it should be 55% (2024 milestone 56.67%): on schedule.',
    ],
    [
      'year to date: sum of the first quarter, no year earlier',
      make({ unit: '亿元', aggregation: 'sum', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2024Q1', value: 20 }], { asOf: '2024-04-30' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。2024年一季度累计20亿元，按时间进度应达30亿元（2024年目标120亿元），落后于进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to Q1): total 20 100m yuan; pro rata it should be 30 100m yuan (2024 milestone 120 100m yuan): behind schedule.',
    ],
    [
      'year to date: sum of two quarters, down on a year earlier',
      make({ unit: '亿元', aggregation: 'sum', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2023Q1', value: 30 }, { period: '2023Q2', value: 30 }, { period: '2024Q1', value: 20 }, { period: '2024Q2', value: 20 }], { asOf: '2024-07-30' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。2024年前2季度累计40亿元，同比下降33.3%，按时间进度应达60亿元（2024年目标120亿元），落后于进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to Q2): total 40 100m yuan, down 33.3% year on year; pro rata it should be 60 100m yuan (2024 milestone 120 100m yuan): behind schedule.',
    ],
    [
      'year to date: January sum, unchanged on a year earlier (counts as growth 0.0 %), on schedule',
      make({ unit: '亿元', aggregation: 'sum', baseline: { year: 2022, value: 100 }, targets: level(2025, 130) }, [{ period: '2023', value: 110 }, { period: '2023-01', value: 12 }, { period: '2024-01', value: 12 }], { asOf: '2024-02-10' }),
      'on_track',
      '2022年基期100亿元，2023年实际110亿元，年均增长10.0%，实现2025年目标所需年均增长8.7%，进展良好。2024年1月累计12亿元，同比增长0.0%，按时间进度应达10亿元（2024年目标120亿元），符合进度。',
      'Baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year; reaching the 2025 target needs 8.7% a year: on track. Year to date (2024 to month 1): total 12 100m yuan, up 0.0% year on year; pro rata it should be 10 100m yuan (2024 milestone 120 100m yuan): on schedule.',
    ],
    [
      'year to date: seasonal profile of three complete years',
      make({ unit: '亿元', aggregation: 'sum', baseline: { year: 2020, value: 100 }, targets: level(2025, 150) }, [...['2021', '2022', '2023'].flatMap((y) => [1, 2, 3, 4].map((q) => ({ period: `${y}Q${q}`, value: q === 1 ? 10 : 30 }))), { period: '2024Q1', value: 10 }], { asOf: '2024-04-30' }),
      'off_track',
      '2020年基期100亿元，2023年实际100亿元，与基期基本持平，实现2025年目标所需年均增长22.5%，进展滞后。2024年一季度累计10亿元，同比增长0.0%，按往年季节规律（2021、2022、2023年）应达14亿元（2024年目标140亿元），落后于进度。',
      'Baseline 100 100m yuan in 2020; 100 100m yuan in 2023, flat since the baseline; reaching the 2025 target needs 22.5% a year: off track. Year to date (2024 to Q1): total 10 100m yuan, up 0.0% year on year; by the seasonal profile of 2021, 2022, 2023 it should be 14 100m yuan (2024 milestone 140 100m yuan): behind schedule.',
    ],
    [
      'year to date without a target: no expectation, provisional',
      make({ unit: '亿元', aggregation: 'sum', baseline: { year: 2022, value: 100 }, targets: [] }, [{ period: '2023', value: 110 }, { period: '2024-01', value: 12, provisional: true }], { asOf: '2024-02-10' }),
      'on_track',
      '未设定目标，仅按趋势评估：2022年基期100亿元，2023年实际110亿元，年均增长10.0%，进展良好。2024年1月累计12亿元（初步数）。',
      'No target; on the trend alone: baseline 100 100m yuan in 2022; 110 100m yuan in 2023, growing 10.0% a year: on track. Year to date (2024 to month 1): total 12 100m yuan (provisional).',
    ],
  ];
  it.each(cases)('%s', (_name, input, status, zh, en) => {
    expect(explanationOf(input)).toEqual({ status, zh, en });
  });
});
