// `reportLate`: the one definition of a late report (lists, the cycle board and the cockpit roll-up follow it).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportLate, REPORT_STATES, type ReportState } from '../../src/domain/delivery/states';
import { shanghaiDate } from '../../src/domain/calendar/workdays';

const r = (status: ReportState, dueOn: string | null, submittedOn: string | null = null) => ({ status, dueOn, submittedOn });

describe('reportLate', () => {
  it('handed in: late only on a later day than the due day', () => {
    for (const s of ['submitted', 'approved', 'accepted'] as const) {
      expect(reportLate(r(s, '2026-10-25', '2026-10-25'), '2026-12-01')).toBe(false);
      expect(reportLate(r(s, '2026-10-25', '2026-10-24'), '2026-12-01')).toBe(false);
      expect(reportLate(r(s, '2026-10-25', '2026-10-26'), '2026-10-26')).toBe(true);
      // Handed in without a recorded time (old data): not counted late.
      expect(reportLate(r(s, '2026-10-25', null), '2026-12-01')).toBe(false);
    }
  });
  it('not handed in: late once the due day has passed, not on it', () => {
    for (const s of ['draft', 'returned'] as const) {
      expect(reportLate(r(s, '2026-10-25'), '2026-10-25')).toBe(false);
      expect(reportLate(r(s, '2026-10-25'), '2026-10-26')).toBe(true);
      expect(reportLate(r(s, '2026-10-25'), '2026-10-24')).toBe(false);
      // A submission date left from an earlier round does not make a returned report on time.
      expect(reportLate(r(s, '2026-10-25', '2026-10-20'), '2026-10-26')).toBe(true);
    }
  });
  it('no due day: never late', () => {
    for (const s of REPORT_STATES) expect(reportLate(r(s, null, '2030-01-01'), '2030-01-01')).toBe(false);
  });
  it('the day is Beijing\'s: 16:30 UTC on the due day is already the next day', () => {
    expect(reportLate(r('submitted', '2026-10-25', shanghaiDate(new Date('2026-10-25T16:30:00Z'))), '2026-12-01')).toBe(true);
    expect(reportLate(r('submitted', '2026-10-25', shanghaiDate(new Date('2026-10-25T15:30:00Z'))), '2026-12-01')).toBe(false);
  });
  it('property: a later today never turns a late report on time', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_STATES), day, fc.option(day, { nil: null }), day, day, (s, due, sub, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (reportLate(r(s, due, sub), early)) expect(reportLate(r(s, due, sub), late)).toBe(true);
      }),
    );
  });
});
