// The corridor figures (口径 in docs/corridor.md). One accumulator serves the CLI (a file
// streamed through it), the server's check of its roll-up, and the tests.
import { ASEAN, HOME_COUNTRY, RCEP_COVERAGE_SET, type Direction } from './reference';

export interface FigureInput {
  month: string;
  weightKg: number;
  teu: number | null;
  valueCny: number;
  corridor: boolean;
  fresh: boolean;
  direction: Direction;
  inspected: boolean;
  arrivedAt: number | null;
  releasedAt: number | null;
  originCountry?: string;
  destinationCountry?: string;
}

export interface Totals {
  shipments: number;
  tonnes: number;
  teu: number;
  valueCny: number;
}
export interface FreshClearance {
  count: number;
  medianMinutes: number;
  p90Minutes: number;
  shareWithin60: number;
}
export interface MonthFigures extends Totals {
  month: string;
  corridor: Totals;
  freshClearance: FreshClearance | null;
}
export interface FiguresOutput {
  rows: number;
  months: MonthFigures[];
}

/** The clearance standard of seed 000 indicator 6: 60 minutes, inclusive. */
export const CLEARANCE_STANDARD_MINUTES = 60;

/** Half away from zero, as SQL's round(numeric); a relative nudge so 1.005 stored as 1.00499… rounds up too. */
export const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f * (1 + Number.EPSILON * 4)) / f;
  return x < 0 ? -r : r;
};

/**
 * Continuous percentile of sorted values, as PostgreSQL's percentile_cont: linear
 * interpolation between the closest ranks at position p·(n−1).
 */
export function percentileCont(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError('percentile must be between 0 and 1');
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (b - a) * (pos - lo);
}

/** Minutes from arrival to customs release of a fresh, non-inspected import; null when it does not count. */
export function clearanceMinutes(r: Pick<FigureInput, 'fresh' | 'direction' | 'inspected' | 'arrivedAt' | 'releasedAt'>): number | null {
  if (!r.fresh || r.direction !== 'import' || r.inspected || r.arrivedAt === null || r.releasedAt === null) return null;
  return (r.releasedAt - r.arrivedAt) / 60_000;
}

export function freshClearance(minutes: number[]): FreshClearance | null {
  if (minutes.length === 0) return null;
  const sorted = [...minutes].sort((a, b) => a - b);
  const within = sorted.filter((m) => m <= CLEARANCE_STANDARD_MINUTES).length;
  return {
    count: sorted.length,
    medianMinutes: round(percentileCont(sorted, 0.5)!, 2),
    p90Minutes: round(percentileCont(sorted, 0.9)!, 2),
    shareWithin60: round(within / sorted.length, 4),
  };
}

interface Acc {
  shipments: number;
  kg: number;
  teu: number;
  value: number;
  cShipments: number;
  cKg: number;
  cTeu: number;
  cValue: number;
  minutes: number[];
}

/** Feed records one by one (a million of them is fine); read the figures at the end. */
export class FiguresAccumulator {
  private months = new Map<string, Acc>();
  rows = 0;

  add(r: FigureInput): void {
    this.rows++;
    let a = this.months.get(r.month);
    if (!a) {
      a = { shipments: 0, kg: 0, teu: 0, value: 0, cShipments: 0, cKg: 0, cTeu: 0, cValue: 0, minutes: [] };
      this.months.set(r.month, a);
    }
    a.shipments++;
    a.kg += r.weightKg;
    a.teu += r.teu ?? 0;
    a.value += r.valueCny;
    if (r.corridor) {
      a.cShipments++;
      a.cKg += r.weightKg;
      a.cTeu += r.teu ?? 0;
      a.cValue += r.valueCny;
    }
    const m = clearanceMinutes(r);
    if (m !== null) a.minutes.push(m);
  }

  result(): FiguresOutput {
    const months = [...this.months.entries()]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([month, a]) => ({
        month,
        ...totals(a.shipments, a.kg, a.teu, a.value),
        corridor: totals(a.cShipments, a.cKg, a.cTeu, a.cValue),
        freshClearance: freshClearance(a.minutes),
      }));
    return { rows: this.rows, months };
  }
}

export function totals(shipments: number, kg: number, teu: number, value: number): Totals {
  return { shipments, tonnes: round(kg / 1000, 3), teu: round(teu, 2), valueCny: round(value, 2) };
}

