// The alert refresh: gathers the rule inputs, runs the pure rules of src/domain/supervision/alerts.ts
// and writes the difference. Called by the job (and by the office's "refresh now"), never on read.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { rows, type Db, type DbOrTx } from '../db/index';
import { alertRules, alerts, indicatorStatus, indicators, measures, milestones, progressReports, taskAssignments, tasks, units } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { bumpResourceVersion, resourceVersion } from '../core/versioned';
import { scopeWhere, type Scope } from '../core/access';
import { computeAlerts, diffAlerts, mergeRules, type AlertInputs, type AlertKind, type AlertLevel, type AlertRules, type TaskReportInput } from '../../domain/supervision/alerts';
import type { Alert } from '../../contracts/delivery';
import { iso, today } from '../delivery/common';

export async function loadRules(db: DbOrTx): Promise<AlertRules> {
  const rows = await db.select().from(alertRules);
  return mergeRules(Object.fromEntries(rows.map((r) => [r.kind, r.params as Record<string, unknown>])));
}

export interface OpenRow {
  id: string;
  key: string;
  level: AlertLevel;
  reason: string;
  since: string | null;
}

/**
 * The rule inputs for `day`. The database hands over only rows a rule can fire on: reports still
 * owed past their due date, and the lead units' handed-in reports (the stall streak); a report
 * handed in on time, or not yet due, can raise nothing, and in a year of monthly cycles that is
 * most of them. The rules in src/domain still decide; this only spares reading rows they drop.
 */
export async function alertInputs(db: DbOrTx, day: string, open: readonly OpenRow[]): Promise<AlertInputs> {
  const ms = await db
    .select({ id: milestones.id, taskId: milestones.taskId, unitId: milestones.unitId, dueDate: milestones.dueDate, deliverable: milestones.deliverable, doneAt: milestones.doneAt })
    .from(milestones)
    .leftJoin(measures, eq(measures.id, milestones.measureId))
    // Only milestones of an approved breakdown bind the unit.
    .where(sql`coalesce(${measures.status}, 'approved') = 'approved'`);
  const owed = await db
    .select({ id: progressReports.id, taskId: progressReports.taskId, unitId: progressReports.unitId, period: progressReports.period, dueOn: progressReports.dueOn, status: progressReports.status })
    .from(progressReports)
    .where(and(inArray(progressReports.status, ['draft', 'returned']), sql`${progressReports.dueOn} < ${day}`));
  const handedIn = await db
    .select({ taskId: progressReports.taskId, unitId: progressReports.unitId, period: progressReports.period, progress: progressReports.progress, percentDone: progressReports.percentDone })
    .from(progressReports)
    .where(and(eq(progressReports.role, 'lead'), inArray(progressReports.status, ['submitted', 'approved', 'accepted'])));
  // Titles once per task, not once per report row.
  const titles = new Map(
    (handedIn.length ? await db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(inArray(tasks.id, db.selectDistinct({ id: progressReports.taskId }).from(progressReports).where(eq(progressReports.role, 'lead')))) : []).map((t) => [t.id, t.title]),
  );
  const byTask = new Map<string, { taskId: string; unitId: string; title: string; reports: TaskReportInput[] }>();
  for (const r of handedIn) {
    const t = byTask.get(r.taskId) ?? { taskId: r.taskId, unitId: r.unitId, title: titles.get(r.taskId) ?? '', reports: [] };
    t.reports.push({ period: r.period, progress: r.progress as TaskReportInput['progress'], percentDone: r.percentDone });
    byTask.set(r.taskId, t);
  }
  const inds = await db
    .select({ indicatorId: indicatorStatus.indicatorId, zoneId: indicatorStatus.zoneId, status: indicatorStatus.status, name: indicators.name, unitId: indicators.ownerUnitId })
    .from(indicatorStatus)
    .innerJoin(indicators, eq(indicators.id, indicatorStatus.indicatorId))
    .where(inArray(indicatorStatus.status, ['off_track', 'deteriorating']));
  return {
    milestones: ms.map((m) => ({ id: m.id, taskId: m.taskId, unitId: m.unitId, dueDate: String(m.dueDate), deliverable: m.deliverable, done: m.doneAt !== null })),
    reports: owed.filter((r) => r.dueOn).map((r) => ({ id: r.id, taskId: r.taskId, unitId: r.unitId, period: r.period, dueOn: String(r.dueOn), status: r.status })),
    tasks: [...byTask.values()],
    indicators: inds,
    openSince: new Map(open.filter((o) => o.since).map((o) => [o.key, String(o.since)])),
  };
}

/** Re-computes every alert for `day`; returns what changed. One transaction, one audit entry. */
export async function refreshAlerts(db: Db, actor: Actor, day = today(), requestId?: string) {
  return db.transaction((tx) => refreshIn(tx, actor, day, requestId));
}

