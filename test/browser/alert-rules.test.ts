// 预警规则 (supervision → rules) in Chromium: the office changes a threshold and a switch, saves,
// and a reload shows what was saved; a page read before someone else saved gets the 409 message
// (naming the version) and keeps its edits, and saves once reloaded. A leader reads the rules only.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, send, startHubline, type Hubline } from './helpers';

type Rules = { version: number; report_late: { enabled: boolean; redAfterDays: number }; task_stalled: { enabled: boolean; stalledCycles: number; redCycles: number } };

const rulesOf = async (page: Page) => (await (await page.request.get('/api/alerts/rules')).json()) as Rules;
// antd puts the test id on the <input> itself or on a wrapper, depending on the addon.
const input = (page: Page, id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

describe('alert rules page', () => {
  let hub: Hubline | undefined;
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline();
  });
  afterAll(async () => hub?.stop());

  it('saves a threshold and a switch, shows them after a reload, and answers a stale save with the 409 message', async (ctx) => {
    requireBrowser(ctx);
    const s = await openBrowser(hub!.url);
    try {
      const { page } = s;
      await login(page, 'office');
      await page.goto('/supervision/rules');
      await page.getByRole('heading', { name: '预警规则' }).waitFor();
      const before = await rulesOf(page);
      const days = before.report_late.redAfterDays + 3;
      await expect.poll(() => input(page, 'rule-report_late-redAfterDays').inputValue()).toBe(String(before.report_late.redAfterDays));
      await expect(page.getByTestId('rules-save').isDisabled()).resolves.toBe(true);

      await input(page, 'rule-report_late-redAfterDays').fill(String(days));
      await page.getByTestId('rule-task_stalled-enabled').click();
      await page.getByTestId('rules-save').click();
      await page.locator('.ant-message-notice').filter({ hasText: '已保存，预警已重算' }).waitFor();
      const saved = await rulesOf(page);
      expect(saved.report_late.redAfterDays).toBe(days);
      expect(saved.task_stalled.enabled).toBe(!before.task_stalled.enabled);
      expect(saved.version).toBe(before.version + 1);

      await page.reload();
      await page.getByRole('heading', { name: '预警规则' }).waitFor();
      await expect.poll(() => input(page, 'rule-report_late-redAfterDays').inputValue()).toBe(String(days));
      await expect.poll(() => page.getByTestId('rule-task_stalled-enabled').getAttribute('aria-checked')).toBe(String(!before.task_stalled.enabled));
      await screenshot(page, 'alert-rules-saved');

      // Someone else saves while this page holds the version it read: its save is refused by name.
      const other = await send(page, 'PUT', '/api/alerts/rules', { version: saved.version, report_late: { ...saved.report_late, redAfterDays: days + 1 } });
      expect(other.status, other.body).toBe(200);
      await input(page, 'rule-task_stalled-stalledCycles').fill(String(saved.task_stalled.stalledCycles + 1));
      await page.getByTestId('rules-save').click();
      const refused = page.locator('.ant-message-notice').filter({ hasText: '该记录已被他人修改' });
      await refused.waitFor();
      expect(await refused.innerText()).toContain(`当前版本 ${saved.version + 1}`);
      await screenshot(page, 'alert-rules-stale');
      // Nothing of the refused save was written; the page keeps the edit for the user to redo.
      const after = await rulesOf(page);
      expect(after.task_stalled.stalledCycles).toBe(saved.task_stalled.stalledCycles);
      expect(after.report_late.redAfterDays).toBe(days + 1);
      expect(await input(page, 'rule-task_stalled-stalledCycles').inputValue()).toBe(String(saved.task_stalled.stalledCycles + 1));

      // Reloaded, the page shows the other save and saves again.
      await page.reload();
      await page.getByRole('heading', { name: '预警规则' }).waitFor();
      await expect.poll(() => input(page, 'rule-report_late-redAfterDays').inputValue()).toBe(String(days + 1));
      await input(page, 'rule-task_stalled-stalledCycles').fill(String(saved.task_stalled.stalledCycles + 1));
      await page.getByTestId('rules-save').click();
      await page.locator('.ant-message-notice').filter({ hasText: '已保存，预警已重算' }).waitFor();
      expect((await rulesOf(page)).task_stalled.stalledCycles).toBe(saved.task_stalled.stalledCycles + 1);
    } finally {
      await s.close();
    }
  });

  it('a leader reads the rules and cannot change them', async (ctx) => {
    requireBrowser(ctx);
    const s = await openBrowser(hub!.url);
    try {
      const { page } = s;
      await login(page, 'leader');
      await page.goto('/supervision/rules');
      await page.getByRole('heading', { name: '预警规则' }).waitFor();
      await expect.poll(() => input(page, 'rule-report_late-redAfterDays').isDisabled()).toBe(true);
      expect(await page.getByTestId('rules-save').count()).toBe(0);
    } finally {
      await s.close();
    }
  });
});
