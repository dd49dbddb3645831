// Computed values of the seed 000 corridor indicators, written as observations with source
// `computed`. An indicator opts in through `indicators.computed_from`. A figure the office
// entered itself (any other source) for the same period is never overwritten: published
// statistics take precedence, and the progress method already lets a yearly figure stand
// for its months.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { recomputeStatuses } from '../indicators/service';
import { rcepCoverage, round } from '../../domain/corridor/index';
import { CLEARANCE_MINUTES, FRESH_CLEARANCE, monthList } from './rollup';

export const COMPUTED_FROM = {
  teu: 'corridor.teu', // monthly, 标箱: TEU via the corridor
  value: 'corridor.value', // monthly, 亿元: value via the corridor
  clearance: 'corridor.fresh_clearance_p90', // yearly, minutes: 90th percentile of fresh non-inspected imports
  asean: 'corridor.asean_trade', // yearly, 亿元: imports from and exports to ASEAN
  rcep: 'corridor.rcep_routes', // yearly, count of RCEP members (China excluded) with a valid air route
} as const;

interface Target {
  indicatorId: string;
  zoneId: string;
  unitId: string | null;
  computedFrom: string;
}

async function targets(tx: DbOrTx): Promise<Target[]> {
  return rows<Target>(
    tx,
    sql`select i.id as "indicatorId", z.zone_id as "zoneId", coalesce(z.unit_id, i.owner_unit_id) as "unitId", i.computed_from as "computedFrom"
        from indicators i join indicator_zones z on z.indicator_id = i.id where i.computed_from like 'corridor.%'`,
  );
}

async function write(tx: DbOrTx, t: Target, period: string, value: number | null, comment: string, covered: string[] | null = null): Promise<number> {
  if (value === null) {
    await tx.execute(sql`delete from observations where indicator_id = ${t.indicatorId} and zone_id = ${t.zoneId} and period = ${period} and source = 'computed'`);
    return 0;
  }
  const r = await rows<{ id: string }>(
    tx,
    sql`insert into observations (indicator_id, zone_id, unit_id, period, value, covered, status, source, comment)
        values (${t.indicatorId}, ${t.zoneId}, ${t.unitId}, ${period}, ${value}, ${covered ? sql.raw(`'${JSON.stringify(covered).replace(/'/g, "''")}'::jsonb`) : sql`null::jsonb`}, 'accepted', 'computed', ${comment})
        on conflict (indicator_id, zone_id, period) do update
          set value = excluded.value, covered = excluded.covered, comment = excluded.comment, updated_at = now(), version = observations.version + 1
          where observations.source = 'computed' and (observations.value is distinct from excluded.value or observations.covered is distinct from excluded.covered)
        returning id`,
  );
  return r.length;
}

/** After an import: the monthly and yearly values of the months it touched. Returns observations written. */
export async function feedIndicators(tx: DbOrTx, months: string[]): Promise<number> {
  if (!months.length) return 0;
  const list = (await targets(tx)).filter((t) => t.computedFrom !== COMPUTED_FROM.rcep);
  if (!list.length) return 0;
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const monthly = await rows<{ month: string; n: number; teu: number; value: number }>(
    tx,
    sql`select month, sum(shipments)::int as n, sum(teu) as teu, sum(value_cny) as value from corridor_monthly where month in (${monthList(months)}) and via_corridor group by month`,
  );
  const yearly = await rows<{ year: string; n: number; asean: number }>(
    tx,
    sql`select left(month, 4) as year, sum(shipments)::int as n, sum(asean_value_cny) as asean from corridor_monthly where left(month, 4) in (${monthList(years)}) group by 1`,
  );
  const clearance = await rows<{ year: string; n: number; p90: number }>(
    tx,
    sql`select left(s.month, 4) as year, count(*)::int as n, percentile_cont(0.9) within group (order by ${CLEARANCE_MINUTES}) as p90
        from shipments s where left(s.month, 4) in (${monthList(years)}) and ${FRESH_CLEARANCE} group by 1`,
  );
  let written = 0;
  const touched: { indicatorId: string; zoneId: string }[] = [];
  for (const t of list) {
    touched.push(t);
    if (t.computedFrom === COMPUTED_FROM.teu || t.computedFrom === COMPUTED_FROM.value)
      for (const m of months) {
        const r = monthly.find((x) => x.month === m);
        const v = !r ? null : t.computedFrom === COMPUTED_FROM.teu ? round(Number(r.teu), 2) : round(Number(r.value) / 1e8, 4);
        written += await write(tx, t, m, v, `由通道台账计算：${r?.n ?? 0} 票经通道运单 / computed from the corridor ledger`);
      }
    for (const y of years) {
      if (t.computedFrom === COMPUTED_FROM.asean) {
        const r = yearly.find((x) => x.year === y);
        written += await write(tx, t, y, r ? round(Number(r.asean) / 1e8, 4) : null, `由通道台账计算：${r?.n ?? 0} 票运单中的东盟进出口 / ASEAN trade in the corridor ledger`);
      }
      if (t.computedFrom === COMPUTED_FROM.clearance) {
        const r = clearance.find((x) => x.year === y);
        written += await write(tx, t, y, r ? round(Number(r.p90), 2) : null, `由通道台账计算：${r?.n ?? 0} 票非查验进口鲜货放行用时的第90百分位 / p90 of fresh-goods clearance`);
      }
    }
  }
  if (touched.length) await recomputeStatuses(tx, touched);
  return written;
}

/**
 * After a route change: RCEP coverage as of today, as this year's value. Past years are the
 * office's published figures (routes opened and closed before the ledger existed are not in it).
 */
export async function feedRcepCoverage(tx: DbOrTx, today = new Date()): Promise<number> {
  const list = (await targets(tx)).filter((t) => t.computedFrom === COMPUTED_FROM.rcep);
  if (!list.length) return 0;
  const routes = await rows<{ country: string; validFrom: string | null; validTo: string | null }>(
    tx,
    sql`select destination_country as country, opened_on::text as "validFrom", closed_on::text as "validTo" from routes where mode = 'air' and destination_country is not null`,
  );
  const asOf = new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const c = rcepCoverage(routes, asOf);
  let written = 0;
  for (const t of list)
    written += await write(tx, t, asOf.slice(0, 4), c.count, `由航线台账计算（截至 ${asOf}）：未覆盖 ${c.missing.map((m) => m.zh).join('、') || '无'} / computed from the route ledger`, c.covered.map((m) => m.code).sort()); // sorted, as the observation import stores covered lists
  await recomputeStatuses(tx, list);
  return written;
}
