// Port of the Open SDG 2.4 progress measure (Statistics Canada method), as implemented in
// open-sdg/sdg-build `sdg/ProgressMeasure.py` and described in open-sdg `docs/progress-methodology.md`.
// Pure and total: where sdg-build raises (duplicate years, division by zero) this port returns
// `not_available` with a reason instead, so one bad series cannot stop a whole recompute.
// Data filtering by series / unit / disaggregation is the caller's job: the input is one series.

export type SdgStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

export interface ProgressThresholds {
  high: number;
  med: number;
  low: number;
}

export interface SeriesInput {
  /** Year and value rows of one series. Years like "2015-16" count as their first four characters. */
  data: { year: number | string; value: number | null | undefined }[];
  /** Desired direction. Open SDG defaults to negative, so callers should always say. */
  direction?: 'positive' | 'negative';
  /** Configured base year; when it has no data the first later year with data is used. Default 2015. */
  baseYear?: number;
  /** Default 2030. */
  targetYear?: number;
  /** null / undefined: method 1 (trend only). 0 is replaced by 0.001. */
  target?: number | null;
  /** Natural maximum (positive direction) or minimum (negative); only used by method 1. */
  limit?: number | null;
  /** Overrides of the default thresholds, as `progress_thresholds` in the indicator config. */
  progressThresholds?: Partial<ProgressThresholds>;
}

export type NotAssessableReason =
  | 'no_data'
  | 'duplicate_years'
  | 'opposite_signs'
  | 'base_after_latest'
  | 'single_year'
  | 'target_year_equals_base_year'
  | 'target_equals_base';

export interface SeriesProgress {
  progressValue: number | null;
  score: number | null;
  status: SdgStatus;
  method: 1 | 2;
  baseYear: number | null;
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  /** Natural-limit scaling factor; 1 for method 1 without a limit, null for method 2. */
  C: number | null;
  targetAchieved: boolean;
  /** +1 positive, −1 negative. */
  direction: 1 | -1;
  sign: 1 | -1 | null;
  target: number | null;
  targetYear: number;
  thresholds: ProgressThresholds;
  /** Why progressValue is null, when it is. */
  reason?: NotAssessableReason;
  /** The warnings sdg-build logs, in English. */
  warnings: string[];
}

/** Exponent of the natural-limit scaling, fixed in the method. */
export const LIMIT_EXPONENT = 4.44;

/** CAGR as sdg-build's `growth_calculation`: (v1 / v0)^(1 / (t1 − t0)) − 1. */
export function cagr(v1: number, v0: number, t1: number, t0: number): number {
  return Math.pow(v1 / v0, 1 / (t1 - t0)) - 1;
}

/**
 * |CAGR| with Python's float semantics: a negative ratio raised to a non-integral power is a
 * complex number there, and `abs()` of it is the modulus. This only happens for a target on the
 * other side of zero from the base value; reproducing it keeps the port's numbers identical.
 */
export function absCagr(v1: number, v0: number, t1: number, t0: number): number {
  const ratio = v1 / v0;
  const e = 1 / (t1 - t0);
  if (ratio >= 0 || Number.isInteger(e)) return Math.abs(Math.pow(ratio, e) - 1);
  const r = Math.pow(-ratio, e);
  const re = r * Math.cos(Math.PI * e) - 1;
  const im = r * Math.sin(Math.PI * e);
  return Math.hypot(re, im);
}

/** `get_progress_thresholds`: defaults per method, user overrides, then scaled by C (method 1 with a limit). */
export function progressThresholds(
  method: 1 | 2,
  baseValue: number,
  limit: number | null | undefined,
  user: Partial<ProgressThresholds> = {},
): { thresholds: ProgressThresholds; C: number | null } {
  if (method === 2) return { thresholds: { high: 0.95, med: 0.6, low: 0, ...defined(user) }, C: null };
  const t: ProgressThresholds = { high: 0.015, med: 0.005, low: 0, ...defined(user) };
  if (limit === null || limit === undefined) return { thresholds: t, C: 1 };
  const C = limitFactor(baseValue, limit);
  return { thresholds: { high: t.high * C, med: t.med * C, low: t.low * C }, C };
}

/** Natural-limit scaling factor C (a = 4.44, b = |base|, l = |limit|). */
export function limitFactor(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  // b ≥ 2l is tested first so that b = l = 0 gives 1, as in sdg-build.
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - Math.pow(b / l, LIMIT_EXPONENT);
  return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
}

