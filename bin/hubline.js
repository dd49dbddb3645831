#!/usr/bin/env node
// The `hubline` command. In a development checkout it runs the TypeScript sources through tsx
// (no build step); in a production install (`npm ci --omit=dev`, no tsx) it runs the compiled
// dist/cli/main.js that `npm run build` made.
import { existsSync } from 'node:fs';

let tsx = null;
if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    /* sources present but installed with --omit=dev: use the build */
  }
}
if (tsx) {
  tsx.register();
  await import('../src/cli/main.ts');
} else {
  try {
    await import('../dist/cli/main.js');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/main.js')) throw e;
    console.error('hubline: dist/cli/main.js is missing; run `npm run build` first (with the dev dependencies installed).');
    process.exit(1);
  }
}
