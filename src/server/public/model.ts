// The published read model: what anyone may see of a plan, from ACCEPTED data only. The public
// portal and the briefings both read through here, so neither can show a value the office has
// not accepted, a plan it has not published (portal), or anything of a unit's report beyond
// the progress state its accepted lead report gives (no texts, no people).
import { and, asc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { parallel } from '../db/parallel';
import { indicatorMilestones, indicatorTargets, indicatorZones, indicators, observations, planSections, plans, progressReports, referenceSets, tasks, zones } from '../db/schema';
import { benchmarkSeries, buildStatusInput, type Counted } from '../indicators/service';
import { computeIndicatorStatus, summarizeStatus, type StatusSummary } from '../../domain/progress/index';
import { groupAggregate, taskStanding, type GroupAggregate, type TaskStanding } from '../../domain/delivery/groups';

export const PUBLISHED = and(eq(plans.public, true), ne(plans.status, 'draft'));

export type PlanRow = typeof plans.$inferSelect;

export async function publishedPlans(db: DbOrTx) {
  return db.select().from(plans).where(PUBLISHED).orderBy(asc(plans.issuedDate), asc(plans.code));
}

/** A plan by code: published only unless `anyStatus` (the briefing, for signed-in staff). */
export async function planByCode(db: DbOrTx, code: string, opts: { publishedOnly: boolean }): Promise<PlanRow | null> {
  const [p] = await db
    .select()
    .from(plans)
    .where(opts.publishedOnly ? and(eq(plans.code, code), PUBLISHED) : eq(plans.code, code));
  return p ?? null;
}

export interface PublicObservation {
  period: string;
  zone: string;
  zoneEn: string | null;
  value: number | null;
  covered: string[] | null;
}

export interface PublicIndicator {
  id: string;
  code: string;
  number: string | null;
  name: string;
  nameEn: string | null;
  unit: string | null;
  definition: string | null;
  dataSource: string | null;
  frequency: string;
  direction: string;
  baseline: { year: number; value: number } | null;
  targets: { year: number; kind: string; value: number | null; text: string | null }[];
  observations: PublicObservation[];
  /** One status per zone the indicator is reported for, computed from accepted values only. */
  statuses: { zone: string; zoneEn: string | null; summary: StatusSummary }[];
  /** When the newest accepted value last changed; null without accepted values. */
  updated: string | null;
}

/**
 * The indicators of plans with their accepted observations and statuses computed from those
 * alone (the roll-up table also counts unit-approved values, so it is not read here).
 * `asOf` (YYYY-MM-DD) leaves out periods ending after that day: a briefing's data cut-off.
 */
export async function acceptedIndicators(db: DbOrTx, planIds: string[], opts: { codes?: string[]; asOf?: string } = {}): Promise<PublicIndicator[]> {
  if (!planIds.length) return [];
  const where = opts.codes ? and(inArray(indicators.planId, planIds), inArray(indicators.code, opts.codes)) : inArray(indicators.planId, planIds);
  const inds = await db.select().from(indicators).where(where).orderBy(asc(indicators.position), asc(indicators.code));
  if (!inds.length) return [];
  const ids = inds.map((i) => i.id);
  const benchIds = [...new Set(inds.map((i) => i.benchmarkIndicatorId).filter((x): x is string => !!x))];
  const [targets, milestones, sets, obs, zoneRows, owed, updated] = await parallel(
    db,
    () => db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, ids)).orderBy(asc(indicatorTargets.year)),
    () => db.select().from(indicatorMilestones).where(inArray(indicatorMilestones.indicatorId, ids)).orderBy(asc(indicatorMilestones.year)),
    () => db.select().from(referenceSets),
    () =>
      db
        .select({ indicatorId: observations.indicatorId, zoneId: observations.zoneId, period: observations.period, value: observations.value, covered: observations.covered })
        .from(observations)
        .where(and(inArray(observations.indicatorId, [...ids, ...benchIds]), eq(observations.status, 'accepted')))
        .orderBy(asc(observations.period)),
    () => db.select({ id: zones.id, name: zones.name, nameEn: zones.nameEn, parentId: zones.parentId }).from(zones),
    () => db.select({ indicatorId: indicatorZones.indicatorId, zoneId: indicatorZones.zoneId }).from(indicatorZones).where(inArray(indicatorZones.indicatorId, ids)),
    () =>
      db
        .select({ indicatorId: observations.indicatorId, at: max(observations.updatedAt) })
        .from(observations)
        .where(and(inArray(observations.indicatorId, ids), eq(observations.status, 'accepted')))
        .groupBy(observations.indicatorId),
  );
  const zoneOf = new Map(zoneRows.map((z) => [z.id, z]));
  const parentOf = new Map(zoneRows.map((z) => [z.id, z.parentId]));
  const series = new Map<string, Counted[]>();
  for (const o of obs) {
    const k = `${o.indicatorId}|${o.zoneId}`;
    const list = series.get(k) ?? [];
    list.push(o);
    series.set(k, list);
  }
  const updatedOf = new Map(updated.map((u) => [u.indicatorId, u.at]));
  return inds.map((ind) => {
    const t = targets.filter((x) => x.indicatorId === ind.id);
    const m = milestones.filter((x) => x.indicatorId === ind.id);
    const set = sets.find((x) => x.id === ind.referenceSetId) ?? null;
    // Zones owed, plus any zone that has accepted values (a zone dropped later keeps its history).
    const zoneIds = [...new Set([...owed.filter((o) => o.indicatorId === ind.id).map((o) => o.zoneId), ...obs.filter((o) => o.indicatorId === ind.id).map((o) => o.zoneId)])];
    const statuses = zoneIds.map((zoneId) => {
      const input = buildStatusInput(ind, t, m, set, series.get(`${ind.id}|${zoneId}`) ?? [], ind.benchmarkIndicatorId ? benchmarkSeries(series, parentOf, ind.benchmarkIndicatorId, zoneId) : null);
      if (opts.asOf) input.asOf = opts.asOf;
      const summary = summarizeStatus(computeIndicatorStatus(input), input);
      return { zone: zoneOf.get(zoneId)?.name ?? '', zoneEn: zoneOf.get(zoneId)?.nameEn ?? null, summary };
    });
    const at = updatedOf.get(ind.id);
    return {
      id: ind.id,
      code: ind.code,
      number: ind.number,
      name: ind.name,
      nameEn: ind.nameEn,
      unit: ind.unit,
      definition: ind.definition,
      dataSource: ind.dataSource,
      frequency: ind.frequency,
      direction: ind.direction,
      baseline: ind.baselineYear !== null && ind.baselineValue !== null ? { year: ind.baselineYear, value: ind.baselineValue } : null,
      targets: t.map((x) => ({ year: x.year, kind: x.kind, value: x.value, text: x.text })),
      observations: obs
        .filter((o) => o.indicatorId === ind.id)
        .map((o) => ({ period: o.period, zone: zoneOf.get(o.zoneId)?.name ?? '', zoneEn: zoneOf.get(o.zoneId)?.nameEn ?? null, value: o.value, covered: o.covered })),
      statuses,
      updated: at ? new Date(at).toISOString() : null,
    };
  });
}

