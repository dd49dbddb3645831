import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Db } from '../db/index';
import { apiTokens, sessions, units, userRoles, users, zones } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { badRequest, AppError, notFound } from '../core/errors';
import { checkPasswordPolicy, generatePassword, hashPassword, randomToken, sha256 } from '../core/password';
import { updateVersioned } from '../core/versioned';
import { UNIT_ROLES, type Role } from '../../contracts/common';
import type { TokenScope } from '../../contracts/access';
import type { TokenInput, UnitInput, UserInput, ZoneInput } from '../../contracts/org';

const uniqueViolation = (e: unknown) => (e as { code?: string; cause?: { code?: string } })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

async function checkZoneParent(tx: DbOrTx, input: Partial<ZoneInput>) {
  if (!input.parentId) return;
  const [p] = await tx.select().from(zones).where(eq(zones.id, input.parentId));
  if (!p) throw badRequest('上级区域不存在', 'Parent zone does not exist', { field: 'parentId' });
  const order = { city: 0, district: 1, functional_area: 2 } as const;
  if (input.level && order[p.level as keyof typeof order] >= order[input.level])
    throw badRequest('上级区域的层级必须高于本区域（市 → 区县 → 功能区）', 'The parent must be a higher level (city → district → functional area)', { field: 'parentId' });
}

export async function createZone(db: Db, actor: Actor, input: ZoneInput, requestId?: string) {
  return db.transaction(async (tx) => {
    await checkZoneParent(tx, input);
    try {
      const [z] = await tx.insert(zones).values(input).returning();
      await audit(tx, actor, { action: 'create', entity: 'zone', entityId: z.id, after: z }, requestId);
      return z;
    } catch (e) {
      if (uniqueViolation(e)) throw badRequest(`区域编码“${input.code}”已存在`, `Zone code "${input.code}" exists`, { field: 'code' });
      throw e;
    }
  });
}

export async function updateZone(db: Db, actor: Actor, id: string, version: number, patch: Partial<ZoneInput>, requestId?: string) {
  return db.transaction(async (tx) => {
    await checkZoneParent(tx, patch);
    const { before, after } = await updateVersioned(tx, zones, id, version, patch, ['区域', 'zone']);
    await audit(tx, actor, { action: 'update', entity: 'zone', entityId: id, before, after }, requestId);
    return after;
  });
}

export async function createUnit(tx: DbOrTx, actor: Actor, input: UnitInput, requestId?: string) {
  const [dup] = await tx.select({ id: units.id }).from(units).where(eq(units.name, input.name));
  if (dup) throw badRequest(`单位“${input.name}”已存在`, `Unit "${input.name}" exists`, { field: 'name' });
  const [u] = await tx.insert(units).values({ ...input, aliases: input.aliases ?? [] }).returning();
  await audit(tx, actor, { action: 'create', entity: 'unit', entityId: u.id, after: u }, requestId);
  return u;
}

/** A unit made by hand (the importer creates units inside its own transaction with createUnit). */
export const addUnit = (db: Db, actor: Actor, input: UnitInput, requestId?: string) => db.transaction((tx) => createUnit(tx, actor, input, requestId));

export async function updateUnit(db: Db, actor: Actor, id: string, version: number, patch: Partial<UnitInput>, requestId?: string) {
  return db.transaction(async (tx) => {
    if (patch.name) {
      const [dup] = await tx.select({ id: units.id }).from(units).where(eq(units.name, patch.name));
      if (dup && dup.id !== id) throw badRequest(`单位“${patch.name}”已存在`, `Unit "${patch.name}" exists`, { field: 'name' });
    }
    const { before, after } = await updateVersioned(tx, units, id, version, patch, ['单位', 'unit']);
    await audit(tx, actor, { action: 'update', entity: 'unit', entityId: id, before, after }, requestId);
    return after;
  });
}

function checkRolesNeedUnit(roles: Role[], unitId: string | null | undefined) {
  if (roles.some((r) => UNIT_ROLES.includes(r)) && !unitId)
    throw badRequest('联络员和单位负责人必须属于一个单位', 'A liaison or unit leader must belong to a unit', { field: 'unitId' });
}

