// Reads of the delivery module. Unit-scoped callers (liaison, unit leader) get only their own unit's rows.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rows, type DbOrTx } from '../db/index';
import {
  attachments,
  indicators,
  indicatorStatus,
  measureComments,
  measures,
  milestones,
  plans,
  progressReports,
  reportEvidence,
  reportVersions,
  reportingCycles,
  taskAssignments,
  tasks,
  units,
  users,
} from '../db/schema';
import { scopeWhere, type Scope } from '../core/access';
import { allowedActions } from '../../domain/delivery/machine';
import { measureMachine, reportMachine, reportHandedIn, reportLate, type MeasureState, type ReportState, type Role } from '../../domain/delivery/states';
import type { Measure, Report } from '../../contracts/delivery';
import { iso, today } from './common';
import { cycleBoard } from '../../domain/delivery/board';
import { shanghaiDate } from '../../domain/calendar/workdays';
import { resourceVersion } from '../core/versioned';

/** The key of a calendar year's version in resource_versions. */
export const calendarKey = (year: number) => `calendar:${year}`;

export async function taskAssignmentsOf(db: DbOrTx, taskId: string) {
  const liaison = alias(users, 'liaison');
  const leader = alias(users, 'leader');
  return db
    .select({
      unitId: taskAssignments.unitId,
      role: taskAssignments.role,
      unitName: units.name,
      collective: units.collective,
      liaisonId: taskAssignments.liaisonId,
      liaisonName: liaison.displayName,
      leaderId: taskAssignments.leaderId,
      leaderName: leader.displayName,
      position: taskAssignments.position,
    })
    .from(taskAssignments)
    .innerJoin(units, eq(units.id, taskAssignments.unitId))
    .leftJoin(liaison, eq(liaison.id, taskAssignments.liaisonId))
    .leftJoin(leader, eq(leader.id, taskAssignments.leaderId))
    .where(eq(taskAssignments.taskId, taskId))
    .orderBy(asc(taskAssignments.position));
}

/** The units on a task (for access checks), or null when the task does not exist. */
export async function unitsOfTask(db: DbOrTx, taskId: string): Promise<string[] | null> {
  const [t] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId));
  if (!t) return null;
  return (await db.select({ u: taskAssignments.unitId }).from(taskAssignments).where(eq(taskAssignments.taskId, taskId))).map((r) => r.u);
}

/** The unit itself as its owner, or null when no such unit exists (404, not 403). */
export async function unitAsOwner(db: DbOrTx, unitId: string): Promise<string[] | null> {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return u ? [u.id] : null;
}

export async function leadUnitsOfTask(db: DbOrTx, taskId: string): Promise<string[] | null> {
  const [t] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId));
  if (!t) return null;
  return (await db.select({ u: taskAssignments.unitId }).from(taskAssignments).where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.role, 'lead')))).map((r) => r.u);
}

// ── Measures ──

export async function listMeasures(db: DbOrTx, scope: Scope, roles: Role[], f: { taskId?: string; year?: number; planId?: string; status?: string }): Promise<Measure[]> {
  const conds: (SQL | undefined)[] = [
    f.taskId ? eq(measures.taskId, f.taskId) : undefined,
    f.year ? eq(measures.year, f.year) : undefined,
    f.status ? eq(measures.status, f.status) : undefined,
    f.planId ? inArray(measures.taskId, db.select({ id: tasks.id }).from(tasks).where(eq(tasks.planId, f.planId))) : undefined,
    // A unit sees the breakdown of every task it is on (lead, or support so it can comment).
    scope.all ? undefined : inArray(measures.taskId, db.select({ t: taskAssignments.taskId }).from(taskAssignments).where(eq(taskAssignments.unitId, scope.unitId ?? sql`null`))),
  ];
  const list = await db.select().from(measures).where(and(...conds)).orderBy(asc(measures.year), asc(measures.createdAt));
  return withParts(db, list, roles);
}

