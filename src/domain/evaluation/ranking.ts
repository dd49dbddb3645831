// The ranking method a scheme publishes: weighted sum (the default, the spreadsheet the offices
// know), TOPSIS or grey relational analysis. The method is part of the scheme, so which rule
// decides the money is fixed before the year, and its parameters travel with the stored input.
//
// TOPSIS and GRA run on each zone's attainment per criterion (points ÷ full marks, the scheme's
// scoring rules already applied) with the group's weights, the same basis the sensitivity view
// uses; their 0–1 score ×100 plus the zone's own bonuses, deductions and supervision points (a
// zeroing veto stays 0) is the zone's rank score. Under weighted sum the rank score is the total.
import type { ZoneResult } from './evaluate';
import type { z } from 'zod';
import type { rankingSchema } from './schemas';
import { greyRelational, topsis } from './mcdm';

export const RANKING_METHODS = ['weighted_sum', 'topsis', 'gra'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];
export const RANKING_NORMALIZATIONS = ['minmax', 'vector'] as const;
export type RankingNormalization = (typeof RANKING_NORMALIZATIONS)[number];
/** What an allocation by score takes: the weighted total (default) or the ranking method's score. */
export const ALLOCATE_BY = ['total', 'rank_score'] as const;
export type AllocateBy = (typeof ALLOCATE_BY)[number];

/** The ranking as a scheme publishes it (rankingSchema in schemas.ts is its one definition). */
export type RankingSpec = z.output<typeof rankingSchema>;

/** The spec with every default written out, as stored next to the result. */
export interface ResolvedRanking {
  method: RankingMethod;
  normalization: RankingNormalization | null;
  rho: number | null;
  allocateBy: AllocateBy;
}

export function resolveRanking(spec?: RankingSpec): ResolvedRanking {
  const method = spec?.method ?? 'weighted_sum';
  return {
    method,
    normalization: method === 'weighted_sum' ? null : (spec?.normalization ?? 'minmax'),
    rho: method === 'gra' ? (spec?.rho ?? 0.5) : null,
    allocateBy: spec?.allocateBy ?? 'total',
  };
}

export const RANKING_LABELS: Record<RankingMethod, { zh: string; en: string }> = {
  weighted_sum: { zh: '加权求和', en: 'weighted sum' },
  topsis: { zh: 'TOPSIS（逼近理想解）', en: 'TOPSIS' },
  gra: { zh: '灰色关联分析', en: 'grey relational analysis' },
};

export function rankingLabel(r: ResolvedRanking): { zh: string; en: string } {
  const l = RANKING_LABELS[r.method];
  if (r.method === 'weighted_sum') return l;
  const nz = r.normalization === 'vector' ? '向量归一化' : '极差归一化';
  const ne = r.normalization === 'vector' ? 'vector normalisation' : 'min-max normalisation';
  return r.method === 'gra' ? { zh: `${l.zh}，${nz}，ρ = ${r.rho}`, en: `${l.en}, ${ne}, ρ = ${r.rho}` } : { zh: `${l.zh}，${nz}`, en: `${l.en}, ${ne}` };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Attainment matrix of some zones over the given criteria (weight > 0 in every zone's scheme group).
 * An N/A cell is filled with the zone's own weighted mean attainment, which is what rescaling the
 * total to 100 amounts to; `applicable` keeps which cells were real.
 */
export function attainment(zones: ZoneResult[], codes: string[]): { matrix: number[][]; applicable: boolean[][]; weights: number[] } {
  const weights = codes.map((code) => {
    const ws = zones.flatMap((z) => z.criteria.filter((c) => c.code === code).map((c) => c.weight));
    return ws.length ? sum(ws) / ws.length : 0;
  });
  const applicable: boolean[][] = [];
  const matrix = zones.map((z) => {
    const cells = codes.map((code) => z.criteria.find((c) => c.code === code && c.applicable && c.weight > 0));
    applicable.push(cells.map(Boolean));
    const w = cells.map((c) => c?.weight ?? 0);
    const share = cells.map((c) => (c ? (c.points ?? 0) / c.weight : 0));
    const ws = sum(w);
    const mean = ws > 0 ? sum(share.map((s, j) => s * w[j])) / ws : 0;
    return share.map((s, j) => (cells[j] ? s : mean));
  });
  return { matrix, applicable, weights };
}

/** Criteria codes a set of zones is compared on: those weighing more than zero. */
export const rankingCodes = (zones: ZoneResult[]) => [...new Set(zones.flatMap((z) => z.criteria.filter((c) => c.weight > 0).map((c) => c.code)))];

/** Points outside the criteria, kept whatever the method. */
const adjustment = (z: ZoneResult) => z.bonus - z.deduction - z.supervisionTotal;

/** A 0–1 method score on the scale of the total: ×100 plus the zone's adjustments, floored at 0. */
export function comparable(z: ZoneResult, score01: number): number {
  if (z.veto?.effect === 'zero') return 0;
  return Math.max(0, 100 * score01 + adjustment(z));
}

/**
 * Rank scores of some zones compared with each other under the method: the total under weighted
 * sum; otherwise the method's 0–1 score on the attainment matrix and its comparable total.
 */
export function rankScores(zones: ZoneResult[], r: ResolvedRanking): { methodScores: (number | null)[]; rankScores: number[] } {
  if (r.method === 'weighted_sum' || zones.length === 0) return { methodScores: zones.map(() => null), rankScores: zones.map((z) => z.total) };
  const codes = rankingCodes(zones);
  const { matrix, weights } = attainment(zones, codes);
  const dirs = codes.map(() => 'benefit' as const);
  const norm = r.normalization ?? 'minmax';
  const scores = r.method === 'topsis' ? topsis(matrix, dirs, weights, norm).scores : greyRelational(matrix, dirs, weights, r.rho ?? 0.5, norm).scores;
  return { methodScores: scores, rankScores: zones.map((z, i) => comparable(z, scores[i])) };
}
