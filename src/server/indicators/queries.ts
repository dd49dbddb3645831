import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { rows as sqlRows, type DbOrTx } from '../db/index';
import { parallel } from '../db/parallel';
import {
  indicatorMilestones,
  indicatorStatus,
  indicatorStatusHistory,
  indicatorTargets,
  indicatorZones,
  indicators,
  observationRevisions,
  observations,
  periodLocks,
  plans,
  referenceSets,
  units,
  users,
  zones,
} from '../db/schema';
import { scopeWhere, type Scope } from '../core/access';
import { notFound } from '../core/errors';
import { COUNTED, GAP_KINDS, STATUSES, type GapKind } from '../../contracts/indicators';
import { summarizeStatus, type StatusInput, type StatusResult, type StatusSummary } from '../../domain/progress/index';
import { plausibleBand } from './service';

export { COUNTED };


/** Who owes an indicator's data in a zone: the zone's unit, else the indicator's owner. */
export const owedUnit = sql<string | null>`coalesce(${indicatorZones.unitId}, ${indicators.ownerUnitId})`;

export interface IndicatorFilter {
  planId?: string;
  category?: string;
  unitId?: string;
  zoneId?: string;
  status?: string;
  limit?: number;
  offset?: number;
}

/** A row's status as lists count it: a pair without a stored status has insufficient data. */
const statusOrNone = sql<string>`coalesce(${indicatorStatus.status}, 'insufficient_data')`;

function filterConds(f: Omit<IndicatorFilter, 'status' | 'limit' | 'offset'> & { q?: string }): SQL[] {
  const conds: SQL[] = [];
  if (f.planId) conds.push(eq(indicators.planId, f.planId));
  if (f.category) conds.push(eq(indicators.category, f.category));
  if (f.unitId) conds.push(sql`${owedUnit} = ${f.unitId}`);
  if (f.zoneId) conds.push(eq(indicatorZones.zoneId, f.zoneId));
  const q = f.q?.trim().toLowerCase();
  // position() rather than LIKE: the text typed is matched as it is (no % or _ wildcards).
  if (q) conds.push(sql`(position(${q} in lower(${indicators.name})) > 0 or position(${q} in lower(${indicators.code})) > 0)`);
  return conds;
}

// Plan by plan (plans made in one transaction share created_at: their id keeps each plan's rows
// together), then the indicators' order within the plan; indicators without a plan last.
const DEFAULT_ORDER = () => [asc(plans.createdAt), asc(plans.id), asc(indicators.position), asc(zones.code), asc(indicators.id)];

