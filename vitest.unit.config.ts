import { defineConfig } from 'vitest/config';

// Unit tests only, without the workspace projects: the mutation run (stryker.config.json) re-runs
// these for every mutant, and integration/browser tests neither reach src/domain more nor fit
// tens of thousands of re-runs on two cores.
export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
