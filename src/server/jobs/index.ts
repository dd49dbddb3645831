// Background jobs with pg-boss, in the same database as everything else, so any
// instance may run them and a job survives a restart. On PGlite the boss shares
// the embedded connection through a small adapter.
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Database, Db } from '../db/index';
import { lt } from 'drizzle-orm';
import { sendReminders } from '../indicators/reminders';
import { recomputeAll } from '../indicators/service';
import { sessions } from '../db/schema';
import { deliveryJobs, sendReportReminders } from '../supervision/jobs';

export const QUEUES = { reminders: 'data-reminders', maintenance: 'nightly-maintenance', alerts: 'alert-refresh' } as const;
const SETUP_LOCK = 727_004;

async function withSetupLock(databaseUrl: string | null, fn: () => Promise<void>) {
  if (!databaseUrl) return fn(); // PGlite: one process only
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
    await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => {});
    await client.end();
  }
}

export async function startJobs(database: Database, opts: { databaseUrl?: string; log: (msg: string, extra?: unknown) => void }): Promise<PgBoss> {
  let boss: PgBoss;
  if (database.kind === 'postgres' && opts.databaseUrl) {
    boss = new PgBoss({ connectionString: opts.databaseUrl, max: 2 });
  } else {
    const client = (database.db as unknown as { $client: { query: Function; exec: Function } }).$client;
    boss = new PgBoss({
      db: {
        // pg-boss sends multi-statement scripts without parameters: those go through exec.
        executeSql: async (text: string, values?: unknown[]) => {
          if (values && values.length) return { rows: (await client.query(text, values)).rows };
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        },
      },
    } as unknown as PgBoss.ConstructorOptions);
  }
  boss.on('error', (e) => opts.log('job error', e));
  // pg-boss installs its schema and queues itself; two instances doing it at the same moment
  // deadlock (seen in the two-instance test), so set-up is serialised with a session lock.
  await withSetupLock(opts.databaseUrl && database.kind === 'postgres' ? opts.databaseUrl : null, async () => {
    await boss.start();
    await boss.createQueue(QUEUES.reminders);
    // Every working morning at 09:00 Beijing time.
    await boss.schedule(QUEUES.reminders, '0 9 * * 1-5', {}, { tz: 'Asia/Shanghai' });
    await boss.createQueue(QUEUES.maintenance);
    await boss.schedule(QUEUES.maintenance, '30 2 * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.createQueue(QUEUES.alerts);
    // Alerts follow their inputs within a quarter of an hour; overdue notices escalate on the same beat.
    await boss.schedule(QUEUES.alerts, '*/15 * * * *', {}, { tz: 'Asia/Shanghai' });
  });
  await boss.work(QUEUES.alerts, async () => opts.log('alert refresh', await deliveryJobs(database.db)));
  await boss.work(QUEUES.reminders, async () => {
    const sent = await sendReminders(database.db);
    const reports = await sendReportReminders(database.db);
    opts.log(`reminders sent: ${sent} data, ${reports} reports`);
  });
  await boss.work(QUEUES.maintenance, async () => {
    const r = await nightlyMaintenance(database.db);
    opts.log('nightly maintenance', r);
  });
  return boss;
}

/** Expired sessions go; every status is recomputed so the roll-up never drifts from its inputs. */
export async function nightlyMaintenance(db: Db) {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, new Date())).returning({ id: sessions.id });
  const pairs = await recomputeAll(db);
  return { expiredSessions: gone.length, statuses: pairs };
}
