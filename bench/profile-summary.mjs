// Self time per function and per bucket from a .cpuprofile, restricted to a time window (seconds from the end).
import { readFileSync } from 'node:fs';
const [file, lastS] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
let t = p.startTime; const times = [];
for (let i = 0; i < p.samples.length; i++) { t += p.timeDeltas[i]; times.push(t); }
const from = lastS ? p.endTime - Number(lastS) * 1e6 : 0;
const bucketOf = (id) => {
  // walk up the stack: first matching frame decides
  const names = [];
  for (let x = id; x != null; x = parent.get(x)) { const f = byId.get(x).callFrame; names.push(`${f.functionName}@${f.url.split('/').slice(-3).join('/')}`); }
  const s = names.join(' < ');
  if (/zod|core\/(parse|schemas|checks)|safeEncode/.test(s) && /fastify-type-provider-zod|serializ/.test(s)) return 'response zod encode';
  if (/stringify/.test(names[0])) return 'JSON.stringify';
  if (/access\.ts/.test(s)) return 'access (session)';
  if (/pg-protocol|pg\/lib|pg-types|postgres-array|parseRow|Result\./.test(s)) return 'pg driver (parse rows)';
  if (/drizzle-orm/.test(s)) return 'drizzle';
  if (/fastify-type-provider-zod|zod/.test(s)) return 'zod other (querystring?)';
  if (/\(garbage collector\)/.test(s)) return 'GC';
  if (/\(idle\)|\(program\)/.test(names[0])) return names[0];
  if (/fastify|avvio|find-my-way|light-my-request/.test(s)) return 'fastify';
  if (/src\/server/.test(s)) return 'handlers (src/server)';
  return 'other';
};
const buckets = new Map(); let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  if (times[i] < from) continue;
  const dt = p.timeDeltas[i] / 1000; total += dt;
  const n = byId.get(p.samples[i]); const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + dt);
  const b = bucketOf(p.samples[i]); buckets.set(b, (buckets.get(b) ?? 0) + dt);
}
console.log('total ms', total.toFixed(0));
for (const [k, v] of [...buckets].sort((a, b) => b[1] - a[1])) console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
console.log('--- top self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
