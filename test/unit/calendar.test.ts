import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodDue, periodEnd, periodsOfYear, previousPeriod } from '../../src/domain/calendar/period';

describe('reporting periods', () => {
  it('parses years, quarters and months and rejects the rest', () => {
    expect(parsePeriod('2024')).toMatchObject({ year: 2024, frequency: 'yearly' });
    expect(parsePeriod('2024q3')).toMatchObject({ text: '2024Q3', frequency: 'quarterly', index: 3 });
    expect(parsePeriod('2024-03')).toMatchObject({ frequency: 'monthly', index: 3 });
    for (const bad of ['2024-13', '2024Q5', '24', '2024-3', '', '2024年']) expect(parsePeriod(bad)).toBeNull();
  });

  it('knows period ends, due dates and predecessors', () => {
    expect(periodEnd(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2023Q4')!)).toBe('2023-12-31');
    expect(periodDue(parsePeriod('2024-02')!)).toBe('2024-03-10');
    expect(periodDue(parsePeriod('2024')!)).toBe('2025-02-14');
    expect(previousPeriod(parsePeriod('2024-01')!)).toBe('2023-12');
    expect(previousPeriod(parsePeriod('2024Q1')!)).toBe('2023Q4');
    expect(periodsOfYear('quarterly', 2025)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(periodsOfYear('monthly', 2025)).toHaveLength(12);
  });

  it('orders a full year after its months', () => {
    expect(['2024', '2024-12', '2024-01', '2023', '2024Q2'].sort(comparePeriods)).toEqual(['2023', '2024-01', '2024Q2', '2024-12', '2024']);
  });
});

describe('parsePeriod answers from its cache as it parsed', () => {
  it('gives the same period for the same text, frozen, so no caller can change another caller\'s', () => {
    const a = parsePeriod('2024-03')!;
    const b = parsePeriod('2024-03')!;
    expect(b).toEqual({ text: '2024-03', year: 2024, frequency: 'monthly', index: 3 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { index: number }).index = 4;
    }).toThrow(TypeError);
    expect(parsePeriod('2024-03')!.index).toBe(3);
    // Refusals are remembered as refusals; padded texts still parse.
    expect(parsePeriod('2024-13')).toBeNull();
    expect(parsePeriod('2024-13')).toBeNull();
    expect(parsePeriod(' 2024Q2 ')).toEqual({ text: '2024Q2', year: 2024, frequency: 'quarterly', index: 2 });
    // More distinct texts than the cache holds: answers stay right after it is emptied.
    for (let y = 1900; y <= 2200; y++) for (let m = 1; m <= 12; m++) expect(parsePeriod(`${y}-${String(m).padStart(2, '0')}`)!.year).toBe(y);
    expect(parsePeriod('2024-03')!.index).toBe(3);
  });
});
