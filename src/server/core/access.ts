// Authentication and authorisation, written once. Every /api route declares
// `config.access`; a route without it fails at start-up, so no handler can forget.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/index';
import { apiTokens, sessions, userRoles, users } from '../db/schema';
import { AppError, forbidden, unauthorized } from './errors';
import { sha256 } from './password';
import type { Actor } from './audit';

export const ROLES = ['admin', 'office', 'liaison', 'unit_leader', 'evaluator', 'leader'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that see every unit; the others see only their own unit. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'office', 'evaluator', 'leader'];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
}

export type Principal =
  | { kind: 'user'; user: SessionUser; sessionId: string; csrfToken: string }
  | { kind: 'token'; tokenId: string; name: string; unitId: string | null; scopes: string[] };

export interface AccessRule {
  public?: boolean;
  /** Any of these roles may call. Omitted: any signed-in user. */
  roles?: readonly Role[];
  /** API tokens holding this scope may call too. */
  tokenScope?: string;
  /**
   * For a route on one resource: the units that own it. A unit-scoped caller
   * (liaison, unit leader, token of a unit) must belong to one of them.
   * Returning null means the resource does not exist (404).
   */
  unitOf?: (req: FastifyRequest) => Promise<(string | null)[] | null>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export const SESSION_COOKIE = 'hubline_session';
export const CSRF_COOKIE = 'hubline_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a caller may see in lists: everything, or one unit's rows. */
export type Scope = { all: true } | { all: false; unitId: string | null };

export function scopeOf(req: FastifyRequest): Scope {
  const p = req.principal;
  if (!p) return { all: false, unitId: null };
  if (p.kind === 'token') return p.unitId ? { all: false, unitId: p.unitId } : { all: true };
  if (p.user.roles.some((r) => GLOBAL_ROLES.includes(r))) return { all: true };
  return { all: false, unitId: p.user.unitId };
}

export function actorOf(req: FastifyRequest): Actor {
  const p = req.principal;
  if (!p) return { id: null, name: 'anonymous' };
  if (p.kind === 'token') return { id: null, name: `token:${p.name}` };
  return { id: p.user.id, name: p.user.username };
}

export function hasRole(req: FastifyRequest, ...roles: Role[]): boolean {
  const p = req.principal;
  return p?.kind === 'user' && p.user.roles.some((r) => roles.includes(r));
}

export function currentUser(req: FastifyRequest): SessionUser {
  const p = req.principal;
  if (p?.kind !== 'user') throw unauthorized();
  return p.user;
}

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u || !u.active) return null;
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, u.id));
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    unitId: u.unitId,
    roles: roles.map((r) => r.role as Role),
    mustChangePassword: u.mustChangePassword,
  };
}

const PASSWORD_CHANGE_ROUTES = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password']);

export function registerAccess(app: FastifyInstance, db: Db) {
  app.decorateRequest('principal', undefined);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.method === 'HEAD' || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
  });

  // Who is calling: a session cookie or a bearer token.
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const [t] = await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.tokenHash, sha256(auth.slice(7).trim())), isNull(apiTokens.revokedAt)));
      if (t && (!t.expiresAt || t.expiresAt > new Date())) {
        req.principal = { kind: 'token', tokenId: t.id, name: t.name, unitId: t.unitId, scopes: t.scopes };
        await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, t.id));
      }
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) return;
    const [s] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, sha256(raw)), gt(sessions.expiresAt, new Date())));
    if (!s) return;
    const user = await loadSessionUser(db, s.userId);
    if (!user) return;
    req.principal = { kind: 'user', user, sessionId: s.id, csrfToken: s.csrfToken };
    // Refresh last-seen at most once a minute to keep reads cheap.
    if (Date.now() - new Date(s.lastSeenAt).getTime() > 60_000)
      await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, s.id));
  });

  // What they may do: before validation, so a caller without the right learns nothing of the schema.
  app.addHook('preValidation', async (req) => {
    const rule = req.routeOptions.config?.access;
    if (!rule || rule.public) return;
    const p = req.principal;
    if (!p) throw unauthorized();
    if (p.kind === 'token') {
      if (!rule.tokenScope || !p.scopes.includes(rule.tokenScope))
        throw forbidden('该接口令牌无权访问此接口', 'This API token may not call this endpoint');
    } else {
      if (UNSAFE.has(req.method)) {
        const sent = String(req.headers['x-csrf-token'] ?? '');
        if (!sent || !safeEqual(sent, p.csrfToken))
          throw new AppError(403, 'csrf', '请求校验失败（CSRF），请刷新页面后重试', 'CSRF check failed; reload the page and try again');
      }
      // A generated (printed or handed-over) password opens only the way to change it.
      if (p.user.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(req.routeOptions.url ?? ''))
        throw new AppError(403, 'password_change_required', '请先修改初始密码', 'Change your initial password first');
      if (rule.roles && !p.user.roles.some((r) => rule.roles!.includes(r))) throw forbidden();
    }
  });

  // Whose resource it is: after validation, so the resolver gets typed params.
  app.addHook('preHandler', async (req) => {
    const rule = req.routeOptions.config?.access;
    if (rule?.unitOf && req.principal) {
      const owners = await rule.unitOf(req);
      if (owners === null) throw new AppError(404, 'not_found', '资源不存在', 'Not found');
      const scope = scopeOf(req);
      if (!scope.all && !owners.includes(scope.unitId))
        throw forbidden('只能查看和修改本单位负责的事项', 'You can only see and change what your own unit is responsible for');
    }
  });
}
