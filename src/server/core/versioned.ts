import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../db/index';
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
