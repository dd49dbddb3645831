// An import killed half-way leaves the ledger as it was (issue 13, quality bar): the real
// `hubline import-shipments FILE` process is killed with SIGKILL while it writes — once while
// it stages checked rows, once inside the import's one transaction while the ledger rows are
// being written — and the ledger's checksum (every row of shipments, their versions, tracking
// events, the roll-ups, the computed observations and the audit log) is the one from before.
// On PGlite the killed process's data directory must open again (crash recovery, stale lock).
// No timing: the test waits for the process's own progress lines (and, on PostgreSQL, for the
// server to show the statement running) before it kills.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { openDatabase, rows, type Database } from '../../src/server/db/index';
import { ensureSeeded } from '../../src/server/seed/index';
import { operators } from '../../src/server/db/schema';
import { importShipments } from '../../src/server/corridor/import';
import { CSV_HEADER, csvLine, generateShipments } from '../../src/domain/corridor/index';
import { ADMIN_PASSWORD, engines, freshPostgresDatabase } from '../support/harness';
import { hubline } from '../support/processes';

const OPS = ['GENAIR', 'GENRAILSEA', 'GENRAIL', 'GENROAD', 'GENRIVER'];
/** Rows of the file the killed process imports: enough that its staging and its transaction each take a while. */
const BIG_ROWS = 40_000;

async function writeCsv(path: string, opts: { seed: number; from: string; to: string; perDay: number; max?: number }) {
  let n = 0;
  async function* lines() {
    yield `${CSV_HEADER}\n`;
    let buf = '';
    for (const r of generateShipments(opts)) {
      if (opts.max !== undefined && n >= opts.max) break;
      buf += `${csvLine(r)}\n`;
      n++;
      if (buf.length > 1 << 16) {
        yield buf;
        buf = '';
      }
    }
    yield buf;
  }
  await pipeline(lines(), createWriteStream(path));
  return n;
}

/** The ledger's checksum: md5 of every row of every table an import writes to, in a fixed order. */
async function ledgerChecksum(database: Database): Promise<Record<string, string>> {
  const tables: [string, string][] = [
    ['shipments', 'id'],
    ['shipment_versions', 'seq'],
    ['tracking_events', 'id'],
    ['corridor_monthly', 'month, node_id, mode, direction, via_corridor'],
    ['corridor_clearance_monthly', 'month'],
    ['observations', 'id'],
    ['audit_log', 'seq'],
  ];
  const out: Record<string, string> = {};
  for (const [table, order] of tables) {
    const [r] = await rows<{ n: number; md5: string | null }>(database.db, sql.raw(`select count(*)::int as n, md5(string_agg(t::text, '|' order by ${order})) as md5 from ${table} t`));
    out[table] = `${r.n}:${r.md5}`;
  }
  out.applied = (await rows<{ s: string | null }>(database.db, sql`select string_agg(id::text, ',' order by id) as s from shipment_imports where status = 'applied'`))[0].s ?? '';
  return out;
}

interface Killed {
  /** The progress lines the process wrote before it was killed. */
  lines: string[];
  signal: NodeJS.Signals | null;
}

/**
 * Runs `hubline import-shipments FILE` and kills it with SIGKILL once `ready` holds for one of
 * its progress lines (and, if given, `confirm` holds too: PostgreSQL shows the statement).
 * If the process ends by itself first, the test fails: it was not killed half-way.
 */