async function selectRows(db: DbOrTx, conds: SQL[], order: SQL[], limit: number, offset: number, withStatus = true) {
  // The page's keys first, sorted on narrow rows; the wide columns (the summary, the owing unit's
  // name) are read for the page's rows only, not carried through the sort of the whole list.
  const page = db
    .select({
      indicatorId: sql<string>`${indicators.id}`.as('page_indicator_id'),
      zoneId: sql<string | null>`${indicatorZones.zoneId}`.as('page_zone_id'),
      ord: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('page_ord'),
    })
    .from(indicators)
    .leftJoin(plans, eq(plans.id, indicators.planId))
    .leftJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id))
    .leftJoin(zones, eq(zones.id, indicatorZones.zoneId))
    .leftJoin(indicatorStatus, and(eq(indicatorStatus.indicatorId, indicators.id), eq(indicatorStatus.zoneId, indicatorZones.zoneId)))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(...order)
    .limit(limit)
    .offset(offset)
    .as('page');
  const list = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      number: indicators.number,
      name: indicators.name,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      category: indicators.category,
      planId: indicators.planId,
      planTitle: plans.title,
      frequency: indicators.frequency,
      direction: indicators.direction,
      baselineYear: indicators.baselineYear,
      baselineValue: indicators.baselineValue,
      zoneId: indicatorZones.zoneId,
      zoneName: zones.name,
      unitId: owedUnit,
      unitName: sql<string | null>`(select name from units u where u.id = ${owedUnit})`,
      // A list without statuses (the gaps) leaves the status columns out, the widest of the row.
      status: withStatus ? indicatorStatus.status : sql<string | null>`null`,
      summary: withStatus ? indicatorStatus.summary : sql<StatusSummary | null>`null`,
      // Rows stored before summaries existed: their result, once, to summarise here.
      legacyResult: withStatus ? sql<unknown>`case when ${indicatorStatus.summary} is null then ${indicatorStatus.result} end` : sql<unknown>`null`,
      version: indicators.version,
      // The targets in the same statement: a second round trip per page (the gaps send four pages)
      // cost more under load than the rows themselves (issue 10).
      targets: sql<(typeof indicatorTargets.$inferSelect)[]>`coalesce((select json_agg(json_build_object('id', t.id, 'indicatorId', t.indicator_id, 'year', t.year, 'kind', t.kind, 'value', t.value, 'growthBasis', t.growth_basis, 'text', t.text, 'version', t.version) order by t.year) from ${indicatorTargets} t where t.indicator_id = ${indicators.id}), '[]'::json)`,
    })
    .from(page)
    .innerJoin(indicators, eq(indicators.id, page.indicatorId))
    .leftJoin(plans, eq(plans.id, indicators.planId))
    .leftJoin(indicatorZones, and(eq(indicatorZones.indicatorId, page.indicatorId), eq(indicatorZones.zoneId, page.zoneId)))
    .leftJoin(zones, eq(zones.id, indicatorZones.zoneId))
    .leftJoin(indicatorStatus, and(eq(indicatorStatus.indicatorId, indicators.id), eq(indicatorStatus.zoneId, indicatorZones.zoneId)))
    .orderBy(page.ord);
  // Field by field rather than rest and spread: V8 copies a rest of twenty keys slowly, and a
  // list of a thousand rows paid that per row (issue 10).
  return list.map((i) => ({
    id: i.id,
    code: i.code,
    number: i.number,
    name: i.name,
    nameEn: i.nameEn,
    unit: i.unit,
    category: i.category,
    planId: i.planId,
    planTitle: i.planTitle,
    frequency: i.frequency,
    direction: i.direction,
    baselineYear: i.baselineYear,
    baselineValue: i.baselineValue,
    zoneId: i.zoneId,
    zoneName: i.zoneName,
    unitId: i.unitId,
    unitName: i.unitName,
    status: i.status,
    version: i.version,
    summary: (i.summary ?? summaryOfStored(i.legacyResult)) as StatusSummary | null,
    targets: i.targets,
  }));
}

export async function listIndicators(db: DbOrTx, f: IndicatorFilter) {
  const conds = filterConds(f);
  if (f.status) conds.push(eq(indicatorStatus.status, f.status));
  return selectRows(db, conds, DEFAULT_ORDER(), f.limit ?? 100_000, f.offset ?? 0);
}

export const PAGE_SORTS = ['plan', 'status', 'distance'] as const;
export interface IndicatorPageQuery extends Omit<IndicatorFilter, 'limit' | 'offset'> {
  q?: string;
  page: number;
  pageSize: number;
  sort?: (typeof PAGE_SORTS)[number];
  order?: 'asc' | 'desc';
}

/**
 * One page of the indicator × zone list as the overview shows it, with what its filters and
 * tiles need: the total of the page's filter, the count per status under every filter but the
 * status (the tiles), and the categories and owing units of the whole list (the filter options).
 */
