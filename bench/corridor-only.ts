// `node --import tsx bench/corridor-only.ts pglite|postgres` (URL=postgres://… for postgres): the corridor bench alone, at BENCH_SHIPMENTS rows.
// PGlite runs on a fresh data directory on disk, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/server/db/index';
import { corridorBench } from './corridor';
const engine = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'hubline-bench-pglite-'));
const database = await openDatabase({ databaseUrl: engine === 'postgres' ? process.env.URL : undefined, dataDir: join(dir, 'data') });
try {
  console.log(JSON.stringify(await corridorBench(database)));
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
