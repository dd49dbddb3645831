// What the data model accepts, in one place for the server, the web and the CLI. Years 0–99
// were read as 1900s and year 0000 was "approved and counted"; 1e308 made the explanation say
// "所需年均增长Infinity%"; 2023-02-31 was stored as a deadline. These bounds are generous for a
// development plan (history back to 1900, horizons to 2200, figures up to a thousand trillion)
// and keep every computation finite.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** |value| ≤ 1e15: the largest figure of any unit we report (yuan, tonnes, TEU) with room to spare. */
export const MAX_MAGNITUDE = 1e15;

export const isYearInRange = (y: unknown): y is number => Number.isInteger(y) && (y as number) >= MIN_YEAR && (y as number) <= MAX_YEAR;

export const isValueInRange = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_MAGNITUDE;

/** YYYY-MM-DD that exists on the calendar (2024-02-29 yes, 2023-02-29 and 2023-02-31 no), year in range. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (!isYearInRange(y) || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