export async function indicatorPage(db: DbOrTx, f: IndicatorPageQuery) {
  const base = filterConds(f);
  const conds = f.status ? [...base, sql`${statusOrNone} = ${f.status}`] : base;
  const dir = f.order === 'desc' ? desc : asc;
  const statusRank = sql`array_position(array[${sql.join(
    STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[], ${statusOrNone})`;
  // A row without a distance sorts as the lowest (as the table's sorter did in the browser).
  const distance = sql`coalesce((${indicatorStatus.summary}->>'distanceCovered')::float8, -1)`;
  const order = f.sort === 'status' ? [dir(statusRank), ...DEFAULT_ORDER()] : f.sort === 'distance' ? [dir(distance), ...DEFAULT_ORDER()] : DEFAULT_ORDER();
  const [rows, byStatus, categories, owing] = await parallel(
    db,
    () => selectRows(db, conds, order, f.pageSize, (f.page - 1) * f.pageSize),
    () =>
      db
        .select({ status: statusOrNone, n: sql<number>`count(*)::int` })
        .from(indicators)
        .leftJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id))
        .leftJoin(indicatorStatus, and(eq(indicatorStatus.indicatorId, indicators.id), eq(indicatorStatus.zoneId, indicatorZones.zoneId)))
        .where(base.length ? and(...base) : undefined)
        .groupBy(statusOrNone),
    () => db.selectDistinct({ category: indicators.category }).from(indicators).where(sql`${indicators.category} is not null`).orderBy(asc(indicators.category)),
    () => db.selectDistinct({ unitId: owedUnit }).from(indicators).leftJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id)).where(sql`${owedUnit} is not null`),
  );
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<(typeof STATUSES)[number], number>;
  for (const c of byStatus) if (c.status in counts) counts[c.status as (typeof STATUSES)[number]] += Number(c.n);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    rows,
    total: f.status ? (counts[f.status as (typeof STATUSES)[number]] ?? 0) : all,
    page: f.page,
    pageSize: f.pageSize,
    counts: { all, ...counts },
    categories: categories.map((c) => c.category!).filter(Boolean),
    unitIds: owing.map((u) => u.unitId!).filter(Boolean),
  };
}

/** The list summary of a status row stored with its input but without a summary. */
function summaryOfStored(result: unknown): StatusSummary | null {
  const r = result as (StatusResult & { input?: StatusInput }) | null;
  return r?.input ? summarizeStatus(r, r.input) : null;
}

export async function getIndicatorRow(db: DbOrTx, id: string) {
  const [i] = await db.select().from(indicators).where(eq(indicators.id, id));
  return i ?? null;
}

export async function indicatorParts(db: DbOrTx, id: string) {
  const [targets, milestones, zoneRows] = await parallel(
    db,
    () => db.select().from(indicatorTargets).where(eq(indicatorTargets.indicatorId, id)).orderBy(asc(indicatorTargets.year)),
    () => db.select().from(indicatorMilestones).where(eq(indicatorMilestones.indicatorId, id)).orderBy(asc(indicatorMilestones.year)),
    () =>
      db
      .select({ zoneId: indicatorZones.zoneId, zoneName: zones.name, unitId: indicatorZones.unitId, unitName: units.name })
      .from(indicatorZones)
      .innerJoin(zones, eq(zones.id, indicatorZones.zoneId))
      .leftJoin(units, eq(units.id, indicatorZones.unitId))
      .where(eq(indicatorZones.indicatorId, id)),
  );
  return { targets, milestones, zones: zoneRows };
}

export async function referenceSetOf(db: DbOrTx, id: string | null) {
  if (!id) return null;
  const [s] = await db.select().from(referenceSets).where(eq(referenceSets.id, id));
  return s ?? null;
}

/** Observations a caller may see: their own unit's in every state, others' once submitted. */
export async function observationsOf(db: DbOrTx, indicatorId: string, scope: Scope, zoneId?: string) {
  const conds: SQL[] = [eq(observations.indicatorId, indicatorId)];
  if (zoneId) conds.push(eq(observations.zoneId, zoneId));
  const visible = scopeWhere(scope, observations.unitId, inArray(observations.status, [...COUNTED]));
  if (visible) conds.push(visible);
  return db
    .select({
      id: observations.id,
      indicatorId: observations.indicatorId,
      zoneId: observations.zoneId,
      unitId: observations.unitId,
      period: observations.period,
      value: observations.value,
      covered: observations.covered,
      status: observations.status,
      source: observations.source,
      comment: observations.comment,
      returnReason: observations.returnReason,
      enteredBy: users.displayName,
      version: observations.version,
      updatedAt: observations.updatedAt,
    })
    .from(observations)
    .leftJoin(users, eq(users.id, observations.enteredBy))
    .where(and(...conds))
    .orderBy(asc(observations.period));
}

