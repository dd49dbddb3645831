// The cockpit at issue scale: 40 zones × 60 indicators with status summaries, 500 tasks in five
// groups with a year of monthly reports (12,000), 1,000 milestones, 200 notices, and the
// corridor roll-up of 1,000,000 shipments over ten years (the cockpit reads the roll-up only,
// so its rows are written as the import's roll-up would leave them). GET /api/cockpit under 50
// concurrent clients (autocannon, loopback) against its own SQL, as the other read scenarios of
// bench/run.ts: the statements one request sends, recorded (minus the session lookup) and replayed
// under the same load behind the same server (without access checks, the domain or JSON). With the
// answer held in the process that is the read of the input generation; two more baselines: the
// kept row's SELECT (what a read was before the in-process copy) and the aggregates a read after
// an input change sends (recorded after moving the generation on).
import { sql } from 'drizzle-orm';
import { load as loadRun } from './load';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import type { Database } from '../src/server/db/index';
import { rows } from '../src/server/db/index';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/core/config';
import { ensureSeeded } from '../src/server/seed/index';
import { refreshRollup } from '../src/server/cockpit/queries';
import { rollUpMonths } from '../src/server/corridor/rollup';
import { sqlRecorder } from './record-sql';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONNECTIONS = 50;
const PERIOD = '2025-12';
const DAY = '2026-01-10';
const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 1_000_000);

const load = (url: string, headers: Record<string, string>, amount = REQUESTS) => loadRun(url, { connections: CONNECTIONS, amount, headers });

