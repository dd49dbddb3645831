// Background jobs with pg-boss, in the same database as everything else, so any
// instance may run them and a job survives a restart. On PGlite the boss shares
// the embedded connection through a small adapter.
import { PgBoss, fromPglite, type ConstructorOptions } from 'pg-boss';
import pg from 'pg';
import type { Database, Db } from '../db/index';
import { lt, sql } from 'drizzle-orm';
import { rows } from '../db/index';
import { pruneCockpitAnswers } from '../cockpit/queries';
import { sendReminders } from '../indicators/reminders';
import { recomputeAll } from '../indicators/service';
import { sessions } from '../db/schema';
import { deliveryJobs, sendReportReminders } from '../supervision/jobs';

import { QUEUES, runningBoss, setRunningBoss } from './queue';
export { QUEUES };

/**
 * Hands a briefing to the job queue; without a running queue (jobs off, or a test app) it is
 * made in this process after the response, so a request is never left queued for ever.
 */
export async function enqueueBriefing(db: Db, id: string) {
  const running = runningBoss();
  if (running) {
    await running.send(QUEUES.briefings, { id });
    return;
  }
  const { runBriefing } = await import('../briefings/service');
  setImmediate(() => void runBriefing(db, id));
}
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

/** What the alert jobs run: the scheduled beat and a refresh queued by a changed input alike. */
export const runAlertJob = (db: Db) => deliveryJobs(db);

/**
 * `work: false` installs the queues and lets this process send, but runs no job here: a test then
 * fetches and runs a queued job itself, deterministically.
 */
export async function startJobs(database: Database, opts: { databaseUrl?: string; log: (msg: string, extra?: unknown) => void; work?: boolean }): Promise<PgBoss> {
  const client = database.kind === 'pglite' ? (database.db as unknown as { $client: Parameters<typeof fromPglite>[0] }).$client : null;
  const options: ConstructorOptions =
    database.kind === 'postgres' && opts.databaseUrl
      ? { connectionString: opts.databaseUrl, max: 2 }
      : // PGlite: pg-boss's own adapter shares the embedded connection (multi-statement scripts go through exec).
        { db: fromPglite(client!), backend: 'pglite' };
  const boss = new PgBoss(options);
  boss.on('error', (e: Error) => opts.log('job error', e));
  // pg-boss installs its schema and queues itself; two instances doing it at the same moment
  // deadlock (seen in the two-instance test), so set-up is serialised with a session lock.
  await withSetupLock(opts.databaseUrl && database.kind === 'postgres' ? opts.databaseUrl : null, async () => {
    await retirePgBoss10Schema(database, opts.log);
    await boss.start();
    await boss.createQueue(QUEUES.reminders);
    // Every working morning at 09:00 Beijing time.
    await boss.schedule(QUEUES.reminders, '0 9 * * 1-5', {}, { tz: 'Asia/Shanghai' });
    await boss.createQueue(QUEUES.maintenance);
    await boss.schedule(QUEUES.maintenance, '30 2 * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.createQueue(QUEUES.alerts);
    // What changes with the date alone (a due date passing) within a quarter of an hour; overdue notices
    // escalate on the same beat. Written inputs queue their own refresh (alert-inputs below).
    await boss.schedule(QUEUES.alerts, '*/15 * * * *', {}, { tz: 'Asia/Shanghai' });
    // One refresh queued at a time, however many writes ask for it (see ./queue.ts).
    await boss.createQueue(QUEUES.alertInputs, { policy: 'stately' });
    await boss.createQueue(QUEUES.briefings);
  });
  setRunningBoss(boss);
  boss.on('stopped', () => {
    if (runningBoss() === boss) setRunningBoss(null);
  });
  if (opts.work === false) return boss;
  await boss.work<{ id: string }>(QUEUES.briefings, async (jobs) => {
    const { runBriefing } = await import('../briefings/service');
    for (const j of jobs) await runBriefing(database.db, j.data.id);
  });
  await boss.work(QUEUES.alerts, async () => opts.log('alert refresh', await runAlertJob(database.db)));
  await boss.work(QUEUES.alertInputs, async () => opts.log('alert refresh (inputs changed)', await runAlertJob(database.db)));
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

/**
 * pg-boss 11 rewrote its schema and migrates only from its own (version 25) onwards: a database
 * last run with pg-boss 10 (schema version 24) would refuse to start. Its jobs are the reminder
 * and maintenance runs, re-scheduled at every start and idempotent within a day, so the old
 * schema is dropped and pg-boss installs the current one (the upgrade path its notes give:
 * a fresh schema, pending jobs moved over if one needs them — we need none).
 */
async function retirePgBoss10Schema(database: Database, log: (msg: string) => void) {
  const [table] = await rows<{ t: string | null }>(database.db, sql`select to_regclass('pgboss.version')::text as t`);
  if (!table?.t) return;
  const [row] = await rows<{ version: number }>(database.db, sql`select version from pgboss.version limit 1`);
  const version = row ? Number(row.version) : null;
  if (version == null || version >= 25) return;
  await database.db.execute(sql`drop schema pgboss cascade`);
  log(`pg-boss schema version ${version} (pg-boss 10) dropped; pg-boss 12 installs its own`);
}

/**
 * Expired sessions go; every status is recomputed so the roll-up never drifts from its inputs;
 * the cockpit's answers kept for days before the latest go (its read path only reads).
 */
export async function nightlyMaintenance(db: Db) {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, new Date())).returning({ id: sessions.id });
  const pairs = await recomputeAll(db);
  const cockpitAnswers = await pruneCockpitAnswers(db);
  return { expiredSessions: gone.length, statuses: pairs, cockpitAnswersPruned: cockpitAnswers };
}
