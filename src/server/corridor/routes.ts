import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, ownedBy, scopeOf, type AccessRule } from '../core/access';
import { idParam, okOut } from '../../contracts/common';
import { badRequest, notFound } from '../core/errors';
import { COLUMNS, type CsvRecord } from '../../domain/corridor/index';
import { eventsBody, eventsOut, figuresOut, figuresQuery, importOut, importQuery, importRowOut, linkBody, linkOut, networkOut, nodeBody, nodeOut, operatorOut, nodePatch, operatorBody, operatorPatch, routeBody, routeOut, routePatch, shipmentDetailOut, routesOut, shipmentsBody, shipmentsOut, shipmentsQuery } from '../../contracts/corridor';
import * as q from './queries';
import { monthlyFiguresXlsx } from './xlsx';
import * as s from './service';
import { importRecords, importShipments } from './import';
import { kindOf } from './read-file';

const tags = ['corridor'];
const OFFICE: AccessRule = { policy: 'office' };
const READ: AccessRule = { policy: 'signedIn' };
/** Who may send shipments: the office, a unit's liaison or leader for its own operators (checked per row), an operator's token. */
const WRITERS: AccessRule = { policy: 'dataDesk', tokenScope: 'shipments:write', unit: 'rows' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
          querystring: importQuery,
          response: { 200: importOut },
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
        body: shipmentsBody,
        response: { 200: importOut },
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
        body: eventsBody,
        response: { 200: eventsOut },
      },
    },
    (req) => s.ingestEvents(db, actorOf(req), scopeOf(req), req.body.operator, req.body.events, actorOf(req).name, req.id),
  );

  r.get(
    '/api/corridor/figures',
    {
      config: { access: READ, xlsx: monthlyFiguresXlsx },
      schema: {
        tags,
        summary: '通道月度与年度数据（口径见 docs/corridor.md） / Monthly and yearly corridor figures',
        querystring: figuresQuery,
        response: { 200: figuresOut },
      },
    },
    (req) => q.figures(db, req.query),
  );

  r.get(
    '/api/corridor/shipments',
    {
      config: { access: { ...READ, unit: 'list' } },
      schema: {
        tags,
        summary: '运单台账（可按月份、节点、方式等筛选，用于数据下钻） / Shipment ledger with filters (drill-down)',
        querystring: shipmentsQuery,
        response: { 200: shipmentsOut },
      },
    },
    (req) => q.listShipments(db, scopeOf(req), req.query),
  );

  r.get(
    '/api/corridor/shipments/:id',
    { config: { access: { ...READ, unit: ownedBy(['运单', 'shipment'], (req) => q.shipmentUnits(db, (req.params as { id: string }).id)) } }, schema: { tags, params: idParam, summary: '运单详情：航段、跟踪事件、历史版本 / Shipment with events and versions', response: { 200: shipmentDetailOut } } },
    async (req) => (await q.shipmentDetail(db, req.params.id)) ?? Promise.reject(notFound('运单', 'shipment')),
  );

  r.get('/api/corridor/imports', { config: { access: OFFICE }, schema: { tags, summary: '最近的导入 / Recent imports', response: { 200: z.array(importRowOut) } } }, () => q.listImports(db));

  // ── reference data: operators, nodes, links, air routes ──
  r.get('/api/corridor/operators', { config: { access: READ }, schema: { tags, response: { 200: z.array(operatorOut) } } }, () => q.listOperators(db));
  r.post('/api/corridor/operators', { config: { access: OFFICE }, schema: { tags, body: operatorBody, response: { 200: operatorOut } } }, (req) => s.createOperator(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/operators/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: operatorPatch, response: { 200: operatorOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateOperator(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  r.get('/api/corridor/nodes', { config: { access: READ }, schema: { tags, summary: '空铁水公网络节点与连线 / Network nodes and links', response: { 200: networkOut } } }, async () => ({ nodes: await q.listNodes(db), links: await q.listLinks(db) }));
  r.post('/api/corridor/nodes', { config: { access: OFFICE }, schema: { tags, body: nodeBody, response: { 200: nodeOut } } }, (req) => s.createNode(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/nodes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: nodePatch, response: { 200: nodeOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateNode(db, actorOf(req), req.params.id, version, patch, req.id);
  });
  r.post('/api/corridor/links', { config: { access: OFFICE }, schema: { tags, body: linkBody, response: { 200: linkOut } } }, (req) =>
    s.createLink(db, actorOf(req), req.body, req.id),
  );
  r.delete('/api/corridor/links/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, response: { 200: okOut } } }, (req) => s.deleteLink(db, actorOf(req), req.params.id, req.id));

  r.get('/api/corridor/routes', { config: { access: READ }, schema: { tags, summary: '航线与 RCEP 覆盖（不含中国，共14国） / Air routes and RCEP coverage', response: { 200: routesOut } } }, () => q.listRoutes(db));
  r.post('/api/corridor/routes', { config: { access: OFFICE }, schema: { tags, body: routeBody, response: { 200: routeOut } } }, (req) => s.createRoute(db, actorOf(req), req.body, req.id));
  r.patch('/api/corridor/routes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: routePatch, response: { 200: routeOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateRoute(db, actorOf(req), req.params.id, version, patch, req.id);
  });
  r.delete('/api/corridor/routes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, response: { 200: okOut } } }, (req) => s.deleteRoute(db, actorOf(req), req.params.id, req.id));
}
