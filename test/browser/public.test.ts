// The public portal in a real Chromium: readable with JavaScript off (the indicator table is
// there), the chart drawn with it on, no serious or critical axe findings, and its scripts
// well under the 200 KB (gzipped) budget.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { audit } from './a11y-support';
import { openBrowser, requireBrowser, screenshot, useHubline } from './helpers';

const YB = 'YB-CORRIDOR-2023';
const PAGES = ['/public', `/public/plans/${YB}`, `/public/indicators/${YB}-4`, '/public/en', `/public/en/plans/${YB}`, `/public/en/indicators/${YB}-4`];

describe('public portal in the browser', () => {
  const hub = useHubline();

  it('with JavaScript off, the plan and indicator pages still show their tables', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    const context = await b.browser.newContext({ baseURL: hub().url, javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`/public/plans/${YB}`);
      const table = page.locator('table#indicators');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(7);
      expect(await table.locator('tbody tr').first().innerText()).toContain('机场货邮保障能力');
      expect(await page.locator('table#groups tbody tr').count()).toBe(5);
      await screenshot(page, 'public-plan-nojs');
      await page.goto(`/public/indicators/${YB}-4`);
      expect(await page.locator('table#observations tbody tr').count()).toBeGreaterThan(12);
      // No script ran: no chart.
      expect(await page.locator('figure.chart svg').count()).toBe(0);
      await screenshot(page, 'public-indicator-nojs');
    } finally {
      await context.close();
      await b.close();
    }
  });

  it('with JavaScript on, the chart is drawn from the table; scripts stay far under 200 KB gzipped', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const scripts = new Map<string, number>();
      b.page.on('response', async (res) => {
        if (res.request().resourceType() === 'script') scripts.set(res.url(), gzipSync(await res.body()).length);
      });
      for (const path of PAGES) {
        await b.page.goto(path);
        await b.page.waitForLoadState('networkidle');
      }
      await b.page.goto(`/public/indicators/${YB}-4`);
      await b.page.locator('figure.chart svg polyline').waitFor();
      await screenshot(b.page, 'public-indicator');
      await b.page.goto(`/public/en/plans/${YB}`);
      await screenshot(b.page, 'public-plan-en');
      const total = [...scripts.values()].reduce((a, n) => a + n, 0);
      expect(scripts.size).toBeGreaterThan(0);
      expect(total).toBeLessThan(200 * 1024);
    } finally {
      await b.close();
    }
  });

  it('passes axe-core with no serious or critical findings, in both languages', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const findings: Record<string, unknown> = {};
      for (const path of PAGES) {
        await b.page.goto(path);
        await b.page.waitForLoadState('networkidle');
        const f = await audit(b.page);
        const h1 = await b.page.locator('h1').count();
        if (f.length || h1 !== 1) findings[path] = { h1, axe: f };
      }
      expect(findings).toEqual({});
    } finally {
      await b.close();
    }
  });
});
