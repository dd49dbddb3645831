// A whole evaluation: each zone scored against its peer group's criteria, N/A criteria left out
// and the total rescaled to 100, bonuses and deductions (typed, and automatic from supervision
// notices), veto items, ranks per group (and optionally across groups), grades. Every step is
// returned so the calculation sheet can show it and anyone can re-run it from the JSON.
import { EvaluationError, competitionRanks, round } from './errors';
import { rankScores, resolveRanking, type ResolvedRanking } from './ranking';
import { checkRule, scoreRule } from './rules';
import type { ParsedEvaluateInput, RaterRule, Scheme, SupervisionLevel, ZoneInput } from './schemas';

export interface CriterionStep {
  code: string;
  name: string;
  weight: number;
  value: number | boolean | null;
  applicable: boolean;
  points: number | null;
  explainZh: string;
  explainEn: string;
}

export interface SupervisionDeduction {
  level: SupervisionLevel;
  count: number;
  perNotice: number;
  points: number;
  repeatPoints: number;
  notices: { id: string; number?: string }[];
}

export interface ZoneResult {
  id: string;
  name: string;
  group: string;
  criteria: CriterionStep[];
  /** Sum of points over applicable criteria, before rescaling. */
  base: number;
  applicableWeight: number;
  totalWeight: number;
  /** 100 ÷ applicable weight when some criteria are N/A (Yunnan's rule), else 1. */
  rescaleFactor: number;
  rescaled: number;
  bonus: number;
  bonusItems: { points: number; reason: string; evidence?: string }[];
  deduction: number;
  deductionItems: { points: number; reason: string; evidence?: string }[];
  supervision: SupervisionDeduction[];
  supervisionTotal: number;
  veto: { reason: string; effect: 'zero' | 'ineligible' } | null;
  total: number;
  /**
   * What the zone is ranked by: the total under weighted sum; under TOPSIS / GRA the method's
   * score within the group ×100 plus the zone's adjustments (see ranking.ts).
   */
  rankScore: number;
  /** The method's own 0–1 score (closeness or grey relational grade) in the group; null under weighted sum. */
  methodScore: number | null;
  /** The same across groups, when the scheme ranks across groups with TOPSIS / GRA. */
  rankScoreOverall: number | null;
  eligible: boolean;
  rankInGroup: number;
  rankOverall: number | null;
  grade: 'excellent' | 'good' | 'pass' | 'fail' | null;
}

export interface EvaluationResult {
  scheme: { name: string; year: number };
  /** The ranking method with every default written out (absent from results computed before it existed). */
  ranking?: ResolvedRanking;
  zones: ZoneResult[];
  groups: { id: string; name: string; ranking: { id: string; name: string; total: number; rankScore: number; rank: number }[] }[];
}

const DEFAULT_GRADES: NonNullable<Scheme['grades']> = [
  { grade: 'excellent', min: 90 },
  { grade: 'good', min: 80 },
  { grade: 'pass', min: 60 },
  { grade: 'fail', min: -Infinity },
];

/** Supervision deductions for one zone: points per level, plus repeat penalties, capped. */
export function supervisionDeductions(notices: ZoneInput['notices'], rules: Scheme['deductionRules']): { items: SupervisionDeduction[]; total: number } {
  if (!rules) return { items: [], total: 0 };
  const byLevel = new Map<SupervisionLevel, ZoneInput['notices']>();
  for (const n of notices) byLevel.set(n.level, [...(byLevel.get(n.level) ?? []), n]);
  const items: SupervisionDeduction[] = [];
  for (const [level, list] of byLevel) {
    const perNotice = rules.perLevel[level] ?? 0;
    const repeatPoints = rules.repeats.filter((r) => r.level === level).reduce((s, r) => s + Math.floor(list.length / r.count) * r.points, 0);
    items.push({ level, count: list.length, perNotice, points: perNotice * list.length + repeatPoints, repeatPoints, notices: list.map((n) => ({ id: n.id, number: n.number })) });
  }
  const raw = items.reduce((s, i) => s + i.points, 0);
  return { items, total: rules.max !== undefined ? Math.min(raw, rules.max) : raw };
}

export function gradeOf(total: number, bands = DEFAULT_GRADES): ZoneResult['grade'] {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => total >= b.min - 1e-9)?.grade ?? null;
}

