// Briefings: a request is a queued row (audited); the job makes the file and keeps it with
// the version of its inputs.
import { and, desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { briefings, plans } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { notFound } from '../core/errors';
import { parsePeriod, periodEnd } from '../../domain/calendar/period';
import { shanghaiDate } from '../../domain/calendar/workdays';
import type { BriefingFormat, BriefingRequest } from '../../contracts/briefings';
import { briefingContent, inputVersionOf } from './content';
import { briefingDocx } from './docx';
import { briefingXlsx } from './xlsx';
import { briefingFonts } from './fonts';
import { docxToPdf } from './pdf';

const MIME: Record<BriefingFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Makes the file of a briefing, from approved data only; no database writes. */
export async function renderBriefing(db: DbOrTx, planCode: string, period: string, format: BriefingFormat, opts: { addressee?: string; issuedOn?: string } = {}) {
  const content = await briefingContent(db, planCode, period, { addressee: opts.addressee });
  const issuedOn = opts.issuedOn ?? shanghaiDate(new Date());
  const fonts = briefingFonts();
  const notes: Record<string, string> = { titleFont: fonts.title, bodyFont: fonts.body };
  let file: Buffer;
  if (format === 'xlsx') file = await briefingXlsx(content, issuedOn);
  else {
    const docx = await briefingDocx(content, fonts, issuedOn);
    if (format === 'pdf') {
      const { pdf, engine } = await docxToPdf(docx);
      file = pdf;
      notes.pdfEngine = engine;
    } else file = docx;
  }
  return { content, file, notes, inputVersion: inputVersionOf(content), fileName: `${content.planCode}-${content.period}-推进情况报告.${format}`, mimeType: MIME[format] };
}

export async function requestBriefing(db: Db, actor: Actor, body: BriefingRequest, requestId?: string) {
  const p = parsePeriod(body.period)!;
  return db.transaction(async (tx) => {
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.code, body.planCode));
    if (!plan) throw notFound(`计划 ${body.planCode}`, `plan ${body.planCode}`);
    const [row] = await tx
      .insert(briefings)
      .values({ planId: plan.id, period: p.text, format: body.format, cutOff: periodEnd(p), addressee: body.addressee ?? null, requestedBy: actor.id })
      .returning({ id: briefings.id });
    await audit(tx, actor, { action: 'request', entity: 'briefing', entityId: row.id, after: body }, requestId);
    return row.id;
  });
}

/** The job: makes the file, or records why it could not. */
export async function runBriefing(db: Db, id: string) {
  const [b] = await db.select({ b: briefings, code: plans.code }).from(briefings).innerJoin(plans, eq(plans.id, briefings.planId)).where(eq(briefings.id, id));
  if (!b || b.b.status === 'done') return;
  await db.update(briefings).set({ status: 'running' }).where(eq(briefings.id, id));
  try {
    const r = await renderBriefing(db, b.code, b.b.period, b.b.format as BriefingFormat, { addressee: b.b.addressee ?? undefined });
    await db
      .update(briefings)
      .set({ status: 'done', content: r.file, size: r.file.length, fileName: r.fileName, mimeType: r.mimeType, inputVersion: r.inputVersion, notes: r.notes, finishedAt: new Date(), error: null })
      .where(eq(briefings.id, id));
  } catch (e) {
    await db.update(briefings).set({ status: 'failed', error: e instanceof Error ? e.message : String(e), finishedAt: new Date() }).where(eq(briefings.id, id));
  }
}

const listColumns = {
  id: briefings.id,
  planCode: plans.code,
  planTitle: plans.title,
  period: briefings.period,
  format: briefings.format,
  status: briefings.status,
  cutOff: briefings.cutOff,
  inputVersion: briefings.inputVersion,
  fileName: briefings.fileName,
  size: briefings.size,
  notes: briefings.notes,
  error: briefings.error,
  createdAt: briefings.createdAt,
  finishedAt: briefings.finishedAt,
};
const out = (r: { createdAt: Date; finishedAt: Date | null; cutOff: string; format: string; status: string } & Record<string, unknown>) => ({
  ...r,
  cutOff: String(r.cutOff),
  createdAt: new Date(r.createdAt).toISOString(),
  finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
});

export async function listBriefings(db: DbOrTx, planCode?: string) {
  const list = await db
    .select(listColumns)
    .from(briefings)
    .innerJoin(plans, eq(plans.id, briefings.planId))
    .where(planCode ? eq(plans.code, planCode) : undefined)
    .orderBy(desc(briefings.createdAt))
    .limit(200);
  return list.map(out) as never[];
}

export async function getBriefing(db: DbOrTx, id: string) {
  const [r] = await db.select(listColumns).from(briefings).innerJoin(plans, eq(plans.id, briefings.planId)).where(eq(briefings.id, id));
  if (!r) throw notFound('简报', 'briefing');
  return out(r) as never;
}

export async function briefingFile(db: DbOrTx, id: string) {
  const [r] = await db.select({ content: briefings.content, fileName: briefings.fileName, mimeType: briefings.mimeType }).from(briefings).where(and(eq(briefings.id, id), eq(briefings.status, 'done')));
  if (!r?.content) throw notFound('已生成的简报文件', 'generated briefing file');
  return r as { content: Buffer; fileName: string; mimeType: string };
}
