// Reads that many requests make at once (the session of each request, the generation of the
// kept answers): the callers that ask while a read runs, or before it starts, share the next
// one, which starts after each of them asked. So every answer is read after its request arrived,
// as with one statement per request, and 50 requests in flight cost two or three statements
// instead of 50 queued on a small pool.
//
// A read starts at the end of the event loop's current I/O phase (setImmediate), not at once:
// on PGlite a statement runs on this thread and is done before the next request is even parsed,
// so "while one runs" alone would gather nobody, and each request would pay its own statement.

const later = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `lookup(keys)` answers a batch (a key it leaves out is answered `undefined`); the returned
 * function asks for one key. At most one batch runs at a time, of at most `max` keys.
 */
export function batchedLookup<K, V>(lookup: (keys: K[]) => Promise<Map<K, V>>, max = 500): (key: K) => Promise<V | undefined> {
  type Waiter = { resolve: (v: V | undefined) => void; reject: (e: unknown) => void };
  const waiting = new Map<K, Waiter[]>();
  let running = false;
  const drain = async () => {
    try {
      await later();
      while (waiting.size) {
        const batch = new Map<K, Waiter[]>();
        for (const [k, w] of waiting) {
          if (batch.size >= max) break;
          batch.set(k, w);
        }
        for (const k of batch.keys()) waiting.delete(k);
        try {
          const found = await lookup([...batch.keys()]);
          for (const [k, ws] of batch) for (const w of ws) w.resolve(found.get(k));
        } catch (e) {
          for (const ws of batch.values()) for (const w of ws) w.reject(e);
        }
        if (waiting.size) await later();
      }
    } finally {
      running = false;
    }
  };
  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      const ws = waiting.get(key);
      if (ws) ws.push({ resolve, reject });
      else waiting.set(key, [{ resolve, reject }]);
      if (!running) {
        running = true;
        void drain();
      }
    });
}

/**
 * A value read for many callers: each gets a read that started after it asked, shared with the
 * others waiting for the same read; at most one read runs at a time.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> | null = null;
  let next: Promise<T> | null = null;
  return () => {
    if (next) return next;
    const after = running;
    const self: { read?: Promise<T> } = {};
    const mine = (async () => {
      await later();
      // Settled either way before this one starts: at most one read in flight.
      if (after)
        await after.then(
          () => undefined,
          () => undefined,
        );
      // From here on a caller needs a read that starts after it: the next one.
      if (next === self.read) next = null;
      running = self.read!;
      try {
        return await read();
      } finally {
        if (running === self.read) running = null;
      }
    })();
    self.read = next = mine;
    return mine;
  };
}

/** Per database: tests run several apps, each over its own database, in one process. */
export function perDb<D extends object, T>(map: WeakMap<D, T>, db: D, make: () => T): T {
  let v = map.get(db);
  if (v === undefined) map.set(db, (v = make()));
  return v;
}
