// Reads of the cockpit: roll-up tables only (indicator_status.summary, corridor_monthly,
// corridor_clearance_monthly, cockpit_rollup) plus the small reference tables that name
// things (plan, sections, nodes, links, air routes). The figures are the domain's.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { notFound } from '../core/errors';
import { answerOf, currentGeneration, generationIn, joinBuild } from '../core/answers';
import { perDb } from '../core/batch';
import { assembleCockpit, asOfDay, type CockpitInput, monthsUpTo, periodEnd, type CorridorMonthRow, type IndicatorRow, type RollupData } from '../../domain/cockpit/index';
import { COCKPIT_MONTHS, cockpitOut } from '../../contracts/cockpit';
import type { StatusSummary } from '../../domain/progress/summary';

const HANDED_IN = sql`('submitted', 'approved', 'accepted')`;

/**
 * Recomputes the plan's cockpit roll-up for every period its reports name (set-based, a few
 * statements per plan). Run by the alert-refresh job for every plan and on the first read of
 * a plan with no roll-up; `day` is today in Asia/Shanghai (what "past due" is measured on).
 */
export async function refreshRollup(tx: DbOrTx, planId: string, day: string): Promise<number> {
  const periods = (
    await rows<{ period: string }>(
      tx,
      sql`select distinct r.period from progress_reports r join tasks t on t.id = r.task_id where t.plan_id = ${planId} and r.period ~ '^[0-9]{4}-[0-9]{2}$' order by 1`,
    )
  ).map((r) => r.period);
  await tx.execute(sql`delete from cockpit_rollup where plan_id = ${planId}`);
  if (!periods.length) return 0;
  const list = sql.join(periods.map((p) => sql`${p}`), sql`, `);
  // The day each period is judged on: its last day, or today while it runs.
  const cut = sql.join(periods.map((p) => sql`(${p}, ${asOfDay(p, day)}::date, ${periodEnd(p)}::date)`), sql`, `);
  const taskRows = await rows<{ period: string; sectionRef: string | null; progress: string; n: number }>(
    tx,
    sql`select p.period, t.section_ref as "sectionRef", coalesce(r.progress, 'not_reported') as progress, count(*)::int as n
        from (values ${cut}) as p(period, as_of, period_end)
        cross join tasks t
        left join lateral (select r.progress from progress_reports r
                           where r.task_id = t.id and r.period = p.period and r.role = 'lead' and r.status in ${HANDED_IN}
                           order by r.updated_at desc limit 1) r on true
        where t.plan_id = ${planId} and t.status <> 'cancelled'
        group by 1, 2, 3`,
  );
  const milestoneRows = await rows<{ period: string; sectionRef: string | null; total: number; overdue: number }>(
    tx,
    sql`select p.period, t.section_ref as "sectionRef", count(*)::int as total,
          (count(*) filter (where m.due_date < p.as_of and (m.done_at is null or (m.done_at at time zone 'Asia/Shanghai')::date > p.as_of)))::int as overdue
        from (values ${cut}) as p(period, as_of, period_end)
        cross join milestones m
        left join measures ms on ms.id = m.measure_id
        join tasks t on t.id = coalesce(m.task_id, ms.task_id)
        where t.plan_id = ${planId}
        group by 1, 2`,
  );
  const reportRows = await rows<{ period: string; unitId: string; unitName: string; due: number; late: number }>(
    tx,
    sql`select r.period, r.unit_id as "unitId", u.name as "unitName",
          (count(*) filter (where r.status in ${HANDED_IN} or r.due_on < ${day}::date))::int as due,
          (count(*) filter (where (r.status in ${HANDED_IN} and r.submitted_at is not null and (r.submitted_at at time zone 'Asia/Shanghai')::date > r.due_on)
                               or (r.status not in ${HANDED_IN} and r.due_on < ${day}::date)))::int as late
        from progress_reports r join tasks t on t.id = r.task_id join units u on u.id = r.unit_id
        where t.plan_id = ${planId} and r.period in (${list})
        group by 1, 2, 3`,
  );
  const noticeRows = await rows<{ period: string; unitId: string; unitName: string; level: string; status: string; dueOn: string; n: number }>(
    tx,
    sql`select p.period, n.unit_id as "unitId", u.name as "unitName", n.level,
          case when n.status = 'closed' and (n.closed_at is null or (n.closed_at at time zone 'Asia/Shanghai')::date <= p.as_of) then 'closed' else 'open' end as status,
          n.due_on::text as "dueOn", count(*)::int as n
        from (values ${cut}) as p(period, as_of, period_end)
        join supervision_notices n on (n.created_at at time zone 'Asia/Shanghai')::date <= p.as_of
        join units u on u.id = n.unit_id
        left join progress_reports pr on pr.id = n.report_id
        left join tasks t on t.id = coalesce(n.task_id, pr.task_id)
        left join indicators i on i.id = n.indicator_id
        where t.plan_id = ${planId} or i.plan_id = ${planId}
        group by 1, 2, 3, 4, 5, 6`,
  );
  for (const p of periods) {
    const data: RollupData = {
      tasks: taskRows.filter((r) => r.period === p).map(({ period: _, ...r }) => r as RollupData['tasks'][number]),
      milestones: milestoneRows.filter((r) => r.period === p).map(({ period: _, ...r }) => r),
      reports: reportRows.filter((r) => r.period === p).map(({ period: _, ...r }) => r),
      notices: noticeRows.filter((r) => r.period === p).map(({ period: _, ...r }) => r as RollupData['notices'][number]),
    };
    await tx.execute(sql`insert into cockpit_rollup (plan_id, period, data, computed_at) values (${planId}, ${p}, ${JSON.stringify(data)}::jsonb, now())
                         on conflict (plan_id, period) do update set data = excluded.data, computed_at = excluded.computed_at`);
  }
  return periods.length;
}

