// Authentication and authorisation, written once. Every /api route declares
// `config.access`; a route without it fails at start-up, so no handler can forget.
import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { POLICIES, allows, rolesOf, type Policy, type PolicyName, type TokenScope } from '../../contracts/access';
import { GLOBAL_ROLES, ROLES, type Role } from '../../contracts/common';
import type { Db } from '../db/index';
import { apiTokens, sessions, userRoles, users } from '../db/schema';
import { AppError, forbidden, notFound, unauthorized } from './errors';
import { sha256 } from './password';
import { batchedLookup, perDb } from './batch';
import type { Actor } from './audit';

export { ROLES, GLOBAL_ROLES, type Role };

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

/**
 * The owners of one resource (or of every resource a batch names). Returning null means
 * it does not exist (404). `any`: the caller's unit must be one of the owners (a task
 * with a lead and supporting units); `all`: every owner must be the caller's unit (a
 * batch of observations).
 */
export interface UnitRule {
  name: string;
  /** What it is, for the 404 message: ['任务', 'task']. */
  what: [string, string];
  match: 'any' | 'all';
  owners: (req: FastifyRequest) => Promise<(string | null)[] | null>;
}
export const ownedBy = (what: [string, string], owners: UnitRule['owners'], match: UnitRule['match'] = 'any'): UnitRule => ({ name: what[1], what, match, owners });

export interface AccessRule {
  /** Who may call: a named policy of src/contracts/access.ts (the web menu reads the same names). */
  policy: PolicyName;
  /** API tokens holding this scope may call too. */
  tokenScope?: TokenScope;
  /**
   * How a unit-scoped caller (liaison, unit leader, token of a unit) is kept to their unit:
   * a `UnitRule` for a route on one resource (checked here, before the handler);
   * `'list'`: the handler's query filters with `scopeWhere(scopeOf(req), column)`;
   * `'rows'`: a batch whose rows are each checked with `inScope` (uploads, where the rows
   * are known only once the file is read). Omitted: nothing unit-owned.
   */
  unit?: UnitRule | 'list' | 'rows';
}

