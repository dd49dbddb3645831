// What the job scheduler runs for delivery and supervision (see ../jobs/index.ts).
import type { Db } from '../db/index';
import { SYSTEM_ACTOR } from '../seed/actor';
import { today } from '../delivery/common';
import { refreshAlerts } from './alerts';
import { escalateNotices } from './notices';
import { refreshAllRollups } from '../cockpit/queries';
export { sendReportReminders } from '../delivery/reminders';

export async function deliveryJobs(db: Db, day = today()) {
  const alerts = await refreshAlerts(db, SYSTEM_ACTOR, day);
  const escalated = await escalateNotices(db, SYSTEM_ACTOR, day);
  // The cockpit's delivery roll-up follows reports and notices on the same beat (docs/cockpit.md).
  const cockpitPeriods = await db.transaction((tx) => refreshAllRollups(tx, day));
  return { ...alerts, escalated, cockpitPeriods };
}
