// The sensitivity view: would the ranking change under another normalisation or weight set?
// A published ranking that flips when a reasonable method is swapped in should be known before
// the leading group's meeting, not discovered after it ("with vector normalisation 洛碛 ranks 2nd").
//
// The basis is each zone's attainment per criterion — points ÷ full marks, i.e. the scheme's own
// scoring rules already applied — so every alternative starts from the same numbers as the
// official result. Each alternative turns attainment into a 0–1 score; ×100 plus the zone's own
// bonuses, deductions and supervision points (a zeroing veto stays 0) gives a comparable total.
// The first alternative, the scheme's own weights, reproduces the official totals exactly, which
// is the check that the others are compared on like terms.
import { EvaluationError, competitionRanks } from './errors';
import type { EvaluationResult, ZoneResult } from './evaluate';
import { criticWeights, entropyWeights, greyRelational, topsis, unitWeights, weightedSum } from './mcdm';
import { attainment, comparable, rankingCodes } from './ranking';

export const SENSITIVITY_METHODS = ['scheme', 'equal_weights', 'entropy_weights', 'critic_weights', 'minmax_sum', 'topsis_minmax', 'topsis_vector', 'gra'] as const;
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

const LABELS: Record<SensitivityMethod, { zh: string; en: string }> = {
  scheme: { zh: '方案权重加权总分', en: 'scheme weights, weighted total' },
  equal_weights: { zh: '等权重', en: 'equal weights' },
  entropy_weights: { zh: '熵权法权重', en: 'entropy weights' },
  critic_weights: { zh: 'CRITIC 权重', en: 'CRITIC weights' },
  minmax_sum: { zh: '极差（min-max）归一化加权和', en: 'min-max normalisation (weighted sum)' },
  topsis_minmax: { zh: '极差归一化 TOPSIS', en: 'TOPSIS, min-max normalisation' },
  topsis_vector: { zh: '向量归一化 TOPSIS', en: 'TOPSIS, vector normalisation' },
  gra: { zh: '灰色关联分析（ρ = 0.5）', en: 'grey relational analysis (ρ = 0.5)' },
};

export interface SensitivityRun {
  method: SensitivityMethod;
  labelZh: string;
  labelEn: string;
  /** Criterion weights used (add up to 1), in the order of `criteria`. */
  weights: number[];
  /** Comparable totals: 100 × the method's score + the zone's adjustments. */
  totals: number[];
  ranks: number[];
}

export interface SensitivityChange {
  method: SensitivityMethod;
  zoneId: string;
  zoneName: string;
  official: number;
  rank: number;
  zh: string;
  en: string;
}

