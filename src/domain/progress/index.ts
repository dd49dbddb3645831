// Indicator progress status: the one entry point the server, the cockpit and
// `hubline indicator-status FILE.json` share, so every status can be re-run offline.
// docs/indicator-status.md states each rule applied here.
import { milestonePath, rollUp, yearToDate } from './annual';
import { explain } from './explain';
import { seriesProgress, type SeriesProgress } from './sdg';
import {
  capMissed,
  distanceCovered,
  hublineStatus,
  meets,
  project,
  rate,
  relativeRows,
  relativeStatus,
  resolveTarget,
  slope,
} from './status';
import type {
  AnnualValue,
  Direction,
  HublineStatus,
  Note,
  ProjectionPoint,
  RelativeRow,
  StatusInput,
  StatusResult,
  TargetAssessment,
} from './types';

export * from './types';
export { summarizeStatus, SPARKLINE_POINTS, type StatusSummary } from './summary';
export { statusInputChanges, type InputChange } from './history';
export { parseStatusInput, type ParseResult, type ValidationError } from './validate';
export { milestonePath, rollUp, yearToDate, aggregate } from './annual';
export {
  seriesProgress,
  indicatorProgress,
  progressScore,
  progressStatus,
  progressThresholds,
  statusFromScore,
  limitFactor,
  cagr,
  type SdgStatus,
  type SeriesInput,
  type SeriesProgress,
} from './sdg';
export { STATUS_OF_SDG, hublineStatus, distanceCovered, resolveTarget, directionOf, project, rate, relativeRows } from './status';

/** Computes the status of one indicator in one zone. Never throws: odd input gives insufficient_data with the reason. */
export function computeIndicatorStatus(input: StatusInput): StatusResult {
  try {
    return compute(input);
  } catch (e) {
    return failed(input, e);
  }
}

const REASON: Record<string, [string, string]> = {
  no_data: ['没有可用数据', 'there is no usable data'],
  single_year: ['基期之后还没有完整年度的数据，至少需要两个年度', 'no complete year after the baseline yet; two years are needed'],
  opposite_signs: ['基期值与当前值正负号相反，无法计算年均增长率', 'the baseline and the current value have opposite signs, so no growth rate exists'],
  target_year_equals_base_year: ['目标年份与基期年份相同', 'the target year is the baseline year'],
  target_equals_base: ['目标值等于基期值，无法计算所需增长率', 'the target equals the baseline, so no required rate exists'],
  duplicate_years: ['同一年度有多个数值', 'a year has more than one value'],
  base_after_latest: ['基期晚于最新数据', 'the baseline is later than the latest data'],
};

