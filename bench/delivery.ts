// Delivery at scale: 500 tasks, 40 units, a year of monthly cycles (a lead report and a
// supporting contribution per task and month: 12,000 reports). The cycle board and the alert
// refresh are timed against the raw SQL of the same lists, in the same run.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/index';
import { plans, progressReports, reportingCycles, taskAssignments, tasks, units } from '../src/server/db/schema';
import { cycleBoardOf, listReports } from '../src/server/delivery/queries';
import { cycleBoard } from '../src/domain/delivery/board';
import { refreshAlerts } from '../src/server/supervision/alerts';

const N_TASKS = Number(process.env.BENCH_TASKS ?? 500);
const N_UNITS = Number(process.env.BENCH_UNITS ?? 40);
const TODAY = '2026-01-10';
const NEXT_DAY = '2026-01-11';
const STATES = ['accepted', 'accepted', 'accepted', 'approved', 'submitted', 'returned', 'draft'];

async function time<T>(fn: () => Promise<T>, runs = 3): Promise<[T, number]> {
  let r = await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) r = await fn();
  return [r, (performance.now() - t0) / runs / 1000];
}

export async function deliveryBench(database: Database) {
  const db = database.db;
  const [plan] = await db.insert(plans).values({ code: `BENCH-DELIVERY-${Date.now()}`, title: '基准计划' }).returning();
  const us = await db.insert(units).values(Array.from({ length: N_UNITS }, (_, i) => ({ name: `基准单位${i + 1}-${plan.id.slice(0, 6)}`, type: 'department' }))).returning({ id: units.id });
  const ts = await db
    .insert(tasks)
    .values(Array.from({ length: N_TASKS }, (_, i) => ({ planId: plan.id, kind: 'task', number: String(i + 1), title: `任务${i + 1}`, text: '基准任务', position: i })))
    .returning({ id: tasks.id });
  await db.insert(taskAssignments).values(ts.flatMap((t, i) => [
    { taskId: t.id, unitId: us[i % N_UNITS].id, role: 'lead', position: 0 },
    { taskId: t.id, unitId: us[(i + 7) % N_UNITS].id, role: 'support', position: 1 },
  ]));
  const cycleIds: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const period = `2025-${String(m).padStart(2, '0')}`;
    const dueOn = `${period}-25`;
    const [c] = await db.insert(reportingCycles).values({ planId: plan.id, name: period, frequency: 'monthly', period, opensOn: `${period}-01`, dueOn }).returning({ id: reportingCycles.id });
    cycleIds.push(c.id);
    const rows = ts.flatMap((t, i) =>
      (['lead', 'support'] as const).map((role) => {
        const status = STATES[(i + m + (role === 'lead' ? 0 : 3)) % STATES.length];
        return {
          taskId: t.id,
          unitId: us[(i + (role === 'lead' ? 0 : 7)) % N_UNITS].id,
          role,
          cycleId: c.id,
          period,
          dueOn,
          text: status === 'draft' ? '' : '推进中',
          status,
          progress: i % 11 === 0 ? 'delayed' : 'in_progress',
          percentDone: role === 'lead' ? Math.min(100, m * 8 + (i % 5)) : null,
          submittedAt: status === 'draft' ? null : new Date(`${dueOn}T10:00:00+08:00`),
        };
      }),
    );
    for (let k = 0; k < rows.length; k += 500) await db.insert(progressReports).values(rows.slice(k, k + 500));
  }
  const cycleId = cycleIds[11];

  // Cycle board: the route's counting query plus the domain roll-up, against a bare GROUP BY.
  const [rawBoard, tRawBoard] = await time(() => db.execute(sql`select unit_id, status, count(*)::int as n from progress_reports where cycle_id = ${cycleId} and role = 'lead' group by 1, 2`));
  const [board, tBoard] = await time(() => cycleBoardOf(db, { all: true }, cycleId, TODAY));
  // The same board as the report list rolled up in the domain: the counting moved, not the answer.
  // Timed too (boardViaListMs): what the board cost when the page rolled up the full report list.
  const [viaList, tViaList] = await time(async () => cycleBoard(await listReports(db, { all: true }, [], { cycleId, role: 'lead' }, TODAY)));
  if (JSON.stringify(board) !== JSON.stringify(viaList)) throw new Error('cycle board disagrees with the report list');
  const rawRows = (rawBoard as unknown as { rows: { n: number }[] }).rows;
  if (board.reduce((a, b) => a + b.total, 0) !== rawRows.reduce((a, b) => a + b.n, 0)) throw new Error('cycle board disagrees with SQL');

  // Alert refresh: first run writes every alert, the second finds nothing to change.
  const [, tRawLate] = await time(() =>
    db.execute(sql`select r.id, r.unit_id, r.due_on from progress_reports r where r.due_on < ${TODAY} and r.status in ('draft', 'returned')`),
  );
  const actor = { id: null, name: 'bench' };
  const t0 = performance.now();
  const first = await refreshAlerts(db, actor, TODAY);
  const tFirst = (performance.now() - t0) / 1000;
  // Every list the refresh reads, as bare SQL in one transaction: the floor the refresh could reach
  // (after the first refresh, so the open alerts are there to read).
  const [, tRawInputs] = await time(() =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select m.id, m.task_id, m.unit_id, m.due_date, m.deliverable, m.done_at from milestones m left join measures s on s.id = m.measure_id where coalesce(s.status, 'approved') = 'approved'`);
      await tx.execute(sql`select id, task_id, unit_id, period, due_on, status from progress_reports where status in ('draft', 'returned') and due_on < ${TODAY}`);
      await tx.execute(sql`select task_id, unit_id, period, progress, percent_done from progress_reports where role = 'lead' and status in ('submitted', 'approved', 'accepted')`);
      await tx.execute(sql`select id, key, level, reason, since from alerts where status <> 'closed'`);
      await tx.execute(sql`select s.indicator_id, s.zone_id, s.status, i.name, i.owner_unit_id from indicator_status s join indicators i on i.id = s.indicator_id where s.status in ('off_track', 'deteriorating')`);
    }),
  );
  const [again, tAgain] = await time(() => refreshAlerts(db, actor, TODAY), 1);
  if (again.opened !== 0 || again.closed !== 0) throw new Error('a second refresh changed alerts');
  // The job's daily case: the next day every dated alert's reason ("逾期 N 天") changes and is rewritten.
  const t1 = performance.now();
  const nextDay = await refreshAlerts(db, actor, NEXT_DAY);
  const tNextDay = (performance.now() - t1) / 1000;
  if (nextDay.changed < first.open / 2) throw new Error(`the next day changed only ${nextDay.changed} of ${first.open} alerts`);
  return {
    engine: database.kind,
    tasks: N_TASKS,
    units: N_UNITS,
    reports: N_TASKS * 2 * 12,
    boardUnits: board.length,
    boardMs: +(tBoard * 1000).toFixed(1),
    rawBoardSqlMs: +(tRawBoard * 1000).toFixed(1),
    boardRatioToRawSql: +(tBoard / tRawBoard).toFixed(1),
    boardViaListMs: +(tViaList * 1000).toFixed(1),
    boardViaListRatioToRawSql: +(tViaList / tRawBoard).toFixed(1),
    alerts: first.open,
    refreshFirstS: +tFirst.toFixed(2),
    refreshUnchangedS: +tAgain.toFixed(2),
    rawLateSqlMs: +(tRawLate * 1000).toFixed(1),
    refreshRatioToRawSql: +(tAgain / tRawLate).toFixed(1),
    rawInputsSqlMs: +(tRawInputs * 1000).toFixed(1),
    refreshRatioToRawInputsSql: +(tAgain / tRawInputs).toFixed(1),
    refreshNextDayS: +tNextDay.toFixed(2),
    alertsChangedNextDay: nextDay.changed,
    refreshNextDayRatioToRawSql: +(tNextDay / tRawLate).toFixed(1),
  };
}