/** `get_progress_status`: the series status from its progress value. */
export function progressStatus(value: number | null, t: ProgressThresholds, targetAchieved = false): SdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (value !== null && !Number.isNaN(value)) {
    if (value >= t.high) return 'substantial_progress';
    if (t.med <= value && value < t.high) return 'moderate_progress';
    if (t.low <= value && value < t.med) return 'limited_progress';
    if (value < t.low) return 'deterioration';
  }
  return 'not_available';
}

/**
 * `get_score`, −5…+5. The piecewise functions are hard-wired to the default thresholds in
 * sdg-build (7.1429 ≈ 2.5 / 0.35, 4.2857 ≈ 0.6 · 7.1429, 4.1667 ≈ 2.5 / 0.6) and are kept
 * literally so that scores match published outputs to the last digit.
 */
export function progressScore(
  method: 1 | 2,
  value: number | null,
  t: ProgressThresholds,
  C: number | null,
  targetAchieved: boolean,
): number | null {
  if (targetAchieved) return 5;
  if (value === null || Number.isNaN(value)) return null;
  if (method === 1) {
    const coeff = C ?? 1;
    if (value < t.low) return Math.max(125 * value - 2.5, -5);
    // Base value at the limit and not moving away from it: the limit is held.
    if (coeff === 0) return 5;
    if (value >= t.high) return Math.min((500 * value) / coeff - 5, 5);
    if (value >= t.med) return (250 * value) / coeff - 1.25;
    if (value >= t.low) return (500 * value) / coeff - 2.5;
    return null;
  }
  if (value >= t.med) return Math.min(7.1429 * value - 4.2857, 5);
  return Math.max(4.1667 * value - 2.5, -5);
}

/** `get_progress_status_from_score`: the indicator status from a (mean) score. */
export function statusFromScore(score: number | null, targetAchieved = false): SdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (score === null || Number.isNaN(score)) return 'not_available';
  if (score >= 2.5 && score <= 5) return 'substantial_progress';
  if (score >= 0 && score < 2.5) return 'moderate_progress';
  if (score >= -2.5 && score < 0) return 'limited_progress';
  if (score >= -5 && score < -2.5) return 'deterioration';
  return 'not_available';
}

/** Year as sdg-build reads it: strings longer than four characters keep the first four. */
export function yearOf(y: number | string): number {
  const s = String(y).trim();
  return Number(s.length > 4 ? s.slice(0, 4) : s);
}

