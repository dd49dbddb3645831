import { and, desc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { migrationStatus, rows, type Db, type DbOrTx } from '../db/index';
import { auditLog, notifications } from '../db/schema';
import type { z } from 'zod';
import type { auditQuery } from '../../contracts/system';

/** The database answers: the health check's one query. */
export const ping = async (db: DbOrTx) => {
  await rows(db, sql`select 1`);
};

/** Ready when the database answers and every migration of this build is applied. */
export async function readiness(db: Db) {
  try {
    const migrations = await migrationStatus(db);
    return { ready: migrations.pending.length === 0, migrations };
  } catch (e) {
    return { ready: false, error: (e as Error).message };
  }
}

export async function listAuditEntries(db: DbOrTx, { before, entity, entityId, limit }: z.infer<typeof auditQuery>) {
  const conds: SQL[] = [];
  if (before) conds.push(lt(auditLog.seq, before));
  if (entity) conds.push(eq(auditLog.entity, entity));
  if (entityId) conds.push(eq(auditLog.entityId, entityId));
  return db.select().from(auditLog).where(conds.length ? and(...conds) : undefined).orderBy(desc(auditLog.seq)).limit(limit);
}

/** A user's latest notices and how many are unread. */
export async function myNotifications(db: DbOrTx, userId: string, unreadOnly: boolean) {
  const items = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  const [{ unread }] = await db.select({ unread: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { unread, items };
}
