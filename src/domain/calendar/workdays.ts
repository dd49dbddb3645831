// Working days in China: Monday–Friday, minus public holidays the office enters, plus the
// make-up working days (调休) on weekends it enters. Dates are YYYY-MM-DD strings (Asia/Shanghai).
export type DayKind = 'holiday' | 'workday';
export interface CalendarOverride {
  date: string;
  kind: DayKind;
  name?: string;
}
export type Overrides = ReadonlyMap<string, DayKind>;

export const overridesOf = (list: readonly CalendarOverride[]): Overrides => new Map(list.map((o) => [o.date, o.kind]));

export function addDays(date: string, n: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function isWorkingDay(date: string, overrides: Overrides = new Map()): boolean {
  const o = overrides.get(date);
  if (o) return o === 'workday';
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The date itself when it is a working day, else the next working day (顺延). */
export function nextWorkingDay(date: string, overrides: Overrides = new Map()): string {
  let d = date;
  // A Chinese holiday block plus weekend never exceeds a few weeks; the bound only guards bad data.
  for (let i = 0; i < 60 && !isWorkingDay(d, overrides); i++) d = addDays(d, 1);
  return d;
}

/** The working day `n` working days before `date` (n ≥ 1), for reminders ahead of a deadline. */
export function workingDaysBefore(date: string, n: number, overrides: Overrides = new Map()): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(d, overrides)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to`; 0 when `to` ≤ `from`. */
export function workingDaysBetween(from: string, to: string, overrides: Overrides = new Map()): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, overrides)) n++;
  return n;
}

/**
 * The due date of a reporting cycle: day `dueDay` of the period's last month (the 25th of the
 * month for a monthly report, of March for 2024Q1), clamped to the month's length and moved to
 * the next working day when it falls on a weekend or holiday.
 */
export function cycleDueDate(period: { year: number; frequency: 'monthly' | 'quarterly' | 'yearly'; index: number }, dueDay: number, overrides: Overrides = new Map()): string {
  const month = period.frequency === 'monthly' ? period.index : period.frequency === 'quarterly' ? period.index * 3 : 12;
  const last = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
  const day = Math.min(Math.max(1, Math.trunc(dueDay)), last);
  return nextWorkingDay(`${period.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, overrides);
}

/** First day of the period, when a cycle opens by default. */
export function periodStart(period: { year: number; frequency: 'monthly' | 'quarterly' | 'yearly'; index: number }): string {
  const month = period.frequency === 'monthly' ? period.index : period.frequency === 'quarterly' ? period.index * 3 - 2 : 1;
  return `${period.year}-${String(month).padStart(2, '0')}-01`;
}

/** Today's date in Asia/Shanghai, whatever the server's own zone. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
