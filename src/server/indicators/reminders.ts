// 催办: who still owes which data. Used by the reminders list and by the daily job.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { observations, units } from '../db/schema';
import { parsePeriod, periodDue, periodsOfYear, type Frequency } from '../../domain/calendar/period';
import { owedPairs } from './queries';
import type { z } from 'zod';
import type { missingRowOut } from '../../contracts/indicators';
import type { Scope } from '../core/access';
import { notifyUnitPeople } from '../system/notify';

/** A period owed and not yet submitted (the API's shape). */
export type MissingItem = z.output<typeof missingRowOut>;

/** Periods of `year` that are due (or started) and not yet submitted, per indicator × zone. */
export async function missingData(db: DbOrTx, scope: Scope, year: number, today = new Date().toISOString().slice(0, 10)): Promise<MissingItem[]> {
  const pairs = await owedPairs(db, scope);
  const ids = [...new Set(pairs.map((p) => p.indicatorId))];
  if (!ids.length) return [];
  const have = await db.select({ i: observations.indicatorId, z: observations.zoneId, p: observations.period, s: observations.status }).from(observations).where(inArray(observations.indicatorId, ids));
  const got = new Map(have.map((h) => [`${h.i}|${h.z}|${h.p}`, h.s]));
  const unitNames = new Map((await db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name]));
  const out: MissingItem[] = [];
  for (const p of pairs)
    for (const per of periodsOfYear(p.frequency as Frequency, year)) {
      const due = periodDue(parsePeriod(per)!);
      const s = got.get(`${p.indicatorId}|${p.zoneId}|${per}`);
      if (s && s !== 'draft' && s !== 'returned') continue;
      if (due > today && !s) continue; // not due yet and nothing started
      out.push({ indicatorId: p.indicatorId, code: p.code, name: p.name, nameEn: p.nameEn ?? null, zoneName: p.zoneName, unitId: p.unitId, unitName: p.unitId ? (unitNames.get(p.unitId) ?? null) : null, period: per, due, late: due < today, state: s ?? 'missing' });
    }
  return out;
}

/** One notice a day to each liaison of a unit with late data; idempotent within the day. */
export async function sendReminders(db: DbOrTx, now = new Date()): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const late = (await missingData(db, { all: true }, now.getFullYear(), today)).concat(await missingData(db, { all: true }, now.getFullYear() - 1, today)).filter((m) => m.late && m.unitId);
  const byUnit = new Map<string, MissingItem[]>();
  for (const m of late) byUnit.set(m.unitId!, [...(byUnit.get(m.unitId!) ?? []), m]);
  // One statement for every unit's liaisons and leaders.
  return notifyUnitPeople(
    db,
    [...byUnit].map(([unitId, items]) => ({
      unitId,
      kind: 'reminder',
      title: `数据催报：${items.length} 项指标数据已逾期`,
      body: `请尽快填报并提交：${items.slice(0, 3).map((m) => `${m.name}（${m.period}）`).join('、')}${items.length > 3 ? ' 等' : ''}。`,
      link: '/indicators/entry',
      dedupeKey: `reminder:${today}`,
    })),
  );
}
