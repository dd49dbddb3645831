// Every table screen's Excel export (`GET <list>.xlsx`, src/server/core/xlsx-route.ts) holds the
// rows its JSON list gives the same caller: same filters, same unit scoping, numbers as numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import type { XlsxExport } from '../../src/server/core/xlsx-route';
import { indicatorListXlsx, observationListXlsx } from '../../src/server/indicators/xlsx';
import { cycleListXlsx, reportListXlsx } from '../../src/server/delivery/xlsx';
import { alertListXlsx, noticeListXlsx } from '../../src/server/supervision/xlsx';
import { resultListXlsx } from '../../src/server/evaluation/xlsx';
import { monthlyFiguresXlsx } from '../../src/server/corridor/xlsx';

type Cell = string | number | null;
async function sheetOf(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  const ws = wb.worksheets[0];
  const rows: { values: Cell[]; formats: string[] }[] = [];
  ws.eachRow((row) => {
    const values: Cell[] = [];
    const formats: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      values.push(v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === '' ? null : (v as Cell));
      formats.push(row.getCell(i).numFmt ?? '');
    }
    rows.push({ values, formats });
  });
  return { header: rows[0].values, body: rows.slice(1) };
}
/** What a column shows for a JSON row: the same normalisation as the sheet (dates as days). */
const expected = (spec: XlsxExport, row: unknown): Cell[] =>
  spec.columns.map((c) => {
    const v = c.value(row);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return v === undefined || v === '' ? null : (v as Cell);
  });

/** GETs the JSON list and its .xlsx twin and checks the sheet is the list, row by row. */
async function compare(who: Client, url: string, spec: XlsxExport, query = '') {
  const json = await who.get(`${url}${query ? `?${query}` : ''}`);
  expect(json.statusCode, `${url}: ${json.body}`).toBe(200);
  const file = await who.get(`${url}.xlsx${query ? `?${query}&` : '?'}lang=en`);
  expect(file.statusCode, `${url}.xlsx: ${file.body.slice(0, 300)}`).toBe(200);
  expect(file.headers['content-type']).toMatch(/spreadsheetml/);
  expect(file.headers['content-disposition']).toMatch(/^attachment;/);
  const sheet = await sheetOf(file.rawPayload);
  expect(sheet.header).toEqual(spec.columns.map((c) => c.en));
  const rows = spec.rows ? spec.rows(json.json()) : (json.json() as unknown[]);
  expect(sheet.body.map((r) => r.values)).toEqual(rows.map((r) => expected(spec, r)));
  // Numbers stay numbers, with the column's format.
  spec.columns.forEach((c, i) => {
    if (c.kind && c.kind !== 'text' && c.kind !== 'date')
      for (const r of sheet.body) if (r.values[i] !== null) {
        expect(typeof r.values[i], `${url} ${c.en}`).toBe('number');
        expect(r.formats[i]).not.toBe('@');
      }
  });
  return { rows, sheet };
}

describe.each(engines())('Excel exports of the table screens (%s)', (engine) => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await as(t, 'office');
    liaison = await as(t, 'liaison_commerce');
  }, 120_000);
  afterAll(() => t?.close());

  it('indicator overview and one indicator\'s observations', async () => {
    const { rows } = await compare(office, '/api/indicators', indicatorListXlsx);
    expect(rows.length).toBeGreaterThan(5);
    // Filters pass through: one plan's indicators.
    const planId = (rows as { planId: string | null }[]).find((r) => r.planId)!.planId!;
    const one = await compare(office, '/api/indicators', indicatorListXlsx, `planId=${planId}`);
    expect(one.rows.length).toBeLessThanOrEqual(rows.length);
    // An indicator with data.
    let withData = 0;
    for (const r of rows as { id: string }[]) {
      const obs = await compare(office, '/api/observations', observationListXlsx, `indicatorId=${r.id}`);
      if (obs.rows.length > 0 && ++withData >= 2) break;
    }
    expect(withData).toBeGreaterThan(0);
  }, 120_000);

  it('report board, cycles, supervision notices, evaluation results, corridor months', async () => {
    const reports = await compare(office, '/api/reports', reportListXlsx);
    expect(reports.rows.length).toBeGreaterThan(0);
    await compare(office, '/api/reports', reportListXlsx, 'status=accepted');
    expect((await compare(office, '/api/cycles', cycleListXlsx)).rows.length).toBeGreaterThan(0);
    await compare(office, '/api/supervision/notices', noticeListXlsx);
    await compare(office, '/api/alerts', alertListXlsx, 'status=all');
    const schemes = (await office.get('/api/evaluation/schemes')).json() as { roundId?: string }[];
    let zones = 0;
    for (const s of schemes) if (s.roundId) zones += (await compare(office, `/api/evaluation/rounds/${s.roundId}/results`, resultListXlsx)).rows.length;
    expect(zones).toBeGreaterThan(0);
    const months = await compare(office, '/api/corridor/figures', monthlyFiguresXlsx);
    expect(months.rows.length).toBeGreaterThan(0);
  }, 120_000);

  it("a liaison's export holds only their unit's rows, as their JSON list does", async () => {
    const all = await compare(office, '/api/reports', reportListXlsx);
    const mine = await compare(liaison, '/api/reports', reportListXlsx);
    const unitCol = reportListXlsx.columns.findIndex((c) => c.en === 'Unit');
    const units = new Set(mine.sheet.body.map((r) => r.values[unitCol]));
    expect(mine.sheet.body.length).toBeGreaterThan(0);
    expect([...units]).toEqual(['区商务委']);
    expect(all.sheet.body.some((r) => r.values[unitCol] !== '区商务委')).toBe(true);
    expect(mine.sheet.body.length).toBeLessThan(all.sheet.body.length);
    // Notices: a unit sees those sent to it.
    const notices = await compare(liaison, '/api/supervision/notices', noticeListXlsx);
    const nUnit = noticeListXlsx.columns.findIndex((c) => c.en === 'Unit');
    for (const r of notices.sheet.body) expect(r.values[nUnit]).toBe('区商务委');
    const alerts = await compare(liaison, '/api/alerts', alertListXlsx, 'status=all');
    const aUnit = alertListXlsx.columns.findIndex((c) => c.en === 'Unit');
    for (const r of alerts.sheet.body) expect(r.values[aUnit]).toBe('区商务委');
    // The same access rule: no session, no file; a route the liaison may not call stays closed.
    expect((await t.app.inject({ url: '/api/reports.xlsx' })).statusCode).toBe(401);
  }, 120_000);
});
