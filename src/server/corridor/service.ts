// Writes of the corridor module other than imports: operators, nodes, links, air routes,
// tracking events. Each in one transaction with its audit entry.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/index';
import { corridorLinks, corridorNodes, operators, routes, shipments, trackingEvents } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError, badRequest, notFound } from '../core/errors';
import { inScope, type Scope } from '../core/access';
import { updateVersioned } from '../core/versioned';
import { parseTrackingEvent } from '../../domain/corridor/index';
import { feedRcepCoverage } from './feed';

const uniqueViolation = (e: unknown) => (e as { code?: string; cause?: { code?: string } })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

async function created<T>(db: Db, actor: Actor, entity: string, fn: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<T & { id: string }>, requestId?: string, dupe?: [string, string]): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const row = await fn(tx);
      await audit(tx, actor, { action: 'create', entity, entityId: row.id, after: row }, requestId);
      return row;
    });
  } catch (e) {
    if (dupe && uniqueViolation(e)) throw new AppError(409, 'duplicate', dupe[0], dupe[1]);
    throw e;
  }
}

export type OperatorInput = { code: string; name: string; unitId: string | null; modes: string[] };
export const createOperator = (db: Db, actor: Actor, input: OperatorInput, requestId?: string) =>
  created(db, actor, 'operator', async (tx) => (await tx.insert(operators).values(input).returning())[0], requestId, [`承运商代码“${input.code}”或名称已存在`, `operator code "${input.code}" or name exists`]);

export async function updateOperator(db: Db, actor: Actor, id: string, version: number, patch: Partial<OperatorInput>, requestId?: string) {
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, operators, id, version, patch, ['承运商', 'operator']);
    await audit(tx, actor, { action: 'update', entity: 'operator', entityId: id, before, after }, requestId);
    return after;
  });
}

export type NodeInput = { code: string; name: string; nameEn?: string | null; kind: string; unlocode?: string | null; lat?: number | null; lon?: number | null; zoneId?: string | null };
export const createNode = (db: Db, actor: Actor, input: NodeInput, requestId?: string) =>
  created(db, actor, 'corridor_node', async (tx) => (await tx.insert(corridorNodes).values(input).returning())[0], requestId, [`节点代码“${input.code}”已存在`, `node code "${input.code}" exists`]);

export async function updateNode(db: Db, actor: Actor, id: string, version: number, patch: Partial<NodeInput>, requestId?: string) {
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, corridorNodes, id, version, patch, ['节点', 'node']);
    await audit(tx, actor, { action: 'update', entity: 'corridor_node', entityId: id, before, after }, requestId);
    return after;
  });
}

export type LinkInput = { fromNodeId: string; toNodeId: string; mode: string; name?: string | null };
export async function createLink(db: Db, actor: Actor, input: LinkInput, requestId?: string) {
  if (input.fromNodeId === input.toNodeId) throw badRequest('连线的起点和终点不能相同', 'a link needs two different nodes', { field: 'toNodeId' });
  return created(db, actor, 'corridor_link', async (tx) => {
    const found = await tx.select({ id: corridorNodes.id }).from(corridorNodes).where(inArray(corridorNodes.id, [input.fromNodeId, input.toNodeId]));
    if (found.length !== 2) throw notFound('节点', 'node');
    return (await tx.insert(corridorLinks).values(input).returning())[0];
  }, requestId);
}

export async function deleteLink(db: Db, actor: Actor, id: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(corridorLinks).where(eq(corridorLinks.id, id)).returning();
    if (!before) throw notFound('连线', 'link');
    await audit(tx, actor, { action: 'delete', entity: 'corridor_link', entityId: id, before }, requestId);
    return { ok: true as const };
  });
}

export type RouteInput = { airline: string; origin: string; destination: string; destinationCountry: string; cargo: boolean; passenger: boolean; weeklyFrequency: number | null; openedOn: string | null; closedOn: string | null };
const checkRoute = (r: Partial<RouteInput>) => {
  if (r.openedOn && r.closedOn && r.closedOn < r.openedOn) throw badRequest('停航日期早于开航日期', 'valid-to is before valid-from', { field: 'closedOn' });
  if (r.cargo === false && r.passenger === false) throw badRequest('航线须为客运或货运', 'a route carries passengers or cargo', { field: 'cargo' });
};

