import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser } from '../core/access';
import { idParam, okOut } from '../../contracts/common';
import { myNotificationsOut, remindersOut } from '../../contracts/system';
import { myNotifications } from './queries';
import { markNotificationRead, sendRemindersNow } from './service';

export async function notificationRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const tags = ['system'];
  r.get(
    '/api/notifications',
    { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '我的通知 / My notices', querystring: z.object({ unread: z.coerce.boolean().optional() }), response: { 200: myNotificationsOut } } },
    (req) => myNotifications(db, currentUser(req).id, !!req.query.unread),
  );
  r.post('/api/notifications/:id/read', { config: { access: { policy: 'signedIn' } }, schema: { tags, params: idParam, response: { 200: okOut } } }, (req) =>
    markNotificationRead(db, actorOf(req), currentUser(req).id, req.params.id, req.id),
  );
  r.post('/api/notifications/reminders', { config: { access: { policy: 'office' } }, schema: { tags, summary: '立即发送催报 / Send data reminders now', response: { 200: remindersOut } } }, (req) =>
    sendRemindersNow(db, actorOf(req), req.id),
  );
}
