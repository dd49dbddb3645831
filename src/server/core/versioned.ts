import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../db/index';
import { resourceVersions } from '../db/schema';
import { audit, type Actor } from './audit';
import { conflict, notFound } from './errors';

type Versioned = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Update one row only if it still has the version the caller read; bump the version.
 * Returns the row before and after, for the audit trail.
 */
export async function updateVersioned<T extends Versioned>(
  tx: DbOrTx,
  table: T,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  what: [string, string] = ['记录', 'record'],
): Promise<{ before: T['$inferSelect']; after: T['$inferSelect'] }> {
  const t = table as unknown as Versioned;
  const [before] = (await tx.select().from(t as PgTable).where(eq(t.id, id)).for('update')) as T['$inferSelect'][];
  if (!before) throw notFound(...what);
  const current = (before as { version: number }).version;
  if (current !== expectedVersion) throw conflict(current);
  const set: Record<string, unknown> = { ...patch, version: sql`${t.version} + 1` };
  if ('updatedAt' in (table as object)) set.updatedAt = new Date();
  const cond: SQL = and(eq(t.id, id), eq(t.version, expectedVersion))!;
  const [after] = (await tx.update(t as PgTable).set(set).where(cond).returning()) as T['$inferSelect'][];
  if (!after) throw conflict();
  return { before, after };
}

/** The usual edit: a version-checked update and its audit entry, in one transaction. */
export async function updateAudited<T extends Versioned>(
  db: Db,
  actor: Actor,
  table: T,
  entity: string,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  what: [string, string],
  requestId?: string,
): Promise<T['$inferSelect']> {
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, table, id, expectedVersion, patch, what);
    await audit(tx, actor, { action: 'update', entity, entityId: id, before, after }, requestId);
    return after;
  });
}

/** The version a whole-resource replace (no row of its own) reads; 1 before its first write. */
export async function resourceVersion(db: DbOrTx, key: string): Promise<number> {
  const [r] = await db.select({ version: resourceVersions.version }).from(resourceVersions).where(eq(resourceVersions.key, key));
  return r?.version ?? 1;
}

/**
 * Check and bump the version of a resource replaced as a whole. The row lock serialises two
 * replaces of the same resource, so the second one sees the bumped version and answers 409.
 */
export async function bumpResourceVersion(tx: DbOrTx, key: string, expectedVersion: number): Promise<number> {
  await tx.insert(resourceVersions).values({ key }).onConflictDoNothing();
  const [r] = await tx.select({ version: resourceVersions.version }).from(resourceVersions).where(eq(resourceVersions.key, key)).for('update');
  if (r.version !== expectedVersion) throw conflict(r.version);
  const [after] = await tx.update(resourceVersions).set({ version: sql`${resourceVersions.version} + 1` }).where(eq(resourceVersions.key, key)).returning({ version: resourceVersions.version });
  return after.version;
}
