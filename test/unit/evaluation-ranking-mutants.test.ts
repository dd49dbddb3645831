// Kills the mutants of src/domain/evaluation/ranking.ts and sensitivity.ts: the published ranking
// method's defaults and labels, the attainment matrix at its edges (N/A cells, weight 0, points
// null, groups weighing a code differently), the comparable total (floor at 0, both veto effects),
// every sensitivity scope and sentence in both languages, the ordinal edges, and the refusals of
// weights from past results. Results are computed inside the tests, never in a describe body:
// a run with `ignoreStatic` switches a mutant on only after the files were collected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationError, runEvaluate, sensitivity, SENSITIVITY_METHODS, weightsFromResults, ordinalEn, type EvaluateInput, type EvaluationResult, type ZoneResult } from '../../src/domain/evaluation/index';
import { attainment, comparable, rankingCodes, rankingLabel, rankScores, resolveRanking, RANKING_LABELS } from '../../src/domain/evaluation/ranking';
import { entropyWeights, greyRelational, topsis, unitWeights } from '../../src/domain/evaluation/mcdm';

type Crit = { code: string; weight: number; points?: number | null; applicable?: boolean };
const zone = (id: string, criteria: Crit[], extra: Partial<ZoneResult> = {}): ZoneResult =>
  ({
    id,
    name: `区${id}`,
    group: 'g',
    criteria: criteria.map((c) => ({ code: c.code, name: c.code, weight: c.weight, points: c.points === undefined ? c.weight / 2 : c.points, applicable: c.applicable ?? true })),
    base: 0,
    applicableWeight: 100,
    totalWeight: 100,
    rescaleFactor: 1,
    rescaled: 50,
    bonus: 0,
    bonusItems: [],
    deduction: 0,
    deductionItems: [],
    supervision: [],
    supervisionTotal: 0,
    veto: null,
    total: 50,
    rankScore: 50,
    methodScore: null,
    rankScoreOverall: null,
    eligible: true,
    rankInGroup: 1,
    rankOverall: null,
    grade: null,
    ...extra,
  }) as unknown as ZoneResult;

describe('resolveRanking and rankingLabel', () => {
  it('writes every default out, and drops what the method does not take', () => {
    expect(resolveRanking()).toEqual({ method: 'weighted_sum', normalization: null, rho: null, allocateBy: 'total' });
    expect(resolveRanking({ method: 'weighted_sum', normalization: 'vector', rho: 0.3, allocateBy: 'rank_score' })).toEqual({ method: 'weighted_sum', normalization: null, rho: null, allocateBy: 'rank_score' });
    expect(resolveRanking({ method: 'topsis', rho: 0.3 })).toEqual({ method: 'topsis', normalization: 'minmax', rho: null, allocateBy: 'total' });
    expect(resolveRanking({ method: 'gra', normalization: 'vector', rho: 0.3 })).toEqual({ method: 'gra', normalization: 'vector', rho: 0.3, allocateBy: 'total' });
  });

  it('labels in both languages, with the normalisation and ρ', () => {
    expect(rankingLabel(resolveRanking())).toEqual({ zh: '加权求和', en: 'weighted sum' });
    expect(rankingLabel(resolveRanking({ method: 'topsis' }))).toEqual({ zh: 'TOPSIS（逼近理想解），极差归一化', en: 'TOPSIS, min-max normalisation' });
    expect(rankingLabel(resolveRanking({ method: 'topsis', normalization: 'vector' }))).toEqual({ zh: 'TOPSIS（逼近理想解），向量归一化', en: 'TOPSIS, vector normalisation' });
    expect(rankingLabel(resolveRanking({ method: 'gra' }))).toEqual({ zh: '灰色关联分析，极差归一化，ρ = 0.5', en: 'grey relational analysis, min-max normalisation, ρ = 0.5' });
    expect(rankingLabel(resolveRanking({ method: 'gra', normalization: 'vector', rho: 0.3 }))).toEqual({ zh: '灰色关联分析，向量归一化，ρ = 0.3', en: 'grey relational analysis, vector normalisation, ρ = 0.3' });
    expect(RANKING_LABELS.gra).toEqual({ zh: '灰色关联分析', en: 'grey relational analysis' });
  });
});

