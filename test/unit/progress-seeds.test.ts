// The seven indicators of seed 000 (渝北区西部陆海新通道工作方案) and the five 2027 goals of
// seed 004 (枢纽经济区指导意见), each with realistic data. Figures come from /work/shared/data
// where one fits (corridor TEU and value, Jiangbei capacity, RCEP members, logistics-cost ratio,
// Chongqing trade); where no public series exists (Yubei's ASEAN trade, clearance minutes, the
// zone's industrial growth, headquarters) the numbers are illustrative and say so.
// Expected numbers were worked out by hand from the published formulas in plain Python:
//   cagr(v1, v0, t1, t0) = (v1 / v0) ** (1 / (t1 - t0)) - 1;  PV = d · cagr_obs / |cagr_req|;
//   score = min(7.1429·PV − 4.2857, 5) if PV ≥ 0.6 else max(4.1667·PV − 2.5, −5).
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus, type StatusInput } from '../../src/domain/progress/index';

const near = (a: number | null | undefined, b: number, eps = 1e-9) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(eps);
};

// rcep-members.csv: the 14 members that count for Chongqing's coverage (China excluded).
const RCEP14 = ['AU', 'BN', 'KH', 'ID', 'JP', 'KR', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'TH', 'VN'];

describe('seed 000: 渝北区加快建设西部陆海新通道主要目标', () => {
  it('1 机场货邮保障能力 110 → 120 万吨: design capacity unchanged since 2017 → off track', () => {
    // jiangbei-airport.csv: 110 万吨 is the design capacity opened in 2017; no expansion until T3B.
    const r = computeIndicatorStatus({
      indicator: { name: '机场货邮保障能力', unit: '万吨', direction: 'increase', limit: null, baseline: { year: 2022, value: 110 }, targets: [{ year: 2027, kind: 'level', value: 120 }] },
      observations: [{ period: '2023', value: 110 }, { period: '2024', value: 110 }],
    });
    expect(r.status).toBe('off_track');
    expect(r.sdgStatus).toBe('limited_progress');
    expect(r.progressValue).toBe(0);
    expect(r.score).toBe(-2.5);
    expect(r.distanceCovered).toBe(0);
    near(r.requiredRate, 0.029428498400178693);
    expect(r.projected).toEqual([{ year: 2027, value: 110, target: 120, onCourse: false, method: 'cagr' }]);
    expect(r.explanation.zh).toBe('2022年基期110万吨，2024年实际110万吨，与基期基本持平，实现2027年目标所需年均增长2.9%，进展滞后。');
    expect(r.milestone).toEqual({ year: 2024, value: 114, actual: 110, met: false });
  });

  it('2 机场旅客保障能力 4500 → 8000 万人次: T3B opening (assumed 2025) → achieved', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '机场旅客保障能力', unit: '万人次', direction: 'increase', limit: null, baseline: { year: 2022, value: 4500 }, targets: [{ year: 2027, kind: 'level', value: 8000 }] },
      observations: [{ period: '2023', value: 4500 }, { period: '2024', value: 4500 }, { period: '2025', value: 8000 }],
    });
    expect(r.status).toBe('achieved');
    expect(r.score).toBe(5);
    expect(r.distanceCovered).toBe(100);
    // PV is still computed: cagr(8000, 4500, 3 years) / cagr(8000, 4500, 5 years)
    near(r.progressValue, (Math.pow(8000 / 4500, 1 / 3) - 1) / (Math.pow(8000 / 4500, 1 / 5) - 1));
    expect(r.explanation.zh).toBe('2022年基期4500万人次，2025年实际8000万人次，已达到2027年目标8000万人次，已达标。');
  });

  it('3 RCEP国家（地区）航线 13 → 全覆盖: 13 of 14 countries, Myanmar missing', () => {
    const covered = RCEP14.filter((c) => c !== 'MM');
    const r = computeIndicatorStatus({
      indicator: { name: 'RCEP国家（地区）客货运航线', unit: '个', direction: 'increase', limit: null, baseline: { year: 2022, value: 13 }, targets: [{ year: 2027, kind: 'coverage', value: null, set: RCEP14 }] },
      observations: [{ period: '2023', value: 12 }, { period: '2024', value: 13 }],
      covered,
    });
    expect(r.target?.value).toBe(14);
    expect(r.missing).toEqual(['MM']);
    expect(r.covered).toHaveLength(13);
    // Baseline 13, current 13, target 14: none of the remaining distance covered yet.
    expect(r.distanceCovered).toBe(0);
    expect(r.status).toBe('off_track');
    near(r.requiredRate, 0.02501029596576787);
    expect(r.explanation.zh).toContain('尚未覆盖：MM');
    expect(r.explanation.en).toContain('not yet covered: MM');
  });

  it('3 RCEP coverage with the members\' names: the explanation names 缅甸 / Myanmar, and counts in the indicator\'s own counter word', () => {
    const covered = RCEP14.filter((c) => c !== 'MM');
    const memberNames = { MM: { zh: '缅甸', en: 'Myanmar' } };
    const input = (unit: string) => ({
      indicator: { name: 'RCEP国家（地区）客货运航线', unit, direction: 'increase' as const, limit: null, baseline: { year: 2022, value: 13 }, targets: [{ year: 2027, kind: 'coverage' as const, value: null, set: RCEP14, memberNames }] },
      observations: [{ period: '2023', value: 12 }, { period: '2024', value: 13 }],
      covered,
    });
    const r = computeIndicatorStatus(input('个'));
    expect(r.explanation.zh).toContain('（共14个，尚未覆盖：缅甸）');
    expect(r.explanation.en).toContain('not yet covered: Myanmar');
    expect(r.explanation.zh).not.toMatch(/\bMM\b/);
    // An indicator counted in 条 says 条 throughout its sentence, never 条 and 个 together.
    const routes = computeIndicatorStatus(input('条')).explanation.zh.split('。')[0];
    expect(routes).toContain('共14条');
    expect(routes).not.toContain('个');
  });

  it('3b RCEP coverage: a partial distance and then full coverage', () => {
    const input: StatusInput = {
      indicator: { direction: 'increase', limit: null, baseline: { year: 2022, value: 10 }, targets: [{ year: 2027, kind: 'coverage', value: null, set: RCEP14 }] },
      observations: [{ period: '2024', value: 13 }],
      covered: RCEP14.filter((c) => c !== 'MM'),
    };
    const r = computeIndicatorStatus(input);
    expect(r.distanceCovered).toBe(75); // (13 − 10) / (14 − 10)
    expect(r.missing).toEqual(['MM']);
    const full = computeIndicatorStatus({ ...input, observations: [...input.observations, { period: '2025', value: 14 }], covered: RCEP14 });
    expect(full.status).toBe('achieved');
    expect(full.missing).toEqual([]);
    expect(full.distanceCovered).toBe(100);
  });

  it('4 经陆海新通道货运量增长率 15%: TEU 2022–2024, no baseline in the plan, 15 % a year → on track', () => {
    // chongqing-corridor-freight.csv: 148,000 (2022), 178,600 (2023, derived), 251,800 (2024).
    const r = computeIndicatorStatus({
      indicator: { name: '经陆海新通道货运量', unit: '标箱', direction: 'increase', limit: null, baseline: null, targets: [{ year: 2027, kind: 'growth', value: 15, growthBasis: 'annual' }] },
      observations: [{ period: '2022', value: 148000 }, { period: '2023', value: 178600 }, { period: '2024', value: 251800 }],
    });
    expect(r.baseline).toEqual({ year: 2022, value: 148000, source: 'observation' });
    expect(r.notes.map((n) => n.code)).toContain('baseline_from_observation');
    near(r.target!.value, 297680.8637499999, 1e-6);
    near(r.progressValue, 2.02905731789124);
    expect(r.score).toBe(5);
    expect(r.status).toBe('on_track');
    near(r.requiredRate, 0.05738155542935486);
    near(r.distanceCovered, 69.34754209687681);
    expect(r.explanation.en).toContain('reaching the 2027 target (15% growth a year, i.e. 297681 TEU) needs 5.7% a year: on track.');
  });

  it('5 经陆海新通道货值增长率 15%: 251.2 → 583.1 亿元 by 2025 → achieved', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '经陆海新通道货值', unit: '亿元', direction: 'increase', limit: null, baseline: { year: 2022, value: 251.2 }, targets: [{ year: 2027, kind: 'growth', value: 15, growthBasis: 'annual' }] },
      observations: [{ period: '2023', value: 279.6 }, { period: '2024', value: 467 }, { period: '2025', value: 583.1 }],
    });
    near(r.target!.value, 505.25292549999983, 1e-9);
    expect(r.status).toBe('achieved');
    expect(r.distanceCovered).toBe(100);
  });

  it('4 and 5 read as rates (issue 15, as seeded): the yearly growth is the value, 15 % a year the target', () => {
    // The demo data: growth of the public totals, every month of a year (1月至当月累计), aggregation last.
    const months = (y: number, v: number) => Array.from({ length: 12 }, (_, i) => ({ period: `${y}-${String(i + 1).padStart(2, '0')}`, value: v }));
    const rate = (name: string, values: [number, number][]) =>
      computeIndicatorStatus({
        indicator: { name, unit: '%', direction: 'increase', limit: null, baseline: null, aggregation: 'last', targets: [{ year: 2027, kind: 'level', value: 15 }] },
        observations: values.flatMap(([y, v]) => months(y, v)),
      } as StatusInput);
    const freight = rate('经陆海新通道货运量增长率', [[2023, 20.7], [2024, 41], [2025, 30.1]]);
    expect(freight.status).toBe('achieved');
    expect(freight.explanation.zh).toBe('2023年基期20.7%，2025年实际30.1%，已达到2027年目标15%，已达标。');
    // A year growing less than 15 % is not achieved.
    expect(rate('经陆海新通道货值增长率', [[2023, 11.3], [2024, 67], [2025, 12]]).status).not.toBe('achieved');
  });

  it('6 国际进口鲜货保障标准 ≤ 60 分钟: 90 → 75 minutes, decreasing threshold → on track', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '国际进口鲜货保障标准（非查验）', unit: '分钟', direction: 'decrease', limit: null, baseline: null, targets: [{ year: 2027, kind: 'max', value: 60 }] },
      observations: [{ period: '2023', value: 90 }, { period: '2024', value: 75 }],
    });
    expect(r.target?.direction).toBe('decrease');
    near(r.progressValue, 1.7289432655022245);
    expect(r.score).toBe(5);
    expect(r.status).toBe('on_track');
    expect(r.distanceCovered).toBe(50);
    near(r.requiredRate, -0.07168223327744416);
    near(r.observedRate, -1 / 6);
    expect(r.explanation.zh).toBe('2023年基期90分钟，2024年实际75分钟，年均下降16.7%，实现2027年目标（不高于60分钟）所需年均下降7.2%，进展良好。');
  });

  it('6b 鲜货通关: a single observation under 60 minutes is already achieved', () => {
    const r = computeIndicatorStatus({
      indicator: { unit: '分钟', direction: 'decrease', limit: null, baseline: null, targets: [{ year: 2027, kind: 'max', value: 60 }] },
      observations: [{ period: '2024', value: 55 }],
    });
    expect(r.status).toBe('achieved');
    expect(r.score).toBe(5);
    expect(r.progressValue).toBeNull();
    expect(r.series?.reason).toBe('single_year');
  });

  it('7 外贸进出口额（东盟）306 → 355 亿元: 327 in 2024 → on track', () => {
    // Yubei's own series is not public (chongqing-asean-trade.csv); 318 and 327 are illustrative.
    const r = computeIndicatorStatus({
      indicator: { name: '外贸进出口额（东盟）', unit: '亿元', direction: 'increase', limit: null, baseline: { year: 2022, value: 306 }, targets: [{ year: 2027, kind: 'level', value: 355 }] },
      observations: [{ period: '2023', value: 318 }, { period: '2024', value: 327 }],
    });
    near(r.progressValue, 1.1191358429710865);
    near(r.score, 3.708175412758173);
    expect(r.status).toBe('on_track');
    near(r.distanceCovered, 42.857142857142854);
    near(r.requiredRate, 0.02776431261145884);
    near(r.observedRate, 0.03374438377211608);
    near(r.projected[0].value, 361.2328536351915, 1e-9);
    expect(r.projected[0].onCourse).toBe(true);
    expect(r.explanation.zh).toBe('2022年基期306亿元，2024年实际327亿元，年均增长3.4%，实现2027年目标所需年均增长2.8%，进展良好。');
    expect(r.explanation.en).toBe('Baseline 306 100m yuan in 2022; 327 100m yuan in 2024, growing 3.4% a year; reaching the 2027 target needs 2.8% a year: on track.');
  });
});