async function withParts(db: DbOrTx, list: (typeof measures.$inferSelect)[], roles: Role[]): Promise<Measure[]> {
  if (!list.length) return [];
  const ids = list.map((m) => m.id);
  const ms = await db.select().from(milestones).where(inArray(milestones.measureId, ids)).orderBy(asc(milestones.position), asc(milestones.dueDate));
  const cs = await db
    .select({ id: measureComments.id, measureId: measureComments.measureId, unitId: measureComments.unitId, unitName: units.name, userName: users.displayName, text: measureComments.text, createdAt: measureComments.createdAt })
    .from(measureComments)
    .leftJoin(units, eq(units.id, measureComments.unitId))
    .leftJoin(users, eq(users.id, measureComments.userId))
    .where(inArray(measureComments.measureId, ids))
    .orderBy(asc(measureComments.createdAt));
  return list.map((m) => ({
    id: m.id,
    taskId: m.taskId,
    unitId: m.unitId,
    year: m.year,
    title: m.title,
    text: m.text,
    status: m.status as MeasureState,
    revision: m.revision,
    supersedesId: m.supersedesId,
    returnReason: m.returnReason,
    version: m.version,
    milestones: ms.filter((x) => x.measureId === m.id).map(milestoneOut),
    comments: cs.filter((c) => c.measureId === m.id).map(({ measureId: _, createdAt, ...c }) => ({ ...c, createdAt: iso(createdAt)! })),
    actions: allowedActions(measureMachine, m.status as MeasureState, roles).filter((a) => a !== 'supersede'),
  }));
}

export const milestoneOut = (x: typeof milestones.$inferSelect) => ({
  id: x.id,
  measureId: x.measureId,
  taskId: x.taskId,
  unitId: x.unitId,
  dueDate: String(x.dueDate),
  deliverable: x.deliverable,
  position: x.position,
  percentDone: x.percentDone,
  doneAt: iso(x.doneAt),
  version: x.version,
});

export async function measureById(db: DbOrTx, id: string, roles: Role[]) {
  const [m] = await db.select().from(measures).where(eq(measures.id, id));
  return m ? (await withParts(db, [m], roles))[0] : null;
}

export async function measureUnits(db: DbOrTx, id: string) {
  const [m] = await db.select({ unitId: measures.unitId }).from(measures).where(eq(measures.id, id));
  return m ? [m.unitId] : null;
}

export async function measureTaskUnits(db: DbOrTx, id: string) {
  const [m] = await db.select({ taskId: measures.taskId }).from(measures).where(eq(measures.id, id));
  return m ? unitsOfTask(db, m.taskId) : null;
}

export async function milestoneUnits(db: DbOrTx, id: string) {
  const [m] = await db.select({ unitId: milestones.unitId, measureUnit: measures.unitId }).from(milestones).leftJoin(measures, eq(measures.id, milestones.measureId)).where(eq(milestones.id, id));
  return m ? [m.unitId, m.measureUnit] : null;
}

export async function listMilestones(db: DbOrTx, scope: Scope, f: { taskId?: string; measureId?: string }) {
  const list = await db
    .select({ m: milestones })
    .from(milestones)
    .leftJoin(measures, eq(measures.id, milestones.measureId))
    .where(
      and(
        f.taskId ? eq(milestones.taskId, f.taskId) : undefined,
        f.measureId ? eq(milestones.measureId, f.measureId) : undefined,
        sql`coalesce(${measures.status}, 'approved') <> 'superseded'`,
        scope.all ? undefined : inArray(milestones.taskId, db.select({ t: taskAssignments.taskId }).from(taskAssignments).where(eq(taskAssignments.unitId, scope.unitId ?? sql`null`))),
      ),
    )
    .orderBy(asc(milestones.dueDate));
  return list.map((r) => milestoneOut(r.m));
}

// ── Cycles ──