/** One series, as sdg-build's `SeriesProgress`. Never throws. */
export function seriesProgress(input: SeriesInput): SeriesProgress {
  const warnings: string[] = [];
  const direction: 1 | -1 = input.direction === 'positive' ? 1 : -1;
  let target = input.target ?? null;
  if (target === 0) {
    warnings.push('Target is zero (invalid); calculating with target = 0.001 instead.');
    target = 0.001;
  }
  const targetYear = input.targetYear ?? 2030;
  const method: 1 | 2 = target === null ? 1 : 2;
  const empty = (reason: NotAssessableReason, baseYear: number | null = null): SeriesProgress => {
    const { thresholds } = progressThresholds(method, 0, null, input.progressThresholds);
    return {
      progressValue: null,
      score: null,
      status: 'not_available',
      method,
      baseYear,
      baseValue: null,
      currentYear: null,
      currentValue: null,
      C: null,
      targetAchieved: false,
      direction,
      sign: null,
      target,
      targetYear,
      thresholds,
      reason,
      warnings,
    };
  };

  // Drop NA, cast to float; years from their first four characters.
  const rows = (input.data ?? [])
    .map((r) => ({ year: yearOf(r.year), value: r.value === null || r.value === undefined ? NaN : Number(r.value) }))
    .filter((r) => Number.isFinite(r.year) && !Number.isNaN(r.value));
  if (rows.length === 0) {
    warnings.push('No data found for progress calculation.');
    return empty('no_data', input.baseYear ?? 2015);
  }
  const seen = new Set<number>();
  for (const r of rows) {
    if (seen.has(r.year)) {
      warnings.push(`Duplicate value for year ${r.year}.`);
      return empty('duplicate_years', input.baseYear ?? 2015);
    }
    seen.add(r.year);
  }

  const years = rows.map((r) => r.year);
  const currentYear = Math.max(...years);
  const currentValue = rows.find((r) => r.year === currentYear)!.value;
  let baseYear = input.baseYear ?? 2015;
  if (!years.includes(baseYear)) {
    const later = years.filter((y) => y > baseYear);
    if (later.length === 0) {
      // sdg-build fails here (no later year, so no base value); the intent is "not assessable".
      warnings.push(`Base year (${baseYear}) is greater than the most recent available data (${currentYear}).`);
      const out = empty('base_after_latest', baseYear);
      return { ...out, currentYear, currentValue };
    }
    baseYear = Math.min(...later);
  }
  let baseValue = rows.find((r) => r.year === baseYear)!.value;

  // Sign, thresholds and C use the base value before the 0 → 0.001 replacement, as sdg-build does.
  const sign: 1 | -1 = baseValue < 0 ? -1 : 1;
  const { thresholds, C } = progressThresholds(method, baseValue, input.limit, input.progressThresholds);
  if (method === 1 && input.limit !== null && input.limit !== undefined) {
    if (baseValue < input.limit && direction === -1) warnings.push(`Base value (${baseValue}) is below minimum limit (${input.limit}).`);
    if (baseValue > input.limit && direction === 1) warnings.push(`Base value (${baseValue}) is above maximum limit (${input.limit}).`);
  }
  if (method === 2 && input.limit !== null && input.limit !== undefined)
    warnings.push(`Ignoring limit (${input.limit}) as target (${target}) already provided.`);

  const targetAchieved =
    target !== null && ((direction === -1 && currentValue <= target) || (direction === 1 && currentValue >= target));

  let progressValue: number | null = null;
  let reason: NotAssessableReason | undefined;
  if (baseValue === 0) {
    warnings.push('Base value is zero (invalid); calculating with base value = 0.001 instead.');
    baseValue = 0.001;
  }
  if ((baseValue > 0 && currentValue < 0) || (baseValue < 0 && currentValue > 0)) {
    warnings.push(`Base value (${baseValue}) and current value (${currentValue}) must both be positive or both negative.`);
    reason = 'opposite_signs';
  } else if (baseYear > currentYear) {
    reason = 'base_after_latest';
  } else if (currentYear - baseYear < 1) {
    warnings.push('Not enough data to calculate progress (must have at least 2 data points).');
    reason = 'single_year';
  } else if (method === 1) {
    progressValue = sign * direction * cagr(currentValue, baseValue, currentYear, baseYear);
  } else if (targetYear === baseYear) {
    // sdg-build divides by zero here.
    reason = 'target_year_equals_base_year';
  } else {
    const required = absCagr(target as number, baseValue, targetYear, baseYear);
    if (required === 0) reason = 'target_equals_base';
    else progressValue = (sign * direction * cagr(currentValue, baseValue, currentYear, baseYear)) / required;
  }
  if (progressValue !== null && !Number.isFinite(progressValue)) {
    progressValue = null;
    reason = reason ?? 'target_equals_base';
  }

  const status = progressStatus(progressValue, thresholds, targetAchieved);
  const score = progressScore(method, progressValue, thresholds, C, targetAchieved);
  return {
    progressValue,
    score,
    status,
    method,
    baseYear,
    baseValue,
    currentYear,
    currentValue,
    C,
    targetAchieved,
    direction,
    sign,
    target,
    targetYear,
    thresholds,
    ...(reason ? { reason } : {}),
    warnings,
  };
}

/**
 * `IndicatorProgress.get_indicator_progress`: mean of the series scores that exist;
 * target achieved only when every counted series achieved its target.
 */
export function indicatorProgress(series: Pick<SeriesProgress, 'score' | 'targetAchieved'>[]): {
  score: number | null;
  status: SdgStatus;
  targetAchieved: boolean;
} {
  const counted = series.filter((s) => s.score !== null && !Number.isNaN(s.score));
  if (counted.length === 0) return { score: null, status: 'not_available', targetAchieved: false };
  const score = counted.reduce((a, s) => a + (s.score as number), 0) / counted.length;
  const targetAchieved = counted.every((s) => s.targetAchieved);
  return { score, status: statusFromScore(score, targetAchieved), targetAchieved };
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'number' && Number.isFinite(v))) as Partial<T>;
}
