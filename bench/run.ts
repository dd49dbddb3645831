// `npm run bench`: realistic-scale benchmarks, each reported as a ratio against a
// baseline measured in the same run on the same machine (absolute times vary too much).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../src/server/db/index';
import { ensureSeeded } from '../src/server/seed/index';
import { importObservations } from '../src/server/indicators/import';
import { recomputeAll } from '../src/server/indicators/service';
import { parseDocument } from '../src/domain/document/index';
import { generateIndicators, generateWorkbook, valueAt } from './generate';
import { corridorBench } from './corridor';
import { importFilesBench } from './import-files';

const N_IND = Number(process.env.BENCH_INDICATORS ?? 200);
const N_ZONES = Number(process.env.BENCH_ZONES ?? 5);
const N_MONTHS = Number(process.env.BENCH_MONTHS ?? 100); // 200 × 5 × 100 = 100,000 rows
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, (performance.now() - t0) / 1000];
}

function documentBench() {
  const seed = readFileSync(new URL('../seeds/documents/yubei-corridor-plan-2023.txt', import.meta.url), 'utf8');
  let text = seed;
  while (text.length < 100_000) text += '\n' + seed;
  text = text.slice(0, 100_000);
  // Baseline: one pass of the simplest line-and-sentence scan over the same text.
  const baseline = () => text.split('\n').map((l) => l.split('。').length).reduce((a, b) => a + b, 0);
  const runs = 10;
  baseline();
  parseDocument(text);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) baseline();
  const tBase = (performance.now() - t0) / runs;
  const t1 = performance.now();
  let tasks = 0;
  for (let i = 0; i < runs; i++) tasks = parseDocument(text).tasks.length;
  const tParse = (performance.now() - t1) / runs;
  return { chars: text.length, tasks, parseMs: +tParse.toFixed(1), baselineMs: +tBase.toFixed(2), ratioToScan: +(tParse / tBase).toFixed(1) };
}

async function observationBench(database: Database) {
  const db = database.db;
  await ensureSeeded(db, { demo: false, adminPassword: 'Bench-Pass-2026!' });
  const g = await generateIndicators(db, N_IND, N_ZONES, N_MONTHS);
  const n = g.pairs.length * g.periods.length;
  const file = await generateWorkbook(g);

  // Baseline: a plain multi-row SQL insert of the same rows, rolled back.
  const rows = g.pairs.flatMap((p, i) => g.periods.map((period, m) => ({ i: p.indicatorId, z: p.zoneId, period, v: valueAt(i, m) })));
  const [, tInsert] = await time(() =>
    db
      .transaction(async (tx) => {
        for (let k = 0; k < rows.length; k += 1000) {
          const chunk = rows.slice(k, k + 1000);
          await tx.execute(
            sql`insert into observations (indicator_id, zone_id, period, value) values ${sql.join(
              chunk.map((r) => sql`(${r.i}, ${r.z}, ${r.period}, ${r.v})`),
              sql`, `,
            )}`,
          );
        }
        throw new Error('rollback');
      })
      .catch((e) => {
        if ((e as Error).message !== 'rollback') throw e;
      }),
  );

  const actor = { id: null, name: 'bench' };
  const [result, tImport] = await time(() => importObservations(db, actor, { all: true }, 'bench.xlsx', file));
  if (result.saved !== n) throw new Error(`imported ${result.saved} of ${n}`);
  const [again, tAgain] = await time(() => importObservations(db, actor, { all: true }, 'bench.xlsx', file));
  if (again.saved !== 0) throw new Error('second import changed rows');
  await db.execute(sql`update observations set status = 'accepted'`);
  const [pairs, tStatus] = await time(() => recomputeAll(db));
  return {
    engine: database.kind,
    rows: n,
    fileMB: +(file.length / 1048576).toFixed(1),
    plainInsertS: +tInsert.toFixed(2),
    importS: +tImport.toFixed(2),
    importRowsPerS: Math.round(n / tImport),
    importRatioToPlainInsert: +(tImport / tInsert).toFixed(1),
    reimportSameFileS: +tAgain.toFixed(2),
    statusPairs: pairs,
    recomputeS: +tStatus.toFixed(2),
    recomputeRatioToPlainInsert: +(tStatus / tInsert).toFixed(2),
  };
}

const out: Record<string, unknown> = { document: documentBench() };
console.log(JSON.stringify(out.document));
out.importFiles = await importFilesBench();
console.log(JSON.stringify(out.importFiles));
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
for (const engine of engines) {
  let drop = async () => {};
  let url: string | undefined;
  if (engine === 'postgres') {
    const name = `hubline_bench_${randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: PG_URL });
    try {
      await c.connect();
    } catch (e) {
      console.log(JSON.stringify({ engine, skipped: `no PostgreSQL at ${PG_URL}: ${(e as Error).message}` }));
      continue;
    }
    await c.query(`create database ${name}`);
    await c.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      await d.query(`drop database ${name} with (force)`);
      await d.end();
    };
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: 'memory://' });
  try {
    out[engine] = await observationBench(database);
    console.log(JSON.stringify(out[engine]));
    if (process.env.BENCH_CORRIDOR !== '0') console.log(JSON.stringify({ corridor: await corridorBenchOn(engine, url) }));
  } finally {
    await database.close();
    await drop();
  }
}

/** The corridor bench on a database of its own (the observation bench's seed would collide). */
async function corridorBenchOn(engine: string, url: string | undefined) {
  let drop = async () => {};
  let dbUrl = url;
  if (engine === 'postgres' && url) {
    const name = `hubline_benchc_${randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    drop = async () => {
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      await d.query(`drop database ${name} with (force)`);
      await d.end();
    };
  }
  const database = await openDatabase({ databaseUrl: dbUrl, dataDir: 'memory://' });
  try {
    return await corridorBench(database);
  } finally {
    await database.close();
    await drop();
  }
}
