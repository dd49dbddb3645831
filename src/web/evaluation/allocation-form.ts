// The allocation form's values → the request body of POST /api/evaluation/allocations (and the
// input of the in-browser preview, which is what the server computes and `hubline allocate` re-runs).
import type { ZoneResult } from '../../domain/evaluation/evaluate';
export interface AllocationForm {
  name: string;
  kind: 'funding_allocation' | 'land_quota';
  unit: string;
  pool: number;
  decimals?: number;
  rule: 'factor_share' | 'base_plus_performance' | 'rank_tiers';
  base?: number | null;
  baseFactor?: string;
  threshold?: number | null;
  cap?: number | null;
  floor?: number | null;
  factors?: { name?: string; weight?: number | null }[];
  tiers?: { fromRank?: number | null; toRank?: number | null; amount?: number | null }[];
  values?: Record<string, Record<string, number | null | undefined>>;
}
export type ResultZone = Pick<ZoneResult, 'id' | 'name' | 'total' | 'eligible'>;

export const given = (x: number | null | undefined): x is number => x !== null && x !== undefined;

/** The factors whose value each recipient needs: the rule's factors (score comes from the results), or the base factor. */
export function factorColumns(v: Partial<AllocationForm>): string[] {
  if (v.rule === 'factor_share') return [...new Set((v.factors ?? []).map((f) => f?.name?.trim()).filter((n): n is string => !!n && n !== 'score'))];
  if (v.rule === 'base_plus_performance' && v.baseFactor?.trim()) return [v.baseFactor.trim()];
  return [];
}

/** The request body of POST /api/evaluation/allocations from the form (also the preview's input). */
export function allocationBody(schemeId: string, v: Partial<AllocationForm>) {
  const columns = factorColumns(v);
  const factors: Record<string, Record<string, number>> = {};
  for (const [code, row] of Object.entries(v.values ?? {}))
    for (const name of columns) if (given(row?.[name])) (factors[code] ??= {})[name] = row[name] as number;
  return {
    schemeId,
    kind: v.kind,
    name: v.name,
    unit: v.unit,
    rule: {
      pool: v.pool,
      decimals: v.decimals ?? 0,
      rule: v.rule,
      ...(v.rule === 'base_plus_performance' && given(v.base) ? { base: v.base } : {}),
      ...(v.rule === 'base_plus_performance' && v.baseFactor?.trim() ? { baseFactor: v.baseFactor.trim() } : {}),
      ...(given(v.threshold) ? { threshold: v.threshold } : {}),
      ...(given(v.cap) ? { cap: v.cap } : {}),
      ...(given(v.floor) ? { floor: v.floor } : {}),
      ...(v.rule === 'rank_tiers' ? { tiers: (v.tiers ?? []).map((x) => ({ fromRank: x?.fromRank, toRank: x?.toRank, amount: x?.amount })) } : {}),
      ...(v.rule === 'factor_share' ? { factors: (v.factors ?? []).map((f) => ({ name: f?.name?.trim(), weight: f?.weight })) } : {}),
    },
    ...(Object.keys(factors).length ? { factors } : {}),
  };
}

