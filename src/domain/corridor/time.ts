// Instants in the file are ISO 8601 with an explicit offset; the month a shipment counts in
// is its calendar month in Asia/Shanghai. China has used UTC+8 all year since it ended
// daylight saving time in September 1991, so the offset is a constant and no time-zone
// database (no I/O) is needed. Instants before 1992 are refused for that reason.

export const SHANGHAI_OFFSET_MINUTES = 8 * 60;
export const EARLIEST_YEAR = 1992;
export const LATEST_YEAR = 2100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export type IsoProblem = 'format' | 'no_offset' | 'invalid_date' | 'out_of_range';

/** Epoch milliseconds of an ISO 8601 instant with offset, or why it is not one. */
export function parseInstant(text: string): { ok: true; ms: number } | { ok: false; problem: IsoProblem } {
  const m = ISO.exec(text);
  if (!m) {
    // A date-time without an offset is a common mistake worth its own message.
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text)) return { ok: false, problem: 'no_offset' };
    return { ok: false, problem: 'format' };
  }
  const [, y, mo, d, h, mi, s = '0', frac = '0', off] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'invalid_date' };
  let offsetMin = 0;
  if (off !== 'Z') {
    const sign = off[0] === '-' ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59) return { ok: false, problem: 'invalid_date' };
    offsetMin = sign * (oh * 60 + om);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3))) - offsetMin * 60_000;
  const shYear = new Date(ms + SHANGHAI_OFFSET_MINUTES * 60_000).getUTCFullYear();
  if (shYear < EARLIEST_YEAR || shYear > LATEST_YEAR) return { ok: false, problem: 'out_of_range' };
  return { ok: true, ms };
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-03": the calendar month in Asia/Shanghai of an instant. */
export function shanghaiMonth(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString().slice(0, 7);
}

/** The instant as ISO 8601 in Asia/Shanghai local time with its +08:00 offset. */
export function shanghaiIso(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString().replace('Z', '+08:00');
}
