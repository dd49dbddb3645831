// The audit trail and the user's notices.
import { z } from 'zod';
import { timestamp, type Out, uuidOut } from './common';

export const auditEntry = z.object({
  seq: z.number(),
  at: timestamp,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = Out<typeof auditEntry>;

export const auditVerify = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBroken: z.object({ seq: z.number(), reason: z.string() }).optional(),
  /** The newest signed checkpoint the chain was held against (server/core/audit-anchor.ts). */
  checkpoint: z.object({ seq: z.number(), at: z.string() }).optional(),
});
export type AuditVerify = z.infer<typeof auditVerify>;

export const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Liveness: the process answers and the database runs `select 1`; `node` is the runtime version. */
export const healthOut = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']), node: z.string() });
/** Readiness: the database answers and every migration of this build is applied (else 503). */
export const readyOut = z.object({
  ready: z.boolean(),
  database: z.enum(['pglite', 'postgres']),
  migrations: z.object({ expected: z.number(), applied: z.number(), pending: z.array(z.string()) }).optional(),
  error: z.string().optional(),
});

export const notificationOut = z.object({
  id: uuidOut,
  userId: uuidOut.nullable(),
  unitId: uuidOut.nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  dedupeKey: z.string().nullable(),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});
export const myNotificationsOut = z.object({ unread: z.number(), items: z.array(notificationOut) });
export type MyNotifications = Out<typeof myNotificationsOut>;
export const remindersOut = z.object({ sent: z.number() });
