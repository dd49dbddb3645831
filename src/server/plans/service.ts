import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { updateAudited, updateVersioned } from '../core/versioned';
import type { Db, DbOrTx, Tx } from '../db/index';
import { indicatorTargets, indicatorZones, indicators, planSections, plans, referenceSets, sourceDocuments, taskAssignments, tasks, units, zones } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError, badRequest, notFound } from '../core/errors';
import { createUnit } from '../org/service';
import { unitNameIndex } from '../org/queries';
import { matchUnitName, type KnownUnit } from '../../domain/document/index';
import { parseDocumentInWorker } from '../core/worker';
import { findPlanFor, getImport } from './queries';
import type { CommitInput, ReviewedExtraction, UnitDecision } from '../../contracts/plans';
import { diffPlanTasks, applyPlanRevision } from './revision';

export async function knownUnits(db: DbOrTx): Promise<KnownUnit[]> {
  return (await unitNameIndex(db)).map((u) => ({ id: u.id, name: u.name, aliases: u.aliases, type: u.type as KnownUnit['type'] }));
}

/** An uploaded policy document: a file's bytes or pasted text (exactly one). */
export interface DocumentUpload {
  fileName?: string;
  data?: Buffer;
  text?: string;
}

/** Step 1: read and parse; keep the draft for review. Nothing of the plan is saved yet. */
export async function prepareImport(db: Db, actor: Actor, input: DocumentUpload, requestId?: string) {
  if ((input.data != null) === (input.text != null)) throw badRequest('请粘贴文本或上传文件（二选一）', 'Paste the text or upload a file (one of the two)', { field: 'text' });
  // Read, checked and parsed once, in a worker thread: a long document does not hold up other requests.
  const { text, extraction } = await parseDocumentInWorker(input, await knownUnits(db));
  const existing = await findPlanFor(db, extraction.meta.docNumber, extraction.meta.title);
  const diff = existing ? await diffPlanTasks(db, existing.id, extraction.tasks as ReviewedExtraction['tasks'], extraction.meta as ReviewedExtraction['meta']) : null;
  const doc = await db.transaction(async (tx) => {
    const [d] = await tx
      .insert(sourceDocuments)
      .values({ fileName: input.fileName ?? null, text, sha256: createHash('sha256').update(text).digest('hex'), extraction, createdBy: actor.id })
      .returning({ id: sourceDocuments.id });
    await audit(tx, actor, { action: 'upload', entity: 'source_document', entityId: d.id, after: { fileName: input.fileName, chars: text.length, tasks: extraction.tasks.length } }, requestId);
    return d;
  });
  return { id: doc.id, fileName: input.fileName ?? null, text, extraction, existingPlan: existing ? { id: existing.id, title: existing.title, code: existing.code } : null, diff };
}

export function planCodeFor(meta: ReviewedExtraction['meta'], text: string): string {
  const m = meta.docNumber?.match(/〔(\d{4})〕(\d+)号/);
  if (m) return `P${m[1]}-${m[2].padStart(3, '0')}`;
  const year = meta.issuedDate?.slice(0, 4) ?? meta.horizonYears[0] ?? new Date().getFullYear();
  return `P${year}-${createHash('sha256').update(meta.title + text.length).digest('hex').slice(0, 6)}`;
}

/** Resolves every unit name in the reviewed tasks to a unit id, creating or merging as the office decided. */
async function resolveUnits(tx: Tx, actor: Actor, extraction: ReviewedExtraction, decisions: UnitDecision[], requestId?: string, withOwners = false) {
  const known = await knownUnits(tx);
  const ids = new Map<string, string>();
  const names = [...new Set([...extraction.tasks.flatMap((t) => t.units.map((u) => u.name)), ...(withOwners ? extraction.indicators.flatMap((i) => i.owners) : [])])];
  for (const name of names) {
    const d = decisions.find((x) => x.name === name);
    const collective = extraction.tasks.some((t) => t.units.some((u) => u.name === name && u.collective));
    if (!d) {
      const m = matchUnitName(name, known);
      if (!m?.unit.id)
        throw badRequest(`单位“${name}”尚未确认：请匹配已有单位或确认新建`, `Unit "${name}" is not confirmed: match it to an existing unit or create it`, { field: `units.${name}` });
      ids.set(name, m.unit.id);
      continue;
    }
    if (d.action === 'create') {
      const exists = known.find((k) => k.name === name);
      if (exists?.id) {
        ids.set(name, exists.id);
        continue;
      }
      if (!d.type) throw badRequest(`新建单位“${name}”须选择单位类型`, `Choose a type for the new unit "${name}"`, { field: `units.${name}.type` });
      const u = await createUnit(tx, actor, { name, type: d.type, collective: d.collective ?? collective }, requestId);
      ids.set(name, u.id);
      known.push({ id: u.id, name, aliases: [] });
    } else {
      const [u] = d.unitId ? await tx.select().from(units).where(eq(units.id, d.unitId)) : [];
      if (!u) throw badRequest(`单位“${name}”要匹配的已有单位不存在`, `The unit chosen for "${name}" does not exist`, { field: `units.${name}.unitId` });
      if (d.action === 'merge' && u.name !== name && !u.aliases.includes(name)) {
        // Merging teaches the matcher: next time this spelling is recognised by itself.
        const aliases = [...u.aliases, name];
        await tx.update(units).set({ aliases, version: sql`${units.version} + 1`, updatedAt: new Date() }).where(eq(units.id, u.id));
        await audit(tx, actor, { action: 'update', entity: 'unit', entityId: u.id, before: { aliases: u.aliases }, after: { aliases } }, requestId);
      }
      ids.set(name, u.id);
    }
  }
  return ids;
}

