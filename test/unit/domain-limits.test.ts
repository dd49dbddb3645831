// Issue 9 item 8: periods 0000/0001/1066 were accepted and counted, 1e308 made the explanation
// print "Infinity%", 2023-02-31 was a deadline. The bounds, at and either side of each edge.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, isCalendarDate, isValueInRange, isYearInRange } from '../../src/domain/calendar/limits';
import { parsePeriod } from '../../src/domain/calendar/period';
import { computeIndicatorStatus, parseStatusInput } from '../../src/domain/progress/index';
import { formatNumber } from '../../src/domain/progress/explain';
import { calendarYear, figure, isoDate } from '../../src/contracts/common';

describe('years 1900–2200', () => {
  it('accepts 1900 and 2200, refuses 1899 and 2201', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2200]);
    expect([1899, 1900, 2200, 2201].map(isYearInRange)).toEqual([false, true, true, false]);
    expect(isYearInRange(2024.5)).toBe(false);
    expect(isYearInRange('2024')).toBe(false);
  });

  it('parses periods only of years in range: no more year 0000, 0001 or 1066', () => {
    for (const p of ['0000', '0001', '0099', '1066', '1899', '1899Q4', '1899-12', '2201', '2201Q1', '2201-01']) expect(parsePeriod(p), p).toBeNull();
    expect(parsePeriod('1900')).toMatchObject({ year: 1900, frequency: 'yearly' });
    expect(parsePeriod('1900-01')).toMatchObject({ year: 1900, frequency: 'monthly', index: 1 });
    expect(parsePeriod('2200Q4')).toMatchObject({ year: 2200, frequency: 'quarterly', index: 4 });
    expect(parsePeriod('2200-12')).toMatchObject({ text: '2200-12' });
  });

  it('the status input and the API schemas share the bounds', () => {
    const input = (year: number, period: string) => ({
      indicator: { direction: 'increase', limit: null, baseline: { year, value: 1 }, targets: [{ year: 2030, kind: 'level', value: 2 }] },
      observations: [{ period, value: 1 }],
    });
    expect(parseStatusInput(input(1900, '1900')).ok).toBe(true);
    const bad = parseStatusInput(input(1899, '1066'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['indicator.baseline.year', 'observations[0].period']);
    expect([1899, 1900, 2200, 2201].map((y) => calendarYear.safeParse(y).success)).toEqual([false, true, true, false]);
  });
});

describe('real calendar dates', () => {
  it('knows February: 29 in leap years only (2000 yes, 1900 and 2100 no)', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-28')).toBe(true);
    expect(isCalendarDate('2023-02-31')).toBe(false);
  });

  it('refuses impossible months and days and years out of range', () => {
    for (const d of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-04-31', '2024-1-05', '24-01-05', '1899-12-31', '2201-01-01', '2024-01-05T00:00', '']) expect(isCalendarDate(d), d).toBe(false);
    for (const d of ['1900-01-01', '2200-12-31', '2024-04-30', '2024-12-31']) expect(isCalendarDate(d), d).toBe(true);
    expect(isCalendarDate(20240105)).toBe(false);
    expect(isoDate.safeParse('2023-02-31').success).toBe(false);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
  });

  it('agrees with the calendar for every day number 1–31 of every month 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
        expect(isCalendarDate(s)).toBe(real);
      }),
    );
  });
});

describe('finite values within ±1e15', () => {
  it('accepts ±1e15 and refuses the next double, Infinity and NaN', () => {
    expect(MAX_MAGNITUDE).toBe(1e15);
    const next = 1e15 + 0.125; // the next representable double above 1e15
    expect([1e15, -1e15, 0, next, -next, Infinity, -Infinity, NaN, 1e308].map(isValueInRange)).toEqual([true, true, true, false, false, false, false, false, false]);
    expect(isValueInRange('5')).toBe(false);
    expect(figure.safeParse(1e308).success).toBe(false);
    expect(figure.safeParse(-1e15).success).toBe(true);
  });

  it('refuses 1e308 in a status file, naming the field', () => {
    const r = parseStatusInput({ indicator: { direction: 'increase', limit: null, baseline: { year: 2022, value: 1 }, targets: [{ year: 2027, kind: 'level', value: 2 }] }, observations: [{ period: '2023', value: 1e308 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'observations[0].value', messageZh: expect.stringContaining('1e+15') });
  });

  it('never prints Infinity or NaN: formatNumber has a last guard', () => {
    expect([Infinity, -Infinity, NaN].map(formatNumber)).toEqual(['—', '—', '—']);
    expect(formatNumber(1e15)).toBe('1000000000000000');
  });

  it('explanations of any input within the bounds read without Infinity or NaN', () => {
    const v = fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constant(0), fc.constant(1e-300), fc.constant(1e15));
    fc.assert(
      fc.property(v, v, v, fc.constantFrom('level', 'growth', 'reduction', 'max', 'min'), fc.constantFrom('increase', 'decrease'), (base, target, obs, kind, direction) => {
        const r = computeIndicatorStatus({
          indicator: { name: '测试', direction, limit: null, aggregation: 'last', baseline: { year: 2020, value: base }, targets: [{ year: 2030, kind, value: target }], milestones: [] },
          observations: [{ period: '2024', value: obs }],
        } as never);
        expect(`${r.explanation.zh} ${r.explanation.en}`).not.toMatch(/Infinity|NaN/);
      }),
      { numRuns: 300 },
    );
  });
});
