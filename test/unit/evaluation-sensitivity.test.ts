// The sensitivity view ("with vector normalisation zone X ranks 2nd"): the scheme's own weights
// reproduce the official totals, the alternatives are computed by hand here, and every changed
// rank gets its sentence.
import { describe, expect, it } from 'vitest';
import { EvaluationError, ordinalEn, runEvaluate, sensitivity, SENSITIVITY_METHODS, weightsFromResults, type EvaluateInput, type EvaluationResult } from '../../src/domain/evaluation/index';
import { applyWeights } from '../../src/web/evaluation/scheme-form';
import { readFileSync } from 'node:fs';

// Rated points (`points`) make attainment = value ÷ weight, easy to follow by hand:
// 甲 (1, 0.2, 0.5), 乙 (0.7, 0.9, 0.1), 丙 (0.8, 0.5, 0.8); weights 0.5, 0.3, 0.2.
const input: EvaluateInput = {
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
};
const A = [
  [1, 0.2, 0.5],
  [0.7, 0.9, 0.1],
  [0.8, 0.5, 0.8],
];
const W = [0.5, 0.3, 0.2];

const run = (scope: ReturnType<typeof sensitivity>[number], method: string) => scope.runs.find((r) => r.method === method)!;

describe('sensitivity', () => {
  const result = runEvaluate(input);
  const [scope] = sensitivity(result);

  it('the scheme weights reproduce the official totals and ranks', () => {
    expect(result.zones.map((z) => z.total)).toEqual([66, 64, 71]);
    expect(run(scope, 'scheme').totals.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([66, 64, 71]);
    expect(run(scope, 'scheme').ranks).toEqual([2, 3, 1]);
    expect(scope.zones.map((z) => z.official)).toEqual([2, 3, 1]);
    expect(scope.criteria).toEqual(['a', 'b', 'c']);
    expect(scope.runs.map((r) => r.method)).toEqual([...SENSITIVITY_METHODS]);
    expect(scope.skipped).toEqual([]);
  });

  it('equal weights: the mean attainment ×100', () => {
    const totals = run(scope, 'equal_weights').totals;
    A.forEach((row, i) => expect(totals[i]).toBeCloseTo((100 * (row[0] + row[1] + row[2])) / 3, 9));
    // 甲 and 乙 tie at 56.67 and share 2nd place.
    expect(run(scope, 'equal_weights').ranks).toEqual([2, 2, 1]);
  });

  it('TOPSIS on vector normalisation, by hand: 乙 ranks 2nd, 甲 3rd', () => {
    const norms = [0, 1, 2].map((j) => Math.sqrt(A.reduce((s, r) => s + r[j] ** 2, 0)));
    const v = A.map((r) => r.map((x, j) => (x / norms[j]) * W[j]));
    const best = [0, 1, 2].map((j) => Math.max(...v.map((r) => r[j])));
    const worst = [0, 1, 2].map((j) => Math.min(...v.map((r) => r[j])));
    const dist = (r: number[], p: number[]) => Math.sqrt(r.reduce((s, x, j) => s + (x - p[j]) ** 2, 0));
    const closeness = v.map((r) => dist(r, worst) / (dist(r, best) + dist(r, worst)));
    const tv = run(scope, 'topsis_vector');
    closeness.forEach((c, i) => expect(tv.totals[i]).toBeCloseTo(100 * c, 9));
    expect(tv.ranks).toEqual([3, 2, 1]);
    const sentences = scope.changes.filter((c) => c.method === 'topsis_vector');
    expect(sentences.map((c) => c.en)).toEqual(['with TOPSIS, vector normalisation, 甲 ranks 3rd (officially 2nd)', 'with TOPSIS, vector normalisation, 乙 ranks 2nd (officially 3rd)']);
    expect(sentences.map((c) => c.zh)).toEqual(['按向量归一化 TOPSIS，甲排第 3 名（现为第 2 名）', '按向量归一化 TOPSIS，乙排第 2 名（现为第 3 名）']);
  });

  it('min-max weighted sum and GRA, by hand', () => {
    const min = [0.7, 0.2, 0.1];
    const max = [1, 0.9, 0.8];
    const n = A.map((r) => r.map((x, j) => (x - min[j]) / (max[j] - min[j])));
    n.forEach((r, i) => expect(run(scope, 'minmax_sum').totals[i]).toBeCloseTo(100 * r.reduce((s, x, j) => s + x * W[j], 0), 9));
    // GRA: reference 1 per column after min-max, Δ = 1 − x, Δmin 0, Δmax 1, ξ = 0.5 / (Δ + 0.5).
    n.forEach((r, i) => expect(run(scope, 'gra').totals[i]).toBeCloseTo(100 * r.reduce((s, x, j) => s + (0.5 / (1 - x + 0.5)) * W[j], 0), 9));
    expect(run(scope, 'gra').ranks).toEqual([1, 3, 2]);
  });

  it('entropy and CRITIC weights on the attainment matrix, applied as a weighted sum', () => {
    const e = run(scope, 'entropy_weights');
    const entropy = [0, 1, 2].map((j) => {
      const s = A.reduce((t, r) => t + r[j], 0);
      return -A.reduce((t, r) => t + (r[j] / s) * Math.log(r[j] / s), 0) / Math.log(3);
    });
    const d = entropy.map((x) => 1 - x);
    const w = d.map((x) => x / d.reduce((a, b) => a + b, 0));
    e.weights.forEach((x, j) => expect(x).toBeCloseTo(w[j], 12));
    A.forEach((r, i) => expect(e.totals[i]).toBeCloseTo(100 * r.reduce((s, x, j) => s + x * w[j], 0), 9));
    const c = run(scope, 'critic_weights');
    expect(c.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    A.forEach((r, i) => expect(c.totals[i]).toBeCloseTo(100 * r.reduce((s, x, j) => s + x * c.weights[j], 0), 9));
  });

  it('an N/A criterion is filled with the zone’s own mean attainment, as rescaling to 100 does', () => {
    const na = structuredClone(input);
    na.zones[1].values.c = 'N/A';
    const res = runEvaluate(na);
    const [s] = sensitivity(res);
    // 乙 over a and b only: (35 + 27) × 100 / 80 = 77.5.
    expect(res.zones[1].total).toBe(77.5);
    expect(run(s, 'scheme').totals[1]).toBeCloseTo(77.5, 9);
    // Equal weights over 乙's applicable criteria only: (0.7 + 0.9) / 2.
    expect(run(s, 'equal_weights').totals[1]).toBeCloseTo(80, 9);
    // Matrix methods see the filled cell: min-max normalisation of column c with 乙 at 0.775.
    const col = [0.5, 0.775, 0.8];
    const minmaxC = (col[1] - 0.5) / (0.8 - 0.5);
    const colA = (0.7 - 0.7) / 0.3;
    const colB = (0.9 - 0.2) / 0.7;
    expect(run(s, 'minmax_sum').totals[1]).toBeCloseTo(100 * (colA * 0.5 + colB * 0.3 + minmaxC * 0.2), 9);
  });

  it('bonuses, deductions and supervision points stay with every alternative; a zeroing veto stays at 0', () => {
    const adj = structuredClone(input);
    adj.scheme.deductionRules = { perLevel: { yellow: 2 }, repeats: [] };
    adj.zones[0].bonuses = [{ points: 3, reason: '试点' }];
    adj.zones[1].notices = [{ id: 'n', level: 'yellow' }];
    adj.zones[2].veto = { reason: '安全事故', effect: 'zero' };
    const res = runEvaluate(adj);
    const [s] = sensitivity(res);
    expect(run(s, 'scheme').totals.map((x) => Math.round(x * 1e9) / 1e9)).toEqual(res.zones.map((z) => z.total));
    expect(res.zones.map((z) => z.total)).toEqual([69, 62, 0]);
    expect(run(s, 'equal_weights').totals[0]).toBeCloseTo(100 * (1.7 / 3) + 3, 9);
    expect(run(s, 'equal_weights').totals[1]).toBeCloseTo(100 * (1.7 / 3) - 2, 9);
    for (const r of s.runs) expect(r.totals[2]).toBe(0);
  });

  it('one scope per group of two or more zones, and the overall ranking when the scheme has one', () => {
    const ex = JSON.parse(readFileSync('docs/examples/evaluate.json', 'utf8')) as EvaluateInput;
    const res = runEvaluate(ex);
    const scopes = sensitivity(res);
    expect(scopes.map((s) => s.id)).toEqual(['dry_port', 'airport', 'overall']);
    // Across groups each zone keeps its own group's weights: the official overall totals come back.
    const overall = scopes[2];
    expect(run(overall, 'scheme').totals.map((x) => Math.round(x * 1e9) / 1e9)).toEqual(res.zones.map((z) => Math.round(z.total * 1e9) / 1e9));
    expect(overall.zones.map((z) => z.official)).toEqual(res.zones.map((z) => z.rankOverall));
    const noOverall = sensitivity(runEvaluate({ ...ex, scheme: { ...ex.scheme, rankAcrossGroups: false } }));
    expect(noOverall.map((s) => s.id)).toEqual(['dry_port', 'airport']);
    const lonely = sensitivity(runEvaluate({ ...ex, zones: ex.zones.filter((z) => z.id !== 'E'), scheme: { ...ex.scheme, rankAcrossGroups: false } }));
    expect(lonely.map((s) => s.id)).toEqual(['dry_port']);
    // No change under any method: the sentence list is empty.
    for (const s of scopes) for (const c of s.changes) expect(c.rank).not.toBe(c.official);
  });

  it('across groups that weigh the same indicators differently, each zone keeps its own weights', () => {
    const two = structuredClone(input);
    two.scheme.rankAcrossGroups = true;
    two.scheme.groups.push({ id: 'h', name: '空港型', criteria: [
      { code: 'a', name: 'A', weight: 20, rule: { kind: 'points' } },
      { code: 'b', name: 'B', weight: 30, rule: { kind: 'points' } },
      { code: 'c', name: 'C', weight: 50, rule: { kind: 'points' } },
    ] });
    two.zones.push({ id: 'P', name: '丁', group: 'h', values: { a: 20, b: 3, c: 45 } }, { id: 'Q', name: '戊', group: 'h', values: { a: 10, b: 30, c: 5 } });
    const res = runEvaluate(two);
    const overall = sensitivity(res).find((s) => s.id === 'overall')!;
    expect(res.zones.map((z) => z.total)).toEqual([66, 64, 71, 68, 45]);
    expect(run(overall, 'scheme').totals.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([66, 64, 71, 68, 45]);
    expect(run(overall, 'scheme').ranks).toEqual([3, 4, 1, 2, 5]);
  });

  it('a method that cannot run on the data is listed with its reason, the others still run', () => {
    const res = structuredClone(runEvaluate(input)) as EvaluationResult;
    // Negative points (a hand-made result) are beyond the entropy method.
    res.zones[0].criteria[1].points = -6;
    const [s] = sensitivity(res);
    expect(s.skipped.map((x) => x.method)).toEqual(['entropy_weights']);
    expect(s.skipped[0].reasonZh).toContain('负值');
    expect(s.runs.map((r) => r.method)).not.toContain('entropy_weights');
    expect(s.runs).toHaveLength(SENSITIVITY_METHODS.length - 1);
  });

  it('English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinalEn)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });
});

describe('weights from a past year\'s results (entropy / CRITIC for a new scheme)', () => {
  const result = runEvaluate(input);
  it('entropy weights of the attainment matrix, in the order of the codes asked for', () => {
    const w = weightsFromResults(result, 'g', ['c', 'a', 'b'], 'entropy');
    expect(w.names).toEqual(['c', 'a', 'b']);
    expect(w.zones).toBe(3);
    const [scope] = sensitivity(result);
    const byCode = Object.fromEntries(scope.criteria.map((code, j) => [code, run(scope, 'entropy_weights').weights[j]]));
    expect(w.weights).toEqual([byCode.c, byCode.a, byCode.b]);
    const critic = weightsFromResults(result, 'g', ['a', 'b', 'c'], 'critic');
    expect(critic.weights).toEqual(run(scope, 'critic_weights').weights);
  });
  it('applied to a group as percentages with one decimal adding up to 100', () => {
    const w = weightsFromResults(result, 'g', ['a', 'b', 'c'], 'critic');
    const group = { id: 'g', name: '陆港型', criteria: input.scheme.groups[0].criteria.map((c) => ({ ...c, weight: 0 })) };
    const applied = applyWeights(group as never, w);
    if (!applied.ok) throw new Error(applied.messageZh);
    const weights = applied.group.criteria.map((c) => c.weight);
    expect(Math.round(weights.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
    weights.forEach((x, j) => expect(Math.abs(x - 100 * w.weights[j])).toBeLessThan(0.1));
    expect(applyWeights(group as never, { names: ['a', 'b'], weights: [0.5, 0.5] })).toMatchObject({ ok: false, messageZh: '权重的指标与本组指标不一致' });
  });
  it('refuses a group of one zone, or an indicator the group did not have, by name', () => {
    const one = runEvaluate({ ...input, zones: input.zones.slice(0, 1) });
    expect(() => weightsFromResults(one, 'g', ['a', 'b', 'c'], 'entropy')).toThrow(/只有 1 个评价对象/);
    try {
      weightsFromResults(result, 'g', ['a', 'x'], 'critic');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(EvaluationError);
      expect((e as EvaluationError).messageZh).toBe('2026 年该组没有指标 x，不能据以定权');
    }
  });
});