const DECREASING = new Set(['max', 'reduction']);

/**
 * Rows in as few statements as the database allows: one multi-row insert, split only past
 * PostgreSQL's 65,535 bound parameters (a plan of thousands of tasks).
 */
async function insertRows<T extends PgTable>(tx: Tx, table: T, values: T['$inferInsert'][], onConflictDoNothing = false) {
  if (!values.length) return;
  const columns = Object.keys(values[0]).length || 1;
  const chunk = Math.max(1, Math.floor(60_000 / columns));
  for (let i = 0; i < values.length; i += chunk) {
    const q = tx.insert(table).values(values.slice(i, i + chunk));
    await (onConflictDoNothing ? q.onConflictDoNothing() : q);
  }
}

/** A plan's tasks and their responsible units: one insert for the tasks, one for the assignments. */
export async function insertTasks(tx: Tx, planId: string, extraction: ReviewedExtraction, unitIds: Map<string, string>, sectionIds: Map<string, string>, startPosition = 0) {
  // Ids made here, so the assignments can name their task without a round trip per task.
  const rows = extraction.tasks.map((t, i) => ({
    id: randomUUID(),
    planId,
    sectionId: t.section ? (sectionIds.get(t.section) ?? null) : null,
    sectionRef: t.section ?? null,
    kind: t.kind,
    number: t.number,
    title: t.title,
    text: t.text,
    deadlines: t.deadlines.map((d) => ({ text: d.text, date: d.date ?? null })),
    position: startPosition + i,
    spanStart: t.span?.[0] ?? null,
    spanEnd: t.span?.[1] ?? null,
  }));
  await insertRows(tx, tasks, rows);
  await insertRows(
    tx,
    taskAssignments,
    extraction.tasks.flatMap((t, i) => assignmentRows(rows[i].id, t.units, unitIds)),
  );
  return rows.map((r) => ({ id: r.id, number: r.number, kind: r.kind }));
}

function assignmentRows(taskId: string, list: { name: string; role: 'lead' | 'support' }[], unitIds: Map<string, string>) {
  const seen = new Set<string>();
  const out: (typeof taskAssignments.$inferInsert)[] = [];
  for (const u of list) {
    const unitId = unitIds.get(u.name)!;
    if (seen.has(unitId)) continue; // the same unit under two spellings counts once
    seen.add(unitId);
    out.push({ taskId, unitId, role: u.role, position: out.length });
  }
  return out;
}

export async function insertAssignments(tx: Tx, taskId: string, list: { name: string; role: 'lead' | 'support' }[], unitIds: Map<string, string>) {
  await insertRows(tx, taskAssignments, assignmentRows(taskId, list, unitIds));
}

/**
 * Every indicator of a new plan is owned (a responsible unit) or the office said explicitly that
 * it commits it without one; zones named must exist. Refused naming the indicator otherwise.
 */
