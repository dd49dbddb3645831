// The one upload path (src/server/core/upload.ts): files come as multipart/form-data, streamed
// with a cap from the configuration; a larger file is refused with 413 `file_too_large` in
// Chinese and English while it streams, and nothing is stored. JSON bodies are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, createTestApp, type TestApp } from '../support/harness';
import { loadConfig } from '../../src/server/core/config';

describe('uploads', () => {
  let t: TestApp;
  const count = async (table: string) => Number(((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0].n);
  beforeAll(async () => {
    // A 1 MB cap, so the test sends little.
    t = await createTestApp('pglite', { config: { uploadMaxBytes: 1024 * 1024 } });
  });
  afterAll(() => t?.close());

  it('reads the limit from HUBLINE_UPLOAD_MAX_MB (20 MB unless set)', () => {
    expect(loadConfig({}).uploadMaxBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ HUBLINE_UPLOAD_MAX_MB: '2.5' }).uploadMaxBytes).toBe(2.5 * 1024 * 1024);
  });

  it('refuses a file over the limit with 413 file_too_large, naming the file and the limit, and stores nothing', async () => {
    const office = await as(t, 'office');
    const before = await count('source_documents');
    const res = await office.upload('/api/plans/imports', {}, [{ fileName: '超大文件.txt', data: Buffer.alloc(1024 * 1024 + 10, 'a') }]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'file_too_large', field: 'file' });
    expect(res.json().error.message).toContain('超大文件.txt');
    expect(res.json().error.message).toContain('1 MB');
    expect(res.json().error.messageEn).toContain('1 MB upload limit');
    // Pasted text over the limit too.
    const text = await office.upload('/api/plans/imports', { text: '测'.repeat(400_000) });
    expect(text.statusCode).toBe(413);
    expect(await count('source_documents')).toBe(before);
    // Just under the limit is read (and refused for its content, not its size).
    const under = await office.upload('/api/plans/imports', {}, [{ fileName: 'a.txt', data: Buffer.alloc(1024 * 1024 - 1000, 'a') }]);
    expect(under.statusCode).toBe(400);
  });

  it('refuses JSON, a wrong file field, too many files and an unknown type, each with its own message', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const json = await liaison.post('/api/observations/import', { fileName: 'a.csv', contentBase64: 'YQ==' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatchObject({ code: 'unsupported_media_type', messageEn: expect.stringContaining('multipart/form-data') });
    const wrongField = await liaison.upload('/api/observations/import', {}, [{ field: 'upload', fileName: 'a.csv', data: Buffer.from('a') }]);
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.message).toContain('upload');
    const none = await liaison.upload('/api/observations/import', {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.field).toBe('file');
    const two = await liaison.upload('/api/observations/import', {}, [
      { fileName: 'a.csv', data: Buffer.from('a') },
      { fileName: 'b.csv', data: Buffer.from('b') },
    ]);
    expect(two.statusCode).toBe(413);
    const office = await as(t, 'office');
    const [plan] = (await office.get('/api/plans')).json();
    const notXlsx = await office.upload(`/api/plans/${plan.id}/matrix.xlsx`, { year: 2027 }, [{ fileName: 'm.csv', data: Buffer.from('a,b') }]);
    expect(notXlsx.statusCode).toBe(415);
    expect(notXlsx.json().error.message).toContain('.xlsx');
    const badYear = await office.upload(`/api/plans/${plan.id}/matrix.xlsx`, { year: 'next' }, [{ fileName: 'm.xlsx', data: Buffer.from('PK') }]);
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.field).toBe('body.year');
  });
});
