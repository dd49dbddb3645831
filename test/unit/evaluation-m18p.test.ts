// Survivors of the one-commit mutation runs at 13feb4c (branch m18p) in the code 153a8e5 added:
// every problem of the published ranking method as a whole (path, Chinese, English), ρ at its
// edges, and the overall rank score, which only TOPSIS / GRA store. Results are computed inside
// the tests (a run with `ignoreStatic` switches a mutant on only after the files were collected).
import { describe, expect, it } from 'vitest';
import { awards, runEvaluate, type EvaluateInput } from '../../src/domain/evaluation/index';
import { checkSchemeDefinition } from '../../src/domain/evaluation/scheme-check';

const scheme = (ranking: unknown) => ({
  groups: [{ id: 'g', name: '组一', criteria: [{ code: 'a', name: '甲', weight: 100, rule: { kind: 'points' } }] }],
  ranking,
});
const problems = (ranking: unknown) => checkSchemeDefinition(scheme(ranking)).map((p) => [p.path, p.messageZh, p.messageEn]);

describe('checkSchemeDefinition: the ranking method, every problem whole', () => {
  it('absent or null is the weighted sum; a good one of each method passes', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems(null)).toEqual([]);
    expect(problems({ method: 'weighted_sum' })).toEqual([]);
    expect(problems({ method: 'topsis', normalization: 'vector', allocateBy: 'rank_score' })).toEqual([]);
    expect(problems({ method: 'gra', normalization: 'minmax', rho: 0.5, allocateBy: 'total' })).toEqual([]);
  });

  it('not an object', () => {
    const msg = ['ranking', '排名方法应为一个对象（method 等字段）', 'the ranking must be an object (method, …)'];
    for (const r of ['gra', 3, [], [{ method: 'gra' }]]) expect(problems(r)).toEqual([msg]);
  });

  it('an unknown field, a method missing or not known', () => {
    expect(problems({ method: 'gra', normalisation: 'minmax' })).toEqual([['ranking.normalisation', '排名方法：没有字段 normalisation（拼写是否有误？）', 'ranking: there is no field normalisation (misspelt?)']]);
    const method = ['ranking.method', '排名方法：方法应为 weighted_sum | topsis | gra（加权求和 / TOPSIS / 灰色关联分析）', 'ranking: the method must be weighted_sum | topsis | gra'];
    expect(problems({})).toEqual([method]);
    expect(problems({ method: 'ahp' })).toEqual([method]);
    expect(problems({ method: 3 })).toEqual([method]);
  });

  it('the normalisation: minmax or vector, and none under the weighted sum', () => {
    expect(problems({ method: 'topsis', normalization: 'sum' })).toEqual([['ranking.normalization', '排名方法：归一化方式应为 minmax（极差）或 vector（向量）', 'ranking: the normalisation must be minmax or vector']]);
    expect(problems({ method: 'weighted_sum', normalization: 'minmax' })).toEqual([
      ['ranking.normalization', '排名方法：加权求和不用归一化方式（指标得分已按评分规则折算）', 'ranking: the weighted sum takes no normalisation (the scoring rules already scale each indicator)'],
    ]);
  });

  it('ρ in (0, 1]: 1 passes, 0, above 1 and a non-number do not; ρ outside GRA', () => {
    const range = ['ranking.rho', '排名方法：分辨系数 ρ 应为大于 0 且不大于 1 的数', 'ranking: the distinguishing coefficient ρ must be a number in (0, 1]'];
    expect(problems({ method: 'gra', rho: 1 })).toEqual([]);
    expect(problems({ method: 'gra', rho: 0.000001 })).toEqual([]);
    expect(problems({ method: 'gra', rho: 1.000001 })).toEqual([range]);
    expect(problems({ method: 'gra', rho: 0 })).toEqual([range]);
    expect(problems({ method: 'gra', rho: -0.5 })).toEqual([range]);
    expect(problems({ method: 'gra', rho: '0.5' })).toEqual([range]);
    expect(problems({ method: 'gra', rho: Number.NaN })).toEqual([range]);
    // ρ named outside GRA: only this problem when it is in range, both when it is not, and not
    // for a ρ that is no number (the range problem says it already).
    const onlyGra = ['ranking.rho', '排名方法：分辨系数 ρ 只用于灰色关联分析', 'ranking: ρ applies to grey relational analysis only'];
    expect(problems({ method: 'topsis', rho: 0.5 })).toEqual([onlyGra]);
    expect(problems({ method: 'weighted_sum', rho: 2 })).toEqual([range, onlyGra]);
    expect(problems({ method: 'topsis', rho: 'x' })).toEqual([range]);
  });

  it('allocateBy: total or rank_score', () => {
    expect(problems({ method: 'gra', allocateBy: 'rank' })).toEqual([['ranking.allocateBy', '排名方法：分配依据应为 total（加权总分）或 rank_score（排名得分）', 'ranking: allocateBy must be total or rank_score']]);
  });
});

