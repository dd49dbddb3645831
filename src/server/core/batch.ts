// Lookups by key that many requests make at once (the session of each request): the keys asked
// for while one lookup runs are looked up together in the next, which starts after they were
// asked for. So every answer is read after its request arrived, as with one statement per
// request, and 50 requests in flight cost two or three statements instead of 50 queued on a
// small pool.

/**
 * `lookup(keys)` answers a batch (a key it leaves out is answered `undefined`); the returned
 * function asks for one key. At most one batch runs at a time, of at most `max` keys.
 */
export function batchedLookup<K, V>(lookup: (keys: K[]) => Promise<Map<K, V>>, max = 500): (key: K) => Promise<V | undefined> {
  let waiting = new Map<K, { resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[]>();
  let running = false;
  const drain = async () => {
    running = true;
    try {
      while (waiting.size) {
        const batch = new Map<K, { resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[]>();
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
      if (!running) void drain();
    });
}
