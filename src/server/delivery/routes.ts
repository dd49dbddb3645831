import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, ownedBy, scopeOf, type AccessRule } from '../core/access';
import { idParam, versionField } from '../core/schemas';
import { fileResponse } from '../../contracts/common';
import { notFound } from '../core/errors';
import { parsePeriod } from '../../domain/calendar/period';
import {
  calendarYearSchema,
  calendarInput,
  contactsInput,
  contactsSaved,
  cycleSchema,
  evidenceSchema,
  lateUnitSchema,
  matrixSchema,
  measureInput,
  measureSchema,
  milestoneSchema,
  reportDetailSchema,
  reportEdit,
  reportSchema,
  taskDeliverySchema,
  todoCountSchema,
  todoSchema,
  unitDeliverySchema,
  evidenceFields,
  matrixImportFields,
  cycleBoardRowSchema,
} from '../../contracts/delivery';
import * as q from './queries';
import { cycleListXlsx, reportListXlsx } from './xlsx';
import * as s from './service';
import { importMatrix, matrix, matrixXlsx } from './matrix';
import { attachmentUnit, contentDisposition, loadAttachment } from './attachments';
import { rolesOf, today } from './common';
import { listAlerts } from '../supervision/alerts';
import { listNotices } from '../supervision/notices';
import { countTodos, myTodos } from './todo';
import { readUpload, type UploadSpec } from '../core/upload';
import { MAX_EVIDENCE_BYTES } from '../../domain/delivery/filetype';

const evidenceUpload: UploadSpec<typeof evidenceFields> = {
  fields: evidenceFields,
  file: { name: 'file', max: 1, required: true, maxBytes: MAX_EVIDENCE_BYTES, description: 'PDF、图片或 Office 文件（按内容判断，≤10 MB） / A PDF, image or Office file (judged by content, ≤10 MB)' },
};
const matrixUpload: UploadSpec<typeof matrixImportFields> = {
  fields: matrixImportFields,
  file: { name: 'file', max: 1, required: true, extensions: ['.xlsx'], description: '责任分工表（.xlsx，由导出得到） / The matrix workbook (.xlsx, as exported)' },
};

