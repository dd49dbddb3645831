import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { apiTokens, units, userRoles, users, zones } from '../db/schema';
import { scopeWhere, type Scope } from '../core/access';
import type { Role } from '../../contracts/roles';

export const listZones = (db: DbOrTx) => db.select().from(zones).orderBy(asc(zones.level), asc(zones.code));
export const listUnits = (db: DbOrTx) => db.select().from(units).orderBy(asc(units.type), asc(units.name));

export async function listUsers(db: DbOrTx, scope: Scope) {
  const q = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      unitName: units.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      lockedUntil: users.lockedUntil,
      lastLoginAt: users.lastLoginAt,
      version: users.version,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(scopeWhere(scope, users.unitId))
    .orderBy(asc(users.username));
  const list = await q;
  const roles = list.length
    ? await db.select().from(userRoles).where(inArray(userRoles.userId, list.map((u) => u.id)))
    : [];
  return list.map((u) => ({ ...u, roles: roles.filter((r) => r.userId === u.id).map((r) => r.role as Role) }));
}

export const listTokens = (db: DbOrTx) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      unitId: apiTokens.unitId,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .orderBy(asc(apiTokens.createdAt));

/** Unit names and aliases, for matching names found in documents. */
export const unitNameIndex = (db: DbOrTx) =>
  db.select({ id: units.id, name: units.name, aliases: units.aliases, type: units.type }).from(units);
