import type { DbOrTx } from '../db/index';
// Demo observations from ../shared/data figures arrive with the indicator module.
export async function seedDemoData(_db: DbOrTx, _log: (m: string) => void) {}
