// `node --import tsx bench/corridor-only.ts pglite|postgres` (URL=postgres://… for postgres): the corridor bench alone, at BENCH_SHIPMENTS rows.
import { openDatabase } from '../src/server/db/index';
import { corridorBench } from './corridor';
const engine = process.argv[2];
const database = await openDatabase({ databaseUrl: engine === 'postgres' ? process.env.URL : undefined, dataDir: 'memory://' });
try { console.log(JSON.stringify(await corridorBench(database))); } finally { await database.close(); }
