// Sessions: log in, log out, change one's password. The routes only set and clear cookies.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/index';
import { sessions, units, users } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError, badRequest } from '../core/errors';
import { checkPasswordPolicy, hashPassword, randomToken, sha256, verifyPassword } from '../core/password';
import { loadSessionUser, type SessionUser } from '../core/access';

import { assertNotLocked, clearFailures, registerWrongPassword } from './lockout';

export async function describeUser(db: Db, u: SessionUser) {
  const [unit] = u.unitId ? await db.select({ name: units.name }).from(units).where(eq(units.id, u.unitId)) : [];
  return { ...u, unitName: unit?.name ?? null };
}

/** Checks the password (lockout.ts: atomic failure count, locked after five) and opens a session; returns its secrets. */
export async function login(
  db: Db,
  input: { username: string; password: string },
  client: { ip: string; userAgent: string; sessionHours: number },
  requestId?: string,
) {
  const { username, password } = input;
  const [u] = await db.select().from(users).where(eq(users.username, username));
  const fail = () => new AppError(401, 'bad_credentials', '用户名或密码错误', 'Wrong username or password', { field: 'password' });
  if (!u || !u.active) {
    await verifyPassword(password, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'); // same timing as a real check
    throw fail();
  }
  assertNotLocked(u);
  const who: Actor = { id: u.id, name: u.username };
  if (!(await verifyPassword(password, u.passwordHash))) await registerWrongPassword(db, u, 'login', requestId);
  const token = randomToken();
  const csrf = randomToken(24);
  const maxAge = client.sessionHours * 3600;
  await db.transaction(async (tx) => {
    await clearFailures(tx, u.id, { lastLoginAt: new Date() });
    await tx.insert(sessions).values({ id: sha256(token), userId: u.id, csrfToken: csrf, expiresAt: new Date(Date.now() + maxAge * 1000), ip: client.ip, userAgent: client.userAgent.slice(0, 300) });
    await audit(tx, who, { action: 'login', entity: 'user', entityId: u.id }, requestId);
  });
  const user = await describeUser(db, (await loadSessionUser(db, u.id))!);
  return { token, csrf, maxAge, session: { user, csrfToken: csrf } };
}

export async function logout(db: Db, actor: Actor, userId: string, sessionId: string, requestId?: string) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await audit(tx, actor, { action: 'logout', entity: 'user', entityId: userId }, requestId);
  });
}

/** A new password ends the user's other sessions: whoever had the old one is locked out. */
export async function changePassword(db: Db, actor: Actor, userId: string, sessionId: string, input: { currentPassword: string; newPassword: string }, requestId?: string) {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  assertNotLocked(u);
  if (!(await verifyPassword(input.currentPassword, u.passwordHash))) await registerWrongPassword(db, u, 'password_change', requestId);
  await clearFailures(db, u.id);
  const problem = checkPasswordPolicy(input.newPassword, u.username);
  if (problem) throw badRequest(problem.zh, problem.en, { field: 'newPassword' });
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: new Date() }).where(eq(users.id, u.id));
    await tx.delete(sessions).where(sql`${sessions.userId} = ${u.id} and ${sessions.id} <> ${sessionId}`);
    await audit(tx, actor, { action: 'change_password', entity: 'user', entityId: u.id }, requestId);
  });
  return { ok: true as const };
}
