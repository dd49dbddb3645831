// Hubline's reading of the Open SDG result: glossary statuses, targets of every kind resolved to
// a value to reach, distance covered (PILOTE), projections and the rates observed and needed.
import { progressScore, progressStatus, type SdgStatus } from './sdg';
import type { AnnualValue, Direction, HublineStatus, Note, RelativeRow, ResolvedTarget, TargetInput } from './types';

export const STATUS_OF_SDG: Record<SdgStatus, HublineStatus> = {
  target_achieved: 'achieved',
  substantial_progress: 'on_track',
  moderate_progress: 'moderate',
  limited_progress: 'off_track',
  deterioration: 'deteriorating',
  not_available: 'insufficient_data',
};

export function hublineStatus(s: SdgStatus): HublineStatus {
  return STATUS_OF_SDG[s] ?? 'insufficient_data';
}

/** Default thresholds of the target method, reused to score relative targets. */
export const PACE_THRESHOLDS = { high: 0.95, med: 0.6, low: 0 } as const;

/** The direction a target kind implies; `level` and `pending` follow the indicator. */
export function directionOf(kind: TargetInput['kind'], indicatorDirection: Direction): Direction {
  switch (kind) {
    case 'growth':
    case 'min':
    case 'coverage':
    case 'relative':
      return 'increase';
    case 'reduction':
    case 'max':
      return 'decrease';
    default:
      return indicatorDirection;
  }
}

const fmt = (v: number) => String(Math.round(v * 1e6) / 1e6);

/**
 * The value a target asks for, in the indicator's unit. Growth and reduction are percent of the
 * baseline: cumulative (baseline · (1 ± p)) unless `growthBasis: 'annual'`, which compounds
 * the rate every year from the baseline year to the target year.
 */
export function resolveTarget(
  t: TargetInput,
  baseline: { year: number; value: number } | null,
  indicatorDirection: Direction,
): { target: ResolvedTarget; gap?: Note } {
  const direction = directionOf(t.kind, indicatorDirection);
  const base: ResolvedTarget = { year: t.year, kind: t.kind, input: t.value ?? null, value: null, direction, rule: '' };
  const p = t.value;
  switch (t.kind) {
    case 'level':
    case 'max':
    case 'min':
      if (p === null || p === undefined) return { target: base, gap: missingValue(t) };
      return { target: { ...base, value: p, rule: `${t.kind === 'max' ? '≤ ' : t.kind === 'min' ? '≥ ' : ''}${fmt(p)}` } };
    case 'growth':
    case 'reduction': {
      const basis = t.growthBasis === 'annual' ? 'annual' : 'cumulative';
      if (p === null || p === undefined) return { target: { ...base, growthBasis: basis }, gap: missingValue(t) };
      if (!baseline)
        return {
          target: { ...base, growthBasis: basis },
          gap: { code: 'no_baseline', zh: '缺少基期值，无法换算增长/下降目标', en: 'no baseline, so the growth or reduction target cannot be turned into a value' },
        };
      const r = (t.kind === 'growth' ? 1 : -1) * (p / 100);
      const years = t.year - baseline.year;
      const sign = t.kind === 'growth' ? '+' : '−';
      const value = basis === 'annual' ? baseline.value * Math.pow(1 + r, years) : baseline.value * (1 + r);
      const rule =
        basis === 'annual'
          ? `${fmt(baseline.value)} × (1 ${sign} ${fmt(p)}%)^${years}`
          : `${fmt(baseline.value)} × (1 ${sign} ${fmt(p)}%)`;
      return { target: { ...base, value, growthBasis: basis, rule } };
    }
    case 'coverage': {
      const set = Array.isArray(t.set) ? [...new Set(t.set)] : null;
      const size = set && set.length ? set.length : p ?? null;
      if (size === null)
        return { target: base, gap: { code: 'no_reference_set', zh: '全覆盖目标缺少参照集合', en: 'the coverage target has no reference set' } };
      return { target: { ...base, value: size, setSize: size, rule: set && set.length ? `|set| = ${size}` : `${fmt(size)}` } };
    }
    case 'relative':
      if (p === null || p === undefined) return { target: { ...base, benchmark: t.benchmark ?? undefined }, gap: missingValue(t) };
      return { target: { ...base, value: p, benchmark: t.benchmark ?? undefined, rule: `growth − ${t.benchmark ?? 'benchmark'} growth ≥ ${fmt(p)} pp` } };
    case 'pending':
    default:
      return {
        target: { ...base, kind: 'pending', rule: 'pending' },
        gap: { code: 'target_pending', zh: `${t.year}年目标值待定${t.text ? `（${t.text}）` : ''}`, en: `the ${t.year} target value is pending${t.text ? ` (${t.text})` : ''}` },
      };
  }
}

function missingValue(t: TargetInput): Note {
  return { code: 'target_value_missing', zh: `${t.year}年目标缺少数值`, en: `the ${t.year} target has no value` };
}

export function meets(value: number, target: number, direction: Direction): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}

/**
 * PILOTE's taux d'avancement: 100 · (current − baseline) / (target − baseline), bounded 0–100.
 * When the baseline already sits at or beyond the target the ratio means nothing, so it is
 * 100 if the current value meets the target and 0 if not.
 */
