// The load generator (bench/load.ts): autocannon with every response time kept. Run as a worker
// thread, so it is not on the thread of the server it measures, as with clients on other
// machines; `run` is also what bench/load.ts calls on its own thread to compare. Plain
// JavaScript: a worker does not inherit tsx's loader.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/** Resolves with { times, non2xx, errors, duration }; `onStop` receives the function that stops the run early. */
export function run({ url, connections, amount, duration, headers }, onStop) {
  return new Promise((resolve, reject) => {
    const times = [];
    const inst = autocannon({ url, connections, ...(amount ? { amount } : { duration }), headers, timeout: 120 }, (err, r) => {
      if (err) reject(err);
      else resolve({ times, non2xx: r.non2xx, errors: r.errors + r.timeouts, duration: r.duration });
    });
    inst.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    onStop?.(() => inst.stop());
  });
}

if (!isMainThread && parentPort) {
  run(workerData, (stop) => parentPort.on('message', (m) => m === 'stop' && stop())).then(
    (outcome) => parentPort.postMessage(outcome),
    (err) => parentPort.postMessage({ error: String(err) }),
  );
}