function compute(input: StatusInput): StatusResult {
  const ind = input.indicator;
  const notes: Note[] = [];
  const gaps: Note[] = [];
  const asOf = typeof input.asOf === 'string' && input.asOf ? input.asOf : null;
  const observations = Array.isArray(input.observations) ? input.observations : [];
  const how = ind.aggregation ?? 'last';
  if (!ind.aggregation && observations.some((o) => /[-Qq]/.test(String(o?.period ?? ''))))
    notes.push({ code: 'aggregation_default', zh: '未指定月度/季度汇总方式，按期末值（last）汇总', en: 'no aggregation given for months or quarters; the last value of the year is used' });
  const roll = rollUp(observations, how, asOf);
  notes.push(...roll.notes);
  const annual = roll.annual;

  // Baseline: the plan's figure; without one, the first complete year stands in (Open SDG's
  // "first later year with data").
  let baseline: StatusResult['baseline'] = null;
  const b0 = ind.baseline;
  if (b0 && Number.isFinite(b0.year) && Number.isFinite(b0.value)) {
    baseline = { year: b0.year, value: b0.value, source: 'input' };
    const same = annual.find((a) => a.year === b0.year);
    if (same && Math.abs(same.value - b0.value) > 1e-9 * Math.max(1, Math.abs(b0.value)))
      notes.push({
        code: 'baseline_differs',
        zh: `${b0.year}年数据 ${same.value} 与方案基期值 ${b0.value} 不同，采用方案基期值`,
        en: `the ${b0.year} observation ${same.value} differs from the plan's baseline ${b0.value}; the baseline is used`,
      });
  } else if (annual.length) {
    baseline = { year: annual[0].year, value: annual[0].value, source: 'observation' };
    notes.push({
      code: 'baseline_from_observation',
      zh: `方案未给出基期值，以首个完整年度${annual[0].year}年的数据为基期`,
      en: `the plan gives no baseline; the first complete year (${annual[0].year}) is used`,
    });
  }
  const after = baseline ? annual.filter((a) => a.year > baseline!.year) : [];
  const latest = after[after.length - 1];
  const current: StatusResult['current'] = latest
    ? { year: latest.year, value: latest.value, provisional: latest.provisional }
    : baseline
      ? { year: baseline.year, value: baseline.value, provisional: annual.find((a) => a.year === baseline!.year)?.provisional ?? false }
      : null;
  if (current?.provisional) notes.push({ code: 'provisional', zh: `${current.year}年数据为初步数`, en: `the ${current.year} figure is provisional` });

  // Targets, resolved to values.
  const targetsIn = (Array.isArray(ind.targets) ? ind.targets : []).filter((t) => t && Number.isFinite(t.year)).sort((a, b) => a.year - b.year);
  const resolved = targetsIn.map((t) => {
    const r = resolveTarget(t, baseline, ind.direction);
    if (r.gap && !gaps.some((g) => g.code === r.gap!.code && g.zh === r.gap!.zh)) gaps.push(r.gap);
    return r.target;
  });
  if (!targetsIn.length) gaps.push({ code: 'no_target', zh: '未设定目标，仅按趋势评估', en: 'no target; assessed on the trend only' });

  // Coverage: members still missing.
  let missing: string[] | undefined;
  let coveredOut: string[] | undefined;
  const coverageIn = targetsIn.find((t) => t.kind === 'coverage' && Array.isArray(t.set) && t.set.length);
  if (coverageIn && Array.isArray(input.covered)) {
    const set = [...new Set(coverageIn.set as string[])];
    const covered = new Set(input.covered.map(String));
    missing = set.filter((m) => !covered.has(m));
    coveredOut = set.filter((m) => covered.has(m));
    const unknown = [...covered].filter((c) => !set.includes(c));
    if (unknown.length)
      notes.push({ code: 'covered_unknown', zh: `“${unknown.join('、')}”不在参照集合中，未计入`, en: `"${unknown.join(', ')}" are not members of the reference set and are not counted` });
    if (current && current.year > (baseline?.year ?? -Infinity) && current.value !== coveredOut.length)
      notes.push({
        code: 'covered_count_differs',
        zh: `最新数值 ${current.value} 与覆盖清单数量 ${coveredOut.length} 不一致`,
        en: `the latest value ${current.value} differs from the ${coveredOut.length} members listed as covered`,
      });
  }

  // Relative targets: growth margins over the benchmark.
  let rows: RelativeRow[] | undefined;
  const relativeIn = targetsIn.find((t) => t.kind === 'relative');
  if (relativeIn) {
    const kind = relativeIn.seriesKind ?? (/^(%|％)$/.test((ind.unit ?? '').trim()) ? 'growth' : 'level');
    const bench = rollUp(input.benchmark ?? [], how, asOf);
    let levels: AnnualValue[] = annual;
    if (kind === 'level' && b0 && !annual.some((a) => a.year === b0.year))
      levels = [{ year: b0.year, value: b0.value, source: 'yearly', provisional: false }, ...annual];
    rows = relativeRows(levels, bench.annual, kind, b0?.year ?? null);
    if (!input.benchmark?.length)
      gaps.push({ code: 'no_benchmark', zh: `缺少对比基准（${relativeIn.benchmark ?? '全市'}）数据`, en: `no data for the benchmark (${relativeIn.benchmark ?? 'benchmark'})` });
    else if (!rows.length)
      gaps.push({ code: 'no_relative_year', zh: '指标与对比基准没有可比的完整年度增速', en: 'no complete year with growth for both the indicator and the benchmark' });
  }
  const lastRow = rows?.[rows.length - 1];

  // Each target on its own.
  const assessed: TargetAssessment[] = resolved.map((t) => {
    if (t.kind === 'relative') {
      const achieved = lastRow && t.value !== null ? lastRow.year >= t.year && lastRow.margin >= t.value : null;
      return {
        ...t,
        achieved,
        distanceCovered: lastRow && t.value !== null ? distanceCovered(0, lastRow.margin, t.value, 'increase') : null,
        requiredRate: lastRow && t.value !== null ? (lastRow.benchmarkGrowth + t.value) / 100 : null,
        requiredSlope: null,
      };
    }
    if (t.value === null || !current) return { ...t, achieved: null, distanceCovered: null, requiredRate: null, requiredSlope: null };
    return {
      ...t,
      achieved: meets(current.value, t.value, t.direction),
      distanceCovered: baseline ? distanceCovered(baseline.value, current.value, t.value, t.direction) : null,
      requiredRate: rate(current.value, current.year, t.value, t.year),
      requiredSlope: slope(current.value, current.year, t.value, t.year),
    };
  });
  const primary = pickPrimary(assessed, lastRow?.year ?? current?.year ?? null);
  const direction: Direction = primary?.direction ?? ind.direction;

  // Milestones: straight segments baseline → each target, overridden by the plan's own.
  const milestones = buildMilestones(baseline, assessed, ind.milestones);
  const lastAnchor = milestones[milestones.length - 1];
  const milestoneOf = (year: number): number | null => {
    if (!baseline || year < baseline.year) return null;
    if (year === baseline.year) return baseline.value;
    const m = milestones.find((x) => x.year === year);
    if (m) return m.value;
    if (lastAnchor && year > lastAnchor.year) return lastAnchor.value;
    return null;
  };
  const trackable = primary && primary.kind !== 'pending' && primary.kind !== 'relative';
  let milestone: StatusResult['milestone'] = null;
  if (trackable && baseline && current && current.year > baseline.year) {
    const m = milestoneOf(current.year);
    if (m !== null) milestone = { year: current.year, value: m, actual: current.value, met: meets(current.value, m, direction) };
  }
  const ytd = yearToDate(roll, how, direction, trackable ? milestoneOf : () => null);

  // The Open SDG measure against the primary target.
  let series: SeriesProgress | null = null;
  if (baseline && (!primary || primary.kind === 'pending' || (primary.kind !== 'relative' && primary.value !== null))) {
    series = seriesProgress({
      data: [{ year: baseline.year, value: baseline.value }, ...after.map((a) => ({ year: a.year, value: a.value }))],
      direction: direction === 'increase' ? 'positive' : 'negative',
      baseYear: baseline.year,
      target: primary && primary.kind !== 'pending' ? primary.value : null,
      targetYear: primary?.year ?? 2030,
      limit: ind.limit ?? null,
    });
    if (series.baseValue !== baseline.value && baseline.value === 0)
      notes.push({ code: 'base_zero', zh: '基期值为0，按方法以0.001代替计算增长率', en: 'the baseline is 0; the method computes growth from 0.001 instead' });
    if (series.method === 2 && ind.limit !== null && ind.limit !== undefined)
      notes.push({ code: 'limit_ignored', zh: '已设定目标值，自然上限/下限不参与进度计算', en: 'a target is set, so the natural limit does not enter the pace calculation' });
  }

  let status: HublineStatus;
  let sdgStatus = series?.status ?? null;
  let progressValue = series?.progressValue ?? null;
  let score = series?.score ?? null;
  let method: StatusResult['method'] = series?.method ?? null;
  if (primary?.kind === 'relative') {
    method = 'relative';
    if (lastRow && primary.value !== null) {
      const r = relativeStatus(lastRow, primary.value, primary.year);
      ({ status, progressValue, score, sdgStatus } = r);
    } else {
      status = 'insufficient_data';
      sdgStatus = null;
    }
  } else if (primary?.kind === 'pending') status = 'target_pending';
  else status = series ? hublineStatus(series.status) : 'insufficient_data';

  const missed = !!(primary && primary.kind !== 'pending' && primary.achieved === false && (primary.kind === 'relative' ? lastRow && lastRow.year >= primary.year : current && current.year >= primary.year));
  if (missed) {
    status = capMissed(status);
    notes.push({ code: 'target_missed', zh: `${primary!.year}年目标未实现`, en: `the ${primary!.year} target was missed` });
  }
  if (status === 'insufficient_data') {
    // Without a series but with years after the baseline, the primary target has no value: its
    // gap (target_value_missing, no_reference_set) is the reason, not "single year".
    const reason = !observations.length && !baseline ? 'no_data' : series?.reason ?? (!baseline ? 'no_data' : after.length ? null : 'single_year');
    if (reason !== null) {
      const [zh, en] = REASON[reason] ?? REASON.no_data;
      if (!gaps.some((g) => g.code === reason) && !(primary?.kind === 'relative' && gaps.length)) gaps.push({ code: reason, zh, en });
    }
  }

  const cap = (t: TargetAssessment) => (t.kind === 'coverage' && t.setSize ? t.setSize : ind.limit ?? null);
  const projected: ProjectionPoint[] = assessed.map((t) => {
    if (t.kind === 'relative') {
      const value = lastRow?.margin ?? null;
      return { year: t.year, value, target: t.value, onCourse: value !== null && t.value !== null ? value >= t.value : null, method: value === null ? null : 'hold' };
    }
    let value: number | null = null;
    let how2: ProjectionPoint['method'] = null;
    if (baseline && current && t.year <= current.year) {
      const seen = t.year === baseline.year ? baseline.value : annual.find((a) => a.year === t.year)?.value;
      if (seen !== undefined) {
        value = seen;
        how2 = 'actual';
      }
    } else if (baseline && current && current.year > baseline.year) {
      const p = project(baseline, current, t.year, t.direction, cap(t));
      value = p.value;
      how2 = p.method;
    }
    return { year: t.year, value, target: t.value, onCourse: value !== null && t.value !== null ? meets(value, t.value, t.direction) : null, method: how2 };
  });

  const observedRate =
    primary?.kind === 'relative'
      ? lastRow
        ? lastRow.growth / 100
        : null
      : baseline && current
        ? rate(baseline.value, baseline.year, current.value, current.year)
        : null;
  const observedSlope = primary?.kind !== 'relative' && baseline && current ? slope(baseline.value, baseline.year, current.value, current.year) : null;
  const primaryAssessed = primary ?? null;

  const result: Omit<StatusResult, 'explanation'> = {
    status,
    sdgStatus,
    progressValue,
    score,
    method,
    distanceCovered: primaryAssessed?.distanceCovered ?? null,
    projected,
    requiredRate: primaryAssessed && primaryAssessed.kind !== 'pending' ? primaryAssessed.requiredRate : null,
    observedRate,
    observedSlope,
    requiredSlope: primaryAssessed && primaryAssessed.kind !== 'pending' && primaryAssessed.kind !== 'relative' ? primaryAssessed.requiredSlope : null,
    target: primaryAssessed ? stripAssessment(primaryAssessed) : null,
    targets: assessed,
    baseline,
    current,
    annual,
    milestones,
    milestone,
    yearToDate: ytd,
    missed,
    ...(missing ? { missing, covered: coveredOut } : {}),
    ...(rows ? { relative: rows } : {}),
    gaps,
    notes,
    series,
    asOf,
  };
  return { ...result, explanation: explain(result, ind) };
}