describe('seed 004: 重庆枢纽经济区 2027 goals', () => {
  it('通道枢纽联运量增长××%: pending target, trend only (method 1)', () => {
    // Corridor TEU as the stand-in for 联运量: 251,800 (2024) → 327,700 (2025).
    const r = computeIndicatorStatus({
      indicator: { name: '通道枢纽联运量', unit: '标箱', direction: 'increase', limit: null, baseline: { year: 2024, value: 251800 }, targets: [{ year: 2027, kind: 'pending', value: null, text: '增长××%' }] },
      observations: [{ period: '2025', value: 327700 }],
    });
    expect(r.status).toBe('target_pending');
    expect(r.method).toBe(1);
    near(r.progressValue, 0.301429706115965);
    expect(r.score).toBe(5);
    expect(r.sdgStatus).toBe('substantial_progress');
    expect(r.gaps.map((g) => g.code)).toContain('target_pending');
    expect(r.requiredRate).toBeNull();
    expect(r.distanceCovered).toBeNull();
    expect(r.projected[0].target).toBeNull();
    expect(r.projected[0].onCourse).toBeNull();
    expect(r.explanation.zh).toBe('2027年目标值待定，仅按趋势评估：2024年基期251800标箱，2025年实际327700标箱，年均增长30.1%（趋势进展良好）；目标待定。');
  });

  it('规上工业总产值增速高于全市3个百分点: growth rates, 2.4 points ahead → moderate', () => {
    // Illustrative: the zone grows 8.5 %, the city 6.1 % in 2025.
    const r = computeIndicatorStatus({
      indicator: { name: '规上工业总产值增速', unit: '%', direction: 'increase', limit: null, baseline: null, targets: [{ year: 2027, kind: 'relative', value: 3, benchmark: '全市' }] },
      observations: [{ period: '2024', value: 9.8 }, { period: '2025', value: 8.5 }],
      benchmark: [{ period: '2024', value: 7.3 }, { period: '2025', value: 6.1 }],
    });
    expect(r.method).toBe('relative');
    expect(r.relative?.map((x) => x.year)).toEqual([2024, 2025]);
    near(r.relative![1].margin, 2.4, 1e-12);
    near(r.progressValue, 0.7999999999999999, 1e-12);
    near(r.score, 1.4286200000000004, 1e-9);
    expect(r.status).toBe('moderate');
    near(r.distanceCovered, 80, 1e-9);
    near(r.requiredRate, 0.091, 1e-12);
    near(r.observedRate, 0.085, 1e-12);
    expect(r.explanation.zh).toBe('2025年增速8.5%，全市6.1%，高出2.4个百分点，2027年目标为高于全市3个百分点（按全市当前增速需达到9.1%），进展缓慢。');
  });

  it('规上工业总产值 (levels) vs 全市: growth from levels, 3.4 points ahead before 2027 → on track, then achieved in 2027', () => {
    const input: StatusInput = {
      indicator: { name: '规上工业总产值', unit: '亿元', direction: 'increase', limit: null, baseline: { year: 2024, value: 1000 }, targets: [{ year: 2027, kind: 'relative', value: 3, benchmark: '全市' }] },
      observations: [{ period: '2025', value: 1095 }],
      benchmark: [{ period: '2024', value: 30000 }, { period: '2025', value: 31830 }],
    };
    const r = computeIndicatorStatus(input);
    near(r.relative![0].margin, 3.400000000000002, 1e-9);
    near(r.progressValue, 1.133333333333334, 1e-9);
    near(r.score, 3.8095866666666716, 1e-9);
    expect(r.status).toBe('on_track');
    const r27 = computeIndicatorStatus({
      ...input,
      observations: [{ period: '2025', value: 1095 }, { period: '2026', value: 1190 }, { period: '2027', value: 1290 }],
      benchmark: [...input.benchmark!, { period: '2026', value: 33500 }, { period: '2027', value: 35200 }],
    });
    expect(r27.status).toBe('achieved'); // 2027: 8.40 % against 5.07 %, 3.3 points
    const behind = computeIndicatorStatus({ ...input, observations: [{ period: '2025', value: 1050 }] });
    expect(behind.status).toBe('deteriorating'); // 5 % against 6.1 %: falling behind the city, ratio < 0
    expect(behind.sdgStatus).toBe('deterioration');
  });

  it('贡献外贸额增长10%: Chongqing trade as stand-in, 7154.2 → 8006.8 亿元 → achieved', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '贡献外贸额', unit: '亿元', direction: 'increase', limit: null, baseline: { year: 2024, value: 7154.2 }, targets: [{ year: 2027, kind: 'growth', value: 10 }] },
      observations: [{ period: '2025', value: 8006.8 }],
    });
    near(r.target!.value, 7869.620000000001, 1e-9);
    expect(r.target!.growthBasis).toBe('cumulative');
    expect(r.status).toBe('achieved');
    expect(r.explanation.zh).toBe('2024年基期7154.2亿元，2025年实际8006.8亿元，已达到2027年目标（较基期增长10%，即7869.6亿元），已达标。');
  });

  it('综合物流成本降低5%: logistics-cost ratio 14.1 → 13.9 % → moderate', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '综合物流成本', unit: '%', direction: 'decrease', limit: null, baseline: { year: 2024, value: 14.1 }, targets: [{ year: 2027, kind: 'reduction', value: 5 }] },
      observations: [{ period: '2025', value: 13.9 }],
    });
    near(r.target!.value, 13.395, 1e-12);
    expect(r.target!.direction).toBe('decrease');
    near(r.progressValue, 0.836717759510095);
    near(r.score, 1.6908912844046569);
    expect(r.status).toBe('moderate');
    near(r.distanceCovered, 28.36879432624103);
    near(r.requiredRate, -0.018333526727024596);
  });

  it('吸引入驻供应链企业区域总部10家: from 0 — base 0 replaced by 0.001, linear projection', () => {
    const r = computeIndicatorStatus({
      indicator: { name: '供应链企业区域总部', unit: '家', direction: 'increase', limit: null, baseline: { year: 2024, value: 0 }, targets: [{ year: 2027, kind: 'level', value: 10 }] },
      observations: [{ period: '2025', value: 3 }],
    });
    near(r.progressValue, 145.9768964450974, 1e-9);
    expect(r.status).toBe('on_track');
    expect(r.notes.map((n) => n.code)).toContain('base_zero');
    expect(r.distanceCovered).toBe(30);
    expect(r.observedRate).toBeNull();
    expect(r.observedSlope).toBe(3);
    expect(r.requiredSlope).toBe(3.5);
    // The straight line from 0 to 3 reaches 9 in 2027, short of 10: the projection says so.
    expect(r.projected).toEqual([{ year: 2027, value: 9, target: 10, onCourse: false, method: 'linear' }]);
    expect(r.explanation.zh).toBe('2024年基期0家，2025年实际3家，年均增加3家，实现2027年目标所需年均增加3.5家，进展良好。');
  });
});
