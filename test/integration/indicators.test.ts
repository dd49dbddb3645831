import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { observations } from '../../src/server/db/schema';
import { upsertObservations } from '../../src/server/indicators/service';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';

const count = async (t: TestApp, table: string) => (await rows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

interface Ind {
  id: string;
  unit: string | null;
  code: string;
  number: string;
  name: string;
  zoneId: string;
  unitName: string | null;
  status: string | null;
  planId: string;
}

async function fillTemplate(c: Client, year: number, fill: (row: ExcelJS.Row) => void): Promise<Buffer> {
  const res = await c.request('GET', `/api/observations/template.xlsx?year=${year}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('填报数据')!;
  ws.eachRow((row, n) => n > 1 && fill(row));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engines())('indicator monitoring on %s', (engine) => {
  let t: TestApp;
  let inds: Ind[];
  const byNumber = (n: string) => inds.find((i) => i.number === n && i.code.startsWith('YB'))!;
  beforeAll(async () => {
    t = await createTestApp(engine);
    inds = (await (await as(t, 'office')).get('/api/indicators')).json();
  });
  afterAll(() => t?.close());

  it('lists every indicator with a computed status from the demo data', async () => {
    expect(inds.filter((i) => i.code.startsWith('YB'))).toHaveLength(7);
    const freight = byNumber('4');
    expect(freight.unitName).toBe('区商务委');
    expect(freight.status).toBeTruthy();
    const pending = inds.find((i) => i.name.includes('联运量'))!;
    expect(pending.status ?? 'target_pending').toBe('target_pending');
    const gaps = (await (await as(t, 'leader')).get('/api/indicators/gaps?kind=pendingTargets&pageSize=500')).json().rows;
    expect(gaps.pendingTargets.map((i: Ind) => i.name)).toEqual(expect.arrayContaining([pending.name]));
  });

  it('explains a status and serves the JSON it was computed from', async () => {
    const office = await as(t, 'office');
    const ind = byNumber('7');
    const detail = (await office.get(`/api/indicators/${ind.id}`)).json();
    expect(detail.statuses[0].result.explanation.zh).toMatch(/2027/);
    const input = (await office.get(`/api/indicators/${ind.id}/status-input?zoneId=${ind.zoneId}`)).json();
    expect(input.indicator.baseline).toEqual({ year: 2022, value: 306 });
    expect(input.observations.map((o: { period: string }) => o.period)).toEqual(['2023', '2024', '2025']);
  });

  it('walks a value from the liaison through the unit leader to the office, and the status follows', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const ind = byNumber('7');
    const before = (await liaison.get(`/api/indicators/${ind.id}`)).json().statuses[0];
    const saved = await liaison.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026', value: 356 }] });
    expect(saved.statusCode, saved.body).toBe(200);
    const [id] = saved.json().ids;
    // A draft does not count.
    expect((await liaison.get(`/api/indicators/${ind.id}`)).json().statuses[0].status).toBe(before.status);
    expect((await liaison.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(403);
    expect((await liaison.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(200);
    const leader = await as(t, 'leader_commerce');
    expect((await leader.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
    const after = (await liaison.get(`/api/indicators/${ind.id}`)).json().statuses[0];
    expect(after.status).toBe('achieved');
    expect(after.status).not.toBe(before.status);
    const office = await as(t, 'office');
    expect((await office.post('/api/observations/return', { ids: [id] })).statusCode).toBe(400); // a reason is required
    expect((await office.post('/api/observations/return', { ids: [id], reason: '口径与海关统计不一致' })).statusCode).toBe(200);
    expect((await office.get(`/api/indicators/${ind.id}`)).json().statuses[0].status).toBe(before.status);
  });

  it('keeps every revision of a value, with who and why', async () => {
    const office = await as(t, 'office');
    const ind = byNumber('7');
    const obs = (await office.get(`/api/indicators/${ind.id}`)).json().observations.find((o: { period: string }) => o.period === '2025');
    const noReason = await office.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2025', value: 337 }] });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('comment');
    const ok = await office.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2025', value: 337, comment: '海关年报修订' }] });
    expect(ok.statusCode, ok.body).toBe(200);
    const detail = (await office.get(`/api/indicators/${ind.id}`)).json();
    expect(detail.revisions[0]).toMatchObject({ observationId: obs.id, oldValue: 336, newValue: 337, reason: '海关年报修订' });
  });

  it('discards a revision draft by putting the accepted value back; a first-entry draft is deleted; another unit cannot', async () => {
    const office = await as(t, 'office');
    const ind = byNumber('7');
    const draft = (await office.get(`/api/indicators/${ind.id}`)).json().observations.find((o: { period: string }) => o.period === '2025');
    expect(draft).toMatchObject({ status: 'draft', value: 337 }); // the revision above
    const transport = await as(t, 'liaison_transport');
    expect((await transport.post('/api/observations/discard', { ids: [draft.id] })).statusCode).toBe(403);
    const res = await office.post('/api/observations/discard', { ids: [draft.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ discarded: 0, restored: 1 });
    const detail = (await office.get(`/api/indicators/${ind.id}`)).json();
    expect(detail.observations.find((o: { period: string }) => o.period === '2025')).toMatchObject({ status: 'accepted', value: 336 });
    expect(detail.statuses[0].result.input.observations.map((o: { period: string }) => o.period)).toContain('2025'); // counts again
    expect((await office.post('/api/observations/discard', { ids: [draft.id] })).statusCode).toBe(409); // accepted: nothing to discard

    const year = new Date().getFullYear();
    const first = await office.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: String(year), value: 340 }] });
    expect(first.statusCode, first.body).toBe(200);
    const gone = await office.post('/api/observations/discard', { ids: first.json().ids });
    expect(gone.json()).toEqual({ discarded: 1, restored: 0 });
    expect((await office.get(`/api/indicators/${ind.id}`)).json().observations.some((o: { period: string }) => o.period === String(year))).toBe(false);
  });

  it('refuses an uploaded row of another year, and an upload that would change approved data, naming the row', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const year = new Date().getFullYear();
    const freight = byNumber('4');
    const file = await fillTemplate(liaison, year, (row) => {
      if (row.getCell(1).text === freight.code && row.getCell(6).text === `${year}-02`) {
        row.getCell(6).value = `${year - 1}-02`;
        row.getCell(9).value = 31000;
      }
    });
    const wrongYear = await liaison.upload(`/api/observations/import?year=${year}`, {}, [{ fileName: '填报.xlsx', data: file }]);
    expect(wrongYear.statusCode, wrongYear.body).toBe(400);
    expect(wrongYear.json().error.details[0].message).toMatch(new RegExp(`^第\\d+行：期间“${year - 1}-02”不在正在填报的 ${year} 年内`));
    // Without the year (the CLI's bulk load) the row is of last year and approved: an upload never revises it.
    const revising = await liaison.upload('/api/observations/import', {}, [{ fileName: '填报.xlsx', data: file }]);
    expect(revising.statusCode, revising.body).toBe(400);
    expect(revising.json().error.details[0].message).toContain('上传文件不会修改已审批的数据');
    const obs = (await liaison.get(`/api/indicators/${freight.id}`)).json().observations.find((o: { period: string }) => o.period === `${year - 1}-02`);
    expect(obs.status).toBe('accepted');
  });

  it('keeps a liaison to their own unit: cannot see or change another unit’s drafts', async () => {
    const commerce = await as(t, 'liaison_commerce');
    const transport = await as(t, 'liaison_transport');
    const ind = byNumber('1'); // owed by 区交通局
    const draft = await transport.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026', value: 112 }] });
    expect(draft.statusCode, draft.body).toBe(200);
    const [id] = draft.json().ids;
    const seen = (await commerce.get(`/api/indicators/${ind.id}`)).json().observations.map((o: { id: string }) => o.id);
    expect(seen).not.toContain(id);
    const write = await commerce.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026', value: 1 }] });
    expect(write.statusCode).toBe(400);
    expect(write.json().error.message).toContain('不由本单位填报');
    expect((await commerce.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(403);
    const queue = (await (await as(t, 'leader_commerce')).get('/api/observations/queue?status=draft')).json();
    expect(queue.map((o: { id: string }) => o.id)).not.toContain(id);
    expect((await (await as(t, 'leader_commerce')).post('/api/observations/approve', { ids: [id] })).statusCode).toBe(403);
  });

  it('flags implausible jumps until a confirming comment is given', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const ind = byNumber('4');
    const res = await liaison.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-01', value: 9_999_999 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/变化异常/);
    const ok = await liaison.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-01', value: 9_999_999, comment: '含一次性大宗货物，已核实' }] });
    expect(ok.statusCode).toBe(200);
  });

  it('imports a filled Excel template all-or-nothing; the same file twice changes nothing', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const template = await fillTemplate(liaison, 2025, () => {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const codes = new Set<string>();
    wb.getWorksheet('填报数据')!.eachRow((r, n) => n > 1 && codes.add(String(r.getCell(1).value)));
    // Only what 区商务委 owes.
    expect([...codes].sort()).toEqual(['YB-CORRIDOR-2023-3', 'YB-CORRIDOR-2023-4', 'YB-CORRIDOR-2023-5', 'YB-CORRIDOR-2023-7']);

    const good = await fillTemplate(liaison, 2026, (row) => {
      if (row.getCell(1).value === 'YB-CORRIDOR-2023-5' && ['2026-02', '2026-03'].includes(String(row.getCell(6).value))) row.getCell(9).value = 25.5;
    });
    const before = await count(t, 'observations');
    const first = await liaison.upload('/api/observations/import', {}, [{ fileName: '填报.xlsx', data: good }]);
    expect(first.statusCode, first.body).toBe(200);
    // Values already in the system come pre-filled in the template and count as unchanged.
    expect(first.json().saved).toBe(2);
    expect(await count(t, 'observations')).toBe(before + 2);
    const second = await liaison.upload('/api/observations/import', {}, [{ fileName: '填报.xlsx', data: good }]);
    expect(second.json()).toMatchObject({ saved: 0, unchanged: first.json().unchanged + 2 });
    expect(await count(t, 'observations')).toBe(before + 2);

    const bad = await fillTemplate(liaison, 2026, (row) => {
      const period = String(row.getCell(6).value);
      if (row.getCell(1).value === 'YB-CORRIDOR-2023-5' && period === '2026-04') row.getCell(9).value = 26;
      if (row.getCell(1).value === 'YB-CORRIDOR-2023-5' && period === '2026-05') row.getCell(9).value = '五十';
      if (row.getCell(1).value === 'YB-CORRIDOR-2023-4' && period === '2026-06') row.getCell(1).value = 'NO-SUCH-CODE';
      if (row.getCell(1).value === 'NO-SUCH-CODE') row.getCell(9).value = 1;
    });
    const refused = await liaison.upload('/api/observations/import', {}, [{ fileName: '填报.xlsx', data: bad }]);
    expect(refused.statusCode).toBe(400);
    const details = refused.json().error.details;
    expect(details.map((d: { cell: string }) => d.cell)).toEqual(expect.arrayContaining([expect.stringMatching(/^I\d+$/), expect.stringMatching(/^A\d+$/)]));
    expect(details.find((d: { cell: string }) => d.cell.startsWith('I')).message).toMatch(/^第\d+行（I\d+）：填报值“五十”不是数字（请填写阿拉伯数字，如 30\.5）$/);
    expect(await count(t, 'observations')).toBe(before + 2);
  });

  it('accepts CSV and rejects files that are not tables', async () => {
    const liaison = await as(t, 'liaison_commerce');
    const ind = byNumber('5');
    const csv = `指标编码,区域编码,期间,填报值,说明\n${ind.code},yubei,2026-07,25.25,\n`;
    const ok = await liaison.upload('/api/observations/import', {}, [{ fileName: 'data.csv', data: Buffer.from(csv) }]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().saved).toBe(1);
    // A Chinese keyboard's full-width digits are read; a unit in the cell is refused with the number it would be
    // (indicator 5 is a growth rate in %).
    const wide = `指标编码,区域编码,期间,填报值,说明\n${ind.code},yubei,2026-08,２５．５,\n${ind.code},yubei,2026-09,25.5%,\n`;
    const mixed = await liaison.upload('/api/observations/import', {}, [{ fileName: 'data.csv', data: Buffer.from(wide) }]);
    expect(mixed.statusCode, mixed.body).toBe(400);
    expect(mixed.json().error.details).toHaveLength(1);
    expect(ind.unit).toBe('%');
    expect(mixed.json().error.details[0].message).toBe('第3行（I3）：填报值“25.5%”含单位，请只填数字（按%应填 25.5）');
    const fixed = await liaison.upload('/api/observations/import', {}, [{ fileName: 'data.csv', data: Buffer.from(wide.replace('25.5%', '25.5')) }]);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().saved).toBe(2);
    const noHeader = await liaison.upload('/api/observations/import', {}, [{ fileName: 'data.csv', data: Buffer.from('a,b\n1,2\n') }]);
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.message).toContain('表头');
    const notXlsx = await liaison.upload('/api/observations/import', {}, [{ fileName: 'data.xlsx', data: Buffer.from('hello') }]);
    expect(notXlsx.statusCode).toBe(400);
  });

  it('locks a period against further changes', async () => {
    const office = await as(t, 'office');
    const ind = byNumber('7');
    expect((await office.post(`/api/plans/${ind.planId}/locks`, { period: '2024', locked: true })).statusCode).toBe(200);
    const res = await office.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2024', value: 328, comment: '修订' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('锁定');
  });

  it('lets a data provider push values with a token; they arrive as submitted', async () => {
    const admin = await as(t, 'admin');
    const units = (await admin.get('/api/units')).json();
    const commerce = units.find((u: { name: string }) => u.name === '区商务委');
    const { token } = (await admin.post('/api/api-tokens', { name: '运营平台', unitId: commerce.id, scopes: ['observations:write'] })).json();
    const ind = byNumber('5');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { authorization: `Bearer ${token}` },
      payload: { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026-08', value: 25 }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const queue = (await (await as(t, 'leader_commerce')).get('/api/observations/queue?status=submitted')).json();
    expect(queue.map((o: { period: string }) => o.period)).toContain('2026-08');
    const other = byNumber('1');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { authorization: `Bearer ${token}` },
      payload: { observations: [{ indicatorId: other.id, zoneId: other.zoneId, period: '2026', value: 110 }] },
    });
    expect(refused.statusCode).toBe(400);
  });

  it('lists missing and late data for reminders', async () => {
    const leader = await as(t, 'leader_commerce');
    const missing = (await leader.get('/api/observations/missing?year=2026')).json();
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((m: { unitName: string }) => m.unitName === '区商务委')).toBe(true);
    expect(missing.some((m: { late: boolean }) => m.late)).toBe(true);
  });
  it('refuses a batch with 409 when another writer inserted one of its new rows meanwhile, and keeps nothing of it', async () => {
    const ind = byNumber('7');
    const before = await count(t, 'observations');
    const attempt = upsertObservations(t.database.db, { id: null, name: 'test' }, { all: true }, [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2019', value: 300, comment: 'test', covered: null }], {
      source: 'file',
      // Runs in the write's transaction just before the rows go in: the key is taken by then.
      beforeWrite: async (tx) => {
        await tx.insert(observations).values({ indicatorId: ind.id, zoneId: ind.zoneId, period: '2019', value: 1 });
        return {};
      },
    });
    await expect(attempt).rejects.toMatchObject({ statusCode: 409, code: 'concurrent_change' });
    expect(await count(t, 'observations')).toBe(before);
  });
});
