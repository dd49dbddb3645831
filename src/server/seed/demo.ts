// Demo observations (HUBLINE_DEMO=1 only). Corridor freight uses the real public
// annual figures of ../shared/data spread over months; where no public Yubei series
// exists the values are illustrative and say so in their comment.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { indicatorZones, indicators, observations, plans, referenceSets } from '../db/schema';
import { audit } from '../core/audit';
import { recomputeAll } from '../indicators/service';
import { SYSTEM_ACTOR } from './actor';
import { seedDemoDelivery } from './demo-delivery';
import { seedDemoEvaluation } from './demo-evaluation';
import { seedDemoCorridor } from './demo-corridor';

// Typical monthly shares of corridor freight (Spring Festival dip in Jan–Feb).
const MONTH_SHARE = [0.075, 0.06, 0.08, 0.082, 0.085, 0.086, 0.087, 0.088, 0.088, 0.09, 0.088, 0.091];

export function spreadOverMonths(total: number, decimals: number): number[] {
  const sum = MONTH_SHARE.reduce((a, b) => a + b, 0);
  const f = 10 ** decimals;
  const months = MONTH_SHARE.map((s) => Math.round((total * s * f) / sum) / f);
  // The last month takes the rounding remainder so the year adds up exactly.
  months[11] = Math.round((total - months.slice(0, 11).reduce((a, b) => a + b, 0)) * f) / f;
  return months;
}

const REAL = '演示数据：全市经陆海新通道三种主要模式口径的年度公开数据按月分摊（见 shared/data）';
const ILLUSTRATIVE = '演示数据：示意值，非官方统计';

const YUBEI_DEMO: Record<string, { period: string; value: number; covered?: string[]; comment: string }[]> = {
  '1': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 110, comment: '设计保障能力（2017年T3航站楼投用时确定），见 shared/data/jiangbei-airport.csv' })),
  '2': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 4500, comment: '设计保障能力，见 shared/data/jiangbei-airport.csv' })),
  '3': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 13, covered: ['AU', 'JP', 'KH', 'ID', 'KR', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'TH', 'VN'], comment: ILLUSTRATIVE })),
  '4': [
    [2023, 178600],
    [2024, 251800],
    [2025, 327700],
  ].flatMap(([y, total]) => spreadOverMonths(total, 0).map((v, m) => ({ period: `${y}-${String(m + 1).padStart(2, '0')}`, value: v, comment: REAL }))),
  '5': [
    [2023, 279.6],
    [2024, 467],
    [2025, 583.1],
  ].flatMap(([y, total]) => spreadOverMonths(total, 2).map((v, m) => ({ period: `${y}-${String(m + 1).padStart(2, '0')}`, value: v, comment: REAL }))),
  '6': [
    { period: '2023', value: 90, comment: ILLUSTRATIVE },
    { period: '2024', value: 75, comment: ILLUSTRATIVE },
    { period: '2025', value: 66, comment: ILLUSTRATIVE },
  ],
  '7': [
    { period: '2023', value: 315, comment: ILLUSTRATIVE },
    { period: '2024', value: 327, comment: ILLUSTRATIVE },
    { period: '2025', value: 336, comment: ILLUSTRATIVE },
  ],
};

export async function seedDemoData(db: DbOrTx, log: (m: string) => void) {
  await seedDemoEvaluation(db, log);
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from observations`);
  if (n > 0) return;
  const [plan] = await db.select().from(plans).where(eq(plans.code, 'YB-CORRIDOR-2023'));
  if (!plan) return;
  const [rcep] = await db.select().from(referenceSets).where(eq(referenceSets.code, 'rcep_members'));
  const list = await db
    .select({ id: indicators.id, number: indicators.number, ownerUnitId: indicators.ownerUnitId, zoneId: indicatorZones.zoneId })
    .from(indicators)
    .innerJoin(indicatorZones, eq(indicatorZones.indicatorId, indicators.id))
    .where(and(eq(indicators.planId, plan.id)));
  let count = 0;
  for (const ind of list) {
    const values = YUBEI_DEMO[ind.number ?? ''] ?? [];
    if (!values.length) continue;
    await db.insert(observations).values(
      values.map((v) => ({
        indicatorId: ind.id,
        zoneId: ind.zoneId,
        unitId: ind.ownerUnitId,
        period: v.period,
        value: v.value,
        covered: v.covered && rcep ? v.covered : null,
        comment: v.comment,
        status: 'accepted',
        source: 'form',
      })),
    );
    count += values.length;
  }
  await audit(db, SYSTEM_ACTOR, { action: 'demo_data', entity: 'observation', after: { count } });
  await recomputeAll(db);
  log(`demo data: ${count} observations`);
  await seedDemoDelivery(db, log);
  await seedDemoCorridor(db, log);
}