/** One line of the route table: what test/contract/routes.snapshot.json records. */
export interface RouteEntry {
  method: string;
  url: string;
  policy: PolicyName;
  roles: readonly Role[] | 'public';
  tokenScope: TokenScope | null;
  unit: string | null;
  duringPasswordChange: boolean;
  /** The route's request and response schemas, for the generated tests (not in the snapshot). */
  schema?: FastifySchema;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyInstance {
    /** Every /api route with its access rule, filled as routes register. */
    routeTable: RouteEntry[];
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

/** Whether a caller's scope reaches a row owned by `unitId`: the one unit check of the server. */
export function inScope(scope: Scope, unitId: string | null | undefined): boolean {
  return scope.all || (scope.unitId !== null && unitId === scope.unitId);
}

/**
 * The filter of a list for a caller's scope: nothing for a global caller, else rows of
 * their unit (or `alsoVisible`, e.g. data already approved). A caller of no unit sees none.
 */
export function scopeWhere(scope: Scope, column: PgColumn | SQL, ...alsoVisible: (SQL | undefined)[]): SQL | undefined {
  if (scope.all) return undefined;
  const own = scope.unitId ? sql`${column} = ${scope.unitId}` : sql`false`;
  return alsoVisible.length ? or(own, ...alsoVisible) : own;
}

/** The scopes some route accepts: the only ones a new token may be given. */
export const acceptedScopes = (table: RouteEntry[]): TokenScope[] =>
  [...new Set(table.map((r) => r.tokenScope).filter((s): s is TokenScope => !!s))].sort();

const unitLabel = (u: AccessRule['unit']) => (u === undefined ? null : typeof u === 'string' ? u : `${u.match === 'all' ? 'all' : 'owner'}:${u.name}`);

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

interface FoundSession {
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
  user: SessionUser;
}

/** Live sessions, their active users and the users' roles, in one round trip for a batch of requests. */
async function sessionsWithUsers(db: Db, sessionIds: string[]): Promise<Map<string, FoundSession>> {
  const found = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      mustChangePassword: users.mustChangePassword,
      roles: sql<Role[] | null>`(select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(inArray(sessions.id, sessionIds), gt(sessions.expiresAt, new Date()), eq(users.active, true)));
  return new Map(
    found.map(({ sessionId, csrfToken, lastSeenAt, roles, ...user }) => [sessionId, { sessionId, csrfToken, lastSeenAt: new Date(lastSeenAt), user: { ...user, roles: roles ?? [] } }]),
  );
}

// Per database: tests run several apps, each over its own database, in one process.
const sessionLookups = new WeakMap<Db, (sessionId: string) => Promise<FoundSession | undefined>>();
function lookupSession(db: Db, sessionId: string) {
  return perDb(sessionLookups, db, () => batchedLookup((ids: string[]) => sessionsWithUsers(db, ids)))(sessionId);
}

// Per database, the last-seen refresh under way for each session.
const lastSeenRefreshes = new WeakMap<Db, Map<string, Promise<void>>>();
/**
 * One refresh for all the requests of a session that find its last-seen a minute old: they come
 * in one lookup batch, and each wrote the row before (30 requests of one session at once: 30
 * UPDATEs of one row, each awaited by its request; test/integration/round-trips.test.ts). The
 * condition in SQL keeps other instances, or a batch read before the refresh committed, from
 * writing it again.
 */
function refreshLastSeen(db: Db, sessionId: string): Promise<void> {
  const running = perDb(lastSeenRefreshes, db, () => new Map<string, Promise<void>>());
  let refresh = running.get(sessionId);
  if (!refresh) {
    refresh = db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, sql`now() - interval '60 seconds'`)))
      .then(() => undefined)
      .finally(() => running.delete(sessionId));
    running.set(sessionId, refresh);
  }
  return refresh;
}

/** `db`: where the per-request session / token lookup runs (`Database.authDb` on PostgreSQL). */
export function registerAccess(app: FastifyInstance, db: Db) {
  app.decorateRequest('principal', undefined);
  app.decorate('routeTable', [] as RouteEntry[]);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.method === 'HEAD' || route.url.startsWith('/api/docs')) return;
    const rule = route.config?.access;
    if (!rule || !(rule.policy in POLICIES)) throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    const policy: Policy = POLICIES[rule.policy];
    for (const method of ([] as string[]).concat(route.method))
      app.routeTable.push({
        method,
        url: route.url,
        policy: rule.policy,
        roles: policy.public ? 'public' : rolesOf(rule.policy),
        tokenScope: rule.tokenScope ?? null,
        unit: unitLabel(rule.unit),
        duringPasswordChange: !!policy.public || !!policy.duringPasswordChange,
        schema: route.schema,
      });
  });

  // Who is calling: a session cookie or a bearer token.
  // Checked against the database on every request (no in-process cache): a logout, a role change,
  // a disabled user or a revoked token on any instance takes effect at the next request. Requests
  // arriving together share one lookup statement, started after each of them arrived (core/batch.ts).
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
    const found = await lookupSession(db, sha256(raw));
    if (!found) return;
    req.principal = { kind: 'user', user: found.user, sessionId: found.sessionId, csrfToken: found.csrfToken };
    // Refresh last-seen at most once a minute to keep reads cheap.
    if (Date.now() - found.lastSeenAt.getTime() > 60_000) await refreshLastSeen(db, found.sessionId);
  });

  // What they may do: before validation, so a caller without the right learns nothing of the schema.
  app.addHook('preValidation', async (req) => {
    const rule = req.routeOptions.config?.access;
    if (!rule) return;
    const policy: Policy = POLICIES[rule.policy];
    if (policy.public) return;
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
      // A reset password is a secret someone else knew: nothing but changing it until it is changed.
      if (p.user.mustChangePassword && !policy.duringPasswordChange)
        throw new AppError(403, 'password_change_required', '请先修改密码', 'Change your password first', { field: 'password' });
      if (!allows(rule.policy, p.user.roles)) throw forbidden();
    }
  });

  // Whose resource it is: after validation, so the resolver gets typed params.
  app.addHook('preHandler', async (req) => {
    const unit = req.routeOptions.config?.access?.unit;
    if (unit && typeof unit === 'object' && req.principal) {
      const owners = await unit.owners(req);
      if (owners === null) throw notFound(...unit.what);
      const scope = scopeOf(req);
      const ok = scope.all || (unit.match === 'all' ? owners.every((o) => inScope(scope, o)) : owners.some((o) => inScope(scope, o)));
      if (!ok)
        throw forbidden('只能查看和修改本单位负责的事项', 'You can only see and change what your own unit is responsible for');
    }
  });
}