/**
 * The target the status is measured against: the earliest one from the current year on that is
 * not yet achieved (so an intermediate target already met hands over to the next); if all of
 * those are achieved, the last of them; if every target year has passed, the last target.
 */
function pickPrimary(assessed: TargetAssessment[], currentYear: number | null): TargetAssessment | null {
  if (!assessed.length) return null;
  const upcoming = assessed.filter((t) => currentYear === null || t.year >= currentYear);
  return upcoming.find((t) => t.achieved !== true) ?? upcoming[upcoming.length - 1] ?? assessed[assessed.length - 1];
}

function buildMilestones(
  baseline: StatusResult['baseline'],
  targets: TargetAssessment[],
  given: { year: number; value: number }[] | undefined,
): StatusResult['milestones'] {
  const out = new Map<number, { year: number; value: number; source: 'path' | 'input' }>();
  if (baseline) {
    let from = { year: baseline.year, value: baseline.value };
    for (const t of targets) {
      if (t.value === null || t.kind === 'pending' || t.kind === 'relative' || t.year <= from.year) continue;
      for (const m of milestonePath(from, { year: t.year, value: t.value })) out.set(m.year, { ...m, source: 'path' });
      from = { year: t.year, value: t.value };
    }
  }
  for (const m of Array.isArray(given) ? given : [])
    if (m && Number.isFinite(m.year) && Number.isFinite(m.value)) out.set(m.year, { year: m.year, value: m.value, source: 'input' });
  return [...out.values()].sort((a, b) => a.year - b.year);
}

