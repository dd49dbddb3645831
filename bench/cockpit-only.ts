// `node --import tsx bench/cockpit-only.ts pglite|postgres` (URL=postgres://… for postgres): the cockpit bench alone.
import { openDatabase } from '../src/server/db/index';
import { cockpitBench } from './cockpit';
const engine = process.argv[2];
const database = await openDatabase({ databaseUrl: engine === 'postgres' ? process.env.URL : undefined, dataDir: 'memory://' });
try { console.log(JSON.stringify(await cockpitBench(database))); } finally { await database.close(); }
