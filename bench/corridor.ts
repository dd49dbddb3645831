// Corridor import at scale (issue 13): generated shipments through the real import path
// (stream → validate → COPY into staging → one set-based transaction with the roll-up),
// against a plain COPY of the same file into a table of the file's columns, in the same run.
// BENCH_SHIPMENTS sets the size (default 1,000,000); peak memory is the process RSS during the
// import. PGlite runs on a data directory on disk (what the CLI and a server use): on
// `memory://` the whole database — staging, ledger, indexes, WAL — lives in this process's
// heap, and a million rows took it past 4 GB.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/index';
import { rows } from '../src/server/db/index';
import { ensureSeeded } from '../src/server/seed/index';
import { operators } from '../src/server/db/schema';
import { COLUMNS, CSV_HEADER, csvLine, generateShipments } from '../src/domain/corridor/index';
import { importShipments } from '../src/server/corridor/import';
import { rollUpMonths } from '../src/server/corridor/rollup';

const N = Number(process.env.BENCH_SHIPMENTS ?? 1_000_000);

async function writeFile(path: string): Promise<number> {
  // About 1.08 shipments per unit of perDay and day over two years of the generator's calendar.
  const gen = generateShipments({ from: '2024-01', to: '2025-12', perDay: N / 731 / 1.08, seed: 42 });
  let n = 0;
  async function* lines() {
    yield `${CSV_HEADER}\n`;
    let buf = '';
    for (const r of gen) {
      if (n >= N) break;
      buf += `${csvLine(r)}\n`;
      n++;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
    yield buf;
  }
  await pipeline(lines(), createWriteStream(path));
  return n;
}

async function copyBaseline(database: Database, file: string): Promise<number> {
  await database.db.execute(sql.raw(`create table bench_raw_shipments (${COLUMNS.map((c) => `${c} text`).join(', ')})`));
  const statement = `COPY bench_raw_shipments FROM STDIN WITH (FORMAT csv, HEADER true)`;
  const client = (database.db as unknown as { $client: unknown }).$client;
  const t0 = performance.now();
  if (database.kind === 'pglite') {
    await (client as { query: (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown> }).query(statement.replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([readFileSync(file)]) });
  } else {
    const { from } = await import('pg-copy-streams');
    const conn = await (client as import('pg').Pool).connect();
    try {
      await pipeline(createReadStream(file), conn.query(from(statement)));
    } finally {
      conn.release();
    }
  }
  const t = (performance.now() - t0) / 1000;
  await database.db.execute(sql`drop table bench_raw_shipments`);
  return t;
}

/** The shipments table's own columns a COPY fills (id, version and times take their defaults). */
const SHIPMENT_COLUMNS = [
  'operator_id', 'reference', 'mode', 'origin', 'destination', 'origin_country', 'destination_country', 'via_corridor', 'node_id', 'zone_id', 'direction',
  'weight_kg', 'tonnes', 'teu', 'value_cny', 'currency', 'declared_value', 'fx_rate', 'hs_code', 'commodity_class', 'fresh', 'passed_at', 'month',
  'arrived_at', 'released_at', 'inspected', 'content_hash', 'import_id',
];

/**
 * The second baseline, as issue 13 words it ("COPY of the same file into the same table"): the
 * imported rows, in the shipments table's own columns (ids resolved, under new references),
 * COPY'd into shipments itself with its unique and month indexes and its four foreign keys, in
 * a transaction rolled back. Only the COPY is timed, not the export before it.
 */
async function copyIntoShipments(database: Database, dir: string): Promise<number> {
  const select = `select ${SHIPMENT_COLUMNS.map((c) => (c === 'reference' ? `reference || '~'` : c)).join(', ')} from shipments`;
  const into = `COPY shipments (${SHIPMENT_COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    const pglite = client as { query: (q: string, p?: unknown[], o?: { blob: Blob }) => Promise<{ blob?: Blob }>; exec: (q: string) => Promise<unknown> };
    const out = await pglite.query(`COPY (${select}) TO '/dev/blob' WITH (FORMAT csv)`);
    await pglite.exec('begin');
    const t0 = performance.now();
    await pglite.query(into.replace('STDIN', "'/dev/blob'"), [], { blob: out.blob! });
    const t = (performance.now() - t0) / 1000;
    await pglite.exec('rollback');
    return t;
  }
  const { from, to } = await import('pg-copy-streams');
  const conn = await (client as import('pg').Pool).connect();
  const rowsFile = join(dir, 'shipments-rows.csv');
  try {
    await pipeline(conn.query(to(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`)), createWriteStream(rowsFile));
    await conn.query('begin');
    const t0 = performance.now();
    await pipeline(createReadStream(rowsFile, { highWaterMark: 1 << 20 }), conn.query(from(into)));
    const t = (performance.now() - t0) / 1000;
    await conn.query('rollback');
    return t;
  } finally {
    conn.release();
  }
}

