// The job queue as the services see it: the running pg-boss of this process (set by startJobs)
// and the sends that ride on a service's own transaction. Kept apart from ./index.ts, which
// imports the services the jobs run, so a service can enqueue without an import cycle.
import type { PgBoss } from 'pg-boss';
import type { DbOrTx } from '../db/index';
import { clientOf } from '../db/copy';

export const QUEUES = { reminders: 'data-reminders', maintenance: 'nightly-maintenance', alerts: 'alert-refresh', alertInputs: 'alert-inputs', briefings: 'briefings' } as const;

let running: PgBoss | null = null;
export const runningBoss = () => running;
export function setRunningBoss(boss: PgBoss | null) {
  running = boss;
}

/** pg-boss's SQL run on the driver connection behind a Drizzle transaction (both drivers take $n parameters), so the job commits or rolls back with the write. */
function executorOf(tx: DbOrTx) {
  const client = clientOf(tx) as { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };
  return { executeSql: async (text: string, values: unknown[] = []) => ({ rows: (await client.query(text, values)).rows }) };
}

/**
 * An input of the alert rules changed (a report, a milestone, an indicator's status): queue one
 * refresh. The queue is `stately` and every send carries the same key, so a burst of writes leaves
 * one queued job; a write while a refresh runs queues one more, which sees it. Sent inside the
 * writer's transaction: a rolled-back write queues nothing, and the job cannot run before the
 * write is visible. Without a running queue (HUBLINE_JOBS=0, a test app) nothing is queued; the
 * 15-minute schedule and the office's "refresh now" remain.
 */
export async function alertInputsChanged(tx: DbOrTx) {
  if (!running) return;
  await running.send(QUEUES.alertInputs, {}, { singletonKey: 'refresh', db: executorOf(tx) });
}
