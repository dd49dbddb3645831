// The "own SQL" baseline of a read endpoint, as bench/server.ts does it for the other reads:
// record the statements one request sends (minus the session lookup), then replay them, with
// their parameters, straight on the database client under the same load.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/server/db/index';

type Statement = { text: string; params: unknown[] };

export function sqlRecorder(database: Database) {
  const client = (database.db as unknown as { session: { client: { query: (...a: unknown[]) => Promise<unknown> } } }).session.client;
  const original = client.query.bind(client);
  let recording: Statement[] | null = null;
  client.query = (...a: unknown[]) => {
    const [q, params] = a as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof q === 'string' ? q : q.text;
    if (recording && !/"sessions"|\bsessions\b/.test(text)) recording.push({ text, params: (typeof q === 'string' ? params : (q.values ?? params)) ?? [] });
    return original(...a);
  };
  return {
    /** Sends the request once through the app and keeps the statements it sent. */
    async record(app: FastifyInstance, url: string, cookie: string) {
      recording = [];
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      const list = recording;
      recording = null;
      return { status: res.statusCode, bytes: res.rawPayload.length, statements: list };
    },
    /** Sends the recorded statements again, as the endpoint did (one after another). */
    async replay(list: Statement[]) {
      for (const s of list) await original(s.text, s.params);
      return list.length;
    },
    restore() {
      client.query = original;
    },
  };
}