export async function cockpitBench(database: Database) {
  const db = database.db;
  // Each part of the set-up timed, so a slow one shows by name (the run prints them as it goes).
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await work();
    steps[name] = +((performance.now() - t) / 1000).toFixed(2);
    console.error(JSON.stringify({ cockpitSetup: name, s: steps[name] }));
    return out;
  };
  const t0 = performance.now();
  await step('seed', () => ensureSeeded(db, { demo: true, adminPassword: 'Bench-Pass-2026!' }));
  const [plan] = await rows<{ id: string }>(db, sql`insert into plans (code, title) values (${`BENCH-COCKPIT-${Date.now()}`}, '驾驶舱基准计划') returning id`);
  await db.execute(sql`insert into plan_sections (plan_id, ref, level, number, title, position)
    select ${plan.id}, '二/（' || g || '）', 2, '（' || g || '）', '任务组' || g, i::int from unnest(array['一','二','三','四','五']) with ordinality as x(g, i)`);
  await db.execute(sql`insert into zones (code, name, level) select 'bench-c' || i, '基准区' || i, 'functional_area' from generate_series(1, 40) i`);
  await db.execute(sql`insert into units (name, type) select '驾驶舱基准单位' || i, 'department' from generate_series(1, 40) i`);
  const [summary] = await rows<{ summary: unknown }>(db, sql`select summary from indicator_status where summary is not null limit 1`);
  await db.execute(sql`insert into indicators (plan_id, code, name, unit, position) select ${plan.id}, 'BC-' || i, '基准指标' || i, '万吨', i from generate_series(1, 60) i`);
  // Ten years of monthly accepted values per indicator and zone (60 × 40 × 120 = 288,000), beside
  // the status summaries the cockpit reads (it must not read these).
  await step('observations', () =>
    db.execute(sql`insert into observations (indicator_id, zone_id, period, value, status, source)
      select i.id, z.id, to_char(date '2016-01-01' + (m || ' month')::interval, 'YYYY-MM'), 100 + m + i.position, 'accepted', 'file'
      from indicators i cross join zones z cross join generate_series(0, 119) m where i.plan_id = ${plan.id} and z.code like 'bench-c%'`),
  );
  await db.execute(sql`insert into indicator_status (indicator_id, zone_id, status, result, summary)
    select i.id, z.id, 'on_track', '{}'::jsonb, ${JSON.stringify(summary.summary)}::jsonb from indicators i cross join zones z where i.plan_id = ${plan.id} and z.code like 'bench-c%'`);
  await db.execute(sql`insert into tasks (plan_id, section_ref, kind, number, title, text, position)
    select ${plan.id}, '二/（' || (array['一','二','三','四','五'])[1 + i % 5] || '）', 'task', i::text, '任务' || i, '基准', i from generate_series(1, 500) i`);
  await db.execute(sql`insert into task_assignments (task_id, unit_id, role, position)
    select t.id, u.id, 'lead', 0 from (select id, row_number() over (order by position) as n from tasks where plan_id = ${plan.id}) t
    join (select id, row_number() over (order by name) as n from units where name like '驾驶舱基准单位%') u on u.n = 1 + t.n % 40`);
  await step('reports', () => db.execute(sql`insert into progress_reports (task_id, unit_id, period, role, due_on, progress, text, status, submitted_at)
    select a.task_id, a.unit_id, p, r, (p || '-25')::date, (array['in_progress','done','delayed','not_started'])[1 + (abs(hashtext(a.task_id::text || p)) % 4)], '推进中',
           (array['accepted','accepted','submitted','returned','draft'])[1 + (abs(hashtext(a.task_id::text || p || r)) % 5)],
           (p || '-2' || (abs(hashtext(p || a.task_id::text)) % 9) || 'T10:00:00+08')::timestamptz
    from task_assignments a join tasks t on t.id = a.task_id
    cross join (select '2025-' || lpad(m::text, 2, '0') as p from generate_series(1, 12) m) ps cross join unnest(array['lead', 'support']) r
    where t.plan_id = ${plan.id}`));
  await db.execute(sql`insert into milestones (task_id, unit_id, due_date, deliverable, position)
    select t.id, a.unit_id, ('2025-01-01'::date + (abs(hashtext(t.id::text || k)) % 365)), '节点', k from tasks t join task_assignments a on a.task_id = t.id cross join generate_series(1, 2) k where t.plan_id = ${plan.id}`);
  await db.execute(sql`insert into supervision_notices (number, task_id, unit_id, issue, requirement, due_on, level, status, created_at)
    select '督〔BENCH〕' || row_number() over (), t.id, a.unit_id, '问题', '要求', ('2025-03-01'::date + (abs(hashtext(t.id::text)) % 300)),
           (array['reminder','supervision','listed'])[1 + (abs(hashtext(t.id::text)) % 3)], (array['issued','rectifying','closed'])[1 + (abs(hashtext(t.id::text || 'x')) % 3)], '2025-02-01T10:00:00+08'
    from tasks t join task_assignments a on a.task_id = t.id where t.plan_id = ${plan.id} and t.position % 5 < 2`);
  // 1,000,000 shipments over 2016–2025, written set-based (one INSERT … SELECT generate_series),
  // then rolled up by the import's own roll-up: the cockpit must read corridor_monthly only, so a
  // million ledger rows beside it must not show in its time.
  await step('operator', () => db.execute(sql`insert into operators (code, name, modes) values ('BENCHCOCKPIT', '驾驶舱基准承运人', '["air","rail","sea","road","river"]'::jsonb)`));
  await step('shipments', () =>
    db.execute(sql`insert into shipments (operator_id, reference, mode, origin, destination, origin_country, destination_country, via_corridor, node_id, direction,
                                          weight_kg, teu, tonnes, value_cny, fresh, passed_at, month, arrived_at, released_at, inspected, content_hash)
      select o.id, 'BC' || g, (array['air','rail','rail>sea','river>sea','road'])[1 + g % 5], 'CNCKG', (array['SGSIN','VNHPH','THBKK','DEDUI','MYPKG'])[1 + g % 5],
             'CN', (array['SG','VN','TH','DE','MY'])[1 + g % 5], true, n.ids[1 + g % array_length(n.ids, 1)], (array['import','export'])[1 + (g / 5) % 2],
             2100 + g % 1000, (g % 3)::float8, (2100 + g % 1000) / 1000.0, 33000 + g % 10000, g % 7 = 0, ts,
             to_char(ts at time zone 'Asia/Shanghai', 'YYYY-MM'), ts, ts + ((20 + g % 80) || ' minutes')::interval, g % 11 = 0, md5(g::text)
      from generate_series(1, ${SHIPMENTS}) g
      cross join (select id from operators where code = 'BENCHCOCKPIT') o
      cross join (select array_agg(id order by code) as ids from corridor_nodes) n
      cross join lateral (select timestamptz '2016-01-01 00:00+08' + ((g::float8 / ${SHIPMENTS}) * 3652 || ' days')::interval as ts) t`),
  );
  const months = (await rows<{ month: string }>(db, sql`select distinct month from shipments where month is not null order by 1`)).map((r) => r.month);
  await step('corridorRollup', () => db.transaction((tx) => rollUpMonths(tx, months)));
  const [{ n: monthlyRows }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from corridor_monthly`);
  const setupS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const periods = await step('cockpitRollup', () => db.transaction((tx) => refreshRollup(tx, plan.id, DAY)));
  const refreshS = (performance.now() - t1) / 1000;

  const phase = (name: string) => console.error(JSON.stringify({ cockpitPhase: name, at: new Date().toISOString(), load: loadavg().map((x) => +x.toFixed(1)) }));
  phase('server');
  const config = { ...loadConfig({ NODE_ENV: 'production' }), webDir: 'no-web-in-bench', loginRatePerMinute: 10_000 };
  const app = await buildApp({ database, config, logger: false });
  phase('app built');
  const recorder = sqlRecorder(database);
  let ownSql: Parameters<typeof recorder.replay>[0] = [];
  let aggregateSql: Parameters<typeof recorder.replay>[0] = [];
  let rowSql: Parameters<typeof recorder.replay>[0] = [];
  // The baseline: the statements the endpoint sent, replayed behind the same HTTP server.
  app.get('/bench/cockpit-sql', { config: { access: { policy: 'public' } } as never }, async () => ({ n: await recorder.replay(ownSql) }));
  // And the statements that assemble the answer from the roll-ups (a read after an input changed).
  app.get('/bench/cockpit-aggregate-sql', { config: { access: { policy: 'public' } } as never }, async () => ({ n: await recorder.replay(aggregateSql) }));
  app.get('/bench/cockpit-row-sql', { config: { access: { policy: 'public' } } as never }, async () => ({ n: await recorder.replay(rowSql) }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  phase('listening');
  try {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'office', password: process.env.HUBLINE_DEMO_PASSWORD ?? 'Hubline-Demo-2026' }) });
    if (!res.ok) throw new Error(`login: ${res.status}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const url = `${base}/api/cockpit?planId=${plan.id}&period=${PERIOD}`;
    phase('first request');
    const first = await fetch(url, { headers: { cookie } });
    if (!first.ok) throw new Error(`cockpit: ${first.status} ${(await first.text()).slice(0, 300)}`);
    const body = (await first.json()) as { tasks: { groups: unknown[] }; indicators: { tiles: unknown[] }; units: { punctuality: unknown[] } };
    if (body.tasks.groups.length !== 5 || body.indicators.tiles.length !== 60) throw new Error('cockpit disagrees with the bench data');
    phase('recording its SQL');
    // A cold read first (the generation moved on, as an input change does, so neither this
    // process's copy nor the kept row is current): what assembling it from the roll-ups sends.
    await db.execute(sql`update input_generations set n = n + 1 where name = 'cockpit'`);
    const cold = await recorder.record(app, `/api/cockpit?planId=${plan.id}&period=${PERIOD}`, cookie);
    if (cold.status !== 200 || !cold.statements.length) throw new Error(`recording the cockpit's cold SQL: ${cold.status}`);
    // Not the kept answer's statements, and not the snapshot's isolation level: replayed in one
    // transaction after the roll-up check, `set transaction` would come after a query and fail.
    aggregateSql = cold.statements.filter((st) => !/cockpit_answers|input_generations|^\s*set transaction/i.test(st.text));
    // The design before the in-process copy: every read fetched the kept row (the 30 KB answer) through the pool.
    const [kept] = await rows<{ asOf: string }>(db, sql`select as_of::text as "asOf" from cockpit_answers where plan_id = ${plan.id} and period = ${PERIOD}`);
    rowSql = [{
      text: 'select body, etag from cockpit_answers where plan_id = $1 and period = $2 and as_of = $3::date and generation = (select n from input_generations where name = \'cockpit\')',
      params: [plan.id, PERIOD, kept.asOf],
    }];
    const rec = await recorder.record(app, `/api/cockpit?planId=${plan.id}&period=${PERIOD}`, cookie);
    if (rec.status !== 200 || !rec.statements.length) throw new Error(`recording the cockpit's SQL: ${rec.status}`);
    ownSql = rec.statements;
    // Where the database's share goes: EXPLAIN ANALYZE of each SELECT the request sent, unloaded.
    const client = (database.db as unknown as { session: { client: { query: (t: string, p: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> } } }).session.client;
    const explained: { statement: string; ms: number; rows: number }[] = [];
    for (const st of ownSql)
      if (/^\s*select/i.test(st.text)) {
        const res = await client.query(`explain (analyze, format json) ${st.text}`, st.params);
        const plan = (res.rows[0]['QUERY PLAN'] as { 'Execution Time': number; Plan: { 'Actual Rows': number } }[])[0];
        explained.push({ statement: st.text.replace(/\s+/g, ' ').slice(0, 70), ms: +plan['Execution Time'].toFixed(2), rows: plan.Plan['Actual Rows'] });
      }
    // A warm-up (not reported): the pool's connections opened and the code paths compiled, so the
    // first measured run does not pay what the baselines after it would not.
    phase('warm-up');
    await load(url, { cookie }, 100);
    phase('endpoint under load');
    const loadAtStart = loadavg().map((x) => +x.toFixed(2));
    const endpoint = await load(url, { cookie });
    phase('own SQL under load');
    const sqlRun = await load(`${base}/bench/cockpit-sql`, {});
    phase('kept row SQL under load');
    const rowRun = await load(`${base}/bench/cockpit-row-sql`, {});
    phase('aggregate SQL under load');
    const aggregateRun = await load(`${base}/bench/cockpit-aggregate-sql`, {});
    // The wall screen's reload: the same read with the ETag it holds (304, no body).
    const etag = (await fetch(url, { headers: { cookie } })).headers.get('etag') ?? '';
    phase('endpoint revalidated under load');
    const revalidated = await load(url, { cookie, 'if-none-match': etag });
    // The endpoint again after the baselines: the machine is shared, so how much its load moved
    // during the run shows in the two endpoint figures.
    phase('endpoint again');
    const endpointAgain = await load(url, { cookie });
    return {
      engine: database.kind,
      indicators: 60,
      zones: 40,
      statusRows: 2400,
      tasks: 500,
      reports: 12_000,
      corridorMonthlyRows: monthlyRows,
      shipments: SHIPMENTS,
      setupSteps: steps,
      setupS: +setupS.toFixed(1),
      rollupRefreshS: +refreshS.toFixed(2),
      rollupPeriods: periods,
      responseKB: +((JSON.stringify(body).length) / 1024).toFixed(1),
      loadAtStart,
      clients: CONNECTIONS,
      statements: ownSql.length,
      explained,
      endpoint,
      ownSql: sqlRun,
      p95RatioToOwnSql: +(endpoint.p95 / sqlRun.p95).toFixed(2),
      keptRowSql: rowRun,
      p95RatioToKeptRowSql: +(endpoint.p95 / rowRun.p95).toFixed(2),
      aggregateStatements: aggregateSql.length,
      aggregateSql: aggregateRun,
      p95RatioToAggregateSql: +(endpoint.p95 / aggregateRun.p95).toFixed(2),
      revalidated,
      endpointAgain,
      loadAtEnd: loadavg().map((x) => +x.toFixed(2)),
    };
  } finally {
    recorder.restore();
    await app.close();
  }
}
