// Demo observations (HUBLINE_DEMO=1 only). Corridor freight uses the real public
// annual figures of ../shared/data as yearly growth rates (indicators 4 and 5 are rates); where no public Yubei series
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

const ILLUSTRATIVE = '演示数据：示意值，非官方统计';
const REAL_GROWTH = '演示数据：全市经陆海新通道三种主要模式口径年度公开数据的同比增长率（1月至当月累计，见 shared/data）';

// Indicators 4 and 5 are growth rates (经陆海新通道货运量增长率 / 货值增长率, target 15 % a year):
// their values are the year-on-year growth of the public annual totals below, in %. Monthly
// values are the growth from January to the month over the same months a year earlier (how
// 累计增速 is published). Only annual totals are public, so every month of a year carries that
// year's growth (as if each month had the same share every year); December's is the yearly value
// (aggregation last).
const CONTAINERS_TEU: [number, number][] = [
  [2022, 148000],
  [2023, 178600],
  [2024, 251800],
  [2025, 327700],
];
const VALUE_100M_YUAN: [number, number][] = [
  [2022, 251.2],
  [2023, 279.6],
  [2024, 467],
  [2025, 583.1],
];

/** Growth in % (one decimal) of each year's total over the year before, entered every month. */
export function yearToDateGrowth(totals: [number, number][]): { period: string; value: number; comment: string }[] {
  const out: { period: string; value: number; comment: string }[] = [];
  for (let i = 1; i < totals.length; i++) {
    const [year, total] = totals[i];
    const prev = totals[i - 1][1];
    const growth = Math.round((total / prev - 1) * 1000) / 10;
    for (let m = 1; m <= 12; m++) out.push({ period: `${year}-${String(m).padStart(2, '0')}`, value: growth, comment: `${REAL_GROWTH}：${totals[i - 1][0]}年${prev} → ${year}年${total}` });
  }
  return out;
}

const YUBEI_DEMO: Record<string, { period: string; value: number; covered?: string[]; comment: string }[]> = {
  '1': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 110, comment: '设计保障能力（2017年T3航站楼投用时确定），见 shared/data/jiangbei-airport.csv' })),
  '2': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 4500, comment: '设计保障能力，见 shared/data/jiangbei-airport.csv' })),
  '3': [2023, 2024, 2025].map((y) => ({ period: String(y), value: 13, covered: ['AU', 'JP', 'KH', 'ID', 'KR', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'TH', 'VN'], comment: ILLUSTRATIVE })),
  '4': yearToDateGrowth(CONTAINERS_TEU),
  '5': yearToDateGrowth(VALUE_100M_YUAN),
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
