// The briefings page as the office and a leader use it: real server, demo data, real Chromium.
// The office requests a Word briefing, watches the job finish and downloads it; the leader reads
// the list and downloads, without the request form; a liaison has no such page.
import { describe, expect, it } from 'vitest';
import { login, openBrowser, requireBrowser, screenshot, useHubline } from './helpers';

describe('briefings page', () => {
  const hub = useHubline();

  it('the office requests a briefing, sees it done and downloads it; a leader downloads only', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const { page } = b;
      await login(page, 'office');
      await page.locator('.hl-menu').getByText('推进情况报告', { exact: true }).click();
      await page.waitForURL('**/briefings');
      await page.getByTestId('briefing-form').waitFor();
      // Quarterly, Word.
      await page.getByTestId('briefing-form').getByText('季报', { exact: true }).click();
      await page.getByTestId('briefing-quarter').waitFor();
      const period = await page.getByTestId('briefing-quarter').innerText();
      expect(period).toMatch(/^\d{4}Q[1-4]$/);
      await page.getByTestId('briefing-submit').click();
      // The job runs in the background; the list polls until it is done.
      const list = page.getByTestId('briefing-list');
      await expect.poll(() => list.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const row = list.locator('tbody tr').filter({ hasText: period.trim() }).first();
      await expect.poll(() => row.innerText(), { timeout: 120_000 }).toContain('已完成');
      expect(await row.innerText()).toContain('Word');
      await screenshot(page, 'briefings-office');
      const href = await row.getByRole('link').first().getAttribute('href');
      expect(href).toMatch(/^\/api\/briefings\/[0-9a-f-]+\/file$/);
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain('wordprocessingml');
      expect((await file.body()).subarray(0, 2).toString('latin1')).toBe('PK');

      await page.context().clearCookies();
      await login(page, 'leader');
      await page.goto('/briefings');
      await page.getByTestId('briefing-list').waitFor();
      await expect.poll(() => page.getByTestId('briefing-list').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('briefing-form').count()).toBe(0);
      expect((await page.request.get(href!)).status()).toBe(200);

      await page.context().clearCookies();
      await login(page, 'liaison_commerce');
      expect(await page.locator('.hl-menu').getByText('推进情况报告', { exact: true }).count()).toBe(0);
    } finally {
      await b.close();
    }
  });
});
