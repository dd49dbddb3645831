// `hubline` runs the compiled build when it is fresh (issue 10: an offline calculator must not
// pay tsx's start-up and on-the-fly compilation), and the build answers exactly as the sources.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hubline } from '../support/processes';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-cli-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const input = (i: number) => ({
  indicator: { direction: 'increase', limit: null, unit: '万吨', aggregation: 'sum', baseline: { year: 2020, value: 100 + i }, targets: [{ year: 2027, kind: 'level', value: 200 + i }] },
  observations: Array.from({ length: 36 }, (_, m) => ({ period: `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, value: 10 + i + m * 0.4 })),
  asOf: '2024-06-30',
});

describe('hubline start-up', () => {
  it('the compiled command and the sources give the same lines; a source newer than the build is run from source', { timeout: 240_000 }, async () => {
    execFileSync(process.execPath, ['bin/build-server.js'], { stdio: 'pipe' });
    const file = join(tmp, 'in.jsonl');
    writeFileSync(file, [0, 1, 2].map((i) => JSON.stringify(input(i))).join('\n') + '\n');
    const built = await hubline(['indicator-status', file], {});
    const source = await hubline(['indicator-status', file], { HUBLINE_CLI_SOURCE: '1' });
    expect(built.code, built.stderr).toBe(0);
    expect(source.code, source.stderr).toBe(0);
    expect(built.stdout.trim().split('\n')).toHaveLength(3);
    expect(built.stdout).toBe(source.stdout);

    // Which one runs: a build that only exits with 7 stands in for dist/cli/main.js. Fresh, it
    // is what runs; older than the sources, the sources answer instead.
    const main = 'dist/cli/main.js';
    const real = readFileSync(main);
    try {
      writeFileSync(main, 'process.exit(7);\n');
      expect((await hubline(['indicator-status', file], {})).code).toBe(7);
      const old = new Date(Date.now() - 86_400_000 * 365);
      utimesSync(main, old, old);
      const stale = await hubline(['indicator-status', file], {});
      expect(stale.code, stale.stderr).toBe(0);
      expect(stale.stdout).toBe(source.stdout);
    } finally {
      writeFileSync(main, real);
    }
  });
});
