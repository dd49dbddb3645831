// Demo delivery and supervision data (HUBLINE_DEMO=1 only): measures for 2024–2026 on the
// seed 000 tasks, a year of monthly reports ending with the current month (some late, some
// returned, one task slipping), alerts from the rules, and two open supervision notices.
// Illustrative: the texts are typical of such reports, not what any unit actually wrote.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { calendarDays, measures, milestones, plans, progressReports, rectifications, reportVersions, reportingCycles, supervisionNotices, taskAssignments, tasks, units, users, alerts } from '../db/schema';
import { audit } from '../core/audit';
import { parsePeriod } from '../../domain/calendar/period';
import { addDays, cycleDueDate, periodStart, shanghaiDate } from '../../domain/calendar/workdays';
import { refreshAlerts } from '../supervision/alerts';
import { SYSTEM_ACTOR } from './actor';

const PHASE: Record<number, string> = { 2024: '启动实施', 2025: '全面推进', 2026: '巩固提升' };
const DONE = ['完成年度工作方案印发', '召开专题推进会并形成会议纪要', '完成重点项目前期手续', '对接重点企业并签订合作协议', '完成阶段性评估', '形成专项工作台账'];
const NEXT = ['加快推进项目建设', '加强与市级部门对接', '开展专题调研', '推动政策落地', '组织企业座谈'];

