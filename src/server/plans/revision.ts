// Re-importing a revised text of a plan (征求意见稿 → final): show what changed and apply
// only what the office accepts. Unchanged tasks keep their ids, so reports and data stay attached.
import { and, desc, eq, sql } from 'drizzle-orm';
import { rows, type DbOrTx, type Tx } from '../db/index';
import { plans, sourceDocuments, taskAssignments, tasks } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { notFound } from '../core/errors';
import { diffExtractions, matchUnitName, type TaskDiff, type TaskLike } from '../../domain/document/index';
import { planTasksWithUnits } from './queries';
import { insertAssignments, insertTasks, knownUnits } from './service';
import type { PlanChange as PlanChangeOut, ReviewedExtraction } from '../../contracts/plans';

type NewTask = ReviewedExtraction['tasks'][number];
type OldTask = Awaited<ReturnType<typeof planTasksWithUnits>>[number] & { section: string | null };

/** One change between the stored plan and a revised text: its shape is the API's (src/contracts/plans.ts). */
export type PlanChange = PlanChangeOut;

/** The tasks as the plan's last committed import (first or revised) read them, as the office reviewed them. */
async function lastImportedTasks(db: DbOrTx, planId: string): Promise<TaskLike[] | undefined> {
  const [d] = await db
    .select({ extraction: sourceDocuments.extraction })
    .from(sourceDocuments)
    .where(and(eq(sourceDocuments.planId, planId), eq(sourceDocuments.status, 'committed')))
    .orderBy(desc(sourceDocuments.createdAt))
    .limit(1);
  const list = (d?.extraction as { tasks?: TaskLike[] } | undefined)?.tasks;
  return Array.isArray(list) ? list : undefined;
}

async function diff(db: DbOrTx, planId: string, newTasks: NewTask[]) {
  const old: OldTask[] = (await planTasksWithUnits(db, planId)).filter((t) => t.status !== 'cancelled').map((t) => ({ ...t, section: t.sectionRef }));
  // A unit is the same unit under its name or any alias (区经信委 is 区经济信息委): not a reassignment.
  const known = await knownUnits(db);
  const keys = new Map<string, string>();
  const unitKey = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = matchUnitName(name, known)?.unit.id ?? name));
    return k;
  };
  return diffExtractions<OldTask | NewTask>(old, newTasks, { unitKey, baseline: await lastImportedTasks(db, planId) }) as TaskDiff<OldTask | NewTask>[];
}

const keyOf = (d: TaskDiff<OldTask | NewTask>, i: number) => (d.old ? `task:${(d.old as OldTask).id}` : `new:${i}`);

export async function diffPlanTasks(db: DbOrTx, planId: string, newTasks: NewTask[], meta?: ReviewedExtraction['meta']): Promise<PlanChange[]> {
  const diffs = await diff(db, planId, newTasks);
  const out: PlanChange[] = diffs.map((d, i) => {
    const t = (d.new ?? d.old)!;
    return {
      key: keyOf(d, i),
      kind: d.kind,
      taskId: d.old ? (d.old as OldTask).id : null,
      number: t.number,
      title: t.title ?? '',
      oldText: d.old?.text,
      ...(d.old && d.new && (d.old.title ?? '') !== (d.new.title ?? '') ? { oldTitle: d.old.title ?? '' } : {}),
      newText: d.new?.text,
      unitsAdded: d.unitsAdded,
      unitsRemoved: d.unitsRemoved,
      rolesChanged: d.rolesChanged,
      similarity: d.similarity,
      undoesManualFix: d.undoesManualFix,
    };
  });
  if (meta) {
    const [p] = await db.select().from(plans).where(eq(plans.id, planId));
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const status = meta.draft ? 'draft' : 'active';
    if (p.title !== meta.title) changes.title = { from: p.title, to: meta.title };
    if ((p.docNumber ?? null) !== (meta.docNumber ?? null)) changes.docNumber = { from: p.docNumber, to: meta.docNumber };
    if ((p.issuedDate ?? null) !== (meta.issuedDate ?? null)) changes.issuedDate = { from: p.issuedDate, to: meta.issuedDate };
    if (p.status !== status) changes.status = { from: p.status, to: status };
    if (Object.keys(changes).length) out.unshift({ key: 'meta', kind: 'meta', taskId: null, number: '', title: meta.title, meta: changes });
  }
  return out;
}

export async function applyPlanRevision(tx: Tx, actor: Actor, planId: string, ex: ReviewedExtraction, unitIds: Map<string, string>, accept: string[], requestId?: string) {
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('计划', 'plan');
  const accepted = new Set(accept);
  const diffs = await diff(tx, planId, ex.tasks);
  const summary = { added: 0, removed: 0, reworded: 0, unitsChanged: 0, skipped: 0, meta: false };
  const [{ maxPos }] = await rows<{ maxPos: number }>(tx, sql`select coalesce(max(position), -1)::int as "maxPos" from tasks where plan_id = ${planId}`);
  let position = maxPos + 1;
  for (const [i, d] of diffs.entries()) {
    if (d.kind === 'unchanged') continue;
    if (!accepted.has(keyOf(d, i))) {
      summary.skipped++;
      continue;
    }
    const oldTask = d.old as OldTask | null;
    const newTask = d.new as NewTask | null;
    if (d.kind === 'added' && newTask) {
      await insertTasks(tx, planId, { ...ex, tasks: [newTask] }, unitIds, new Map(), position++);
      summary.added++;
    } else if (d.kind === 'removed' && oldTask) {
      // Cancelled, not deleted: reports and data already attached keep their task.
      await tx.update(tasks).set({ status: 'cancelled', version: sql`${tasks.version} + 1`, updatedAt: new Date() }).where(eq(tasks.id, oldTask.id));
      await audit(tx, actor, { action: 'cancel', entity: 'task', entityId: oldTask.id, before: { status: oldTask.status }, after: { status: 'cancelled' } }, requestId);
      summary.removed++;
    } else if (oldTask && newTask) {
      if (d.textChanged) {
        await tx
          .update(tasks)
          .set({ title: newTask.title, text: newTask.text, number: newTask.number, deadlines: newTask.deadlines.map((x) => ({ text: x.text, date: x.date ?? null })), version: sql`${tasks.version} + 1`, updatedAt: new Date() })
          .where(eq(tasks.id, oldTask.id));
        summary.reworded++;
      }
      if (d.unitsChanged) {
        await tx.delete(taskAssignments).where(eq(taskAssignments.taskId, oldTask.id));
        await insertAssignments(tx, oldTask.id, newTask.units, unitIds);
        summary.unitsChanged++;
      }
      await audit(tx, actor, { action: 'revise', entity: 'task', entityId: oldTask.id, before: { title: oldTask.title, text: oldTask.text, units: oldTask.units }, after: { title: newTask.title, text: newTask.text, units: newTask.units } }, requestId);
    }
  }
  if (accepted.has('meta')) {
    const m = ex.meta;
    await tx
      .update(plans)
      .set({ title: m.title, docNumber: m.docNumber ?? null, issuedDate: m.issuedDate ?? null, issuer: m.issuer ?? plan.issuer, status: m.draft ? 'draft' : 'active', public: m.public, version: sql`${plans.version} + 1`, updatedAt: new Date() })
      .where(eq(plans.id, planId));
    summary.meta = true;
  }
  return summary;
}