export interface SensitivityScope {
  /** A peer group's id, or `overall` for the ranking across groups. */
  id: string;
  name: string;
  criteria: string[];
  zones: { id: string; name: string; official: number }[];
  runs: SensitivityRun[];
  /** Methods that cannot run on these data, with the reason. */
  skipped: { method: SensitivityMethod; labelZh: string; labelEn: string; reasonZh: string; reasonEn: string }[];
  changes: SensitivityChange[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Weighted sum of attainment, rescaled over each zone's applicable criteria (as the scheme does). */
function rescaledSum(matrix: number[][], applicable: boolean[][], weights: number[]): number[] {
  return matrix.map((row, i) => {
    const w = weights.map((x, j) => (applicable[i][j] ? x : 0));
    const ws = sum(w);
    return ws > 0 ? sum(row.map((a, j) => a * w[j])) / ws : 0;
  });
}

function runScope(id: string, name: string, zones: ZoneResult[], official: number[]): SensitivityScope {
  const codes = rankingCodes(zones);
  const { matrix, applicable, weights } = attainment(zones, codes);
  const schemeW = unitWeights(weights);
  const dirs = codes.map(() => 'benefit' as const);
  const methods: Record<SensitivityMethod, () => { weights: number[]; scores: number[] }> = {
    // Each zone's own points over its applicable weight (its group's weights, which may differ
    // across groups): the official rescaled total on the 0–1 scale, as evaluate() computed it.
    scheme: () => ({ weights: schemeW, scores: zones.map((z) => (z.totalWeight > 0 ? z.rescaled / z.totalWeight : 0)) }),
    equal_weights: () => {
      const w = codes.map(() => 1 / codes.length);
      return { weights: w, scores: rescaledSum(matrix, applicable, w) };
    },
    entropy_weights: () => {
      const w = entropyWeights(matrix).weights;
      return { weights: w, scores: rescaledSum(matrix, applicable, w) };
    },
    critic_weights: () => {
      const w = criticWeights(matrix, dirs).weights;
      return { weights: w, scores: rescaledSum(matrix, applicable, w) };
    },
    minmax_sum: () => ({ weights: schemeW, scores: weightedSum(matrix, dirs, schemeW, 'minmax') }),
    topsis_minmax: () => ({ weights: schemeW, scores: topsis(matrix, dirs, schemeW, 'minmax').scores }),
    topsis_vector: () => ({ weights: schemeW, scores: topsis(matrix, dirs, schemeW, 'vector').scores }),
    gra: () => ({ weights: schemeW, scores: greyRelational(matrix, dirs, schemeW, 0.5, 'minmax').scores }),
  };
  const runs: SensitivityRun[] = [];
  const skipped: SensitivityScope['skipped'] = [];
  for (const method of SENSITIVITY_METHODS) {
    try {
      const r = methods[method]();
      const totals = zones.map((z, i) => comparable(z, r.scores[i]));
      runs.push({ method, labelZh: LABELS[method].zh, labelEn: LABELS[method].en, weights: r.weights, totals, ranks: competitionRanks(totals) });
    } catch (e) {
      const err = e as { messageZh?: string; messageEn?: string; message?: string };
      skipped.push({ method, labelZh: LABELS[method].zh, labelEn: LABELS[method].en, reasonZh: err.messageZh ?? String(err.message), reasonEn: err.messageEn ?? String(err.message) });
    }
  }
  const changes: SensitivityChange[] = [];
  for (const run of runs) {
    zones.forEach((z, i) => {
      if (run.ranks[i] === official[i]) return;
      changes.push({
        method: run.method,
        zoneId: z.id,
        zoneName: z.name,
        official: official[i],
        rank: run.ranks[i],
        zh: `按${run.labelZh}，${z.name}排第 ${run.ranks[i]} 名（现为第 ${official[i]} 名）`,
        en: `with ${run.labelEn}, ${z.name} ranks ${ordinalEn(run.ranks[i])} (officially ${ordinalEn(official[i])})`,
      });
    });
  }
  return { id, name, criteria: codes, zones: zones.map((z, i) => ({ id: z.id, name: z.name, official: official[i] })), runs, skipped, changes };
}

/**
 * The ranking of each peer group (and, when the scheme ranks across groups, the overall one)
 * under every alternative in SENSITIVITY_METHODS, with one sentence per zone whose rank changes.
 * Groups of fewer than two zones have nothing to compare and are left out.
 */
export function sensitivity(result: EvaluationResult): SensitivityScope[] {
  const scopes: SensitivityScope[] = [];
  for (const g of result.groups) {
    const zones = result.zones.filter((z) => z.group === g.id);
    if (zones.length < 2) continue;
    scopes.push(runScope(g.id, g.name, zones, zones.map((z) => z.rankInGroup)));
  }
  if (result.zones.length >= 2 && result.zones.every((z) => z.rankOverall !== null))
    scopes.push(runScope('overall', '全部类型 / all types', result.zones, result.zones.map((z) => z.rankOverall!)));
  return scopes;
}

/**
 * Objective weights for a group's indicators from a past year's results (entropy or CRITIC on the
 * zones' attainment), so a scheme can take "a documented method" instead of typed weights. Each
 * code must have been an indicator of that group then; at least two zones must have been scored.
 */
export function weightsFromResults(result: EvaluationResult, groupId: string, codes: string[], method: 'entropy' | 'critic'): { names: string[]; weights: number[]; zones: number } {
  const zones = result.zones.filter((z) => z.group === groupId);
  if (zones.length < 2)
    throw new EvaluationError(`${result.scheme.year} 年该组只有 ${zones.length} 个评价对象，不能用数据定权`, `${result.scheme.year}: this group had ${zones.length} zone(s); weighting from data needs two or more`, 'groups');
  const known = new Set(zones.flatMap((z) => z.criteria.map((c) => c.code)));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length)
    throw new EvaluationError(`${result.scheme.year} 年该组没有指标 ${missing.join('、')}，不能据以定权`, `${result.scheme.year}: the group had no indicator ${missing.join(', ')}`, 'criteria');
  const { matrix } = attainment(zones, codes);
  const weights = method === 'entropy' ? entropyWeights(matrix).weights : criticWeights(matrix).weights;
  return { names: codes, weights, zones: zones.length };
}
