// Background jobs with pg-boss, in the same database as everything else, so any
// instance may run them and a job survives a restart. On PGlite the boss shares
// the embedded connection through a small adapter.
import PgBoss from 'pg-boss';
import type { Database } from '../db/index';
import { sendReminders } from '../indicators/reminders';

export const QUEUES = { reminders: 'data-reminders' } as const;

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
  await boss.start();
  await boss.createQueue(QUEUES.reminders);
  // Every working morning at 09:00 Beijing time.
  await boss.schedule(QUEUES.reminders, '0 9 * * 1-5', {}, { tz: 'Asia/Shanghai' });
  await boss.work(QUEUES.reminders, async () => {
    const sent = await sendReminders(database.db);
    opts.log(`reminders sent: ${sent}`);
  });
  return boss;
}