export async function listCycles(db: DbOrTx, f: { planId?: string } = {}, now = today()) {
  const list = await db.select().from(reportingCycles).where(f.planId ? eq(reportingCycles.planId, f.planId) : undefined).orderBy(desc(reportingCycles.dueOn));
  if (!list.length) return [];
  const counts = await db
    .select({ cycleId: progressReports.cycleId, status: progressReports.status, late: sql<boolean>`(${progressReports.dueOn} < ${now} and ${progressReports.status} in ('draft','returned'))`, n: sql<number>`count(*)::int` })
    .from(progressReports)
    .where(and(inArray(progressReports.cycleId, list.map((c) => c.id)), eq(progressReports.role, 'lead')))
    .groupBy(progressReports.cycleId, progressReports.status, sql`3`);
  return list.map((c) => {
    const mine = counts.filter((x) => x.cycleId === c.id);
    const by = (s: string) => mine.filter((x) => x.status === s).reduce((a, x) => a + x.n, 0);
    return {
      id: c.id,
      planId: c.planId,
      name: c.name,
      frequency: c.frequency,
      period: c.period,
      opensOn: String(c.opensOn),
      dueOn: String(c.dueOn),
      dueDay: c.dueDay,
      status: c.status,
      version: c.version,
      counts: {
        total: mine.reduce((a, x) => a + x.n, 0),
        draft: by('draft'),
        submitted: by('submitted'),
        approved: by('approved'),
        accepted: by('accepted'),
        returned: by('returned'),
        late: mine.filter((x) => x.late).reduce((a, x) => a + x.n, 0),
      },
    };
  });
}

/**
 * The cycle board: the lead reports of a cycle counted per unit, state and lateness in the
 * database (a row per count, not per report), rolled up by the same domain function the reports
 * list feeds. Late as `reportLate` defines it (the domain's one definition, which the cockpit's
 * roll-up also follows): handed in on a later Beijing date than the due day, or not handed in and past due.
 */
export async function cycleBoardOf(db: DbOrTx, scope: Scope, cycleId: string, now = today()) {
  const late = sql<boolean>`case when ${progressReports.dueOn} is null then false
    when ${progressReports.status} in ('submitted', 'approved', 'accepted') then coalesce((${progressReports.submittedAt} at time zone 'Asia/Shanghai')::date > ${progressReports.dueOn}, false)
    else ${progressReports.dueOn} < ${now} end`;
  const counted = await db
    .select({ unitId: progressReports.unitId, unitName: units.name, status: progressReports.status, late, n: sql<number>`count(*)::int` })
    .from(progressReports)
    .innerJoin(units, eq(units.id, progressReports.unitId))
    .where(and(eq(progressReports.cycleId, cycleId), eq(progressReports.role, 'lead'), scopeWhere(scope, progressReports.unitId)))
    .groupBy(progressReports.unitId, units.name, progressReports.status, sql`4`);
  return cycleBoard(counted.map((c) => ({ ...c, status: c.status as ReportState, role: 'lead' as const })));
}

// ── Reports ──

export interface ReportFilter {
  cycleId?: string;
  taskId?: string;
  unitId?: string;
  /** One state, or any of several. */
  status?: string | string[];
  role?: 'lead' | 'support';
  planId?: string;
  period?: string;
}

export async function listReports(db: DbOrTx, scope: Scope, roles: Role[], f: ReportFilter, now = today()): Promise<Report[]> {
  const conds = [
    f.cycleId ? eq(progressReports.cycleId, f.cycleId) : undefined,
    f.taskId ? eq(progressReports.taskId, f.taskId) : undefined,
    f.unitId ? eq(progressReports.unitId, f.unitId) : undefined,
    Array.isArray(f.status) ? inArray(progressReports.status, f.status) : f.status ? eq(progressReports.status, f.status) : undefined,
    f.role ? eq(progressReports.role, f.role) : undefined,
    f.period ? eq(progressReports.period, f.period) : undefined,
    f.planId ? eq(tasks.planId, f.planId) : undefined,
    scopeWhere(scope, progressReports.unitId),
  ];
  const list = await db
    .select({ r: progressReports, taskNumber: tasks.number, taskTitle: tasks.title, planId: tasks.planId, unitName: units.name })
    .from(progressReports)
    .innerJoin(tasks, eq(tasks.id, progressReports.taskId))
    .innerJoin(units, eq(units.id, progressReports.unitId))
    .where(and(...conds))
    .orderBy(desc(progressReports.period), asc(tasks.position), asc(progressReports.role));
  return shapeReports(db, list, roles, now);
}

