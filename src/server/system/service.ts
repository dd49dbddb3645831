import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/index';
import { notifications } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { notFound } from '../core/errors';
import { sendReminders } from '../indicators/reminders';

/** Marks one of the caller's own notices read (someone else's is 404, as if it did not exist). */
export async function markNotificationRead(db: Db, actor: Actor, userId: string, id: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [n] = await tx.select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
    if (!n) throw notFound('通知', 'notice');
    if (n.readAt) return { ok: true as const };
    await tx.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, id), isNull(notifications.readAt)));
    await audit(tx, actor, { action: 'read', entity: 'notification', entityId: id }, requestId);
    return { ok: true as const };
  });
}

/** 立即催报: the daily reminders now, audited with how many were sent. */
export async function sendRemindersNow(db: Db, actor: Actor, requestId?: string) {
  return db.transaction(async (tx) => {
    const sent = await sendReminders(tx);
    await audit(tx, actor, { action: 'send_reminders', entity: 'notification', after: { sent } }, requestId);
    return { sent };
  });
}
