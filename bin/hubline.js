#!/usr/bin/env node
// The `hubline` command. It runs the compiled dist/cli/main.js that `npm run build` made when
// that build is at least as new as every source it was compiled from; otherwise, in a
// development checkout, the TypeScript sources through tsx (no build step). tsx costs about
// half a second of start-up and compiles each source on the fly, which an offline calculator
// run (issue 10: 2,400 statuses in under a second) cannot afford. A production install
// (`npm ci --omit=dev`: no tsx, maybe no sources) always runs the build.
// HUBLINE_CLI_SOURCE=1 forces the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/main.js`;

/** Newest modification time under dir (the web app is not part of the command). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== 'web') t = Math.max(t, newest(`${dir}/${e.name}`));
    } else t = Math.max(t, statSync(`${dir}/${e.name}`).mtimeMs);
  }
  return t;
}

function buildIsFresh() {
  if (process.env.HUBLINE_CLI_SOURCE === '1' || !existsSync(built)) return false;
  if (!existsSync(`${root}src/cli/main.ts`)) return true;
  return statSync(built).mtimeMs >= newest(`${root}src`);
}

let tsx = null;
if (!buildIsFresh() && existsSync(`${root}src/cli/main.ts`)) {
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
