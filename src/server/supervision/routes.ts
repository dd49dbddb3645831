import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fileResponse } from '../../contracts/common';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { ownedBy, scopeOf, type AccessRule } from '../core/access';
import { idParam, versionField } from '../core/schemas';
import { notFound } from '../core/errors';
import { alertRulesInput, alertRulesRead, alertSchema, noticeAnswerFields, noticeDetailSchema, noticeInput, noticeSchema } from '../../contracts/delivery';
import { readUpload, type UploadSpec } from '../core/upload';
import { MAX_EVIDENCE_BYTES } from '../../domain/delivery/filetype';

import { ALERT_KINDS, ALERT_LEVELS } from '../../domain/supervision/alerts';
import { NOTICE_ACTIONS, NOTICE_LEVELS, NOTICE_STATES, noticeMachine } from '../../domain/supervision/notice';
import { rolesFor } from '../../domain/delivery/machine';
import { callerOf } from '../delivery/routes';
import { contentDisposition } from '../delivery/attachments';
import { rolesOf, today } from '../delivery/common';
import { alertListXlsx, noticeListXlsx } from './xlsx';
import { alertUnits, listAlerts, readRules, refreshAlerts, saveRules } from './alerts';
import { escalateNotices, issueNotice, listNotices, noticeAction, noticeById, noticeDocx, noticeUnits } from './notices';

/** A unit's answer (rectification plan or report) comes as a form: its text and up to 10 evidence files. */
const answerUpload: UploadSpec<typeof noticeAnswerFields> = {
  fields: noticeAnswerFields,
  file: { name: 'files', max: 10, required: false, maxBytes: MAX_EVIDENCE_BYTES, description: '佐证材料（PDF、图片或 Office 文件，每个 ≤10 MB，最多 10 个） / Evidence files (PDF, image or Office, ≤10 MB each, at most 10)' },
};

const tags = ['supervision'];
const OFFICE: AccessRule = { policy: 'office' };
const LIST: AccessRule = { policy: 'signedIn', unit: 'list' };

const refreshResult = z.object({ day: z.string(), opened: z.number(), changed: z.number(), closed: z.number(), open: z.number() });

