// Writes of the delivery module: each in one transaction with its audit entry.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import {
  calendarDays,
  measureComments,
  measures,
  milestones,
  progressReports,
  reportEvidence,
  reportVersions,
  reportingCycles,
  taskAssignments,
  tasks,
  units,
  users,
} from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError, badRequest, forbidden, notFound } from '../core/errors';
import { bumpResourceVersion, updateVersioned } from '../core/versioned';
import { calendarKey } from './queries';
import { inScope, type Scope } from '../core/access';
import { measureMachine, measureEditable, reportEditable, reportMachine, type MeasureAction, type MeasureState, type ReportAction, type ReportState, type Role } from '../../domain/delivery/states';
import { parsePeriod } from '../../domain/calendar/period';
import { cycleDueDate, overridesOf, periodStart, type CalendarOverride } from '../../domain/calendar/workdays';
import { illegalTransition, transition } from './common';
import { storeEvidence, type EvidenceFile } from './attachments';
import { alertInputsChanged } from '../jobs/queue';
import { notifyUnitPeople } from '../system/notify';

export interface Caller {
  actor: Actor;
  userId: string | null;
  roles: Role[];
  scope: Scope;
}

const mine = (c: Caller, unitId: string | null) => inScope(c.scope, unitId);

// ── Measures ──

export async function createMeasure(
  db: Db,
  c: Caller,
  input: { taskId: string; year: number; title: string; text: string; milestones: { dueDate: string; deliverable: string; unitId?: string | null }[] },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const lead = await tx.select({ u: taskAssignments.unitId }).from(taskAssignments).where(and(eq(taskAssignments.taskId, input.taskId), eq(taskAssignments.role, 'lead')));
    const [task] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, input.taskId));
    if (!task) throw notFound('任务', 'task');
    const scope = c.scope;
    const leadUnit = scope.all ? (lead[0]?.u ?? null) : scope.unitId;
    if (!scope.all && !lead.some((l) => l.u === scope.unitId)) throw forbidden('只有牵头单位可以起草任务分解', 'Only the lead unit drafts the breakdown');
    const [m] = await tx.insert(measures).values({ taskId: input.taskId, unitId: leadUnit, year: input.year, title: input.title, text: input.text }).returning();
    await insertMilestones(tx, m.id, input.taskId, leadUnit, input.milestones);
    await audit(tx, c.actor, { action: 'create', entity: 'measure', entityId: m.id, after: { ...m, milestones: input.milestones } }, requestId);
    return m.id;
  });
}

async function insertMilestones(tx: DbOrTx, measureId: string, taskId: string, unitId: string | null, list: { dueDate: string; deliverable: string; unitId?: string | null }[]) {
  if (!list.length) return;
  await tx.insert(milestones).values(list.map((x, position) => ({ measureId, taskId, unitId: x.unitId ?? unitId, dueDate: x.dueDate, deliverable: x.deliverable, position })));
}

export async function updateMeasure(
  db: Db,
  c: Caller,
  id: string,
  version: number,
  patch: { title?: string; text?: string; year?: number; milestones?: { dueDate: string; deliverable: string; unitId?: string | null }[] },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(measures).where(eq(measures.id, id));
    if (!cur) throw notFound('工作举措', 'measure');
    if (!measureEditable(cur.status as MeasureState)) throw illegalTransition('工作举措', 'measure', cur.status, 'edit');
    const { milestones: ms, ...fields } = patch;
    const { before, after } = await updateVersioned(tx, measures, id, version, fields, ['工作举措', 'measure']);
    if (ms) {
      await tx.delete(milestones).where(eq(milestones.measureId, id));
      await insertMilestones(tx, id, cur.taskId, cur.unitId, ms);
    }
    await audit(tx, c.actor, { action: 'update', entity: 'measure', entityId: id, before, after: { ...after, milestones: ms } }, requestId);
    return id;
  });
}

