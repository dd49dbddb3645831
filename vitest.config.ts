import { defineConfig } from 'vitest/config';

// Three projects so `npm test` can say which part ran: pure unit tests, server
// integration tests (PGlite and real PostgreSQL), and the browser tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['test/browser/global-setup.ts'],
          // A page re-renders after a server round trip: on a machine also running the
          // integration project that takes seconds, not vitest's default 1 s of polling.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
