// The ranking method published with a scheme: weighted sum (default, unchanged), TOPSIS and grey
// relational analysis ranking each peer group, the rank score stored next to the total. The
// ranks below are worked out by hand in the comments, and the first TOPSIS case is pymcdm's
// published one (test/fixtures/evaluation/mcdm-reference.json) run through a whole evaluation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchemeDefinition, InputError, resolveRanking, runEvaluate, sensitivity, type EvaluateInput } from '../../src/domain/evaluation/index';
import { changeRanking } from '../../src/web/evaluation/scheme-form';

const reference = JSON.parse(readFileSync('test/fixtures/evaluation/mcdm-reference.json', 'utf8')) as {
  topsis: { source: string; matrix: number[][]; directions: string[]; weights: number[]; normalization: string; decimals: number; scores: number[] }[];
};
const pymcdm = reference.topsis[0];

/**
 * pymcdm's TOPSIS case as zones: [[1, 3000], [2, 3750], [5, 4500]], the first criterion a cost.
 * Min-max normalisation is blind to scale and to x ↦ c − x for a cost column, so the cost is
 * scored as rated points 5 − x (4, 3, 0 of 50) and the benefit as attainment of 4500 (of 50);
 * the attainment matrix then min-max normalises to pymcdm's (1, 0), (0.75, 0.5), (0, 1).
 */
function pymcdmInput(ranking?: EvaluateInput['scheme']['ranking'], extra: Partial<EvaluateInput['zones'][number]>[] = []): EvaluateInput {
  expect(pymcdm.directions).toEqual(['cost', 'benefit']);
  expect(pymcdm.normalization).toBe('minmax');
  return {
    scheme: {
      name: 's',
      year: 2026,
      ranking,
      groups: [
        {
          id: 'g',
          name: '陆港型',
          criteria: [
            { code: 'cost', name: '成本', weight: 100 * pymcdm.weights[0], rule: { kind: 'points' } },
            { code: 'freight', name: '货运量', weight: 100 * pymcdm.weights[1], rule: { kind: 'target_attainment', target: 4500 } },
          ],
        },
      ],
    },
    zones: pymcdm.matrix.map(([cost, freight], i) => ({ id: `A${i + 1}`, name: `甲${i + 1}`, group: 'g', values: { cost: 5 - cost, freight }, ...extra[i] })),
  };
}

describe('ranking method: weighted sum by default', () => {
  it('a scheme without a ranking ranks by the total, as before, and says so', () => {
    const out = runEvaluate(pymcdmInput());
    expect(out.ranking).toEqual({ method: 'weighted_sum', normalization: null, rho: null, allocateBy: 'total' });
    // Totals: rated 4 + 50 × 3000/4500 = 37.33, 3 + 41.67 = 44.67, 0 + 50 = 50.
    expect(out.zones.map((z) => z.total)).toEqual([expect.closeTo(37.3333, 4), expect.closeTo(44.6667, 4), 50]);
    expect(out.zones.map((z) => z.rankScore)).toEqual(out.zones.map((z) => z.total));
    expect(out.zones.map((z) => z.methodScore)).toEqual([null, null, null]);
    expect(out.zones.map((z) => z.rankInGroup)).toEqual([3, 2, 1]);
    expect(runEvaluate(pymcdmInput({ method: 'weighted_sum' }))).toEqual(out);
  });
});

