// Reads of the corridor ledger. Figures come from the roll-up tables; the rounding and the
// shape are the domain's, so the page, the API and `hubline corridor-figures` agree.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { corridorLinks, corridorNodes, operators, routes, shipmentImports, shipmentVersions, shipments, trackingEvents } from '../db/schema';
import type { Scope } from '../core/access';
import { LOCODE_COORDS, rcepCoverage, round, totals, yearlyFigures, type MonthFigures } from '../../domain/corridor/index';
import { CLEARANCE_MINUTES, FRESH_CLEARANCE } from './rollup';
import type { ShipmentDetailRow, ShipmentRow } from '../../contracts/corridor';

export interface FigureFilter {
  nodeId?: string;
  mode?: string;
  direction?: string;
}

export async function monthlyFigures(db: DbOrTx, f: FigureFilter = {}): Promise<MonthFigures[]> {
  const conds: SQL[] = [sql`true`];
  if (f.nodeId) conds.push(sql`node_id = ${f.nodeId}`);
  if (f.mode) conds.push(sql`mode = ${f.mode}`);
  if (f.direction) conds.push(sql`direction = ${f.direction}`);
  const where = sql.join(conds, sql` and `);
  const m = await rows<{ month: string; n: number; kg: number; teu: number; value: number; cn: number; ckg: number; cteu: number; cvalue: number }>(
    db,
    sql`select month, sum(shipments)::int as n, sum(weight_kg) as kg, sum(teu) as teu, sum(value_cny) as value,
          coalesce(sum(shipments) filter (where via_corridor), 0)::int as cn, coalesce(sum(weight_kg) filter (where via_corridor), 0) as ckg,
          coalesce(sum(teu) filter (where via_corridor), 0) as cteu, coalesce(sum(value_cny) filter (where via_corridor), 0) as cvalue
        from corridor_monthly where ${where} group by month order by month`,
  );
  // Percentiles cannot be re-aggregated: the whole-ledger roll-up serves the unfiltered view, a filtered one is computed on the (small) fresh subset.
  const clearance = new Map<string, { count: number; median: number; p90: number; within: number }>();
  if (!f.nodeId && !f.mode && !f.direction) {
    for (const c of await rows<{ month: string; count: number; median_minutes: number; p90_minutes: number; within_60: number }>(db, sql`select * from corridor_clearance_monthly`))
      clearance.set(c.month, { count: c.count, median: c.median_minutes, p90: c.p90_minutes, within: c.within_60 });
  } else {
    const sc: SQL[] = [FRESH_CLEARANCE];
    if (f.nodeId) sc.push(sql`s.node_id = ${f.nodeId}`);
    if (f.mode) sc.push(sql`s.mode = ${f.mode}`);
    if (f.direction) sc.push(sql`s.direction = ${f.direction}`);
    for (const c of await rows<{ month: string; count: number; median: number; p90: number; within: number }>(
      db,
      sql`select s.month, count(*)::int as count, percentile_cont(0.5) within group (order by ${CLEARANCE_MINUTES}) as median,
            percentile_cont(0.9) within group (order by ${CLEARANCE_MINUTES}) as p90, (count(*) filter (where ${CLEARANCE_MINUTES} <= 60))::int as within
          from shipments s where ${sql.join(sc, sql` and `)} group by s.month`,
    ))
      clearance.set(c.month, c);
  }
  return m.map((r) => {
    const c = clearance.get(r.month);
    return {
      month: r.month,
      ...totals(Number(r.n), Number(r.kg), Number(r.teu), Number(r.value)),
      corridor: totals(Number(r.cn), Number(r.ckg), Number(r.cteu), Number(r.cvalue)),
      freshClearance: c ? { count: c.count, medianMinutes: round(Number(c.median), 2), p90Minutes: round(Number(c.p90), 2), shareWithin60: round(c.within / c.count, 4) } : null,
    };
  });
}

