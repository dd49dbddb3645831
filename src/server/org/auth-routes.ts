import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { AppError } from '../core/errors';
import { CSRF_COOKIE, SESSION_COOKIE, actorOf, currentUser } from '../core/access';
import { loginBody, passwordBody, sessionOut } from '../../contracts/auth';
import { okOut } from '../../contracts/common';
import * as auth from './auth';

export async function authRoutes(app: FastifyInstance, { db, config }: Ctx) {
  const r = typed(app);
  const tags = ['auth'];

  function setCookies(reply: FastifyReply, token: string, csrf: string, maxAge: number) {
    const base = { path: '/', sameSite: 'strict' as const, secure: config.secureCookies, maxAge };
    reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
    // Readable by the page so it can echo it in x-csrf-token (double submit).
    reply.setCookie(CSRF_COOKIE, csrf, { ...base, httpOnly: false });
  }

  r.post(
    '/api/auth/login',
    {
      config: { access: { policy: 'public' }, rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录 / Log in', body: loginBody, response: { 200: sessionOut } },
    },
    async (req, reply) => {
      // Login CSRF: a cross-site form cannot send JSON, and a cross-site fetch carries its Origin.
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host) throw new AppError(403, 'csrf', '来源不被允许', 'Cross-origin login refused');
      const s = await auth.login(db, req.body, { ip: req.ip, userAgent: String(req.headers['user-agent'] ?? ''), sessionHours: config.sessionHours }, req.id);
      setCookies(reply, s.token, s.csrf, s.maxAge);
      return s.session;
    },
  );

  r.get('/api/auth/me', { config: { access: { policy: 'self' } }, schema: { tags, summary: '当前用户 / Current user', response: { 200: sessionOut } } }, async (req) => {
    const p = req.principal;
    if (p?.kind !== 'user') throw new AppError(400, 'not_a_user', '令牌调用没有用户会话', 'Token calls have no user session');
    return { user: await auth.describeUser(db, p.user), csrfToken: p.csrfToken };
  });

  r.post('/api/auth/logout', { config: { access: { policy: 'self' } }, schema: { tags, summary: '退出 / Log out', response: { 200: okOut } } }, async (req, reply) => {
    const p = req.principal;
    if (p?.kind === 'user') await auth.logout(db, actorOf(req), p.user.id, p.sessionId, req.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.post(
    '/api/auth/password',
    // The current password must not be an unlimited oracle for whoever holds a session.
    {
      config: { access: { policy: 'self' }, rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: { tags, summary: '修改本人密码 / Change own password', body: passwordBody, response: { 200: okOut } },
    },
    (req) => auth.changePassword(db, actorOf(req), currentUser(req).id, (req.principal as { sessionId: string }).sessionId, req.body, req.id),
  );
}