describe('ranking method: TOPSIS', () => {
  it("reproduces pymcdm's published closeness through a whole evaluation and ranks by it", () => {
    const out = runEvaluate(pymcdmInput({ method: 'topsis' }));
    expect(out.ranking).toEqual({ method: 'topsis', normalization: 'minmax', rho: null, allocateBy: 'total' });
    const f = 10 ** pymcdm.decimals;
    expect(out.zones.map((z) => Math.round(z.methodScore! * f) / f)).toEqual(pymcdm.scores);
    // Weighted (0.5, 0), (0.375, 0.25), (0, 0.5); ideal (0.5, 0.5), anti-ideal (0, 0):
    // A2: D⁺ = √(0.125² + 0.25²) = 0.279508, D⁻ = √(0.375² + 0.25²) = 0.450694, C = 0.617218.
    expect(out.zones[1].methodScore).toBeCloseTo(0.450694 / (0.279508 + 0.450694), 6);
    expect(out.zones.map((z) => z.rankScore)).toEqual([50, expect.closeTo(61.7218, 4), 50]);
    // Ranked by closeness, not by total: A3 had the best total, now A2 is first and A1 ties A3.
    expect(out.zones.map((z) => z.rankInGroup)).toEqual([2, 1, 2]);
    expect(out.groups[0].ranking.map((r) => [r.id, r.rank])).toEqual([['A2', 1], ['A1', 2], ['A3', 2]]);
    // The total itself is untouched: it is what allocation takes by default.
    expect(out.zones[2].total).toBe(50);
  });

  it('vector normalisation, hand-computed, ranks differently from min-max and the weighted sum', () => {
    // Attainment (rated points ÷ weight): 甲 (1, 0.2, 0.5), 乙 (0.7, 0.9, 0.1), 丙 (0.8, 0.5, 0.8);
    // weights 0.5, 0.3, 0.2. Weighted sum 0.66, 0.64, 0.71 → 丙 甲 乙.
    // Vector: column norms √2.13, √1.10, √0.90; weighted 甲 (0.342594, 0.057207, 0.105409),
    // 乙 (0.239816, 0.257432, 0.021082), 丙 (0.274075, 0.143018, 0.168655);
    // closeness 甲 0.387682, 乙 0.526825, 丙 0.566264 → 丙 乙 甲.
    // Min-max: 甲 (1, 0, 0.571429), 乙 (0, 1, 0), 丙 (0.333333, 0.428571, 1) → 0.621766, 0.357775, 0.436505 → 甲 丙 乙.
    const input = (ranking: EvaluateInput['scheme']['ranking']): EvaluateInput => ({
      scheme: {
        name: 's',
        year: 2026,
        ranking,
        groups: [{ id: 'g', name: '陆港型', criteria: ['a', 'b', 'c'].map((code, j) => ({ code, name: code, weight: [50, 30, 20][j], rule: { kind: 'points' as const } })) }],
      },
      zones: [
        { id: 'X', name: '甲', group: 'g', values: { a: 50, b: 6, c: 10 } },
        { id: 'Y', name: '乙', group: 'g', values: { a: 35, b: 27, c: 2 } },
        { id: 'Z', name: '丙', group: 'g', values: { a: 40, b: 15, c: 16 } },
      ],
    });
    const ws = runEvaluate(input(undefined));
    const vec = runEvaluate(input({ method: 'topsis', normalization: 'vector' }));
    const mm = runEvaluate(input({ method: 'topsis', normalization: 'minmax' }));
    expect(ws.zones.map((z) => z.rankInGroup)).toEqual([2, 3, 1]);
    expect(vec.zones.map((z) => z.methodScore)).toEqual([expect.closeTo(0.387682, 6), expect.closeTo(0.526825, 6), expect.closeTo(0.566264, 6)]);
    expect(vec.zones.map((z) => z.rankInGroup)).toEqual([3, 2, 1]);
    expect(mm.zones.map((z) => z.methodScore)).toEqual([expect.closeTo(0.621766, 6), expect.closeTo(0.357775, 6), expect.closeTo(0.436505, 6)]);
    expect(mm.zones.map((z) => z.rankInGroup)).toEqual([1, 3, 2]);
    expect(vec.ranking?.normalization).toBe('vector');
  });

  it('bonuses, deductions and supervision move the rank score; a zeroing veto makes it 0', () => {
    // A1 and A3 tie at closeness 0.5; a bonus of 3 breaks the tie, a zeroing veto sinks A2.
    const out = runEvaluate(
      pymcdmInput({ method: 'topsis' }, [{ bonuses: [{ points: 3, reason: '加分' }] }, { veto: { reason: '安全事故', effect: 'zero' } }, { deductions: [{ points: 1, reason: '减分' }] }]),
    );
    expect(out.zones.map((z) => z.rankScore)).toEqual([53, 0, 49]);
    expect(out.zones.map((z) => z.rankInGroup)).toEqual([1, 3, 2]);
  });
});

