// Supervision notices (督办单): issue, answer with a plan and a report, verify and close;
// escalation of overdue notices; the printed .docx.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { rows, type Db, type DbOrTx } from '../db/index';
import { alerts, attachments, auditLog, notifications, progressReports, rectificationEvidence, rectifications, supervisionNotices, tasks, units, users } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { badRequest, forbidden, notFound } from '../core/errors';
import { updateVersioned } from '../core/versioned';
import { scopeWhere, type Scope } from '../core/access';
import { allowedActions } from '../../domain/delivery/machine';
import type { Role } from '../../domain/delivery/states';
import { NOTICE_LEVEL_ZH, escalation, noticeMachine, noticeOpen, type NoticeAction, type NoticeLevel, type NoticeState } from '../../domain/supervision/notice';
import type { Notice, NoticeDetail } from '../../contracts/delivery';
import { STATE_ZH, iso, today, transition } from '../delivery/common';
import { storeEvidence, type EvidenceFile } from '../delivery/attachments';
import type { Caller } from '../delivery/service';
import { leadersFor } from './alerts';
import { notifyUnitPeople } from '../system/notify';

const NUMBER_LOCK = 727_012;

export async function issueNotice(
  db: Db,
  c: Caller,
  input: { unitId: string; alertId?: string | null; reportId?: string | null; taskId?: string | null; indicatorId?: string | null; issue: string; requirement: string; dueOn: string; level: NoticeLevel },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    let { taskId, indicatorId } = input;
    let source = 'manual';
    if (input.alertId) {
      const [a] = await tx.select().from(alerts).where(eq(alerts.id, input.alertId));
      if (!a) throw notFound('预警', 'alert');
      if (a.unitId && a.unitId !== input.unitId) throw badRequest('督办单位应为预警所属单位', 'The notice must go to the unit of the alert', { field: 'unitId' });
      taskId ??= a.taskId;
      indicatorId ??= a.indicatorId;
      source = 'alert';
      await tx.update(alerts).set({ status: 'noticed', updatedAt: new Date() }).where(and(eq(alerts.id, a.id), eq(alerts.status, 'open')));
    } else if (input.reportId) {
      const [r] = await tx.select().from(progressReports).where(eq(progressReports.id, input.reportId));
      if (!r) throw notFound('进展报告', 'report');
      if (!r.coordination.trim()) throw badRequest('该报告没有需协调事项', 'This report has no coordination request', { field: 'reportId' });
      taskId ??= r.taskId;
      source = 'coordination';
    }
    if (input.dueOn < today()) throw badRequest('办理时限不能早于今天', 'The deadline cannot be in the past', { field: 'dueOn' });
    await tx.execute(sql`select pg_advisory_xact_lock(${NUMBER_LOCK})`);
    const year = today().slice(0, 4);
    const [{ n }] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from supervision_notices where number like ${`督〔${year}〕%`}`);
    const number = `督〔${year}〕${String(n + 1).padStart(3, '0')}号`;
    const [row] = await tx
      .insert(supervisionNotices)
      .values({ number, alertId: input.alertId ?? null, reportId: input.reportId ?? null, taskId: taskId ?? null, indicatorId: indicatorId ?? null, unitId: input.unitId, source, issue: input.issue, requirement: input.requirement, dueOn: input.dueOn, level: input.level, issuedBy: c.userId })
      .returning();
    await notifyUnit(tx, input.unitId, `收到${NOTICE_LEVEL_ZH[input.level]}单 ${number}`, `${input.issue.slice(0, 80)}（请于 ${input.dueOn} 前报送整改方案）`, `/supervision/board?notice=${row.id}`, `notice:${row.id}:issued`);
    await audit(tx, c.actor, { action: 'issue', entity: 'supervision_notice', entityId: row.id, after: row }, requestId);
    return row.id;
  });
}

/** Tells the unit's liaisons and leaders, in one insert … select (the action's own audit entry records the action). */
async function notifyUnit(tx: DbOrTx, unitId: string, title: string, body: string, link: string, dedupeKey: string) {
  await notifyUnitPeople(tx, [{ unitId, kind: 'supervision', title, body, link, dedupeKey }]);
}

export async function noticeAction(
  db: Db,
  c: Caller,
  id: string,
  action: NoticeAction,
  body: { version: number; text?: string; comment?: string; files?: EvidenceFile[] },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const [cur] = await tx.select().from(supervisionNotices).where(eq(supervisionNotices.id, id)).for('update');
    if (!cur) throw notFound('督办单', 'notice');
    const to = transition(noticeMachine, cur.status as NoticeState, action, c.roles, ['督办单', 'notice']);
    const patch: Record<string, unknown> = { status: to };
    if (action === 'submit_plan' || action === 'submit_report') {
      if (!body.text?.trim()) throw badRequest(action === 'submit_plan' ? '请填写整改方案' : '请填写整改情况', 'Write the text first', { field: 'text' });
      const [r] = await tx.insert(rectifications).values({ noticeId: id, kind: action === 'submit_plan' ? 'plan' : 'report', text: body.text, submittedBy: c.userId }).returning();
      for (const f of body.files ?? []) {
        const a = await storeEvidence(tx, f, cur.unitId, c.userId);
        await tx.insert(rectificationEvidence).values({ rectificationId: r.id, attachmentId: a.id });
      }
    } else {
      if ((action === 'return_plan' || action === 'send_back') && !body.comment?.trim()) throw badRequest('退回时请填写意见', 'Give a reason when sending back', { field: 'comment' });
      const kind = action === 'accept_plan' || action === 'return_plan' ? 'plan' : 'report';
      const [last] = await tx.select().from(rectifications).where(and(eq(rectifications.noticeId, id), eq(rectifications.kind, kind))).orderBy(desc(rectifications.createdAt)).limit(1);
      if (action === 'verify' || action === 'send_back') {
        // The one who verifies is never the one who reported (nor anyone who answered this notice).
        const answered = await tx.select({ by: rectifications.submittedBy }).from(rectifications).where(eq(rectifications.noticeId, id));
        if (c.userId && answered.some((a) => a.by === c.userId)) throw forbidden('核查人不能是整改报告人', 'The one who verifies cannot be the one who reported');
      }
      if (last)
        await tx
          .update(rectifications)
          .set({ verification: action === 'verify' || action === 'accept_plan' ? 'passed' : 'failed', comment: body.comment ?? null, verifiedBy: c.userId, verifiedAt: new Date(), version: sql`${rectifications.version} + 1` })
          .where(eq(rectifications.id, last.id));
      if (action === 'verify') {
        patch.closedAt = new Date();
        if (cur.alertId) await tx.update(alerts).set({ status: 'closed', closedAt: new Date(), updatedAt: new Date() }).where(eq(alerts.id, cur.alertId));
      }
      await notifyUnit(tx, cur.unitId, `督办单 ${cur.number}：${STATE_ZH[to]}`, body.comment ?? '', `/supervision/board?notice=${id}`, `notice:${id}:${action}:${cur.version}`);
    }
    const { before, after } = await updateVersioned(tx, supervisionNotices, id, body.version, patch, ['督办单', 'notice']);
    await audit(tx, c.actor, { action, entity: 'supervision_notice', entityId: id, before: { status: before.status }, after: { status: after.status, text: body.text, comment: body.comment, files: body.files?.map((f) => f.fileName) } }, requestId);
    return after;
  });
}

/** Overdue open notices go up one level; the leader in charge is told. Run by the job. */
export async function escalateNotices(db: Db, actor: Actor, day = today(), graceDays = 7) {
  return db.transaction(async (tx) => {
    const open = await tx.select().from(supervisionNotices).where(ne(supervisionNotices.status, 'closed'));
    let escalated = 0;
    for (const n of open) {
      const e = escalation({ status: n.status as NoticeState, level: n.level as NoticeLevel, dueOn: String(n.dueOn), escalatedOn: n.escalatedOn ? String(n.escalatedOn) : null }, day, graceDays);
      if (!e) continue;
      await tx
        .update(supervisionNotices)
        .set({ level: e.level, dueOn: e.dueOn, escalatedOn: day, escalationLevel: n.escalationLevel + 1, version: sql`${supervisionNotices.version} + 1`, updatedAt: new Date() })
        .where(eq(supervisionNotices.id, n.id));
      const [u] = await tx.select({ name: units.name }).from(units).where(eq(units.id, n.unitId));
      const leaders = await leadersFor(tx, n.unitId, n.taskId);
      // One multi-row insert for the leaders; written before the unit's notice so a leader who is
      // also the unit's leader keeps the leader's wording (same key, first one wins).
      if (leaders.length)
        await tx
          .insert(notifications)
          .values(leaders.map((leader) => ({ userId: leader, unitId: n.unitId, kind: 'supervision', title: `督办升级为${NOTICE_LEVEL_ZH[e.level]}：${n.number}`, body: `${u?.name ?? ''}逾期未办结：${n.issue.slice(0, 80)}；新时限 ${e.dueOn}`, link: `/supervision/board?notice=${n.id}`, dedupeKey: `escalate:${n.id}:${e.level}` })))
          .onConflictDoNothing();
      await notifyUnit(tx, n.unitId, `督办升级为${NOTICE_LEVEL_ZH[e.level]}：${n.number}`, `新时限 ${e.dueOn}`, `/supervision/board?notice=${n.id}`, `escalate:${n.id}:${e.level}`);
      await audit(tx, actor, { action: 'escalate', entity: 'supervision_notice', entityId: n.id, before: { level: n.level, dueOn: n.dueOn }, after: e });
      escalated++;
    }
    return escalated;
  });
}

// ── Reads ──

export async function listNotices(db: DbOrTx, scope: Scope, roles: Role[], f: { status?: string; unitId?: string; level?: string; taskId?: string; open?: boolean }, day = today()): Promise<Notice[]> {
  const list = await db
    .select({ n: supervisionNotices, unitName: units.name, taskTitle: tasks.title })
    .from(supervisionNotices)
    .innerJoin(units, eq(units.id, supervisionNotices.unitId))
    .leftJoin(tasks, eq(tasks.id, supervisionNotices.taskId))
    .where(
      and(
        f.status ? eq(supervisionNotices.status, f.status) : undefined,
        f.open ? ne(supervisionNotices.status, 'closed') : undefined,
        f.unitId ? eq(supervisionNotices.unitId, f.unitId) : undefined,
        f.level ? eq(supervisionNotices.level, f.level) : undefined,
        f.taskId ? eq(supervisionNotices.taskId, f.taskId) : undefined,
        scopeWhere(scope, supervisionNotices.unitId),
      ),
    )
    .orderBy(asc(supervisionNotices.dueOn));
  return list.map(({ n, unitName, taskTitle }) => ({
    id: n.id,
    number: n.number,
    alertId: n.alertId,
    taskId: n.taskId,
    taskTitle,
    indicatorId: n.indicatorId,
    reportId: n.reportId,
    unitId: n.unitId,
    unitName,
    source: n.source,
    issue: n.issue,
    requirement: n.requirement,
    dueOn: String(n.dueOn),
    level: n.level as NoticeLevel,
    status: n.status as NoticeState,
    escalatedOn: n.escalatedOn ? String(n.escalatedOn) : null,
    overdue: noticeOpen(n.status as NoticeState) && String(n.dueOn) < day,
    version: n.version,
    createdAt: iso(n.createdAt)!,
    closedAt: iso(n.closedAt),
    actions: allowedActions(noticeMachine, n.status as NoticeState, roles),
  }));
}

export async function noticeById(db: DbOrTx, id: string, roles: Role[]): Promise<NoticeDetail | null> {
  const [n] = await listNoticesById(db, id, roles);
  if (!n) return null;
  const recs = await db
    .select({ r: rectifications, by: sql<string | null>`(select display_name from users where id = ${rectifications.submittedBy})`, vb: sql<string | null>`(select display_name from users where id = ${rectifications.verifiedBy})` })
    .from(rectifications)
    .where(eq(rectifications.noticeId, id))
    .orderBy(asc(rectifications.createdAt));
  const ev = recs.length
    ? await db
        .select({ rid: rectificationEvidence.rectificationId, id: attachments.id, fileName: attachments.fileName, mimeType: attachments.mimeType, size: attachments.size })
        .from(rectificationEvidence)
        .innerJoin(attachments, eq(attachments.id, rectificationEvidence.attachmentId))
        .where(inArray(rectificationEvidence.rectificationId, recs.map((r) => r.r.id)))
    : [];
  const timeline = await db
    .select({ at: auditLog.at, action: auditLog.action, actorName: users.displayName, fallback: auditLog.actorName, after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, 'supervision_notice'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.seq));
  return {
    ...n,
    rectifications: recs.map(({ r, by, vb }) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      submittedBy: r.submittedBy,
      submittedByName: by,
      verification: r.verification,
      comment: r.comment,
      verifiedByName: vb,
      createdAt: iso(r.createdAt)!,
      evidence: ev.filter((e) => e.rid === r.id).map(({ rid: _, ...e }) => e),
    })),
    timeline: timeline.map((t) => ({ at: iso(t.at)!, action: t.action, actorName: t.actorName ?? t.fallback, after: t.after })),
  };
}

async function listNoticesById(db: DbOrTx, id: string, roles: Role[]) {
  const [n] = await db.select({ unitId: supervisionNotices.unitId }).from(supervisionNotices).where(eq(supervisionNotices.id, id));
  if (!n) return [];
  return (await listNotices(db, { all: true }, roles, { unitId: n.unitId })).filter((x) => x.id === id);
}

export async function noticeUnits(db: DbOrTx, id: string) {
  const [n] = await db.select({ unitId: supervisionNotices.unitId }).from(supervisionNotices).where(eq(supervisionNotices.id, id));
  return n ? [n.unitId] : null;
}

/** The notice as a formatted Word document: title, number, addressee, problem, requirement, deadline, answers. */
export async function noticeDocx(db: DbOrTx, id: string): Promise<{ buffer: Buffer; number: string } | null> {
  const n = await noticeById(db, id, []);
  if (!n) return null;
  const font = { font: 'FangSong', size: 32 };
  const p = (text: string, opts: { bold?: boolean; center?: boolean; size?: number; indent?: boolean } = {}) =>
    new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: opts.indent ? { firstLine: 640 } : undefined,
      spacing: { line: 560 },
      children: [new TextRun({ text, bold: opts.bold, ...font, size: opts.size ?? font.size })],
    });
  const cell = (text: string, w: number) => new TableCell({ width: { size: w, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, font: 'FangSong', size: 24 })] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: `${NOTICE_LEVEL_ZH[n.level]}通知单`, bold: true, font: 'SimHei', size: 44, color: 'C00000' })] }),
          p(n.number, { center: true }),
          p(`${n.unitName}：`),
          p(`存在问题：${n.issue}`, { indent: true }),
          p(`督办要求：${n.requirement}`, { indent: true }),
          p(`办理时限：请于 ${n.dueOn} 前报送整改方案及整改情况，并附佐证材料。`, { indent: true }),
          ...(n.taskTitle ? [p(`涉及任务：${n.taskTitle}`, { indent: true })] : []),
          p(`当前状态：${STATE_ZH[n.status] ?? n.status}`, { indent: true }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: [cell('类别', 15), cell('内容', 55), cell('报送人', 15), cell('核查', 15)] }),
              ...n.rectifications.map(
                (r) => new TableRow({ children: [cell(r.kind === 'plan' ? '整改方案' : '整改报告', 15), cell(r.text, 55), cell(r.submittedByName ?? '', 15), cell(r.verification === 'passed' ? '通过' : r.verification === 'failed' ? `退回：${r.comment ?? ''}` : '待核查', 15)] }),
              ),
            ],
          }),
          p(''),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '领导小组办公室', ...font })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: n.createdAt.slice(0, 10), ...font })] }),
        ],
      },
    ],
  });
  return { buffer: await Packer.toBuffer(doc), number: n.number };
}

