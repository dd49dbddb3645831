// The monthly roll-up, recomputed set-based for the months an import touched only.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { ASEAN, CLEARANCE_STANDARD_MINUTES } from '../../domain/corridor/index';

export const monthList = (months: string[]) => sql.join(months.map((m) => sql`${m}`), sql`, `);
const aseanList = sql.join([...ASEAN].sort().map((c) => sql`${c}`), sql`, `);
/** The partner country of a trade shipment is in ASEAN (docs/corridor.md, ASEAN trade). */
export const ASEAN_TRADE = sql`((s.direction = 'import' and s.origin_country in (${aseanList})) or (s.direction = 'export' and s.destination_country in (${aseanList})))`;
/** Fresh, non-inspected imports with both times: the clearance population. */
export const FRESH_CLEARANCE = sql`s.fresh and s.direction = 'import' and not s.inspected and s.arrived_at is not null and s.released_at is not null`;
export const CLEARANCE_MINUTES = sql`(extract(epoch from (s.released_at - s.arrived_at)) / 60)::float8`;

export async function rollUpMonths(tx: DbOrTx, months: string[]): Promise<void> {
  if (!months.length) return;
  const list = monthList(months);
  await tx.execute(sql`delete from corridor_monthly where month in (${list})`);
  await tx.execute(sql`
    insert into corridor_monthly (month, node_id, mode, direction, via_corridor, zone_id, shipments, weight_kg, teu, tonnes, value_cny, asean_value_cny)
    select s.month, s.node_id, s.mode, s.direction, s.via_corridor, min(s.zone_id::text)::uuid, count(*)::int, sum(s.weight_kg), coalesce(sum(s.teu), 0),
           sum(s.weight_kg) / 1000, sum(s.value_cny), coalesce(sum(s.value_cny) filter (where ${ASEAN_TRADE}), 0)
    from shipments s where s.month in (${list}) and s.node_id is not null
    group by s.month, s.node_id, s.mode, s.direction, s.via_corridor`);
  await tx.execute(sql`delete from corridor_clearance_monthly where month in (${list})`);
  await tx.execute(sql`
    insert into corridor_clearance_monthly (month, count, median_minutes, p90_minutes, within_60)
    select month, count(*)::int, percentile_cont(0.5) within group (order by m), percentile_cont(0.9) within group (order by m),
           (count(*) filter (where m <= ${CLEARANCE_STANDARD_MINUTES}))::int
    from (select s.month, ${CLEARANCE_MINUTES} as m from shipments s where s.month in (${list}) and ${FRESH_CLEARANCE}) x
    group by month`);
}
