// 适老化 large-text mode: the header switch makes the text larger, is remembered, and the main
// pages keep their layout on a common office screen (1366×768): nothing of the main content
// pushed off the side, no serious axe finding. Screenshots in test-results/large-text-*.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { audit, inBrowser, settle, useHubline } from './a11y-support';
import { requireBrowser, screenshot } from './helpers';

const PAGES = [
  '/indicators/overview',
  '/indicators/entry',
  '/indicators/review',
  '/plans/list',
  '/delivery/todo',
  '/delivery/tasks',
  '/delivery/cycles',
  '/supervision/board',
  '/supervision/alerts',
  '/evaluation/board',
  '/evaluation/results',
  '/corridor/figures',
  '/corridor/ledger',
];

/** How far the page, and the main content area, reach beyond their own width (px; 0 when nothing overflows). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main')!;
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      main: main.scrollWidth - main.clientWidth,
    };
  });
}

describe('large-text mode (适老化)', () => {
  const hub = useHubline();

  it('larger text, remembered, and the main pages survive at 1366×768', { timeout: 600_000 }, async (ctx) => {
    requireBrowser(ctx);
    await inBrowser(hub(), 'office', async (page) => {
      await page.goto('/indicators/overview');
      await settle(page);
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.ant-table-cell') ?? document.body).fontSize));
      const normal = await size();
      await page.getByTestId('large-text').click();
      await expect.poll(size).toBeGreaterThan(normal * 1.2);
      await page.reload();
      await settle(page);
      expect(await page.getByTestId('large-text').getAttribute('aria-pressed')).toBe('true');
      expect(await size()).toBeGreaterThan(normal * 1.2);

      const problems: Record<string, unknown> = {};
      for (const path of PAGES) {
        await page.goto(path);
        await settle(page);
        const o = await overflow(page);
        const f = await audit(page);
        if (o.page > 0 || o.main > 0 || f.length) problems[path] = { overflow: o, axe: f };
        await screenshot(page, `large-text${path.replaceAll('/', '-')}`);
      }
      // A detail page too: the indicator with its chart and tables.
      await page.goto('/indicators/overview');
      await settle(page);
      await page.getByTestId('indicator-link').first().click();
      await page.getByTestId('indicator-detail').waitFor();
      await settle(page);
      const o = await overflow(page);
      if (o.page > 0 || o.main > 0) problems['indicator detail'] = { overflow: o };
      await screenshot(page, 'large-text-indicator-detail');
      expect(problems).toEqual({});
    }, { width: 1366, height: 768 });
  });
});
