// Edges of src/domain/evaluation/evaluate.ts that evaluation-rules.test.ts leaves open: refusals
// with their messages and paths, the N/A step in words, deductions per level with their notices,
// bonus caps, ranking ties, grades from unsorted bands, raters at three.
import { beforeEach, describe, expect, it } from 'vitest';
import { combineRaters, evaluate, evaluateInputSchema, gradeOf, supervisionDeductions, type EvaluateInput } from '../../src/domain/evaluation/index';
import { EvaluationError } from '../../src/domain/evaluation/errors';

const scheme = (): EvaluateInput['scheme'] => ({
  name: '评价',
  year: 2026,
  groups: [
    { id: 'g', name: '陆港型', criteria: [{ code: 'a', name: '货量', weight: 60, rule: { kind: 'target_attainment', target: 100 } }, { code: 'b', name: '改革', weight: 40, rule: { kind: 'yes_no' } }] },
    { id: 'h', name: '空港型', criteria: [{ code: 'c', name: '货邮', weight: 100, rule: { kind: 'points' } }] },
  ],
});
const run = (i: EvaluateInput) => evaluate(evaluateInputSchema.parse(i));
const refusal = (i: EvaluateInput) => {
  try {
    run(i);
  } catch (e) {
    if (e instanceof EvaluationError) return [e.messageZh, e.messageEn, e.path];
    throw e;
  }
  return null;
};

describe('evaluate: refusals name the field', () => {
  const one = [{ id: 'q', name: 'q', group: 'h', values: {} }];
  it('weights, unknown group, repeated zone, bad rule', () => {
    const bad = scheme();
    bad.groups[1].criteria[0].weight = 99.5;
    expect(refusal({ scheme: bad, zones: one })).toEqual(['评价组 空港型 的权重之和为 99.5，应为 100', 'the weights of group 空港型 add up to 99.5, not 100', 'scheme.groups[1].criteria']);
    const near = scheme();
    near.groups[1].criteria[0].weight = 100.0000001;
    expect(refusal({ scheme: near, zones: one })).toBeNull();
    const rule = scheme();
    rule.groups[0].criteria[0].rule = { kind: 'target_attainment', target: 0 };
    expect(refusal({ scheme: rule, zones: one })?.[2]).toBe('scheme.groups[0].criteria[0].rule');
    expect(refusal({ scheme: scheme(), zones: [{ id: 'x', name: '甲', group: 'nope', values: {} }] })).toEqual(['甲 的评价组 nope 不在方案中', 'the group nope of 甲 is not in the scheme', 'zones[0].group']);
    expect(refusal({ scheme: scheme(), zones: [{ id: 'x', name: '甲', group: 'h', values: {} }, { id: 'x', name: '乙', group: 'h', values: {} }] })).toEqual(['评价对象 x 重复', 'zone x appears twice', 'zones[1].id']);
  });
});

