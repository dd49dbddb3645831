// The "own SQL" baseline of a read endpoint, as bench/server.ts does it for the other reads:
// record the statements one request sends (minus the session lookup), then replay them, with
// their parameters, straight on the database client under the same load. Unlike the other reads
// the cockpit reads in a transaction, so statements sent inside one are recorded too (PGlite's
// transaction object; node-postgres' pool client, BEGIN and COMMIT included) and replayed the same way.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/server/db/index';

type Statement = { text: string; params: unknown[] };
type Query = (...a: unknown[]) => Promise<unknown>;
interface Queryable {
  query: Query;
  transaction?: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;
  connect?: () => Promise<Queryable & { release: () => void }>;
}

export function sqlRecorder(database: Database) {
  const client = (database.db as unknown as { session: { client: Queryable } }).session.client;
  const original = { query: client.query.bind(client), transaction: client.transaction?.bind(client), connect: client.connect?.bind(client) };
  let recording: Statement[] | null = null;
  const tap = (query: Query): Query => (...a: unknown[]) => {
    const [q, params] = a as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof q === 'string' ? q : q.text;
    if (recording && !/"sessions"|\bsessions\b/.test(text)) recording.push({ text, params: (typeof q === 'string' ? params : (q.values ?? params)) ?? [] });
    return query(...a);
  };
  client.query = tap(original.query);
  // PGlite: queries inside a transaction go through the transaction object.
  if (original.transaction) client.transaction = (fn) => original.transaction!((tx) => fn(Object.assign(Object.create(tx) as Queryable, { query: tap(tx.query.bind(tx)) })));
  // node-postgres: a transaction takes a client of the pool; wrap it while recording only.
  // pg-pool's own query() calls connect with a callback: that form must pass straight through,
  // or every pool.query after this point waits for a client forever (the PostgreSQL bench hung
  // at app.listen, whose audit checkpoint is a pool.query). Those statements are tapped above.
  if (original.connect)
    client.connect = ((...a: unknown[]) => {
      if (typeof a[0] === 'function') return (original.connect as unknown as (...x: unknown[]) => unknown)(...a);
      return original.connect!().then((c) => {
        if (!recording) return c;
        const q = c.query.bind(c);
        return Object.assign(Object.create(c), { query: tap(q), release: () => c.release() });
      });
    }) as typeof original.connect;
  return {
    /** Sends the request once through the app and keeps the statements it sent. */
    async record(app: FastifyInstance, url: string, cookie: string) {
      recording = [];
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      const list = recording;
      recording = null;
      return { status: res.statusCode, bytes: res.rawPayload.length, statements: list };
    },
    /** Sends the recorded statements again, one after another on one connection, as the endpoint did. */
    async replay(list: Statement[]) {
      if (original.transaction) {
        await original.transaction(async (tx) => {
          for (const s of list) await tx.query(s.text, s.params);
        });
      } else if (original.connect) {
        const c = await original.connect();
        try {
          for (const s of list) await c.query(s.text, s.params);
        } finally {
          c.release();
        }
      } else for (const s of list) await original.query(s.text, s.params);
      return list.length;
    },
    /** Sends the recorded statements again all at once on the pool, as a read outside a transaction sends its independent queries. */
    async replayAtOnce(list: Statement[]) {
      await Promise.all(list.map((s) => original.query(s.text, s.params)));
      return list.length;
    },
    restore() {
      client.query = original.query;
      if (original.transaction) client.transaction = original.transaction;
      if (original.connect) client.connect = original.connect;
    },
  };
}
