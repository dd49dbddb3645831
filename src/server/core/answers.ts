// Kept answers of read endpoints: the JSON a read sent, served again while none of its input
// tables has changed. "Changed" is a generation, a row of input_generations that a deferred
// trigger on each input table moves when a writing transaction commits (migrations 0015, 0016);
// an answer is made in one repeatable-read snapshot that also reads the number, so it is kept
// under exactly the number of the data it was made from. A hit costs one read of the number,
// shared by every request that arrives while one is running.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rows, type Db, type DbOrTx } from '../db/index';
import { scopeOf } from './access';
import { sendJsonWithEtag } from './etag';
import { perDb, sharedRead } from './batch';

/** A served answer: the JSON the route sends, its ETag, and the generation it was made at. */
export interface Answer {
  body: string;
  etag: string;
  generation: string;
}

/** The rows of input_generations (migrations 0015, 0016). */
export type GenerationName = 'cockpit' | 'reads';

const generationReads = new WeakMap<Db, Map<GenerationName, () => Promise<string>>>();

/** The generation's number as read inside a snapshot (the number of that snapshot's data). */
export async function generationIn(tx: DbOrTx, name: GenerationName): Promise<string> {
  const [r] = await rows<{ g: string }>(tx, sql`select n::text as g from input_generations where name = ${name}`);
  if (!r) throw new Error(`input_generations has no row ${name}`);
  return r.g;
}

/**
 * The generation now, read once for every request that arrives while one read is running or
 * waiting to start: they share the next read, which starts after they arrived, so each still
 * sees every change committed before it came (50 polling clients then hold one pool connection
 * instead of ten). core/batch.ts' sharedRead.
 */
export function currentGeneration(db: Db, name: GenerationName): Promise<string> {
  const byName = perDb(generationReads, db, () => new Map<GenerationName, () => Promise<string>>());
  let read = byName.get(name);
  if (!read) byName.set(name, (read = sharedRead(() => generationIn(db, name))));
  return read();
}

/** The JSON a route's serializer sends for `value` under its 200 schema (zod's encode, then JSON), and its ETag. */
export function answerOf(schema: z.ZodType, value: unknown, generation: string): Answer {
  const body = JSON.stringify(z.encode(schema, value));
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`, generation };
}

/** How many answers, and how many bytes of them, a process keeps per database before dropping the least recently used. */
export const KEPT = { answers: 2000, bytes: 64 * 1024 * 1024 };

interface Store {
  held: Map<string, Answer>;
  bytes: number;
  building: Map<string, Promise<Answer>>;
}
const stores = new WeakMap<Db, Store>();

/**
 * The answer for `key` at the current generation of `name`: this process's copy while the
 * generation has not moved, else made by `build` in a repeatable-read snapshot (one build shared
 * by the requests that miss at once) and kept. `key` must name everything the answer depends on
 * besides the generation's tables: the route, its query and the caller's scope (scopeKey).
 */
export async function keptAnswer(db: Db, name: GenerationName, key: string, schema: z.ZodType, build: (tx: DbOrTx) => Promise<unknown>): Promise<Answer> {
  const store = perDb(stores, db, () => ({ held: new Map(), bytes: 0, building: new Map() }));
  const k = `${name}\u0000${key}`;
  const generation = await currentGeneration(db, name);
  const copy = store.held.get(k);
  if (copy && copy.generation === generation) {
    // Most recently used last: the map's order is the eviction order.
    store.held.delete(k);
    store.held.set(k, copy);
    return copy;
  }
  const answer = await sharedBuild(db, store, name, k, generation, schema, build);
  // A slower request never puts back an older answer than the one already held.
  const now = store.held.get(k);
  if (!now || BigInt(now.generation) < BigInt(answer.generation)) keep(store, k, answer);
  return answer;
}

function keep(store: Store, k: string, answer: Answer) {
  const old = store.held.get(k);
  if (old) {
    store.bytes -= old.body.length;
    store.held.delete(k);
  }
  store.held.set(k, answer);
  store.bytes += answer.body.length;
  for (const [oldest, a] of store.held) {
    if (store.held.size <= KEPT.answers && store.bytes <= KEPT.bytes) break;
    store.held.delete(oldest);
    store.bytes -= a.body.length;
  }
}

/**
 * One build per key for the requests missing at once (a write just committed). A request never
 * takes an answer older than the generation it read: a build started before that generation may
 * hold older data, so it waits for it, then builds anew if it came out older.
 */
export function joinBuild<A extends { generation: string }>(building: Map<string, Promise<A>>, key: string, generation: string, make: () => Promise<A>): Promise<A> {
  const running = building.get(key);
  if (running) {
    const again = () => joinBuild(building, key, generation, make);
    return running.then((a) => (BigInt(a.generation) >= BigInt(generation) ? a : again()), again);
  }
  const made = make().finally(() => {
    if (building.get(key) === made) building.delete(key);
  });
  building.set(key, made);
  return made;
}

function sharedBuild(db: Db, store: Store, name: GenerationName, k: string, generation: string, schema: z.ZodType, build: (tx: DbOrTx) => Promise<unknown>): Promise<Answer> {
  return joinBuild(store.building, k, generation, () =>
    db.transaction(
      async (tx) => {
        const g = await generationIn(tx, name);
        return answerOf(schema, await build(tx), g);
      },
      { isolationLevel: 'repeatable read' },
    ),
  );
}

/**
 * What an answer may depend on of the caller: their scope (every unit or one), their unit and
 * their roles. Two callers with the same key see the same data; a unit user never gets an answer
 * made for another unit or for a global caller.
 */
export function scopeKey(req: FastifyRequest): string {
  const p = req.principal;
  const scope = scopeOf(req);
  const who = !p ? 'anonymous' : p.kind === 'token' ? `token:${p.unitId ?? '*'}` : `user:${p.user.unitId ?? '-'}:${[...p.user.roles].sort().join(',')}`;
  return `${scope.all ? 'all' : `unit:${scope.unitId ?? '-'}`}|${who}`;
}

/**
 * A read route's answer from the kept ones: keyed by its URL (path and query) and the caller's
 * scope, made by `build` in a snapshot, sent with its ETag (304 when the client holds it).
 */
export async function sendKept(db: Db, req: FastifyRequest, reply: unknown, schema: z.ZodType, build: (tx: DbOrTx) => Promise<unknown>) {
  const answer = await keptAnswer(db, 'reads', `${req.url}\u0000${scopeKey(req)}`, schema, build);
  // The body is already the serializer's JSON and 304 has none: past the route's typed reply.
  return sendJsonWithEtag(req, reply as FastifyReply, answer);
}
