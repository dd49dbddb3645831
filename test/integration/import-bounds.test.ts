// Issue 9 items 1 and 4, issue 10's import path: uploads bounded by what they hold, set-based
// writes that keep every rule of the row-by-row path, and an unchanged file answered at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { COLUMNS } from '../../src/server/indicators/import';
import { as, createTestApp, engines, type TestApp } from '../support/harness';
import { WORKER_LIMITS } from '../../src/server/core/worker';

const upload = (fileName: string, data: Buffer) => [{ fileName, data }];
const count = async (t: TestApp, q: string) => (await rows<{ n: number }>(t.database.db, sql.raw(q)))[0].n;

/** A workbook whose only cell sits on the sheet's last row, 1,048,576. */
export async function lastRowBomb(withHeader: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('填报数据');
  if (withHeader) ws.addRow(COLUMNS.map((c) => c.zh));
  ws.getRow(1_048_576).getCell(1).value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engines())('import bounds on %s', (engine) => {
  let t: TestApp;
  let ind: { id: string; code: string; zoneId: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    const list = (await (await as(t, 'office')).get('/api/indicators')).json() as { id: string; code: string; number: string; zoneId: string }[];
    ind = list.find((i) => i.code === 'YB-CORRIDOR-2023-5')!;
  });
  afterAll(() => t?.close());

  it('refuses a sheet whose only data row is row 1048576 with a clear 413, and keeps answering', async () => {
    const liaison = await as(t, 'liaison_commerce');
    for (const withHeader of [false, true]) {
      const file = await lastRowBomb(withHeader);
      expect(file.length).toBeLessThan(8000);
      const [res, health] = await Promise.all([liaison.upload('/api/observations/import', {}, upload('bomb.xlsx', file)), t.app.inject({ method: 'GET', url: '/api/health' })]);
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error).toMatchObject({ code: 'file_too_large' });
      expect(res.json().error.message).toContain('第1048576行');
      expect(res.json().error.message).toContain('200000');
      expect(res.json().error.messageEn).toContain('Row 1048576');
      expect(health.statusCode).toBe(200);
    }
  });

  it('refuses a workbook whose zip directory declares more than the unpacked-size cap, before inflating it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填报数据').addRow(COLUMNS.map((c) => c.zh));
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    // Claim 300 MB for the first part in the central directory.
    const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    file.writeUInt32LE(300 * 1024 * 1024, file.readUInt32LE(eocd + 16) + 24);
    const res = await (await as(t, 'liaison_commerce')).upload('/api/observations/import', {}, upload('big.xlsx', file));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/解压后为 300 MB/);
  });

  it('refuses a CSV with data past the row limit, naming the row', async () => {
    const csv = `指标编码,区域编码,期间,填报值\n${'\n'.repeat(200_001)}${ind.code},yubei,2026-01,1\n`;
    const res = await (await as(t, 'liaison_commerce')).upload('/api/observations/import', {}, upload('long.csv', Buffer.from(csv)));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toContain('第200003行');
  });

  it('applies a file through the staging table: new rows, revisions with reasons, audit entry, and a receipt for the same file', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const csv = (v1: number, v2: number, comment = '') => Buffer.from(`指标编码,区域编码,期间,填报值,说明\n${ind.code},yubei,2026-10,${v1},${comment}\n${ind.code},yubei,2026-11,${v2},${comment}\n`);
    const revisions0 = await count(t, 'select count(*)::int as n from observation_revisions');
    const first = await liaison.upload('/api/observations/import', {}, upload('a.csv', csv(25.1, 25.2)));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ rows: 2, saved: 2, unchanged: 0, skippedBlank: 0 });
    const stored = await rows<{ value: number; status: string; source: string }>(t.database.db, sql`select value, status, source from observations where indicator_id = ${ind.id} and zone_id = ${ind.zoneId} and period in ('2026-10','2026-11') order by period`);
    expect(stored).toEqual([
      { value: 25.1, status: 'draft', source: 'file' },
      { value: 25.2, status: 'draft', source: 'file' },
    ]);
    const audit = await rows<{ after: { count: number; sha256: string; changes: unknown[] } }>(t.database.db, sql`select after from audit_log where action = 'observations_file' order by seq desc limit 1`);
    expect(audit[0].after.count).toBe(2);
    expect(audit[0].after.sha256).toBe(first.json().sha256);
    expect(audit[0].after.changes).toHaveLength(2);

    // The same bytes again: answered from the receipt, same counts as a full check would give.
    const again = await liaison.upload('/api/observations/import', {}, upload('a.csv', csv(25.1, 25.2)));
    expect(again.json()).toEqual({ rows: 2, saved: 0, unchanged: 2, skippedBlank: 0, sha256: first.json().sha256 });

    // Other bytes with the same values: read and checked, nothing to change, so nothing is kept,
    // not even the file the import stores before its first write (it starts that early, issue 10).
    const attachments0 = await count(t, 'select count(*)::int as n from attachments');
    const audits0 = await count(t, "select count(*)::int as n from audit_log where action = 'observations_file'");
    const same = await liaison.upload('/api/observations/import', {}, upload('b.csv', Buffer.concat([csv(25.1, 25.2), Buffer.from('\n')])));
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ rows: 2, saved: 0, unchanged: 2 });
    expect(await count(t, 'select count(*)::int as n from attachments')).toBe(attachments0);
    expect(await count(t, "select count(*)::int as n from audit_log where action = 'observations_file'")).toBe(audits0);

    // A later edit through the form voids the receipt: the file is checked again and wins back its value.
    const edit = await liaison.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-10', value: 25.5 }] });
    expect(edit.statusCode, edit.body).toBe(200);
    const third = await liaison.upload('/api/observations/import', {}, upload('a.csv', csv(25.1, 25.2)));
    expect(third.json()).toMatchObject({ saved: 1, unchanged: 1 });

    // An upload never revises approved values, with or without a reason (the rows are named);
    // revising is its own action, through the form with a reason, which lands in the revision row.
    const ids = (await rows<{ id: string }>(t.database.db, sql`select id from observations where indicator_id = ${ind.id} and zone_id = ${ind.zoneId} and period in ('2026-10','2026-11')`)).map((r) => r.id);
    const office = await as(t, 'office');
    expect((await liaison.post('/api/observations/submit', { ids })).statusCode).toBe(200);
    expect((await office.post('/api/observations/approve', { ids })).statusCode).toBe(200);
    for (const comment of ['', '统计局修订']) {
      const refused = await liaison.upload('/api/observations/import', {}, upload('b.csv', csv(25.3, 25.4, comment)));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details.map((d: { row: number; message: string }) => [d.row, d.message.includes('上传文件不会修改已审批的数据')])).toEqual([
        [2, true],
        [3, true],
      ]);
    }
    const revise = await liaison.post('/api/observations', {
      observations: [
        { indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-10', value: 25.3, comment: '统计局修订' },
        { indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-11', value: 25.4, comment: '统计局修订' },
      ],
    });
    expect(revise.statusCode, revise.body).toBe(200);
    const revs = await rows<{ old_value: number; new_value: number; reason: string }>(
      t.database.db,
      sql`select r.old_value, r.new_value, r.reason from observation_revisions r join observations o on o.id = r.observation_id where o.indicator_id = ${ind.id} and o.period in ('2026-10','2026-11') and r.reason = '统计局修订' order by o.period`,
    );
    expect(revs).toEqual([
      { old_value: 25.1, new_value: 25.3, reason: '统计局修订' },
      { old_value: 25.2, new_value: 25.4, reason: '统计局修订' },
    ]);
    expect(await count(t, 'select count(*)::int as n from observation_revisions')).toBe(revisions0 + 1 + 1 + 2);
    const back = await rows<{ status: string }>(t.database.db, sql`select distinct status from observations where id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
    expect(back).toEqual([{ status: 'draft' }]);
  });

  it('rejects a whole file when one row is in a locked period, and saves nothing', async () => {
    const office = await as(t, 'office');
    const planId = (await rows<{ plan_id: string }>(t.database.db, sql`select plan_id from indicators where id = ${ind.id}`))[0].plan_id;
    expect((await office.post(`/api/plans/${planId}/locks`, { period: '2026-09', locked: true })).statusCode).toBe(200);
    const before = await count(t, 'select count(*)::int as n from observations');
    const csv = Buffer.from(`指标编码,区域编码,期间,填报值\n${ind.code},yubei,2026-08,25\n${ind.code},yubei,2026-09,25\n`);
    const res = await (await as(t, 'liaison_commerce')).upload('/api/observations/import', {}, upload('l.csv', csv));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ row: 3, cell: 'F3', message: expect.stringContaining('已锁定') })]);
    expect(await count(t, 'select count(*)::int as n from observations')).toBe(before);
  });

  it('answers two simultaneous first entries of one value with one save and, at worst, a 409 — never a 500', async () => {
    const a = await as(t, 'liaison_commerce');
    const b = await as(t, 'liaison_commerce');
    const body = (v: number) => ({ observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-07', value: v }] });
    const res = await Promise.all([a.post('/api/observations', body(25.1)), b.post('/api/observations', body(25.2))]);
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([200, 409]).toContain(codes[1]);
    expect(await count(t, `select count(*)::int as n from observations where indicator_id = '${ind.id}' and zone_id = '${ind.zoneId}' and period = '2026-07'`)).toBe(1);
  });

  it('answers any uploaded sheet (real and wrong codes, periods, values, sparse rows, far cells) with a result or a clear 4xx, never a 500', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const cell = fc.oneof(
      fc.constantFrom(ind.code, 'YB-CORRIDOR-2023-4', 'NO-SUCH', 'yubei', '2026-03', '2026', '2026Q1', '0000', '2999-01', '25.2', '-1', '1e308', '五十', ''),
      fc.double(),
      fc.string({ maxLength: 6 }),
    );
    const row = fc.tuple(fc.integer({ min: 2, max: 30 }), fc.array(cell, { minLength: 11, maxLength: 11 }));
    const spec = fc.tuple(fc.boolean(), fc.array(row, { maxLength: 12 }), fc.option(fc.tuple(fc.integer({ min: 2, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }))), fc.boolean());
    await fc.assert(
      fc.asyncProperty(spec, async ([header, rowsSpec, far, asCsv]) => {
        let file: Buffer;
        if (asCsv) {
          const lines = new Map<number, string>();
          for (const [n, vals] of rowsSpec) lines.set(n, vals.map((v) => String(v).replace(/[",\n\r]/g, '')).join(','));
          const last = Math.max(1, ...lines.keys());
          file = Buffer.from([header ? COLUMNS.map((c) => c.zh).join(',') : 'x', ...Array.from({ length: last - 1 }, (_, i) => lines.get(i + 2) ?? '')].join('\n'));
        } else {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('填报数据');
          if (header) ws.getRow(1).values = COLUMNS.map((c) => c.zh);
          for (const [n, vals] of rowsSpec) vals.forEach((v, i) => (ws.getCell(n, i + 1).value = v));
          if (far) ws.getCell(far[0], far[1]).value = 1;
          file = Buffer.from(await wb.xlsx.writeBuffer());
        }
        const res = await liaison.upload('/api/observations/import', {}, upload(asCsv ? 'f.csv' : 'f.xlsx', file));
        expect([200, 400, 409, 413], res.body).toContain(res.statusCode);
        if (res.statusCode !== 200) expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: engine === 'pglite' ? 12 : 8 },
    );
  }, 180_000);
  describe('a file read, checked and written in pieces (issue 10)', () => {
    // One row, then two rows a piece, so a few rows cross several pieces (1,000 then 10,000 in the
    // server). Cells are named by the template's columns (F period, I value, K comment), as in every
    // upload answer.
    const { pieceRows, firstPieceRows } = WORKER_LIMITS;
    beforeAll(() => void Object.assign(WORKER_LIMITS, { pieceRows: 2, firstPieceRows: 1 }));
    afterAll(() => void Object.assign(WORKER_LIMITS, { pieceRows, firstPieceRows }));
    const csv = (lines: string[]) => Buffer.from(`指标编码,区域编码,期间,填报值,说明\n${lines.join('\n')}\n`);
    const stored = (period: string) =>
      rows<{ value: number }>(t.database.db, sql`select value from observations where indicator_id = ${ind.id} and zone_id = ${ind.zoneId} and period = ${period}`).then((r) => r.map((x) => x.value));

    it('writes new rows, and replaces stored ones a later piece brings, as one file', async () => {
      const liaison = await as(t, 'liaison_commerce');
      // A second indicator of the same unit, first seen in a later piece: its stored values are read
      // while the first piece's COPY is under way (through another connection on PostgreSQL).
      const list = (await liaison.get('/api/indicators')).json() as { id: string; code: string; zoneId: string }[];
      const other = list.find((i) => i.code === 'YB-CORRIDOR-2023-4' && i.zoneId === ind.zoneId)!;
      const first = await liaison.upload('/api/observations/import', {}, upload('p1.csv', csv([`${ind.code},yubei,2001-01,30,核实`, `${other.code},yubei,2001-01,40,核实`, `${other.code},yubei,2001-02,41,核实`])));
      expect(first.statusCode, first.body).toBe(200);
      // Pieces: [ind 2001-02, 2001-03] new; [ind 2001-01 changed, other 2001-01 changed]; [other 2001-02 the same, other 2001-03 new].
      const lines = [
        `${ind.code},yubei,2001-02,31,核实`,
        `${ind.code},yubei,2001-03,32,核实`,
        `${ind.code},yubei,2001-01,30.5,核实`,
        `${other.code},yubei,2001-01,40.5,核实`,
        `${other.code},yubei,2001-02,41,核实`,
        `${other.code},yubei,2001-03,42,核实`,
      ];
      const res = await liaison.upload('/api/observations/import', {}, upload('p2.csv', csv(lines)));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ rows: 6, saved: 5, unchanged: 1, skippedBlank: 0 });
      const values = await rows<{ code: string; period: string; value: number; version: number }>(
        t.database.db,
        sql`select i.code, o.period, o.value, o.version from observations o join indicators i on i.id = o.indicator_id
            where o.zone_id = ${ind.zoneId} and i.id in (${ind.id}, ${other.id}) and o.period like '2001-%' order by i.code, o.period`,
      );
      expect(values.map((v) => [v.code.slice(-1), v.period, v.value, v.version])).toEqual([
        ['4', '2001-01', 40.5, 2],
        ['4', '2001-02', 41, 1],
        ['4', '2001-03', 42, 1],
        ['5', '2001-01', 30.5, 2],
        ['5', '2001-02', 31, 1],
        ['5', '2001-03', 32, 1],
      ]);
    });

    it("answers every one of the file's own problems when one comes in a later piece, and keeps nothing of the pieces before", async () => {
      const liaison = await as(t, 'liaison_commerce');
      const before = await count(t, 'select count(*)::int as n from observations');
      const attachments = await count(t, 'select count(*)::int as n from attachments');
      const lines = [`${ind.code},yubei,2002-01,30,核实`, `${ind.code},yubei,2002-02,30,核实`, `${ind.code},yubei,2002-03,30,核实`, `NO-SUCH,yubei,2002-04,30,核实`, `${ind.code},yubei,2002-05,三十,核实`];
      const res = await liaison.upload('/api/observations/import', {}, upload('bad.csv', csv(lines)));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.map((d: { row: number; cell: string }) => [d.row, d.cell])).toEqual([
        [5, 'A5'],
        [6, 'I6'],
      ]);
      expect(res.json().error.message).toMatch(/^2 处数据有误，未保存任何数据。第5行（A5）：指标编码“NO-SUCH”不存在/);
      expect(await count(t, 'select count(*)::int as n from observations')).toBe(before);
      expect(await count(t, 'select count(*)::int as n from attachments')).toBe(attachments);
      expect(await stored('2002-01')).toEqual([]);
    });

    it('refuses a row whose history comes in a later piece, and lists the problems in the order of the rows', async () => {
      const liaison = await as(t, 'liaison_commerce');
      const before = await count(t, 'select count(*)::int as n from observations');
      // Row 2 (2003-06) jumps from the 25 of the months before it, which come in later pieces; row 5 is in the future.
      const lines = [`${ind.code},yubei,2003-06,90,`, `${ind.code},yubei,2003-01,25,`, `${ind.code},yubei,2003-02,25,`, `${ind.code},yubei,2099-01,25,`, `${ind.code},yubei,2003-03,25,`, `${ind.code},yubei,2003-04,25,`, `${ind.code},yubei,2003-05,25,`];
      const res = await liaison.upload('/api/observations/import', {}, upload('jump.csv', csv(lines)));
      expect(res.statusCode, res.body).toBe(400);
      const details = res.json().error.details as { row: number; cell: string; message: string }[];
      expect(details.map((d) => [d.row, d.cell])).toEqual([
        [2, 'K2'],
        [5, 'F5'],
      ]);
      expect(details[0].message).toBe('第2行：数值 90 与上期 25 相比变化异常（合理范围 12.50–37.50），请核实并填写说明');
      expect(details[1].message).toBe('第5行：期间“2099-01”尚未到来');
      expect(await count(t, 'select count(*)::int as n from observations')).toBe(before);
    });
  });
});
