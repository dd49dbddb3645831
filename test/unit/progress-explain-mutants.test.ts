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
