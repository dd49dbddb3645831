// Reporting periods: a year "2024", a month "2024-03", a quarter "2024Q1".
import { isYearInRange } from './limits';
export type Frequency = 'yearly' | 'quarterly' | 'monthly';

export interface Period {
  text: string;
  year: number;
  frequency: Frequency;
  /** 1-based month or quarter; 1 for a year. */
  index: number;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})[Qq]([1-4])$/;

/**
 * Parsed periods, by their text. A few hundred distinct texts occur in any real input, but each
 * is parsed many times (every comparison of a sort, every check of 2,400 series in one CLI call:
 * issue 10); the answers are frozen, so a caller cannot change another's. Emptied when full.
 */
const parsed = new Map<string, Period | null>();
const CACHE_MAX = 5000;

/** Null for anything but a period of a year in MIN_YEAR–MAX_YEAR (limits.ts). */
export function parsePeriod(text: string): Period | null {
  if (typeof text === 'string') {
    const hit = parsed.get(text);
    if (hit !== undefined) return hit;
  }
  const p = parseShape(text);
  const out = p && isYearInRange(p.year) ? Object.freeze(p) : null;
  if (typeof text === 'string' && text.length <= 16) {
    if (parsed.size >= CACHE_MAX) parsed.clear();
    parsed.set(text, out);
  }
  return out;
}

function parseShape(text: string): Period | null {
  const s = String(text).trim();
  let m = YEAR.exec(s);
  if (m) return { text: m[1], year: +m[1], frequency: 'yearly', index: 1 };
  m = MONTH.exec(s);
  if (m) return { text: `${m[1]}-${m[2]}`, year: +m[1], frequency: 'monthly', index: +m[2] };
  m = QUARTER.exec(s);
  if (m) return { text: `${m[1]}Q${m[2]}`, year: +m[1], frequency: 'quarterly', index: +m[2] };
  return null;
}

export const periodsPerYear = (f: Frequency) => (f === 'monthly' ? 12 : f === 'quarterly' ? 4 : 1);

export function periodsOfYear(frequency: Frequency, year: number): string[] {
  if (frequency === 'yearly') return [String(year)];
  if (frequency === 'quarterly') return [1, 2, 3, 4].map((q) => `${year}Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Last day of the period, as YYYY-MM-DD. */
export function periodEnd(p: Period): string {
  const lastMonth = p.frequency === 'yearly' ? 12 : p.frequency === 'quarterly' ? p.index * 3 : p.index;
  const day = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return `${p.year}-${String(lastMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Data for a period is due this many days after it ends (the 10th of the next month for months). */
export function periodDue(p: Period, graceDays = p.frequency === 'yearly' ? 45 : p.frequency === 'quarterly' ? 15 : 10): string {
  const end = new Date(`${periodEnd(p)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + graceDays);
  return end.toISOString().slice(0, 10);
}

export function previousPeriod(p: Period): string {
  if (p.frequency === 'yearly') return String(p.year - 1);
  if (p.frequency === 'quarterly') return p.index === 1 ? `${p.year - 1}Q4` : `${p.year}Q${p.index - 1}`;
  return p.index === 1 ? `${p.year - 1}-12` : `${p.year}-${String(p.index - 1).padStart(2, '0')}`;
}

export const comparePeriods = (a: string, b: string) => {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  if (pa.year !== pb.year) return pa.year - pb.year;
  // Within a year a full-year value sorts after its months and quarters.
  const frac = (p: Period) => (p.frequency === 'yearly' ? 2 : p.index / periodsPerYear(p.frequency));
  return frac(pa) - frac(pb);
};
