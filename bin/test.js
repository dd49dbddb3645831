#!/usr/bin/env node
// `npm test`: probe the real services the tests need, say plainly what cannot run
// here, then run every Vitest project. Under CI a missing service is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';

// The platform runs on the Node LTS named in .nvmrc, installed by `npm ci` as the `node`
// package (node_modules/.bin/node, first on the PATH of every npm script). Any other major
// means the tests were started outside npm or the package did not install: say so, stop.
const wantedMajor = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim().split('.')[0];
const major = process.versions.node.split('.')[0];
if (major !== wantedMajor) {
  console.error(`✗ Node ${process.version} runs the tests; Hubline needs Node ${wantedMajor} (.nvmrc).`);
  console.error(`  Run them as \`npm test\` after \`npm ci\`: npm puts node_modules/.bin/node (the \`node\` package, ${wantedMajor}.x) first on the PATH.`);
  process.exit(1);
}
console.log(`▶ Node ${process.version}`);

const ci = process.env.CI === 'true';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
const env = { ...process.env };

try {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.query('select 1');
  await c.end();
} catch (e) {
  missing.push(`PostgreSQL at ${pgUrl} (${e.message}): integration tests run on PGlite only`);
  env.HUBLINE_TEST_NO_POSTGRES = '1';
}
if (!existsSync(chromium)) missing.push(`Chromium at ${chromium}: browser tests cannot run (apt-get install -y chromium fonts-noto-cjk)`);

for (const m of missing) console.error(`✗ not available: ${m}`);
if (missing.length && ci) {
  console.error('CI=true: every part must run; failing.');
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;

console.log('▶ typecheck (tsc --noEmit)');
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);

console.log('▶ vitest: unit, integration (PGlite + PostgreSQL), browser');
// The JSON report gives each file's time: CI shows only the end of the log, so the slowest
// files are printed last, where a run that got slower can be read.
const report = 'test-results/vitest-report.json';
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const files = JSON.parse(readFileSync(report, 'utf8')).testResults.map((f) => ({ name: f.name.replace(`${process.cwd()}/`, ''), s: (f.endTime - f.startTime) / 1000 }));
  files.sort((a, b) => b.s - a.s);
  console.log(`\n▶ slowest of ${files.length} test files (wall seconds, files run side by side):`);
  for (const f of files.slice(0, 15)) console.log(`  ${f.s.toFixed(1).padStart(7)}  ${f.name}`);
} catch {
  /* no report (vitest stopped early): its own output says why */
}
if (missing.length) console.error(`\nNot run on this machine: ${missing.join('; ')}`);
process.exit(status);
