// More edges of src/domain/evaluation/evaluate.ts (issue 18), beside evaluation-evaluate-mutants:
// peers' N/A and missing values left out of the group a rule compares with, a zone with every
// criterion N/A, the floor at 0, the supervision cap above and below the raw sum, notices without
// deduction rules, the scheme's own grade bands, the trimmed mean at exactly three raters, and
// the self/unified gap.
import { describe, expect, it } from 'vitest';
import { combineRaters, evaluate, evaluateInputSchema, gradeOf, selfUnifiedGap, supervisionDeductions, zoneSelfGap, type EvaluateInput } from '../../src/domain/evaluation/index';

const run = (i: EvaluateInput) => evaluate(evaluateInputSchema.parse(i));
const ratioScheme = (): EvaluateInput['scheme'] => ({
  name: '评价',
  year: 2026,
  groups: [{ id: 'g', name: '陆港型', criteria: [{ code: 'a', name: '货量', weight: 60, rule: { kind: 'ratio_to_best' } }, { code: 'b', name: '改革', weight: 40, rule: { kind: 'yes_no' } }] }],
});

describe('evaluate: the peer group a rule compares with', () => {
  it('only numbers and yes/no of peers in the same group count; N/A, null and missing values do not', () => {
    const r = run({
      scheme: { ...ratioScheme(), groups: [...ratioScheme().groups, { id: 'h', name: '空港型', criteria: [{ code: 'a', name: '货量', weight: 100, rule: { kind: 'ratio_to_best' } }] }] },
      zones: [
        { id: 'x', name: 'x', group: 'g', values: { a: 50, b: true } },
        { id: 'y', name: 'y', group: 'g', values: { a: 'N/A', b: true } },
        { id: 'z', name: 'z', group: 'g', values: { a: null, b: false } },
        { id: 'w', name: 'w', group: 'g', values: { b: false } },
        { id: 'v', name: 'v', group: 'g', values: { a: 25, b: false } },
        // A bigger value in another group does not lower x's ratio.
        { id: 'o', name: 'o', group: 'h', values: { a: 1000 } },
      ],
    });
    const z = (id: string) => r.zones.find((q) => q.id === id)!;
    expect(z('x').criteria[0]).toMatchObject({ value: 50, applicable: true, points: 60 });
    expect(z('v').criteria[0].points).toBe(30);
    for (const id of ['y', 'z', 'w'])
      expect(z(id).criteria[0]).toEqual({ code: 'a', name: '货量', weight: 60, value: null, applicable: false, points: null, explainZh: '不适用（N/A），不计入', explainEn: 'not applicable (N/A): left out' });
    // y: 40 of 40 applicable → × 100/40 = 100; z and w: 0 of 40 → 0.
    expect([z('y').rescaleFactor, z('y').rescaled, z('y').total]).toEqual([2.5, 100, 100]);
    expect([z('z').applicableWeight, z('z').total, z('w').total]).toEqual([40, 0, 0]);
    expect(r.groups[0].ranking.map((q) => [q.id, q.rank])).toEqual([['x', 1], ['y', 1], ['v', 3], ['w', 4], ['z', 4]]);
  });
  it('every criterion N/A: nothing to rescale, the total is the bonus alone', () => {
    const r = run({ scheme: ratioScheme(), zones: [{ id: 'x', name: 'x', group: 'g', values: { a: 'N/A', b: null }, bonuses: [{ points: 5, reason: '试点' }] }] });
    expect(r.zones[0]).toMatchObject({ base: 0, applicableWeight: 0, totalWeight: 100, rescaleFactor: 0, rescaled: 0, bonus: 5, total: 5, grade: 'fail' });
  });
});

describe('evaluate: totals and grades', () => {
  it('deductions never take the total below 0', () => {
    const r = run({ scheme: ratioScheme(), zones: [{ id: 'x', name: 'x', group: 'g', values: { a: 10, b: false }, deductions: [{ points: 70, reason: '迟报' }] }] });
    expect(r.zones[0]).toMatchObject({ rescaled: 60, deduction: 70, total: 0 });
  });
  it("the scheme's own grade bands replace the default ones", () => {
    const scheme = { ...ratioScheme(), grades: [{ grade: 'excellent' as const, min: 95 }, { grade: 'pass' as const, min: 50 }] };
    const r = run({ scheme, zones: [{ id: 'x', name: 'x', group: 'g', values: { a: 10, b: true } }, { id: 'y', name: 'y', group: 'g', values: { a: 9, b: false } }, { id: 'z', name: 'z', group: 'g', values: { a: 0, b: false } }] });
    // x 100, y 54, z 0: with the default bands y would fail.
    expect(r.zones.map((q) => [q.total, q.grade])).toEqual([[100, 'excellent'], [54, 'pass'], [0, null]]);
  });
  it('without maxBonus the bonuses add up uncapped', () => {
    const r = run({ scheme: ratioScheme(), zones: [{ id: 'x', name: 'x', group: 'g', values: { a: 10, b: false }, bonuses: [{ points: 4, reason: 'a' }, { points: 6, reason: 'b' }] }] });
    expect([r.zones[0].bonus, r.zones[0].total]).toEqual([10, 70]);
  });
  it('notices without deduction rules cost nothing', () => {
    const r = run({ scheme: ratioScheme(), zones: [{ id: 'x', name: 'x', group: 'g', values: { a: 10, b: false }, notices: [{ id: 'n1', level: 'red' }] }] });
    expect([r.zones[0].supervision, r.zones[0].supervisionTotal, r.zones[0].total]).toEqual([[], 0, 60]);
    expect(supervisionDeductions([{ id: 'n1', level: 'red' }], undefined)).toEqual({ items: [], total: 0 });
  });
});