export function monthlyFigures(records: Iterable<FigureInput>): FiguresOutput {
  const acc = new FiguresAccumulator();
  for (const r of records) acc.add(r);
  return acc.result();
}

export interface YearFigures extends Totals {
  year: number;
  months: number;
  corridor: Totals;
  /** Year-on-year growth in percent of corridor TEU, tonnes and value; null without a previous year. */
  yoy: { teu: number | null; tonnes: number | null; valueCny: number | null };
}

/** Per cent change, null when the base is missing or zero. */
export function growthPercent(current: number, base: number | null | undefined): number | null {
  if (base === null || base === undefined || base === 0) return null;
  return round((current / base - 1) * 100, 2);
}

/** Monthly figures summed into calendar years; year-on-year growth of the corridor subset. */
export function yearlyFigures(months: readonly MonthFigures[]): YearFigures[] {
  const byYear = new Map<number, MonthFigures[]>();
  for (const m of months) {
    const y = Number(m.month.slice(0, 4));
    byYear.set(y, [...(byYear.get(y) ?? []), m]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const sum = (list: Totals[]) =>
    totals(
      list.reduce((s, t) => s + t.shipments, 0),
      list.reduce((s, t) => s + t.tonnes * 1000, 0),
      list.reduce((s, t) => s + t.teu, 0),
      list.reduce((s, t) => s + t.valueCny, 0),
    );
  const out: YearFigures[] = [];
  for (const y of years) {
    const list = byYear.get(y)!;
    const all = sum(list);
    const corridor = sum(list.map((m) => m.corridor));
    const prev = out.find((o) => o.year === y - 1);
    out.push({
      year: y,
      months: list.length,
      ...all,
      corridor,
      yoy: {
        teu: growthPercent(corridor.teu, prev?.corridor.teu),
        tonnes: growthPercent(corridor.tonnes, prev?.corridor.tonnes),
        valueCny: growthPercent(corridor.valueCny, prev?.corridor.valueCny),
      },
    });
  }
  return out;
}

/** Growth from the plan's baseline year (2022 in seed 000), in per cent. */
export function growthFromBaseline(value: number, baseline: { year: number; value: number } | null): number | null {
  return baseline ? growthPercent(value, baseline.value) : null;
}

/** The partner country of a trade shipment: where an import comes from, where an export goes. */
export function partnerCountry(r: { direction: Direction; originCountry: string; destinationCountry: string }): string | null {
  if (r.direction === 'import') return r.originCountry;
  if (r.direction === 'export') return r.destinationCountry;
  return null;
}

/** ASEAN trade value in CNY per year: imports from and exports to the ten ASEAN members. */
export function aseanTradeByYear(records: Iterable<FigureInput & { originCountry: string; destinationCountry: string }>): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of records) {
    const p = partnerCountry(r);
    if (p === null || !ASEAN.has(p)) continue;
    const y = Number(r.month.slice(0, 4));
    out.set(y, (out.get(y) ?? 0) + r.valueCny);
  }
  for (const [y, v] of out) out.set(y, round(v, 2));
  return out;
}

export interface RouteInput {
  country: string;
  validFrom: string | null; // YYYY-MM-DD
  validTo: string | null;
}

export interface Coverage {
  asOf: string;
  covered: { code: string; zh: string }[];
  missing: { code: string; zh: string }[];
  total: number;
  count: number;
}

/**
 * RCEP route coverage on a day: members (China excluded, 14) with at least one route valid
 * that day; the missing ones named in Chinese.
 */
export function rcepCoverage(routes: readonly RouteInput[], asOf: string): Coverage {
  const live = new Set(routes.filter((r) => r.country !== HOME_COUNTRY && (r.validFrom === null || r.validFrom <= asOf) && (r.validTo === null || r.validTo >= asOf)).map((r) => r.country));
  const covered = RCEP_COVERAGE_SET.filter((m) => live.has(m.code)).map((m) => ({ code: m.code, zh: m.zh }));
  const missing = RCEP_COVERAGE_SET.filter((m) => !live.has(m.code)).map((m) => ({ code: m.code, zh: m.zh }));
  return { asOf, covered, missing, total: RCEP_COVERAGE_SET.length, count: covered.length };
}