function monthsBack(today: string, n: number): string[] {
  const [y, m] = today.split('-').map(Number);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** The one entry from demo.ts; idempotent (does nothing once cycles exist). */
export async function seedDemoDelivery(db: DbOrTx, log: (m: string) => void) {
  if (!(await seedDemoReports(db, log))) return;
  await seedDemoNotices(db as Db, log);
  await seedDemoCalendar(db, log);
}

// The State Council's holiday schedules for 2025 and 2026 (国务院办公厅关于部分节假日安排的通知):
// holidays on working days and the weekend days worked in exchange (调休). Entered after the
// demo cycles so that their due dates stay as generated; new cycles follow the calendar.
type Day = [string, 'holiday' | 'workday', string];
const DEMO_CALENDAR: Day[] = [
  ...['2025-01-01'].map((d): Day => [d, 'holiday', '元旦']),
  ...['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04'].map((d): Day => [d, 'holiday', '春节']),
  ['2025-01-26', 'workday', '春节调休'],
  ['2025-02-08', 'workday', '春节调休'],
  ['2025-04-04', 'holiday', '清明节'],
  ...['2025-05-01', '2025-05-02', '2025-05-05'].map((d): Day => [d, 'holiday', '劳动节']),
  ['2025-04-27', 'workday', '劳动节调休'],
  ['2025-06-02', 'holiday', '端午节'],
  ...['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'].map((d): Day => [d, 'holiday', '国庆节、中秋节']),
  ['2025-09-28', 'workday', '国庆节调休'],
  ['2025-10-11', 'workday', '国庆节调休'],
  ...['2026-01-01', '2026-01-02'].map((d): Day => [d, 'holiday', '元旦']),
  ['2026-01-04', 'workday', '元旦调休'],
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'].map((d): Day => [d, 'holiday', '春节']),
  ['2026-02-14', 'workday', '春节调休'],
  ['2026-02-28', 'workday', '春节调休'],
  ['2026-04-06', 'holiday', '清明节'],
  ...['2026-05-01', '2026-05-04', '2026-05-05'].map((d): Day => [d, 'holiday', '劳动节']),
  ['2026-05-09', 'workday', '劳动节调休'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-09-25', 'holiday', '中秋节'],
  ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((d): Day => [d, 'holiday', '国庆节']),
  ['2026-09-20', 'workday', '国庆节调休'],
  ['2026-10-10', 'workday', '国庆节调休'],
];

async function seedDemoCalendar(db: DbOrTx, log: (m: string) => void) {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from calendar_days`);
  if (n > 0) return;
  await db.insert(calendarDays).values(DEMO_CALENDAR.map(([date, kind, name]) => ({ date, kind, name })));
  await audit(db, SYSTEM_ACTOR, { action: 'demo_data', entity: 'calendar', after: { count: DEMO_CALENDAR.length } });
  log(`demo data: ${DEMO_CALENDAR.length} holidays and make-up working days`);
}

async function seedDemoReports(db: DbOrTx, log: (m: string) => void, now = new Date()): Promise<boolean> {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from reporting_cycles`);
  if (n > 0) return false;
  const [plan] = await db.select().from(plans).where(eq(plans.code, 'YB-CORRIDOR-2023'));
  if (!plan) return false;
  const today = shanghaiDate(now);
  const taskList = await db.select().from(tasks).where(eq(tasks.planId, plan.id)).orderBy(tasks.position);
  const assigns = await db
    .select({ taskId: taskAssignments.taskId, unitId: taskAssignments.unitId, role: taskAssignments.role, collective: units.collective, name: units.name })
    .from(taskAssignments)
    .innerJoin(units, eq(units.id, taskAssignments.unitId))
    .where(inArray(taskAssignments.taskId, taskList.map((t) => t.id)));
  const leadOf = new Map<string, string>();
  for (const a of assigns) if (a.role === 'lead' && !a.collective && !leadOf.has(a.taskId)) leadOf.set(a.taskId, a.unitId);
  const people = await db.select({ id: users.id, username: users.username, unitId: users.unitId }).from(users);
  const user = (u: string) => people.find((p) => p.username === u);
  const office = user('office');

  // Each unit's liaison and leader in charge on its tasks, where a demo account exists.
  for (const [liaison, leader] of [
    ['liaison_commerce', 'leader_commerce'],
    ['liaison_transport', 'leader_transport'],
  ]) {
    const l = user(liaison);
    const d = user(leader);
    if (l?.unitId) await db.update(taskAssignments).set({ liaisonId: l.id, leaderId: d?.id ?? null }).where(eq(taskAssignments.unitId, l.unitId));
  }

  // Measures and milestones, 2024–2026: earlier years approved and done, a few milestones slipping.
  const plannedMeasures = taskList.flatMap((t, ti) => {
    const unitId = leadOf.get(t.id) ?? null;
    if (!unitId) return [];
    return [2024, 2025, 2026].map((year) => {
      const status = year === 2026 && ti % 7 === 3 ? 'submitted' : 'approved';
      return { ti, year, row: { taskId: t.id, unitId, year, title: `${year}年${t.title}：${PHASE[year]}`, text: `围绕“${t.title}”，${PHASE[year]}年度重点工作，细化责任分工和时间节点。`, status, approvedBy: status === 'approved' ? (office?.id ?? null) : null, approvedAt: status === 'approved' ? at(`${year}-02-20`) : null } };
    });
  });
  // One statement for the measures and one for their milestones: the demo seeds every test database.
  const made = plannedMeasures.length ? await db.insert(measures).values(plannedMeasures.map((m) => m.row)).returning({ id: measures.id }) : [];
  const msRows = plannedMeasures.flatMap(({ ti, year, row }, i) =>
    [
      { dueDate: `${year}-06-30`, deliverable: `${PHASE[year]}阶段性成果（上半年）` },
      { dueDate: `${year}-12-15`, deliverable: `${PHASE[year]}年度目标完成` },
    ].map((x, position) => {
      const slipping = ti % 6 === 2 && year >= 2025; // some tasks miss their dates
      const done = x.dueDate < today && !slipping;
      return { measureId: made[i].id, taskId: row.taskId, unitId: row.unitId, dueDate: x.dueDate, deliverable: x.deliverable, position, percentDone: done ? 100 : x.dueDate < today ? 60 : 30, doneAt: done ? at(addDays(x.dueDate, -3)) : null };
    }),
  );
  if (msRows.length) await db.insert(milestones).values(msRows);
  const mCount = made.length;

  // Twelve monthly cycles up to the current month; the current one still open for reporting.
  const periods = monthsBack(today, 12);
  let rCount = 0;
  for (const [pi, period] of periods.entries()) {
    const p = parsePeriod(period)!;
    const dueOn = cycleDueDate(p, 25);
    const current = pi === periods.length - 1;
    const [cycle] = await db
      .insert(reportingCycles)
      .values({ planId: plan.id, name: `${p.year}年${p.index}月进展报送`, frequency: 'monthly', period, opensOn: periodStart(p), dueOn, dueDay: 25, status: 'open', openedBy: office?.id ?? null })
      .returning({ id: reportingCycles.id });
    const values = assigns
      .filter((a) => !a.collective)
      .map((a) => {
        const ti = taskList.findIndex((t) => t.id === a.taskId);
        const lead = a.role === 'lead';
        // Deterministic variety: who is late, who was returned, which task slips.
        const k = (ti * 7 + pi * 3 + a.name.length) % 17;
        const slipping = ti % 6 === 2;
        const missing = (pi >= periods.length - 2 && k % 5 === 0) || (current && dueOn >= today ? k % 3 !== 0 : false);
        const returned = !missing && k === 4 && pi >= periods.length - 3;
        const late = !missing && k % 6 === 1;
        const percent = Math.min(100, 8 * (pi + 1) + (ti % 4) * 5 - (slipping ? 4 * pi : 0));
        const submittedDay = late ? addDays(dueOn, 4) : addDays(dueOn, -2);
        const status = missing ? 'draft' : returned ? 'returned' : current ? (k % 2 ? 'submitted' : 'approved') : 'accepted';
        return {
          taskId: a.taskId,
          unitId: a.unitId,
          role: a.role,
          cycleId: cycle.id,
          period,
          dueOn,
          progress: missing ? 'not_started' : slipping && lead && pi >= periods.length - 4 ? 'delayed' : 'in_progress',
          text: missing ? '' : `${p.index}月：${DONE[(ti + pi) % DONE.length]}。`,
          problems: slipping && !missing ? '项目用地指标尚未落实，前期手续推进较慢。' : '',
          nextSteps: missing ? '' : NEXT[(ti + pi) % NEXT.length],
          coordination: slipping && lead && !missing && pi === periods.length - 2 ? '请区规划自然资源局协调解决项目用地指标。' : '',
          percentDone: missing || !lead ? null : Math.max(0, slipping ? Math.min(percent, 35) : percent),
          status,
          returnReason: returned ? '请补充量化数据和佐证材料' : null,
          submittedAt: missing ? null : at(submittedDay),
          reviewedAt: status === 'accepted' ? at(addDays(submittedDay, 2)) : null,
          reviewedBy: status === 'accepted' || returned ? (office?.id ?? null) : null,
        };
      });
    if (values.length) {
      const inserted = await db.insert(progressReports).values(values).returning({ id: progressReports.id, status: progressReports.status, returnReason: progressReports.returnReason });
      const versions = inserted
        .filter((r) => r.status !== 'draft')
        .flatMap((r) => {
          const steps = r.status === 'returned' ? ['submit', 'approve', 'return'] : r.status === 'accepted' ? ['submit', 'approve', 'accept'] : r.status === 'approved' ? ['submit', 'approve'] : ['submit'];
          return steps.map((action, i) => ({ reportId: r.id, revision: i + 1, action, status: action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : action === 'return' ? 'returned' : 'accepted', content: {}, comment: action === 'return' ? r.returnReason : null }));
        });
      if (versions.length) await db.insert(reportVersions).values(versions);
      rCount += inserted.length;
    }
  }
  await audit(db, SYSTEM_ACTOR, { action: 'demo_data', entity: 'progress_report', after: { measures: mCount, cycles: periods.length, reports: rCount } });
  log(`demo delivery: ${mCount} measures, ${periods.length} cycles, ${rCount} reports`);
  return true;
}

/** After the seeding transaction: alerts from the rules, then two open notices made from them. */
async function seedDemoNotices(db: Db, log: (m: string) => void) {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from supervision_notices`);
  if (n > 0) return;
  const summary = await refreshAlerts(db, SYSTEM_ACTOR);
  const [office] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'office'));
  const pick = async (unitName: string) =>
    (
      await db
        .select({ id: alerts.id, unitId: alerts.unitId, taskId: alerts.taskId, indicatorId: alerts.indicatorId, reason: alerts.reason, level: alerts.level })
        .from(alerts)
        .innerJoin(units, eq(units.id, alerts.unitId))
        .where(and(eq(units.name, unitName), eq(alerts.status, 'open')))
        .orderBy(sql`case ${alerts.level} when 'red' then 0 else 1 end`)
        .limit(1)
    )[0];
  const year = shanghaiDate(new Date()).slice(0, 4);
  const today = shanghaiDate(new Date());
  let made = 0;
  await db.transaction(async (tx) => {
    for (const [unitName, status] of [
      ['区交通局', 'issued'],
      ['区商务委', 'rectifying'],
    ] as const) {
      const a = await pick(unitName);
      if (!a?.unitId) continue;
      const [row] = await tx
        .insert(supervisionNotices)
        .values({
          number: `督〔${year}〕${String(made + 1).padStart(3, '0')}号`,
          alertId: a.id,
          taskId: a.taskId,
          indicatorId: a.indicatorId,
          unitId: a.unitId,
          source: 'alert',
          issue: a.reason,
          requirement: '请分析原因，制定整改方案，明确责任人和完成时限，按期报送整改情况并附佐证材料。',
          dueOn: addDays(today, status === 'issued' ? 10 : 20),
          level: a.level === 'red' ? 'supervision' : 'reminder',
          status,
          issuedBy: office?.id ?? null,
          // Issued in the month before: the cockpit shows the notices open on its period's last
          // day, and its period is the month before until that month's reports fall due, so
          // notices dated today left its tile empty in a demo for most of a month.
          createdAt: new Date(`${addDays(`${today.slice(0, 7)}-01`, -10)}T10:00:00+08:00`),
        })
        .returning();
      await tx.update(alerts).set({ status: 'noticed' }).where(eq(alerts.id, a.id));
      if (status === 'rectifying') {
        const [liaison] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'liaison_commerce'));
        await tx.insert(rectifications).values({ noticeId: row.id, kind: 'plan', text: '成立工作专班，每周调度一次；本月底前完成滞后事项。', submittedBy: liaison?.id ?? null, verification: 'passed', verifiedBy: office?.id ?? null, verifiedAt: new Date() });
      }
      await audit(tx, SYSTEM_ACTOR, { action: 'issue', entity: 'supervision_notice', entityId: row.id, after: row });
      made++;
    }
  });
  log(`demo supervision: ${summary.open} alerts, ${made} notices`);
}