describe('evaluate: the overall rank score across groups', () => {
  const input = (ranking?: EvaluateInput['scheme']['ranking']): EvaluateInput => ({
    scheme: {
      name: 's',
      year: 2026,
      rankAcrossGroups: true,
      ranking,
      groups: [
        {
          id: 'g',
          name: '陆港型',
          criteria: [
            { code: 'a', name: 'A', weight: 60, rule: { kind: 'points' } },
            { code: 'b', name: 'B', weight: 40, rule: { kind: 'points' } },
          ],
        },
      ],
    },
    zones: [
      { id: 'X', name: '甲', group: 'g', values: { a: 50, b: 10 } },
      { id: 'Y', name: '乙', group: 'g', values: { a: 30, b: 30 } },
      { id: 'Z', name: '丙', group: 'g', values: { a: 40, b: 15 } },
    ],
  });

  it('under the weighted sum the zones keep no overall rank score, only the overall rank', () => {
    const out = runEvaluate(input());
    expect(out.zones.map((z) => [z.id, z.total, z.rankScoreOverall, z.rankOverall])).toEqual([
      ['X', 60, null, 1],
      ['Y', 60, null, 1],
      ['Z', 55, null, 3],
    ]);
  });

  it('under TOPSIS each zone keeps its overall rank score', () => {
    const out = runEvaluate(input({ method: 'topsis' }));
    expect(out.zones.every((z) => typeof z.rankScoreOverall === 'number')).toBe(true);
    expect(out.zones.map((z) => z.rankScoreOverall)).toEqual(out.zones.map((z) => z.rankScore));
  });
});

describe('awards: topOverall takes the official overall rank only when every zone has one (dc0b1cd)', () => {
  // Totals put a first and c last; the official overall ranks say the opposite.
  const zones = (rankOverall: (number | null | undefined)[]) =>
    [
      { id: 'a', group: 'g', total: 90, rankInGroup: 1, eligible: true, grade: null },
      { id: 'b', group: 'g', total: 80, rankInGroup: 2, eligible: true, grade: null },
      { id: 'c', group: 'h', total: 70, rankInGroup: 1, eligible: true, grade: null },
    ].map((z, i) => ({ ...z, rankOverall: rankOverall[i] }));

  it('every zone ranked overall: that rank decides, ties included', () => {
    expect(awards(zones([3, 2, 1]), [{ title: 't', topOverall: 1 }])).toEqual([{ title: 't', zoneIds: ['c'] }]);
    expect(awards(zones([3, 1, 1]), [{ title: 't', topOverall: 2 }])).toEqual([{ title: 't', zoneIds: ['b', 'c'] }]);
  });

  it('one zone without an overall rank (null or absent): the totals decide for all', () => {
    expect(awards(zones([3, 2, null]), [{ title: 't', topOverall: 1 }])).toEqual([{ title: 't', zoneIds: ['a'] }]);
    expect(awards(zones([null, 2, 1]), [{ title: 't', topOverall: 2 }])).toEqual([{ title: 't', zoneIds: ['a', 'b'] }]);
    expect(awards(zones([3, undefined, 1]), [{ title: 't', topOverall: 1 }])).toEqual([{ title: 't', zoneIds: ['a'] }]);
  });
});