async function shapeReports(
  db: DbOrTx,
  list: { r: typeof progressReports.$inferSelect; taskNumber: string; taskTitle: string; planId: string; unitName: string }[],
  roles: Role[],
  now: string,
): Promise<Report[]> {
  const ids = list.map((x) => x.r.id);
  const ev = ids.length
    ? await db
        .select({ reportId: reportEvidence.reportId, id: attachments.id, fileName: attachments.fileName, mimeType: attachments.mimeType, size: attachments.size })
        .from(reportEvidence)
        .innerJoin(attachments, eq(attachments.id, reportEvidence.attachmentId))
        .where(inArray(reportEvidence.reportId, ids))
    : [];
  return list.map(({ r, ...t }) => ({
    id: r.id,
    taskId: r.taskId,
    taskNumber: t.taskNumber,
    taskTitle: t.taskTitle,
    planId: t.planId,
    unitId: r.unitId,
    unitName: t.unitName,
    cycleId: r.cycleId,
    period: r.period,
    role: r.role as 'lead' | 'support',
    dueOn: r.dueOn ? String(r.dueOn) : null,
    progress: r.progress as Report['progress'],
    text: r.text,
    problems: r.problems,
    nextSteps: r.nextSteps,
    coordination: r.coordination,
    milestoneProgress: r.milestoneProgress,
    percentDone: r.percentDone,
    status: r.status as ReportState,
    returnReason: r.returnReason,
    submittedBy: r.submittedBy,
    submittedAt: iso(r.submittedAt),
    approvedBy: r.approvedBy,
    reviewedBy: r.reviewedBy,
    version: r.version,
    late: isLate(r, now),
    evidence: ev.filter((e) => e.reportId === r.id).map(({ reportId: _, ...e }) => e),
    actions: allowedActions(reportMachine, r.status as ReportState, roles),
  }));
}

/** Late as `reportLate` defines it, from a stored row (the submission's Beijing date). */
export function isLate(r: { dueOn: string | null; status: string; submittedAt: Date | string | null }, now: string): boolean {
  const submittedOn = r.submittedAt ? shanghaiDate(new Date(r.submittedAt)) : null;
  return reportLate({ dueOn: r.dueOn ? String(r.dueOn) : null, status: r.status as ReportState, submittedOn }, now);
}

export async function reportById(db: DbOrTx, id: string, roles: Role[], now = today()) {
  const list = await db
    .select({ r: progressReports, taskNumber: tasks.number, taskTitle: tasks.title, planId: tasks.planId, unitName: units.name })
    .from(progressReports)
    .innerJoin(tasks, eq(tasks.id, progressReports.taskId))
    .innerJoin(units, eq(units.id, progressReports.unitId))
    .where(eq(progressReports.id, id));
  if (!list.length) return null;
  const [report] = await shapeReports(db, list, roles, now);
  const versions = await db
    .select({ v: reportVersions, actorName: users.displayName })
    .from(reportVersions)
    .leftJoin(users, eq(users.id, reportVersions.actorId))
    .where(eq(reportVersions.reportId, id))
    .orderBy(asc(reportVersions.at), asc(reportVersions.revision));
  // The lead unit's report shows the supporting units' handed-in contributions for the same cycle.
  const contributions =
    report.role === 'lead' && report.cycleId
      ? (
          await shapeReports(
            db,
            await db
              .select({ r: progressReports, taskNumber: tasks.number, taskTitle: tasks.title, planId: tasks.planId, unitName: units.name })
              .from(progressReports)
              .innerJoin(tasks, eq(tasks.id, progressReports.taskId))
              .innerJoin(units, eq(units.id, progressReports.unitId))
              .where(and(eq(progressReports.taskId, report.taskId), eq(progressReports.cycleId, report.cycleId), eq(progressReports.role, 'support'))),
            [],
            now,
          )
        ).filter((c) => reportHandedIn(c.status))
      : [];
  return {
    ...report,
    versions: versions.map(({ v, actorName }) => ({ id: v.id, revision: v.revision, action: v.action, status: v.status, content: v.content as Record<string, unknown>, comment: v.comment, actorName, at: iso(v.at)! })),
    contributions,
  };
}

export async function reportUnits(db: DbOrTx, id: string) {
  const [r] = await db.select({ unitId: progressReports.unitId }).from(progressReports).where(eq(progressReports.id, id));
  return r ? [r.unitId] : null;
}

