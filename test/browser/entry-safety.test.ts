// What a liaison of 区商务委 runs into in the first week of entering data (issue 17): a typo in
// an uploaded period, approved data that an upload must not touch, a revision made on purpose
// and then abandoned. Real server, real database, real Chromium, a real xlsx file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, startHubline, type Hubline } from './helpers';

// 经陆海新通道货运量增长率 (%), monthly (1月至当月累计), owned by 区商务委; the demo data has every month up to last year accepted.
const CODE = 'YB-CORRIDOR-2023-4';
const YEAR = new Date().getFullYear();
const LAST = YEAR - 1;

/** Downloads the entry page's template, lets `edit` change it, uploads it; returns the page's answer. */
async function roundTrip(page: Page, dir: string, edit: (ws: ExcelJS.Worksheet, col: (name: string) => number) => number) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
  const file = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('填报数据')!;
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rowNumber = edit(ws, (name) => header.indexOf(name));
  await wb.xlsx.writeFile(file);
  await page.locator('input[type="file"]').setInputFiles(file);
  return rowNumber;
}

/** What the server holds for one period of the indicator (the page's own session asks). */
async function stored(page: Page, period: string, code = CODE) {
  const list = (await (await page.request.get(`/api/indicators`)).json()) as { id: string; code: string }[];
  const id = list.find((i) => i.code === code)!.id;
  const obs = (await (await page.request.get(`/api/observations?indicatorId=${id}`)).json()) as { period: string; value: number; status: string }[];
  return obs.find((o) => o.period === period);
}

describe('entering data safely', () => {
  let hub: Hubline | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubline-entry-safety-'));
    if (browserMissing()) return;
    hub = await startHubline();
  });

  afterAll(async () => {
    await hub?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`"I typed ${LAST}-02 instead of ${YEAR}-02 in my ${YEAR} upload": the row is refused as outside ${YEAR}, and the approved ${LAST} value is untouched`, async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub!.url);
    try {
      await login(page, 'liaison_commerce');
      await page.goto(`/indicators/entry?year=${YEAR}`);
      await page.getByTestId('entry-table').locator('tr', { hasText: CODE }).first().waitFor();
      const before = await stored(page, `${LAST}-02`);
      expect(before?.status).toBe('accepted');

      const row = await roundTrip(page, dir, (ws, col) => {
        let at = 0;
        ws.eachRow((r, n) => {
          if (n > 1 && r.getCell(col('指标编码')).text === CODE && r.getCell(col('期间')).text === `${YEAR}-02`) {
            r.getCell(col('期间')).value = `${LAST}-02`; // the typo
            r.getCell(col('填报值')).value = 31000;
            at = n;
          }
        });
        expect(at).toBeGreaterThan(1);
        return at;
      });
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const text = await errors.innerText();
      expect(text).toContain(`不在正在填报的 ${YEAR} 年内`);
      expect(text).toContain(String(row)); // the row is named
      expect(text).not.toContain('修改原因');
      // Nothing changed: the last year's value is still the accepted one, no draft beside it.
      expect(await stored(page, `${LAST}-02`)).toEqual(before);
    } finally {
      await close();
    }
  });

  it('"my upload must not change approved figures; I revise one on purpose with a reason, then change my mind and get the approved value back"', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub!.url);
    try {
      await login(page, 'liaison_commerce');
      // The year lives in the URL: the link opens last year's entry directly.
      await page.goto(`/indicators/entry?year=${LAST}`);
      const table = page.getByTestId('entry-table');
      await table.locator('tr', { hasText: CODE }).first().waitFor();
      const before = (await stored(page, `${LAST}-03`))!;
      expect(before.status).toBe('accepted');
      // A plausible revision of a growth rate (indicator 4 is in %): one point more.
      const revised = Math.round((before.value + 1) * 10) / 10;

      // An upload with a changed approved value is refused, naming why; nothing is saved.
      await roundTrip(page, dir, (ws, col) => {
        let at = 0;
        ws.eachRow((r, n) => {
          if (n > 1 && r.getCell(col('指标编码')).text === CODE && r.getCell(col('期间')).text === `${LAST}-03`) {
            r.getCell(col('填报值')).value = revised;
            r.getCell(col('说明')).value = '统计局修订';
            at = n;
          }
        });
        return at;
      });
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      expect(await errors.innerText()).toContain('上传文件不会修改已审批的数据');
      expect(await stored(page, `${LAST}-03`)).toEqual(before);

      // Revising is its own screen: the value, a reason, a confirmation.
      await page.getByTestId(`revise-${CODE}-${LAST}-03`).click();
      const panel = page.getByTestId('revise-panel');
      await panel.waitFor();
      expect(page.url()).toContain('revise=');
      await panel.getByTestId('revise-value').fill(String(revised));
      expect(await panel.getByTestId('revise-save').isDisabled()).toBe(true); // no reason yet
      await panel.getByTestId('revise-reason').fill('统计局年报修订');
      await panel.getByTestId('revise-save').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await panel.waitFor({ state: 'detached' });
      await expect.poll(async () => (await stored(page, `${LAST}-03`))?.status).toBe('draft');

      // Changing my mind: discard the draft; the accepted value comes back.
      const row = table.locator('.ant-table-row', { has: page.getByTestId(`value-${CODE}-${LAST}-03`) });
      await row.locator('.ant-checkbox-input').check();
      await page.getByTestId('discard-selected').click();
      await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
      await expect.poll(async () => (await stored(page, `${LAST}-03`))?.status).toBe('accepted');
      expect((await stored(page, `${LAST}-03`))?.value).toBe(before.value);
      await page.getByTestId(`revise-${CODE}-${LAST}-03`).waitFor();
    } finally {
      await close();
    }
  });
});