export async function figures(db: DbOrTx, f: FigureFilter = {}) {
  const months = await monthlyFigures(db, f);
  const byMode = await rows<{ year: string; mode: string; n: number; teu: number; value: number; kg: number }>(
    db,
    sql`select left(month, 4) as year, mode, sum(shipments)::int as n, sum(teu) as teu, sum(value_cny) as value, sum(weight_kg) as kg from corridor_monthly group by 1, 2 order by 1, 2`,
  );
  const byDirection = await rows<{ year: string; direction: string; n: number; value: number }>(
    db,
    sql`select left(month, 4) as year, direction, sum(shipments)::int as n, sum(value_cny) as value from corridor_monthly group by 1, 2 order by 1, 2`,
  );
  const byNode = await rows<{ year: string; nodeId: string; n: number; value: number; kg: number }>(
    db,
    sql`select left(month, 4) as year, node_id as "nodeId", sum(shipments)::int as n, sum(value_cny) as value, sum(weight_kg) as kg from corridor_monthly group by 1, 2 order by 1, 2`,
  );
  const asean = await rows<{ year: string; value: number }>(db, sql`select left(month, 4) as year, sum(asean_value_cny) as value from corridor_monthly group by 1 order by 1`);
  const yearlyClearance = await rows<{ year: string; count: number; median: number; p90: number; within: number }>(
    db,
    sql`select left(s.month, 4) as year, count(*)::int as count, percentile_cont(0.5) within group (order by ${CLEARANCE_MINUTES}) as median,
          percentile_cont(0.9) within group (order by ${CLEARANCE_MINUTES}) as p90, (count(*) filter (where ${CLEARANCE_MINUTES} <= 60))::int as within
        from shipments s where ${FRESH_CLEARANCE} group by 1 order by 1`,
  );
  return {
    months,
    years: yearlyFigures(months).map((y) => {
      const c = yearlyClearance.find((x) => Number(x.year) === y.year);
      return {
        ...y,
        aseanTradeCny: round(Number(asean.find((a) => Number(a.year) === y.year)?.value ?? 0), 2),
        freshClearance: c ? { count: c.count, medianMinutes: round(Number(c.median), 2), p90Minutes: round(Number(c.p90), 2), shareWithin60: round(c.within / c.count, 4) } : null,
      };
    }),
    byMode: byMode.map((r) => ({ year: Number(r.year), mode: r.mode, ...totals(r.n, Number(r.kg), Number(r.teu), Number(r.value)) })),
    byDirection: byDirection.map((r) => ({ year: Number(r.year), direction: r.direction, shipments: r.n, valueCny: round(Number(r.value), 2) })),
    byNode: byNode.map((r) => ({ year: Number(r.year), nodeId: r.nodeId, shipments: r.n, tonnes: round(Number(r.kg) / 1000, 3), valueCny: round(Number(r.value), 2) })),
  };
}

