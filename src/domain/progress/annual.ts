// Sub-annual data: months and quarters rolled into years, year-to-date comparisons, milestones.
// Only complete years feed the pace; a year still running is compared with its milestone share.
import { parsePeriod, periodEnd } from '../calendar/period';
import type { Aggregation, AnnualValue, Direction, Note, ObservationInput, YearToDate } from './types';

type Sub = 'monthly' | 'quarterly';
const PER_YEAR: Record<Sub, number> = { monthly: 12, quarterly: 4 };

interface YearData {
  yearly?: { value: number; provisional: boolean };
  monthly: (ObservationInput | undefined)[];
  quarterly: (ObservationInput | undefined)[];
}

export interface PartialYear {
  year: number;
  frequency: Sub;
  /** Values of periods 1..k, contiguous from the start of the year. */
  values: number[];
  lastPeriod: string;
  provisional: boolean;
}

export interface RollUp {
  annual: AnnualValue[];
  /** The year after the latest complete year that has some months or quarters. */
  partial: PartialYear | null;
  /** Complete sub-annual years, per frequency, for seasonal profiles and year-on-year. */
  complete: Map<number, { frequency: Sub; values: number[] }[]>;
  byYear: Map<number, YearData>;
  notes: Note[];
}

export function aggregate(values: number[], how: Aggregation): number {
  if (values.length === 0) return NaN;
  if (how === 'sum') return values.reduce((a, b) => a + b, 0);
  if (how === 'average') return values.reduce((a, b) => a + b, 0) / values.length;
  return values[values.length - 1];
}

/** The first n periods, holes included (`every` and `map` skip the holes of a sparse array). */
const firstN = (list: (ObservationInput | undefined)[], n: number) => Array.from({ length: n }, (_, i) => list[i]);
const full = (list: (ObservationInput | undefined)[], n: number) => firstN(list, n).every((o) => o !== undefined);
const pad = (i: number) => String(i).padStart(2, '0');
const periodText = (year: number, f: Sub, i: number) => (f === 'monthly' ? `${year}-${pad(i)}` : `${year}Q${i}`);

/**
 * Groups observations by year. A yearly figure, when given, is the year's value (it is what the
 * statistics office publishes); otherwise twelve months or four quarters make a complete year.
 */
export function rollUp(observations: ObservationInput[], how: Aggregation, asOf?: string | null): RollUp {
  const notes: Note[] = [];
  const byYear = new Map<number, YearData>();
  let skipped = 0;
  let late = 0;
  for (const o of observations ?? []) {
    const p = o && typeof o.period === 'string' ? parsePeriod(o.period) : null;
    if (!p || typeof o.value !== 'number' || !Number.isFinite(o.value)) {
      skipped++;
      continue;
    }
    if (asOf && periodEnd(p) > asOf) {
      late++;
      continue;
    }
    const y = byYear.get(p.year) ?? { monthly: [], quarterly: [] };
    byYear.set(p.year, y);
    const obs = { period: p.text, value: o.value, provisional: o.provisional === true };
    if (p.frequency === 'yearly') y.yearly = { value: o.value, provisional: o.provisional === true };
    else (p.frequency === 'monthly' ? y.monthly : y.quarterly)[p.index - 1] = obs;
  }
  if (skipped) notes.push({ code: 'observations_skipped', zh: `${skipped}条数据期间或数值无效，已忽略`, en: `${skipped} observation(s) with an invalid period or value were ignored` });
  if (late) notes.push({ code: 'after_as_of', zh: `${late}条数据晚于计算基准日 ${asOf}，已忽略`, en: `${late} observation(s) after the as-of date ${asOf} were ignored` });

  const annual: AnnualValue[] = [];
  const complete = new Map<number, { frequency: Sub; values: number[] }[]>();
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const y = byYear.get(year)!;
    const subs: { frequency: Sub; values: number[]; provisional: boolean }[] = [];
    for (const f of ['monthly', 'quarterly'] as Sub[]) {
      const list = f === 'monthly' ? y.monthly : y.quarterly;
      if (full(list, PER_YEAR[f]))
        subs.push({ frequency: f, values: list.slice(0, PER_YEAR[f]).map((o) => o!.value), provisional: list.some((o) => o?.provisional) });
    }
    if (subs.length) complete.set(year, subs.map(({ frequency, values }) => ({ frequency, values })));
    if (y.yearly) {
      annual.push({ year, value: y.yearly.value, source: 'yearly', provisional: y.yearly.provisional });
      const s = subs[0];
      if (s) {
        const rolled = aggregate(s.values, how);
        const gap = Math.abs(rolled - y.yearly.value);
        if (gap > 0.005 * Math.max(Math.abs(y.yearly.value), 1e-9))
          notes.push({
            code: 'yearly_differs',
            zh: `${year}年年度数 ${y.yearly.value} 与${s.frequency === 'monthly' ? '月度' : '季度'}数汇总 ${round(rolled)} 不一致，采用年度数`,
            en: `${year}: the yearly figure ${y.yearly.value} differs from the ${s.frequency} roll-up ${round(rolled)}; the yearly figure is used`,
          });
      }
    } else if (subs.length) {
      const s = subs[0]; // months before quarters: the finer series carries more information
      annual.push({ year, value: aggregate(s.values, how), source: s.frequency, provisional: s.provisional });
    }
  }

  const lastComplete = annual.length ? annual[annual.length - 1].year : -Infinity;
  const running = years.filter((year) => !byYear.get(year)!.yearly && !complete.has(year));
  // Only the last running year, and only when it comes after every complete year, is "to date".
  const last = running[running.length - 1];
  const toDate = last !== undefined && last > lastComplete ? last : undefined;
  for (const year of running)
    if (year !== toDate) notes.push({ code: 'incomplete_year', zh: `${year}年数据不完整，未计入年度值`, en: `${year} is incomplete and is not counted as a yearly value` });
  let partial: PartialYear | null = null;
  if (toDate !== undefined) {
    const y = byYear.get(toDate)!;
    const f: Sub = y.monthly.some(Boolean) ? 'monthly' : 'quarterly';
    const list = f === 'monthly' ? y.monthly : y.quarterly;
    const values: number[] = [];
    let provisional = false;
    for (let i = 0; i < PER_YEAR[f] && list[i]; i++) {
      values.push(list[i]!.value);
      provisional ||= list[i]!.provisional === true;
    }
    if (values.length < list.filter(Boolean).length)
      notes.push({ code: 'gap_in_year', zh: `${toDate}年数据有缺期，累计只算到第${values.length}期`, en: `${toDate} has a gap; the year to date stops at period ${values.length}` });
    if (values.length) partial = { year: toDate, frequency: f, values, lastPeriod: periodText(toDate, f, values.length), provisional };
  }
  return { annual, partial, complete, byYear, notes };
}

