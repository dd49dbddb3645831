// Bench child process: a Hubline server on loopback over a database filled at bench scale, plus
// /bench/* routes the parent uses for baselines (the endpoints' own SQL, COPY of the same rows,
// peak memory). Prints one JSON line with its port and ids when ready.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/core/config';
import { openDatabase, rows } from '../src/server/db/index';
import { copyRows } from '../src/server/db/copy';
import { prestartReader } from '../src/server/core/worker';
import { ensureSeeded } from '../src/server/seed/index';
import { recomputeAll } from '../src/server/indicators/service';
import { indicatorZones, indicators, planSections, plans, taskAssignments, tasks, units, zones } from '../src/server/db/schema';
import { generateIndicators, generateWorkbook, valueAt } from './generate';
import { sqlRecorder } from './record-sql';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const N_ZONES = 40;
const N_READ_IND = Math.max(1, Math.round(25 * SCALE)); // × 40 zones = 1,000 pairs
const N_MONTHS = 100;
const N_TASKS = Math.max(10, Math.round(500 * SCALE));
const N_IMPORT_IND = Math.max(1, Math.round(200 * SCALE)); // × 5 zones × 100 months = 100,000 rows

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: 'memory://' });
const db = database.db;
await ensureSeeded(db, { demo: true, adminPassword: 'Bench-Pass-2026!' });
const t0 = performance.now();

// ── Read set: N_READ_IND indicators × 40 zones × 100 months, counted, statuses computed.
const allUnits = await db.select({ id: units.id, name: units.name }).from(units);
const [plan] = await db.insert(plans).values({ code: `BENCH-READ-${Date.now()}`, title: '基准测试计划（读取）' }).returning();
const zs = await db
  .insert(zones)
  .values(Array.from({ length: N_ZONES }, (_, i) => ({ code: `bench-r${i}`, name: `基准区域${i + 1}`, level: 'functional_area' })))
  .returning();
const inds = await db
  .insert(indicators)
  .values(
    Array.from({ length: N_READ_IND }, (_, i) => ({
      planId: plan.id,
      code: `BR-${i + 1}`,
      number: String(i + 1),
      name: `基准读取指标${i + 1}`,
      unit: '万吨',
      frequency: 'monthly',
      aggregation: 'sum',
      ownerUnitId: allUnits[i % allUnits.length].id,
      baselineYear: 2017,
      baselineValue: 1000 + i,
      position: i,
    })),
  )
  .returning();