describe('ranking method: grey relational analysis', () => {
  it('hand-computed grades reverse the TOPSIS order of the same zones', () => {
    // Min-max (1, 0), (0.75, 0.5), (0, 1); reference (1, 1); Δ (0, 1), (0.25, 0.5), (1, 0);
    // Δmin 0, Δmax 1, ρ 0.5: ξ = 0.5 ÷ (Δ + 0.5) → (1, 1/3), (2/3, 1/2), (1/3, 1);
    // grades (equal weights) 2/3, 7/12, 2/3: A2, first under TOPSIS, is last.
    const out = runEvaluate(pymcdmInput({ method: 'gra' }));
    expect(out.ranking).toEqual({ method: 'gra', normalization: 'minmax', rho: 0.5, allocateBy: 'total' });
    expect(out.zones.map((z) => z.methodScore)).toEqual([expect.closeTo(2 / 3, 12), expect.closeTo(7 / 12, 12), expect.closeTo(2 / 3, 12)]);
    expect(out.zones.map((z) => z.rankInGroup)).toEqual([1, 3, 1]);
    // ρ = 1: ξ = 1 ÷ (Δ + 1) → (1, 1/2), (4/5, 2/3), (1/2, 1); grades 0.75, 11/15, 0.75.
    const rho1 = runEvaluate(pymcdmInput({ method: 'gra', rho: 1 }));
    expect(rho1.ranking?.rho).toBe(1);
    expect(rho1.zones.map((z) => z.methodScore)).toEqual([expect.closeTo(0.75, 12), expect.closeTo(11 / 15, 12), expect.closeTo(0.75, 12)]);
  });
});

describe('ranking method across groups and in the sensitivity view', () => {
  it('ranks across groups on all zones at once, and the sensitivity run of the same method agrees with the official ranks', () => {
    const base = pymcdmInput({ method: 'topsis' });
    const input: EvaluateInput = {
      scheme: { ...base.scheme, rankAcrossGroups: true, groups: [...base.scheme.groups, { ...base.scheme.groups[0], id: 'h', name: '空港型' }] },
      zones: [...base.zones, ...base.zones.map((z) => ({ ...z, id: `B${z.id}`, group: 'h' }))],
    };
    const out = runEvaluate(input);
    // Each group is the pymcdm case again; across groups the six zones are three pairs of twins.
    expect(out.zones.map((z) => z.rankInGroup)).toEqual([2, 1, 2, 2, 1, 2]);
    expect(out.zones.map((z) => z.rankOverall)).toEqual([3, 1, 3, 3, 1, 3]);
    expect(out.zones.every((z) => z.rankScoreOverall !== null)).toBe(true);
    const scopes = sensitivity(out);
    for (const scope of scopes) {
      const run = scope.runs.find((r) => r.method === 'topsis_minmax')!;
      expect(run.ranks).toEqual(scope.zones.map((z) => z.official));
    }
  });
});

describe('ranking method: checked and refused by name', () => {
  const groups = pymcdmInput().scheme.groups;
  const problems = (ranking: unknown) => checkSchemeDefinition({ groups, ranking });
  it('names each bad field in Chinese with its path', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems({ method: 'gra', normalization: 'vector', rho: 0.3, allocateBy: 'rank_score' })).toEqual([]);
    expect(problems({ method: 'ahp' })).toEqual([expect.objectContaining({ path: 'ranking.method', messageZh: expect.stringContaining('排名方法：方法应为') })]);
    expect(problems({ method: 'gra', rho: 0 })).toEqual([expect.objectContaining({ path: 'ranking.rho', messageZh: '排名方法：分辨系数 ρ 应为大于 0 且不大于 1 的数' })]);
    expect(problems({ method: 'topsis', rho: 0.5 })).toEqual([expect.objectContaining({ path: 'ranking.rho', messageZh: '排名方法：分辨系数 ρ 只用于灰色关联分析' })]);
    expect(problems({ method: 'topsis', normalization: 'sum' })).toEqual([expect.objectContaining({ path: 'ranking.normalization' })]);
    expect(problems({ method: 'weighted_sum', normalization: 'vector' })).toEqual([expect.objectContaining({ path: 'ranking.normalization', messageZh: expect.stringContaining('加权求和不用归一化') })]);
    expect(problems({ method: 'topsis', normalisation: 'vector' })).toEqual([expect.objectContaining({ path: 'ranking.normalisation', messageZh: expect.stringContaining('没有字段 normalisation') })]);
    expect(problems({ method: 'topsis', allocateBy: 'rank' })).toEqual([expect.objectContaining({ path: 'ranking.allocateBy' })]);
    expect(problems('topsis')).toEqual([expect.objectContaining({ path: 'ranking' })]);
  });
  it('the calculator refuses a misspelt parameter instead of dropping it', () => {
    const bad = pymcdmInput({ method: 'topsis', normalisation: 'vector' } as never);
    expect(() => runEvaluate(bad)).toThrow(InputError);
    try {
      runEvaluate(bad);
    } catch (e) {
      expect((e as InputError).issues[0].path).toBe('scheme.ranking.normalisation');
    }
    expect(() => runEvaluate(pymcdmInput({ method: 'gra', rho: 1.5 }))).toThrow(/scheme\.ranking\.rho/);
  });
});