describe('supervision cap', () => {
  const reds = (k: number) => Array.from({ length: k }, (_, i) => ({ id: `r${i}`, level: 'red' as const }));
  it('caps a sum above the maximum and leaves one below it', () => {
    expect(supervisionDeductions(reds(5), { perLevel: { red: 1 }, repeats: [], max: 3 }).total).toBe(3);
    expect(supervisionDeductions(reds(2), { perLevel: { red: 1 }, repeats: [], max: 3 }).total).toBe(2);
    expect(supervisionDeductions(reds(5), { perLevel: { red: 1 }, repeats: [] }).total).toBe(5);
  });
  it('a repeat penalty counts once per full multiple of its count', () => {
    const rules = { perLevel: {}, repeats: [{ level: 'red' as const, count: 3, points: 2 }] };
    expect([2, 3, 5, 6].map((k) => supervisionDeductions(reds(k), rules).total)).toEqual([0, 2, 2, 4]);
  });
});

describe('raters and gaps', () => {
  it('trimmed mean drops the extremes at exactly three raters, not at two', () => {
    expect(combineRaters([9, 1, 2], 'trimmed_mean')).toBe(2);
    expect(combineRaters([1, 2, 9, 10], 'trimmed_mean')).toBe(5.5);
    expect(combineRaters([2, 9], 'trimmed_mean')).toBe(5.5);
    expect(combineRaters([9, 1, 2], 'mean')).toBe(4);
    expect(combineRaters([9, 1, 2], 'median')).toBe(2);
  });
  it('self minus unified per criterion, null where either is missing', () => {
    expect(selfUnifiedGap({ a: 9, b: 5, c: null }, { a: 7, d: 3, c: 2 })).toEqual([
      { code: 'a', self: 9, unified: 7, gap: 2 },
      { code: 'b', self: 5, unified: null, gap: null },
      { code: 'c', self: null, unified: 2, gap: null },
      { code: 'd', self: null, unified: 3, gap: null },
    ]);
  });
});

describe('zone self gap', () => {
  const result = {
    criteria: [
      { code: 'a', applicable: true, points: 30 },
      { code: 'b', applicable: true, points: 18 },
      { code: 'c', applicable: false, points: null },
      { code: 'd', applicable: true, points: 5 },
    ],
  } as unknown as Parameters<typeof zoneSelfGap>[1];
  it('sums self and result points over the criteria the zone scored itself on', () => {
    // d was left blank by the zone, c does not apply: neither is a disagreement.
    expect(zoneSelfGap({ a: 33, b: 15, c: 9, d: null }, result)).toEqual({ criteria: 2, self: 48, unified: 48, gap: 0 });
    expect(zoneSelfGap({ a: 35, b: 20 }, result)).toEqual({ criteria: 2, self: 55, unified: 48, gap: 7 });
    expect(zoneSelfGap({ a: 20 }, result)).toEqual({ criteria: 1, self: 20, unified: 30, gap: -10 });
  });
  it('nothing scored by the zone: no gap', () => {
    expect(zoneSelfGap({}, result)).toBeNull();
    expect(zoneSelfGap({ c: 9 }, result)).toBeNull();
  });
});

describe('survivors of the run of 2026-12-01 (stryker.m18.json)', () => {
  it('grades a total exactly at a band minimum less the tolerance into that band', () => {
    expect(gradeOf(90 - 1e-9)).toBe('excellent');
    expect(gradeOf(90 - 1e-8)).toBe('good');
  });
  it('trims one highest and one lowest of five raters (not the median)', () => {
    expect(combineRaters([10, 1, 7, 2, 3], 'trimmed_mean')).toBe(4);
    expect(combineRaters([10, 1, 7, 2, 3], 'median')).toBe(3);
  });
  it('ranks yes/no values among the peers: a no behind a yes', () => {
    const r = run({
      scheme: { name: '评价', year: 2026, groups: [{ id: 'g', name: '陆港型', criteria: [{ code: 'a', name: '改革', weight: 100, rule: { kind: 'rank_points', points: [100, 60] } }] }] },
      zones: [
        { id: 'x', name: 'x', group: 'g', values: { a: true } },
        { id: 'y', name: 'y', group: 'g', values: { a: false } },
      ],
    });
    expect(r.zones.map((z) => [z.id, z.criteria[0].points, z.total])).toEqual([
      ['x', 100, 100],
      ['y', 60, 60],
    ]);
  });
  it('takes supervision deductions off the total, and gives no overall rank unless asked', () => {
    const r = run({
      scheme: { ...ratioScheme(), deductionRules: { perLevel: { yellow: 1.5 }, repeats: [] } },
      zones: [
        { id: 'x', name: 'x', group: 'g', values: { a: 50, b: true }, notices: [{ id: 'n1', level: 'yellow' }] },
        { id: 'y', name: 'y', group: 'g', values: { a: 25, b: false } },
      ],
    });
    expect(r.zones.map((z) => [z.id, z.supervisionTotal, z.total, z.rankOverall])).toEqual([
      ['x', 1.5, 98.5, null],
      ['y', 0, 30, null],
    ]);
  });
});