/** Every plan's roll-up (the job). */
export async function refreshAllRollups(tx: DbOrTx, day: string): Promise<number> {
  let n = 0;
  for (const p of await rows<{ id: string }>(tx, sql`select id from plans`)) n += await refreshRollup(tx, p.id, day);
  return n;
}

/** The period shown when none is asked for: the latest reporting period already due, else this month. */
export async function defaultPeriod(db: DbOrTx, planId: string, day: string): Promise<string> {
  const [r] = await rows<{ period: string | null }>(
    db,
    sql`select max(period) as period from reporting_cycles where (plan_id = ${planId} or plan_id is null) and due_on <= ${day}::date and period ~ '^[0-9]{4}-[0-9]{2}$'`,
  );
  return r?.period ?? day.slice(0, 7);
}

/** The plan the cockpit opens on: the first in execution in the plans list's order (by creation), else the first. */
export async function defaultPlanId(db: DbOrTx): Promise<string> {
  const [r] = await rows<{ id: string }>(db, sql`select id from plans order by (status = 'active') desc, created_at, id limit 1`);
  if (!r) throw notFound('计划', 'plan');
  return r.id;
}

/** Whether the plan has been rolled up: a new plan, or a fresh start before the job's first run, has not. */
async function hasRollup(db: DbOrTx, planId: string): Promise<boolean> {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from cockpit_rollup where plan_id = ${planId}`);
  return n > 0;
}

/** Everything the cockpit reads, as rows (the bench times this alone as the SQL baseline). */
export async function cockpitInput(db: DbOrTx, planId: string, period: string | undefined, day: string): Promise<CockpitInput> {
  const [plan] = await rows<{ id: string; code: string; title: string }>(db, sql`select id, code, title from plans where id = ${planId}`);
  if (!plan) throw notFound('计划', 'plan');
  const p = period ?? (await defaultPeriod(db, planId, day));
  // Rolled up once here when it never was.
  if (!(await hasRollup(db, planId))) await refreshRollup(db, planId, day);
  const rollups = await rows<{ period: string; data: RollupData; computedAt: Date | string }>(
    db,
    sql`select period, data, computed_at as "computedAt" from cockpit_rollup where plan_id = ${planId} and period >= ${`${p.slice(0, 4)}-01`} and period <= ${p}`,
  );
  // One row per indicator, the one its tile shows (indicatorTiles' choice: computed first, then the
  // widest zone, then the zone's name), and of its summary only what a tile draws: reading every
  // zone's full summary (explanations, milestones, covered lists) for 60 tiles was most of the
  // cockpit's time at 40 zones (docs/performance.md).
  const indicators = await rows<{ id: string; code: string; name: string; nameEn: string | null; unit: string | null; position: number; zoneName: string | null; zoneLevel: string | null; summary: StatusSummary | null }>(
    db,
    // The choice first (on the zone and whether a summary exists, no summary read), then the
    // 60 chosen summaries slimmed: building them for all 2,400 rows was 16 ms a request.
    sql`select b.id, b.code, b.name, b."nameEn", b.unit, b.position, b."zoneName", b."zoneLevel",
          case when s.summary is null then null else jsonb_build_object('status', s.summary->'status', 'latest', s.summary->'latest',
            'target', case when jsonb_typeof(s.summary->'target') = 'object' then jsonb_build_object('year', s.summary->'target'->'year', 'value', s.summary->'target'->'value') end,
            'distanceCovered', s.summary->'distanceCovered', 'sparkline', s.summary->'sparkline') end as summary
        from (select distinct on (i.id) i.id, i.code, i.name, i.name_en as "nameEn", i.unit, i.position, z.name as "zoneName", z.level as "zoneLevel", s.zone_id
              from indicators i left join indicator_status s on s.indicator_id = i.id left join zones z on z.id = s.zone_id
              where i.plan_id = ${planId}
              order by i.id, (s.summary is null), case z.level when 'city' then 0 when 'district' then 1 when 'functional_area' then 2 else 5 end, coalesce(z.name, '') collate "C") b
        left join indicator_status s on s.indicator_id = b.id and s.zone_id = b.zone_id`,
  );
  const sections = await rows<{ ref: string; number: string | null; title: string }>(
    db,
    sql`select ref, number, title from plan_sections where plan_id = ${planId} and ref is not null order by position`,
  );
  // The ledger lags: the window ends with the period, or with the ledger's last month before it.
  const [{ last }] = await rows<{ last: string | null }>(db, sql`select max(month) as last from corridor_monthly where month <= ${p}`);
  const months = last ? monthsUpTo(last, COCKPIT_MONTHS) : [];
  const cm = months.length ? sql.join(months.map((m) => sql`${m}`), sql`, `) : sql`null`;
  const corridorRows = await rows<CorridorMonthRow>(
    db,
    sql`select month, node_id as "nodeId", mode, sum(shipments)::int as shipments, sum(tonnes)::float8 as tonnes, sum(teu)::float8 as teu, sum(value_cny)::float8 as "valueCny"
        from corridor_monthly where month in (${cm}) group by 1, 2, 3`,
  );
  const clearance = await rows<{ month: string; count: number; medianMinutes: number; p90Minutes: number; within60: number }>(
    db,
    sql`select month, count, median_minutes as "medianMinutes", p90_minutes as "p90Minutes", within_60 as "within60" from corridor_clearance_monthly where month in (${cm})`,
  );
  const routeRows = await rows<{ country: string; validFrom: string | null; validTo: string | null }>(
    db,
    sql`select destination_country as country, opened_on::text as "validFrom", closed_on::text as "validTo" from routes where mode = 'air' and destination_country is not null`,
  );
  const nodes = await rows<{ id: string; code: string; name: string; nameEn: string | null; kind: string; lat: number | null; lon: number | null }>(
    db,
    sql`select id, code, name, name_en as "nameEn", kind, lat, lon from corridor_nodes order by code`,
  );
  const links = await rows<{ fromNodeId: string; toNodeId: string; mode: string }>(db, sql`select from_node_id as "fromNodeId", to_node_id as "toNodeId", mode from corridor_links`);
  return {
    plan,
    period: p,
    today: day,
    indicators: indicators.map((r) => ({ ...r, position: Number(r.position) }) as IndicatorRow),
    sections,
    rollups: rollups.map((r) => ({ period: r.period, data: r.data, computedAt: new Date(r.computedAt).toISOString() })),
    corridor: {
      months,
      rows: corridorRows.map((r) => ({ ...r, shipments: Number(r.shipments), tonnes: Number(r.tonnes), teu: Number(r.teu), valueCny: Number(r.valueCny) })),
      clearance: clearance.map((c) => ({ ...c, count: Number(c.count), medianMinutes: Number(c.medianMinutes), p90Minutes: Number(c.p90Minutes), within60: Number(c.within60) })),
      routes: routeRows,
      nodes,
      links,
    },
  };
}

export async function cockpit(db: DbOrTx, planId: string, period: string | undefined, day: string) {
  return assembleCockpit(await cockpitInput(db, planId, period, day));
}

/** A served answer: the JSON the route sends, its ETag, and the input generation it was made at. */
export interface CockpitAnswer { body: string; etag: string; generation: string }

/**
 * The route's answer as the JSON it sends, and its ETag. While no input table has changed since an
 * answer was made (the generation: the `cockpit` row of input_generations, moved on by a deferred
 * trigger on each of them when the writing transaction commits), it is served again: from this
 * process's copy, which costs one read of the generation, else from its kept row in
 * cockpit_answers (another instance made it); otherwise it is assembled from the roll-ups and kept
 * in both. The database's generation is the truth, so instances behind a load balancer see each
 * other's changes. An answer is assembled in one repeatable-read snapshot that also reads the
 * generation, so the number it is kept under is exactly that of the data it was made from: a
 * writer committing meanwhile moves the generation past it.
 */
export async function cockpitJson(db: Db, planId: string, period: string | undefined, day: string): Promise<CockpitAnswer> {
  const p = period ?? (await defaultPeriod(db, planId, day));
  const asOf = asOfDay(p, day);
  const key = `${planId}|${p}`;
  const mine = perDb(held, db, () => new Map<string, CockpitAnswer & { asOf: string }>());
  const generation = await currentGeneration(db, 'cockpit');
  const copy = mine.get(key);
  // Shipping the 30 KB row through the pool for every request was most of a read under 50
  // clients (docs/performance.md); the copy in memory needs only the generation.
  if (copy && copy.asOf === asOf && copy.generation === generation) return copy;
  // One statement, so no transaction around it.
  const [hit] = await rows<CockpitAnswer>(
    db,
    sql`select body, etag, generation::text as generation from cockpit_answers
        where plan_id = ${planId} and period = ${p} and as_of = ${asOf}::date and generation = ${generation}::bigint`,
  );
  const answer = hit ?? (await sharedBuild(db, planId, p, day, asOf, generation));
  // A slower request never puts back an older answer than the one already held.
  const now = mine.get(key);
  if (!now || now.asOf !== asOf || BigInt(now.generation) <= BigInt(answer.generation)) mine.set(key, { ...answer, asOf });
  return answer;
}

/** Answers held and being made, per database (tests run several apps in one process); keyed by plan and month. */
const held = new WeakMap<Db, Map<string, CockpitAnswer & { asOf: string }>>();
const building = new WeakMap<Db, Map<string, Promise<CockpitAnswer>>>();

/**
 * After an input changes every polling screen misses at once: one assembly in this process serves
 * them all (core/answers' joinBuild, so none is handed an answer older than the generation it read).
 */
function sharedBuild(db: Db, planId: string, p: string, day: string, asOf: string, generation: string): Promise<CockpitAnswer> {
  const mine = perDb(building, db, () => new Map<string, Promise<CockpitAnswer>>());
  return joinBuild(mine, `${planId}|${p}|${asOf}`, generation, () => makeAnswer(db, planId, p, day, asOf));
}

async function makeAnswer(db: Db, planId: string, p: string, day: string, asOf: string): Promise<CockpitAnswer> {
  // A plan's first roll-up is written before the snapshot, so the snapshot only reads.
  if (!(await hasRollup(db, planId))) await db.transaction((tx) => refreshRollup(tx, planId, day));
  const { generation, answer } = await db.transaction(
    async (tx) => {
      const generation = await generationIn(tx, 'cockpit');
      return { generation, answer: await cockpit(tx, planId, p, day) };
    },
    { isolationLevel: 'repeatable read' },
  );
  // What the route's serializer would send for the object (zod's encode, then JSON).
  const { body, etag } = answerOf(cockpitOut, answer, generation);
  // Outside the snapshot: two instances keeping the same answer at once would otherwise fail one
  // of them on the repeatable-read update. A newer kept generation is never overwritten.
  // Earlier days' rows of a running month are removed by the nightly maintenance (pruneCockpitAnswers).
  await db.execute(sql`insert into cockpit_answers (plan_id, period, as_of, generation, body, etag) values (${planId}, ${p}, ${asOf}::date, ${generation}::bigint, ${body}, ${etag})
                       on conflict (plan_id, period, as_of) do update set generation = excluded.generation, body = excluded.body, etag = excluded.etag, computed_at = now()
                       where cockpit_answers.generation <= excluded.generation`);
  return { body, etag, generation };
}

/**
 * Kept answers no longer read: a running month's answer is kept per day, so the days before the
 * latest one of each plan and month (the nightly maintenance; one row per plan and month remains).
 */
export async function pruneCockpitAnswers(db: DbOrTx): Promise<number> {
  const gone = await rows<{ n: number }>(
    db,
    sql`with d as (delete from cockpit_answers a
                   where exists (select 1 from cockpit_answers b where b.plan_id = a.plan_id and b.period = a.period and b.as_of > a.as_of)
                   returning 1)
        select count(*)::int as n from d`,
  );
  return gone[0].n;
}
