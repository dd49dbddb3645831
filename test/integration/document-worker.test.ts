// An uploaded policy document is read and parsed once, in a worker thread: while a long
// document parses, the server keeps answering /api/health. No timing is asserted (a loaded CI
// machine makes any threshold flaky): the parse function is watched on this thread instead, and
// an upload that parsed here, blocking every request, would show up as a call.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { as, createTestApp, type TestApp } from '../support/harness';

const onThread = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/domain/document/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/document/index')>();
  return {
    ...original,
    parseCheckedDocument: (...args: Parameters<typeof original.parseCheckedDocument>) => {
      onThread.calls++;
      return original.parseCheckedDocument(...args);
    },
  };
});
const { parseCheckedDocument } = await import('../../src/domain/document/index');

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
/** The seed plan with its body repeated: a long document of some thousand tasks. */
const LONG = SEED + '\n' + Array.from({ length: 40 }, () => SEED.split('\n').slice(10).join('\n')).join('\n');

describe('document parsing in a worker thread', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.close());

  it('keeps /api/health answering while a long document parses off this thread, and answers the parse once', { timeout: 300_000 }, async () => {
    const expected = parseCheckedDocument(LONG);
    expect(expected.tasks.length, 'the document must be long enough to matter').toBeGreaterThan(500);
    expect(onThread.calls, 'the watch on this thread sees a parse').toBe(1);
    onThread.calls = 0;

    const office = await as(t, 'office');
    let finished = false;
    const upload = office.upload('/api/plans/imports', {}, [{ fileName: 'long-plan.txt', data: Buffer.from(LONG) }]).finally(() => (finished = true));
    let answered = 0;
    while (!finished) {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      answered++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await upload;
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    // The same extraction as the parse here: read once, parsed once, nothing lost on the way.
    expect(res.json().extraction.tasks.length).toBe(expected.tasks.length);
    expect(res.json().text.length).toBe(LONG.length);
    // The request thread never ran the parse, and kept answering meanwhile.
    expect(onThread.calls, 'parseCheckedDocument ran on the request thread').toBe(0);
    expect(answered).toBeGreaterThan(0);
  });
});