describe('attainment and rankingCodes', () => {
  it('codes weighing more than zero, once each, in order of first appearance', () => {
    const zs = [zone('a', [{ code: 'x', weight: 10 }, { code: 'z', weight: 0 }]), zone('b', [{ code: 'y', weight: 5 }, { code: 'x', weight: 20 }])];
    expect(rankingCodes(zs)).toEqual(['x', 'y']);
    expect(rankingCodes([])).toEqual([]);
  });

  it('weights: the mean over the zones that have the code; 0 for a code none has', () => {
    const zs = [zone('a', [{ code: 'x', weight: 10 }, { code: 'y', weight: 30 }]), zone('b', [{ code: 'x', weight: 20 }])];
    expect(attainment(zs, ['x', 'y', 'q']).weights).toEqual([15, 30, 0]);
  });

  it('cells: points ÷ weight; N/A, weight 0 and missing cells take the zone’s weighted mean; points null count 0', () => {
    const zs = [
      zone('a', [
        { code: 'x', weight: 10, points: 8 },
        { code: 'y', weight: 30, points: 6 },
        { code: 'z', weight: 20, points: 5, applicable: false },
      ]),
      zone('b', [
        { code: 'x', weight: 10, points: null },
        { code: 'y', weight: 0, points: 0 },
        { code: 'z', weight: 20, points: 10 },
      ]),
      zone('c', [{ code: 'x', weight: 10, points: 5, applicable: false }]),
    ];
    const r = attainment(zs, ['x', 'y', 'z']);
    // a: 0.8 and 0.2 real, mean (8 + 6) / 40 = 0.35 for z. b: x 0 (null points), y weight 0 → mean (0 + 10) / 30.
    expect(r.matrix[0]).toEqual([0.8, 0.2, 0.35]);
    expect(r.matrix[1]).toEqual([0, 1 / 3, 0.5]);
    // c has no applicable cell: its mean is 0.
    expect(r.matrix[2]).toEqual([0, 0, 0]);
    expect(r.applicable).toEqual([
      [true, true, false],
      [true, false, true],
      [false, false, false],
    ]);
  });
});

