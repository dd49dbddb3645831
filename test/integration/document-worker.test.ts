// An uploaded policy document is read and parsed once, in a worker thread: while a long
// document parses, the server keeps answering /api/health promptly. The same parse run on
// this thread first gives the time a request would otherwise have waited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCheckedDocument } from '../../src/domain/document/index';
import { as, createTestApp, type TestApp } from '../support/harness';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
/** The seed plan with its body repeated: a long document of some thousand tasks. */
const LONG = SEED + '\n' + Array.from({ length: 40 }, () => SEED.split('\n').slice(10).join('\n')).join('\n');

describe('document parsing in a worker thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.close());

  it('keeps /api/health answering while a long document parses, and answers the parse once', { timeout: 300_000 }, async () => {
    // What one parse costs on a request thread.
    const t0 = performance.now();
    const expected = parseCheckedDocument(LONG);
    const onThreadMs = performance.now() - t0;
    expect(onThreadMs, 'the document must be long enough to matter').toBeGreaterThan(300);

    const office = await as(t, 'office');
    let finished = false;
    const started = performance.now();
    const upload = office.upload('/api/plans/imports', {}, [{ fileName: 'long-plan.txt', data: Buffer.from(LONG) }]).finally(() => (finished = true));
    const latencies: number[] = [];
    while (!finished) {
      const s = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      latencies.push(performance.now() - s);
      expect(health.statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await upload;
    const uploadMs = performance.now() - started;
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    // The same extraction as the parse here: read once, parsed once, nothing lost on the way.
    expect(res.json().extraction.tasks.length).toBe(expected.tasks.length);
    expect(res.json().text.length).toBe(LONG.length);
    // Health was asked many times during the upload, and never waited for the parse.
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies), `health latencies ${latencies.map(Math.round).join(',')}; parse on thread ${Math.round(onThreadMs)} ms; upload ${Math.round(uploadMs)} ms`).toBeLessThan(onThreadMs / 2);
  });
});
