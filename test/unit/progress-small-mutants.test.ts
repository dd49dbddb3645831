// Kills the mutants of the small status helpers: progress/history.ts (why a status changed),
// progress/summary.ts (what a list row shows), progress/units.ts (unit words in English) and
// delivery/versions.ts (what a resubmitted report corrected). Whole outputs, every kind of
// change, new/changed/gone, and the order. Results are computed inside the tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusInputChanges } from '../../src/domain/progress/history';
import { SPARKLINE_POINTS, summarizeStatus } from '../../src/domain/progress/summary';
import { UNIT_EN, unitEn } from '../../src/domain/progress/units';
import { REPORT_FIELDS, versionChanges } from '../../src/domain/delivery/versions';

type Input = Parameters<typeof statusInputChanges>[1];
const input = (extra: Record<string, unknown> = {}, indicator: Record<string, unknown> = {}): Input =>
  ({
    observations: [
      { period: '2024', value: 10 },
      { period: '2025', value: 12 },
    ],
    indicator: { direction: 'increase', baseline: { year: 2020, value: 5 }, targets: [{ year: 2027, kind: 'absolute', value: 20 }], milestones: [{ year: 2026, value: 15 }], ...indicator },
    benchmark: [{ period: '2025', value: 3 }],
    covered: ['a', 'b'],
    asOf: '2026-06-30',
    ...extra,
  }) as never;

