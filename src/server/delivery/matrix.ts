// The responsibility matrix (责任分工表): tasks × units, and its xlsx in the layout offices use,
// 序号 / 重点任务 / 工作举措 / 牵头单位 / 配合单位 / 完成时限. Import is all-or-nothing.
import ExcelJS from 'exceljs';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { measures, plans, taskAssignments, tasks, units } from '../db/schema';
import { audit } from '../core/audit';
import { AppError, badRequest, notFound } from '../core/errors';
import { findDeadlines } from '../../domain/document/deadlines';
import type { Caller } from './service';

import { MATRIX_HEADER } from './matrix-read';
import { readMatrixInWorker } from '../core/worker';

const SEP = /[、，,；;\n]+/;

export async function matrix(db: DbOrTx, planId: string, year: number) {
  const [plan] = await db.select({ id: plans.id, title: plans.title }).from(plans).where(eq(plans.id, planId));
  if (!plan) return null;
  const ts = await db
    .select({ id: tasks.id, number: tasks.number, title: tasks.title, kind: tasks.kind, deadlines: tasks.deadlines })
    .from(tasks)
    .where(eq(tasks.planId, planId))
    .orderBy(asc(tasks.position));
  const ids = ts.map((t) => t.id);
  const as = ids.length
    ? await db
        .select({ taskId: taskAssignments.taskId, unitId: taskAssignments.unitId, role: taskAssignments.role, name: units.name, position: taskAssignments.position })
        .from(taskAssignments)
        .innerJoin(units, eq(units.id, taskAssignments.unitId))
        .where(inArray(taskAssignments.taskId, ids))
        .orderBy(asc(taskAssignments.position))
    : [];
  const ms = ids.length
    ? await db
        .select({ taskId: measures.taskId, title: measures.title })
        .from(measures)
        .where(and(inArray(measures.taskId, ids), eq(measures.year, year), ne(measures.status, 'superseded')))
        .orderBy(asc(measures.createdAt))
    : [];
  const rows = ts.map((t) => ({
    id: t.id,
    number: t.number,
    title: t.title,
    kind: t.kind,
    measures: ms.filter((m) => m.taskId === t.id).map((m) => m.title),
    lead: as.filter((a) => a.taskId === t.id && a.role === 'lead').map((a) => ({ unitId: a.unitId, name: a.name })),
    support: as.filter((a) => a.taskId === t.id && a.role === 'support').map((a) => ({ unitId: a.unitId, name: a.name })),
    deadline: t.deadlines.map((d) => d.text).join('、'),
  }));
  const unitMap = new Map<string, { id: string; unitId: string; name: string; lead: number; support: number }>();
  for (const a of as) {
    const u = unitMap.get(a.unitId) ?? { id: a.unitId, unitId: a.unitId, name: a.name, lead: 0, support: 0 };
    if (a.role === 'lead') u.lead++;
    else u.support++;
    unitMap.set(a.unitId, u);
  }
  const unitList = [...unitMap.values()].sort((a, b) => b.lead - a.lead || b.support - a.support);
  return { plan, year, rows, units: unitList };
}