export function evaluate(input: ParsedEvaluateInput): EvaluationResult {
  const { scheme, zones } = input;
  const groups = new Map(scheme.groups.map((g) => [g.id, g]));
  scheme.groups.forEach((g, gi) => {
    const sum = g.criteria.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(sum - 100) > 1e-6)
      throw new EvaluationError(`评价组 ${g.name} 的权重之和为 ${round(sum, 6)}，应为 100`, `the weights of group ${g.name} add up to ${round(sum, 6)}, not 100`, `scheme.groups[${gi}].criteria`);
    g.criteria.forEach((c, ci) => checkRule(c.rule, `scheme.groups[${gi}].criteria[${ci}].rule`));
  });
  const seen = new Set<string>();
  zones.forEach((z, zi) => {
    if (!groups.has(z.group)) throw new EvaluationError(`${z.name} 的评价组 ${z.group} 不在方案中`, `the group ${z.group} of ${z.name} is not in the scheme`, `zones[${zi}].group`);
    if (seen.has(z.id)) throw new EvaluationError(`评价对象 ${z.id} 重复`, `zone ${z.id} appears twice`, `zones[${zi}].id`);
    seen.add(z.id);
  });

  const results: ZoneResult[] = zones.map((z) => {
    const g = groups.get(z.group)!;
    const peers = zones.filter((p) => p.group === z.group);
    const criteria: CriterionStep[] = g.criteria.map((c) => {
      const raw = z.values[c.code];
      if (raw === undefined || raw === null || raw === 'N/A')
        return { code: c.code, name: c.name, weight: c.weight, value: null, applicable: false, points: null, explainZh: '不适用（N/A），不计入', explainEn: 'not applicable (N/A): left out' };
      const groupValues = peers.map((p) => p.values[c.code]).filter((v): v is number | boolean => typeof v === 'number' || typeof v === 'boolean');
      const out = scoreRule(c.rule, raw, c.weight, groupValues);
      return { code: c.code, name: c.name, weight: c.weight, value: raw, applicable: true, points: out.points, explainZh: out.explainZh, explainEn: out.explainEn };
    });
    const totalWeight = g.criteria.reduce((s, c) => s + c.weight, 0);
    const applicableWeight = criteria.filter((c) => c.applicable).reduce((s, c) => s + c.weight, 0);
    const base = criteria.reduce((s, c) => s + (c.points ?? 0), 0);
    const rescaleFactor = applicableWeight === 0 ? 0 : totalWeight / applicableWeight;
    const rescaled = base * rescaleFactor;
    const bonusRaw = z.bonuses.reduce((s, b) => s + b.points, 0);
    const bonus = scheme.maxBonus !== undefined ? Math.min(bonusRaw, scheme.maxBonus) : bonusRaw;
    const deduction = z.deductions.reduce((s, b) => s + b.points, 0);
    const sup = supervisionDeductions(z.notices, scheme.deductionRules);
    const veto = z.veto ?? null;
    let total = Math.max(0, rescaled + bonus - deduction - sup.total);
    if (veto?.effect === 'zero') total = 0;
    return {
      id: z.id,
      name: z.name,
      group: z.group,
      criteria,
      base,
      applicableWeight,
      totalWeight,
      rescaleFactor,
      rescaled,
      bonus,
      bonusItems: z.bonuses,
      deduction,
      deductionItems: z.deductions,
      supervision: sup.items,
      supervisionTotal: sup.total,
      veto,
      total,
      rankScore: total,
      methodScore: null,
      rankScoreOverall: null,
      eligible: !veto,
      rankInGroup: 0,
      rankOverall: null,
      grade: veto ? 'fail' : gradeOf(total, scheme.grades ?? DEFAULT_GRADES),
    };
  });

  const ranking = resolveRanking(scheme.ranking);
  const groupRankings = scheme.groups.map((g) => {
    const members = results.filter((r) => r.group === g.id);
    const scored = rankScores(members, ranking);
    members.forEach((m, i) => {
      m.rankScore = scored.rankScores[i];
      m.methodScore = scored.methodScores[i];
    });
    const ranks = competitionRanks(members.map((m) => m.rankScore));
    members.forEach((m, i) => (m.rankInGroup = ranks[i]));
    return {
      id: g.id,
      name: g.name,
      ranking: members
        .map((m) => ({ id: m.id, name: m.name, total: m.total, rankScore: m.rankScore, rank: m.rankInGroup }))
        .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id)),
    };
  });
  if (scheme.rankAcrossGroups) {
    // Across groups TOPSIS / GRA run once on all zones (criteria of every group, as the
    // sensitivity view's overall scope does): group scores are relative to their own group.
    const overall = rankScores(results, ranking).rankScores;
    if (ranking.method !== 'weighted_sum') results.forEach((r, i) => (r.rankScoreOverall = overall[i]));
    const ranks = competitionRanks(overall);
    results.forEach((r, i) => (r.rankOverall = ranks[i]));
  }
  return { scheme: { name: scheme.name, year: scheme.year }, ranking, zones: results, groups: groupRankings };
}

/** Combines several raters' scores of one item with the rule the scheme names. */
export function combineRaters(scores: number[], rule: RaterRule = 'mean'): number {
  if (!scores.length) throw new EvaluationError('没有评分', 'no scores to combine', 'scores');
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  switch (rule) {
    case 'mean':
      return mean(sorted);
    case 'trimmed_mean':
      // Drop one highest and one lowest score, as panels do, once there are at least three raters.
      return sorted.length >= 3 ? mean(sorted.slice(1, -1)) : mean(sorted);
    case 'median': {
      const m = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
  }
}

/** Self-evaluation minus unified evaluation per criterion (positive: the zone rated itself higher). */
export function selfUnifiedGap(self: Record<string, number | null>, unified: Record<string, number | null>): { code: string; self: number | null; unified: number | null; gap: number | null }[] {
  const codes = [...new Set([...Object.keys(self), ...Object.keys(unified)])];
  return codes.map((code) => {
    const s = self[code] ?? null;
    const u = unified[code] ?? null;
    return { code, self: s, unified: u, gap: s === null || u === null ? null : s - u };
  });
}

/**
 * A zone's self-evaluation against its result as one figure for the board: the points it gave
 * itself and the points the result gives, summed over the criteria it scored itself on (a
 * criterion it left blank, or one that did not apply, is not a disagreement).
 */
export function zoneSelfGap(self: Record<string, number | null>, result: Pick<ZoneResult, 'criteria'>): { criteria: number; self: number; unified: number; gap: number } | null {
  const both = selfUnifiedGap(self, Object.fromEntries(result.criteria.map((c) => [c.code, c.applicable ? c.points : null]))).filter((g) => g.gap !== null);
  if (!both.length) return null;
  const selfSum = both.reduce((s, g) => s + g.self!, 0);
  const unified = both.reduce((s, g) => s + g.unified!, 0);
  return { criteria: both.length, self: selfSum, unified, gap: selfSum - unified };
}
