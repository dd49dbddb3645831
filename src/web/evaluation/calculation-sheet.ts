// The allocation's calculation sheet as data (parameters, one row per recipient, steps), shown on
// the page and exported to Word and Excel by sheet.ts. Pure, so it is read back in a unit test.
import type { allocationDetailOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import type { EvaluationResult, ZoneResult } from '../../domain/evaluation/evaluate';
import { rankingLabel } from '../../domain/evaluation/ranking';
import { fmt } from './format';
import type { Sheet } from './sheet';

type AllocationFull = Out<typeof allocationDetailOut>;
/** Of the final results, what the sheet names: the ranking method and each zone's total and rank score. */
export type RankedResults = Pick<EvaluationResult, 'ranking'> & { zones: Pick<ZoneResult, 'id' | 'total' | 'rankScore'>[] };
type T = (k: string, o?: Record<string, unknown>) => string;

const PARAM_LABELS: Record<string, string> = { pool: 'pool', decimals: 'decimals', rule: 'rule', base: 'base', threshold: 'threshold', cap: 'cap', floor: 'floor', tiers: 'tiers', factors: 'factors', baseFactor: 'baseFactor' };

/** Factors and tiers as people read them on the meeting's sheet (score 0.6, area 0.4 / 1–1: 1300, 2–6: 900). */
function paramText(k: string, v: unknown): string {
  if (k === 'factors' && Array.isArray(v)) return (v as { name: string; weight: number }[]).map((f) => `${f.name} ${f.weight}`).join(', ');
  if (k === 'tiers' && Array.isArray(v)) return (v as { fromRank: number; toRank: number; amount: number }[]).map((x) => `${x.fromRank}–${x.toRank}: ${x.amount}`).join(', ');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function sheetOf(a: AllocationFull, scheme: string, names: Record<string, string>, t: T, ranked?: RankedResults, lang: 'zh' | 'en' = 'zh'): Sheet {
  const { recipients, ...params } = a.input;
  const factorNames = [...new Set(recipients.flatMap((r) => Object.keys(r.factors ?? {})))];
  // Under TOPSIS or grey relational analysis the ranks follow the rank score, and the money does too
  // when the scheme says so (allocateBy rank_score): the sheet names the score each column holds,
  // with the method, and shows the other one beside it.
  const ranking = ranked?.ranking && ranked.ranking.method !== 'weighted_sum' ? ranked.ranking : null;
  const rankHeader = ranking ? t('evaluation.rankScore') + t('common.aside', { text: rankingLabel(ranking)[lang] }) : '';
  const byRank = ranking?.allocateBy === 'rank_score';
  const zone = (id: string) => ranked?.zones.find((z) => z.id === id);
  const other = (id: string) => {
    const z = zone(id);
    const v = byRank ? z?.total : z?.rankScore;
    return v === undefined ? '' : fmt(v);
  };
  return {
    title: a.name + t('common.aside', { text: t(`evaluation.allocation.${a.kind}`) }),
    subtitle: scheme,
    parameters: Object.entries(params).map(([k, v]) => [
      `${t(`evaluation.param.${PARAM_LABELS[k] ?? k}`)} (${k})`,
      k === 'rule' ? t(`evaluation.allocation.${String(v)}`) : paramText(k, v),
    ]),
    // Each factor value given per recipient is a column of its own, so the sheet shows every input.
    header: [
      t('evaluation.zone'),
      byRank ? rankHeader : t('evaluation.total'),
      ...(ranking ? [byRank ? t('evaluation.total') : rankHeader] : []),
      ...factorNames,
      t('evaluation.veto'),
      t('evaluation.allocation.exact'),
      t('evaluation.allocation.amount') + t('common.aside', { text: a.unit }),
    ],
    rows: a.output.allocations.map((x) => {
      const r = recipients.find((y) => y.id === x.id);
      const fv = factorNames.map((n) => (r?.factors?.[n] === undefined ? '' : String(r.factors[n])));
      return [
        names[x.id] ? names[x.id] + t('common.aside', { text: x.id }) : x.id,
        r?.score === undefined ? '' : fmt(r.score),
        ...(ranking ? [other(x.id)] : []),
        ...fv,
        r?.veto ? '✓' : '',
        fmt(x.exact, 4),
        String(x.amount),
      ];
    }),
    steps: a.output.steps.map((s) => s[lang]),
    total: t('evaluation.allocation.totalLine', { total: a.output.total, unit: a.unit, pool: a.input.pool }),
  };
}