async function checkOwnership(tx: Tx, extraction: ReviewedExtraction) {
  const problems: { field: string; message: string; messageEn: string }[] = [];
  extraction.indicators.forEach((ind, i) => {
    if (!ind.owners.length && !ind.ownerless)
      problems.push({
        field: `indicators.${i}.owners`,
        message: `指标“${ind.number} ${ind.name}”没有责任单位：请指定责任单位，或勾选“无责任单位也导入”`,
        messageEn: `Indicator "${ind.number} ${ind.name}" has no responsible unit: choose one, or tick "commit without owner"`,
      });
  });
  const wanted = [...new Set(extraction.indicators.flatMap((i) => i.zoneIds))];
  const found = wanted.length ? new Set((await tx.select({ id: zones.id }).from(zones).where(inArray(zones.id, wanted))).map((z) => z.id)) : new Set<string>();
  extraction.indicators.forEach((ind, i) => {
    if (ind.zoneIds.some((z) => !found.has(z)))
      problems.push({ field: `indicators.${i}.zoneIds`, message: `指标“${ind.number} ${ind.name}”的区域不存在`, messageEn: `A zone of indicator "${ind.number} ${ind.name}" does not exist` });
  });
  if (problems.length) throw badRequest(problems[0].message, problems[0].messageEn, { field: problems[0].field, details: problems });
}

/** A plan's indicators, their targets and the zones their data is owed for: one insert each. */
async function insertIndicators(tx: Tx, planId: string, planCode: string, extraction: ReviewedExtraction, unitIds: Map<string, string>) {
  const [rcep] = await tx.select().from(referenceSets).where(eq(referenceSets.code, 'rcep_members'));
  const rows = extraction.indicators.map((ind, position) => {
    const kinds = ind.targets.map((t) => t.kind);
    return {
      id: randomUUID(),
      planId,
      code: `${planCode}-${ind.number}`,
      number: ind.number,
      name: ind.name,
      unit: ind.unit ?? null,
      category: ind.category ?? null,
      direction: kinds.some((k) => DECREASING.has(k)) ? 'decrease' : 'increase',
      baselineYear: ind.baseline?.year ?? null,
      baselineValue: ind.baseline?.value ?? null,
      referenceSetId: kinds.includes('coverage') && /RCEP/i.test(ind.name) ? (rcep?.id ?? null) : null,
      ownerUnitId: ind.owners.length ? (unitIds.get(ind.owners[0]) ?? null) : null,
      position,
    };
  });
  await insertRows(tx, indicators, rows);
  const targets = extraction.indicators.flatMap((ind, i) =>
    ind.targets.map((t) => ({ indicatorId: rows[i].id, year: t.year, kind: t.kind, value: t.value, text: t.text ?? null, growthBasis: t.kind === 'growth' ? (t.growthBasis ?? 'cumulative') : null })),
  );
  // A target repeated for the same year and kind keeps its first statement, as before.
  await insertRows(tx, indicatorTargets, targets, true);
  // One row per zone; a second responsible unit owes the data of the zone it sits in, else the first.
  const unitZone = new Map<string, string | null>();
  const owned = [...new Set(extraction.indicators.flatMap((i) => i.owners.slice(1).map((n) => unitIds.get(n)).filter((x): x is string => !!x)))];
  if (owned.length) for (const u of await tx.select({ id: units.id, zoneId: units.zoneId }).from(units).where(inArray(units.id, owned))) unitZone.set(u.id, u.zoneId);
  const zoneRows = extraction.indicators.flatMap((ind, i) =>
    [...new Set(ind.zoneIds)].map((zoneId) => {
      const other = ind.owners.slice(1).map((n) => unitIds.get(n)).find((u) => u && unitZone.get(u) === zoneId);
      return { indicatorId: rows[i].id, zoneId, unitId: other ?? null };
    }),
  );
  await insertRows(tx, indicatorZones, zoneRows);
}