describe('the scheme form keeps only the parameters the method takes', () => {
  it('weighted sum with the total is stored as no ranking at all', () => {
    expect(changeRanking(undefined, { method: 'weighted_sum' })).toBeUndefined();
    expect(changeRanking({ method: 'gra', rho: 0.3, normalization: 'vector' }, { method: 'weighted_sum' })).toBeUndefined();
    expect(changeRanking(undefined, { allocateBy: 'rank_score' })).toEqual({ method: 'weighted_sum', allocateBy: 'rank_score' });
    expect(changeRanking({ method: 'weighted_sum', allocateBy: 'rank_score' }, { allocateBy: 'total' })).toBeUndefined();
  });
  it('TOPSIS gets a normalisation, GRA also ρ, and switching drops what no longer applies', () => {
    expect(changeRanking(undefined, { method: 'topsis' })).toEqual({ method: 'topsis', normalization: 'minmax' });
    const gra = changeRanking({ method: 'topsis', normalization: 'vector' }, { method: 'gra' });
    expect(gra).toEqual({ method: 'gra', normalization: 'vector', rho: 0.5 });
    expect(changeRanking(gra, { rho: 0.8 })).toEqual({ method: 'gra', normalization: 'vector', rho: 0.8 });
    expect(changeRanking({ method: 'gra', normalization: 'vector', rho: 0.8 }, { method: 'topsis' })).toEqual({ method: 'topsis', normalization: 'vector' });
    // Whatever the form produces passes the scheme check.
    for (const r of [gra, changeRanking(gra, { method: 'topsis' }), changeRanking(undefined, { allocateBy: 'rank_score' })])
      expect(checkSchemeDefinition({ groups: pymcdmInput().scheme.groups, ranking: r })).toEqual([]);
  });
  it('resolveRanking writes the defaults out', () => {
    expect(resolveRanking({ method: 'gra' })).toEqual({ method: 'gra', normalization: 'minmax', rho: 0.5, allocateBy: 'total' });
    expect(resolveRanking({ method: 'topsis', normalization: 'vector', allocateBy: 'rank_score' })).toEqual({ method: 'topsis', normalization: 'vector', rho: null, allocateBy: 'rank_score' });
  });
});

describe('awards follow the official ranks', () => {
  it('topOverall takes rankOverall, which under TOPSIS is not the order of the totals', async () => {
    const { awards } = await import('../../src/domain/evaluation/index');
    const base = pymcdmInput({ method: 'topsis' });
    const out = runEvaluate({ ...base, scheme: { ...base.scheme, rankAcrossGroups: true } });
    // Totals put A3 (50) first; TOPSIS across the three puts A2 first.
    expect(out.zones.map((z) => z.rankOverall)).toEqual([2, 1, 2]);
    expect(awards(out.zones, [{ title: '先进', topOverall: 1 }])).toEqual([{ title: '先进', zoneIds: ['A2'] }]);
    // Without an overall rank the total decides, as before.
    const plain = runEvaluate(pymcdmInput());
    expect(awards(plain.zones.map((z) => ({ ...z, rankOverall: null })), [{ title: '先进', topOverall: 1 }])).toEqual([{ title: '先进', zoneIds: ['A3'] }]);
  });
});