export async function measureAction(db: Db, c: Caller, id: string, action: Exclude<MeasureAction, 'supersede'>, version: number, reason: string | undefined, requestId?: string) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(measures).where(eq(measures.id, id)).for('update');
    if (!cur) throw notFound('工作举措', 'measure');
    const to = transition(measureMachine, cur.status as MeasureState, action, c.roles, ['工作举措', 'measure']);
    if (action === 'revise') {
      // An approved breakdown is never edited in place: a new draft version is opened beside it.
      const [open] = await tx.select({ id: measures.id }).from(measures).where(and(eq(measures.supersedesId, id), inArray(measures.status, ['draft', 'submitted'])));
      if (open) throw new AppError(409, 'revision_open', '已有正在修订的新版本', 'A new version is already being revised', { field: 'status' });
      const [n] = await tx
        .insert(measures)
        .values({ taskId: cur.taskId, unitId: cur.unitId, year: cur.year, title: cur.title, text: cur.text, revision: cur.revision + 1, supersedesId: cur.id })
        .returning();
      const ms = await tx.select().from(milestones).where(eq(milestones.measureId, id));
      await insertMilestones(tx, n.id, cur.taskId, cur.unitId, ms.map((m) => ({ dueDate: String(m.dueDate), deliverable: m.deliverable, unitId: m.unitId })));
      await audit(tx, c.actor, { action: 'revise', entity: 'measure', entityId: n.id, before: { supersedes: cur.id }, after: n }, requestId);
      return n.id;
    }
    if (action === 'return' && !reason?.trim()) throw badRequest('退回时请填写原因', 'Give a reason when returning', { field: 'reason' });
    const patch: Record<string, unknown> = { status: to };
    if (action === 'return') patch.returnReason = reason;
    if (action === 'approve') Object.assign(patch, { approvedBy: c.userId, approvedAt: new Date(), returnReason: null });
    const { before, after } = await updateVersioned(tx, measures, id, version, patch, ['工作举措', 'measure']);
    if (action === 'approve' && cur.supersedesId) {
      await tx.update(measures).set({ status: 'superseded', version: sql`${measures.version} + 1`, updatedAt: new Date() }).where(eq(measures.id, cur.supersedesId));
      await audit(tx, c.actor, { action: 'supersede', entity: 'measure', entityId: cur.supersedesId, after: { status: 'superseded', by: id } }, requestId);
    }
    await audit(tx, c.actor, { action, entity: 'measure', entityId: id, before, after }, requestId);
    // Milestones count for alerts only once their breakdown is approved (and stop when superseded).
    if (action === 'approve') await alertInputsChanged(tx);
    return id;
  });
}

/**
 * A supporting unit (or the office) comments on a breakdown. The drafting unit is told, in the
 * same transaction, so a comment does not wait until someone happens to open the task page.
 */
export async function commentMeasure(db: Db, c: Caller, id: string, text: string, unitId: string | null, requestId?: string) {
  return db.transaction(async (tx) => {
    const [m] = await tx
      .select({ unitId: measures.unitId, taskId: measures.taskId, title: measures.title, status: measures.status })
      .from(measures)
      .where(eq(measures.id, id));
    if (!m) throw notFound('工作举措', 'measure');
    // A superseded version is history: a comment belongs on the version in force.
    if (m.status === 'superseded') throw illegalTransition('工作举措', 'measure', m.status, 'comment');
    const [row] = await tx.insert(measureComments).values({ measureId: id, unitId, userId: c.userId, text }).returning();
    if (m.unitId && m.unitId !== unitId) {
      const [from] = unitId ? await tx.select({ name: units.name }).from(units).where(eq(units.id, unitId)) : [];
      await notifyUnitPeople(tx, [
        {
          unitId: m.unitId,
          kind: 'comment',
          title: `${from?.name ?? '办公室'}对“${m.title}”提了意见`,
          body: text.slice(0, 200),
          link: `/delivery/tasks?task=${m.taskId}`,
          dedupeKey: `measure-comment:${row.id}`,
        },
      ]);
    }
    await audit(tx, c.actor, { action: 'comment', entity: 'measure', entityId: id, after: row }, requestId);
    return row.id;
  });
}

export async function updateMilestone(db: Db, c: Caller, id: string, version: number, patch: { percentDone?: number; done?: boolean }, requestId?: string) {
  return db.transaction(async (tx) => {
    const set: Record<string, unknown> = {};
    if (patch.percentDone !== undefined) set.percentDone = patch.percentDone;
    if (patch.done !== undefined) Object.assign(set, patch.done ? { doneAt: new Date(), percentDone: 100 } : { doneAt: null });
    const { before, after } = await updateVersioned(tx, milestones, id, version, set, ['节点', 'milestone']);
    await audit(tx, c.actor, { action: 'update', entity: 'milestone', entityId: id, before, after }, requestId);
    await alertInputsChanged(tx);
    return after;
  });
}

// ── Calendar and cycles ──

export async function loadOverrides(db: DbOrTx) {
  return overridesOf((await db.select().from(calendarDays)).map((d) => ({ date: String(d.date), kind: d.kind as 'holiday' | 'workday' })));
}