export interface PublicTask {
  id: string;
  number: string;
  title: string;
  standing: TaskStanding;
}
export interface PublicGroup {
  number: string | null;
  title: string;
  tasks: PublicTask[];
  aggregate: GroupAggregate;
}

/**
 * The plan's tasks by group (the section they sit in), each with its standing from accepted
 * lead reports up to `upTo` (a period), and the group's aggregate status.
 */
export async function taskGroups(db: DbOrTx, planId: string, upTo?: string): Promise<PublicGroup[]> {
  const [taskRows, sections] = await parallel(
    db,
    () =>
      db
        .select({ id: tasks.id, number: tasks.number, title: tasks.title, status: tasks.status, sectionId: tasks.sectionId })
        .from(tasks)
        .where(and(eq(tasks.planId, planId), eq(tasks.kind, 'task'), ne(tasks.status, 'cancelled')))
        .orderBy(asc(tasks.position)),
    () => db.select({ id: planSections.id, number: planSections.number, title: planSections.title, position: planSections.position }).from(planSections).where(eq(planSections.planId, planId)),
  );
  const ids = taskRows.map((t) => t.id);
  const facts = ids.length
    ? await db
        .select({ taskId: progressReports.taskId, period: progressReports.period, progress: progressReports.progress, status: progressReports.status, role: progressReports.role })
        .from(progressReports)
        .where(and(inArray(progressReports.taskId, ids), eq(progressReports.status, 'accepted'), eq(progressReports.role, 'lead')))
    : [];
  const factsOf = new Map<string, typeof facts>();
  for (const f of facts) factsOf.set(f.taskId, [...(factsOf.get(f.taskId) ?? []), f]);
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  const groups = new Map<string, { number: string | null; title: string; position: number; tasks: PublicTask[] }>();
  for (const t of taskRows) {
    const s = t.sectionId ? sectionOf.get(t.sectionId) : undefined;
    const key = s?.id ?? '';
    const g = groups.get(key) ?? { number: s?.number ?? null, title: s?.title ?? '其他任务', position: s?.position ?? Number.MAX_SAFE_INTEGER, tasks: [] };
    g.tasks.push({ id: t.id, number: t.number, title: t.title, standing: taskStanding((factsOf.get(t.id) ?? []) as never, upTo, t.status === 'done') });
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.position - b.position)
    .map((g) => ({ number: g.number, title: g.title, tasks: g.tasks, aggregate: groupAggregate(g.tasks.map((t) => t.standing)) }));
}

export async function planSectionsOf(db: DbOrTx, planId: string) {
  return db
    .select({ level: planSections.level, number: planSections.number, title: planSections.title, text: planSections.text })
    .from(planSections)
    .where(eq(planSections.planId, planId))
    .orderBy(asc(planSections.position));
}

/** The catalogue of open datasets: one per indicator of a published plan. */
export async function catalogue(db: DbOrTx) {
  const list = await publishedPlans(db);
  if (!list.length) return [];
  const rowsOut = await db
    .select({ code: indicators.code, name: indicators.name, nameEn: indicators.nameEn, unit: indicators.unit, plan: plans.code, updated: sql<string | null>`(select max(o.updated_at) from observations o where o.indicator_id = ${indicators.id} and o.status = 'accepted')` })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(inArray(plans.id, list.map((p) => p.id)))
    .orderBy(asc(plans.code), asc(indicators.position), asc(indicators.code));
  return rowsOut.map((r) => ({ ...r, updated: r.updated ? new Date(r.updated).toISOString() : null }));
}

/** The published plan an indicator belongs to, or null (unpublished plans' indicators do not exist publicly). */
export async function publishedIndicatorPlan(db: DbOrTx, code: string): Promise<PlanRow | null> {
  const [row] = await db.select({ plan: plans }).from(indicators).innerJoin(plans, eq(plans.id, indicators.planId)).where(and(eq(indicators.code, code), PUBLISHED));
  return row?.plan ?? null;
}