/**
 * Straight-line milestones between a baseline and a target, one per year after the baseline
 * up to the target year (or for the `years` given).
 */
export function milestonePath(
  baseline: { year: number; value: number },
  target: { year: number; value: number },
  years?: number[],
): { year: number; value: number }[] {
  const span = target.year - baseline.year;
  if (!(span > 0)) return [{ year: target.year, value: target.value }];
  const list = years ?? Array.from({ length: span }, (_, i) => baseline.year + i + 1);
  return list.map((year) => ({ year, value: baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / span }));
}

/** Share of the annual figure reached after k periods in one year, for each aggregation. */
function shareOf(values: number[], k: number, how: Aggregation): number | null {
  const annual = aggregate(values, how);
  if (!Number.isFinite(annual) || annual === 0) return null;
  return aggregate(values.slice(0, k), how) / annual;
}

/** Up to this many most recent complete years shape a seasonal profile; older years describe an older economy. */
export const PROFILE_MAX_YEARS = 5;
export const PROFILE_MIN_YEARS = 3;

/**
 * The running year against its milestone. Sums are compared with the share of the year's
 * milestone expected by now: k/n pro rata, or, with three or more complete past years of the
 * same frequency, the mean share those years had reached after k periods (seasonal profile).
 * Averages and last values are levels: pro rata they are compared with the point k/n of the way
 * from last year's milestone to this year's; seasonally with the year's milestone times the
 * usual ratio of the year-to-date level to the full-year level.
 */
export function yearToDate(
  roll: RollUp,
  how: Aggregation,
  direction: Direction,
  milestoneOf: (year: number) => number | null,
): YearToDate | null {
  const p = roll.partial;
  if (!p) return null;
  const n = PER_YEAR[p.frequency];
  const k = p.values.length;
  const actual = aggregate(p.values, how);
  const past = [...roll.complete.entries()]
    .filter(([y]) => y < p.year)
    .flatMap(([y, subs]) => subs.filter((s) => s.frequency === p.frequency).map((s) => ({ year: y, values: s.values })))
    .sort((a, b) => a.year - b.year)
    .slice(-PROFILE_MAX_YEARS);
  const shares = past.map((s) => ({ year: s.year, share: shareOf(s.values, k, how) })).filter((s) => s.share !== null) as { year: number; share: number }[];
  const seasonal = shares.length >= PROFILE_MIN_YEARS;
  const milestone = milestoneOf(p.year);
  let share: number | null = null;
  let expected: number | null = null;
  if (seasonal) {
    share = shares.reduce((a, s) => a + s.share, 0) / shares.length;
    if (milestone !== null) expected = milestone * share;
  } else if (how === 'sum') {
    share = k / n;
    if (milestone !== null) expected = milestone * share;
  } else {
    share = k / n;
    const previous = milestoneOf(p.year - 1);
    if (milestone !== null && previous !== null) expected = previous + share * (milestone - previous);
  }
  const ratio = expected !== null && expected !== 0 ? actual / expected : null;
  const onCourse = expected === null ? null : direction === 'increase' ? actual >= expected : actual <= expected;

  const lastYear = roll.byYear.get(p.year - 1);
  const lastList = lastYear ? (p.frequency === 'monthly' ? lastYear.monthly : lastYear.quarterly) : [];
  const lastValues = firstN(lastList, k);
  const sameTimeLastYear = lastValues.every(Boolean) ? aggregate(lastValues.map((o) => o!.value), how) : null;
  const yearOnYear = sameTimeLastYear !== null && sameTimeLastYear !== 0 ? actual / sameTimeLastYear - 1 : null;

  return {
    year: p.year,
    frequency: p.frequency,
    periodsObserved: k,
    periodsInYear: n,
    lastPeriod: p.lastPeriod,
    actual,
    milestone,
    share,
    expected,
    profile: seasonal ? 'seasonal' : 'pro_rata',
    profileYears: seasonal ? shares.map((s) => s.year) : [],
    ratio,
    onCourse,
    provisional: p.provisional,
    sameTimeLastYear,
    yearOnYear,
  };
}

export function round(v: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

