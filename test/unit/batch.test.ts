// core/batch.ts: the session lookup of many requests at once. What must hold: every answer is
// read after its request asked (a logout or role change committed before a request arrives is
// seen by it), keys of one batch are answered from that batch only, and a failure fails only
// the batch it belongs to.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchedLookup, sharedRead } from '../../src/server/core/batch';

/** The end of the event loop's current I/O phase, where a read starts. */
const phaseEnd = () => new Promise((r) => setImmediate(r));

/** A store whose lookups are held open until released, recording each batch's keys. */
function heldStore(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const lookup = (keys: string[]) => {
    batches.push([...keys]);
    // The answer is what the store holds when the statement starts, as a database snapshot.
    const snapshot = new Map(keys.filter((k) => data.has(k)).map((k) => [k, data.get(k)!]));
    return new Promise<Map<string, string>>((resolve) => releases.push(() => resolve(snapshot)));
  };
  const releaseNext = async () => {
    while (!releases.length) await new Promise((r) => setTimeout(r, 0));
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { data, batches, lookup, releaseNext };
}

describe('batchedLookup', () => {
  it('answers keys asked while a lookup runs from the next lookup, which starts after they were asked', async () => {
    const s = heldStore({ a: 'a1', b: 'b1' });
    const get = batchedLookup(s.lookup);
    const first = get('a');
    await phaseEnd();
    expect(s.batches).toEqual([['a']]);
    // Committed while the first lookup runs, before the second request arrives.
    s.data.set('a', 'a2');
    s.data.delete('b');
    const second = get('a');
    const third = get('b');
    await s.releaseNext();
    expect(await first).toBe('a1');
    await s.releaseNext();
    expect(await second).toBe('a2');
    expect(await third).toBeUndefined();
    expect(s.batches).toEqual([['a'], ['a', 'b']]);
  });

  it('asks a key once per batch and answers every request for it', async () => {
    const s = heldStore({ a: 'a1', b: 'b1', c: 'c1' });
    const get = batchedLookup(s.lookup);
    const first = get('c');
    await phaseEnd();
    const asked = ['a', 'b', 'a', 'a', 'b'].map(get);
    await s.releaseNext();
    await s.releaseNext();
    expect(await first).toBe('c1');
    expect(await Promise.all(asked)).toEqual(['a1', 'b1', 'a1', 'a1', 'b1']);
    expect(s.batches).toEqual([['c'], ['a', 'b']]);
  });

  it('splits a batch at its maximum size, oldest keys first', async () => {
    const s = heldStore({ a: '1', b: '2', c: '3', d: '4', e: '5' });
    const get = batchedLookup(s.lookup, 2);
    const asked = ['a', 'b', 'c', 'd', 'e'].map(get);
    for (let i = 0; i < 3; i++) await s.releaseNext();
    expect(await Promise.all(asked)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('fails only the batch whose lookup failed, and goes on with the next', async () => {
    let calls = 0;
    const get = batchedLookup(async (keys: string[]) => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      if (calls === 2) throw new Error('connection lost');
      return new Map(keys.map((k) => [k, `${k}@${calls}`]));
    });
    const first = get('a');
    await phaseEnd();
    const failing = [get('b'), get('c')];
    await expect(first).resolves.toBe('a@1');
    await expect(failing[0]).rejects.toThrow('connection lost');
    await expect(failing[1]).rejects.toThrow('connection lost');
    await expect(get('b')).resolves.toBe('b@3');
    expect(calls).toBe(3);
  });

  it('gathers the keys asked in one phase of the event loop into one lookup, started after the last of them', async () => {
    const s = heldStore({ a: 'a1', b: 'b1' });
    const get = batchedLookup(s.lookup);
    const first = get('a');
    // Committed before the second request of the same phase: the shared lookup sees it.
    s.data.set('a', 'a2');
    const second = get('b');
    expect(s.batches).toEqual([]);
    await s.releaseNext();
    expect(await Promise.all([first, second])).toEqual(['a2', 'b1']);
    expect(s.batches).toEqual([['a', 'b']]);
  });

  it('starts a new lookup for a key asked after the last batch ended', async () => {
    const batches: string[][] = [];
    const get = batchedLookup(async (keys: string[]) => {
      batches.push(keys);
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    expect(await get('x')).toBe('X');
    expect(await get('x')).toBe('X');
    expect(batches).toEqual([['x'], ['x']]);
  });

  it('answers every request with its own key, whatever the interleaving (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('u1', 'u2', 'u3', 'gone'), fc.nat(3)), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), async (asks, max) => {
        const batches: string[][] = [];
        const get = batchedLookup(async (keys: string[]) => {
          batches.push(keys);
          await new Promise((r) => setTimeout(r, 0));
          return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, `user of ${k}`]));
        }, max);
        const answers = await Promise.all(
          asks.map(async ([key, delay]) => {
            for (let i = 0; i < delay; i++) await Promise.resolve();
            return [key, await get(key)] as const;
          }),
        );
        for (const [key, got] of answers) expect(got).toBe(key === 'gone' ? undefined : `user of ${key}`);
        for (const b of batches) {
          expect(b.length).toBeLessThanOrEqual(max);
          expect(new Set(b).size).toBe(b.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('sharedRead', () => {
  /** A counter read by held statements: each read returns the counter as it is when the read starts. */
  function heldCounter() {
    const state = { value: 0, started: 0, inFlight: 0, maxInFlight: 0 };
    const releases: (() => void)[] = [];
    const read = () => {
      state.started++;
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      const seen = state.value;
      return new Promise<number>((resolve) =>
        releases.push(() => {
          state.inFlight--;
          resolve(seen);
        }),
      );
    };
    const releaseNext = async () => {
      while (!releases.length) await new Promise((r) => setTimeout(r, 0));
      releases.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { state, read, releaseNext };
  }

  it('shares one read among the callers of one phase, started after the last of them', async () => {
    const c = heldCounter();
    const get = sharedRead(c.read);
    const a = get();
    c.state.value = 1;
    const b = get();
    expect(c.state.started).toBe(0);
    await c.releaseNext();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(c.state.started).toBe(1);
  });

  it('gives a caller arriving while a read runs the next read, after that one, one read at a time', async () => {
    const c = heldCounter();
    const get = sharedRead(c.read);
    const first = get();
    await phaseEnd();
    expect(c.state.started).toBe(1);
    c.state.value = 2; // committed while the first read runs
    const second = get();
    const third = get();
    await phaseEnd();
    expect(c.state.started).toBe(1); // waits for the first to end
    await c.releaseNext();
    expect(await first).toBe(0);
    await c.releaseNext();
    expect(await Promise.all([second, third])).toEqual([2, 2]);
    expect(c.state.started).toBe(2);
    expect(c.state.maxInFlight).toBe(1);
  });

  it('goes on after a failed read, and the failure reaches only its own callers', async () => {
    let n = 0;
    const get = sharedRead(async () => {
      n++;
      if (n === 1) throw new Error('connection lost');
      return n;
    });
    const failed = get();
    await expect(failed).rejects.toThrow('connection lost');
    await expect(get()).resolves.toBe(2);
  });

  it('never hands a caller a value read before it asked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(4), { minLength: 1, maxLength: 30 }), async (delays) => {
        let value = 0;
        let inFlight = 0;
        let most = 0;
        const get = sharedRead(async () => {
          inFlight++;
          most = Math.max(most, inFlight);
          const seen = value;
          await new Promise((r) => setTimeout(r, 0));
          inFlight--;
          return seen;
        });
        const got = await Promise.all(
          delays.map(async (d) => {
            for (let i = 0; i < d; i++) await new Promise((r) => setImmediate(r));
            const asked = ++value;
            return { asked, read: await get() };
          }),
        );
        for (const g of got) expect(g.read).toBeGreaterThanOrEqual(g.asked);
        expect(most).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
