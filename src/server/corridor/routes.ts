import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, scopeOf, type AccessRule } from '../core/access';
import { idParam, versionField } from '../core/schemas';
import { badRequest, notFound } from '../core/errors';
import { COLUMNS, DIRECTIONS, MODES, NODE_KINDS, type CsvRecord } from '../../domain/corridor/index';
import * as q from './queries';
import * as s from './service';
import { importRecords, importShipments } from './import';
import { kindOf } from './read-file';

const tags = ['corridor'];
const OFFICE: AccessRule = { roles: ['admin', 'office'] };
/** Who may send shipments: the office, a unit's liaison for its own operators, an operator's token. */
const WRITERS: AccessRule = { roles: ['admin', 'office', 'liaison', 'unit_leader'], tokenScope: 'shipments:write' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 2026-03');
const flag = z.enum(['1', '0']).transform((v) => v === '1');

const totalsSchema = z.object({ shipments: z.number(), tonnes: z.number(), teu: z.number(), valueCny: z.number() });
const clearanceSchema = z.object({ count: z.number(), medianMinutes: z.number(), p90Minutes: z.number(), shareWithin60: z.number() }).nullable();
const monthSchema = totalsSchema.extend({ month: z.string(), corridor: totalsSchema, freshClearance: clearanceSchema });
const importResult = z.object({ importId: z.string(), rows: z.number(), inserted: z.number(), updated: z.number(), unchanged: z.number(), months: z.array(z.string()) });
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export async function corridorRoutes(app: FastifyInstance, { db, database }: Ctx) {
  // Files arrive as the raw request body, streamed straight into the import (no buffering).
  await app.register(async (scoped) => {
    scoped.addContentTypeParser(['text/csv', XLSX, 'application/octet-stream'], (_req, payload, done) => done(null, payload));
    typed(scoped).post(
      '/api/corridor/imports',
      {
        config: { access: WRITERS },
        schema: {
          tags,
          summary: '上传运单文件（CSV 或 xlsx，原始请求体，全部成功或全部不导入） / Upload a shipment file as the raw body (text/csv or xlsx), all or nothing',
          querystring: z.object({ name: z.string().max(200).describe('file name, .csv or .xlsx') }),
          response: { 200: importResult },
        },
      },
      async (req) => {
        const kind = kindOf(req.query.name) ?? (req.headers['content-type']?.startsWith(XLSX) ? 'xlsx' : req.headers['content-type']?.startsWith('text/csv') ? 'csv' : null);
        if (!kind) throw badRequest('只支持 .csv 和 .xlsx 文件', 'only .csv and .xlsx files', { field: 'name' });
        return importShipments(database, actorOf(req), scopeOf(req), req.body as Readable, kind, { source: 'file', fileName: req.query.name, requestId: req.id });
      },
    );
  });

  const r = typed(app);

  r.post(
    '/api/corridor/shipments',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: '承运商接口：提交运单（字段同上传文件的列，按承运商+运单号幂等更新） / Operator API: shipments with the file columns, idempotent by operator + id',
        description: `Each shipment is an object with the file columns (${COLUMNS.join(', ')}), values as in the CSV. Tokens need the scope shipments:write; a token of a unit may send only its unit's operators.`,
        body: z.object({ shipments: z.array(z.record(z.string(), cell)).min(1).max(10_000) }),
        response: { 200: importResult },
      },
    },
    (req) => {
      // The same path as a file: row 1 is the header, the n-th shipment is line n + 1.
      const columns = [...new Set([...COLUMNS, ...req.body.shipments.flatMap((x) => Object.keys(x))])];
      const records: CsvRecord[] = [{ line: 1, fields: columns }, ...req.body.shipments.map((x, i) => ({ line: i + 2, fields: columns.map((c) => (x[c] === null || x[c] === undefined ? '' : typeof x[c] === 'boolean' ? (x[c] ? '1' : '0') : String(x[c]))) }))];
      return importRecords(database, actorOf(req), scopeOf(req), [records], { source: 'api', requestId: req.id });
    },
  );

  r.post(
    '/api/corridor/events',
    {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: '承运商接口：跟踪事件（DCSA Track & Trace 或 IATA 货物状态） / Operator API: tracking events, DCSA- or IATA-shaped',
        description: 'events[] holds DCSA events (eventType, equipment/transport/shipmentEventTypeCode, eventDateTime, documentReferences) or IATA statuses (statusCode RCS, DEP, ARR, RCF, NFD, DLV …, eventDateTime, awbNumber, airportCode). Resent events are ignored.',
        body: z.object({ operator: z.string().min(1).max(40), events: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000) }),
        response: { 200: z.object({ received: z.number(), inserted: z.number(), ignored: z.number() }) },
      },
    },
    (req) => s.ingestEvents(db, actorOf(req), scopeOf(req), req.body.operator, req.body.events, actorOf(req).name, req.id),
  );

  r.get(
    '/api/corridor/figures',
    {
      config: { access: {} },
      schema: {
        tags,
        summary: '通道月度与年度数据（口径见 docs/corridor.md） / Monthly and yearly corridor figures',
        querystring: z.object({ nodeId: z.uuid().optional(), mode: z.string().max(40).optional(), direction: z.enum(DIRECTIONS).optional() }),
        response: { 200: z.object({ months: z.array(monthSchema) }).passthrough() },
      },
    },
    (req) => q.figures(db, req.query),
  );

  r.get(
    '/api/corridor/shipments',
    {
      config: { access: {} },
      schema: {
        tags,
        summary: '运单台账（可按月份、节点、方式等筛选，用于数据下钻） / Shipment ledger with filters (drill-down)',
        querystring: z.object({
          month: month.optional(),
          year: z.string().regex(/^\d{4}$/).optional(),
          nodeId: z.uuid().optional(),
          mode: z.string().max(40).optional(),
          direction: z.enum(DIRECTIONS).optional(),
          corridor: flag.optional(),
          fresh: flag.optional(),
          freshClearance: flag.optional(),
          asean: flag.optional(),
          operatorId: z.uuid().optional(),
          q: z.string().max(64).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
      },
    },
    (req) => q.listShipments(db, scopeOf(req), req.query),
  );

  r.get(
    '/api/corridor/shipments/:id',
    { config: { access: { unitOf: (req) => q.shipmentUnits(db, (req.params as { id: string }).id) } }, schema: { tags, params: idParam, summary: '运单详情：航段、跟踪事件、历史版本 / Shipment with events and versions' } },
    async (req) => (await q.shipmentDetail(db, req.params.id)) ?? Promise.reject(notFound('运单', 'shipment')),
  );

  r.get('/api/corridor/imports', { config: { access: OFFICE }, schema: { tags, summary: '最近的导入 / Recent imports' } }, () => q.listImports(db));

  // ── reference data: operators, nodes, links, air routes ──
  const operatorBody = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), name: z.string().trim().min(1).max(200), unitId: z.uuid().nullable(), modes: z.array(z.enum(MODES)).min(1) });
  r.get('/api/corridor/operators', { config: { access: {} }, schema: { tags } }, () => q.listOperators(db));
  r.post('/api/corridor/operators', { config: { access: OFFICE }, schema: { tags, body: operatorBody } }, (req) => s.createOperator(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/operators/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: operatorBody.partial().extend(versionField) } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateOperator(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  const nodeBody = z.object({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    name: z.string().trim().min(1).max(100),
    nameEn: z.string().max(200).nullish(),
    kind: z.enum(NODE_KINDS),
    unlocode: z.string().regex(/^[A-Z]{2}[A-Z2-9]{3}$/).nullish(),
    lat: z.number().min(-90).max(90).nullish(),
    lon: z.number().min(-180).max(180).nullish(),
    zoneId: z.uuid().nullish(),
  });
  r.get('/api/corridor/nodes', { config: { access: {} }, schema: { tags, summary: '空铁水公网络节点与连线 / Network nodes and links' } }, async () => ({ nodes: await q.listNodes(db), links: await q.listLinks(db) }));
  r.post('/api/corridor/nodes', { config: { access: OFFICE }, schema: { tags, body: nodeBody } }, (req) => s.createNode(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/nodes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: nodeBody.partial().extend(versionField) } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateNode(db, actorOf(req), req.params.id, version, patch, req.id);
  });
  r.post('/api/corridor/links', { config: { access: OFFICE }, schema: { tags, body: z.object({ fromNodeId: z.uuid(), toNodeId: z.uuid(), mode: z.enum(MODES), name: z.string().max(100).nullish() }) } }, (req) =>
    s.createLink(db, actorOf(req), req.body, req.id),
  );
  r.delete('/api/corridor/links/:id', { config: { access: OFFICE }, schema: { tags, params: idParam } }, (req) => s.deleteLink(db, actorOf(req), req.params.id, req.id));

  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 2026-03-01');
  const routeBody = z.object({
    airline: z.string().trim().min(1).max(100),
    origin: z.string().regex(/^[A-Z]{3}$/, '机场应为 IATA 三字码'),
    destination: z.string().regex(/^[A-Z]{3}$/, '机场应为 IATA 三字码'),
    destinationCountry: z.string().regex(/^[A-Z]{2}$/, '国家应为 ISO 两位代码'),
    cargo: z.boolean(),
    passenger: z.boolean(),
    weeklyFrequency: z.number().int().min(0).max(200).nullable(),
    openedOn: day.nullable(),
    closedOn: day.nullable(),
  });
  r.get('/api/corridor/routes', { config: { access: {} }, schema: { tags, summary: '航线与 RCEP 覆盖（不含中国，共14国） / Air routes and RCEP coverage' } }, () => q.listRoutes(db));
  r.post('/api/corridor/routes', { config: { access: OFFICE }, schema: { tags, body: routeBody } }, (req) => s.createRoute(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/routes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: routeBody.partial().extend(versionField) } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateRoute(db, actorOf(req), req.params.id, version, patch, req.id);
  });
  r.delete('/api/corridor/routes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam } }, (req) => s.deleteRoute(db, actorOf(req), req.params.id, req.id));
}
