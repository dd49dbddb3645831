// The corridor ledger end to end on both engines: uploads all or nothing, idempotent
// upserts with versions, the monthly roll-up against an independent SQL computation and
// against the offline domain function (what `hubline corridor-figures` runs), operator
// APIs with DCSA / IATA events, unit scope, computed indicator values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { CSV_HEADER, csvLine, generateShipments, monthlyFigures, CsvReader, ShipmentFileValidator, type ShipmentRecord } from '../../src/domain/corridor/index';
import { importShipments } from '../../src/server/corridor/import';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hubline } from '../support/processes';

const OPS = ['GENAIR', 'GENRAILSEA', 'GENRAIL', 'GENROAD', 'GENRIVER'];

function generatedCsv(seed: number, from: string, to: string, perDay: number) {
  return [CSV_HEADER, ...[...generateShipments({ seed, from, to, perDay })].map(csvLine)].join('\n') + '\n';
}
/** The offline computation: the domain's validator and accumulator over the file text. */
function offline(text: string) {
  const reader = new CsvReader();
  const v = new ShipmentFileValidator();
  const recs: ShipmentRecord[] = [];
  for (const r of [...reader.push(text), ...reader.end()]) {
    const x = v.add(r.line, r.fields);
    if (x) recs.push(x);
  }
  return { figures: monthlyFigures(recs), errors: v.finish(), records: recs };
}
const upload = (c: Client, text: string, name = 'shipments.csv') => c.request('POST', `/api/corridor/imports?name=${encodeURIComponent(name)}`, text, { 'content-type': 'text/csv' });

/** The same figures by a query written apart from the roll-up code. */
async function independentSql(t: TestApp) {
  return rows<{ month: string; n: number; t: number; teu: number; v: number; cn: number; ct: number; cteu: number; cv: number; fc: number | null; med: number | null; p90: number | null; w: number | null }>(
    t.database.db,
    sql`with base as (select to_char(passed_at at time zone 'Asia/Shanghai', 'YYYY-MM') as m, * from shipments),
       fresh as (select m, extract(epoch from released_at - arrived_at)::float8 / 60 as mins from base where fresh and direction = 'import' and not inspected)
     select b.m as month, count(*)::int as n, round((sum(weight_kg) / 1000)::numeric, 3)::float8 as t, round(coalesce(sum(teu), 0)::numeric, 2)::float8 as teu,
       round(sum(value_cny)::numeric, 2)::float8 as v,
       (count(*) filter (where via_corridor))::int as cn, round((coalesce(sum(weight_kg) filter (where via_corridor), 0) / 1000)::numeric, 3)::float8 as ct,
       round(coalesce(sum(teu) filter (where via_corridor), 0)::numeric, 2)::float8 as cteu, round(coalesce(sum(value_cny) filter (where via_corridor), 0)::numeric, 2)::float8 as cv,
       (select count(*)::int from fresh f where f.m = b.m) as fc,
       (select round(percentile_cont(0.5) within group (order by mins)::numeric, 2)::float8 from fresh f where f.m = b.m) as med,
       (select round(percentile_cont(0.9) within group (order by mins)::numeric, 2)::float8 from fresh f where f.m = b.m) as p90,
       (select count(*)::int from fresh f where f.m = b.m and mins <= 60) as w
     from base b group by b.m order by b.m`,
  );
}

async function checksum(t: TestApp) {
  const r = await rows<{ s: string }>(
    t.database.db,
    sql`select coalesce(string_agg(x, '|' order by x), '') as s from (
          select reference || ':' || version || ':' || coalesce(content_hash, '') as x from shipments
          union all select 'v' || seq::text from shipment_versions
          union all select 'm' || month || node_id || mode || direction || via_corridor::text || shipments || ':' || value_cny from corridor_monthly) q`,
  );
  return createHash('sha256').update(r[0].s).digest('hex');
}

