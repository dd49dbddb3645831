// The office imports a policy document as an office would: paste, review beside the source,
// confirm an unknown unit, commit; re-imports a revised text and applies the changes it
// accepts; a liaison sees only their unit's tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ADMIN_PASSWORD, browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
// A new plan of its own (new title and number) in which task 1 names a unit nobody knows yet.
const DOC = SEED.replaceAll('渝北区深入推进西部陆海', '渝北区浏览器导入西部陆海')
  .replace('渝北府办发〔2023〕36号', '渝北府办发〔2024〕88号')
  .replace('区交通局、区商务委、临空经济示范区公司，重庆机场集团相关单位、机场海关等', '区交通局、区口岸服务中心');
// The seed plan again (same number), task 1 reworded: a revision of the plan already on file.
const REVISED = SEED.replace('积极推进江北国际机场T3B航站楼及第四跑道工程按期建成投用', '全力推进江北国际机场T3B航站楼及第四跑道工程建设，确保2025年底前建成投用');

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
      await page.goto(`${hub!.url}/plans/list`);
      await page.getByRole('button', { name: '导入文件' }).click();
      await page.getByRole('tab', { name: '粘贴文本' }).click();
      await page.getByTestId('import-text').fill(DOC);
      await page.getByRole('button', { name: '开始识别' }).click();
      const tasks = page.getByTestId('review-task');
      await expect.poll(() => tasks.count(), { timeout: 20_000 }).toBe(22);

      // Clicking a task highlights its own text in the source, scrolled into view.
      await tasks.nth(2).click();
      const mark = page.getByTestId('source-highlight');
      await expect.poll(() => mark.innerText()).toContain('推动洛碛港、洛碛物流城建设');
      await expect.poll(() => mark.isVisible()).toBe(true);
      // The unknown unit is flagged where it is named.
      await expect.poll(() => tasks.nth(0).locator('.hl-plans-unknown-mark').count()).toBe(1);
      await screenshot(page, 'plans-import-review');

      // The unknown unit is confirmed as a new district department.
      await page.getByRole('tab', { name: /单位确认/ }).click();
      const decision = page.getByTestId('unit-decision').filter({ hasText: '区口岸服务中心' });
      await decision.waitFor();
      await decision.getByTestId('unit-type').click();
      await page.locator('.ant-select-item-option').filter({ hasText: /^区级部门/ }).click();
      await expect.poll(() => decision.getByTestId('unit-type').innerText()).toContain('区级部门');

      // Indicators no task names have no responsible unit yet: the office commits them so, explicitly (issue 17).
      await page.getByRole('tab', { name: /指标/ }).click();
      const ownerless = page.getByTestId('indicator-ownerless');
      await expect.poll(() => ownerless.count()).toBeGreaterThan(0);
      expect(await page.getByTestId('commit-import').isDisabled()).toBe(true);
      for (const box of await ownerless.all()) await box.click();
      await expect.poll(() => page.getByTestId('commit-import').isDisabled()).toBe(false);

      await page.getByTestId('commit-import').click();
      await page.getByText('导入完成').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: '查看计划' }).click();
      await expect.poll(() => page.getByTestId('plan-title').innerText()).toBe('渝北区浏览器导入西部陆海新通道建设工作方案');
      await expect.poll(() => page.getByTestId('plan-task').count()).toBe(22);
      const first = page.getByTestId('plan-task').first();
      await expect.poll(() => first.innerText()).toContain('区口岸服务中心');
      await expect.poll(() => first.locator('.hl-plans-unit-lead').innerText()).toContain('区交通局');
      await expect.poll(() => page.getByText('渝北府办发〔2024〕88号').count()).toBe(1);
      // The "imported" toast would sit over the plan's title in the picture.
      await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
      await screenshot(page, 'plans-detail');

      // The new unit is in the unit list now, with the type chosen.
      const units = await page.evaluate(() => fetch('/api/units').then((r) => r.json() as Promise<{ name: string; type: string }[]>));
      expect(units.find((u) => u.name === '区口岸服务中心')?.type).toBe('department');
    } finally {
      await b.close();
    }
  });

  it('office: a revised text lists its changes and applies the ticked ones', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'office');
      await page.goto(`${hub!.url}/plans/import`);
      await page.getByRole('tab', { name: '粘贴文本' }).click();
      await page.getByTestId('import-text').fill(REVISED);
      await page.getByRole('button', { name: '开始识别' }).click();
      await page.getByText('的修订稿').waitFor({ timeout: 20_000 });
      const changes = page.getByTestId('plan-change');
      await expect.poll(() => changes.count()).toBe(1);
      await expect.poll(() => changes.first().getByTestId('diff-new').locator('ins').allInnerTexts()).toContain('全力');
      await page.getByTestId('commit-import').click();
      await page.getByText('修订已应用').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: '查看计划' }).click();
      const first = page.getByTestId('plan-task').first();
      await first.getByRole('button', { name: /全文/ }).click();
      await expect.poll(() => first.innerText()).toContain('确保2025年底前建成投用');
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
      // The seed plan's row: plans imported by the tests before this one come first in the list.
      const seedRow = page.locator('tr', { hasText: '渝北区深入推进西部陆海新通道建设工作方案' }).first();
      await expect.poll(() => seedRow.getByTestId('my-task-count').innerText(), { timeout: 15_000 }).toMatch(/本单位任务 [1-9]\d* 项/);
      await page.getByText('渝北区深入推进西部陆海新通道建设工作方案').first().click();
      const tasks = page.getByTestId('plan-task');
      await expect.poll(() => tasks.count()).toBeGreaterThan(0);
      const texts = await tasks.allInnerTexts();
      expect(texts.length).toBeLessThan(22);
      for (const text of texts) expect(text).toContain('区交通局');
      expect(await page.getByRole('button', { name: '导入文件' }).count()).toBe(0);
      expect(await page.getByTestId('edit-task').count()).toBe(0);
    } finally {
      await b.close();
    }
  });
});
