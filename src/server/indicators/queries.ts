import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { parallel } from '../db/parallel';
import {
  indicatorMilestones,
  indicatorStatus,
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
import type { Scope } from '../core/access';
import { summarizeStatus, type StatusInput, type StatusResult, type StatusSummary } from '../../domain/progress/index';

/** Observation states that count for status, the cockpit and the public. */
export const COUNTED = ['approved', 'accepted'] as const;

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

export async function listIndicators(db: DbOrTx, f: IndicatorFilter) {
  const conds: SQL[] = [];
  if (f.planId) conds.push(eq(indicators.planId, f.planId));
  if (f.category) conds.push(eq(indicators.category, f.category));
  if (f.unitId) conds.push(sql`${owedUnit} = ${f.unitId}`);
  if (f.zoneId) conds.push(eq(indicatorZones.zoneId, f.zoneId));
  if (f.status) conds.push(eq(indicatorStatus.status, f.status));
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
      status: indicatorStatus.status,
      summary: indicatorStatus.summary,
      // Rows stored before summaries existed: their result, once, to summarise here.
      legacyResult: sql<unknown>`case when ${indicatorStatus.summary} is null then ${indicatorStatus.result} end`,
      version: indicators.version,
    })
    .from(indicators)
    .leftJoin(plans, eq(plans.id, indicators.planId))
    .leftJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id))
    .leftJoin(zones, eq(zones.id, indicatorZones.zoneId))
    .leftJoin(indicatorStatus, and(eq(indicatorStatus.indicatorId, indicators.id), eq(indicatorStatus.zoneId, indicatorZones.zoneId)))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(plans.createdAt), asc(indicators.position), asc(zones.code))
    .limit(f.limit ?? 100_000)
    .offset(f.offset ?? 0);
  const ids = [...new Set(list.map((i) => i.id))];
  const targets = ids.length ? await db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, ids)).orderBy(asc(indicatorTargets.year)) : [];
  const targetsOf = new Map<string, (typeof targets)[number][]>();
  for (const t of targets) targetsOf.set(t.indicatorId, [...(targetsOf.get(t.indicatorId) ?? []), t]);
  return list.map(({ legacyResult, summary, ...i }) => ({ ...i, summary: (summary ?? summaryOfStored(legacyResult)) as StatusSummary | null, targets: targetsOf.get(i.id) ?? [] }));
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
  if (!scope.all) conds.push(or(eq(observations.unitId, scope.unitId ?? '00000000-0000-0000-0000-000000000000'), inArray(observations.status, [...COUNTED]))!);
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

/** Indicator × zone pairs a unit owes (all pairs for a global caller). */
export async function owedPairs(db: DbOrTx, unitId: string | null) {
  return db
    .select({
      indicatorId: indicators.id,
      code: indicators.code,
      name: indicators.name,
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
    .where(unitId ? sql`${owedUnit} = ${unitId}` : undefined)
    .orderBy(asc(indicators.planId), asc(indicators.position));
}

export async function lockedPeriods(db: DbOrTx, planIds: string[]) {
  if (!planIds.length) return [];
  return db.select().from(periodLocks).where(inArray(periodLocks.planId, planIds));
}

/** Observations in one state, for the review queues; a unit-scoped caller sees their unit's only. */
export async function approvalQueue(db: DbOrTx, status: string, scope: Scope) {
  const conds: SQL[] = [eq(observations.status, status)];
  if (!scope.all) conds.push(scope.unitId ? eq(observations.unitId, scope.unitId) : sql`false`);
  return db
    .select({
      id: observations.id,
      indicatorId: observations.indicatorId,
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

export async function indicatorIdsWithCountedData(db: DbOrTx): Promise<string[]> {
  return (await db.selectDistinct({ id: observations.indicatorId }).from(observations).where(inArray(observations.status, [...COUNTED]))).map((o) => o.id);
}

export async function planTitleOf(db: DbOrTx, planId: string | null) {
  if (!planId) return null;
  const [p] = await db.select({ id: plans.id, title: plans.title }).from(plans).where(eq(plans.id, planId));
  return p ?? null;
}

export const zoneNames = async (db: DbOrTx) => new Map((await db.select({ id: zones.id, name: zones.name }).from(zones)).map((z) => [z.id, z.name]));
export const listReferenceSets = (db: DbOrTx) => db.select().from(referenceSets);
