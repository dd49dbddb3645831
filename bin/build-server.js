#!/usr/bin/env node
// Compiles the server and the `hubline` command to plain JavaScript in dist/, so production
// runs without TypeScript tooling: `npm ci --omit=dev` and `node dist/server/main.js`.
// Packages stay external (resolved from node_modules at run time); our own code is bundled,
// because Node cannot resolve the extensionless relative imports the sources use.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

for (const d of ['dist/server', 'dist/cli', 'dist/chunks', 'dist/migrations']) rmSync(d, { recursive: true, force: true });
await build({
  // The parse worker is its own entry: core/worker.ts starts dist/server/parse-worker.js.
  entryPoints: { 'server/main': 'src/server/main.ts', 'cli/main': 'src/cli/main.ts', 'server/parse-worker': 'src/server/core/parse-worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true, // the CLI loads server modules lazily; shared code lands in one chunk
  format: 'esm',
  platform: 'node',
  target: 'node24',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// The compiled build carries its own migrations (src/server/core/paths.ts looks here).
cpSync('src/server/db/migrations', 'dist/migrations', { recursive: true });
console.log('server and cli compiled to dist/server, dist/cli');