async function importAndKill(file: string, env: Record<string, string>, ready: (line: string) => boolean, confirm?: () => Promise<boolean>): Promise<Killed> {
  const child = spawn(process.execPath, ['bin/hubline.js', 'import-shipments', file], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const lines: string[] = [];
  let output = '';
  let buf = '';
  let triggered = false;
  const fired = new Promise<void>((resolve) => {
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d: Buffer) => {
      output += d;
      buf += d.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines.push(line);
        if (!triggered && ready(line)) {
          triggered = true;
          resolve();
        }
      }
    });
  });
  const ended = exited.then(([code, signal]) => {
    throw new Error(`import-shipments ended by itself (code ${code}, signal ${signal}) before it could be killed half-way:\n${output}`);
  });
  await Promise.race([fired, ended]);
  if (confirm) {
    // The server shows the statement running: poll it (no fixed wait), the process keeps running meanwhile.
    while (!(await confirm())) {
      if (child.exitCode !== null) await ended;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  child.kill('SIGKILL');
  const [, signal] = await exited;
  return { lines, signal };
}

const progressRows = (line: string, phase: string) => {
  const m = new RegExp(`^进度 / progress: \\S+ ${phase} \\d+%, (\\d+) 行 / rows$`).exec(line);
  return m ? Number(m[1]) : null;
};

describe.each(engines())('a corridor import killed half-way on %s', (engine) => {
  let dir: string;
  let dataDir: string;
  let database: Database;
  let databaseUrl: string | undefined;
  let drop = async () => {};
  let bigFile: string;
  let closed = true;
  const open = async () => {
    const d = await openDatabase({ databaseUrl, dataDir });
    closed = false;
    return d;
  };
  const closeDatabase = async () => {
    closed = true;
    await database.close();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubline-corridor-kill-'));
    dataDir = join(dir, 'data');
    if (engine === 'postgres') ({ url: databaseUrl, drop } = await freshPostgresDatabase());
    database = await open();
    await ensureSeeded(database.db, { demo: false, adminPassword: ADMIN_PASSWORD });
    await database.db.insert(operators).values(OPS.map((code) => ({ code, name: code, modes: ['air'] })));
    // A ledger that is not empty: two months applied, one of them also in the big file.
    const base = join(dir, 'base.csv');
    await writeCsv(base, { seed: 5, from: '2026-01', to: '2026-02', perDay: 6 });
    await importShipments(database, { id: null, name: 'test' }, { all: true }, createReadStream(base), 'csv', {});
    bigFile = join(dir, 'big.csv');
    expect(await writeCsv(bigFile, { seed: 77, from: '2026-02', to: '2026-12', perDay: 200, max: BIG_ROWS })).toBe(BIG_ROWS);
  }, 600_000);

  afterAll(async () => {
    if (database && !closed) await closeDatabase();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The killed process's env: its database, the way a user points the CLI at it. */
  const env = (): Record<string, string> => (engine === 'postgres' ? { DATABASE_URL: databaseUrl! } : { HUBLINE_DATA_DIR: dataDir });
  /** What the PostgreSQL server is running for the CLI's connections now. */
  const running = async (pattern: string) => {
    const r = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and query ilike ${pattern}`,
    );
    return r[0].n > 0;
  };

  /** Another connection holds the import's transaction lock (src/server/corridor/import.ts, IMPORT_LOCK): it is inside the transaction. */
  const holdsImportLock = async () => {
    const r = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
          where l.locktype = 'advisory' and l.objid = 727013 and l.granted and a.datname = current_database() and a.xact_start is not null`,
    );
    return r[0].n > 0;
  };

  async function killAndCheck(ready: (line: string) => boolean, confirm: { statement: string } | { holdsImportLock: true }) {
    const before = await ledgerChecksum(database);
    const [{ n: importsBefore }] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from shipment_imports`);
    if (engine === 'pglite') await closeDatabase(); // one process per PGlite directory
    const killed = await importAndKill(bigFile, env(), ready, engine === 'postgres' ? () => ('statement' in confirm ? running(confirm.statement) : holdsImportLock()) : undefined);
    expect(killed.signal).toBe('SIGKILL');
    // The killed process's directory opens again (its lock is stale, the WAL replays) and answers.
    if (engine === 'pglite') database = await open();
    expect(await ledgerChecksum(database)).toEqual(before);
    // The killed import was under way and never applied.
    const imports = await rows<{ id: string; status: string }>(database.db, sql`select id, status from shipment_imports order by created_at, id`);
    expect(imports.length).toBe(importsBefore + 1);
    const killedImport = imports.find((i) => i.status === 'staging');
    expect(killedImport, JSON.stringify(imports)).toBeDefined();
    return { killed, killedImport: killedImport!, before };
  }

  it('killed while it stages checked rows: the ledger is as it was, the directory reopens', async () => {
    const { killed, killedImport } = await killAndCheck((l) => (progressRows(l, 'reading') ?? 0) >= 10_000, { statement: '%COPY shipment_staging%' });
    expect(killed.lines.some((l) => progressRows(l, 'applying') !== null)).toBe(false);
    if (engine === 'pglite') {
      // PGlite stages batch by batch, each committed: the killed import's rows are there (it was killed inside the write), the ledger does not see them.
      const [{ n }] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from shipment_staging where import_id = ${killedImport.id}`);
      expect(n).toBeGreaterThanOrEqual(5000);
    }
  }, 600_000);

  it('killed inside the import transaction once every ledger row is written, during the roll-up: the ledger is as it was', async () => {
    // 'rollup' is reported inside the transaction after the upsert into shipments: an import
    // that committed any ledger row before its roll-up would show here.
    const { killed } = await killAndCheck((l) => progressRows(l, 'rollup') !== null, { holdsImportLock: true });
    expect(killed.lines.some((l) => progressRows(l, 'done') !== null)).toBe(false);
  }, 600_000);

  it('after the kills the same file imports whole, and the ledger moves', async () => {
    const before = await ledgerChecksum(database);
    if (engine === 'pglite') await closeDatabase();
    const r = await hubline(['import-shipments', bigFile], env());
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { rows: number; inserted: number; updated: number; unchanged: number };
    // February is also in the base file: its shipments with the same ids are updated (versions kept), the rest inserted.
    expect(result.rows).toBe(BIG_ROWS);
    expect(result.updated).toBeGreaterThan(0);
    expect(result.inserted + result.updated + result.unchanged).toBe(BIG_ROWS);
    expect(r.stderr).toMatch(/^进度 \/ progress: 已提交 done 100%, 40000 行 \/ rows$/m);
    if (engine === 'pglite') database = await open();
    const after = await ledgerChecksum(database);
    expect(after.shipments).not.toBe(before.shipments);
    expect(Number(after.shipments.split(':')[0])).toBe(Number(before.shipments.split(':')[0]) + result.inserted);
    expect(Number(after.shipment_versions.split(':')[0])).toBe(Number(before.shipment_versions.split(':')[0]) + result.updated);
  }, 600_000);
});