function stripAssessment(t: TargetAssessment) {
  const { achieved: _a, distanceCovered: _d, requiredRate: _r, requiredSlope: _s, ...rest } = t;
  return rest;
}

function failed(input: unknown, e: unknown): StatusResult {
  const msg = e instanceof Error ? e.message : String(e);
  const base: Omit<StatusResult, 'explanation'> = {
    status: 'insufficient_data',
    sdgStatus: null,
    progressValue: null,
    score: null,
    method: null,
    distanceCovered: null,
    projected: [],
    requiredRate: null,
    observedRate: null,
    observedSlope: null,
    requiredSlope: null,
    target: null,
    targets: [],
    baseline: null,
    current: null,
    annual: [],
    milestones: [],
    milestone: null,
    yearToDate: null,
    missed: false,
    gaps: [{ code: 'invalid_input', zh: `输入无法计算：${msg}`, en: `the input cannot be computed: ${msg}` }],
    notes: [],
    series: null,
    asOf: typeof (input as { asOf?: unknown })?.asOf === 'string' ? ((input as { asOf: string }).asOf as string) : null,
  };
  return {
    ...base,
    explanation: { zh: `数据不足：输入无法计算（${msg}），请检查指标设置与数据。`, en: `Insufficient data: the input cannot be computed (${msg}); check the indicator settings and data.` },
  };
}
