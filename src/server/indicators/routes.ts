import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser, ownedBy, scopeOf } from '../core/access';
import { fileResponse, idParam, versionField } from '../../contracts/common';
import * as c from '../../contracts/indicators';
import {
  TRANSITIONS,
  dataYear,
  indicatorPatch,
  lockBody,
  milestoneInput,
  observationsBody,
  targetInput,
  transitionBody,
  zoneAssignmentInput,
  type Transition,
} from '../../contracts/indicators';
import type { PolicyName } from '../../contracts/access';
import * as q from './queries';
import * as s from './service';
import { buildTemplate, entryPage, entryRows, importObservations } from './import';
import { readUpload, type UploadSpec } from '../core/upload';
import { sendKept } from '../core/answers';

const observationUpload: UploadSpec = {
  fields: z.object({}),
  file: { name: 'file', max: 1, required: true, description: '填好的模板（.xlsx 或 .csv） / The filled template (.xlsx or .csv)' },
};
import { indicatorWorkbook } from './export';
import { indicatorListXlsx, observationListXlsx } from './xlsx';
import { missingData } from './reminders';

const tags = ['indicators'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachmentName = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
/** Who moves data along draft → submitted → approved → accepted. */
const TRANSITION_POLICY: Record<Transition, PolicyName> = { submit: 'reporting', approve: 'approval', return: 'approval', accept: 'office', withdraw: 'reporting', unapprove: 'approval', unaccept: 'office' };

export async function indicatorRoutes(app: FastifyInstance, { db, config }: Ctx) {
  const r = typed(app);
  const plan = ownedBy(['计划', 'plan'], (req) => q.planOwners(db, (req.params as { id: string }).id));
  const observationBatch = ownedBy(['数据', 'observation'], (req) => q.observationOwners(db, (req.body as { ids: string[] }).ids), 'all');

  r.get(
    '/api/indicators',
    {
      config: { access: { policy: 'signedIn' }, xlsx: indicatorListXlsx },
      schema: {
        tags,
        summary: '指标列表（含进展状态摘要） / Indicators with a status summary',
        description: 'One row per indicator × zone with the status summary a list shows; the full result and its input are on GET /api/indicators/{id} and /status-input. Page with limit and offset (a short page is the last).',
        querystring: z.object({
          planId: z.uuid().optional(),
          category: z.string().max(100).optional(),
          unitId: z.uuid().optional(),
          zoneId: z.uuid().optional(),
          status: z.string().max(30).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
        response: { 200: z.array(c.indicatorRowOut) },
      },
    },
    (req) => q.listIndicators(db, req.query),
  );

  r.get(
    '/api/indicators/page',
    {
      config: { access: { policy: 'signedIn' } },
      schema: {
        tags,
        summary: '指标总览分页（筛选、排序、状态计数） / One page of the indicator overview',
        description:
          'The rows of one page under the filters (q matches code or name), their total, the count per status under every filter but the status (the summary tiles), and the categories and owing units of the whole list. sort: plan (the plans\' and indicators\' own order, default), status or distance; order asc or desc.',
        querystring: z.object({
          planId: z.uuid().optional(),
          category: z.string().max(100).optional(),
          unitId: z.uuid().optional(),
          zoneId: z.uuid().optional(),
          status: z.enum(c.STATUSES).optional(),
          q: z.string().max(100).optional(),
          sort: z.enum(q.PAGE_SORTS).optional(),
          order: z.enum(['asc', 'desc']).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(20),
        }),
        response: { 200: c.indicatorPageOut },
      },
    },
    // Kept answers (core/answers.ts): the page is made again only after one of its tables changed.
    (req, reply) => sendKept(db, req, reply, c.indicatorPageOut, (tx) => q.indicatorPage(tx, req.query)),
  );

  r.get(
    '/api/indicators/gaps',
    {
      config: { access: { policy: 'oversight' } },
      schema: {
        tags,
        summary: '计划缺口：目标待定与无数据指标（分页） / Gaps, one page',
        description: 'Every kind\'s total, and one page of rows (one per indicator, its first zone) of the kind named, or of every kind without one.',
        querystring: z.object({
          kind: z.enum(c.GAP_KINDS).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(20),
        }),
        response: { 200: c.gapsOut },
      },
    },
    (req, reply) => sendKept(db, req, reply, c.gapsOut, (tx) => q.gaps(tx, req.query)),
  );

  r.get('/api/indicators/:id', { config: { access: { policy: 'signedIn', unit: 'list' } }, schema: { tags, params: idParam, response: { 200: c.indicatorDetailOut } } }, (req) =>
    q.indicatorDetail(db, req.params.id, scopeOf(req)),
  );

  r.get(
    '/api/indicators/:id/status-input',
    { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '进展状态的计算输入（可离线复算） / Status input JSON', params: idParam, querystring: z.object({ zoneId: z.uuid() }), response: { 200: c.statusInputOut } } },
    (req) => s.statusInputOr404(db, req.params.id, req.query.zoneId),
  );

  r.get(
    '/api/indicators/:id/status-history',
    { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '进展状态变化记录（何时、由什么变成什么、哪些输入变了） / Status history', params: idParam, response: { 200: z.array(c.statusChangeOut) } } },
    (req) => q.statusHistory(db, req.params.id),
  );

  r.patch('/api/indicators/:id', { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: indicatorPatch, response: { 200: c.indicatorOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateIndicator(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  r.put(
    '/api/indicators/:id/targets',
    { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: z.object({ targets: z.array(targetInput), ...versionField }), response: { 200: c.partsOut } } },
    (req) => s.replaceTargets(db, actorOf(req), req.params.id, req.body.version, req.body.targets, req.id),
  );
  r.put(
    '/api/indicators/:id/milestones',
    { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: z.object({ milestones: z.array(milestoneInput), ...versionField }), response: { 200: c.partsOut } } },
    (req) => s.replaceMilestones(db, actorOf(req), req.params.id, req.body.version, req.body.milestones, req.id),
  );
  r.put(
    '/api/indicators/:id/zones',
    { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: z.object({ zones: z.array(zoneAssignmentInput), ...versionField }), response: { 200: c.partsOut } } },
    (req) => s.replaceZones(db, actorOf(req), req.params.id, req.body.version, req.body.zones, req.id),
  );

  r.get('/api/indicators/:id/export.xlsx', { config: { access: { policy: 'signedIn', unit: 'list' } }, schema: { tags, params: idParam, response: { 200: fileResponse('xlsx', '指标数据表 / The indicator as a workbook') } } }, async (req, reply) => {
    const { code, buffer } = await indicatorWorkbook(db, req.params.id, scopeOf(req));
    reply.header('content-type', XLSX).header('content-disposition', attachmentName(`${code}.xlsx`));
    return reply.send(buffer);
  });

  r.get('/api/reference-sets', { config: { access: { policy: 'signedIn' } }, schema: { tags, response: { 200: z.array(c.referenceSetOut) } } }, () => q.listReferenceSets(db));

  // ── Data collection ──

  r.get(
    '/api/observations/entry-form',
    {
      config: { access: { policy: 'dataDesk', unit: 'list' } },
      schema: {
        tags,
        summary: '填报表：本单位本期应报指标（分页） / Entry form, one page',
        description: 'The rows of one page of the form under a view (open: not yet submitted; done: submitted or further), their total, and the rows per view. The whole form is the template (GET /api/observations/template.xlsx).',
        querystring: z.object({
          year: dataYear,
          unitId: z.uuid().optional(),
          view: z.enum(c.ENTRY_VIEWS).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: c.entryPageOut },
      },
    },
    (req, reply) => sendKept(db, req, reply, c.entryPageOut, (tx) => entryPage(tx, scopeOf(req), req.query)),
  );

  r.get(
    '/api/observations',
    {
      config: { access: { policy: 'signedIn', tokenScope: 'observations:read', unit: 'list' }, xlsx: observationListXlsx },
      schema: {
        tags,
        summary: '指标数据（本单位的全部状态，其他单位的已审批数据） / Observations of an indicator',
        security: [{ session: [] }, { token: [] }],
        querystring: z.object({ indicatorId: z.uuid(), zoneId: z.uuid().optional() }),
        response: { 200: z.array(c.observationOut) },
      },
    },
    (req) => q.observationsOf(db, req.query.indicatorId, scopeOf(req), req.query.zoneId),
  );

  r.post(
    '/api/observations',
    {
      config: { access: { policy: 'reporting', tokenScope: 'observations:write', unit: 'rows' } },
      schema: {
        tags,
        summary: '保存指标数据（表单或数据接口） / Save observations (form or API token)',
        description: 'All rows are checked first; one bad row rejects the batch with every problem listed. Token calls (scope observations:write) are saved as submitted, for the unit the token belongs to.',
        security: [{ session: [] }, { token: [] }],
        body: observationsBody,
        response: { 200: c.savedOut },
      },
    },
    (req) =>
      s.upsertObservations(db, actorOf(req), scopeOf(req), req.body.observations, {
        source: req.principal?.kind === 'token' ? 'api' : 'form',
        requestId: req.id,
        revisionReason: req.body.reason,
      }),
  );

  for (const action of TRANSITIONS) {
    r.post(
      `/api/observations/${action}`,
      { config: { access: { policy: TRANSITION_POLICY[action], unit: observationBatch } }, schema: { tags, body: transitionBody, response: { 200: c.transitionOut } } },
      (req) => s.transition(db, actorOf(req), currentUser(req).roles, req.body.ids, action, req.body.reason, req.id, { separationOfDuties: config.separationOfDuties }),
    );
  }

  r.post(
    '/api/observations/discard',
    {
      config: { access: { policy: 'reporting', unit: observationBatch } },
      schema: { tags, summary: '放弃草稿（修改草稿恢复为原已审批数据） / Discard drafts (a revision draft restores the approved value)', body: z.object({ ids: z.array(z.uuid()).min(1).max(5000) }), response: { 200: z.object({ discarded: z.number().int(), restored: z.number().int() }) } },
    },
    (req) => s.discardDrafts(db, actorOf(req), req.body.ids, req.id),
  );

  r.get(
    '/api/observations/queue',
    {
      config: { access: { policy: 'dataDesk', unit: 'list' } },
      schema: { tags, summary: '待处理数据 / Observations awaiting action', querystring: z.object({ status: z.enum(['draft', 'submitted', 'approved', 'returned']) }), response: { 200: z.array(c.queueRowOut) } },
    },
    (req) => q.approvalQueue(db, req.query.status, scopeOf(req)),
  );

  r.get(
    '/api/observations/missing',
    { config: { access: { policy: 'dataDesk', unit: 'list' } }, schema: { tags, summary: '缺报与逾期提醒 / Missing and late data', querystring: z.object({ year: dataYear }), response: { 200: z.array(c.missingRowOut) } } },
    (req) => missingData(db, scopeOf(req), req.query.year),
  );

  r.get(
    '/api/observations/template.xlsx',
    {
      config: { access: { policy: 'dataDesk', unit: 'list' } },
      schema: { tags, summary: '下载预填模板 / Pre-filled template', querystring: z.object({ year: dataYear, unitId: z.uuid().optional() }), response: { 200: fileResponse('xlsx', '预填模板 / The pre-filled template') } },
    },
    async (req, reply) => {
      const rows = await entryRows(db, scopeOf(req), req.query.year, req.query.unitId);
      const me = currentUser(req);
      const buf = await buildTemplate(rows, `Hubline 指标数据填报模板 ${req.query.year} 年（${me.displayName}）`);
      reply.header('content-type', XLSX).header('content-disposition', attachmentName(`指标填报模板-${req.query.year}.xlsx`));
      return reply.send(buf);
    },
  );

  r.post(
    '/api/observations/import',
    {
      config: { access: { policy: 'reporting', unit: 'rows' }, upload: observationUpload },
      schema: {
        tags,
        summary: '上传填报文件（xlsx/csv），整体校验后一次性保存 / Upload a filled template',
        description: 'With year, a row of another year is refused. An upload never changes approved or accepted data (refused, row named); revising it is POST /api/observations with a reason.',
        querystring: z.object({ year: dataYear.optional() }),
        response: { 200: c.importResultOut },
      },
    },
    async (req) => {
      const [file] = (await readUpload(req, observationUpload)).files;
      return importObservations(db, actorOf(req), scopeOf(req), file.fileName, file.data, req.id, { year: req.query.year, revisions: 'refuse' });
    },
  );

  r.post('/api/plans/:id/locks', { config: { access: { policy: 'office', unit: plan } }, schema: { tags, params: idParam, body: lockBody, response: { 200: c.lockOut } } }, (req) =>
    s.lockPeriod(db, actorOf(req), req.params.id, req.body.period, req.body.locked, req.id),
  );

  r.post('/api/indicators/recompute', { config: { access: { policy: 'office' } }, schema: { tags, summary: '重算全部进展状态 / Recompute every status', response: { 200: c.recomputeOut } } }, (req) =>
    s.recomputeAllAudited(db, actorOf(req), req.id),
  );
}