export async function matrixXlsx(db: DbOrTx, planId: string, year: number): Promise<Buffer | null> {
  const m = await matrix(db, planId, year);
  if (!m) return null;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('责任分工表');
  ws.mergeCells(1, 1, 1, 6);
  const title = ws.getCell(1, 1);
  title.value = `${m.plan.title}责任分工表（${year}年）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const head = ws.addRow([...MATRIX_HEADER]);
  head.font = { bold: true };
  for (const r of m.rows) ws.addRow([r.number, r.title, r.measures.join('\n'), r.lead.map((u) => u.name).join('、'), r.support.map((u) => u.name).join('、'), r.deadline]);
  [8, 36, 48, 24, 36, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row, n) => {
    if (n < 2) return;
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
      c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Detail = { row: number; sheet: string; cell?: string; field: string; message: string; messageEn: string };

/** Reads the matrix back: assignments, deadlines and new measure lines; every fault named by row. */
export async function importMatrix(db: Db, c: Caller, planId: string, year: number, data: Buffer, requestId?: string) {
  const { sheet, rows } = await readMatrixInWorker(data);
  let headerRow = 0;
  for (let i = 1; i <= Math.min(rows.length, 6) && !headerRow; i++) if (rows[i - 1][0] === '序号') headerRow = i;
  if (!headerRow) throw badRequest('未找到表头“序号 / 重点任务 / 工作举措 / 牵头单位 / 配合单位 / 完成时限”', 'Header row (序号 / 重点任务 / …) not found');
  const head = rows[headerRow - 1];
  const badCol = head.findIndex((h, i) => h !== MATRIX_HEADER[i]);
  if (badCol >= 0)
    throw badRequest(`第 ${headerRow} 行第 ${badCol + 1} 列应为“${MATRIX_HEADER[badCol]}”，实际为“${head[badCol]}”`, `Row ${headerRow}, column ${badCol + 1} must be "${MATRIX_HEADER[badCol]}"`, { row: headerRow });

  return db.transaction(async (tx) => {
    const ts = await tx.select().from(tasks).where(eq(tasks.planId, planId));
    if (!ts.length) throw notFound('计划', 'plan');
    const allUnits = await tx.select({ id: units.id, name: units.name, shortName: units.shortName, aliases: units.aliases }).from(units);
    const byName = new Map<string, string>();
    for (const u of allUnits) for (const n of [u.name, u.shortName, ...u.aliases]) if (n) byName.set(n, u.id);
    const errors: Detail[] = [];
    const parsed: { task: (typeof ts)[number]; lead: string[]; support: string[]; deadline: string; measures: string[] }[] = [];
    const seen = new Set<string>();
    for (let n = headerRow + 1; n <= rows.length; n++) {
      const cells = rows[n - 1];
      if (cells.every((x) => !x)) continue;
      const [number, title, measureText, leadText, supportText, deadline] = cells;
      const err = (field: string, col: number, zh: string, en: string) => errors.push({ row: n, sheet, cell: `${String.fromCharCode(64 + col)}${n}`, field, message: `第 ${n} 行：${zh}`, messageEn: `Row ${n}: ${en}` });
      const candidates = ts.filter((t) => t.number === number);
      const task = candidates.length === 1 ? candidates[0] : candidates.find((t) => t.title === title);
      if (!task) {
        err('number', 1, `序号“${number}”在本计划中找不到对应任务`, `no task numbered "${number}" in this plan`);
        continue;
      }
      if (seen.has(task.id)) err('number', 1, `序号“${number}”重复`, `number "${number}" appears twice`);
      seen.add(task.id);
      const resolve = (text: string, col: number, field: string) =>
        text
          .split(SEP)
          .map((s) => s.trim())
          .filter(Boolean)
          .flatMap((name) => {
            const id = byName.get(name);
            if (!id) err(field, col, `单位“${name}”不在单位名录中`, `unit "${name}" is not in the unit list`);
            return id ? [id] : [];
          });
      const lead = resolve(leadText, 4, 'lead');
      const support = resolve(supportText, 5, 'support').filter((u) => !lead.includes(u));
      if (!leadText.trim()) err('lead', 4, '牵头单位不能为空', 'the lead unit is empty');
      parsed.push({ task, lead, support, deadline, measures: measureText.split('\n').map((s) => s.trim()).filter(Boolean) });
    }
    if (errors.length)
      throw new AppError(400, 'import_rejected', `责任分工表有 ${errors.length} 处错误，未导入任何内容`, `${errors.length} problems in the matrix; nothing was imported`, { row: errors[0].row, details: errors });

    let changedTasks = 0;
    let newMeasures = 0;
    for (const p of parsed) {
      const before = await tx.select().from(taskAssignments).where(eq(taskAssignments.taskId, p.task.id));
      const want = [...p.lead.map((unitId) => ({ unitId, role: 'lead' })), ...p.support.map((unitId) => ({ unitId, role: 'support' }))];
      const same = before.length === want.length && want.every((w, i) => before.some((b) => b.unitId === w.unitId && b.role === w.role && b.position === i));
      const oldDeadline = p.task.deadlines.map((d) => d.text).join('、');
      if (!same) {
        await tx.delete(taskAssignments).where(eq(taskAssignments.taskId, p.task.id));
        // Contacts (liaison, leader in charge) stay with a unit that stays on the task.
        await tx.insert(taskAssignments).values(
          want.map((w, position) => {
            const old = before.find((b) => b.unitId === w.unitId);
            return { taskId: p.task.id, unitId: w.unitId, role: w.role, position, liaisonId: old?.liaisonId ?? null, leaderId: old?.leaderId ?? null };
          }),
        );
      }
      if (p.deadline !== oldDeadline) {
        const deadlines = p.deadline
          ? p.deadline.split('、').map((text) => ({ text, date: findDeadlines(text, year)[0]?.date ?? p.task.deadlines.find((d) => d.text === text)?.date ?? null }))
          : [];
        await tx.update(tasks).set({ deadlines, version: sql`${tasks.version} + 1`, updatedAt: new Date() }).where(eq(tasks.id, p.task.id));
      }
      const existing = new Set(
        (await tx.select({ title: measures.title }).from(measures).where(and(eq(measures.taskId, p.task.id), eq(measures.year, year), ne(measures.status, 'superseded')))).map((m) => m.title),
      );
      const fresh = p.measures.filter((t) => !existing.has(t));
      if (fresh.length) await tx.insert(measures).values(fresh.map((title) => ({ taskId: p.task.id, unitId: p.lead[0] ?? null, year, title })));
      newMeasures += fresh.length;
      if (!same || p.deadline !== oldDeadline || fresh.length) {
        changedTasks++;
        await audit(tx, c.actor, { action: 'import_matrix', entity: 'task', entityId: p.task.id, before: { assignments: before, deadline: oldDeadline }, after: { assignments: want, deadline: p.deadline, newMeasures: fresh } }, requestId);
      }
    }
    return { rows: parsed.length, changedTasks, newMeasures };
  });
}
