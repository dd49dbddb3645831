// Independent queries of one read run at once on the pool; inside a transaction (one
// connection) they run one after another, since a connection answers one query at a time.
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './index';

type Thunks = readonly (() => PromiseLike<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

export async function parallel<const T extends Thunks>(db: DbOrTx, ...queries: T): Promise<Results<T>> {
  if (db instanceof PgTransaction) {
    const out: unknown[] = [];
    for (const q of queries) out.push(await q());
    return out as Results<T>;
  }
  return (await Promise.all(queries.map((q) => q()))) as Results<T>;
}
