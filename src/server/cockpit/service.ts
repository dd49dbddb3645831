// The cockpit's one read, in a transaction: a plan read for the first time is rolled up in it.
import type { Db } from '../db/index';
import { today } from '../delivery/common';
import * as q from './queries';

// Only the PDF reads it, and a PDF names its plan (cockpitPdfQuery).
export const readCockpit = (db: Db, planId: string, period?: string, day = today()) => db.transaction((tx) => q.cockpit(tx, planId, period, day));

/** The route's read: the kept answer (one row) or a fresh one (in a transaction, then kept). */
export const readCockpitJson = async (db: Db, planId: string | undefined, period?: string, day = today()) => q.cockpitJson(db, planId ?? (await q.defaultPlanId(db)), period, day);