export async function revisionsOf(db: DbOrTx, indicatorId: string) {
  return db
    .select({
      id: observationRevisions.id,
      observationId: observationRevisions.observationId,
      period: observations.period,
      zoneId: observations.zoneId,
      oldValue: observationRevisions.oldValue,
      newValue: observationRevisions.newValue,
      reason: observationRevisions.reason,
      changedBy: users.displayName,
      changedAt: observationRevisions.changedAt,
    })
    .from(observationRevisions)
    .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
    .leftJoin(users, eq(users.id, observationRevisions.changedBy))
    .where(eq(observations.indicatorId, indicatorId))
    .orderBy(desc(observationRevisions.changedAt));
}

export async function statusesOf(db: DbOrTx, indicatorId: string) {
  return db.select().from(indicatorStatus).where(eq(indicatorStatus.indicatorId, indicatorId));
}

/** Indicator × zone pairs a caller's scope owes (all pairs for a global caller). */
export async function owedPairs(db: DbOrTx, scope: Scope) {
  return db
    .select({
      indicatorId: indicators.id,
      code: indicators.code,
      name: indicators.name,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      frequency: indicators.frequency,
      planId: indicators.planId,
      naturalLimit: indicators.naturalLimit,
      referenceSetId: indicators.referenceSetId,
      zoneId: indicatorZones.zoneId,
      zoneCode: zones.code,
      zoneName: zones.name,
      unitId: owedUnit,
    })
    .from(indicatorZones)
    .innerJoin(indicators, eq(indicators.id, indicatorZones.indicatorId))
    .innerJoin(zones, eq(zones.id, indicatorZones.zoneId))
    .where(scopeWhere(scope, owedUnit))
    // Code and zone code break ties, in the entry form's order (its SQL pages by the same keys).
    .orderBy(asc(indicators.planId), asc(indicators.position), asc(indicators.code), asc(zones.code));
}

export async function lockedPeriods(db: DbOrTx, planIds: string[]) {
  if (!planIds.length) return [];
  return db.select().from(periodLocks).where(inArray(periodLocks.planId, planIds));
}

/** Observations in one state, for the review queues; a unit-scoped caller sees their unit's only. */
/** Observations in one state, of the caller's units, as the review lists them. */
export async function queueRows(db: DbOrTx, status: string, scope: Scope) {
  const conds = [eq(observations.status, status), scopeWhere(scope, observations.unitId)];
  return db
    .select({
      id: observations.id,
      indicatorId: observations.indicatorId,
      zoneId: observations.zoneId,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      zoneName: zones.name,
      period: observations.period,
      value: observations.value,
      status: observations.status,
      comment: observations.comment,
      returnReason: observations.returnReason,
      unitName: sql<string>`(select name from units u where u.id = ${observations.unitId})`,
      updatedAt: observations.updatedAt,
    })
    .from(observations)
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .innerJoin(zones, eq(zones.id, observations.zoneId))
    .where(and(...conds))
    .orderBy(indicators.code, observations.period);
}

/** The review queue: each row with what the reviewer weighs it against. */
export async function approvalQueue(db: DbOrTx, status: string, scope: Scope) {
  return withReviewContext(db, await queueRows(db, status, scope));
}

/**
 * What a reviewer weighs a value against (issue 17): the value of the period before, the target
 * path's value for the period's year (from the stored status), and the plausible band the entry
 * check used (mean ± 3σ of the series' own changes, at least ±50 %).
 */
