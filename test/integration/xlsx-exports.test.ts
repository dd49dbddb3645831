// Every table screen's Excel export (`GET <list>.xlsx`, src/server/core/xlsx-route.ts) holds the
// rows its JSON list gives the same caller: same filters, same unit scoping, numbers as numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { columnValue, type XlsxExport } from '../../src/server/core/xlsx-route';
import { LABELS, type LabelMap } from '../../src/contracts/labels';
import { indicatorListXlsx, observationListXlsx } from '../../src/server/indicators/xlsx';
import { cycleListXlsx, reportListXlsx } from '../../src/server/delivery/xlsx';
import { alertListXlsx, noticeListXlsx } from '../../src/server/supervision/xlsx';
import { resultListXlsx } from '../../src/server/evaluation/xlsx';
import { monthlyFiguresXlsx } from '../../src/server/corridor/xlsx';
import { taskListXlsx } from '../../src/server/plans/xlsx';

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
/** What a column shows for a JSON row: the same normalisation as the sheet (dates as days, codes as words). */
const expected = (spec: XlsxExport, row: unknown, lang: 'zh-CN' | 'en' = 'en'): Cell[] =>
  spec.columns.map((c) => {
    const v = columnValue(c, lang)(row);
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
    // Days are date cells (sortable, filterable as dates), not text.
    if (c.kind === 'date')
      for (const r of sheet.body) if (r.values[i] !== null) {
        expect(r.values[i], `${url} ${c.en}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.formats[i], `${url} ${c.en}`).toBe('yyyy-mm-dd');
      }
  });
  // The dates the lists give as days are written as dates.
  for (const name of ['Due', 'Opens', 'Escalated', 'Since', 'Issued']) {
    const c = spec.columns.find((x) => x.en === name);
    if (c) expect(c.kind, `${url} ${name}`).toBe('date');
  }
  return { rows, sheet };
}

/** The Chinese export (the default) of a list, read back: `col(zh)` gives the non-empty cells of the column headed `zh`. */
async function chineseSheet(who: Client, url: string, spec: XlsxExport, query = '') {
  const file = await who.get(`${url}.xlsx${query ? `?${query}` : ''}`);
  expect(file.statusCode, `${url}.xlsx: ${file.body.slice(0, 300)}`).toBe(200);
  const sheet = await sheetOf(file.rawPayload);
  return (zh: string) => {
    const i = sheet.header.indexOf(zh);
    expect(i, `${url}.xlsx has a column ${zh}: ${sheet.header.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(spec.columns[i].zh).toBe(zh);
    return sheet.body.map((r) => r.values[i]).filter((v): v is string => v !== null);
  };
}
/** Every cell is one of the map's Chinese words (what the web app shows), never a code like `on_track`. */
function allChinese(cells: string[], map: LabelMap, what: string) {
  const words = new Set(Object.values(map).map((l) => l.zh));
  expect(cells.length, `${what}: some rows`).toBeGreaterThan(0);
  for (const c of cells) {
    expect(c, `${what}: ${c}`).not.toMatch(/^[a-z_]+$/);
    expect(words.has(c), `${what}: ${c} is not one of ${[...words].join('、')}`).toBe(true);
  }
}

describe.each(engines())('Excel exports of the table screens (%s)', (engine) => {
  let t: TestApp;
  let office: Client;
  let liaison: Client;
  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await as(t, 'office');
    liaison = await as(t, 'liaison_commerce');
  }, 300_000);
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
  }, 300_000);

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
  }, 300_000);

  it('the Chinese exports show statuses, roles, levels and grades as the web app words them, not as codes', async () => {
    allChinese((await chineseSheet(office, '/api/indicators', indicatorListXlsx))('进展状态'), LABELS.indicatorStatus, 'indicators');
    const reports = await chineseSheet(office, '/api/reports', reportListXlsx);
    allChinese(reports('状态'), LABELS.reportState, 'report status');
    allChinese(reports('角色'), LABELS.assignmentRole, 'report role');
    allChinese(reports('进度'), LABELS.taskProgress, 'report progress');
    expect(new Set(reports('角色'))).toEqual(new Set(['牵头', '配合']));
    const cycles = await chineseSheet(office, '/api/cycles', cycleListXlsx);
    allChinese(cycles('频次'), LABELS.frequency, 'cycle frequency');
    allChinese(cycles('状态'), LABELS.reportState, 'cycle status');
    const alerts = await chineseSheet(office, '/api/alerts', alertListXlsx, 'status=all');
    allChinese(alerts('级别'), LABELS.alertLevel, 'alert level');
    allChinese(alerts('类型'), LABELS.alertKind, 'alert kind');
    allChinese(alerts('状态'), LABELS.alertState, 'alert status');
    const notices = await chineseSheet(office, '/api/supervision/notices', noticeListXlsx);
    if (notices('督办级别').length) {
      allChinese(notices('督办级别'), LABELS.noticeLevel, 'notice level');
      allChinese(notices('状态'), LABELS.noticeState, 'notice status');
      allChinese(notices('来源'), LABELS.noticeSource, 'notice source');
    }
    // One indicator's observations: their approval state and source.
    const rows = (await office.get('/api/indicators')).json() as { id: string }[];
    let withData: string | null = null;
    for (const r of rows) {
      const obs = await chineseSheet(office, '/api/observations', observationListXlsx, `indicatorId=${r.id}`);
      if (!obs('状态').length) continue;
      allChinese(obs('状态'), LABELS.observationState, 'observation state');
      allChinese(obs('来源'), LABELS.observationSource, 'observation source');
      withData = r.id;
      break;
    }
    expect(withData).not.toBeNull();
    // One indicator's own workbook (/api/indicators/:id/export.xlsx): target kinds, statuses, states, sources in words.
    const one = await office.get(`/api/indicators/${withData}/export.xlsx`);
    expect(one.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(one.rawPayload as never);
    const cells: Record<string, string[]> = { target: [], status: [], state: [], source: [] };
    let inData = false;
    wb.worksheets[0].eachRow((row) => {
      const first = String(row.getCell(1).value ?? '');
      if (first.startsWith('目标 ')) cells.target.push(String(row.getCell(2).value));
      else if (first.startsWith('进展状态')) cells.status.push(String(row.getCell(3).value));
      else if (first.startsWith('区域')) inData = true;
      else if (inData) {
        cells.state.push(String(row.getCell(4).value));
        cells.source.push(String(row.getCell(5).value));
        if (typeof row.getCell(3).value === 'number') expect(row.getCell(3).numFmt).toBe('#,##0.00');
      }
    });
    allChinese(cells.target, LABELS.targetKind, 'target kind');
    allChinese(cells.status, LABELS.indicatorStatus, 'indicator workbook status');
    allChinese(cells.state, LABELS.observationState, 'indicator workbook state');
    allChinese(cells.source, LABELS.observationSource, 'indicator workbook source');
    // Evaluation results: the grade as a word, the group by its name in the scheme (not its id).
    const schemes = (await office.get('/api/evaluation/schemes')).json() as { roundId?: string }[];
    let graded = 0;
    for (const s of schemes) {
      if (!s.roundId) continue;
      const results = await chineseSheet(office, `/api/evaluation/rounds/${s.roundId}/results`, resultListXlsx);
      if (results('等次').length) {
        allChinese(results('等次'), LABELS.grade, 'grade');
        graded++;
      }
      for (const g of results('分组')) expect(g).not.toMatch(/^[a-z_]+$/);
      allChinese(results('评优资格'), LABELS.yesNo, 'eligible');
    }
    expect(graded).toBeGreaterThan(0);
  }, 300_000);

  it("a plan's task list: every task with its units, kinds and statuses in words, deadlines as date cells, the page's filters, a liaison's share only", async () => {
    const plans = (await office.get('/api/plans')).json() as { id: string; code: string; taskCount: number }[];
    const plan = plans.find((p) => p.code === 'YB-CORRIDOR-2023')!;
    // Seed 000 words no deadline as a date: the office gives one task two, and starts it.
    const detail = (await office.get(`/api/plans/${plan.id}`)).json() as { tasks: { id: string; version: number }[] };
    const task = detail.tasks[0];
    const deadlines = [{ text: '2025年底前', date: '2025-12-31' }, { text: '2024年6月底前', date: '2024-06-30' }];
    expect((await office.patch(`/api/tasks/${task.id}`, { deadlines, status: 'in_progress', version: task.version })).statusCode).toBe(200);
    const all = await compare(office, `/api/plans/${plan.id}/tasks`, taskListXlsx);
    expect(all.rows.length).toBe(plan.taskCount);
    const due = taskListXlsx.columns.findIndex((c) => c.en === 'Due');
    const row = all.rows.findIndex((r) => (r as { id: string }).id === task.id);
    // The earliest dated deadline, as a date cell (compare() checks the format); both as worded.
    expect(all.sheet.body[row].values[due]).toBe('2024-06-30');
    expect(all.sheet.body[row].values[taskListXlsx.columns.findIndex((c) => c.en === 'Deadline')]).toBe('2025年底前；2024年6月底前');
    expect(all.sheet.body[row].values[taskListXlsx.columns.findIndex((c) => c.en === 'Status')]).toBe('In progress');
    const lead = taskListXlsx.columns.findIndex((c) => c.en === 'Lead units');
    expect(all.sheet.body.every((r) => typeof r.values[lead] === 'string' && r.values[lead] !== '')).toBe(true);
    // Chinese: the kinds and statuses as the plan page words them.
    const zh = await chineseSheet(office, `/api/plans/${plan.id}/tasks`, taskListXlsx);
    allChinese(zh('类型'), LABELS.taskKind, 'task kind');
    allChinese(zh('状态'), LABELS.taskStatus, 'task status');
    expect(zh('状态')).toContain('推进中');
    expect(zh('所属章节').some((s) => s.includes('、'))).toBe(true);
    // The filters of the page pass through to the file.
    const safeguards = await compare(office, `/api/plans/${plan.id}/tasks`, taskListXlsx, 'kind=safeguard');
    expect(safeguards.rows.length).toBeLessThan(all.rows.length);
    for (const r of safeguards.rows as { kind: string }[]) expect(r.kind).toBe('safeguard');
    const mine = await compare(liaison, `/api/plans/${plan.id}/tasks`, taskListXlsx);
    const unitId = ((await liaison.get('/api/auth/me')).json() as { user: { unitId: string } }).user.unitId;
    const led = await compare(office, `/api/plans/${plan.id}/tasks`, taskListXlsx, `unitId=${unitId}&leadOnly=true`);
    const shared = await compare(office, `/api/plans/${plan.id}/tasks`, taskListXlsx, `unitId=${unitId}`);
    expect(led.rows.length).toBeGreaterThan(0);
    expect(led.rows.length).toBeLessThan(shared.rows.length);
    for (const r of led.rows as { leadUnits: string[] }[]) expect(r.leadUnits).toContain('区商务委');
    // A liaison's file holds their unit's tasks only (as the plan detail shows them), no other.
    expect(mine.rows.length).toBe(shared.rows.length);
    expect(mine.rows.length).toBeLessThan(all.rows.length);
    const supp = taskListXlsx.columns.findIndex((c) => c.en === 'Supporting units');
    for (const r of mine.sheet.body) expect(`${r.values[lead]}、${r.values[supp] ?? ''}`).toContain('区商务委');
    // Same access rule as the JSON list: no session, no file; an unknown plan is a 404, not an empty file.
    expect((await t.app.inject({ url: `/api/plans/${plan.id}/tasks.xlsx` })).statusCode).toBe(401);
    expect((await office.get('/api/plans/00000000-0000-4000-8000-000000000000/tasks.xlsx')).statusCode).toBe(404);
  }, 300_000);

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
  }, 300_000);
});