describe('comparable and rankScores', () => {
  it('×100 plus bonus, less deduction and supervision; floored at 0; only a zeroing veto zeroes', () => {
    expect(comparable(zone('a', [], { bonus: 3, deduction: 1, supervisionTotal: 2 }), 0.5)).toBe(50);
    expect(comparable(zone('a', [], { bonus: 3, deduction: 1.5, supervisionTotal: 0.25 }), 0.5)).toBe(51.25);
    expect(comparable(zone('a', [], { deduction: 30 }), 0.2)).toBe(0);
    expect(comparable(zone('a', [], { deduction: 20 }), 0.2)).toBe(0);
    expect(comparable(zone('a', [], { deduction: 19 }), 0.2)).toBe(1);
    expect(comparable(zone('a', [], { bonus: 5, veto: { reason: 'r', effect: 'zero' } }), 0.9)).toBe(0);
    expect(comparable(zone('a', [], { bonus: 5, veto: { reason: 'r', effect: 'ineligible' } }), 0.9)).toBe(95);
  });

  it('weighted sum (and no zones) ranks by the total', () => {
    const zs = [zone('a', [{ code: 'x', weight: 10 }], { total: 70 }), zone('b', [{ code: 'x', weight: 10 }], { total: 40 })];
    expect(rankScores(zs, resolveRanking())).toEqual({ methodScores: [null, null], rankScores: [70, 40] });
    expect(rankScores([], resolveRanking({ method: 'topsis' }))).toEqual({ methodScores: [], rankScores: [] });
  });

  it('TOPSIS and GRA on the attainment matrix with the mean weights; defaults when the spec leaves them null', () => {
    const zs = [
      zone('a', [{ code: 'x', weight: 60, points: 60 }, { code: 'y', weight: 40, points: 10 }], { bonus: 2 }),
      zone('b', [{ code: 'x', weight: 60, points: 30 }, { code: 'y', weight: 40, points: 40 }]),
      zone('c', [{ code: 'x', weight: 60, points: 45 }, { code: 'y', weight: 40, points: 20 }]),
    ];
    const m = [
      [1, 0.25],
      [0.5, 1],
      [0.75, 0.5],
    ];
    const dirs = ['benefit', 'benefit'] as const;
    const t = topsis(m, [...dirs], [60, 40], 'vector').scores;
    expect(rankScores(zs, { method: 'topsis', normalization: 'vector', rho: null, allocateBy: 'total' })).toEqual({ methodScores: t, rankScores: t.map((s, i) => 100 * s + (i === 0 ? 2 : 0)) });
    const tm = topsis(m, [...dirs], [60, 40], 'minmax').scores;
    expect(rankScores(zs, { method: 'topsis', normalization: null, rho: null, allocateBy: 'total' }).methodScores).toEqual(tm);
    const g = greyRelational(m, [...dirs], [60, 40], 0.5, 'minmax').scores;
    expect(rankScores(zs, { method: 'gra', normalization: null, rho: null, allocateBy: 'total' }).methodScores).toEqual(g);
    const g3 = greyRelational(m, [...dirs], [60, 40], 0.3, 'vector').scores;
    expect(rankScores(zs, { method: 'gra', normalization: 'vector', rho: 0.3, allocateBy: 'total' }).methodScores).toEqual(g3);
    expect(g3).not.toEqual(g);
    expect(tm).not.toEqual(t);
  });
});

// Rated points: attainment = value ÷ weight. 甲 (1, 0.2, 0.5), 乙 (0.7, 0.9, 0.1), 丙 (0.8, 0.5, 0.8).
const input = (): EvaluateInput => ({
  scheme: {
    name: 's',
    year: 2026,
    groups: [
      {
        id: 'g',
        name: '陆港型',
        criteria: [
          { code: 'a', name: 'A', weight: 50, rule: { kind: 'points' } },
          { code: 'b', name: 'B', weight: 30, rule: { kind: 'points' } },
          { code: 'c', name: 'C', weight: 20, rule: { kind: 'points' } },
        ],
      },
    ],
  },
  zones: [
    { id: 'X', name: '甲', group: 'g', values: { a: 50, b: 6, c: 10 } },
    { id: 'Y', name: '乙', group: 'g', values: { a: 35, b: 27, c: 2 } },
    { id: 'Z', name: '丙', group: 'g', values: { a: 40, b: 15, c: 16 } },
  ],
});
const runOf = (scope: ReturnType<typeof sensitivity>[number], method: string) => scope.runs.find((r) => r.method === method)!;

