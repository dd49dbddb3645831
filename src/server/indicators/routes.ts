import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import ExcelJS from 'exceljs';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser, scopeOf, type AccessRule } from '../core/access';
import { idParam, versionField } from '../core/schemas';
import { notFound } from '../core/errors';
import { parsePeriod } from '../../domain/calendar/period';
import * as q from './queries';
import * as s from './service';
import { buildTemplate, entryRows, importObservations } from './import';
import { missingData } from './reminders';

const TARGET_KINDS = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'] as const;
const tags = ['indicators'];
const OFFICE: AccessRule = { roles: ['admin', 'office'] };
const period = z.string().refine((p) => parsePeriod(p) !== null, '期间应为 2024、2024Q1 或 2024-03');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachmentName = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function indicatorRoutes(app: FastifyInstance, { db, config }: Ctx) {
  const r = typed(app);

  r.get(
    '/api/indicators',
    {
      config: { access: {} },
      schema: {
        tags,
        summary: '指标列表（含进展状态） / Indicators with status',
        querystring: z.object({ planId: z.uuid().optional(), category: z.string().max(100).optional(), unitId: z.uuid().optional(), zoneId: z.uuid().optional(), status: z.string().max(30).optional() }),
      },
    },
    (req) => q.listIndicators(db, req.query),
  );

  r.get('/api/indicators/gaps', { config: { access: {} }, schema: { tags, summary: '计划缺口：目标待定与无数据指标 / Gaps' } }, async () => {
    const list = await q.listIndicators(db, {});
    const withData = new Set(await q.indicatorIdsWithCountedData(db));
    const seen = new Set<string>();
    const unique = list.filter((i) => !seen.has(i.id) && seen.add(i.id));
    return {
      pendingTargets: unique.filter((i) => i.targets.some((t) => t.kind === 'pending')),
      withoutData: unique.filter((i) => !withData.has(i.id)),
      withoutOwner: unique.filter((i) => !i.unitId),
      withoutBaseline: unique.filter((i) => i.baselineValue === null && i.targets.some((t) => ['growth', 'reduction'].includes(t.kind))),
    };
  });

  r.get('/api/indicators/:id', { config: { access: {} }, schema: { tags, params: idParam } }, async (req) => {
    const ind = await q.getIndicatorRow(db, req.params.id);
    if (!ind) throw notFound('指标', 'indicator');
    const scope = scopeOf(req);
    const [parts, obs, revisions, statuses, set] = await Promise.all([
      q.indicatorParts(db, ind.id),
      q.observationsOf(db, ind.id, scope),
      q.revisionsOf(db, ind.id),
      q.statusesOf(db, ind.id),
      q.referenceSetOf(db, ind.referenceSetId),
    ]);
    const benchmark = ind.benchmarkIndicatorId ? await q.observationsOf(db, ind.benchmarkIndicatorId, { all: false, unitId: null }) : [];
    const plan = await q.planTitleOf(db, ind.planId);
    const visible = new Set(obs.map((o) => o.id));
    return { ...ind, plan: plan ?? null, ...parts, observations: obs, revisions: revisions.filter((v) => visible.has(v.observationId)), statuses, referenceSet: set, benchmark };
  });

  r.get('/api/indicators/:id/status-input', { config: { access: {} }, schema: { tags, summary: '进展状态的计算输入（可离线复算） / Status input JSON', params: idParam, querystring: z.object({ zoneId: z.uuid() }) } }, async (req) => {
    const input = await s.statusInput(db, req.params.id, req.query.zoneId);
    if (!input) throw notFound('指标', 'indicator');
    return input;
  });

  r.patch(
    '/api/indicators/:id',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        params: idParam,
        body: z.object({
          name: z.string().trim().min(1).max(300).optional(),
          nameEn: z.string().max(300).nullish(),
          unit: z.string().max(40).nullish(),
          category: z.string().max(100).nullish(),
          definition: z.string().max(5000).nullish(),
          dataSource: z.string().max(500).nullish(),
          ownerUnitId: z.uuid().nullish(),
          frequency: z.enum(['yearly', 'quarterly', 'monthly']).optional(),
          aggregation: z.enum(['sum', 'average', 'last', 'formula']).optional(),
          formula: z.string().max(500).nullish(),
          direction: z.enum(['increase', 'decrease']).optional(),
          naturalLimit: z.number().nullish(),
          baselineYear: z.number().int().min(1990).max(2100).nullish(),
          baselineValue: z.number().nullish(),
          benchmarkIndicatorId: z.uuid().nullish(),
          referenceSetId: z.uuid().nullish(),
          ...versionField,
        }),
      },
    },
    (req) => {
      const { version, ...patch } = req.body;
      return s.updateIndicator(db, actorOf(req), req.params.id, version, patch, req.id);
    },
  );

  r.put(
    '/api/indicators/:id/targets',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        params: idParam,
        body: z.object({
          targets: z.array(
            z.object({
              year: z.number().int().min(1990).max(2100),
              kind: z.enum(TARGET_KINDS),
              value: z.number().nullable(),
              growthBasis: z.enum(['cumulative', 'annual']).nullish(),
              text: z.string().max(200).nullish(),
            }),
          ),
        }),
      },
    },
    (req) => s.replaceTargets(db, actorOf(req), req.params.id, req.body.targets, req.id),
  );
  r.put(
    '/api/indicators/:id/milestones',
    { config: { access: OFFICE }, schema: { tags, params: idParam, body: z.object({ milestones: z.array(z.object({ year: z.number().int().min(1990).max(2100), value: z.number() })) }) } },
    (req) => s.replaceMilestones(db, actorOf(req), req.params.id, req.body.milestones, req.id),
  );
  r.put(
    '/api/indicators/:id/zones',
    { config: { access: OFFICE }, schema: { tags, params: idParam, body: z.object({ zones: z.array(z.object({ zoneId: z.uuid(), unitId: z.uuid().nullable() })) }) } },
    (req) => s.replaceZones(db, actorOf(req), req.params.id, req.body.zones, req.id),
  );

  r.get('/api/indicators/:id/export.xlsx', { config: { access: {} }, schema: { tags, params: idParam } }, async (req, reply) => {
    const ind = await q.getIndicatorRow(db, req.params.id);
    if (!ind) throw notFound('指标', 'indicator');
    const { targets, milestones } = await q.indicatorParts(db, ind.id);
    const obs = await q.observationsOf(db, ind.id, scopeOf(req));
    const statuses = await q.statusesOf(db, ind.id);
    const zoneNames = await q.zoneNames(db);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标数据');
    ws.addRow([`${ind.code} ${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`]).font = { bold: true, size: 13 };
    ws.addRow(['基期 / Baseline', ind.baselineYear, ind.baselineValue]);
    for (const t of targets) ws.addRow([`目标 ${t.year} / Target`, t.kind, t.value, t.text]);
    for (const m of milestones) ws.addRow([`年度里程碑 / Milestone ${m.year}`, m.value]);
    for (const st of statuses) ws.addRow(['进展状态 / Status', zoneNames.get(st.zoneId), st.status, (st.result as { explanation?: { zh?: string } }).explanation?.zh]);
    ws.addRow([]);
    const head = ws.addRow(['区域 / Zone', '期间 / Period', '数值 / Value', '状态 / Status', '来源 / Source', '说明 / Comment']);
    head.font = { bold: true };
    for (const o of obs) ws.addRow([zoneNames.get(o.zoneId), o.period, o.value, o.status, o.source, o.comment]);
    ws.columns.forEach((c) => (c.width = 18));
    reply.header('content-type', XLSX).header('content-disposition', attachmentName(`${ind.code}.xlsx`));
    return reply.send(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  r.get('/api/reference-sets', { config: { access: {} }, schema: { tags } }, () => q.listReferenceSets(db));

  // ── Data collection ──

  r.get(
    '/api/observations/entry-form',
    {
      config: { access: { roles: ['admin', 'office', 'liaison', 'unit_leader'] } },
      schema: { tags, summary: '填报表：本单位本期应报指标 / Entry form', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), unitId: z.uuid().optional() }) },
    },
    (req) => entryRows(db, scopeOf(req), req.query.year, req.query.unitId),
  );

  const obsRow = z.object({
    indicatorId: z.uuid(),
    zoneId: z.uuid(),
    period,
    value: z.number().finite().nullable(),
    covered: z.array(z.string().max(10)).max(300).nullish(),
    comment: z.string().max(1000).nullish(),
  });

  r.post(
    '/api/observations',
    {
      config: { access: { roles: ['admin', 'office', 'liaison'], tokenScope: 'observations:write' } },
      schema: {
        tags,
        summary: '保存指标数据（表单或数据接口） / Save observations (form or API token)',
        description: 'All rows are checked first; one bad row rejects the batch with every problem listed. Token calls (scope observations:write) are saved as submitted, for the unit the token belongs to.',
        security: [{ session: [] }, { token: [] }],
        body: z.object({ observations: z.array(obsRow).min(1).max(20000), reason: z.string().max(500).optional() }),
      },
    },
    (req) =>
      s.upsertObservations(db, actorOf(req), scopeOf(req), req.body.observations, {
        source: req.principal?.kind === 'token' ? 'api' : 'form',
        requestId: req.id,
        revisionReason: req.body.reason,
      }),
  );

  for (const action of ['submit', 'approve', 'accept', 'return'] as const) {
    r.post(
      `/api/observations/${action}`,
      {
        config: { access: { roles: action === 'accept' ? ['admin', 'office'] : action === 'submit' ? ['admin', 'office', 'liaison'] : ['admin', 'office', 'unit_leader'] } },
        schema: { tags, body: z.object({ ids: z.array(z.uuid()).min(1).max(20000), reason: z.string().max(1000).optional() }) },
      },
      (req) => s.transition(db, actorOf(req), scopeOf(req), currentUser(req).roles, req.body.ids, action, req.body.reason, req.id, { separationOfDuties: config.separationOfDuties }),
    );
  }

  r.get(
    '/api/observations/queue',
    {
      config: { access: { roles: ['admin', 'office', 'unit_leader', 'liaison'] } },
      schema: { tags, summary: '待处理数据 / Observations awaiting action', querystring: z.object({ status: z.enum(['draft', 'submitted', 'approved', 'returned']) }) },
    },
    (req) => q.approvalQueue(db, req.query.status, scopeOf(req)),
  );

  r.get(
    '/api/observations/missing',
    {
      config: { access: { roles: ['admin', 'office', 'unit_leader', 'liaison'] } },
      schema: { tags, summary: '缺报与逾期提醒 / Missing and late data', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
    },
    (req) => {
      const scope = scopeOf(req);
      return missingData(db, scope.all ? null : scope.unitId, req.query.year);
    },
  );

  r.get(
    '/api/observations/template.xlsx',
    {
      config: { access: { roles: ['admin', 'office', 'liaison', 'unit_leader'] } },
      schema: { tags, summary: '下载预填模板 / Pre-filled template', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), unitId: z.uuid().optional() }) },
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
      config: { access: { roles: ['admin', 'office', 'liaison'] } },
      schema: { tags, summary: '上传填报文件（xlsx/csv），整体校验后一次性保存 / Upload a filled template', body: z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1) }) },
    },
    (req) => importObservations(db, actorOf(req), scopeOf(req), req.body.fileName, Buffer.from(req.body.contentBase64, 'base64'), req.id),
  );

  r.post(
    '/api/plans/:id/locks',
    { config: { access: OFFICE }, schema: { tags, params: idParam, body: z.object({ period, locked: z.boolean() }) } },
    (req) => s.lockPeriod(db, actorOf(req), req.params.id, req.body.period, req.body.locked, req.id),
  );

  r.post('/api/indicators/recompute', { config: { access: OFFICE }, schema: { tags, summary: '重算全部进展状态 / Recompute every status' } }, async () => ({ pairs: await s.recomputeAll(db) }));
}