export async function supervisionRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const paramId = (req: { params: unknown }) => (req.params as { id: string }).id;
  const notice = ownedBy(['督办单', 'supervision notice'], (req) => noticeUnits(db, paramId(req)));

  r.get(
    '/api/alerts',
    {
      config: { access: LIST, xlsx: alertListXlsx },
      schema: {
        tags,
        summary: '预警（按规则计算，单位只见本单位） / Alerts',
        querystring: z.object({ kind: z.enum(ALERT_KINDS).optional(), level: z.enum(ALERT_LEVELS).optional(), unitId: z.uuid().optional(), taskId: z.uuid().optional(), indicatorId: z.uuid().optional(), status: z.enum(['open', 'noticed', 'closed', 'all']).optional() }),
        response: { 200: z.array(alertSchema) },
      },
    },
    (req) => listAlerts(db, scopeOf(req), req.query),
  );
  r.get('/api/alerts/rules', { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '预警规则与阈值 / Alert rules', response: { 200: alertRulesRead } } }, () => readRules(db));
  r.put('/api/alerts/rules', { config: { access: OFFICE }, schema: { tags, summary: '修改预警规则并重算预警 / Save the rules and refresh alerts', body: alertRulesInput, response: { 200: alertRulesRead } } }, (req) => {
    const { version, ...rules } = req.body;
    return saveRules(db, callerOf(req).actor, version, rules, today(), req.id);
  });
  r.post('/api/alerts/refresh', { config: { access: OFFICE }, schema: { tags, summary: '立即重算预警 / Refresh alerts now', response: { 200: refreshResult } } }, (req) => refreshAlerts(db, callerOf(req).actor, today(), req.id));
  r.get('/api/alerts/:id', { config: { access: { policy: 'signedIn', unit: ownedBy(['预警', 'alert'], (req) => alertUnits(db, paramId(req))) } }, schema: { tags, params: idParam, response: { 200: alertSchema } } }, async (req) => {
    const a = (await listAlerts(db, { all: true }, { status: 'all' })).find((x) => x.id === req.params.id);
    if (!a) throw notFound('预警', 'alert');
    return a;
  });

  r.get(
    '/api/supervision/notices',
    {
      config: { access: LIST, xlsx: noticeListXlsx },
      schema: {
        tags,
        summary: '督办单（单位只见发给本单位的） / Supervision notices',
        querystring: z.object({ status: z.enum(NOTICE_STATES).optional(), unitId: z.uuid().optional(), level: z.enum(NOTICE_LEVELS).optional(), taskId: z.uuid().optional(), open: z.coerce.boolean().optional() }),
        response: { 200: z.array(noticeSchema) },
      },
    },
    (req) => listNotices(db, scopeOf(req), rolesOf(req), req.query),
  );
  r.post('/api/supervision/notices', { config: { access: OFFICE }, schema: { tags, summary: '下发督办单 / Issue a notice', body: noticeInput, response: { 200: noticeDetailSchema } } }, async (req) => {
    const id = await issueNotice(db, callerOf(req), req.body, req.id);
    return (await noticeById(db, id, rolesOf(req)))!;
  });
  r.post('/api/supervision/escalate', { config: { access: OFFICE }, schema: { tags, summary: '逾期督办升级（通常由定时任务执行） / Escalate overdue notices now', response: { 200: z.object({ escalated: z.number() }) } } }, async (req) => ({
    escalated: await escalateNotices(db, callerOf(req).actor, today()),
  }));
  r.get('/api/supervision/notices/:id', { config: { access: { policy: 'signedIn', unit: notice } }, schema: { tags, params: idParam, response: { 200: noticeDetailSchema } } }, async (req) => {
    const n = await noticeById(db, req.params.id, rolesOf(req));
    if (!n) throw notFound('督办单', 'notice');
    return n;
  });
  r.get('/api/supervision/notices/:id/notice.docx', { config: { access: { policy: 'signedIn', unit: notice } }, schema: { tags, params: idParam, summary: '打印督办单（Word） / The notice as .docx', response: { 200: fileResponse('docx', '督办单 / The notice') } } }, async (req, reply) => {
    const d = await noticeDocx(db, req.params.id);
    if (!d) throw notFound('督办单', 'notice');
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', contentDisposition(`${d.number}.docx`))
      .header('x-content-type-options', 'nosniff');
    return reply.send(d.buffer);
  });
  for (const action of NOTICE_ACTIONS) {
    const answer = action === 'submit_plan' || action === 'submit_report';
    const summary = { submit_plan: '报送整改方案', accept_plan: '同意整改方案', return_plan: '退回整改方案', submit_report: '报送整改报告（附佐证）', verify: '核查通过并办结', send_back: '核查不通过，退回整改' }[action];
    const access = { policy: rolesFor(noticeMachine, action).includes('office') ? 'office' : 'dataDesk', unit: notice } as const;
    const done = async (req: FastifyRequest<{ Params: { id: string } }>) => (await noticeById(db, req.params.id, rolesOf(req)))!;
    if (answer)
      r.post(
        `/api/supervision/notices/:id/${action}`,
        { config: { access, upload: answerUpload }, schema: { tags, params: idParam, summary, response: { 200: noticeDetailSchema } } },
        async (req) => {
          const { fields, files } = await readUpload(req, answerUpload);
          await noticeAction(db, callerOf(req), req.params.id, action, { ...fields, files }, req.id);
          return done(req);
        },
      );
    else
      r.post(
        `/api/supervision/notices/:id/${action}`,
        {
          config: { access },
          schema: { tags, params: idParam, summary, body: z.object({ ...versionField, comment: z.string().max(5000).optional() }), response: { 200: noticeDetailSchema } },
        },
        async (req) => {
          await noticeAction(db, callerOf(req), req.params.id, action, req.body, req.id);
          return done(req);
        },
      );
  }
}