async function withReviewContext<R extends { id: string; indicatorId: string; zoneId: string; period: string }>(db: DbOrTx, rows: R[]) {
  const ids = [...new Set(rows.map((r) => r.indicatorId))];
  if (!ids.length) return rows.map((r) => ({ ...r, previousPeriod: null, previousValue: null, pathValue: null, bandLow: null, bandHigh: null }));
  const [others, stats] = await Promise.all([
    db
      .select({ id: observations.id, indicatorId: observations.indicatorId, zoneId: observations.zoneId, period: observations.period, value: observations.value })
      .from(observations)
      .where(inArray(observations.indicatorId, ids)),
    db.select({ indicatorId: indicatorStatus.indicatorId, zoneId: indicatorStatus.zoneId, result: indicatorStatus.result }).from(indicatorStatus).where(inArray(indicatorStatus.indicatorId, ids)),
  ]);
  const series = new Map<string, { period: string; value: number; id: string }[]>();
  for (const o of others) {
    if (o.value === null || !Number.isFinite(o.value)) continue;
    const k = `${o.indicatorId}|${o.zoneId}|${periodKind(o.period)}`;
    const list = series.get(k) ?? [];
    list.push({ period: o.period, value: o.value, id: o.id });
    series.set(k, list);
  }
  for (const list of series.values()) list.sort((a, b) => a.period.localeCompare(b.period));
  const path = new Map(stats.map((s) => [`${s.indicatorId}|${s.zoneId}`, ((s.result as StatusResult | null)?.milestones ?? []) as { year: number; value: number }[]]));
  return rows.map((r) => {
    const before = (series.get(`${r.indicatorId}|${r.zoneId}|${periodKind(r.period)}`) ?? []).filter((o) => o.period < r.period && o.id !== r.id);
    const prev = before[before.length - 1];
    const band = plausibleBand(before.slice(-12).map((o) => o.value));
    const year = Number(r.period.slice(0, 4));
    const milestone = path.get(`${r.indicatorId}|${r.zoneId}`)?.find((m) => m.year === year);
    return { ...r, previousPeriod: prev?.period ?? null, previousValue: prev?.value ?? null, pathValue: milestone?.value ?? null, bandLow: band?.low ?? null, bandHigh: band?.high ?? null };
  });
}

const periodKind = (p: string) => (p.includes('-') ? 'm' : /q/i.test(p) ? 'q' : 'y');

export async function planTitleOf(db: DbOrTx, planId: string | null) {
  if (!planId) return null;
  const [p] = await db.select({ id: plans.id, title: plans.title }).from(plans).where(eq(plans.id, planId));
  return p ?? null;
}

export const zoneNames = async (db: DbOrTx) => new Map((await db.select({ id: zones.id, name: zones.name }).from(zones)).map((z) => [z.id, z.name]));
export const listReferenceSets = (db: DbOrTx) => db.select().from(referenceSets);

/** Who owns an existing plan's data: no unit (plans belong to the office); null if there is no such plan. */
export async function planOwners(db: DbOrTx, planId: string): Promise<string[] | null> {
  const [p] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
  return p ? [] : null;
}

/** The unit of every observation named, or null if one of them does not exist. */
export async function observationOwners(db: DbOrTx, ids: string[]): Promise<(string | null)[] | null> {
  const unique = [...new Set(ids)];
  const found = await db.select({ id: observations.id, unitId: observations.unitId }).from(observations).where(inArray(observations.id, unique));
  return found.length === unique.length ? found.map((o) => o.unitId) : null;
}

/** What makes an indicator a gap of each kind, as conditions on the list's row (its first zone). */
const GAP_CONDS: Record<GapKind, () => SQL> = {
  pendingTargets: () => sql`exists (select 1 from ${indicatorTargets} t where t.indicator_id = ${indicators.id} and t.kind = 'pending')`,
  // A probe per indicator on the (indicator, zone, period) index, not a distinct over every
  // observation. Not `not exists`: inside the totals' FILTER it is a correlated subplan, which the
  // planner ran as a sequential scan of all observations per indicator (it expects a counted row
  // early; an indicator without any reads all of them: 9.4 s at bench scale). A scalar subquery
  // ordered by the index's keys keeps its ORDER BY and LIMIT (EXISTS drops them), so the index it is.
  withoutData: () =>
    sql`(select 1 from ${observations} o where o.indicator_id = ${indicators.id} and o.status in (${sql.join(
      COUNTED.map((s) => sql`${s}`),
      sql`, `,
    )}) order by o.indicator_id, o.zone_id, o.period limit 1) is null`,
  withoutOwner: () => sql`${owedUnit} is null`,
  withoutBaseline: () => sql`${indicators.baselineValue} is null and exists (select 1 from ${indicatorTargets} t where t.indicator_id = ${indicators.id} and t.kind in ('growth', 'reduction'))`,
};

