// The corridor ledger's shapes, once, for the server's routes and the web pages.
import { z } from 'zod';
import { DIRECTIONS, MODES, NODE_KINDS } from '../domain/corridor/reference';
import { jsonObject, timestamp, versionField, type Out, uuidOut } from './common';

export { DIRECTIONS, MODES, NODE_KINDS };
export type { Direction, Mode } from '../domain/corridor/reference';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 2026-03');
const flag = z.enum(['1', '0']).transform((v) => v === '1');
const code = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, '代码只能由字母、数字、_ 和 - 组成');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 2026-03-01');

export const totalsOut = z.object({ shipments: z.number(), tonnes: z.number(), teu: z.number(), valueCny: z.number() });
export const clearanceOut = z.object({ count: z.number(), medianMinutes: z.number(), p90Minutes: z.number(), shareWithin60: z.number() }).nullable();
export const monthOut = totalsOut.extend({ month: z.string(), corridor: totalsOut, freshClearance: clearanceOut });
export const yearOut = totalsOut.extend({
  year: z.number(),
  months: z.number(),
  corridor: totalsOut,
  yoy: z.object({ teu: z.number().nullable(), tonnes: z.number().nullable(), valueCny: z.number().nullable() }),
  aseanTradeCny: z.number(),
  freshClearance: clearanceOut,
});
export const figuresQuery = z.object({ nodeId: z.uuid().optional(), mode: z.string().max(40).optional(), direction: z.enum(DIRECTIONS).optional() });
export const figuresOut = z.object({
  months: z.array(monthOut),
  years: z.array(yearOut),
  byMode: z.array(totalsOut.extend({ year: z.number(), mode: z.string() })),
  byDirection: z.array(z.object({ year: z.number(), direction: z.string(), shipments: z.number(), valueCny: z.number() })),
  byNode: z.array(z.object({ year: z.number(), nodeId: z.string(), shipments: z.number(), tonnes: z.number(), valueCny: z.number() })),
});
export type MonthFiguresOut = z.infer<typeof monthOut>;
export type FiguresOut = z.infer<typeof figuresOut>;

export const importQuery = z.object({ name: z.string().min(1).max(200).describe('file name, .csv or .xlsx') });
export const importOut = z.object({ importId: z.string(), rows: z.number(), inserted: z.number(), updated: z.number(), unchanged: z.number(), months: z.array(z.string()) });
export type ImportOut = z.infer<typeof importOut>;

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const shipmentsBody = z.object({ shipments: z.array(z.record(z.string(), cell)).min(1).max(10_000) });
export const eventsBody = z.object({ operator: code, events: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000) });
export const eventsOut = z.object({ received: z.number(), inserted: z.number(), ignored: z.number() });

export const shipmentsQuery = z.object({
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
});
export const shipmentRowOut = z.object({
  id: z.string(),
  reference: z.string(),
  operator: z.string(),
  operatorName: z.string(),
  mode: z.string(),
  origin: z.string(),
  destination: z.string(),
  originCountry: z.string().nullable(),
  destinationCountry: z.string().nullable(),
  viaCorridor: z.boolean(),
  node: z.string().nullable(),
  nodeName: z.string().nullable(),
  direction: z.string(),
  weightKg: z.number().nullable(),
  teu: z.number().nullable(),
  valueCny: z.number().nullable(),
  hsCode: z.string().nullable(),
  commodityClass: z.string().nullable(),
  fresh: z.boolean(),
  passedAt: z.union([z.string(), z.date()]).nullable(),
  month: z.string().nullable(),
  arrivedAt: z.union([z.string(), z.date()]).nullable(),
  releasedAt: z.union([z.string(), z.date()]).nullable(),
  inspected: z.boolean(),
  version: z.number(),
  clearanceMinutes: z.number().nullable(),
});
export const shipmentsOut = z.object({ total: z.number(), totals: totalsOut, items: z.array(shipmentRowOut) });
export type ShipmentRow = z.infer<typeof shipmentRowOut>;
export type ShipmentsOut = z.infer<typeof shipmentsOut>;

