// The office imports a policy document as an office would: paste, review beside the source,
// confirm an unknown unit, commit; then a liaison sees only their unit's tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ADMIN_PASSWORD, browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
// A new plan of its own (new title and number) in which task 1 names a unit nobody knows yet.
const DOC = SEED.replaceAll('渝北区深入推进西部陆海', '渝北区浏览器导入西部陆海')
  .replace('渝北府办发〔2023〕36号', '渝北府办发〔2024〕88号')
  .replace('区交通局、区商务委、临空经济示范区公司，重庆机场集团相关单位、机场海关等', '区交通局、区口岸服务中心');

describe('plans from documents in the browser', () => {
  let hub: Hubline | undefined;
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline({ HUBLINE_ADMIN_PASSWORD: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('office: paste, review with the source highlighted, confirm a new unit, commit', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'office');
      await page.goto(`${hub!.url}/plans/import`);
      await page.getByTestId('import-text').fill(DOC);
      await page.getByRole('button', { name: '开始识别' }).click();
      const tasks = page.getByTestId('review-task');
      await expect.poll(() => tasks.count(), { timeout: 20_000 }).toBe(22);

      // Clicking a task highlights its own text in the source.
      await tasks.nth(2).click();
      await expect.poll(() => page.getByTestId('source-highlight').innerText()).toContain('推动洛碛港、洛碛物流城建设');
      await screenshot(page, 'plans-import-review');

      await page.getByRole('tab', { name: /单位确认/ }).click();
      const decision = page.getByTestId('unit-decision').filter({ hasText: '区口岸服务中心' });
      await decision.waitFor();
      await page.getByTestId('commit-import').click();
      await page.getByText('导入完成').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: '查看计划' }).click();
      await expect.poll(() => page.getByTestId('plan-title').innerText()).toBe('渝北区浏览器导入西部陆海新通道建设工作方案');
      const first = page.getByTestId('plan-task').first();
      await expect.poll(() => first.innerText()).toContain('区口岸服务中心');
      await screenshot(page, 'plans-detail');
    } finally {
      await b.close();
    }
  });

  it('liaison: sees only the tasks of their own unit, and no import', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'liaison_transport');
      await page.goto(`${hub!.url}/plans/list`);
      await page.getByText('渝北区深入推进西部陆海新通道建设工作方案').first().click();
      const tasks = page.getByTestId('plan-task');
      await expect.poll(() => tasks.count()).toBeGreaterThan(0);
      const texts = await tasks.allInnerTexts();
      expect(texts.length).toBeLessThan(22);
      for (const text of texts) expect(text).toContain('区交通局');
      expect(await page.getByRole('button', { name: '导入文件' }).count()).toBe(0);
    } finally {
      await b.close();
    }
  });
});
