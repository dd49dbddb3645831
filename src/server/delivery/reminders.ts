// 催报 for progress reports: a notice to each liaison and unit leader a few working days before
// the due date and every working day after it, until the report is handed in. Idempotent per day.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { progressReports, reportingCycles } from '../db/schema';
import { notifyUnitPeople, type UnitMessage } from '../system/notify';
import { isWorkingDay, workingDaysBefore } from '../../domain/calendar/workdays';
import { loadOverrides } from './service';
import { today } from './common';

export const REMIND_WORKING_DAYS_BEFORE = 3;

export async function sendReportReminders(db: DbOrTx, day = today()): Promise<number> {
  const cal = await loadOverrides(db);
  if (!isWorkingDay(day, cal)) return 0;
  const owed = await db
    .select({ unitId: progressReports.unitId, dueOn: progressReports.dueOn, period: progressReports.period, n: sql<number>`count(*)::int` })
    .from(progressReports)
    .innerJoin(reportingCycles, eq(reportingCycles.id, progressReports.cycleId))
    .where(and(eq(reportingCycles.status, 'open'), inArray(progressReports.status, ['draft', 'returned'])))
    .groupBy(progressReports.unitId, progressReports.dueOn, progressReports.period);
  // Which groups are due a reminder today is a calendar question; the notices go in one statement.
  const messages: UnitMessage[] = [];
  for (const o of owed) {
    if (!o.dueOn) continue;
    const due = String(o.dueOn);
    const before = workingDaysBefore(due, REMIND_WORKING_DAYS_BEFORE, cal) === day;
    const after = due < day;
    if (!before && !after) continue;
    messages.push({
      unitId: o.unitId,
      kind: 'reminder',
      title: after ? `进展催报：${o.period} 有 ${o.n} 份进展报告已逾期` : `进展提醒：${o.period} 有 ${o.n} 份进展报告将于 ${due} 截止`,
      body: after ? `截止日期 ${due} 已过，请尽快填写并提交。` : `请在 ${due} 前填写并提交本单位的进展报告。`,
      link: '/delivery/todo',
      dedupeKey: `report-reminder:${o.period}:${day}`,
    });
  }
  return notifyUnitPeople(db, messages);
}