export const operatorBody = z.object({ code, name: z.string().trim().min(1).max(200), unitId: z.uuid().nullable(), modes: z.array(z.enum(MODES)).min(1) });
export const operatorPatch = operatorBody.partial().extend(versionField);
export const nodeBody = z.object({
  code,
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().max(200).nullish(),
  kind: z.enum(NODE_KINDS),
  unlocode: z.string().regex(/^[A-Z]{2}[A-Z2-9]{3}$/).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  zoneId: z.uuid().nullish(),
});
export const nodePatch = nodeBody.partial().extend(versionField);
export const linkBody = z.object({ fromNodeId: z.uuid(), toNodeId: z.uuid(), mode: z.enum(MODES), name: z.string().max(100).nullish() });
export const routeBody = z.object({
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
export const routePatch = routeBody.partial().extend(versionField);
export const routeOut = routeBody.extend({ airline: z.string().nullable(), destinationCountry: z.string().nullable(), id: z.string(), mode: z.string(), version: z.number(), operatorId: z.string().nullable(), createdAt: z.union([z.string(), z.date()]) });
const member = z.object({ code: z.string(), zh: z.string() });
export const coverageOut = z.object({ asOf: z.string(), covered: z.array(member), missing: z.array(member), total: z.number(), count: z.number() });
export const routesOut = z.object({ routes: z.array(routeOut), coverage: coverageOut });
export type RouteOut = z.infer<typeof routeOut>;
export type RoutesOut = z.infer<typeof routesOut>;

// ── Reference data and the shipment page ──
// Rows pass through whole (loose): the named columns are typed, the rest as stored.
const row = z.looseObject({ id: uuidOut });
export const operatorOut = row.extend({ code: z.string(), name: z.string(), unitId: uuidOut.nullable(), modes: z.array(z.string()), version: z.number() });
export const nodeOut = row.extend({ code: z.string(), name: z.string(), kind: z.string(), lat: z.number().nullable(), lon: z.number().nullable(), version: z.number() });
export const linkOut = row.extend({ fromNodeId: uuidOut, toNodeId: uuidOut, mode: z.string() });
export const networkOut = z.object({ nodes: z.array(nodeOut), links: z.array(linkOut) });
export const importRowOut = row.extend({ createdAt: timestamp });
const place = z.object({ code: z.string(), name: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() });
const num = z.number().nullable();
/** The shipment row as the detail query reads it (`s.*`, so the columns keep their database names), with its operator and node. */
const shipmentDetailRow = z.looseObject({
  id: uuidOut,
  reference: z.string(),
  mode: z.string(),
  origin: z.string(),
  destination: z.string(),
  direction: z.string(),
  month: z.string().nullable(),
  hs_code: z.string().nullable(),
  weight_kg: num,
  teu: num,
  value_cny: num,
  via_corridor: z.boolean(),
  inspected: z.boolean(),
  version: z.number(),
  passed_at: timestamp.nullable(),
  arrived_at: timestamp.nullable(),
  released_at: timestamp.nullable(),
  operator: z.string(),
  operatorName: z.string(),
  node: z.string().nullable(),
  nodeName: z.string().nullable(),
  nodeLat: num,
  nodeLon: num,
});
export type ShipmentDetailRow = z.infer<typeof shipmentDetailRow>;
const trackingEventOut = z.object({
  id: uuidOut,
  shipmentId: uuidOut,
  standard: z.string(),
  eventType: z.string().nullable(),
  code: z.string(),
  classifier: z.string().nullable(),
  location: z.string().nullable(),
  at: timestamp,
  source: z.string().nullable(),
  eventKey: z.string().nullable(),
  payload: z.unknown(),
});
const shipmentVersionOut = z.object({ seq: z.number(), shipmentId: uuidOut, version: z.number(), data: jsonObject, replacedBy: uuidOut.nullable(), replacedAt: timestamp });
export const shipmentDetailOut = z.object({
  shipment: shipmentDetailRow,
  events: z.array(trackingEventOut),
  versions: z.array(shipmentVersionOut),
  places: z.object({ origin: place, destination: place }),
});
export type ShipmentDetailOut = Out<typeof shipmentDetailOut>;
