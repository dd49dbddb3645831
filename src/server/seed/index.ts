import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/index';
import { rows } from '../db/index';
import { units, users, zones } from '../db/schema';
import { audit } from '../core/audit';
import { createUnit, createUser } from '../org/service';
import type { Role } from '../core/access';
import { generatePassword } from '../core/password';
import { seedUnits, seedZones } from './organisation';
import { seedPlans } from './plans';
import { seedDemoData } from './demo';
import { retireDemoAccounts } from './demo-accounts';
import { seedCorridorReference } from './corridor';

import { SYSTEM_ACTOR as SYSTEM } from './actor';
export const DEMO_PASSWORD = process.env.HUBLINE_DEMO_PASSWORD ?? 'Hubline-Demo-2026';

export const demoUsers: { username: string; displayName: string; unit?: string; roles: Role[] }[] = [
  { username: 'office', displayName: '王敏（领导小组办公室）', unit: '区商务委', roles: ['office'] },
  { username: 'liaison_commerce', displayName: '李静（区商务委联络员）', unit: '区商务委', roles: ['liaison'] },
  { username: 'liaison_transport', displayName: '张伟（区交通局联络员）', unit: '区交通局', roles: ['liaison'] },
  { username: 'leader_commerce', displayName: '陈刚（区商务委负责人）', unit: '区商务委', roles: ['unit_leader'] },
  { username: 'leader_transport', displayName: '赵强（区交通局负责人）', unit: '区交通局', roles: ['unit_leader'] },
  { username: 'evaluator', displayName: '刘洋（考核评价组）', roles: ['evaluator'] },
  { username: 'leader', displayName: '周区长（分管领导）', roles: ['leader'] },
];

export interface SeedOptions {
  demo: boolean;
  adminPassword?: string;
  log?: (msg: string) => void;
}

/** Idempotent: creates only what is missing, so every start may call it. */
export async function ensureSeeded(db: Db, opts: SeedOptions): Promise<{ adminPassword?: string }> {
  // Several instances may start at once on one server: one seeds, the others then find it done.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    return seedInside(tx, opts);
  });
}

const SEED_LOCK = 727_003;

async function seedInside(db: Tx, opts: SeedOptions): Promise<{ adminPassword?: string }> {
  const log = opts.log ?? (() => {});
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from zones`);
  if (n === 0) {
    await db.transaction(async (tx) => {
      const ids = new Map<string, string>();
      for (const { parentCode, ...z } of seedZones) {
        const [row] = await tx.insert(zones).values({ ...z, parentId: parentCode ? ids.get(parentCode) : null }).returning();
        ids.set(z.code, row.id);
        await audit(tx, SYSTEM, { action: 'create', entity: 'zone', entityId: row.id, after: row });
      }
      for (const { zoneCode, ...u } of seedUnits) await createUnit(tx, SYSTEM, { ...u, zoneId: zoneCode ? ids.get(zoneCode) : null });
    });
    log('organisation seeded');
  }
  let adminPassword: string | undefined;
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  if (!admin) {
    const password = opts.adminPassword ?? generatePassword();
    // A generated password was printed on a console: it must not stay the admin's password.
    await createUser(db, SYSTEM, { username: 'admin', displayName: '系统管理员', roles: ['admin'], password, mustChangePassword: !opts.adminPassword });
    if (!opts.adminPassword) adminPassword = password;
  }
  await seedPlans(db, log);
  await seedCorridorReference(db, log);
  if (opts.demo) {
    for (const d of demoUsers) {
      const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.username, d.username));
      if (exists) continue;
      const [unit] = d.unit ? await db.select({ id: units.id }).from(units).where(eq(units.name, d.unit)) : [];
      await createUser(db, SYSTEM, { username: d.username, displayName: d.displayName, unitId: unit?.id ?? null, roles: d.roles, password: DEMO_PASSWORD });
    }
    await seedDemoData(db, log);
  } else await retireDemoAccounts(db, log);
  return { adminPassword };
}
