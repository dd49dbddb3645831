// The load generator's thread (bench/load.ts): autocannon runs here, not on the thread of the
// server it measures, so the server's event loop does only the server's work, as with clients
// on other machines. Plain JavaScript: a worker does not inherit tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const { url, connections, amount, duration, headers } = workerData;
const times = [];
const inst = autocannon({ url, connections, ...(amount ? { amount } : { duration }), headers, timeout: 120 }, (err, r) => {
  if (err) parentPort.postMessage({ error: String(err) });
  else parentPort.postMessage({ times, non2xx: r.non2xx, errors: r.errors + r.timeouts, duration: r.duration });
});
inst.on('response', (_client, _status, _bytes, ms) => times.push(ms));
parentPort.on('message', (m) => {
  if (m === 'stop') inst.stop();
});
