// The scheme form's pure parts: a new indicator row, the parameters each scoring rule takes, and
// AHP weights applied to a group (refused when the consistency ratio is 0.10 or more), or
// entropy / CRITIC weights from a past year's results.
import { largestRemainder, type AhpResult } from '../../domain/evaluation/index';
import type { Scheme, ScoringRule } from '../../contracts/evaluation';

export type Group = Scheme['groups'][number];
export type Criterion = Group['criteria'][number];

/** The parameters a rule kind takes, in the order the form shows them (the labels are i18n keys evaluation.ruleParam.*). */
export const RULE_FIELDS: Record<ScoringRule['kind'], { key: string; kind: 'number' | 'better' | 'list' }[]> = {
  target_attainment: [{ key: 'target', kind: 'number' }, { key: 'cap', kind: 'number' }, { key: 'better', kind: 'better' }],
  banded: [
    { key: 'target', kind: 'number' },
    { key: 'step', kind: 'number' },
    { key: 'pointsAbove', kind: 'number' },
    { key: 'pointsBelow', kind: 'number' },
    { key: 'minPoints', kind: 'number' },
    { key: 'maxPoints', kind: 'number' },
    { key: 'better', kind: 'better' },
  ],
  linear: [{ key: 'floor', kind: 'number' }, { key: 'target', kind: 'number' }],
  rank_points: [{ key: 'points', kind: 'list' }, { key: 'better', kind: 'better' }],
  ratio_to_best: [{ key: 'better', kind: 'better' }],
  yes_no: [],
  points: [],
};

/** A rule of another kind keeps the parameters both kinds share (target, better). */
export function changeRuleKind(rule: Record<string, unknown>, kind: ScoringRule['kind']): ScoringRule {
  const keep = new Set(RULE_FIELDS[kind].map((f) => f.key));
  return { kind, ...Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'kind' && keep.has(k))) } as ScoringRule;
}

export const newCriterion = (n: number): Criterion => ({ code: `c${n}`, name: '', weight: 0, source: 'rated', rule: { kind: 'points' } });

/** "3, 2, 1" → [3, 2, 1]; anything not a number stays as text so the check names it. */
export const parsePoints = (s: string): unknown[] =>
  s
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((x) => (Number.isFinite(Number(x)) ? Number(x) : x));

/**
 * AHP weights onto a group's indicators (matched by code), as percentages with one decimal that
 * add up to 100 exactly (largest remainder). Refused when CR ≥ 0.10.
 */
export function applyAhp(group: Group, result: Pick<AhpResult, 'names' | 'weights' | 'consistencyRatio' | 'acceptable' | 'randomIndex' | 'randomIndexTable'>):
  | { ok: true; group: Group }
  | { ok: false; messageZh: string; messageEn: string } {
  if (!result.acceptable || result.consistencyRatio >= 0.1)
    return {
      ok: false,
      messageZh: `一致性比率 CR = ${result.consistencyRatio.toFixed(4)} ≥ 0.10（RI = ${result.randomIndex}，${result.randomIndexTable} 表），判断矛盾，不能用于定权`,
      messageEn: `consistency ratio CR = ${result.consistencyRatio.toFixed(4)} ≥ 0.10 (RI = ${result.randomIndex}, table ${result.randomIndexTable}): the judgements contradict each other`,
    };
  return applyWeights(group, result);
}

/**
 * Weights (adding up to 1) onto a group's indicators, matched by code, as percentages with one
 * decimal adding up to 100 exactly (largest remainder). Used by AHP and by entropy / CRITIC
 * weights from a past year's results.
 */
export function applyWeights(group: Group, result: { names: string[]; weights: number[] }): { ok: true; group: Group } | { ok: false; messageZh: string; messageEn: string } {
  const codes = group.criteria.map((c) => c.code);
  if (codes.length !== result.names.length || codes.some((c) => !result.names.includes(c)))
    return { ok: false, messageZh: '权重的指标与本组指标不一致', messageEn: "the weights' indicators are not this group's" };
  const percents = largestRemainder(result.weights.map((w) => w * 100), 1);
  const byName = new Map(result.names.map((n, i) => [n, percents[i]]));
  return { ok: true, group: { ...group, criteria: group.criteria.map((c) => ({ ...c, weight: byName.get(c.code)! })) } };
}

export type Ranking = NonNullable<Scheme['ranking']>;

/**
 * The scheme's ranking after one field of the form changed. Parameters that the method does not
 * take are dropped (ρ only for GRA, a normalisation only for TOPSIS / GRA), so the saved scheme
 * says exactly what decides the rank; weighted sum with the total for allocation is stored as no
 * `ranking` at all, which is how every scheme before the choice reads.
 */
export function changeRanking(current: Scheme['ranking'], patch: Partial<Ranking>): Scheme['ranking'] {
  const next = { method: 'weighted_sum' as Ranking['method'], ...current, ...patch };
  const out: Ranking = { method: next.method };
  if (next.method !== 'weighted_sum') out.normalization = next.normalization ?? 'minmax';
  if (next.method === 'gra') out.rho = next.rho ?? 0.5;
  if (next.allocateBy === 'rank_score') out.allocateBy = 'rank_score';
  return out.method === 'weighted_sum' && !out.allocateBy ? undefined : out;
}