describe('statusInputChanges', () => {
  it('nothing before, or nothing changed: no change', () => {
    expect(statusInputChanges(null, input())).toEqual([]);
    expect(statusInputChanges(undefined, input())).toEqual([]);
    expect(statusInputChanges(input(), input())).toEqual([]);
  });

  it('every kind at once, in the fixed order, keys sorted, new/changed/gone', () => {
    const after = input(
      {
        observations: [
          { period: '2025', value: 13 },
          { period: '2023', value: 9 },
        ],
        benchmark: [{ period: '2026', value: 4 }],
        covered: ['a'],
        asOf: undefined,
      },
      {
        direction: 'decrease',
        baseline: { year: 2021, value: 5 },
        targets: [
          { year: 2027, kind: 'relative', value: 20, growthBasis: 'annual' },
          { year: 2030, kind: 'absolute', value: null },
        ],
        milestones: [{ year: 2026, value: 16 }],
      },
    );
    expect(statusInputChanges(input(), after)).toEqual([
      { kind: 'value', period: '2023', from: null, to: 9 },
      { kind: 'value', period: '2024', from: 10, to: null },
      { kind: 'value', period: '2025', from: 12, to: 13 },
      { kind: 'target', year: 2027, from: 'absolute 20', to: 'relative 20 annual' },
      { kind: 'target', year: 2030, from: null, to: 'absolute' },
      { kind: 'baseline', from: '2020: 5', to: '2021: 5' },
      { kind: 'milestone', year: 2026, from: 15, to: 16 },
      { kind: 'direction', from: 'increase', to: 'decrease' },
      { kind: 'covered', from: 2, to: 1 },
      { kind: 'benchmark', period: '2025', from: 3, to: null },
      { kind: 'benchmark', period: '2026', from: null, to: 4 },
      { kind: 'asOf', from: '2026-06-30', to: null },
    ]);
  });

  it('missing lists and a missing baseline count as empty; a target whose growth basis is not annual says nothing of it', () => {
    const bare = input({ benchmark: undefined, covered: undefined, asOf: undefined }, { baseline: null, milestones: undefined });
    expect(statusInputChanges(bare, input({}, { baseline: null, milestones: undefined }))).toEqual([
      { kind: 'covered', from: 0, to: 2 },
      { kind: 'benchmark', period: '2025', from: null, to: 3 },
      { kind: 'asOf', from: null, to: '2026-06-30' },
    ]);
    expect(statusInputChanges(bare, input({ benchmark: undefined, covered: undefined, asOf: undefined }, { baseline: { year: 2020, value: 5 }, milestones: [{ year: 2030, value: 1 }] }))).toEqual([
      { kind: 'baseline', from: null, to: '2020: 5' },
      { kind: 'milestone', year: 2030, from: null, to: 1 },
    ]);
    const compound = input({}, { targets: [{ year: 2027, kind: 'relative', value: 20, growthBasis: 'compound' }] });
    expect(statusInputChanges(input({}, { targets: [{ year: 2027, kind: 'relative', value: 20 }] }), compound)).toEqual([]);
    // A value that becomes null is a change of value, not a gone period.
    expect(statusInputChanges(input(), input({ observations: [{ period: '2024', value: 10 }, { period: '2025', value: null }] }))).toEqual([{ kind: 'value', period: '2025', from: 12, to: null }]);
  });

  it('property: the changes from a to b mirror those from b to a', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('2021', '2022', '2023', '2024'), fc.integer({ min: 0, max: 3 })), fc.dictionary(fc.constantFrom('2021', '2022', '2023', '2024'), fc.integer({ min: 0, max: 3 })), (x, y) => {
        const obs = (d: Record<string, number>) => Object.entries(d).map(([period, value]) => ({ period, value }));
        const a = input({ observations: obs(x) });
        const b = input({ observations: obs(y) });
        const ab = statusInputChanges(a, b) as { period: string; from: number | null; to: number | null }[];
        const ba = statusInputChanges(b, a) as { period: string; from: number | null; to: number | null }[];
        expect(ba).toEqual(ab.map((c) => ({ ...c, from: c.to, to: c.from })));
        expect(ab.map((c) => c.period)).toEqual([...ab.map((c) => c.period)].sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('summarizeStatus', () => {
  const target = (year: number, extra: Record<string, unknown> = {}) => ({ year, kind: 'absolute', input: 'x', value: year, direction: 'increase', rule: 'r', ...extra });
  const result = (extra: Record<string, unknown> = {}) =>
    ({
      status: 'on_track',
      current: { year: 2025, value: 12 },
      distanceCovered: 40,
      target: target(2027),
      targets: [target(2027, { value: 99 }), target(2030)],
      annual: [
        { year: 2024, value: 10 },
        { year: 2025, value: 12 },
      ],
      milestones: [{ year: 2026, value: 15, extra: 1 }],
      covered: null,
      explanation: { zh: '中', en: 'en' },
      ...extra,
    }) as never;
  const inp = (observations: { period: string; value: number }[], targets = [{ year: 2030 }]) => ({ observations, indicator: { targets } }) as never;

  it('a yearly series: latest from the current year, sparkline from the annual values, the assessed target', () => {
    expect(summarizeStatus(result(), inp([{ period: '2024', value: 10 }, { period: '2025', value: 12 }]))).toEqual({
      status: 'on_track',
      latest: { period: '2025', value: 12 },
      distanceCovered: 40,
      sparkline: [10, 12],
      target: { year: 2027, kind: 'absolute', input: 'x', value: 99, direction: 'increase', rule: 'r' },
      milestones: [{ year: 2026, value: 15 }],
      covered: null,
      explanation: { zh: '中', en: 'en' },
    });
  });

  it('no current year: the last observation; none at all: null', () => {
    expect(summarizeStatus(result({ current: null }), inp([{ period: '2024-01', value: 3 }, { period: '2024-02', value: 4 }])).latest).toEqual({ period: '2024-02', value: 4 });
    expect(summarizeStatus(result({ current: null }), inp([])).latest).toBeNull();
  });

  it('a sub-annual series: its last 24 periods, ignoring yearly ones', () => {
    const obs = [{ period: '2020', value: -1 }, ...Array.from({ length: 30 }, (_, i) => ({ period: `2024-${String(i).padStart(2, '0')}`, value: i }))];
    const s = summarizeStatus(result(), inp(obs));
    expect(SPARKLINE_POINTS).toBe(24);
    expect(s.sparkline).toEqual(Array.from({ length: 24 }, (_, i) => i + 6));
    expect(summarizeStatus(result(), inp(obs.slice(0, 3))).sparkline).toEqual([0, 1]);
  });

  it('the target: the engine’s, else the indicator’s last; its optional parts only when set', () => {
    // No target resolved: the last indicator target's year picks the assessed one.
    expect(summarizeStatus(result({ target: null }), inp([], [{ year: 2027 }, { year: 2030 }])).target).toEqual({ year: 2030, kind: 'absolute', input: 'x', value: 2030, direction: 'increase', rule: 'r' });
    // A year with no assessed target falls back to the engine's target.
    expect(summarizeStatus(result({ targets: [] }), inp([])).target).toMatchObject({ year: 2027, value: 2027 });
    expect(summarizeStatus(result({ target: null, targets: [] }), inp([], [])).target).toBeNull();
    expect(summarizeStatus(result({ target: null }), inp([], [])).target).toBeNull();
    const full = target(2027, { growthBasis: 'annual', benchmark: { name: 'b' }, setSize: 0 });
    expect(summarizeStatus(result({ targets: [full] }), inp([])).target).toEqual({ year: 2027, kind: 'absolute', input: 'x', value: 2027, direction: 'increase', rule: 'r', growthBasis: 'annual', benchmark: { name: 'b' }, setSize: 0 });
    expect(summarizeStatus(result({ covered: ['甲'] }), inp([])).covered).toEqual(['甲']);
  });
  it('a target without the optional parts carries no such keys, not keys holding undefined (survivor of the Stryker run of 2026-12-01, 22:39 UTC)', () => {
    // toEqual ignores a key holding undefined; the stored summary is compared key by key here.
    const shown = summarizeStatus(result({ target: null }), inp([], [{ year: 2027 }, { year: 2030 }])).target;
    expect(shown).toStrictEqual({ year: 2030, kind: 'absolute', input: 'x', value: 2030, direction: 'increase', rule: 'r' });
    expect(Object.keys(shown!)).toEqual(['year', 'kind', 'input', 'value', 'direction', 'rule']);
  });
});

describe('unitEn', () => {
  it('every table entry; blanks trimmed; unknown and empty kept', () => {
    for (const [zh, en] of Object.entries(UNIT_EN)) expect(unitEn(` ${zh} `)).toBe(en);
    expect(unitEn('万吨')).toBe('10k t');
    expect(unitEn('个')).toBe('');
    expect(unitEn('％')).toBe('%');
    expect(unitEn(' 艘 ')).toBe('艘');
    expect(unitEn(null)).toBe('');
    expect(unitEn(undefined)).toBe('');
    expect(unitEn('toString')).toBe('toString');
    expect(unitEn(' constructor ')).toBe('constructor');
    expect(Object.keys(UNIT_EN)).toHaveLength(29);
  });
});

describe('versionChanges', () => {
  it('each field: changed, added, removed; blanks and undefined are null; numbers kept as numbers', () => {
    expect(REPORT_FIELDS).toEqual(['progress', 'percentDone', 'text', 'problems', 'nextSteps', 'coordination']);
    expect(
      versionChanges(
        { progress: 'on_track', percentDone: 40, text: 'a', problems: '', nextSteps: null, coordination: 'c' },
        { progress: 'delayed', percentDone: 40, text: 'a', problems: null, nextSteps: 'n', coordination: undefined },
      ),
    ).toEqual([
      { field: 'progress', before: 'on_track', after: 'delayed' },
      { field: 'nextSteps', before: null, after: 'n' },
      { field: 'coordination', before: 'c', after: null },
    ]);
    expect(versionChanges({ percentDone: 40 }, { percentDone: '40' })).toEqual([{ field: 'percentDone', before: 40, after: '40' }]);
    expect(versionChanges({ text: true }, { text: 'true' })).toEqual([]);
    expect(versionChanges({ percentDone: 0 }, {})).toEqual([{ field: 'percentDone', before: 0, after: null }]);
  });

  it('milestone percentages, one change per milestone; malformed entries ignored', () => {
    expect(
      versionChanges(
        { milestoneProgress: [{ milestoneId: 'm1', percent: 10 }, { milestoneId: 'm2', percent: 50 }, { milestoneId: 3, percent: 1 }, { milestoneId: 'm4', percent: '5' }, null] },
        { milestoneProgress: [{ milestoneId: 'm2', percent: 50 }, { milestoneId: 'm3', percent: 0 }, { milestoneId: 'm1', percent: 20 }] },
      ),
    ).toEqual([
      { field: 'milestone', milestoneId: 'm1', before: 10, after: 20 },
      { field: 'milestone', milestoneId: 'm3', before: null, after: 0 },
    ]);
    expect(versionChanges({ milestoneProgress: [{ milestoneId: 'm1', percent: 10 }] }, { milestoneProgress: 'none' })).toEqual([{ field: 'milestone', milestoneId: 'm1', before: 10, after: null }]);
    expect(versionChanges({}, {})).toEqual([]);
  });
});
