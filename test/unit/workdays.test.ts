import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain/calendar/period';
import {
  addDays,
  cycleDueDate,
  daysBetween,
  isWorkingDay,
  nextWorkingDay,
  overridesOf,
  periodStart,
  shanghaiDate,
  workingDaysBefore,
  workingDaysBetween,
} from '../../src/domain/calendar/workdays';

// 2025 official arrangement (国办发明电〔2024〕12号): 国庆 10-01..10-08 off, make-up days Sun 09-28 and Sat 10-11;
// 劳动节 05-01..05-05 off, make-up Sun 04-27.
const cal = overridesOf([
  ...['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'].map((date) => ({ date, kind: 'holiday' as const })),
  { date: '2025-09-28', kind: 'workday' },
  { date: '2025-10-11', kind: 'workday' },
  ...['2025-05-01', '2025-05-02', '2025-05-05'].map((date) => ({ date, kind: 'holiday' as const })),
  { date: '2025-04-27', kind: 'workday' },
]);

describe('working days', () => {
  it('knows weekends, holidays and make-up days', () => {
    expect(isWorkingDay('2025-03-14')).toBe(true); // Friday
    expect(isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-16')).toBe(false); // Sunday
    expect(isWorkingDay('2025-03-17')).toBe(true); // Monday
    expect(isWorkingDay('2025-10-01', cal)).toBe(false);
    expect(isWorkingDay('2025-09-28', cal)).toBe(true); // Sunday 调休
    expect(isWorkingDay('2025-10-11', cal)).toBe(true); // Saturday 调休
  });
  it('moves a deadline to the next working day', () => {
    expect(nextWorkingDay('2025-03-14')).toBe('2025-03-14');
    expect(nextWorkingDay('2025-03-15')).toBe('2025-03-17');
    expect(nextWorkingDay('2025-10-01', cal)).toBe('2025-10-09');
    expect(nextWorkingDay('2025-10-04', cal)).toBe('2025-10-09');
  });
  it('counts working days before and between', () => {
    expect(workingDaysBefore('2025-03-17', 1)).toBe('2025-03-14');
    expect(workingDaysBefore('2025-03-17', 3)).toBe('2025-03-12');
    expect(workingDaysBefore('2025-10-09', 1, cal)).toBe('2025-09-30');
    expect(workingDaysBetween('2025-03-14', '2025-03-17')).toBe(1);
    expect(workingDaysBetween('2025-03-14', '2025-03-14')).toBe(0);
    expect(workingDaysBetween('2025-03-17', '2025-03-14')).toBe(0);
    expect(workingDaysBetween('2025-09-26', '2025-10-12', cal)).toBe(6); // 9-28 (调休), 9-29, 9-30, 10-09, 10-10, 10-11 (调休)
  });
  it('computes cycle due dates on the 25th, moved off weekends and holidays', () => {
    expect(cycleDueDate(parsePeriod('2025-03')!, 25)).toBe('2025-03-25'); // Tuesday
    expect(cycleDueDate(parsePeriod('2025-05')!, 25)).toBe('2025-05-26'); // Sunday → Monday
    expect(cycleDueDate(parsePeriod('2025-10')!, 1, cal)).toBe('2025-10-09');
    expect(cycleDueDate(parsePeriod('2025Q1')!, 25)).toBe('2025-03-25');
    expect(cycleDueDate(parsePeriod('2024-02')!, 31)).toBe('2024-02-29'); // Thursday, clamped
    expect(cycleDueDate(parsePeriod('2025')!, 20)).toBe('2025-12-22'); // Saturday 20th → Monday
    expect(cycleDueDate(parsePeriod('2025-03')!, 0)).toBe('2025-03-03'); // day 1 is a Saturday
  });
  it('does date arithmetic in whole days and in Shanghai time', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-03-10', '2025-03-20')).toBe(10);
    expect(daysBetween('2025-03-20', '2025-03-10')).toBe(-10);
    expect(periodStart(parsePeriod('2025Q3')!)).toBe('2025-07-01');
    expect(periodStart(parsePeriod('2025-11')!)).toBe('2025-11-01');
    expect(periodStart(parsePeriod('2025')!)).toBe('2025-01-01');
    expect(shanghaiDate(new Date('2025-03-10T15:59:59Z'))).toBe('2025-03-10');
    expect(shanghaiDate(new Date('2025-03-10T16:00:00Z'))).toBe('2025-03-11');
  });
});
