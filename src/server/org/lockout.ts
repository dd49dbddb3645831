// Account lockout that holds under concurrency. The failure counter used to be read,
// incremented in JavaScript and written back, so 12 parallel wrong passwords all read 0
// and all wrote 1. Now the database increments it in one UPDATE … RETURNING and the
// decision comes from the value it returns; a successful login clears it only if the
// account is not locked at that instant (also one UPDATE), so a lock that lands while
// the password is being checked still wins.
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { users } from '../db/schema';
import { audit } from '../core/audit';
import { AppError, badRequest } from '../core/errors';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const clock = (d: Date) => d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

export const lockedError = (until: Date) =>
  new AppError(423, 'locked', `连续密码错误次数过多，账户已锁定至 ${clock(until)}`, `Too many wrong passwords; account locked until ${clock(until)}`);

/** Refuses before any password is checked while the account is locked. */
export function assertNotLocked(u: { lockedUntil: Date | null }) {
  if (u.lockedUntil && u.lockedUntil > new Date()) throw lockedError(u.lockedUntil);
}

/**
 * Counts one wrong password (at login or as the current password of a password change)
 * and throws what the caller answers: 423 once the account is locked, else `wrong`.
 */
export async function registerWrongPassword(db: Db, u: { id: string; username: string }, where: 'login' | 'password_change', requestId?: string): Promise<never> {
  const row = await db.transaction(async (tx) => {
    const next = sql`${users.failedLogins} + 1`;
    const [r] = await tx
      .update(users)
      .set({
        failedLogins: sql`case when ${next} >= ${MAX_FAILURES} then 0 else ${next} end`,
        lockedUntil: sql`case when ${next} >= ${MAX_FAILURES} then now() + make_interval(mins => ${LOCK_MINUTES}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, u.id))
      .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
    const lockedNow = r.failedLogins === 0;
    await audit(
      tx,
      { id: u.id, name: u.username },
      { action: lockedNow ? 'login_locked' : where === 'login' ? 'login_failed' : 'password_change_failed', entity: 'user', entityId: u.id, after: { failures: lockedNow ? MAX_FAILURES : r.failedLogins, where } },
      requestId,
    );
    return { ...r, lockedNow };
  });
  if (row.lockedNow) throw new AppError(423, 'locked', `连续${MAX_FAILURES}次密码错误，账户已锁定${LOCK_MINUTES}分钟`, `Account locked for ${LOCK_MINUTES} minutes after ${MAX_FAILURES} wrong passwords`);
  // A parallel attempt may have locked the account while this one was checked.
  if (row.lockedUntil && row.lockedUntil > new Date()) throw lockedError(row.lockedUntil);
  if (where === 'login') throw new AppError(401, 'bad_credentials', '用户名或密码错误', 'Wrong username or password', { field: 'password' });
  throw badRequest('当前密码不正确', 'Current password is wrong', { field: 'currentPassword' });
}

/** After a right password: clears the counter unless the account got locked meanwhile (then 423). */
export async function clearFailures(tx: DbOrTx, userId: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [r] = await tx
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, ...extra })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`))))
    .returning({ id: users.id });
  if (!r) {
    const [u] = await tx.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId));
    throw lockedError(u?.lockedUntil ?? new Date());
  }
}