/** Per unit: reports owed in a cycle (or all open cycles) that are late or missing. */
export async function lateReports(db: DbOrTx, scope: Scope, f: { cycleId?: string; planId?: string }, now = today()) {
  // Only what is still not handed in can be late: the database narrows to draft / returned first.
  const open = await listReports(db, scope, [], { cycleId: f.cycleId, planId: f.planId, status: ['draft', 'returned'] }, now);
  const late = open.filter((r) => r.late).sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  const byUnit = new Map<string, { unitId: string; unitName: string; reports: Report[] }>();
  for (const r of late) {
    const u = byUnit.get(r.unitId) ?? { unitId: r.unitId, unitName: r.unitName, reports: [] };
    u.reports.push(r);
    byUnit.set(r.unitId, u);
  }
  return [...byUnit.values()].map((u) => ({ id: u.unitId, ...u, count: u.reports.length })).sort((a, b) => b.count - a.count);
}

/** The unit page: tasks it leads or supports, what it owes, punctuality. */
export async function unitDelivery(db: DbOrTx, unitId: string, roles: Role[], now = today()) {
  const [unit] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unitId));
  if (!unit) return null;
  const taskList = await db
    .select({ id: tasks.id, number: tasks.number, title: tasks.title, planId: tasks.planId, planTitle: plans.title, role: taskAssignments.role })
    .from(taskAssignments)
    .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(eq(taskAssignments.unitId, unitId))
    .orderBy(asc(plans.code), asc(tasks.position));
  const reports = await listReports(db, { all: false, unitId }, roles, {}, now);
  const handed = reports.filter((r) => r.dueOn && r.dueOn < now || ['submitted', 'approved', 'accepted'].includes(r.status));
  const onTime = handed.filter((r) => !r.late).length;
  return {
    id: unit.id,
    name: unit.name,
    tasks: taskList,
    owed: reports.filter((r) => r.status === 'draft' || r.status === 'returned'),
    reports,
    punctuality: { due: handed.length, onTime, late: handed.length - onTime, returned: reports.filter((r) => r.status === 'returned').length },
  };
}

/** Indicators "linked" to a task: those of the same plan owned by one of its units. */
export async function linkedIndicators(db: DbOrTx, taskId: string) {
  const [t] = await db.select({ planId: tasks.planId }).from(tasks).where(eq(tasks.id, taskId));
  if (!t) return [];
  const unitIds = (await db.select({ u: taskAssignments.unitId }).from(taskAssignments).where(eq(taskAssignments.taskId, taskId))).map((r) => r.u);
  if (!unitIds.length) return [];
  const list = await db
    .select({ id: indicators.id, code: indicators.code, name: indicators.name, unitId: indicators.ownerUnitId, status: indicatorStatus.status })
    .from(indicators)
    .leftJoin(indicatorStatus, eq(indicatorStatus.indicatorId, indicators.id))
    .where(and(eq(indicators.planId, t.planId), inArray(indicators.ownerUnitId, unitIds)));
  return [...new Map(list.map((i) => [i.id, i])).values()];
}

export async function taskHead(db: DbOrTx, taskId: string) {
  const [t] = await db
    .select({ id: tasks.id, number: tasks.number, title: tasks.title, text: tasks.text, kind: tasks.kind, status: tasks.status, deadlines: tasks.deadlines, version: tasks.version, planId: tasks.planId, planTitle: plans.title })
    .from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(eq(tasks.id, taskId));
  return t ?? null;
}

/** The office's holidays and make-up working days (调休) of one year. */
export const calendarDays = (db: DbOrTx, year: number) =>
  rows<{ date: string; kind: 'holiday' | 'workday'; name: string | null }>(
    db,
    sql`select to_char(date, 'YYYY-MM-DD') as date, kind, name from calendar_days where extract(year from date) = ${year} order by date`,
  );

/** A calendar year as the office edits it: its days and the version a replace must name. */
export async function calendarYear(db: DbOrTx, year: number) {
  return { year, version: await resourceVersion(db, calendarKey(year)), days: await calendarDays(db, year) };
}