export function distanceCovered(baseline: number | null, current: number | null, target: number | null, direction: Direction): number | null {
  if (baseline === null || current === null || target === null) return null;
  if (![baseline, current, target].every(Number.isFinite)) return null;
  if (direction === 'increase' ? baseline >= target : baseline <= target) return meets(current, target, direction) ? 100 : 0;
  const ta = (100 * (current - baseline)) / (target - baseline);
  return Math.min(100, Math.max(0, ta));
}

/** Rates are defined only between two values of the same sign, neither zero. */
const sameSign = (a: number, b: number) => (a > 0 && b > 0) || (a < 0 && b < 0);

/** Compound yearly rate from (t0, v0) to (t1, v1), or null where it is undefined. */
export function rate(v0: number, t0: number, v1: number, t1: number): number | null {
  if (!(t1 > t0) || !sameSign(v0, v1)) return null;
  return Math.pow(v1 / v0, 1 / (t1 - t0)) - 1;
}

export function slope(v0: number, t0: number, v1: number, t1: number): number | null {
  if (!(t1 > t0)) return null;
  return (v1 - v0) / (t1 - t0);
}

/**
 * The current trend carried to `year`: the observed compound rate from the baseline, or a
 * straight line when the values touch or cross zero (no rate exists there). A natural limit
 * caps the projection; so does the size of a coverage set.
 */
export function project(
  baseline: { year: number; value: number },
  current: { year: number; value: number },
  year: number,
  direction: Direction,
  cap: number | null,
): { value: number | null; method: 'cagr' | 'linear' | null } {
  const r = rate(baseline.value, baseline.year, current.value, current.year);
  let value: number | null = null;
  let method: 'cagr' | 'linear' | null = null;
  if (r !== null) {
    value = current.value * Math.pow(1 + r, year - current.year);
    method = 'cagr';
  } else {
    const s = slope(baseline.value, baseline.year, current.value, current.year);
    if (s !== null) {
      value = current.value + s * (year - current.year);
      method = 'linear';
    }
  }
  if (value !== null && cap !== null && Number.isFinite(cap)) value = direction === 'increase' ? Math.min(value, cap) : Math.max(value, cap);
  return { value, method };
}

/**
 * Relative targets ("增速高于全市3个百分点"): yearly growth of the indicator minus yearly growth
 * of the benchmark, in percentage points. Levels give growth year over year (both years must be
 * present); series of kind `growth` are growth rates already.
 */
export function relativeRows(
  indicator: AnnualValue[],
  benchmark: AnnualValue[],
  seriesKind: 'level' | 'growth',
  fromYear: number | null,
): RelativeRow[] {
  const growth = (list: AnnualValue[]) => {
    const out = new Map<number, number>();
    const byYear = new Map(list.map((a) => [a.year, a.value]));
    for (const [year, v] of byYear) {
      if (seriesKind === 'growth') out.set(year, v);
      else {
        const prev = byYear.get(year - 1);
        if (prev !== undefined && prev !== 0) out.set(year, 100 * (v / prev - 1));
      }
    }
    return out;
  };
  const gi = growth(indicator);
  const gb = growth(benchmark);
  return [...gi.keys()]
    .filter((y) => gb.has(y) && (fromYear === null || y > fromYear))
    .sort((a, b) => a - b)
    .map((year) => {
      const g = gi.get(year)!;
      const b = gb.get(year)!;
      return { year, growth: g, benchmarkGrowth: b, margin: g - b };
    });
}

/**
 * Status of a relative target from the latest margin. The pace ratio margin / required is read
 * with the target method's thresholds (0.95 / 0.60 / 0) and scored with its formula, so a zone
 * growing as fast as the city scores like a target-method series with no progress.
 * The target is achieved only by a year at or after the target year: a growth margin is earned
 * each year, not banked.
 */
export function relativeStatus(
  row: RelativeRow,
  required: number,
  targetYear: number,
): { status: HublineStatus; progressValue: number | null; score: number | null; achieved: boolean; sdgStatus: SdgStatus | null } {
  const due = row.year >= targetYear;
  const ok = row.margin >= required;
  if (due && ok) return { status: 'achieved', progressValue: required > 0 ? row.margin / required : null, score: 5, achieved: true, sdgStatus: 'target_achieved' };
  if (!(required > 0)) {
    // "不低于全市" (required ≤ 0): a ratio to zero means nothing; the sign of the gap decides.
    return { status: ok ? 'on_track' : 'off_track', progressValue: null, score: null, achieved: false, sdgStatus: null };
  }
  const pv = row.margin / required;
  const sdg = progressStatus(pv, PACE_THRESHOLDS);
  return { status: hublineStatus(sdg), progressValue: pv, score: progressScore(2, pv, PACE_THRESHOLDS, null, false), achieved: false, sdgStatus: sdg };
}

/** A missed target (its year has data, the value falls short) is at best off track. */
export function capMissed(status: HublineStatus): HublineStatus {
  return status === 'on_track' || status === 'moderate' ? 'off_track' : status;
}