const pairs = inds.flatMap((ind) => zs.map((z) => ({ indicatorId: ind.id, zoneId: z.id, unitId: ind.ownerUnitId })));
for (let i = 0; i < pairs.length; i += 1000) await db.insert(indicatorZones).values(pairs.slice(i, i + 1000).map((p) => ({ indicatorId: p.indicatorId, zoneId: p.zoneId, unitId: null })));
await db.execute(sql`insert into indicator_targets (indicator_id, year, kind, value) select id, 2027, 'level', baseline_value * 14 from indicators where plan_id = ${plan.id}`);
const periods = Array.from({ length: N_MONTHS }, (_, m) => `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
await db.transaction(async (tx) => {
  const obs = pairs.flatMap((p, i) => periods.map((period, m) => [randomUUID(), p.indicatorId, p.zoneId, p.unitId, period, valueAt(i, m), 'accepted', 'file']));
  await copyRows(tx, 'observations', ['id', 'indicator_id', 'zone_id', 'unit_id', 'period', 'value', 'status', 'source'], obs);
});
await recomputeAll(db);

// ── A plan of N_TASKS tasks in 20 sections, each with a lead and a support unit.
const [bigPlan] = await db.insert(plans).values({ code: `BENCH-PLAN-${Date.now()}`, title: '基准测试计划（任务）' }).returning();
const secs = await db
  .insert(planSections)
  .values(Array.from({ length: 20 }, (_, i) => ({ planId: bigPlan.id, level: 1, number: `${i + 1}`, title: `第${i + 1}部分`, position: i })))
  .returning();
const taskRows = await db
  .insert(tasks)
  .values(Array.from({ length: N_TASKS }, (_, i) => ({ planId: bigPlan.id, sectionId: secs[i % 20].id, kind: 'task', number: `${i + 1}`, title: `基准任务${i + 1}`, text: `推进第${i + 1}项工作，2027年底前完成。`, position: i })))
  .returning({ id: tasks.id });
await db.insert(taskAssignments).values(
  taskRows.flatMap((t, i) => [
    { taskId: t.id, unitId: allUnits[i % allUnits.length].id, role: 'lead', position: 0 },
    { taskId: t.id, unitId: allUnits[(i + 1) % allUnits.length].id, role: 'support', position: 1 },
  ]),
);

// ── Import set: N_IMPORT_IND indicators × 5 zones, no data yet; the parent uploads the workbook.
const g = await generateIndicators(db, N_IMPORT_IND, 5, N_MONTHS);
// Owned by a unit other than the entry-form client's (区商务委), so its form shows its own share only.
const importOwner = allUnits.find((u) => u.name !== '区商务委')!.id;
await db.execute(sql`update indicators set owner_unit_id = ${importOwner} where id in (${sql.join([...new Set(g.pairs.map((p) => p.indicatorId))].map((id) => sql`${id}`), sql`, `)})`);
const workbook = await generateWorkbook(g);
// A second set of the same size for /api/health during an import: the import ÷ COPY ratio is timed
// with nothing else asking the server (the COPY baseline has nothing either), and the server's
// answers under an import are measured on this one (issue 10: both goals, neither paid by the
// other). Made when first asked for, after the reads, so the reads' data is as it was.
let healthWorkbook: Promise<Buffer> | undefined;
const makeHealthWorkbook = async () => {
  const g2 = await generateIndicators(db, N_IMPORT_IND, 5, N_MONTHS);
  await db.execute(sql`update indicators set owner_unit_id = ${importOwner} where id in (${sql.join([...new Set(g2.pairs.map((p) => p.indicatorId))].map((id) => sql`${id}`), sql`, `)})`);
  return generateWorkbook(g2);
};
const importRows = g.pairs.flatMap((p, i) => g.periods.map((period, m) => [randomUUID(), p.indicatorId, p.zoneId, period, valueAt(i, m)]));
// Fresh tables have no planner statistics until autovacuum gets to them; a real database has them.
await db.execute(sql`analyze`);
const setupS = (performance.now() - t0) / 1000;

// ── Peak memory: sampled every 20 ms. rss() alone: the full memoryUsage() also walks V8's heap
// statistics, 2.4 % of the server's CPU during the reads (profiled), which the reads then paid.
let peakRss = process.memoryUsage.rss();
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20).unref();

/**
 * Statements one request sends, recorded once, replayed for the "own SQL" baseline. The reads
 * now make their answers in a transaction (kept answers, core/answers.ts), so statements on a
 * pool client are recorded too; the transaction's own statements and the generation read are
 * left out, and the rest replayed at once on the pool, as the reads sent them before: the same
 * baseline as before the answers were kept.
 */
const recorder = sqlRecorder(database);
const bookkeeping = /^\s*(begin|commit|rollback|start transaction|set transaction)\b|input_generations/i;
const recorded = new Map<string, { text: string; params: unknown[] }[]>();

const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'error' }), webDir: 'no-web-in-bench', loginRatePerMinute: 1_000_000 };
const app = await buildApp({ database, config, logger: false });
app.get('/bench/record/:name', { config: { access: { policy: 'public' } } as never }, async (req) => {
  const { name } = req.params as { name: string };
  const { url, cookie } = req.query as { url: string; cookie: string };
  // Moved first so the recorded request makes its answer (a kept one sends one statement).
  await db.execute(sql`update input_generations set n = n + 1 where name = 'reads'`);
  const rec = await recorder.record(app, url, cookie);
  recorded.set(name, rec.statements.filter((x) => !bookkeeping.test(x.text)));
  return { name, status: rec.status, bytes: rec.bytes, statements: recorded.get(name)!.length };
});
app.get('/bench/sql/:name', { config: { access: { policy: 'public' } } as never }, async (req) => ({ n: await recorder.replayAtOnce(recorded.get((req.params as { name: string }).name) ?? []) }));
// The cold read runs: every kept read answer made again at the next request (as after a write).
app.post('/bench/move-reads-generation', { config: { access: { policy: 'public' } } as never }, async () => {
  await db.execute(sql`update input_generations set n = n + 1 where name = 'reads'`);
  return { moved: true };
});
// A rolled-back COPY leaves its rows dead in observations and its keys in the unique index: the
// next COPY or import of the same keys then visits those dead entries for every row it inserts.
// Each of the three timed writes starts from a vacuumed table (before 2026-12-03 the stored-column
// COPY ran after one rolled-back COPY and the import after two).
app.post('/bench/vacuum', { config: { access: { policy: 'public' } } as never }, async () => {
  await db.execute(sql`vacuum observations`);
  return { vacuumed: true };
});
app.post('/bench/copy', { config: { access: { policy: 'public' } } as never }, async () => {
  const t = performance.now();
  await db
    .transaction(async (tx) => {
      await copyRows(tx, 'observations', ['id', 'indicator_id', 'zone_id', 'period', 'value'], importRows);
      throw new Error('rollback');
    })
    .catch((e) => {
      if ((e as Error).message !== 'rollback') throw e;
    });
  return { rows: importRows.length, seconds: (performance.now() - t) / 1000 };
});
// The same rows as the import stores them: also the owing unit and who entered them (two more
// foreign keys checked per row), status, source and version.
const [office] = await rows<{ id: string }>(db, sql`select id from users where username = 'office'`);
app.post('/bench/copy-stored', { config: { access: { policy: 'public' } } as never }, async () => {
  const stored = importRows.map((r) => [...r, importOwner, 'draft', 'file', office.id, 1]);
  const t = performance.now();
  await db
    .transaction(async (tx) => {
      await copyRows(tx, 'observations', ['id', 'indicator_id', 'zone_id', 'period', 'value', 'unit_id', 'status', 'source', 'entered_by', 'version'], stored);
      throw new Error('rollback');
    })
    .catch((e) => {
      if ((e as Error).message !== 'rollback') throw e;
    });
  return { rows: stored.length, seconds: (performance.now() - t) / 1000 };
});
// Takes the timed import back (its rows, revisions by cascade, its receipt) and vacuums, so the
// next repetition's COPYs and import start from the table the first ones found.
app.post('/bench/undo-import', { config: { access: { policy: 'public' } } as never }, async () => {
  const ids = [...new Set(g.pairs.map((p) => p.indicatorId))];
  await db.execute(sql`delete from observations where indicator_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  await db.execute(sql`delete from import_receipts`);
  await db.execute(sql`vacuum observations`);
  return { undone: true };
});
app.get('/bench/workbook', { config: { access: { policy: 'public' } } as never }, async (req) =>
  (req.query as { set?: string }).set === 'health' ? { base64: (await (healthWorkbook ??= makeHealthWorkbook())).toString('base64'), rows: importRows.length } : { base64: workbook.toString('base64'), rows: importRows.length },
);
app.post('/bench/memory/reset', { config: { access: { policy: 'public' } } as never }, async () => {
  globalThis.gc?.();
  peakRss = process.memoryUsage().rss;
  return { rss: peakRss };
});
app.get('/bench/memory', { config: { access: { policy: 'public' } } as never }, async () => ({ peakRss, rss: process.memoryUsage().rss }));
app.get('/bench/status-inputs', { config: { access: { policy: 'public' } } as never }, async (req, reply) => {
  const n = Number((req.query as { n?: string }).n ?? 2400);
  const list = await rows<{ input: unknown }>(db, sql`select result->'input' as input from indicator_status where result ? 'input'`);
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify(list[i % list.length].input));
  return reply.type('application/x-ndjson').send(lines.join('\n') + '\n');
});
await app.listen({ port: 0, host: '127.0.0.1' });
// As src/server/main.ts does once it listens.
prestartReader();
const address = app.server.address() as { port: number };
console.log(JSON.stringify({ ready: true, port: address.port, planId: bigPlan.id, readPairs: pairs.length, observations: pairs.length * N_MONTHS, tasks: N_TASKS, importRows: importRows.length, setupS: +setupS.toFixed(1), engine: database.kind }));
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
