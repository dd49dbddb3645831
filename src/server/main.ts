import { loadConfig } from './core/config';
import { openDatabase } from './db/index';
import { buildApp } from './app';
import { ensureSeeded } from './seed/index';
import { startJobs } from './jobs/index';
import { AppError } from './core/errors';
import { prestartReader, stopReader } from './core/worker';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, owner: { port: config.port, command: 'server' } }).catch((e) => {
  // Another server or a `hubline` command has this PGlite directory: say who, do not start.
  if (e instanceof AppError) {
    console.error(`${e.messageZh}\n${e.messageEn}`);
    process.exit(1);
  }
  throw e;
});
const app = await buildApp({ database, config });
app.log.info(`database: ${database.where}`);
const { adminPassword } = await ensureSeeded(database.db, {
  demo: config.demo,
  adminPassword: config.adminPassword,
  log: (m) => app.log.info(m),
});
if (adminPassword) {
  // Printed once, on the console only: it is not stored anywhere in clear.
  console.log(`\n  首个管理员 / first administrator: admin  密码 / password: ${adminPassword}\n  首次登录须修改 / must be changed at first login (or set HUBLINE_ADMIN_PASSWORD to choose it)\n`);
}
if (config.demo) console.log('  演示账号 / demo accounts: office, liaison_commerce, liaison_transport, leader_commerce, leader_transport, evaluator, leader (see README)');

// Background jobs (reminders) run in every instance; pg-boss hands each job to one of them.
const boss = process.env.HUBLINE_JOBS === '0' ? null : await startJobs(database, { databaseUrl: config.databaseUrl, log: (m, e) => app.log.info({ e }, m) });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close(); // stops accepting, waits for in-flight requests
  await stopReader();
  await boss?.stop({ graceful: true, timeout: 5000 });
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
// The first upload's reader is started now, while nobody waits (issue 10).
prestartReader();
console.log(`  Hubline: http://localhost:${config.port}`);