describe.each(engines())('corridor ledger on %s (no demo data)', (engine) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(engine, { demo: false });
    admin = await as(t, 'admin');
    for (const code of OPS) expect((await admin.post('/api/corridor/operators', { code, name: `${code} 生成`, unitId: null, modes: ['air'] })).statusCode).toBe(200);
  });
  afterAll(() => t?.close());

  it('imports a generated file; the roll-up equals an independent SQL computation and the offline domain function', async () => {
    const text = generatedCsv(7, '2025-11', '2026-02', 15);
    const off = offline(text);
    expect(off.errors).toEqual([]);
    const res = await upload(admin, text);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: off.records.length, inserted: off.records.length, updated: 0, unchanged: 0, months: ['2025-11', '2025-12', '2026-01', '2026-02'] });
    const server = (await admin.get('/api/corridor/figures')).json().months;
    expect(server).toEqual(off.figures.months);
    const indep = await independentSql(t);
    expect(indep.map((r) => r.month)).toEqual(server.map((m: { month: string }) => m.month));
    indep.forEach((r, i) => {
      const m = server[i];
      expect([m.shipments, m.tonnes, m.teu, m.valueCny]).toEqual([r.n, r.t, r.teu, r.v]);
      expect([m.corridor.shipments, m.corridor.tonnes, m.corridor.teu, m.corridor.valueCny]).toEqual([r.cn, r.ct, r.cteu, r.cv]);
      expect(m.freshClearance).toEqual(r.fc ? { count: r.fc, medianMinutes: r.med, p90Minutes: r.p90, shareWithin60: Math.round((r.w! / r.fc) * 10000) / 10000 } : null);
    });
    // The command line, offline, prints the same figures from the same file.
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'shipments.csv');
    writeFileSync(file, text);
    const cli = await hubline(['corridor-figures', file, '--json'], {});
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ rows: off.records.length, months: server });
    // Known totals: every generated row is in the ledger once.
    expect(server.reduce((s: number, m: { shipments: number }) => s + m.shipments, 0)).toBe(off.records.length);
  });

  it('the same file again changes nothing; a correction keeps the previous version and moves the month', async () => {
    const text = generatedCsv(7, '2025-11', '2026-02', 15);
    const before = await checksum(t);
    const again = (await upload(admin, text)).json();
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.unchanged).toBe(again.rows);
    expect(await checksum(t)).toBe(before);
    const lines = text.trim().split('\n');
    const original = lines.find((l) => l.split(',')[7] === 'export')!;
    const cols = original.split(',');
    const ref = cols[0];
    cols[8] = '4321'; // weight_kg
    cols[13] = '2026-03-02T10:00:00+08:00'; // passed_at: into March
    const fix = (await upload(admin, `${lines[0]}\n${cols.join(',')}\n`)).json();
    expect(fix).toMatchObject({ rows: 1, inserted: 0, updated: 1, unchanged: 0 });
    // Both the month it left and the month it moved to are rolled up again.
    expect(fix.months).toEqual([original.split(',')[13].slice(0, 7), '2026-03']);
    const list = (await admin.get(`/api/corridor/shipments?q=${ref}`)).json();
    expect(list.items[0]).toMatchObject({ reference: ref, weightKg: 4321, month: '2026-03', version: 2 });
    const detail = (await admin.get(`/api/corridor/shipments/${list.items[0].id}`)).json();
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0].data.weight_kg).toBe(Number(original.split(',')[8]));
    const figures = (await admin.get('/api/corridor/figures')).json().months;
    expect(figures.find((m: { month: string }) => m.month === '2026-03').shipments).toBe(1);
  });

  it('a file with bad rows is refused whole, every row at fault named in both languages', async () => {
    const before = await checksum(t);
    const good = generatedCsv(99, '2026-04', '2026-04', 3).trim().split('\n');
    const bad = [...good];
    const c2 = bad[2].split(',');
    c2[8] = '0';
    bad[2] = c2.join(',');
    const c4 = bad[4].split(',');
    c4[3] = 'VNSG';
    bad[4] = c4.join(',');
    const res = await upload(admin, bad.join('\n'));
    expect(res.statusCode).toBe(400);
    const e = res.json().error;
    expect(e.code).toBe('import_rejected');
    expect(e.message).toMatch(/^文件有 2 处错误，未导入任何数据：第3行 weight_kg：须大于 0/);
    expect(e.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [3, 'weight_kg'],
      [5, 'origin'],
    ]);
    expect(e.details[1].messageEn).toMatch(/^Line 5, origin: "VNSG" is not a UN\/LOCODE/);
    expect(await checksum(t)).toBe(before);
    // The command line names the same rows and exits with 2.
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'bad.csv');
    writeFileSync(file, bad.join('\n'));
    const cli = await hubline(['corridor-figures', file, '--json'], {});
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim().split('\n')).toEqual([`${e.details[0].message} / ${e.details[0].messageEn}`, `${e.details[1].message} / ${e.details[1].messageEn}`]);
  });

  it('unknown operators and nodes, and a changed duplicate, are found in staging and refuse the file', async () => {
    const lines = generatedCsv(5, '2026-05', '2026-05', 2).trim().split('\n');
    const a = lines[1].split(',');
    a[1] = 'NOBODY';
    const b = lines[2].split(',');
    b[6] = 'NOWHERE';
    const dup = lines[3].split(',');
    dup[10] = String(Number(dup[10]) + 1);
    const res = await upload(admin, [lines[0], a.join(','), b.join(','), lines[3], dup.join(',')].join('\n'));
    const e = res.json().error;
    expect(e.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [2, 'operator'],
      [3, 'node'],
      [5, 'shipment_id'],
    ]);
    expect(e.details[2].message).toMatch(/已在第4行出现，内容不同/);
  });

  it('an upload cut off half-way leaves the ledger as it was (a killed process: corridor-kill.test.ts)', async () => {
    const before = await checksum(t);
    const text = generatedCsv(11, '2026-06', '2026-09', 20);
    const half = text.slice(0, Math.floor(text.length / 2));
    const stream = new Readable({ read() {} });
    stream.push(half);
    setTimeout(() => stream.destroy(new Error('connection lost')), 50);
    await expect(importShipments(t.database, { id: null, name: 'test' }, { all: true }, stream, 'csv', { batchSize: 100 })).rejects.toThrow('connection lost');
    expect(await checksum(t)).toBe(before);
    const [{ n }] = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from shipment_staging`);
    expect(n).toBe(0);
  });

  it('the operator JSON API takes the same columns; every write is audited', async () => {
    const body = { shipments: [{ shipment_id: 'API-1', operator: 'GENAIR', legs: 'air', origin: 'CNCKG', destination: 'SGSIN', corridor: 1, node: 'CKG-AIRPORT', direction: 'export', weight_kg: 120.5, teu: null, value_cny: 88000, hs_code: '8471', fresh: 0, passed_at: '2026-07-01T08:00:00+08:00', arrived_at: null, released_at: null, inspected: null }] };
    const res = await admin.post('/api/corridor/shipments', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ inserted: 1, months: ['2026-07'] });
    const bad = await admin.post('/api/corridor/shipments', { shipments: [{ ...body.shipments[0], weight_kg: -1 }] });
    expect(bad.json().error.details[0].message).toBe('第2行 weight_kg：须大于 0（现为 -1）');
    const [{ n }] = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'shipment' and action = 'import'`);
    expect(n).toBe(4); // file, resend, correction, API
  });
});