export async function createRoute(db: Db, actor: Actor, input: RouteInput, requestId?: string) {
  checkRoute(input);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(routes).values({ ...input, mode: 'air' }).returning();
    await audit(tx, actor, { action: 'create', entity: 'route', entityId: row.id, after: row }, requestId);
    await feedRcepCoverage(tx);
    return row;
  });
}

export async function updateRoute(db: Db, actor: Actor, id: string, version: number, patch: Partial<RouteInput>, requestId?: string) {
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, routes, id, version, patch, ['航线', 'route']);
    checkRoute(after as Partial<RouteInput>);
    await audit(tx, actor, { action: 'update', entity: 'route', entityId: id, before, after }, requestId);
    await feedRcepCoverage(tx);
    return after;
  });
}

export async function deleteRoute(db: Db, actor: Actor, id: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(routes).where(eq(routes.id, id)).returning();
    if (!before) throw notFound('航线', 'route');
    await audit(tx, actor, { action: 'delete', entity: 'route', entityId: id, before }, requestId);
    await feedRcepCoverage(tx);
    return { ok: true as const };
  });
}

/**
 * Tracking events of one operator, DCSA- or IATA-shaped, all or nothing. A resent event
 * (same sender id, or same content) is ignored.
 */
export async function ingestEvents(db: Db, actor: Actor, scope: Scope, operatorCode: string, events: Record<string, unknown>[], source: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [op] = await tx.select().from(operators).where(eq(operators.code, operatorCode));
    if (!op) throw badRequest(`承运商“${operatorCode}”未登记`, `operator "${operatorCode}" is not registered`, { field: 'operator' });
    if (!inScope(scope, op.unitId)) throw new AppError(403, 'forbidden', `承运商“${operatorCode}”不属于本单位`, `operator "${operatorCode}" is not your unit's`);
    const details: { row: number; field: string; message: string; messageEn: string }[] = [];
    const parsed = events.map((e, i) => {
      const p = parseTrackingEvent(e, typeof e.shipmentId === 'string' ? e.shipmentId : null);
      if (!p.ok) details.push({ row: i + 1, field: `events.${i}.${p.field}`, message: `第${i + 1}个事件 ${p.field}：${p.message}`, messageEn: `Event ${i + 1}, ${p.field}: ${p.messageEn}` });
      return p;
    });
    const refs = [...new Set(parsed.flatMap((p) => (p.ok ? p.event.references : [])))];
    const found = refs.length ? await tx.select({ id: shipments.id, reference: shipments.reference }).from(shipments).where(and(eq(shipments.operatorId, op.id), inArray(shipments.reference, refs))) : [];
    const idOf = new Map(found.map((s) => [s.reference, s.id]));
    const values: (typeof trackingEvents.$inferInsert)[] = [];
    parsed.forEach((p, i) => {
      if (!p.ok) return;
      const shipmentId = p.event.references.map((r) => idOf.get(r)).find(Boolean);
      if (!shipmentId) {
        details.push({ row: i + 1, field: `events.${i}`, message: `第${i + 1}个事件：找不到运单 ${p.event.references.join(' / ')}`, messageEn: `Event ${i + 1}: no shipment ${p.event.references.join(' / ')}` });
        return;
      }
      values.push({ shipmentId, standard: p.event.standard, eventType: p.event.eventType, code: p.event.code, classifier: p.event.classifier, location: p.event.location, at: new Date(p.event.at), source, eventKey: p.event.eventKey, payload: events[i] });
    });
    if (details.length) throw new AppError(400, 'validation', `有 ${details.length} 个事件无法接收：${details[0].message}`, `${details.length} event(s) rejected: ${details[0].messageEn}`, { details });
    const inserted = values.length ? await tx.insert(trackingEvents).values(values).onConflictDoNothing().returning({ id: trackingEvents.id }) : [];
    await audit(tx, actor, { action: 'ingest', entity: 'tracking_event', entityId: op.id, after: { operator: op.code, received: events.length, inserted: inserted.length } }, requestId);
    return { received: events.length, inserted: inserted.length, ignored: events.length - inserted.length };
  });
}


