import type { FastifyInstance, FastifyReply } from 'fastify';
import { loginBody, passwordBody, sessionOut } from '../../contracts/auth';
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { sessions, units, users } from '../db/schema';
import { AppError, badRequest } from '../core/errors';
import { checkPasswordPolicy, hashPassword, randomToken, sha256, verifyPassword } from '../core/password';
import { CSRF_COOKIE, SESSION_COOKIE, actorOf, currentUser, loadSessionUser, type SessionUser } from '../core/access';
import { audit } from '../core/audit';
import { assertNotLocked, clearFailures, registerWrongPassword } from './lockout';

export async function authRoutes(app: FastifyInstance, { db, config }: Ctx) {
  const r = typed(app);

  async function describe(u: SessionUser) {
    const [unit] = u.unitId ? await db.select({ name: units.name }).from(units).where(eq(units.id, u.unitId)) : [];
    return { ...u, unitName: unit?.name ?? null };
  }

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
      schema: {
        tags: ['auth'],
        summary: '登录 / Log in',
        body: loginBody,
        response: { 200: sessionOut },
      },
    },
    async (req, reply) => {
      // Login CSRF: a cross-site form cannot send JSON, and a cross-site fetch carries its Origin.
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host)
        throw new AppError(403, 'csrf', '来源不被允许', 'Cross-origin login refused');
      const { username, password } = req.body;
      const [u] = await db.select().from(users).where(eq(users.username, username));
      const fail = () => new AppError(401, 'bad_credentials', '用户名或密码错误', 'Wrong username or password', { field: 'password' });
      if (!u || !u.active) {
        await verifyPassword(password, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'); // same timing as a real check
        throw fail();
      }
      assertNotLocked(u);
      if (!(await verifyPassword(password, u.passwordHash))) await registerWrongPassword(db, u, 'login', req.id);
      const token = randomToken();
      const csrf = randomToken(24);
      const maxAge = config.sessionHours * 3600;
      await db.transaction(async (tx) => {
        await clearFailures(tx, u.id, { lastLoginAt: new Date() });
        await tx.insert(sessions).values({
          id: sha256(token),
          userId: u.id,
          csrfToken: csrf,
          expiresAt: new Date(Date.now() + maxAge * 1000),
          ip: req.ip,
          userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300),
        });
        await audit(tx, { id: u.id, name: u.username }, { action: 'login', entity: 'user', entityId: u.id }, req.id);
      });
      setCookies(reply, token, csrf, maxAge);
      const su = (await loadSessionUser(db, u.id))!;
      return { user: await describe(su), csrfToken: csrf };
    },
  );

  r.get(
    '/api/auth/me',
    { config: { access: { policy: 'self' } }, schema: { tags: ['auth'], summary: '当前用户 / Current user', response: { 200: sessionOut } } },
    async (req) => {
      const p = req.principal;
      if (p?.kind !== 'user') throw new AppError(400, 'not_a_user', '令牌调用没有用户会话', 'Token calls have no user session');
      return { user: await describe(p.user), csrfToken: p.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: { policy: 'self' } }, schema: { tags: ['auth'], summary: '退出 / Log out' } },
    async (req, reply) => {
      const p = req.principal;
      if (p?.kind === 'user')
        await db.transaction(async (tx) => {
          await tx.delete(sessions).where(eq(sessions.id, p.sessionId));
          await audit(tx, actorOf(req), { action: 'logout', entity: 'user', entityId: p.user.id }, req.id);
        });
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  r.post(
    '/api/auth/password',
    {
      // The current password must not be an unlimited oracle for whoever holds a session.
      config: { access: { policy: 'self' }, rateLimit: { max: config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码 / Change own password',
        body: passwordBody,
      },
    },
    async (req) => {
      const me = currentUser(req);
      const [u] = await db.select().from(users).where(eq(users.id, me.id));
      assertNotLocked(u);
      if (!(await verifyPassword(req.body.currentPassword, u.passwordHash))) await registerWrongPassword(db, u, 'password_change', req.id);
      await clearFailures(db, u.id);
      const problem = checkPasswordPolicy(req.body.newPassword, u.username);
      if (problem) throw badRequest(problem.zh, problem.en, { field: 'newPassword' });
      const hash = await hashPassword(req.body.newPassword);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash: hash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, u.id));
        // Other sessions of this user end: a changed password must lock out whoever had the old one.
        await tx.delete(sessions).where(sql`${sessions.userId} = ${u.id} and ${sessions.id} <> ${(req.principal as { sessionId: string }).sessionId}`);
        await audit(tx, actorOf(req), { action: 'change_password', entity: 'user', entityId: u.id }, req.id);
      });
      return { ok: true };
    },
  );
}