const tags = ['delivery'];
const OFFICE: AccessRule = { policy: 'office' };
const LIST: AccessRule = { policy: 'signedIn', unit: 'list' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ok = z.object({ ok: z.boolean() });
const yearQ = z.coerce.number().int().min(2000).max(2100);

export function callerOf(req: FastifyRequest): s.Caller {
  return { actor: actorOf(req), userId: req.principal?.kind === 'user' ? req.principal.user.id : null, roles: rolesOf(req), scope: scopeOf(req) };
}

export async function deliveryRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const paramId = <T extends { params: unknown }>(req: T) => (req.params as { id: string }).id;
  const measure = ownedBy(['工作举措', 'measure'], (req) => q.measureUnits(db, paramId(req)));
  const measureTask = ownedBy(['工作举措所属任务', 'measure task'], (req) => q.measureTaskUnits(db, paramId(req)));
  const report = ownedBy(['进展报告', 'report'], (req) => q.reportUnits(db, paramId(req)));

  // ── Measures and milestones ──
  r.get(
    '/api/measures',
    { config: { access: LIST }, schema: { tags, summary: '年度工作举措 / Measures', querystring: z.object({ taskId: z.uuid().optional(), planId: z.uuid().optional(), year: yearQ.optional(), status: z.string().max(20).optional() }), response: { 200: z.array(measureSchema) } } },
    (req) => q.listMeasures(db, scopeOf(req), rolesOf(req), req.query),
  );
  r.get('/api/measures/:id', { config: { access: { policy: 'signedIn', unit: measureTask } }, schema: { tags, params: idParam, response: { 200: measureSchema } } }, async (req) => {
    const m = await q.measureById(db, req.params.id, rolesOf(req));
    if (!m) throw notFound('工作举措', 'measure');
    return m;
  });
  r.post(
    '/api/measures',
    {
      config: { access: { policy: 'dataDesk', unit: ownedBy(['牵头任务', 'task (lead unit)'], (req) => q.leadUnitsOfTask(db, (req.body as { taskId: string }).taskId)) } },
      schema: { tags, summary: '起草年度举措（牵头单位） / Draft a measure', body: measureInput, response: { 200: measureSchema } },
    },
    async (req) => (await q.measureById(db, await s.createMeasure(db, callerOf(req), req.body, req.id), rolesOf(req)))!,
  );
  r.patch(
    '/api/measures/:id',
    {
      config: { access: { policy: 'dataDesk', unit: measure } },
      schema: { tags, params: idParam, body: measureInput.omit({ taskId: true }).partial().extend(versionField), response: { 200: measureSchema } },
    },
    async (req) => {
      const { version, ...patch } = req.body;
      await s.updateMeasure(db, callerOf(req), req.params.id, version, patch, req.id);
      return (await q.measureById(db, req.params.id, rolesOf(req)))!;
    },
  );
  for (const action of ['submit', 'approve', 'return', 'revise'] as const)
    r.post(
      `/api/measures/:id/${action}`,
      {
        config: { access: { policy: action === 'approve' || action === 'return' ? 'office' : 'dataDesk', unit: measure } },
        schema: { tags, params: idParam, summary: { submit: '提交审核', approve: '审核通过', return: '退回修改', revise: '修订（新版本）' }[action], body: z.object({ ...versionField, reason: z.string().max(2000).optional() }), response: { 200: measureSchema } },
      },
      async (req) => {
        const id = await s.measureAction(db, callerOf(req), req.params.id, action, req.body.version, req.body.reason, req.id);
        return (await q.measureById(db, id, rolesOf(req)))!;
      },
    );
  r.post(
    '/api/measures/:id/comments',
    { config: { access: { policy: 'dataDesk', unit: measureTask } }, schema: { tags, params: idParam, body: z.object({ text: z.string().trim().min(1).max(2000) }), response: { 200: measureSchema } } },
    async (req) => {
      const unitId = req.principal?.kind === 'user' ? req.principal.user.unitId : null;
      await s.commentMeasure(db, callerOf(req), req.params.id, req.body.text, unitId, req.id);
      return (await q.measureById(db, req.params.id, rolesOf(req)))!;
    },
  );
  r.get(
    '/api/milestones',
    { config: { access: LIST }, schema: { tags, querystring: z.object({ taskId: z.uuid().optional(), measureId: z.uuid().optional() }), response: { 200: z.array(milestoneSchema) } } },
    (req) => q.listMilestones(db, scopeOf(req), req.query),
  );
  r.patch(
    '/api/milestones/:id',
    {
      config: { access: { policy: 'dataDesk', unit: ownedBy(['里程碑', 'milestone'], (req) => q.milestoneUnits(db, paramId(req))) } },
      schema: { tags, params: idParam, body: z.object({ percentDone: z.number().int().min(0).max(100).optional(), done: z.boolean().optional(), ...versionField }), response: { 200: milestoneSchema } },
    },
    async (req) => q.milestoneOut(await s.updateMilestone(db, callerOf(req), req.params.id, req.body.version, req.body, req.id)),
  );

  // ── Calendar and cycles ──
  r.get('/api/calendar', { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '节假日与调休 / Holidays and make-up days', querystring: z.object({ year: yearQ }), response: { 200: calendarYearSchema } } }, async (req) =>
    q.calendarYear(db, req.query.year),
  );
  r.put(
    '/api/calendar',
    { config: { access: OFFICE }, schema: { tags, body: calendarInput, response: { 200: z.object({ count: z.number(), version: z.number() }) } } },
    (req) => s.replaceCalendar(db, callerOf(req), req.body.year, req.body.version, req.body.days.map((d) => ({ ...d, name: d.name ?? undefined })), req.id),
  );
  r.get('/api/cycles', { config: { access: { policy: 'signedIn' }, xlsx: cycleListXlsx }, schema: { tags, summary: '报送周期 / Reporting cycles', querystring: z.object({ planId: z.uuid().optional() }), response: { 200: z.array(cycleSchema) } } }, (req) => q.listCycles(db, req.query));
  r.post(
    '/api/cycles',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: '开启报送周期（为各责任单位生成待办） / Open a cycle',
        body: z.object({ planId: z.uuid(), period: z.string().refine((p) => parsePeriod(p) !== null, '周期应为 2025-03 或 2025Q1'), dueDay: z.number().int().min(1).max(31).default(25), name: z.string().max(100).optional() }),
        response: { 200: cycleSchema },
      },
    },
    async (req) => {
      const c = await s.openCycle(db, callerOf(req), req.body, req.id);
      return (await q.listCycles(db, { planId: req.body.planId })).find((x) => x.id === c.id)!;
    },
  );
  r.get(
    '/api/cycles/:id/board',
    { config: { access: LIST }, schema: { tags, summary: '周期看板：各单位报告按状态计数 / Cycle board: reports per unit by state', params: idParam, response: { 200: z.array(cycleBoardRowSchema) } } },
    (req) => q.cycleBoardOf(db, scopeOf(req), req.params.id),
  );
  r.post('/api/cycles/:id/close', { config: { access: OFFICE }, schema: { tags, params: idParam, body: z.object(versionField), response: { 200: ok } } }, async (req) => {
    await s.closeCycle(db, callerOf(req), req.params.id, req.body.version, req.id);
    return { ok: true };
  });

  // ── Reports ──
  const reportFilter = z.object({
    cycleId: z.uuid().optional(),
    taskId: z.uuid().optional(),
    unitId: z.uuid().optional(),
    planId: z.uuid().optional(),
    status: z.string().max(20).optional(),
    role: z.enum(['lead', 'support']).optional(),
    period: z.string().max(10).optional(),
  });
  r.get('/api/reports', { config: { access: LIST, xlsx: reportListXlsx }, schema: { tags, summary: '进展报告（联络员只见本单位） / Progress reports', querystring: reportFilter, response: { 200: z.array(reportSchema) } } }, (req) =>
    q.listReports(db, scopeOf(req), rolesOf(req), req.query),
  );
  r.get('/api/reports/late', { config: { access: LIST }, schema: { tags, summary: '逾期未报（按单位） / Late and missing reports by unit', querystring: z.object({ cycleId: z.uuid().optional(), planId: z.uuid().optional() }), response: { 200: z.array(lateUnitSchema) } } }, (req) =>
    q.lateReports(db, scopeOf(req), req.query),
  );
  r.get('/api/reports/:id', { config: { access: { policy: 'signedIn', unit: report } }, schema: { tags, params: idParam, response: { 200: reportDetailSchema } } }, async (req) => {
    const rep = await q.reportById(db, req.params.id, rolesOf(req));
    if (!rep) throw notFound('进展报告', 'report');
    return rep;
  });
  const detail = async (req: FastifyRequest, id: string) => (await q.reportById(db, id, rolesOf(req)))!;
  r.patch(
    '/api/reports/:id',
    { config: { access: { policy: 'reporting', unit: report } }, schema: { tags, params: idParam, summary: '填写进展报告 / Edit a report', body: reportEdit, response: { 200: reportDetailSchema } } },
    async (req) => {
      await s.editReport(db, callerOf(req), req.params.id, req.body, req.id);
      return detail(req, req.params.id);
    },
  );
  for (const action of ['submit', 'approve', 'accept', 'return'] as const) {
    // The route lets in every role that may take this action from some state; the state machine decides the rest.
    const policy = ({ submit: 'reporting', approve: 'approval', accept: 'office', return: 'approval' } as const)[action];
    r.post(
      `/api/reports/:id/${action}`,
      {
        config: { access: { policy, unit: report } },
        schema: {
          tags,
          params: idParam,
          summary: { submit: '提交（联络员） / Submit', approve: '审批（单位负责人） / Approve', accept: '通过（办公室） / Accept', return: '退回并说明原因 / Return with a reason' }[action],
          body: z.object({ ...versionField, reason: z.string().max(2000).optional() }),
          response: { 200: reportDetailSchema },
        },
      },
      async (req) => {
        await s.reportAction(db, callerOf(req), req.params.id, action, req.body.version, req.body.reason, req.id);
        return detail(req, req.params.id);
      },
    );
  }
  r.post(
    '/api/reports/:id/evidence',
    {
      config: { access: { policy: 'reporting', unit: report }, upload: evidenceUpload },
      schema: { tags, params: idParam, summary: '上传佐证材料（PDF、图片、Office 文件，≤10 MB） / Add evidence', response: { 200: evidenceSchema } },
    },
    async (req) => s.addReportEvidence(db, callerOf(req), req.params.id, (await readUpload(req, evidenceUpload)).files[0], req.id),
  );
  r.delete(
    '/api/reports/:id/evidence/:attachmentId',
    { config: { access: { policy: 'reporting', unit: report } }, schema: { tags, params: z.object({ id: z.uuid(), attachmentId: z.uuid() }), response: { 200: ok } } },
    (req) => s.removeReportEvidence(db, callerOf(req), req.params.id, req.params.attachmentId, req.id),
  );
  r.get('/api/evidence/:id', { config: { access: { policy: 'signedIn', unit: ownedBy(['附件', 'attachment'], (req) => attachmentUnit(db, paramId(req))) } }, schema: { tags, params: idParam, summary: '下载佐证材料（仅下载，不内嵌显示） / Download evidence', response: { 200: fileResponse('any', '附件原文件 / The file as uploaded') } } }, async (req, reply) => {
    const a = await loadAttachment(db, req.params.id);
    if (!a) throw notFound('附件', 'attachment');
    reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', contentDisposition(a.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store');
    return reply.send(a.content);
  });

  // ── Task, unit, to-do, matrix ──
  r.get('/api/tasks/:id/delivery', { config: { access: { policy: 'signedIn', unit: ownedBy(['任务', 'task'], (req) => q.unitsOfTask(db, paramId(req))) } }, schema: { tags, params: idParam, summary: '任务推进页 / Task delivery page', response: { 200: taskDeliverySchema } } }, async (req) => {
    const head = await q.taskHead(db, req.params.id);
    if (!head) throw notFound('任务', 'task');
    const scope = scopeOf(req);
    const roles = rolesOf(req);
    const [assignments, measures, reports, alerts, notices, indicators] = await Promise.all([
      q.taskAssignmentsOf(db, head.id),
      q.listMeasures(db, { all: true }, roles, { taskId: head.id }),
      q.listReports(db, scope, roles, { taskId: head.id }),
      listAlerts(db, scope, { taskId: head.id }),
      listNotices(db, scope, roles, { taskId: head.id }),
      q.linkedIndicators(db, head.id),
    ]);
    return { ...head, assignments, measures, reports, alerts, notices, indicators };
  });
  r.put(
    '/api/tasks/:id/contacts',
    {
      config: { access: OFFICE },
      schema: { tags, params: idParam, summary: '各责任单位联络员与分管领导 / Liaison and leader in charge per unit', body: contactsInput, response: { 200: contactsSaved } },
    },
    (req) => s.setContacts(db, callerOf(req), req.params.id, req.body.version, req.body.contacts, req.id),
  );
  r.get('/api/delivery/units/:id', { config: { access: { policy: 'signedIn', unit: ownedBy(['单位', 'unit'], (req) => q.unitAsOwner(db, paramId(req))) } }, schema: { tags, params: idParam, summary: '单位推进页 / Unit page', response: { 200: unitDeliverySchema } } }, async (req) => {
    const roles = rolesOf(req);
    const u = await q.unitDelivery(db, req.params.id, roles);
    if (!u) throw notFound('单位', 'unit');
    const scope = { all: false as const, unitId: req.params.id };
    return { ...u, notices: await listNotices(db, scope, roles, {}), alerts: await listAlerts(db, scope, {}) };
  });
  r.get('/api/todo', { config: { access: LIST }, schema: { tags, summary: '我的待办 / My to-dos', response: { 200: z.array(todoSchema) } } }, (req) => myTodos(db, req, today()));
  r.get(
    '/api/todo/count',
    {
      config: { access: LIST },
      schema: { tags, summary: '我的待办条数（菜单与页头的角标） / How many to-dos (the menu and header badges)', description: '与 GET /api/todo 同一份清单、同样的权限：all 为全部条数，review 为等待本人审批或审核的指标数据条数。 / Counted from the same list as GET /api/todo, with the same access: all lines, and the indicator-data lines waiting on the caller.', response: { 200: todoCountSchema } },
    },
    (req) => countTodos(db, req, today()),
  );
  r.get('/api/plans/:id/matrix', { config: { access: { policy: 'signedIn' } }, schema: { tags, params: idParam, summary: '责任分工矩阵 / Responsibility matrix', querystring: z.object({ year: yearQ.optional() }), response: { 200: matrixSchema } } }, async (req) => {
    const m = await matrix(db, req.params.id, req.query.year ?? Number(today().slice(0, 4)));
    if (!m) throw notFound('计划', 'plan');
    return m;
  });
  r.get('/api/plans/:id/matrix.xlsx', { config: { access: { policy: 'signedIn' } }, schema: { tags, params: idParam, summary: '导出责任分工表 / Export the matrix', querystring: z.object({ year: yearQ.optional() }), response: { 200: fileResponse('xlsx', '责任分工表 / The matrix workbook') } } }, async (req, reply) => {
    const year = req.query.year ?? Number(today().slice(0, 4));
    const buf = await matrixXlsx(db, req.params.id, year);
    if (!buf) throw notFound('计划', 'plan');
    reply.header('content-type', XLSX).header('content-disposition', contentDisposition(`责任分工表-${year}.xlsx`));
    return reply.send(buf);
  });
  r.post(
    '/api/plans/:id/matrix.xlsx',
    {
      config: { access: OFFICE, upload: matrixUpload },
      schema: { tags, params: idParam, summary: '导入责任分工表（全部成功或全部不导入） / Import the matrix', response: { 200: z.object({ rows: z.number(), changedTasks: z.number(), newMeasures: z.number() }) } },
    },
    async (req) => {
      const { fields, files } = await readUpload(req, matrixUpload);
      return importMatrix(db, callerOf(req), req.params.id, fields.year, files[0].data, req.id);
    },
  );
}