/** Step 2: the office's reviewed plan goes in as one transaction, or not at all. */
export async function commitImport(db: Db, actor: Actor, importId: string, input: CommitInput, requestId?: string) {
  return db.transaction(async (tx) => {
    const doc = await getImport(tx, importId);
    if (!doc) throw notFound('导入记录', 'import');
    if (doc.status !== 'pending') throw new AppError(409, 'already_committed', '该文件已导入或已放弃，请重新上传', 'This import was already committed or discarded; upload again');
    const ex = input.extraction;
    // A revised text updates tasks only: its indicators are shown for reference, not owned anew.
    if (!input.planId) await checkOwnership(tx, ex);
    const unitIds = await resolveUnits(tx, actor, ex, input.units, requestId, !input.planId);
    let planId: string;
    if (input.planId) {
      planId = input.planId;
      const summary = await applyPlanRevision(tx, actor, planId, ex, unitIds, input.accept ?? [], requestId);
      await audit(tx, actor, { action: 'reimport', entity: 'plan', entityId: planId, after: { sourceDocumentId: importId, ...summary } }, requestId);
    } else {
      const code = input.code ?? planCodeFor(ex.meta, doc.text);
      const [dup] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.code, code));
      if (dup) throw badRequest(`计划编码“${code}”已存在，请修改`, `Plan code "${code}" exists; change it`, { field: 'code' });
      const m = ex.meta;
      const officeUnit = (m as { leadingGroup?: { officeUnit?: string } }).leadingGroup?.officeUnit;
      const [office] = officeUnit ? await tx.select({ id: units.id }).from(units).where(eq(units.name, officeUnit)) : [];
      const [plan] = await tx
        .insert(plans)
        .values({
          code,
          kind: m.kind,
          title: m.title,
          docNumber: m.docNumber ?? null,
          issuer: m.issuer ?? null,
          issuedDate: m.issuedDate ?? null,
          addressees: m.addressees,
          public: m.public,
          status: m.draft ? 'draft' : 'active',
          basis: m.basis,
          horizonYears: m.horizonYears,
          hubTypes: m.hubTypes,
          officeUnitId: office?.id ?? null,
          meta: m,
          sourceDocumentId: importId,
        })
        .returning();
      planId = plan.id;
      // Sections in one insert: ids made here, a parent named only when it came before (as read).
      const sectionIds = new Map<string, string>();
      const sectionRows = ex.sections.map((s, position) => {
        const row = {
          id: randomUUID(),
          planId,
          parentId: s.parentId ? (sectionIds.get(s.parentId) ?? null) : null,
          ref: s.id,
          level: s.level,
          number: s.number ?? null,
          title: s.title,
          text: s.text,
          position,
          spanStart: s.span?.[0] ?? null,
          spanEnd: s.span?.[1] ?? null,
        };
        sectionIds.set(s.id, row.id);
        return row;
      });
      await insertRows(tx, planSections, sectionRows);
      await insertTasks(tx, planId, ex, unitIds, sectionIds);
      await insertIndicators(tx, planId, code, ex, unitIds);
      await audit(
        tx,
        actor,
        {
          action: 'import',
          entity: 'plan',
          entityId: planId,
          after: { ...plan, sections: ex.sections.length, tasks: ex.tasks.length, assignments: ex.tasks.reduce((n, t) => n + t.units.length, 0), indicators: ex.indicators.length },
        },
        requestId,
      );
    }
    await tx.update(sourceDocuments).set({ status: 'committed', planId, extraction: ex }).where(eq(sourceDocuments.id, importId));
    return { planId };
  });
}

export const updatePlan = (db: Db, actor: Actor, id: string, version: number, patch: Partial<typeof plans.$inferInsert>, requestId?: string) =>
  updateAudited(db, actor, plans, 'plan', id, version, patch, ['计划', 'plan'], requestId);
export const updateTask = (db: Db, actor: Actor, id: string, version: number, patch: Partial<typeof tasks.$inferInsert>, requestId?: string) =>
  updateAudited(db, actor, tasks, 'task', id, version, patch, ['任务', 'task'], requestId);

/** Replaces a task's responsible units (lead / support), version-checked on the task. */
export async function setAssignments(db: Db, actor: Actor, taskId: string, version: number, list: { unitId: string; role: 'lead' | 'support' }[], requestId?: string) {
  return db.transaction(async (tx) => {
    const before = await tx.select().from(taskAssignments).where(eq(taskAssignments.taskId, taskId));
    const { after } = await updateVersioned(tx, tasks, taskId, version, {}, ['任务', 'task']);
    await tx.delete(taskAssignments).where(eq(taskAssignments.taskId, taskId));
    const unique = [...new Map(list.map((u) => [u.unitId, u])).values()];
    // A unit that stays on the task keeps its liaison and leader in charge (set in delivery).
    const kept = new Map(before.map((b) => [b.unitId, b]));
    await tx.insert(taskAssignments).values(
      unique.map((u, position) => ({ taskId, unitId: u.unitId, role: u.role, position, liaisonId: kept.get(u.unitId)?.liaisonId ?? null, leaderId: kept.get(u.unitId)?.leaderId ?? null })),
    );
    await audit(tx, actor, { action: 'update_assignments', entity: 'task', entityId: taskId, before, after: unique }, requestId);
    return { ...after, units: unique };
  });
}

export async function discardImport(db: Db, actor: Actor, importId: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [d] = await tx
      .update(sourceDocuments)
      .set({ status: 'discarded' })
      .where(and(eq(sourceDocuments.id, importId), eq(sourceDocuments.status, 'pending')))
      .returning({ id: sourceDocuments.id });
    if (!d) throw notFound('待审核的导入', 'pending import');
    await audit(tx, actor, { action: 'discard', entity: 'source_document', entityId: d.id }, requestId);
    return { ok: true as const };
  });
}