export async function replaceCalendar(db: Db, c: Caller, year: number, version: number, days: CalendarOverride[], requestId?: string) {
  return db.transaction(async (tx) => {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const bad = days.findIndex((d) => d.date < from || d.date > to);
    if (bad >= 0) throw badRequest(`第 ${bad + 1} 行日期 ${days[bad].date} 不在 ${year} 年`, `Row ${bad + 1}: ${days[bad].date} is not in ${year}`, { row: bad + 1, field: 'date' });
    const next = await bumpResourceVersion(tx, calendarKey(year), version);
    const before = await tx.select().from(calendarDays).where(and(sql`${calendarDays.date} >= ${from}`, sql`${calendarDays.date} <= ${to}`));
    await tx.delete(calendarDays).where(and(sql`${calendarDays.date} >= ${from}`, sql`${calendarDays.date} <= ${to}`));
    const unique = [...new Map(days.map((d) => [d.date, d])).values()];
    if (unique.length) await tx.insert(calendarDays).values(unique.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? null })));
    await audit(tx, c.actor, { action: 'update', entity: 'calendar', entityId: null, before, after: unique }, requestId);
    return { count: unique.length, version: next };
  });
}

/**
 * Opens a cycle for a plan: every lead unit gets a report to-do per task it leads, every
 * supporting unit a contribution to-do. Collective units (各有关单位) owe nothing themselves.
 */
export async function openCycle(db: Db, c: Caller, input: { planId: string; period: string; dueDay: number; name?: string }, requestId?: string) {
  const p = parsePeriod(input.period);
  if (!p || p.frequency === 'yearly') throw badRequest('周期应为月（2025-03）或季度（2025Q1）', 'The period must be a month (2025-03) or a quarter (2025Q1)', { field: 'period' });
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: reportingCycles.id }).from(reportingCycles).where(and(eq(reportingCycles.planId, input.planId), eq(reportingCycles.period, p.text)));
    if (exists) throw new AppError(409, 'cycle_exists', `${p.text} 的报送周期已开启`, `A cycle for ${p.text} is already open`, { field: 'period' });
    const dueOn = cycleDueDate(p, input.dueDay, await loadOverrides(tx));
    const name = input.name ?? (p.frequency === 'monthly' ? `${p.year}年${p.index}月进展报送` : `${p.year}年第${p.index}季度进展报送`);
    const [cycle] = await tx
      .insert(reportingCycles)
      .values({ planId: input.planId, name, frequency: p.frequency, period: p.text, opensOn: periodStart(p), dueOn, dueDay: input.dueDay, openedBy: c.userId })
      .returning();
    const owed = await tx
      .select({ taskId: taskAssignments.taskId, unitId: taskAssignments.unitId, role: taskAssignments.role })
      .from(taskAssignments)
      .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
      .innerJoin(units, eq(units.id, taskAssignments.unitId))
      .where(and(eq(tasks.planId, input.planId), eq(units.collective, false), sql`${tasks.status} <> 'cancelled'`));
    if (owed.length)
      await tx.insert(progressReports).values(owed.map((o) => ({ taskId: o.taskId, unitId: o.unitId, role: o.role, cycleId: cycle.id, period: p.text, dueOn, text: '' })));
    await audit(tx, c.actor, { action: 'open_cycle', entity: 'reporting_cycle', entityId: cycle.id, after: { ...cycle, reports: owed.length } }, requestId);
    return { ...cycle, reports: owed.length };
  });
}

export async function closeCycle(db: Db, c: Caller, id: string, version: number, requestId?: string) {
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, reportingCycles, id, version, { status: 'closed', locked: true }, ['报送周期', 'cycle']);
    await audit(tx, c.actor, { action: 'close_cycle', entity: 'reporting_cycle', entityId: id, before, after }, requestId);
    return after;
  });
}

// ── Reports ──

const content = (r: typeof progressReports.$inferSelect) => ({
  progress: r.progress,
  percentDone: r.percentDone,
  text: r.text,
  problems: r.problems,
  nextSteps: r.nextSteps,
  coordination: r.coordination,
  milestoneProgress: r.milestoneProgress,
});

async function snapshot(tx: DbOrTx, r: typeof progressReports.$inferSelect, action: string, comment: string | null, actorId: string | null) {
  const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(reportVersions).where(eq(reportVersions.reportId, r.id))) as { n: number }[];
  await tx.insert(reportVersions).values({ reportId: r.id, revision: n + 1, action, status: r.status, content: content(r), comment, actorId });
}

