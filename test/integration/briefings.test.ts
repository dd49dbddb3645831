// Progress briefings: requested as a background job, made from accepted data only, read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { progressReports } from '../../src/server/db/schema';
import { as, createTestApp, type TestApp } from '../support/harness';
import { renderBriefing } from '../../src/server/briefings/service';
import { pdfToText } from '../../src/server/plans/read-formats';
import { LABELS } from '../../src/contracts/labels';

/** Any code of a status, standing or group enum written as it is (`on_track`, `no_report` …). */
const CODES = new RegExp(`\\b(${[...new Set([...Object.keys(LABELS.indicatorStatus), ...Object.keys(LABELS.taskStanding), ...Object.keys(LABELS.groupStatus)])].join('|')})\\b`);
const zhWords = (m: Record<string, { zh: string }>) => new Set(Object.values(m).map((l) => l.zh));

const YB = 'YB-CORRIDOR-2023';

describe('briefings on pglite', () => {
  let t: TestApp;
  // Seeding the demo takes minutes on a loaded machine (the default 120 s ran out at load 30).
  beforeAll(async () => {
    t = await createTestApp('pglite');
  }, 300_000);
  afterAll(() => t?.close());

  it('a Word briefing reads back with its headings, indicator table, accepted report text and cut-off', async () => {
    // One accepted and one merely submitted report of the period, with texts to find.
    const [acc] = await t.database.db.select({ id: progressReports.id }).from(progressReports).where(and(eq(progressReports.status, 'accepted'), eq(progressReports.period, '2026-10'), eq(progressReports.role, 'lead'))).limit(1);
    await t.database.db.update(progressReports).set({ text: '审核通过的工作甲', coordination: '请求协调乙' }).where(eq(progressReports.id, acc.id));
    const [sub] = await t.database.db.select({ id: progressReports.id }).from(progressReports).where(eq(progressReports.status, 'submitted')).limit(1);
    await t.database.db.update(progressReports).set({ text: '未审核的工作丙', period: '2026-10' }).where(eq(progressReports.id, sub.id));
    const r = await renderBriefing(t.database.db, YB, '2026-10', 'docx', { issuedOn: '2026-11-05' });
    const { value: html } = await mammoth.convertToHtml({ buffer: r.file });
    for (const h of ['一、总体情况', '二、主要指标完成情况', '三、重点任务推进情况', '四、存在的问题和需协调事项', '五、下一步工作']) expect(html).toContain(`<h1>${h}</h1>`);
    expect(html).toMatch(/<h2>（一）完善空铁水公基础设施，融入陆海新通道支线网（[^<]+）<\/h2>/);
    expect(html).toContain('<td><p>机场货邮保障能力</p></td>');
    expect(html).toMatch(/<t[hd]>(<p>)?(<strong>)?进展状态/);
    expect(html).toContain('（数据截至2026年10月31日）');
    expect(html).toContain('2026年11月5日');
    expect(html).toContain('审核通过的工作甲');
    expect(html).toContain('请求协调乙');
    expect(html).not.toContain('未审核的工作丙');
    // Statuses read as the web app words them: the indicator table's 进展状态 column, each group's and task's standing.
    expect(html).not.toMatch(CODES);
    const statusCells = [...html.matchAll(/<td><p>([^<]*)<\/p><\/td>/g)].map((m) => m[1]).filter((c) => zhWords(LABELS.indicatorStatus).has(c));
    expect(statusCells.length).toBe(r.content.indicators.length);
    for (const g of r.content.groups) {
      expect(zhWords(LABELS.groupStatus).has(g.statusLabel), g.statusLabel).toBe(true);
      expect(html).toContain(`（${g.statusLabel}）</h2>`);
      for (const task of g.tasks) expect(zhWords(LABELS.taskStanding).has(task.standingLabel), task.standingLabel).toBe(true);
    }
    expect(r.content.cutOff).toBe('2026-10-31');
    expect(r.notes.bodyFont).toBeTruthy();
    // The same data gives the same input version; a change gives another.
    expect((await renderBriefing(t.database.db, YB, '2026-10', 'docx', { issuedOn: '2026-11-05' })).inputVersion).toBe(r.inputVersion);
    await t.database.db.update(progressReports).set({ text: '审核通过的工作丁' }).where(eq(progressReports.id, acc.id));
    expect((await renderBriefing(t.database.db, YB, '2026-10', 'docx')).inputVersion).not.toBe(r.inputVersion);
  });

  it('an Excel briefing keeps numbers as numbers with formats', async () => {
    const r = await renderBriefing(t.database.db, YB, '2026Q3', 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.file as never);
    const ws = wb.getWorksheet('指标')!;
    expect(ws.getCell('B4').value).toBe('机场货邮保障能力');
    expect(typeof ws.getCell('D4').value).toBe('number');
    expect(ws.getCell('D4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('I3').value).toBe('目标完成度');
    let fractions = 0;
    ws.getColumn(9).eachCell((c, row) => {
      if (row > 3 && typeof c.value === 'number') {
        expect(c.numFmt).toBe('0.0%');
        fractions++;
      }
    });
    expect(fractions).toBeGreaterThan(0);
    // The status column holds the words, not the codes; so do the task sheet's.
    expect(ws.getCell('H3').value).toBe('进展状态');
    const statuses: unknown[] = [];
    ws.getColumn(8).eachCell((c, row) => void (row > 3 && statuses.push(c.value)));
    expect(statuses.length).toBe(r.content.indicators.length);
    for (const v of statuses) expect(zhWords(LABELS.indicatorStatus).has(String(v)), String(v)).toBe(true);
    const tasks = wb.getWorksheet('任务')!;
    tasks.eachRow((row, n) => {
      if (n === 1) return;
      expect(zhWords(LABELS.groupStatus).has(String(row.getCell(2).value)), String(row.getCell(2).value)).toBe(true);
      expect(zhWords(LABELS.taskStanding).has(String(row.getCell(5).value)), String(row.getCell(5).value)).toBe(true);
    });
    expect(r.content.cutOff).toBe('2026-09-30');
  });

  it('a PDF is produced', async () => {
    const r = await renderBriefing(t.database.db, YB, '2026-10', 'pdf');
    expect(r.file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.file.length).toBeGreaterThan(5000);
    expect(r.notes.pdfEngine).toMatch(/libreoffice|chromium/);
  }, 180_000);

  it('the Chromium PDF path (HUBLINE_PDF_ENGINE=chromium, even where LibreOffice is installed) prints the briefing text', async () => {
    const before = process.env.HUBLINE_PDF_ENGINE;
    process.env.HUBLINE_PDF_ENGINE = 'chromium';
    try {
      const r = await renderBriefing(t.database.db, YB, '2026-10', 'pdf', { issuedOn: '2026-11-05' });
      expect(r.notes.pdfEngine).toBe('chromium');
      expect(r.file.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages } = await pdfToText(r.file);
      expect(pages).toBeGreaterThan(1);
      // pdfToText gives the text NFKC-folded (full-width （ → (, and the Kangxi radicals some CJK
      // fonts map ideographs to); the expectations are folded the same way, spaces dropped.
      const flat = text.replace(/\s+/g, '');
      const fold = (x: string) => x.normalize('NFKC').replace(/\s+/g, '');
      expect(flat).toContain(fold(r.content.title));
      for (const h of ['一、总体情况', '二、主要指标完成情况', '三、重点任务推进情况', '四、存在的问题和需协调事项', '五、下一步工作']) expect(flat).toContain(fold(h));
      // The indicator table: each name's first line (a cell wraps, and the text runs row by row).
      expect(r.content.indicators.length).toBeGreaterThan(3);
      for (const ind of r.content.indicators) expect(flat).toContain(fold(ind.name).slice(0, 4));
      // The table's header row is not broken into single characters (序/号, 单/位).
      expect(flat).toMatch(/序号指标单位最新值/);
      expect(flat).toContain(fold('（数据截至2026年10月31日）'));
      expect(flat).toContain('2026年11月5日');
      // The page numbers of the 公文 footer.
      expect(flat).toMatch(/—1—/);
    } finally {
      if (before === undefined) delete process.env.HUBLINE_PDF_ENGINE;
      else process.env.HUBLINE_PDF_ENGINE = before;
    }
  }, 180_000);

  it('POST /api/briefings queues a job, the list shows its input version, the file downloads; only those who oversee', async () => {
    const office = await as(t, 'office');
    const res = await office.post('/api/briefings', { planCode: YB, period: '2026-10', format: 'docx' });
    expect(res.statusCode).toBe(202);
    const id = res.json().id;
    await expect.poll(async () => (await office.get(`/api/briefings/${id}`)).json().status, { timeout: 60_000 }).toBe('done');
    const list = (await office.get('/api/briefings')).json();
    expect(list.find((b: { id: string }) => b.id === id).inputVersion).toMatch(/^[0-9a-f]{16}$/);
    const file = await office.get(`/api/briefings/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/wordprocessingml/);
    const leader = await as(t, 'leader');
    expect((await leader.get(`/api/briefings/${id}/file`)).statusCode).toBe(200);
    expect((await leader.post('/api/briefings', { planCode: YB, period: '2026-10' })).statusCode).toBe(403);
    const liaison = await as(t, 'liaison_commerce');
    expect((await liaison.get('/api/briefings')).statusCode).toBe(403);
    expect((await liaison.get(`/api/briefings/${id}/file`)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/briefings/${id}/file` })).statusCode).toBe(401);
    expect((await office.post('/api/briefings', { planCode: YB, period: '2026-13' })).statusCode).toBe(400);
  }, 120_000);
});
