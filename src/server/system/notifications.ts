import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser } from '../core/access';
import { idParam } from '../core/schemas';
import { audit } from '../core/audit';
import { notifications } from '../db/schema';
import { sendReminders } from '../indicators/reminders';

export async function notificationRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const tags = ['system'];
  r.get('/api/notifications', { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '我的通知 / My notices', querystring: z.object({ unread: z.coerce.boolean().optional() }) } }, async (req) => {
    const me = currentUser(req);
    const list = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, me.id), req.query.unread ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.createdAt))
      .limit(100);
    const [{ unread }] = (await db.select({ unread: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, me.id), isNull(notifications.readAt)))) as { unread: number }[];
    return { unread, items: list };
  });
  r.post('/api/notifications/:id/read', { config: { access: { policy: 'signedIn' } }, schema: { tags, params: idParam } }, async (req) => {
    const me = currentUser(req);
    await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, req.params.id), eq(notifications.userId, me.id)));
    return { ok: true };
  });
  r.post('/api/notifications/reminders', { config: { access: { policy: 'office' } }, schema: { tags, summary: '立即发送催报 / Send data reminders now' } }, async (req) =>
    db.transaction(async (tx) => {
      const sent = await sendReminders(tx);
      await audit(tx, actorOf(req), { action: 'send_reminders', entity: 'notification', after: { sent } }, req.id);
      return { sent };
    }),
  );
}
