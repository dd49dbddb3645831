import type { Db } from '../db/index';
// Demo observations from ../shared/data figures arrive with the indicator module.
export async function seedDemoData(_db: Db, _log: (m: string) => void) {}
