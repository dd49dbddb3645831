import type { DbOrTx } from '../db/index';
// Filled in by the document importer (issue 4): both seed documents come in through it.
export async function seedPlans(_db: DbOrTx, _log: (m: string) => void) {}