describe.each(engines())('corridor ledger with demo data on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('routes give RCEP coverage out of 14 with the missing named in Chinese, fed as this year\'s value', async () => {
    const office = await as(t, 'office');
    const r = (await office.get('/api/corridor/routes')).json();
    expect(r.coverage.total).toBe(14);
    expect(r.coverage.count).toBe(13);
    expect(r.coverage.missing).toEqual([{ code: 'BN', zh: '文莱' }]);
    const added = await office.post('/api/corridor/routes', { airline: '文莱皇家航空', origin: 'CKG', destination: 'BWN', destinationCountry: 'BN', cargo: true, passenger: true, weeklyFrequency: 2, openedOn: '2026-01-01', closedOn: null });
    expect(added.statusCode, added.body).toBe(200);
    expect((await office.get('/api/corridor/routes')).json().coverage.missing).toEqual([]);
    const inds = (await office.get('/api/indicators')).json();
    const rcep = inds.find((i: { code: string }) => i.code === 'YB-CORRIDOR-2023-3');
    const detail = (await office.get(`/api/indicators/${rcep.id}`)).json();
    const obs = detail.observations.find((o: { period: string }) => o.period === String(new Date().getFullYear()));
    expect(obs).toMatchObject({ value: 14, source: 'computed' });
    expect(obs.covered).toHaveLength(14); // an array of member codes, not a JSON string
    const bad = await office.post('/api/corridor/routes', { airline: 'x', origin: 'CKG', destination: 'BWN', destinationCountry: 'BN', cargo: true, passenger: false, weeklyFrequency: 1, openedOn: '2026-05-01', closedOn: '2026-04-01' });
    expect(bad.json().error.field).toBe('closedOn');
  });

  it('fresh imports sent for this year feed the clearance indicator; the published 2025 figure stays', async () => {
    const office = await as(t, 'office');
    const inds = (await office.get('/api/indicators')).json();
    const fresh = inds.find((i: { code: string }) => i.code === 'YB-CORRIDOR-2023-6');
    const row = (id: string, minutes: number) => ({ shipment_id: id, operator: 'GENAIR', legs: 'air', origin: 'VNSGN', destination: 'CNCKG', corridor: 1, node: 'CKG-AIRPORT', direction: 'import', weight_kg: 800, teu: '', value_cny: 96000, hs_code: '030617', fresh: 1, passed_at: '2026-03-05T16:00:00+08:00', arrived_at: '2026-03-05T14:00:00+08:00', released_at: new Date(Date.parse('2026-03-05T14:00:00+08:00') + minutes * 60000).toISOString(), inspected: 0 });
    const res = await office.post('/api/corridor/shipments', { shipments: [row('T-1', 30), row('T-2', 50), row('T-3', 70), row('T-4', 40)] });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (await office.get(`/api/indicators/${fresh.id}`)).json();
    const byPeriod = Object.fromEntries(detail.observations.map((o: { period: string; value: number; source: string }) => [o.period, [o.value, o.source]]));
    expect(byPeriod['2026']).toEqual([64, 'computed']); // p90 of 30, 40, 50, 70: 50 + 20 · 0.7
    expect(byPeriod['2025']).toEqual([66, 'form']);
    // Drill-down: the shipments behind the value.
    const drill = (await office.get('/api/corridor/shipments?year=2026&freshClearance=1')).json();
    expect(drill.items.map((s: { reference: string }) => s.reference).sort()).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
    expect(drill.items.find((s: { reference: string }) => s.reference === 'T-3').clearanceMinutes).toBe(70);
  });

  it('operators send DCSA and IATA events with a token of scope shipments:write; resends are ignored', async () => {
    const admin = await as(t, 'admin');
    const token = await admin.post('/api/api-tokens', { name: 'genair', unitId: null, scopes: ['shipments:write'] });
    expect(token.statusCode, token.body).toBe(200);
    const secret = token.json().token;
    const auth = { authorization: `Bearer ${secret}` };
    const post = (body: unknown) => t.app.inject({ method: 'POST', url: '/api/corridor/events', payload: body as never, headers: auth });
    const events = [
      { statusCode: 'ARR', eventDateTime: '2026-03-05T14:00:00+08:00', awbNumber: 'T-1', airportCode: 'CKG', flightNumber: 'VN512' },
      { statusCode: 'NFD', eventDateTime: '2026-03-05T14:20:00+08:00', awbNumber: 'T-1', airportCode: 'CKG' },
      { eventType: 'EQUIPMENT', equipmentEventTypeCode: 'CUSTOMS_RELEASED', eventClassifierCode: 'ACT', eventDateTime: '2026-03-05T14:30:00+08:00', eventLocation: { UNLocationCode: 'CNCKG' }, documentReferences: [{ documentReferenceType: 'TRD', documentReferenceValue: 'T-1' }], eventID: 'e-1' },
    ];
    const r1 = await post({ operator: 'GENAIR', events });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toEqual({ received: 3, inserted: 3, ignored: 0 });
    expect((await post({ operator: 'GENAIR', events })).json()).toEqual({ received: 3, inserted: 0, ignored: 3 });
    const bad = await post({ operator: 'GENAIR', events: [{ statusCode: 'XYZ', eventDateTime: '2026-03-05T14:00:00+08:00', awbNumber: 'T-1' }, { eventType: 'TRANSPORT', transportEventTypeCode: 'DEPA', eventDateTime: '2026-03-05', documentReferences: [{ documentReferenceValue: 'T-1' }] }] });
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['events.0.statusCode', 'events.1.eventDateTime']);
    const office = await as(t, 'office');
    const id = (await office.get('/api/corridor/shipments?q=T-1')).json().items[0].id;
    const detail = (await office.get(`/api/corridor/shipments/${id}`)).json();
    expect(detail.events.map((e: { code: string; standard: string }) => `${e.standard}:${e.code}`)).toEqual(['iata:ARR', 'iata:NFD', 'dcsa:CUSR']);
    // A token may not read the ledger pages, only send.
    expect((await t.app.inject({ method: 'GET', url: '/api/corridor/shipments', headers: auth })).statusCode).toBe(403);
  });

  it('a liaison sends and sees only the shipments of their own unit\'s operators', async () => {
    const transport = await as(t, 'liaison_transport'); // 区交通局: GENAIR, GENRIVER
    const commerce = await as(t, 'liaison_commerce');
    const lines = generatedCsv(3, '2026-08', '2026-08', 4).trim().split('\n');
    const railSea = lines.filter((l) => l.includes(',GENRAILSEA,'));
    const air = lines.filter((l) => l.includes(',GENAIR,'));
    const refused = await upload(transport, [lines[0], ...railSea.slice(0, 1)].join('\n'));
    expect(refused.json().error.details[0].message).toMatch(/承运商“GENRAILSEA”不属于本单位/);
    expect((await upload(transport, [lines[0], ...air].join('\n'))).statusCode).toBe(200);
    const seen = (await transport.get('/api/corridor/shipments?pageSize=500')).json();
    expect(new Set(seen.items.map((s: { operator: string }) => s.operator))).toEqual(new Set(['GENAIR', 'GENRIVER'].filter((o) => seen.items.some((s: { operator: string }) => s.operator === o))));
    expect(seen.items.every((s: { operator: string }) => ['GENAIR', 'GENRIVER'].includes(s.operator))).toBe(true);
    const other = (await commerce.get('/api/corridor/shipments?pageSize=1&mode=rail>sea')).json().items[0];
    expect((await transport.get(`/api/corridor/shipments/${other.id}`)).statusCode).toBe(403);
    expect((await transport.post('/api/corridor/routes', {})).statusCode).toBe(403);
  });
});