async function lockedCycle(tx: DbOrTx, cycleId: string | null) {
  if (!cycleId) return false;
  const [cy] = await tx.select({ locked: reportingCycles.locked }).from(reportingCycles).where(eq(reportingCycles.id, cycleId));
  return cy?.locked ?? false;
}

export async function editReport(
  db: Db,
  c: Caller,
  id: string,
  patch: { version: number; progress?: string; text?: string; problems?: string; nextSteps?: string; coordination?: string; milestoneProgress?: { milestoneId: string; percent: number }[]; percentDone?: number | null },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(progressReports).where(eq(progressReports.id, id));
    if (!cur) throw notFound('进展报告', 'report');
    if (!reportEditable(cur.status as ReportState)) throw illegalTransition('进展报告', 'report', cur.status, 'edit');
    if (await lockedCycle(tx, cur.cycleId)) throw new AppError(409, 'cycle_locked', '该报送周期已关闭', 'This reporting cycle is closed', { field: 'cycleId' });
    if (!c.roles.includes('liaison')) throw forbidden('进展报告由本单位联络员填写', 'The unit liaison writes the report');
    if (patch.milestoneProgress?.length) {
      // A percentage belongs to a milestone of this report's task; any other is named by its row.
      const ids = patch.milestoneProgress.map((m) => m.milestoneId);
      const own = new Set((await tx.select({ id: milestones.id }).from(milestones).where(and(eq(milestones.taskId, cur.taskId), inArray(milestones.id, ids)))).map((m) => m.id));
      const bad = patch.milestoneProgress.findIndex((m) => !own.has(m.milestoneId));
      if (bad >= 0) throw badRequest(`节点完成度第 ${bad + 1} 行：不是本任务的节点`, `Milestone progress row ${bad + 1}: not a milestone of this task`, { field: 'milestoneProgress', row: bad + 1 });
    }
    const { version, ...fields } = patch;
    const { before, after } = await updateVersioned(tx, progressReports, id, version, fields, ['进展报告', 'report']);
    await audit(tx, c.actor, { action: 'update', entity: 'progress_report', entityId: id, before: content(before), after: content(after) }, requestId);
    return after;
  });
}

export async function reportAction(db: Db, c: Caller, id: string, action: ReportAction, version: number, reason: string | undefined, requestId?: string) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(progressReports).where(eq(progressReports.id, id)).for('update');
    if (!cur) throw notFound('进展报告', 'report');
    if (await lockedCycle(tx, cur.cycleId)) throw new AppError(409, 'cycle_locked', '该报送周期已关闭', 'This reporting cycle is closed', { field: 'cycleId' });
    const to = transition(reportMachine, cur.status as ReportState, action, c.roles, ['进展报告', 'report']);
    if (action === 'submit' && !cur.text.trim()) throw badRequest('请先填写本期工作进展', 'Write the work done this period first', { field: 'text' });
    if (action === 'return' && !reason?.trim()) throw badRequest('退回时请填写原因', 'Give a reason when returning', { field: 'reason' });
    // Separation of duties: whoever wrote or approved a report never reviews it.
    if ((action === 'accept' || action === 'return') && c.userId && (cur.submittedBy === c.userId || (action === 'accept' && cur.approvedBy === c.userId)))
      throw forbidden('不能审核本人填报或审批的报告', 'You cannot review a report you wrote or approved');
    if (action === 'approve' && c.userId && cur.submittedBy === c.userId) throw forbidden('不能审批本人提交的报告', 'You cannot approve a report you submitted');
    const patch: Record<string, unknown> = { status: to };
    if (action === 'submit') Object.assign(patch, { submittedBy: c.userId, submittedAt: cur.submittedAt ?? new Date(), returnReason: null });
    if (action === 'approve') patch.approvedBy = c.userId;
    if (action === 'accept' || action === 'return') Object.assign(patch, { reviewedBy: c.userId, reviewedAt: new Date() });
    if (action === 'return') patch.returnReason = reason;
    const { before, after } = await updateVersioned(tx, progressReports, id, version, patch, ['进展报告', 'report']);
    await snapshot(tx, after, action, reason ?? null, c.userId);
    if (action === 'accept' && after.role === 'lead') {
      // Accepted percentages become the milestones' progress; 100 % marks a milestone done.
      for (const mp of after.milestoneProgress)
        await tx
          .update(milestones)
          .set({ percentDone: mp.percent, doneAt: mp.percent >= 100 ? sql`coalesce(${milestones.doneAt}, now())` : null, version: sql`${milestones.version} + 1` })
          .where(and(eq(milestones.id, mp.milestoneId), eq(milestones.taskId, after.taskId)));
    }
    await audit(tx, c.actor, { action, entity: 'progress_report', entityId: id, before: { status: before.status }, after: { status: after.status, reason } }, requestId);
    await alertInputsChanged(tx);
    return after;
  });
}

