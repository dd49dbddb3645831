// Edges of src/domain/corridor/figures.ts that corridor-figures.test.ts leaves open: the
// percentile's refusal, a year missing between two years, zero bases, rounding of negatives,
// the accumulator read twice, and partners of transit shipments.
import { describe, expect, it } from 'vitest';
import {
  aseanTradeByYear, CLEARANCE_STANDARD_MINUTES, clearanceMinutes, FiguresAccumulator, growthPercent, monthlyFigures, partnerCountry, percentileCont, rcepCoverage, round, totals, yearlyFigures, type FigureInput,
} from '../../src/domain/corridor/figures';

const rec = (p: Partial<FigureInput> = {}): FigureInput => ({ month: '2026-03', weightKg: 1000, teu: null, valueCny: 100, corridor: true, fresh: false, direction: 'export', inspected: false, arrivedAt: null, releasedAt: null, ...p });

describe('figures at their edges', () => {
  it('the standard is 60 minutes; the percentile refuses p outside 0–1 (and NaN) with its message', () => {
    expect(CLEARANCE_STANDARD_MINUTES).toBe(60);
    expect(() => percentileCont([1, 2], Number.NaN)).toThrow('percentile must be between 0 and 1');
    expect(() => percentileCont([1, 2], 1.0000001)).toThrow(RangeError);
    expect(percentileCont([1, 3], 0.25)).toBe(1.5);
  });
  it('year on year needs the year just before: none across a missing year, none from a zero base', () => {
    const months = monthlyFigures([rec({ month: '2024-05', teu: 10 }), rec({ month: '2026-05', teu: 20 }), rec({ month: '2027-05', teu: 30, weightKg: 0, valueCny: 0 })]).months;
    const y = yearlyFigures(months);
    expect(y.map((x) => [x.year, x.yoy.teu, x.yoy.tonnes, x.yoy.valueCny])).toEqual([
      [2024, null, null, null],
      [2026, null, null, null],
      [2027, 50, -100, -100],
    ]);
    expect(growthPercent(5, undefined)).toBeNull();
    expect(growthPercent(0, 5)).toBe(-100);
  });
  it('yearly totals add every month, all shipments and the corridor subset apart', () => {
    const months = monthlyFigures([rec({ month: '2026-01', weightKg: 1500, teu: 1.5, valueCny: 10.25 }), rec({ month: '2026-02', weightKg: 500, teu: 2, valueCny: 0.75, corridor: false })]).months;
    expect(yearlyFigures(months)).toEqual([
      { year: 2026, months: 2, shipments: 2, tonnes: 2, teu: 3.5, valueCny: 11, corridor: { shipments: 1, tonnes: 1.5, teu: 1.5, valueCny: 10.25 }, yoy: { teu: null, tonnes: null, valueCny: null } },
    ]);
    expect(yearlyFigures([])).toEqual([]);
  });
  it('rounds negatives half away from zero; totals round tonnes to 3 and TEU and value to 2 decimals', () => {
    expect(round(-1.005, 2)).toBe(-1.01);
    expect(round(-0.0004, 3)).toBe(-0);
    expect(round(2.675, 2)).toBe(2.68);
    expect(totals(3, 1234.5678, 1.234, 5.555)).toEqual({ shipments: 3, tonnes: 1.235, teu: 1.23, valueCny: 5.56 });
  });
  it('the accumulator counts rows and can be read twice', () => {
    const acc = new FiguresAccumulator();
    acc.add(rec());
    acc.add(rec({ month: '2026-01' }));
    const first = acc.result();
    expect(first.rows).toBe(2);
    expect(first.months.map((m) => m.month)).toEqual(['2026-01', '2026-03']);
    expect(acc.result()).toEqual(first);
  });
  it('a transit shipment has no partner; ASEAN trade rounds each year to 2 decimals', () => {
    expect(partnerCountry({ direction: 'transit', originCountry: 'VN', destinationCountry: 'SG' })).toBeNull();
    expect(partnerCountry({ direction: 'import', originCountry: 'VN', destinationCountry: 'CN' })).toBe('VN');
    expect(partnerCountry({ direction: 'export', originCountry: 'CN', destinationCountry: 'SG' })).toBe('SG');
    const t = aseanTradeByYear([
      { ...rec({ month: '2026-02', direction: 'import', valueCny: 0.105 }), originCountry: 'VN', destinationCountry: 'CN' },
      { ...rec({ month: '2026-03', direction: 'import', valueCny: 0.001 }), originCountry: 'TH', destinationCountry: 'CN' },
    ]);
    expect([...t.entries()]).toEqual([[2026, 0.11]]);
  });
  it('coverage: a route valid from the day counts, one ending the day before does not; the result names the day', () => {
    const c = rcepCoverage([{ country: 'VN', validFrom: '2026-06-30', validTo: '2026-06-30' }, { country: 'KR', validFrom: null, validTo: '2026-06-29' }], '2026-06-30');
    expect(c.asOf).toBe('2026-06-30');
    expect(c.covered).toEqual([{ code: 'VN', zh: '越南' }]);
    expect(c.count).toBe(1);
    expect(c.missing).toHaveLength(13);
    expect(c.missing.find((m) => m.code === 'KR')).toEqual({ code: 'KR', zh: '韩国' });
  });
});

// Survivors of the 2026-12-01 mutation run (93.38 %) that a test can kill.
describe('figures.ts survivors', () => {
  it('clearance minutes are release minus arrival, not from time zero', () => {
    expect(clearanceMinutes({ fresh: true, direction: 'import', inspected: false, arrivedAt: 10 * 60_000, releasedAt: 52 * 60_000 })).toBe(42);
  });
  it('years come out ascending with year on year whatever the order of the months given', () => {
    const [a, b] = monthlyFigures([rec({ month: '2025-01', teu: 10 }), rec({ month: '2026-01', teu: 11 })]).months;
    expect(yearlyFigures([b, a]).map((y) => [y.year, y.yoy.teu])).toEqual([
      [2025, null],
      [2026, 10],
    ]);
  });
});