export interface ShipmentFilter {
  month?: string;
  year?: string;
  nodeId?: string;
  mode?: string;
  direction?: string;
  corridor?: boolean;
  fresh?: boolean;
  freshClearance?: boolean;
  asean?: boolean;
  operatorId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const scoped = (scope: Scope): SQL => (scope.all ? sql`true` : sql`o.unit_id = ${scope.unitId ?? '00000000-0000-0000-0000-000000000000'}`);

export async function listShipments(db: DbOrTx, scope: Scope, f: ShipmentFilter) {
  const conds: SQL[] = [scoped(scope)];
  if (f.month) conds.push(sql`s.month = ${f.month}`);
  if (f.year) conds.push(sql`left(s.month, 4) = ${f.year}`);
  if (f.nodeId) conds.push(sql`s.node_id = ${f.nodeId}`);
  if (f.mode) conds.push(sql`s.mode = ${f.mode}`);
  if (f.direction) conds.push(sql`s.direction = ${f.direction}`);
  if (f.corridor !== undefined) conds.push(sql`s.via_corridor = ${f.corridor}`);
  if (f.fresh !== undefined) conds.push(sql`s.fresh = ${f.fresh}`);
  if (f.freshClearance) conds.push(FRESH_CLEARANCE);
  if (f.asean) {
    const { ASEAN_TRADE } = await import('./rollup');
    conds.push(ASEAN_TRADE);
  }
  if (f.operatorId) conds.push(sql`s.operator_id = ${f.operatorId}`);
  if (f.q) conds.push(sql`(s.reference ilike ${`%${f.q}%`} or s.hs_code like ${`${f.q}%`})`);
  const where = sql.join(conds, sql` and `);
  const [{ n, kg, teu, value }] = await rows<{ n: number; kg: number; teu: number; value: number }>(
    db,
    sql`select count(*)::int as n, coalesce(sum(s.weight_kg), 0) as kg, coalesce(sum(s.teu), 0) as teu, coalesce(sum(s.value_cny), 0) as value
        from shipments s join operators o on o.id = s.operator_id where ${where}`,
  );
  const items = await rows<ShipmentRow>(
    db,
    sql`select s.id, s.reference, o.code as operator, o.name as "operatorName", s.mode, s.origin, s.destination, s.origin_country as "originCountry",
          s.destination_country as "destinationCountry", s.via_corridor as "viaCorridor", n.code as node, n.name as "nodeName", s.direction,
          s.weight_kg as "weightKg", s.teu, s.value_cny as "valueCny", s.hs_code as "hsCode", s.commodity_class as "commodityClass", s.fresh,
          s.passed_at as "passedAt", s.month, s.arrived_at as "arrivedAt", s.released_at as "releasedAt", s.inspected, s.version,
          case when ${FRESH_CLEARANCE} then ${CLEARANCE_MINUTES} end as "clearanceMinutes"
        from shipments s join operators o on o.id = s.operator_id left join corridor_nodes n on n.id = s.node_id
        where ${where} order by s.passed_at desc, s.reference limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return { total: n, totals: totals(n, Number(kg), Number(teu), Number(value)), items };
}

export async function shipmentUnits(db: DbOrTx, id: string): Promise<(string | null)[] | null> {
  const r = await rows<{ unitId: string | null }>(db, sql`select o.unit_id as "unitId" from shipments s join operators o on o.id = s.operator_id where s.id = ${id}`);
  return r.length ? [r[0].unitId] : null;
}

export async function shipmentDetail(db: DbOrTx, id: string) {
  const [s] = await rows<ShipmentDetailRow>(
    db,
    sql`select s.*, o.code as operator, o.name as "operatorName", n.code as node, n.name as "nodeName", n.lat as "nodeLat", n.lon as "nodeLon"
        from shipments s join operators o on o.id = s.operator_id left join corridor_nodes n on n.id = s.node_id where s.id = ${id}`,
  );
  if (!s) return null;
  const events = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, id)).orderBy(asc(trackingEvents.at));
  const versions = await db.select().from(shipmentVersions).where(eq(shipmentVersions.shipmentId, id)).orderBy(asc(shipmentVersions.seq));
  const nodes = await db.select().from(corridorNodes);
  const place = (code: unknown) => {
    // A node at the place (its own name), else the place's approximate coordinates.
    const n = nodes.find((x) => x.unlocode === code && x.lat !== null && x.kind !== 'airport') ?? null;
    if (n) return { code: String(code), name: n.name, lat: n.lat, lon: n.lon };
    const c = LOCODE_COORDS[String(code)];
    return { code: String(code), name: null, lat: c?.[0] ?? null, lon: c?.[1] ?? null };
  };
  return { shipment: s, events, versions, places: { origin: place(s.origin), destination: place(s.destination) } };
}

export const listNodes = (db: DbOrTx) => db.select().from(corridorNodes).orderBy(asc(corridorNodes.code));
export const listLinks = (db: DbOrTx) => db.select().from(corridorLinks);
export const listOperators = (db: DbOrTx) => db.select().from(operators).orderBy(asc(operators.code));
export const listImports = (db: DbOrTx) => db.select().from(shipmentImports).orderBy(desc(shipmentImports.createdAt)).limit(50);

export async function listRoutes(db: DbOrTx, today = new Date()) {
  const list = await db.select().from(routes).where(and(eq(routes.mode, 'air'))).orderBy(asc(routes.destinationCountry), asc(routes.destination));
  const asOf = new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const coverage = rcepCoverage(
    list.filter((r) => r.destinationCountry).map((r) => ({ country: r.destinationCountry!, validFrom: r.openedOn, validTo: r.closedOn })),
    asOf,
  );
  return { routes: list, coverage };
}
