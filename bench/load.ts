// 50 clients over loopback, as autocannon's command would be: in a worker thread of its own
// (bench/load-worker.mjs), so the thread of a server built in this process (the cockpit, corridor
// and delivery benches) is not also the load generator's. Exact percentiles from every response
// time. BENCH_LOAD_SAME_THREAD=1 runs autocannon on this thread instead, as the bench did before
// 2026-12-02, to compare.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { run as sameThreadRun } from './load-worker.mjs';

export interface Load {
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * The slowest response: a few requests held for seconds hide under the p99 of a long run (on
   * PGlite, the 10 clients' requests waiting for an import's transaction were 0.4–1.1 % of them).
   */
  max: number;
}

export interface LoadOptions {
  connections: number;
  seconds?: number;
  amount?: number;
  headers?: Record<string, string>;
  /** Runs until this settles (with a 900-second cap). */
  until?: Promise<unknown>;
}

/** The middle of a list of numbers (the mean of the two middle ones for an even count). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** The machine's busy share of CPU time (all cores) over `ms`, from /proc/stat (Linux). */
async function busyShare(ms: number): Promise<number> {
  const read = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  const d = b.map((x, i) => x - a[i]);
  const total = d.reduce((x, y) => x + y, 0);
  const idle = d[3] + (d[4] ?? 0); // idle + iowait
  return total > 0 ? 1 - idle / total : 0;
}

/**
 * Waits (at most `maxS`) until the machine is quiet: under 15 % busy for half a second. A run
 * timed while something else holds a core (the bench server's background jobs, another test
 * run on a shared machine) measures that too: the CLI's 2,400 statuses took 0.6–0.9 s alone and
 * 1.0–1.1 s in a whole bench run on the same 2-core machine. The wait and the share last seen
 * are reported beside the figure.
 */
export async function quiet(maxS = 60): Promise<{ busy: number; waitedS: number }> {
  const start = Date.now();
  let busy = 1;
  while (Date.now() - start < maxS * 1000) if ((busy = await busyShare(500)) < 0.15) break;
  return { busy: +busy.toFixed(2), waitedS: +((Date.now() - start) / 1000).toFixed(1) };
}

interface Outcome {
  times: number[];
  non2xx: number;
  errors: number;
  duration: number;
}

type How = { connections: number; amount?: number; duration?: number; headers?: Record<string, string> };

function ownThread(how: How, url: string, until?: Promise<unknown>) {
  return new Promise<Outcome>((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { url, ...how } });
    worker.once('message', (m: Outcome & { error?: string }) => {
      void worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once('error', reject);
    // A worker gone without its answer (after one, this does nothing).
    worker.once('exit', (code) => reject(new Error(`load worker exited with code ${code}`)));
    if (until) void until.finally(() => worker.postMessage('stop'));
  });
}

export async function load(url: string, opts: LoadOptions): Promise<Load> {
  const how = { connections: opts.connections, headers: opts.headers, ...(opts.amount ? { amount: opts.amount } : { duration: opts.until ? 900 : opts.seconds }) };
  const r: Outcome =
    process.env.BENCH_LOAD_SAME_THREAD === '1'
      ? await sameThreadRun({ url, ...how }, (stop: () => void) => void opts.until?.finally(stop))
      : await ownThread(how, url, opts.until);
  return loadOf(r.times, r.duration || opts.seconds || 1, r.non2xx, r.errors);
}

/** A run's figures from its response times (ms, any order) and its length in seconds. */
export function loadOf(times: number[], seconds: number, non2xx: number, errors: number): Load {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    non2xx,
    errors,
    rps: +(sorted.length / seconds).toFixed(1),
    p50: +pct(sorted, 50).toFixed(1),
    p95: +pct(sorted, 95).toFixed(1),
    p99: +pct(sorted, 99).toFixed(1),
    max: +(sorted[sorted.length - 1] ?? NaN).toFixed(1),
  };
}