export async function addReportEvidence(db: Db, c: Caller, id: string, file: EvidenceFile, requestId?: string) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(progressReports).where(eq(progressReports.id, id));
    if (!cur) throw notFound('进展报告', 'report');
    if (!reportEditable(cur.status as ReportState)) throw illegalTransition('进展报告', 'report', cur.status, 'add evidence');
    if (!mine(c, cur.unitId)) throw forbidden();
    const a = await storeEvidence(tx, file, cur.unitId, c.userId);
    await tx.insert(reportEvidence).values({ reportId: id, attachmentId: a.id });
    await audit(tx, c.actor, { action: 'add_evidence', entity: 'progress_report', entityId: id, after: a }, requestId);
    return a;
  });
}

export async function removeReportEvidence(db: Db, c: Caller, id: string, attachmentId: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(progressReports).where(eq(progressReports.id, id));
    if (!cur) throw notFound('进展报告', 'report');
    if (!reportEditable(cur.status as ReportState)) throw illegalTransition('进展报告', 'report', cur.status, 'remove evidence');
    const gone = await tx.delete(reportEvidence).where(and(eq(reportEvidence.reportId, id), eq(reportEvidence.attachmentId, attachmentId))).returning();
    if (!gone.length) throw notFound('佐证材料', 'evidence');
    await audit(tx, c.actor, { action: 'remove_evidence', entity: 'progress_report', entityId: id, before: { attachmentId } }, requestId);
    return { ok: true };
  });
}

/** Per unit on a task: the liaison (专人) and the leader in charge (分管领导). */
export async function setContacts(db: Db, c: Caller, taskId: string, version: number, list: { unitId: string; liaisonId: string | null; leaderId: string | null }[], requestId?: string) {
  return db.transaction(async (tx) => {
    // The contacts belong to the task: a save names the task version it read and bumps it.
    const { after: task } = await updateVersioned(tx, tasks, taskId, version, {}, ['任务', 'task']);
    const before = await tx.select().from(taskAssignments).where(eq(taskAssignments.taskId, taskId));
    if (!before.length) throw notFound('任务', 'task');
    const ids = [...new Set(list.flatMap((x) => [x.liaisonId, x.leaderId]).filter((x): x is string => !!x))];
    const people = ids.length ? await tx.select({ id: users.id, unitId: users.unitId, active: users.active }).from(users).where(inArray(users.id, ids)) : [];
    const person = new Map(people.map((p) => [p.id, p]));
    for (const [i, x] of list.entries()) {
      // The liaison is someone of that unit who can do the unit's reporting; the leader in charge may be
      // of the unit or a city leader, but must be an active account (they receive the escalations).
      const l = x.liaisonId ? person.get(x.liaisonId) : undefined;
      if (x.liaisonId && (!l || !l.active || l.unitId !== x.unitId))
        throw badRequest(`第 ${i + 1} 行：联络员须是该单位的在用账号`, `Row ${i + 1}: the liaison must be an active account of that unit`, { row: i + 1, field: 'liaisonId' });
      const ld = x.leaderId ? person.get(x.leaderId) : undefined;
      if (x.leaderId && (!ld || !ld.active))
        throw badRequest(`第 ${i + 1} 行：分管领导须是在用账号`, `Row ${i + 1}: the leader in charge must be an active account`, { row: i + 1, field: 'leaderId' });
      const r = await tx.update(taskAssignments).set({ liaisonId: x.liaisonId, leaderId: x.leaderId }).where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.unitId, x.unitId))).returning();
      if (!r.length) throw badRequest(`第 ${i + 1} 行的单位不是该任务的责任单位`, `Row ${i + 1}: the unit is not on this task`, { row: i + 1, field: 'unitId' });
    }
    const after = await tx.select().from(taskAssignments).where(eq(taskAssignments.taskId, taskId));
    await audit(tx, c.actor, { action: 'update_contacts', entity: 'task', entityId: taskId, before, after }, requestId);
    return { ok: true, version: task.version };
  });
}