export async function corridorBench(database: Database) {
  const dir = mkdtempSync(join(tmpdir(), 'hubline-bench-corridor-'));
  try {
    const file = join(dir, 'shipments.csv');
    const n = await writeFile(file);
    await ensureSeeded(database.db, { demo: false, adminPassword: 'Bench-Pass-2026!' });
    await database.db.insert(operators).values(['GENAIR', 'GENRAILSEA', 'GENRAIL', 'GENROAD', 'GENRIVER'].map((code) => ({ code, name: code, modes: ['air'] })));
    const loadBefore = os.loadavg()[0];
    // The import runs first, so its peak memory is not that of the baselines: on PGlite a COPY
    // from a blob copies the whole file into the WebAssembly heap, which never shrinks.
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const phases: Record<string, number> = {};
    const t0 = performance.now();
    const r = await importShipments(database, { id: null, name: 'bench' }, { all: true }, createReadStream(file, { highWaterMark: 1 << 20 }), 'csv', {
      source: 'cli',
      fileName: 'bench.csv',
      onProgress: (p) => {
        if (p.phase !== 'reading') phases[p.phase] = (performance.now() - t0) / 1000;
      },
    });
    const tImport = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    if (r.inserted !== n) throw new Error(`imported ${r.inserted} of ${n}`);
    const months = (await rows<{ month: string }>(database.db, sql`select distinct month from shipments order by 1`)).map((m) => m.month);
    const t1 = performance.now();
    await database.db.transaction((tx) => rollUpMonths(tx, months));
    const tRollUp = (performance.now() - t1) / 1000;
    const tCopy = await copyBaseline(database, file);
    const tCopyTable = await copyIntoShipments(database, dir);
    return {
      engine: database.kind,
      where: database.kind === 'pglite' ? database.where.replace(/ .*/, ' data directory on disk') : 'PostgreSQL',
      shipments: n,
      fileMB: +(statSync(file).size / 1048576).toFixed(1),
      copyS: +tCopy.toFixed(2),
      copyRowsPerS: Math.round(n / tCopy),
      importS: +tImport.toFixed(2),
      // seconds from the start of the import to the open transaction and to the roll-up in it
      importPhasesS: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, +v.toFixed(2)])),
      importRowsPerS: Math.round(n / tImport),
      importRateToCopy: +(tCopy / tImport).toFixed(2), // against COPY of the file into a table of text columns
      copyIntoShipmentsS: +tCopyTable.toFixed(2),
      importRateToCopyIntoShipments: +(tCopyTable / tImport).toFixed(2), // against COPY of the same rows into shipments itself; goal on PostgreSQL: ≥ 0.5
      rssBeforeImportMB: Math.round(rssBefore / 1048576),
      peakRssMB: Math.round(peak / 1048576), // goal: < 1536
      rollUpMonths: months.length,
      rollUpS: +tRollUp.toFixed(2),
      load: [+loadBefore.toFixed(1), +os.loadavg()[0].toFixed(1)],
      date: new Date().toISOString(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