/** The refresh inside a caller's transaction, so a rules change and the alerts it causes commit together. */
async function refreshIn(tx: DbOrTx, actor: Actor, day: string, requestId?: string) {
  // Two refreshes at once would both insert the same new keys: serialise them.
  await tx.execute(sql`select pg_advisory_xact_lock(727011)`);
  const rules = await loadRules(tx);
  const open = (await tx.select({ id: alerts.id, key: alerts.key, level: alerts.level, reason: alerts.reason, since: alerts.since }).from(alerts).where(ne(alerts.status, 'closed'))) as OpenRow[];
  const computed = computeAlerts(await alertInputs(tx, day, open), day, rules);
  const d = diffAlerts(open, computed);
  const now = new Date();
  if (d.insert.length)
    await tx.insert(alerts).values(
      d.insert.map((a) => ({ kind: a.kind, key: a.key, level: a.level, entity: a.entity, entityId: a.entityId, taskId: a.taskId, indicatorId: a.indicatorId, unitId: a.unitId, reason: a.reason, reasonEn: a.reasonEn, since: a.since })),
    );
  // A new day changes the reason of every dated alert ("逾期 N 天"): one statement per batch, not per alert.
  for (let i = 0; i < d.update.length; i += 1000) {
    const values = sql.join(
      d.update.slice(i, i + 1000).map((u) => sql`(${u.id}::uuid, ${u.alert.level}::text, ${u.alert.reason}::text, ${u.alert.reasonEn}::text)`),
      sql`, `,
    );
    await tx.execute(sql`update alerts a set level = v.level, reason = v.reason, reason_en = v.reason_en, updated_at = now() from (values ${values}) as v(id, level, reason, reason_en) where a.id = v.id`);
  }
  if (d.close.length) await tx.update(alerts).set({ status: 'closed', closedAt: now, updatedAt: now }).where(inArray(alerts.id, d.close));
  const summary = { day, opened: d.insert.length, changed: d.update.length, closed: d.close.length, open: computed.length };
  if (d.insert.length || d.update.length || d.close.length) await audit(tx, actor, { action: 'refresh', entity: 'alert', after: summary }, requestId);
  return summary;
}

export async function listAlerts(db: DbOrTx, scope: Scope, f: { kind?: string; level?: string; unitId?: string; status?: string; taskId?: string; indicatorId?: string }): Promise<Alert[]> {
  const rows = await db
    .select({ a: alerts, unitName: units.name, noticeId: sql<string | null>`(select n.id from supervision_notices n where n.alert_id = ${alerts.id} order by n.created_at desc limit 1)` })
    .from(alerts)
    .leftJoin(units, eq(units.id, alerts.unitId))
    .where(
      and(
        f.status === 'all' ? undefined : f.status ? eq(alerts.status, f.status) : ne(alerts.status, 'closed'),
        f.kind ? eq(alerts.kind, f.kind) : undefined,
        f.level ? eq(alerts.level, f.level) : undefined,
        f.unitId ? eq(alerts.unitId, f.unitId) : undefined,
        f.taskId ? eq(alerts.taskId, f.taskId) : undefined,
        f.indicatorId ? eq(alerts.indicatorId, f.indicatorId) : undefined,
        scopeWhere(scope, alerts.unitId),
      ),
    )
    .orderBy(sql`case ${alerts.level} when 'red' then 0 else 1 end`, alerts.since);
  return rows.map(({ a, unitName, noticeId }) => ({
    id: a.id,
    kind: a.kind as AlertKind,
    level: a.level as AlertLevel,
    entity: a.entity,
    entityId: a.entityId,
    taskId: a.taskId,
    indicatorId: a.indicatorId,
    reportId: a.entity === 'report' ? a.entityId : null,
    milestoneId: a.entity === 'milestone' ? a.entityId : null,
    unitId: a.unitId,
    unitName,
    reason: a.reason,
    reasonEn: a.reasonEn,
    since: a.since ? String(a.since) : null,
    status: a.status,
    noticeId,
    createdAt: iso(a.createdAt)!,
  }));
}

export async function alertUnits(db: DbOrTx, id: string) {
  const [a] = await db.select({ unitId: alerts.unitId }).from(alerts).where(eq(alerts.id, id));
  return a ? [a.unitId] : null;
}

const RULES_KEY = 'alert_rules';

/** The rules with the version of the whole set, which a save must name. */
export async function readRules(db: DbOrTx) {
  return { ...(await loadRules(db)), version: await resourceVersion(db, RULES_KEY) };
}

/**
 * Saves the rules (naming the version read; 409 otherwise) and recomputes the alerts under them in
 * the same transaction: nobody sees new thresholds with alerts of the old ones.
 */
export async function saveRules(db: Db, actor: Actor, version: number, rules: Partial<AlertRules>, day = today(), requestId?: string) {
  return db.transaction(async (tx) => {
    const next = await bumpResourceVersion(tx, RULES_KEY, version);
    const before = await loadRules(tx);
    for (const [kind, params] of Object.entries(rules))
      await tx
        .insert(alertRules)
        .values({ kind, params })
        .onConflictDoUpdate({ target: alertRules.kind, set: { params, version: sql`${alertRules.version} + 1`, updatedAt: new Date() } });
    const after = await loadRules(tx);
    await audit(tx, actor, { action: 'update', entity: 'alert_rules', before, after }, requestId);
    await refreshIn(tx, actor, day, requestId);
    return { ...after, version: next };
  });
}

/** The leader in charge (分管领导) of a unit on a task, else the unit's leaders, for escalation notices. */
export async function leadersFor(db: DbOrTx, unitId: string, taskId: string | null): Promise<string[]> {
  if (taskId) {
    const [a] = await db.select({ leaderId: taskAssignments.leaderId }).from(taskAssignments).where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.unitId, unitId)));
    if (a?.leaderId) return [a.leaderId];
  }
  const list = await rows<{ id: string }>(db, sql`select u.id from users u join user_roles r on r.user_id = u.id where u.unit_id = ${unitId} and u.active and r.role = 'unit_leader'`);
  return list.map((r) => r.id);
}
