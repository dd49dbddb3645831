// An uploaded policy document is read and parsed once, in a worker thread (and an uploaded
// responsibility matrix is read there too): while a long document parses, the server keeps
// answering /api/health. No timing is asserted (a loaded CI machine makes any threshold flaky):
// the parse and read functions are watched on this thread instead, and an upload read here,
// blocking every request, would show up as a call.
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
// The responsibility matrix's reader, watched the same way: an upload read here would count.
const matrixOnThread = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/server/delivery/matrix-read', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/server/delivery/matrix-read')>();
  return {
    ...original,
    readMatrixSheet: (...args: Parameters<typeof original.readMatrixSheet>) => {
      matrixOnThread.calls++;
      return original.readMatrixSheet(...args);
    },
  };
});

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

  it('reads an uploaded responsibility matrix off this thread, and a file that is no workbook is a 400 naming the file', { timeout: 300_000 }, async () => {
    const office = await as(t, 'office');
    const [plan] = (await office.get('/api/plans')).json();
    const x = await office.get(`/api/plans/${plan.id}/matrix.xlsx?year=2027`);
    expect(x.statusCode).toBe(200);
    const before = (await office.get(`/api/plans/${plan.id}/matrix?year=2027`)).json();
    const same = await office.upload(`/api/plans/${plan.id}/matrix.xlsx`, { year: 2027 }, [{ fileName: '责任分工表.xlsx', data: x.rawPayload }]);
    expect(same.statusCode, same.body.slice(0, 300)).toBe(200);
    expect((await office.get(`/api/plans/${plan.id}/matrix?year=2027`)).json()).toEqual(before);
    const junk = await office.upload(`/api/plans/${plan.id}/matrix.xlsx`, { year: 2027 }, [{ fileName: '责任分工表.xlsx', data: Buffer.from('not a workbook') }]);
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error).toMatchObject({ field: 'file', message: '无法读取该文件，请上传 .xlsx 格式的责任分工表' });
    expect(matrixOnThread.calls, 'readMatrixSheet ran on the request thread').toBe(0);
  });
});
