// Issue 18: calendar edges — period parsing at the year limits, every frequency's end, due date,
// predecessor and order; working-day counting at its bounds, with properties where a rule has one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePeriods, parsePeriod, periodDue, periodEnd, periodsOfYear, periodsPerYear, previousPeriod } from '../../src/domain/calendar/period';
import { addDays, cycleDueDate, daysBetween, isWorkingDay, nextWorkingDay, overridesOf, periodStart, workingDaysBefore, workingDaysBetween } from '../../src/domain/calendar/workdays';
import { isCalendarDate, isValueInRange, isYearInRange } from '../../src/domain/calendar/limits';

const p = (t: string) => parsePeriod(t)!;

describe('parsePeriod', () => {
  it('parses exactly, at the year limits and not beyond', () => {
    expect(parsePeriod('1900')).toEqual({ text: '1900', year: 1900, frequency: 'yearly', index: 1 });
    expect(parsePeriod('2200-12')).toEqual({ text: '2200-12', year: 2200, frequency: 'monthly', index: 12 });
    expect(parsePeriod('1899')).toBeNull();
    expect(parsePeriod('2201Q1')).toBeNull();
    expect(parsePeriod('2024-10')).toEqual({ text: '2024-10', year: 2024, frequency: 'monthly', index: 10 });
    expect(parsePeriod('2024Q4')).toEqual({ text: '2024Q4', year: 2024, frequency: 'quarterly', index: 4 });
    for (const bad of ['2024-00', '2024Q0', '12024', '2024Q1x', 'x2024', '2024-1-1', '2024-011', '2024 Q1']) expect(parsePeriod(bad)).toBeNull();
    expect(parsePeriod(2024 as never)).toEqual({ text: '2024', year: 2024, frequency: 'yearly', index: 1 });
  });
  it('answers a text of up to 16 characters from its cache, a longer one afresh', () => {
    expect(parsePeriod('2031-07')).toBe(parsePeriod('2031-07'));
    const at16 = `${' '.repeat(10)}2031Q2`;
    const at17 = ` ${at16}`;
    expect(at16).toHaveLength(16);
    expect(parsePeriod(at16)).toBe(parsePeriod(at16));
    expect(parsePeriod(at17)).toEqual({ text: '2031Q2', year: 2031, frequency: 'quarterly', index: 2 });
    expect(parsePeriod(at17)).not.toBe(parsePeriod(at17));
  });
  it('holds at most 5000 texts: the 5001st empties the cache', () => {
    // Find the moment the cache is emptied (the marker is parsed afresh), then count from there.
    let n = 0;
    const fresh = () => parsePeriod(`zz${n++}`);
    const marker = parsePeriod('2032-08');
    let i = 0;
    for (; i <= 5001 && parsePeriod('2032-08') === marker; i++) fresh();
    expect(i).toBeLessThanOrEqual(5001);
    // The cache now holds the last fresh text and the marker: 2 of 5000.
    const again = parsePeriod('2032-08');
    for (let k = 0; k < 4998; k++) fresh();
    expect(parsePeriod('2032-08')).toBe(again); // 5000 held, nothing emptied yet
    fresh(); // the 5001st text empties it
    expect(parsePeriod('2032-08')).not.toBe(again);
  });
});

