// Demo accounts share one published password, so they may exist only while HUBLINE_DEMO=1.
// A start without it deactivates every demo account that still has that password (a real
// user who happens to be called "office" and chose their own password is left alone).
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/index';
import { sessions, users } from '../db/schema';
import { audit } from '../core/audit';
import { verifyPassword } from '../core/password';
import { SYSTEM_ACTOR } from './actor';

export async function retireDemoAccounts(db: Tx, log: (m: string) => void) {
  const { demoUsers, DEMO_PASSWORD } = await import('./index');
  const active = await db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(inArray(users.username, demoUsers.map((d) => d.username)));
  for (const u of active) {
    if (!u.active || !(await verifyPassword(DEMO_PASSWORD, u.passwordHash))) continue;
    await db.update(users).set({ active: false, updatedAt: new Date() }).where(eq(users.id, u.id));
    await db.delete(sessions).where(eq(sessions.userId, u.id));
    await audit(db, SYSTEM_ACTOR, { action: 'deactivate_demo_account', entity: 'user', entityId: u.id, after: { username: u.username, active: false } });
    log(`demo account ${u.username} deactivated (HUBLINE_DEMO is not 1)`);
  }
}
