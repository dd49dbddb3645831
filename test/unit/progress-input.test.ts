// The input contract: the validator the CLI uses, and the engine's promise never to throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicatorStatus, distanceCovered, parseStatusInput, type StatusInput } from '../../src/domain/progress/index';

const good = {
  indicator: {
    name: '外贸进出口额（东盟）',
    unit: '亿元',
    direction: 'increase',
    limit: null,
    baseline: { year: 2022, value: 306 },
    targets: [{ year: 2027, kind: 'level', value: 355 }],
  },
  observations: [
    { period: '2023', value: 318 },
    { period: '2024', value: 327, provisional: true },
  ],
};

describe('parseStatusInput', () => {
  it('accepts a good file and normalises it', () => {
    const r = parseStatusInput({ ...good, observations: [{ period: '2024q1', value: 80 }, ...good.observations], indicator: { ...good.indicator, aggregation: 'sum' } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.observations[0].period).toBe('2024Q1');
      expect(r.value.observations[2].provisional).toBe(true);
      expect(r.value.indicator.limit).toBeNull();
    }
  });

  it('fills in an omitted limit and baseline as null', () => {
    const { limit: _l, baseline: _b, ...indicator } = good.indicator;
    const r = parseStatusInput({ ...good, indicator });
    expect(r.ok && r.value.indicator.limit === null && r.value.indicator.baseline === null).toBe(true);
  });

  it('names every problem with its path, in Chinese and English', () => {
    const r = parseStatusInput({
      indicator: {
        direction: 'up',
        limit: 'none',
        baseline: { year: 22, value: '306' },
        targets: [
          { year: 2027, kind: 'level' },
          { year: 2027, kind: 'weird', value: 1 },
          { year: 2030, kind: 'growth', value: 10, growthBasis: 'yearly' },
          { year: 2031, kind: 'coverage', value: null },
        ],
      },
      observations: [
        { period: '2024-13', value: 1 },
        { period: '2024-03', value: null },
        { period: '2024-03', value: 3 },
      ],
      asOf: '2025-02-30',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'indicator.direction',
        'indicator.limit',
        'indicator.baseline.year',
        'indicator.baseline.value',
        'indicator.targets[0].value',
        'indicator.targets[1].year',
        'indicator.targets[1].kind',
        'indicator.targets[2].growthBasis',
        'indicator.targets[3]',
        'observations[0].period',
        'observations[1].value',
        'observations[2].period',
        'asOf',
      ]),
    );
    for (const e of r.errors) {
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.messageEn).toMatch(/[a-z]/);
    }
  });

  it('asks for an aggregation when months or quarters are given', () => {
    const r = parseStatusInput({ ...good, observations: [{ period: '2024-01', value: 30 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('indicator.aggregation');
  });

  it('rejects what is not an object', () => {
    for (const bad of [null, 42, 'x', [], { indicator: [] }]) expect(parseStatusInput(bad).ok).toBe(false);
  });

  it('leaves assessable-but-incomplete input to the engine (relative target without benchmark)', () => {
    const input = { ...good, indicator: { ...good.indicator, unit: '%', targets: [{ year: 2027, kind: 'relative', value: 3, benchmark: '全市' }] } };
    const r = parseStatusInput(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const s = computeIndicatorStatus(r.value);
      expect(s.status).toBe('insufficient_data');
      expect(s.gaps.map((g) => g.code)).toContain('no_benchmark');
    }
  });
});

describe('computeIndicatorStatus on odd input', () => {
  it('never throws, and says why it cannot assess', () => {
    const odd: unknown[] = [
      null,
      {},
      { indicator: null },
      { indicator: { direction: 'increase', limit: null, baseline: null, targets: [] }, observations: [] },
      { indicator: { direction: 'increase', limit: null, baseline: null, targets: null }, observations: null },
      { indicator: { direction: 'increase', limit: null, baseline: { year: 2022, value: NaN }, targets: [{ year: 2027, kind: 'level', value: 1 }] }, observations: [{ period: 'soon', value: 'x' }] },
      { indicator: { direction: 'decrease', limit: 0, baseline: { year: 2027, value: 5 }, targets: [{ year: 2027, kind: 'level', value: 1 }] }, observations: [{ period: '2028', value: 4 }] },
      { indicator: { direction: 'increase', limit: null, baseline: { year: 2022, value: 5 }, targets: [{ year: 2027, kind: 'level', value: 5 }] }, observations: [{ period: '2024', value: 4 }] },
    ];
    for (const o of odd) {
      const r = computeIndicatorStatus(o as StatusInput);
      expect(r.status).toBeTypeOf('string');
      expect(r.explanation.zh.length).toBeGreaterThan(0);
      expect(r.explanation.en.length).toBeGreaterThan(0);
    }
    expect(computeIndicatorStatus(null as unknown as StatusInput).status).toBe('insufficient_data');
    const empty = computeIndicatorStatus(odd[3] as StatusInput);
    expect(empty.status).toBe('insufficient_data');
    expect(empty.gaps.map((g) => g.code)).toEqual(expect.arrayContaining(['no_target', 'no_data']));
  });

  it('never throws on arbitrary JSON-like input (property)', () => {
    const period = fc.oneof(fc.integer({ min: 2015, max: 2030 }).map(String), fc.constantFrom('2024-03', '2024Q2', '2025-12', 'x'));
    const num = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -5, max: 500 }), fc.constant(0));
    const target = fc.record({
      year: fc.integer({ min: 2018, max: 2032 }),
      kind: fc.constantFrom('level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending', 'bogus'),
      value: fc.option(num),
      growthBasis: fc.constantFrom(undefined, 'annual', 'cumulative'),
      set: fc.option(fc.array(fc.constantFrom('AU', 'MM', 'SG', 'VN'), { maxLength: 4 })),
    });
    const input = fc.record({
      indicator: fc.record({
        direction: fc.constantFrom('increase', 'decrease'),
        limit: fc.option(num),
        aggregation: fc.constantFrom(undefined, 'sum', 'average', 'last'),
        baseline: fc.option(fc.record({ year: fc.integer({ min: 2015, max: 2030 }), value: num })),
        targets: fc.array(target, { maxLength: 3 }),
        milestones: fc.option(fc.array(fc.record({ year: fc.integer({ min: 2015, max: 2030 }), value: num }), { maxLength: 3 })),
      }),
      observations: fc.array(fc.record({ period, value: num, provisional: fc.boolean() }), { maxLength: 14 }),
      benchmark: fc.option(fc.array(fc.record({ period, value: num }), { maxLength: 6 })),
      covered: fc.option(fc.array(fc.constantFrom('AU', 'MM', 'SG', 'XX'), { maxLength: 4 })),
    });
    fc.assert(
      fc.property(input, (i) => {
        const r = computeIndicatorStatus(i as unknown as StatusInput);
        return typeof r.status === 'string' && r.explanation.zh.length > 0 && !r.gaps.some((g) => g.code === 'invalid_input');
      }),
      { numRuns: 400 },
    );
  });
});

describe('distance covered (PILOTE)', () => {
  it('is bounded 0–100 and handles a baseline already at or past the target', () => {
    expect(distanceCovered(306, 327, 355, 'increase')).toBeCloseTo(42.857142857, 8);
    expect(distanceCovered(306, 400, 355, 'increase')).toBe(100);
    expect(distanceCovered(306, 290, 355, 'increase')).toBe(0);
    expect(distanceCovered(90, 75, 60, 'decrease')).toBe(50);
    // Degenerate: the baseline already meets the target.
    expect(distanceCovered(360, 356, 355, 'increase')).toBe(100);
    expect(distanceCovered(360, 350, 355, 'increase')).toBe(0);
    expect(distanceCovered(50, 58, 60, 'decrease')).toBe(100);
    expect(distanceCovered(50, 61, 60, 'decrease')).toBe(0);
    expect(distanceCovered(null, 1, 2, 'increase')).toBeNull();
  });
});