describe('period arithmetic', () => {
  it('counts periods per year and lists them', () => {
    expect(['monthly', 'quarterly', 'yearly'].map((f) => periodsPerYear(f as never))).toEqual([12, 4, 1]);
    expect(periodsOfYear('yearly', 2025)).toEqual(['2025']);
    expect(periodsOfYear('monthly', 2025)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
  });
  it('ends each kind of period on its last day', () => {
    expect(periodEnd(p('2023-02'))).toBe('2023-02-28');
    expect(periodEnd(p('2024-12'))).toBe('2024-12-31');
    expect(periodEnd(p('2024Q1'))).toBe('2024-03-31');
    expect(periodEnd(p('2024Q2'))).toBe('2024-06-30');
    expect(periodEnd(p('2024'))).toBe('2024-12-31');
  });
  it('is due 10, 15 and 45 days after the end by default, or after the days given', () => {
    expect(periodDue(p('2024-01'))).toBe('2024-02-10');
    expect(periodDue(p('2024Q1'))).toBe('2024-04-15');
    expect(periodDue(p('2024Q4'))).toBe('2025-01-15');
    expect(periodDue(p('2023'))).toBe('2024-02-14');
    expect(periodDue(p('2024-01'), 0)).toBe('2024-01-31');
    expect(periodDue(p('2024'), 1)).toBe('2025-01-01');
  });
  it('steps back one period of each kind', () => {
    expect(previousPeriod(p('2024'))).toBe('2023');
    expect(previousPeriod(p('2024Q3'))).toBe('2024Q2');
    expect(previousPeriod(p('2024-11'))).toBe('2024-10');
    expect(previousPeriod(p('2024-03'))).toBe('2024-02');
  });
  it('orders periods within a year by their share of it, the year last, texts that are no period by text', () => {
    expect(comparePeriods('2024-03', '2024Q1')).toBe(0);
    expect(comparePeriods('2024-04', '2024Q1')).toBeGreaterThan(0);
    expect(comparePeriods('2024-12', '2024Q4')).toBe(0);
    expect(comparePeriods('2024', '2024-12')).toBeGreaterThan(0);
    expect(comparePeriods('2024-12', '2024')).toBeLessThan(0);
    expect(comparePeriods('2023', '2024-01')).toBe(-1);
    expect(comparePeriods('2025-01', '2024')).toBe(1);
    expect(comparePeriods('b', 'a')).toBe(1);
    expect(comparePeriods('2024', 'a')).toBe('2024'.localeCompare('a'));
    expect(comparePeriods('a', '2024')).toBe('a'.localeCompare('2024'));
  });
  it('sorts consistently with periodEnd (property)', () => {
    const period = fc.oneof(
      fc.integer({ min: 2000, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(period, period, (a, b) => {
        const ea = periodEnd(p(a));
        const eb = periodEnd(p(b));
        if (ea < eb) expect(comparePeriods(a, b)).toBeLessThan(0);
        if (ea > eb) expect(comparePeriods(a, b)).toBeGreaterThan(0);
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        expect(p(previousPeriod(p(a))).frequency).toBe(p(a).frequency);
        expect(comparePeriods(previousPeriod(p(a)), a)).toBeLessThan(0);
      }),
    );
  });
});

describe('limits', () => {
  it('checks years, values and calendar dates at their edges', () => {
    expect([1899, 1900, 2200, 2201, 2024.5, '2024'].map(isYearInRange)).toEqual([false, true, true, false, false, false]);
    expect([1e15, -1e15, 1.0000000000000002e15, Infinity, NaN, '1', 0].map(isValueInRange)).toEqual([true, true, false, false, false, false, true]);
    expect(['2024-02-29', '2023-02-29', '2023-02-28', '2024-12-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32', '1899-12-31', '2200-12-31', '2024-1-01', ' 2024-01-01', 20240101].map(isCalendarDate)).toEqual([
      true, false, true, true, false, false, false, false, false, true, false, false, false,
    ]);
  });
});

describe('working days at their bounds', () => {
  const cal = overridesOf([
    { date: '2025-03-17', kind: 'holiday', name: 'test' },
    { date: '2025-03-15', kind: 'workday' },
  ]);
  it('reads overrides first, then the weekday', () => {
    expect(isWorkingDay('2025-03-17', cal)).toBe(false);
    expect(isWorkingDay('2025-03-15', cal)).toBe(true);
    expect(isWorkingDay('2025-03-16', cal)).toBe(false);
    expect(isWorkingDay('2025-03-18', cal)).toBe(true);
  });
  it('gives up after 60 days of holidays on bad data', () => {
    const all = overridesOf(Array.from({ length: 100 }, (_, i) => ({ date: addDays('2025-01-01', i), kind: 'holiday' as const })));
    expect(nextWorkingDay('2025-01-01', all)).toBe('2025-03-02');
    const fiftyNine = overridesOf(Array.from({ length: 59 }, (_, i) => ({ date: addDays('2025-01-06', i), kind: 'holiday' as const })));
    expect(nextWorkingDay('2025-01-06', fiftyNine)).toBe('2025-03-06'); // the 60th day, a Thursday
  });
  it('counts back over weekends and holidays', () => {
    expect(workingDaysBefore('2025-03-18', 1, cal)).toBe('2025-03-15');
    expect(workingDaysBefore('2025-03-18', 2, cal)).toBe('2025-03-14');
    expect(workingDaysBefore('2025-03-18', 0)).toBe('2025-03-18');
  });
  it('counts after from up to and including to', () => {
    expect(workingDaysBetween('2025-03-13', '2025-03-14')).toBe(1);
    expect(workingDaysBetween('2025-03-13', '2025-03-18', cal)).toBe(3); // 14, 15 (调休), 18
    expect(workingDaysBetween('2025-03-14', '2025-03-16')).toBe(0);
  });
  it('inverts working days before with working days between (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const date = nextWorkingDay(addDays('2025-01-01', offset));
        const before = workingDaysBefore(date, n);
        expect(isWorkingDay(before)).toBe(true);
        expect(workingDaysBetween(before, date)).toBe(n);
        expect(daysBetween(before, date)).toBeGreaterThanOrEqual(n);
      }),
    );
  });
  it('clamps the due day to 1..month length and drops fractions', () => {
    expect(cycleDueDate(p('2025-04'), 31)).toBe('2025-04-30');
    expect(cycleDueDate(p('2025-04'), 30)).toBe('2025-04-30');
    expect(cycleDueDate(p('2025-04'), 29.9)).toBe('2025-04-29');
    expect(cycleDueDate(p('2025-04'), -5)).toBe('2025-04-01');
    expect(cycleDueDate(p('2025-04'), 9)).toBe('2025-04-09');
    expect(cycleDueDate(p('2025Q2'), 10)).toBe('2025-06-10');
    expect(cycleDueDate(p('2025Q4'), 31)).toBe('2025-12-31');
    expect(cycleDueDate(p('2025-12'), 31)).toBe('2025-12-31');
  });
  it('starts quarters on their first month', () => {
    expect(['2025Q1', '2025Q2', '2025Q4'].map((t) => periodStart(p(t)))).toEqual(['2025-01-01', '2025-04-01', '2025-10-01']);
  });
  it('does whole-day arithmetic across a year end and leap days', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-10', '2025-03-10')).toBe(0);
  });
});
