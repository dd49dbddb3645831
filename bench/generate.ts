// Data generator for benchmarks: realistic scale for a district office —
// hundreds of monthly indicators, several zones, years of history.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/index';
import { indicatorZones, indicators, plans, units, zones } from '../src/server/db/schema';
import { COLUMNS } from '../src/server/indicators/import';

export interface Generated {
  pairs: { indicatorId: string; code: string; zoneId: string; zoneCode: string }[];
  periods: string[];
}

export async function generateIndicators(db: Db, nIndicators: number, nZones: number, nMonths: number): Promise<Generated> {
  const [plan] = await db.insert(plans).values({ code: `BENCH-${Date.now()}`, title: '基准测试计划' }).returning();
  const [unit] = await db.select().from(units).limit(1);
  const zs = await db
    .insert(zones)
    .values(Array.from({ length: nZones }, (_, i) => ({ code: `bench-z${i}-${plan.id.slice(0, 6)}`, name: `基准区域${i + 1}`, level: 'functional_area' })))
    .returning();
  const inds = await db
    .insert(indicators)
    .values(
      Array.from({ length: nIndicators }, (_, i) => ({
        planId: plan.id,
        code: `B${plan.id.slice(0, 4)}-${i + 1}`,
        number: String(i + 1),
        name: `基准指标${i + 1}`,
        unit: '万吨',
        frequency: 'monthly',
        aggregation: 'sum',
        ownerUnitId: unit.id,
        baselineYear: 2017,
        baselineValue: 1000 + i,
        position: i,
      })),
    )
    .returning();
  const pairs = inds.flatMap((ind) => zs.map((z) => ({ indicatorId: ind.id, code: ind.code, zoneId: z.id, zoneCode: z.code })));
  for (let i = 0; i < pairs.length; i += 1000)
    await db.insert(indicatorZones).values(pairs.slice(i, i + 1000).map((p) => ({ indicatorId: p.indicatorId, zoneId: p.zoneId, unitId: null })));
  await db.execute(sql`insert into indicator_targets (indicator_id, year, kind, value) select id, 2027, 'level', baseline_value * 1.5 from indicators where plan_id = ${plan.id}`);
  const periods: string[] = [];
  for (let m = 0; m < nMonths; m++) {
    const y = 2018 + Math.floor(m / 12);
    periods.push(`${y}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return { pairs, periods };
}

/** A steady series with seasonality and noise, so the plausibility check has a history to work on. */
export const valueAt = (pairIndex: number, monthIndex: number) =>
  Math.round((80 + pairIndex % 50) * (1 + 0.004 * monthIndex) * (1 + 0.05 * Math.sin((monthIndex % 12) / 2)) * 100) / 100;

export async function generateWorkbook(g: Generated): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('填报数据');
  ws.addRow(COLUMNS.map((c) => c.zh));
  g.pairs.forEach((p, i) =>
    g.periods.forEach((period, m) => ws.addRow([p.code, '', '', p.zoneCode, '', period, null, null, valueAt(i, m), null, null])),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