describe('evaluate: steps', () => {
  // Computed per test, not while the file loads: a mutation run with ignoreStatic switches the
  // mutant on in a beforeAll hook, after collection, so a load-time result would never see it.
  let r: ReturnType<typeof run>;
  beforeEach(() => {
    r = run({
      scheme: { ...scheme(), maxBonus: 3, deductionRules: { perLevel: { yellow: 0.5, red: 2 }, repeats: [{ level: 'yellow', count: 2, points: 1 }] } },
      zones: [
        { id: 'b', name: '乙', group: 'g', values: { a: 80, b: 'N/A' }, bonuses: [{ points: 2, reason: '试点' }, { points: 2, reason: '示范' }] },
        { id: 'a', name: '甲', group: 'g', values: { a: 100, b: false }, deductions: [{ points: 1.5, reason: '迟报' }, { points: 0.5, reason: '错报' }], notices: [{ id: 'n1', number: 'DB-1', level: 'yellow' }, { id: 'n2', level: 'yellow' }, { id: 'n3', level: 'red' }] },
        { id: 'c', name: '丙', group: 'h', values: { c: 70 } },
      ],
    });
  });
  const z = (id: string) => r.zones.find((x) => x.id === id)!;
  it('N/A in words, rescaled, bonus capped', () => {
    expect(z('b').criteria[1]).toEqual({ code: 'b', name: '改革', weight: 40, value: null, applicable: false, points: null, explainZh: '不适用（N/A），不计入', explainEn: 'not applicable (N/A): left out' });
    // 60 · 0.8 = 48 of 60 → × 100/60 = 80; bonus 4 capped at 3 → 83.
    expect(z('b')).toMatchObject({ base: 48, applicableWeight: 60, totalWeight: 100, bonus: 3, deduction: 0, supervisionTotal: 0, total: 83, grade: 'good', eligible: true, veto: null });
    expect(z('b').rescaled).toBeCloseTo(80, 12);
    expect(z('b').bonusItems).toEqual([{ points: 2, reason: '试点' }, { points: 2, reason: '示范' }]);
  });
  it('typed deductions add up; supervision per level with repeats and the notices named', () => {
    // 60 + 0 = 60; typed 2; yellow 2 × 0.5 + 1 repeat = 2, red 2 → 4; 60 − 2 − 4 = 54.
    expect(z('a')).toMatchObject({ base: 60, rescaleFactor: 1, deduction: 2, supervisionTotal: 4, total: 54, grade: 'fail' });
    expect(z('a').supervision).toEqual([
      { level: 'yellow', count: 2, perNotice: 0.5, points: 2, repeatPoints: 1, notices: [{ id: 'n1', number: 'DB-1' }, { id: 'n2', number: undefined }] },
      { level: 'red', count: 1, perNotice: 2, points: 2, repeatPoints: 0, notices: [{ id: 'n3', number: undefined }] },
    ]);
  });
  it('ranks per group, ties by id; no overall rank unless asked', () => {
    expect(r.groups).toEqual([
      { id: 'g', name: '陆港型', ranking: [{ id: 'b', name: '乙', total: 83, rankScore: 83, rank: 1 }, { id: 'a', name: '甲', total: 54, rankScore: 54, rank: 2 }] },
      { id: 'h', name: '空港型', ranking: [{ id: 'c', name: '丙', total: 70, rankScore: 70, rank: 1 }] },
    ]);
    expect(r.zones.map((x) => x.rankOverall)).toEqual([null, null, null]);
    expect(r.scheme).toEqual({ name: '评价', year: 2026 });
    const tie = run({ scheme: { ...scheme(), rankAcrossGroups: true }, zones: [{ id: 'y', name: 'y', group: 'h', values: { c: 50 } }, { id: 'x', name: 'x', group: 'h', values: { c: 50 } }, { id: 'w', name: 'w', group: 'g', values: { a: 50, b: false } }] });
    expect(tie.groups[1].ranking.map((x) => [x.id, x.rank])).toEqual([['x', 1], ['y', 1]]);
    expect(tie.zones.map((x) => x.rankOverall)).toEqual([1, 1, 3]);
  });
  it('a veto that keeps the total still fails the grade; one that zeroes it gives 0', () => {
    const v = run({ scheme: scheme(), zones: [{ id: 'v', name: 'v', group: 'h', values: { c: 95 }, veto: { reason: '事故', effect: 'ineligible' } }, { id: 'w', name: 'w', group: 'h', values: { c: 95 }, veto: { reason: '造假', effect: 'zero' } }] });
    expect(v.zones.map((x) => [x.total, x.eligible, x.grade])).toEqual([[95, false, 'fail'], [0, false, 'fail']]);
  });
});

describe('deductions, grades and raters at their edges', () => {
  it('a level without a rate still counts its repeats; the cap is inclusive', () => {
    const n = (k: number, level: 'yellow' | 'red') => Array.from({ length: k }, (_, i) => ({ id: `${level}${i}`, level }));
    expect(supervisionDeductions(n(4, 'yellow'), { perLevel: {}, repeats: [{ level: 'yellow', count: 2, points: 1 }, { level: 'red', count: 2, points: 5 }] })).toEqual({
      items: [{ level: 'yellow', count: 4, perNotice: 0, points: 2, repeatPoints: 2, notices: n(4, 'yellow').map((x) => ({ id: x.id, number: undefined })) }],
      total: 2,
    });
    expect(supervisionDeductions(n(3, 'red'), { perLevel: { red: 1 }, repeats: [], max: 3 }).total).toBe(3);
    expect(supervisionDeductions([], { perLevel: { red: 1 }, repeats: [] })).toEqual({ items: [], total: 0 });
  });
  it('grade bands in any order; just below a band is the next', () => {
    const bands = [{ grade: 'pass' as const, min: 60 }, { grade: 'excellent' as const, min: 85 }, { grade: 'good' as const, min: 75 }];
    expect([gradeOf(85, bands), gradeOf(84.99, bands), gradeOf(75, bands), gradeOf(60, bands), gradeOf(59.99, bands)]).toEqual(['excellent', 'good', 'good', 'pass', null]);
    expect(gradeOf(89.9999999999, undefined)).toBe('excellent');
  });
  it('trimmed mean from three raters on; median of one, two and four', () => {
    expect(combineRaters([1, 5, 9], 'trimmed_mean')).toBe(5);
    expect(combineRaters([1, 9], 'trimmed_mean')).toBe(5);
    expect(combineRaters([3], 'median')).toBe(3);
    expect(combineRaters([4, 2], 'median')).toBe(3);
    expect(combineRaters([9, 1, 4, 2], 'median')).toBe(3);
    expect(combineRaters([2, 4])).toBe(3);
    try {
      combineRaters([], 'median');
    } catch (e) {
      expect([(e as EvaluationError).messageZh, (e as EvaluationError).messageEn, (e as EvaluationError).path]).toEqual(['没有评分', 'no scores to combine', 'scores']);
    }
  });
});