describe('sensitivity: every run and sentence', () => {
  it('labels, weights and ranks of every run, in the order of SENSITIVITY_METHODS', () => {
    const [scope] = sensitivity(runEvaluate(input()));
    expect(scope.runs.map((r) => [r.method, r.labelZh, r.labelEn])).toEqual([
      ['scheme', '方案权重加权总分', 'scheme weights, weighted total'],
      ['equal_weights', '等权重', 'equal weights'],
      ['entropy_weights', '熵权法权重', 'entropy weights'],
      ['critic_weights', 'CRITIC 权重', 'CRITIC weights'],
      ['minmax_sum', '极差（min-max）归一化加权和', 'min-max normalisation (weighted sum)'],
      ['topsis_minmax', '极差归一化 TOPSIS', 'TOPSIS, min-max normalisation'],
      ['topsis_vector', '向量归一化 TOPSIS', 'TOPSIS, vector normalisation'],
      ['gra', '灰色关联分析（ρ = 0.5）', 'grey relational analysis (ρ = 0.5)'],
    ]);
    const w = unitWeights([50, 30, 20]);
    for (const m of ['scheme', 'minmax_sum', 'topsis_minmax', 'topsis_vector', 'gra']) expect(runOf(scope, m).weights).toEqual(w);
    expect(runOf(scope, 'equal_weights').weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(scope.runs.map((r) => r.ranks)).toEqual([
      [2, 3, 1],
      [2, 2, 1],
      runOf(scope, 'entropy_weights').ranks,
      runOf(scope, 'critic_weights').ranks,
      runOf(scope, 'minmax_sum').ranks,
      runOf(scope, 'topsis_minmax').ranks,
      [3, 2, 1],
      [1, 3, 2],
    ]);
    expect(scope).toMatchObject({
      id: 'g',
      name: '陆港型',
      criteria: ['a', 'b', 'c'],
      zones: [
        { id: 'X', name: '甲', official: 2 },
        { id: 'Y', name: '乙', official: 3 },
        { id: 'Z', name: '丙', official: 1 },
      ],
      skipped: [],
    });
  });

  it('one change per zone and method whose rank differs, each in both languages', () => {
    const [scope] = sensitivity(runEvaluate(input()));
    const official = [2, 3, 1];
    const expected = scope.runs.flatMap((r) =>
      r.ranks.flatMap((rank, i) => (rank === official[i] ? [] : [{ method: r.method, zoneId: ['X', 'Y', 'Z'][i], zoneName: ['甲', '乙', '丙'][i], official: official[i], rank }])),
    );
    expect(scope.changes.map(({ zh: _zh, en: _en, ...c }) => c)).toEqual(expected);
    expect(scope.changes.filter((c) => c.method === 'equal_weights')).toEqual([
      { method: 'equal_weights', zoneId: 'Y', zoneName: '乙', official: 3, rank: 2, zh: '按等权重，乙排第 2 名（现为第 3 名）', en: 'with equal weights, 乙 ranks 2nd (officially 3rd)' },
    ]);
    expect(scope.changes.filter((c) => c.method === 'gra').map((c) => [c.zh, c.en])).toEqual([
      ['按灰色关联分析（ρ = 0.5），甲排第 1 名（现为第 2 名）', 'with grey relational analysis (ρ = 0.5), 甲 ranks 1st (officially 2nd)'],
      ['按灰色关联分析（ρ = 0.5），丙排第 2 名（现为第 1 名）', 'with grey relational analysis (ρ = 0.5), 丙 ranks 2nd (officially 1st)'],
    ]);
    expect(scope.changes.some((c) => c.method === 'scheme')).toBe(false);
  });

  it('a zone with no weight at all scores 0 under the scheme and the re-weighted sums', () => {
    const res = structuredClone(runEvaluate(input())) as EvaluationResult;
    res.zones[1].totalWeight = 0;
    for (const c of res.zones[1].criteria) c.applicable = false;
    const [scope] = sensitivity(res);
    for (const m of ['scheme', 'equal_weights', 'entropy_weights', 'critic_weights']) expect(runOf(scope, m).totals[1]).toBe(0);
  });

  it('scopes: groups of exactly two count, of one do not; the overall one needs every zone ranked overall', () => {
    const two = input();
    two.zones = two.zones.slice(0, 2);
    const res = runEvaluate(two);
    expect(sensitivity(res).map((s) => s.id)).toEqual(['g']);
    const across = runEvaluate({ ...two, scheme: { ...two.scheme, rankAcrossGroups: true } });
    const scopes = sensitivity(across);
    expect(scopes.map((s) => [s.id, s.name])).toEqual([
      ['g', '陆港型'],
      ['overall', '全部类型 / all types'],
    ]);
    expect(scopes[1].zones.map((z) => z.official)).toEqual(across.zones.map((z) => z.rankOverall));
    const one = runEvaluate({ ...two, zones: two.zones.slice(0, 1), scheme: { ...two.scheme, rankAcrossGroups: true } });
    expect(sensitivity(one)).toEqual([]);
    const partly = structuredClone(across) as EvaluationResult;
    partly.zones[0].rankOverall = null;
    expect(sensitivity(partly).map((s) => s.id)).toEqual(['g']);
  });

  it('a method refused on these data is skipped with its reason in both languages', () => {
    const res = structuredClone(runEvaluate(input())) as EvaluationResult;
    res.zones[0].criteria[1].points = -6;
    const [scope] = sensitivity(res);
    expect(scope.skipped).toHaveLength(1);
    const s = scope.skipped[0];
    let thrown: EvaluationError | undefined;
    try {
      entropyWeights([
        [1, -0.2, 0.5],
        [0.7, 0.9, 0.1],
        [0.8, 0.5, 0.8],
      ]);
    } catch (e) {
      thrown = e as EvaluationError;
    }
    expect(thrown).toBeInstanceOf(EvaluationError);
    expect(s).toEqual({ method: 'entropy_weights', labelZh: '熵权法权重', labelEn: 'entropy weights', reasonZh: thrown!.messageZh, reasonEn: thrown!.messageEn });
    expect(s.reasonEn).not.toBe(s.reasonZh);
  });

  it('property: the scheme run reproduces the official ranks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 6 }), (rows) => {
        const inp = input();
        inp.zones = rows.map(([a, b, c], i) => ({ id: `Z${i}`, name: `区${i}`, group: 'g', values: { a, b, c } }));
        const res = runEvaluate(inp);
        const [scope] = sensitivity(res);
        expect(runOf(scope, 'scheme').ranks).toEqual(res.zones.map((z) => z.rankInGroup));
        expect(scope.changes.filter((c) => c.method === 'scheme')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('ordinalEn', () => {
  it('edges of the 11–13 exception and of each last digit', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 20, 21, 111, 113, 114, 211, 1012].map(ordinalEn)).toEqual([
      '0th', '1st', '2nd', '3rd', '4th', '5th', '9th', '10th', '11th', '12th', '13th', '14th', '20th', '21st', '111th', '113th', '114th', '211th', '1012th',
    ]);
  });
});

describe('weightsFromResults: refusals and both methods', () => {
  it('zero or one zone refused with the year and the count, in both languages', () => {
    const res = runEvaluate(input());
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const x = e as EvaluationError;
        return [x.messageZh, x.messageEn, x.path];
      }
      return null;
    };
    expect(err(() => weightsFromResults(res, 'none', ['a'], 'entropy'))).toEqual([
      '2026 年该组只有 0 个评价对象，不能用数据定权',
      '2026: this group had 0 zone(s); weighting from data needs two or more',
      'groups',
    ]);
    const one = runEvaluate({ ...input(), zones: input().zones.slice(0, 1) });
    expect(err(() => weightsFromResults(one, 'g', ['a'], 'critic'))?.[0]).toBe('2026 年该组只有 1 个评价对象，不能用数据定权');
    expect(err(() => weightsFromResults(res, 'g', ['x', 'a', 'y'], 'entropy'))).toEqual(['2026 年该组没有指标 x、y，不能据以定权', '2026: the group had no indicator x, y', 'criteria']);
    const two = runEvaluate({ ...input(), zones: input().zones.slice(0, 2) });
    expect(weightsFromResults(two, 'g', ['a', 'b'], 'critic').zones).toBe(2);
  });

  it('entropy and CRITIC differ, each adds up to 1', () => {
    const res = runEvaluate(input());
    const e = weightsFromResults(res, 'g', ['a', 'b', 'c'], 'entropy');
    const c = weightsFromResults(res, 'g', ['a', 'b', 'c'], 'critic');
    expect(e.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(c.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(e.weights).not.toEqual(c.weights);
    expect(e).toMatchObject({ names: ['a', 'b', 'c'], zones: 3 });
  });
});