/**
 * 计划缺口, one page: indicators whose target is pending, without counted data, without an owner or
 * a baseline, one row per indicator (its first zone's, as the list orders zones). Every kind's
 * total, and the page's rows of the kind asked for (every kind's without one). The kinds are
 * conditions in SQL: only the page's rows are built, not every indicator to filter four times.
 */
export async function gaps(db: DbOrTx, q: { kind?: GapKind; page: number; pageSize: number }) {
  // Each indicator's first zone is picked once for all (a hashed set), not by a subquery per row.
  const firstZone = sql`(${indicatorZones.zoneId} is null or (${indicatorZones.indicatorId}, ${indicatorZones.zoneId}) in (select distinct on (iz.indicator_id) iz.indicator_id, iz.zone_id from indicator_zones iz join zones z on z.id = iz.zone_id order by iz.indicator_id, z.code))`;
  const kinds = q.kind ? [q.kind] : GAP_KINDS;
  const [[totals], ...pages] = await parallel(
    db,
    () =>
      db
        .select(Object.fromEntries(GAP_KINDS.map((k) => [k, sql<number>`(count(*) filter (where ${GAP_CONDS[k]()}))::int`])) as Record<GapKind, SQL.Aliased<number> | SQL<number>>)
        .from(indicators)
        .leftJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id))
        .where(firstZone),
    ...kinds.map((k) => () => selectRows(db, [firstZone, GAP_CONDS[k]()], DEFAULT_ORDER(), q.pageSize, (q.page - 1) * q.pageSize, false)),
  );
  return {
    totals: totals as Record<GapKind, number>,
    page: q.page,
    pageSize: q.pageSize,
    rows: Object.fromEntries(kinds.map((k, i) => [k, pages[i]])) as Partial<Record<GapKind, Awaited<ReturnType<typeof selectRows>>>>,
  };
}

/** One indicator with everything its page shows; observations as the caller's scope sees them. */
export async function indicatorDetail(db: DbOrTx, id: string, scope: Scope) {
  const ind = await getIndicatorRow(db, id);
  if (!ind) throw notFound('指标', 'indicator');
  const [parts, obs, revisions, statuses, set, plan, benchmark] = await parallel(
    db,
    () => indicatorParts(db, ind.id),
    () => observationsOf(db, ind.id, scope),
    () => revisionsOf(db, ind.id),
    () => statusesOf(db, ind.id),
    () => referenceSetOf(db, ind.referenceSetId),
    () => planTitleOf(db, ind.planId),
    // The benchmark's counted data only: it belongs to another indicator's owners.
    () => (ind.benchmarkIndicatorId ? observationsOf(db, ind.benchmarkIndicatorId, { all: false, unitId: null }) : Promise.resolve([])),
  );
  const visible = new Set(obs.map((o) => o.id));
  return { ...ind, plan: plan ?? null, ...parts, observations: obs, revisions: revisions.filter((v) => visible.has(v.observationId)), statuses, referenceSet: set, benchmark };
}

/** An indicator's status changes, newest first (every zone; the page picks its zone). */
export async function statusHistory(db: DbOrTx, indicatorId: string) {
  return db
    .select({
      id: indicatorStatusHistory.id,
      zoneId: indicatorStatusHistory.zoneId,
      zoneName: zones.name,
      previousStatus: indicatorStatusHistory.previousStatus,
      status: indicatorStatusHistory.status,
      changes: indicatorStatusHistory.changes,
      changedAt: indicatorStatusHistory.changedAt,
    })
    .from(indicatorStatusHistory)
    .innerJoin(zones, eq(zones.id, indicatorStatusHistory.zoneId))
    .where(eq(indicatorStatusHistory.indicatorId, indicatorId))
    .orderBy(desc(indicatorStatusHistory.changedAt), desc(indicatorStatusHistory.id))
    .limit(500);
}
