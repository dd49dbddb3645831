// Reference data of the corridor ledger, on every start: the hub nodes the plan names and
// the links between them, and which seed-000 indicators are computed from the ledger.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../db/index';
import { corridorLinks, corridorNodes, indicators, plans, zones } from '../db/schema';
import { audit } from '../core/audit';
import { SEED_NODES } from '../../domain/corridor/index';
import { COMPUTED_FROM } from '../corridor/feed';
import { SYSTEM_ACTOR } from './actor';

const ZONE_OF: Record<string, string> = { 'CKG-AIRPORT': 'yubei-linkong', GULU: 'yubei-gulu', LUOQI: 'yubei-luoqi' };
const LINKS: [string, string, string, string][] = [
  ['CKG-AIRPORT', 'GULU', 'road', '机场—古路站 集疏运'],
  ['GULU', 'QINZHOU', 'rail', '古路站—钦州港 铁海联运班列'],
  ['QINZHOU', 'SGSIN', 'sea', '钦州港—新加坡'],
  ['QINZHOU', 'VNHPH', 'sea', '钦州港—海防'],
  ['LUOQI', 'GULU', 'road', '洛碛港—古路站'],
];
/** Seed 000 indicators computed from the ledger: RCEP routes (3), fresh clearance (6), ASEAN trade (7). */
export const COMPUTED_NUMBERS: Record<string, string> = { '3': COMPUTED_FROM.rcep, '6': COMPUTED_FROM.clearance, '7': COMPUTED_FROM.asean };

export async function seedCorridorReference(db: DbOrTx, log: (m: string) => void) {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from corridor_nodes`);
  if (n > 0) return;
  const zoneIds = new Map((await db.select({ id: zones.id, code: zones.code }).from(zones)).map((z) => [z.code, z.id]));
  const nodes = await db
    .insert(corridorNodes)
    .values(SEED_NODES.map((x) => ({ ...x, zoneId: zoneIds.get(ZONE_OF[x.code] ?? '') ?? null })))
    .returning();
  const id = new Map(nodes.map((x) => [x.code, x.id]));
  await db.insert(corridorLinks).values(LINKS.map(([a, b, mode, name]) => ({ fromNodeId: id.get(a)!, toNodeId: id.get(b)!, mode, name })));
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, 'YB-CORRIDOR-2023'));
  if (plan)
    for (const [number, from] of Object.entries(COMPUTED_NUMBERS))
      await db.update(indicators).set({ computedFrom: from }).where(and(eq(indicators.planId, plan.id), eq(indicators.number, number), isNull(indicators.computedFrom)));
  await audit(db, SYSTEM_ACTOR, { action: 'seed', entity: 'corridor_node', after: { nodes: nodes.map((x) => x.code), links: LINKS.length, computed: COMPUTED_NUMBERS } });
  log(`corridor: ${nodes.length} nodes`);
}

