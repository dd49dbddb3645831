// Corridor figures: exact values worked out by hand, boundaries of the 60-minute standard,
// percentile_cont as PostgreSQL computes it (float8 lerp: lo + (hi − lo) · (p·(n−1) − floor)).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aseanTradeByYear,
  clearanceMinutes,
  CsvReader,
  freshClearance,
  growthFromBaseline,
  growthPercent,
  monthlyFigures,
  parseInstant,
  percentileCont,
  rcepCoverage,
  round,
  shanghaiIso,
  shanghaiMonth,
  yearlyFigures,
  type FigureInput,
} from '../../src/domain/corridor/index';

const rec = (p: Partial<FigureInput> = {}): FigureInput => ({
  month: '2026-03',
  weightKg: 1000,
  teu: null,
  valueCny: 100,
  corridor: false,
  fresh: false,
  direction: 'export',
  inspected: false,
  arrivedAt: null,
  releasedAt: null,
  ...p,
});
const fresh = (minutes: number, p: Partial<FigureInput> = {}) => rec({ fresh: true, direction: 'import', arrivedAt: 0, releasedAt: minutes * 60_000, ...p });

describe('percentile_cont', () => {
  it('interpolates between closest ranks', () => {
    expect(percentileCont([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentileCont([10, 20, 30, 40], 0.9)).toBeCloseTo(37, 12); // pos 2.7: 30 + 10·0.7
    expect(percentileCont([10, 20, 30, 40, 50], 0.5)).toBe(30);
    expect(percentileCont([10, 20, 30, 40, 50], 0.9)).toBe(46); // pos 3.6
    expect(percentileCont([7], 0.9)).toBe(7);
    expect(percentileCont([], 0.5)).toBe(null);
    expect(percentileCont([1, 2], 0)).toBe(1);
    expect(percentileCont([1, 2], 1)).toBe(2);
    expect(() => percentileCont([1], 1.01)).toThrow(RangeError);
    expect(() => percentileCont([1], -0.01)).toThrow(RangeError);
  });
  it('lies between the minimum and the maximum and grows with p (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const s = [...xs].sort((a, b) => a - b);
        const v = percentileCont(s, p)!;
        expect(v).toBeGreaterThanOrEqual(s[0]);
        expect(v).toBeLessThanOrEqual(s[s.length - 1]);
        expect(percentileCont(s, Math.min(1, p + 0.1))!).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

describe('fresh clearance', () => {
  it('counts only fresh, non-inspected imports with both times', () => {
    expect(clearanceMinutes(fresh(42))).toBe(42);
    expect(clearanceMinutes(fresh(42, { inspected: true }))).toBe(null);
    expect(clearanceMinutes(fresh(42, { fresh: false }))).toBe(null);
    expect(clearanceMinutes(fresh(42, { direction: 'transit' }))).toBe(null);
    expect(clearanceMinutes(fresh(42, { releasedAt: null }))).toBe(null);
    expect(clearanceMinutes(fresh(42, { arrivedAt: null }))).toBe(null);
  });
  it('60 minutes is within the standard; 60 minutes and one second is not', () => {
    expect(freshClearance([60])!.shareWithin60).toBe(1);
    expect(freshClearance([60 + 1 / 60])!.shareWithin60).toBe(0);
    expect(freshClearance([59, 60, 61])).toEqual({ count: 3, medianMinutes: 60, p90Minutes: 60.8, shareWithin60: 0.6667 });
    expect(freshClearance([])).toBe(null);
  });
  it('rounds minutes to 0.01 and the share to 0.0001', () => {
    expect(freshClearance([10, 10 + 1 / 60])).toEqual({ count: 2, medianMinutes: 10.01, p90Minutes: 10.02, shareWithin60: 1 });
  });
});

describe('monthly figures', () => {
  it('sums all and the corridor subset per month, months ascending, clearance null without fresh imports', () => {
    const out = monthlyFigures([
      rec({ month: '2026-04', weightKg: 500, teu: 1, valueCny: 10.5, corridor: true }),
      rec({ month: '2026-03', weightKg: 1234.5, teu: 2, valueCny: 1000 }),
      rec({ month: '2026-03', weightKg: 765.5, teu: null, valueCny: 0.25, corridor: true }),
      fresh(30, { month: '2026-03', weightKg: 100, valueCny: 50 }),
      fresh(90, { month: '2026-03', weightKg: 100, valueCny: 50, inspected: true }),
    ]);
    expect(out).toEqual({
      rows: 5,
      months: [
        {
          month: '2026-03',
          shipments: 4,
          tonnes: 2.2,
          teu: 2,
          valueCny: 1100.25,
          corridor: { shipments: 1, tonnes: 0.766, teu: 0, valueCny: 0.25 },
          freshClearance: { count: 1, medianMinutes: 30, p90Minutes: 30, shareWithin60: 1 },
        },
        {
          month: '2026-04',
          shipments: 1,
          tonnes: 0.5,
          teu: 1,
          valueCny: 10.5,
          corridor: { shipments: 1, tonnes: 0.5, teu: 1, valueCny: 10.5 },
          freshClearance: null,
        },
      ],
    });
  });
  it('does not depend on the order of the records (property)', () => {
    const arb = fc.record({ month: fc.constantFrom('2025-12', '2026-01', '2026-02'), weightKg: fc.integer({ min: 1, max: 30000 }), teu: fc.option(fc.integer({ min: 0, max: 4 })), valueCny: fc.integer({ min: 0, max: 10 ** 7 }), corridor: fc.boolean(), minutes: fc.option(fc.integer({ min: 0, max: 600 })) });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (xs) => {
        const rs = xs.map((x) => (x.minutes === null ? rec(x) : fresh(x.minutes, x)));
        const a = monthlyFigures(rs);
        const b = monthlyFigures([...rs].reverse());
        expect(b).toEqual(a);
        expect(a.months.reduce((s, m) => s + m.shipments, 0)).toBe(rs.length);
        for (const m of a.months) expect(m.corridor.shipments).toBeLessThanOrEqual(m.shipments);
      }),
    );
  });
});

describe('years and growth', () => {
  it('sums months into years with corridor year-on-year growth', () => {
    const months = monthlyFigures([
      rec({ month: '2025-01', teu: 100, corridor: true, valueCny: 200 }),
      rec({ month: '2025-07', teu: 100, corridor: true, valueCny: 200 }),
      rec({ month: '2026-01', teu: 230, corridor: true, valueCny: 300 }),
    ]).months;
    const y = yearlyFigures(months);
    expect(y.map((x) => [x.year, x.months, x.corridor.teu, x.yoy.teu, x.yoy.valueCny, x.yoy.tonnes])).toEqual([
      [2025, 2, 200, null, null, null],
      [2026, 1, 230, 15, -25, -50],
    ]);
  });
  it('growth in per cent; none from a zero or missing base', () => {
    expect(growthPercent(115, 100)).toBe(15);
    expect(growthPercent(1, 3)).toBe(-66.67);
    expect(growthPercent(5, 0)).toBe(null);
    expect(growthPercent(5, null)).toBe(null);
    expect(growthFromBaseline(170200, { year: 2022, value: 148000 })).toBe(15);
    expect(growthFromBaseline(1, null)).toBe(null);
  });
  it('rounds half away from zero like SQL round(numeric)', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(2.5, 0)).toBe(3);
    expect(round(0.1234, 3)).toBe(0.123);
  });
});

describe('ASEAN trade and RCEP coverage', () => {
  it('counts imports from and exports to ASEAN members only', () => {
    const t = aseanTradeByYear([
      { ...rec({ month: '2026-02', direction: 'import', valueCny: 100 }), originCountry: 'VN', destinationCountry: 'CN' },
      { ...rec({ month: '2026-05', direction: 'export', valueCny: 50.5 }), originCountry: 'CN', destinationCountry: 'SG' },
      { ...rec({ month: '2026-05', direction: 'export', valueCny: 999 }), originCountry: 'CN', destinationCountry: 'JP' },
      { ...rec({ month: '2026-05', direction: 'transit', valueCny: 999 }), originCountry: 'TH', destinationCountry: 'SG' },
      { ...rec({ month: '2025-05', direction: 'import', valueCny: 7 }), originCountry: 'LA', destinationCountry: 'CN' },
    ]);
    expect([...t.entries()]).toEqual([
      [2026, 150.5],
      [2025, 7],
    ]);
  });
  it('coverage out of 14 (China excluded), routes valid on the day, the missing named in Chinese', () => {
    const c = rcepCoverage(
      [
        { country: 'SG', validFrom: '2020-01-01', validTo: null },
        { country: 'CN', validFrom: null, validTo: null },
        { country: 'JP', validFrom: '2026-07-01', validTo: null },
        { country: 'TH', validFrom: null, validTo: '2026-06-30' },
      ],
      '2026-06-30',
    );
    expect(c.total).toBe(14);
    expect(c.covered.map((m) => m.zh)).toEqual(['新加坡', '泰国']);
    expect(c.count).toBe(2);
    expect(c.missing.map((m) => m.zh)).toEqual(['澳大利亚', '文莱', '柬埔寨', '印度尼西亚', '日本', '韩国', '老挝', '马来西亚', '缅甸', '新西兰', '菲律宾', '越南']);
    expect(rcepCoverage([{ country: 'JP', validFrom: '2026-07-01', validTo: null }], '2026-07-01').count).toBe(1);
    expect(rcepCoverage([{ country: 'TH', validFrom: null, validTo: '2026-06-30' }], '2026-07-01').count).toBe(0);
  });
});

describe('time', () => {
  it('month in Asia/Shanghai at the boundary', () => {
    expect(shanghaiMonth(Date.UTC(2025, 11, 31, 16, 0, 0))).toBe('2026-01');
    expect(shanghaiMonth(Date.UTC(2025, 11, 31, 15, 59, 59, 999))).toBe('2025-12');
    expect(shanghaiIso(Date.UTC(2026, 0, 1, 0, 0))).toBe('2026-01-01T08:00:00.000+08:00');
  });
  it('offsets in both notations, Z, and fractions', () => {
    expect(parseInstant('2026-03-05T14:20:00+0800')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 6, 20) });
    expect(parseInstant('2026-03-05T14:20-01:30')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 15, 50) });
    expect(parseInstant('2026-03-05T14:20:00.25Z')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 14, 20, 0, 250) });
    expect(parseInstant('2026-03-05T24:00:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(parseInstant('2026-03-05T10:00:00+15:00')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(parseInstant('2026-13-01T10:00:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(parseInstant('2100-12-31T15:59:59Z').ok).toBe(true);
    expect(parseInstant('2100-12-31T16:00:00Z')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseInstant('1991-12-31T16:00:00Z').ok).toBe(true);
    expect(parseInstant('1991-12-31T15:59:59Z')).toEqual({ ok: false, problem: 'out_of_range' });
  });
  it('agrees with the platform time-zone database wherever it has one (property)', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        expect(shanghaiMonth(ms)).toBe(fmt.format(new Date(ms)).slice(0, 7));
      }),
    );
  });
});

describe('CSV reader', () => {
  it('quoted fields with commas, newlines and doubled quotes; the line a record starts on', () => {
    const r = new CsvReader();
    const out = [...r.push('a,b\r\n"x,1","line1\nline2"\n\n"q""q",z'), ...r.end()];
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x,1', 'line1\nline2'] },
      { line: 5, fields: ['q"q', 'z'] },
    ]);
  });
  it('refuses a stray quote and an unclosed one', () => {
    expect(() => new CsvReader().push('a,b"c\n')).toThrow(/quote/);
    const r = new CsvReader();
    r.push('"abc');
    expect(() => r.end()).toThrow(/not closed/);
  });
});
