// One demo database per `vitest run` for all browser files. Seeding the demo data costs a
// server ~35 s of CPU, a start on a copy of the seeded directory ~9 s (measured 2026-12-01);
// with two dozen browser files, run one after another, that was a quarter of CI's time.
// Only a path is handed out here: the first browser test that starts a server fills it
// (helpers.ts), so a run without browser files pays nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplateDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'hubline-demo-template-'));
  project.provide('demoTemplateDir', join(root, 'data'));
  return () => rmSync(root, { recursive: true, force: true });
}