/** `mustChangePassword` defaults to: only when the password was generated here. */
export async function createUser(db: DbOrTx, actor: Actor, input: UserInput & { mustChangePassword?: boolean }, requestId?: string) {
  checkRolesNeedUnit(input.roles, input.unitId);
  const password = input.password ?? generatePassword();
  const problem = checkPasswordPolicy(password, input.username);
  if (problem) throw badRequest(problem.zh, problem.en, { field: 'password' });
  const run = async (tx: DbOrTx) => {
    const [dup] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (dup) throw badRequest(`用户名“${input.username}”已存在`, `Username "${input.username}" exists`, { field: 'username' });
    const [u] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        unitId: input.unitId ?? null,
        passwordHash: await hashPassword(password),
        mustChangePassword: input.mustChangePassword ?? !input.password,
      })
      .returning();
    if (input.roles.length) await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: u.id, role })));
    const { passwordHash: _omit, ...safe } = u;
    await audit(tx, actor, { action: 'create', entity: 'user', entityId: u.id, after: { ...safe, roles: input.roles } }, requestId);
    return { user: safe, password: input.password ? undefined : password };
  };
  return 'transaction' in db ? (db as Db).transaction(run) : run(db);
}

export interface UserPatch {
  displayName?: string;
  unitId?: string | null;
  roles?: Role[];
  active?: boolean;
}

export async function updateUser(db: Db, actor: Actor, id: string, version: number, patch: UserPatch, requestId?: string) {
  return db.transaction(async (tx) => {
    const { roles, ...cols } = patch;
    const beforeRoles = (await tx.select().from(userRoles).where(eq(userRoles.userId, id))).map((r) => r.role as Role);
    const { before, after } = await updateVersioned(tx, users, id, version, cols, ['用户', 'user']);
    const newRoles = roles ?? beforeRoles;
    checkRolesNeedUnit(newRoles, after.unitId);
    if (roles) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      if (roles.length) await tx.insert(userRoles).values(roles.map((role) => ({ userId: id, role })));
    }
    // A deactivated user is signed out everywhere at once.
    if (patch.active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    const strip = ({ passwordHash: _p, ...r }: typeof before) => r;
    await audit(
      tx,
      actor,
      { action: 'update', entity: 'user', entityId: id, before: { ...strip(before), roles: beforeRoles }, after: { ...strip(after), roles: newRoles } },
      requestId,
    );
    return strip(after);
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string, requestId?: string) {
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!u) throw notFound('用户', 'user');
    await tx
      .update(users)
      .set({ passwordHash: hash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await audit(tx, actor, { action: 'reset_password', entity: 'user', entityId: id }, requestId);
  });
  return password;
}

export async function createToken(db: Db, actor: Actor, input: TokenInput, accepted: readonly TokenScope[], requestId?: string) {
  const unused = input.scopes.filter((s) => !accepted.includes(s));
  if (unused.length)
    throw badRequest(`没有接口接受令牌权限“${unused.join('、')}”`, `No endpoint accepts the scope ${unused.join(', ')}`, { field: 'scopes' });
  const raw = `hl_${randomToken()}`;
  return db.transaction(async (tx) => {
    const [t] = await tx
      .insert(apiTokens)
      .values({ name: input.name, unitId: input.unitId ?? null, scopes: input.scopes, tokenHash: sha256(raw), createdBy: actor.id, expiresAt: input.expiresAt ? new Date(input.expiresAt) : null })
      .returning();
    const { tokenHash: _h, ...safe } = t;
    await audit(tx, actor, { action: 'create', entity: 'api_token', entityId: t.id, after: safe }, requestId);
    return { token: raw, ...safe };
  });
}

export async function revokeToken(db: Db, actor: Actor, id: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [t] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    if (!t) throw notFound('令牌', 'token');
    await audit(tx, actor, { action: 'revoke', entity: 'api_token', entityId: id }, requestId);
    return { ok: true as const };
  });
}

