// The cockpit as a leader sees it on the wall and on a laptop: real server, demo data, real
// Chromium; screenshots at 1920×1080 and 1366×768 (test-results/cockpit-*.png), the tiles'
// figures against the API, click-through, full screen, and the PDF Chromium prints of it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { login, openBrowser, requireBrowser, screenshot, useHubline } from './helpers';
import type { Cockpit } from '../../src/contracts/cockpit';
import { TASK_PROGRESS } from '../../src/domain/cockpit/index';

// Evaluated through the page (the CSP refuses an injected <script>), as test/browser/a11y.test.ts does.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe's colour-contrast findings (WCAG AA) inside the given selectors. */
async function contrastFindings(page: Page, include: string[]): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run({ include: sel.map((s) => [s]) }, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
  }, include);
}

async function panelsInside(page: Page, width: number, height: number) {
  const boxes = await page.locator('.hl-cockpit-panel').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ right: r.right, bottom: r.bottom, w: r.width, h: r.height })));
  expect(boxes).toHaveLength(8);
  for (const b of boxes) {
    expect(b.right).toBeLessThanOrEqual(width + 1);
    expect(b.bottom).toBeLessThanOrEqual(height + 1);
    expect(b.h).toBeGreaterThan(60);
  }
}

describe('cockpit', () => {
  const hub = useHubline();

  it('one screen at 1920×1080 and 1366×768, tiles match the API, click-through, full screen, PDF', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const { page } = b;
      await login(page, 'leader');
      await page.locator('.hl-menu').getByText('驾驶舱', { exact: true }).click();
      await page.waitForURL('**/cockpit');
      await page.locator('[data-testid="cockpit"][data-ready="1"]').waitFor({ timeout: 60_000 });

      const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; code: string }[];
      const planId = plans.find((p) => p.code === 'YB-CORRIDOR-2023')!.id;
      const c = (await (await page.request.get(`/api/cockpit?planId=${planId}`)).json()) as Cockpit;
      expect(c.tasks.groups.filter((g) => g.ref.startsWith('二/'))).toHaveLength(5);

      // Every tile, each figure as the API gives it.
      await expect.poll(() => page.getByTestId('indicator-tile').count()).toBe(c.indicators.tiles.length);
      expect(c.indicators.tiles.length).toBeGreaterThan(0);
      const missing = await page.getByTestId('rcep-missing').innerText();
      for (const m of c.corridor.rcep.missing) expect(missing).toContain(m.zh);
      expect(await page.getByTestId('tile-notices').innerText()).toContain(`在办 ${c.notices.total.open}`);
      expect(await page.getByTestId('tile-rcep').innerText()).toContain(String(c.corridor.rcep.count));
      // Charts drew (a canvas with pixels) in every chart tile.
      // (The notices tile draws a chart only when some notice is open on the period's last day.)
      for (const id of ['tile-tasks', 'tile-network', 'tile-corridor', 'tile-clearance', 'tile-units', ...(c.notices.total.open ? ['tile-notices'] : [])])
        await expect.poll(() => page.getByTestId(id).locator("canvas").count(), { message: id }).toBeGreaterThan(0);

      // Every chart's text alternative (WCAG 1.1.1): the canvas is named and points to a table in
      // its tile holding every category it draws, under the chart's title; hidden from the eye only.
      const table = (id: string) => page.getByTestId(id);
      const bodyRows = (id: string) => table(id).locator('tbody tr').count();
      expect(await bodyRows('table-tasks')).toBe(c.tasks.groups.length);
      expect(await bodyRows('table-network-nodes')).toBe(c.corridor.network.nodes.length);
      expect(await bodyRows('table-network-links')).toBe(c.corridor.network.links.length);
      expect(await bodyRows('table-corridor')).toBe(c.corridor.months.length);
      expect(await bodyRows('table-clearance')).toBe(c.corridor.clearance.series.length);
      expect(await bodyRows('table-units')).toBe(c.units.punctuality.length);
      const openByUnit = c.notices.byUnit.filter((u) => u.open > 0);
      if (openByUnit.length) expect(await bodyRows('table-notices')).toBe(openByUnit.length);
      expect(await table('table-units').locator('tbody tr').first().innerText()).toContain(c.units.punctuality[0].unitName);
      expect(await table('table-corridor').locator('caption').innerText()).toBe('通道货运量（按方式、月份）');
      const g = c.tasks.groups[0];
      expect((await table('table-tasks').locator('tbody tr').first().locator('th, td').allInnerTexts()).map((x) => x.trim())).toEqual([
        `${g.number ?? ''}${g.title}`, ...TASK_PROGRESS.map((p) => String(g.byProgress[p])), String(g.milestones.overdue),
      ]);
      for (const id of ['tile-tasks', 'tile-network', 'tile-corridor', 'tile-clearance', 'tile-units']) {
        const chart = page.getByTestId(id).locator('[role="img"]');
        expect(await chart.getAttribute('aria-label'), id).toContain('各项数值见图表旁的表格');
        expect(await page.getByTestId(id).locator('table').count(), id).toBeGreaterThan(0);
      }
      const hidden = await page.locator('.hl-cockpit table').evaluateAll((ts) => ts.map((t) => t.parentElement!.getBoundingClientRect()).map((r) => r.width * r.height));
      expect(hidden.length).toBeGreaterThanOrEqual(6);
      for (const area of hidden) expect(area).toBeLessThanOrEqual(1);

      for (const [w, h] of [
        [1920, 1080],
        [1366, 768],
      ]) {
        await page.setViewportSize({ width: w, height: h });
        await page.waitForTimeout(500);
        await panelsInside(page, w, h);
        await screenshot(page, `cockpit-${w}x${h}`);
      }

      // The header's tools on the dark screen: light text on a dark field (AA), the plan list too.
      expect(await contrastFindings(page, ['.hl-cockpit-tools'])).toEqual([]);
      const planColor = await page.locator('.hl-cockpit-tools .ant-select-content, .hl-cockpit-tools .ant-select-selection-item').first().evaluate((e) => getComputedStyle(e).color);
      const rgb = planColor.match(/\d+/g)!.slice(0, 3).map(Number);
      expect(Math.min(...rgb), `plan picker text ${planColor}`).toBeGreaterThan(150);
      await page.getByTestId('cockpit-plan').click();
      await page.locator('.ant-select-dropdown .ant-select-item-option').first().waitFor();
      await screenshot(page, 'cockpit-plan-picker-1366x768');
      expect(await contrastFindings(page, ['.ant-select-dropdown'])).toEqual([]);
      await page.keyboard.press('Escape');

      // Full screen: the screen alone, over the shell.
      await page.getByTestId('cockpit-fullscreen').click();
      await expect.poll(() => page.locator('.hl-cockpit--wall').count()).toBe(1);
      await panelsInside(page, 1366, 768);
      await screenshot(page, 'cockpit-wall-1366x768');
      await page.getByTestId('cockpit-fullscreen').click();
      await expect.poll(() => page.locator('.hl-cockpit--wall').count()).toBe(0);

      // A tile opens its detail page.
      await page.getByTestId('indicator-tile').first().click();
      await page.waitForURL(`**/indicators/overview?indicator=${c.indicators.tiles[0].id}`);
      await page.goBack();
      // Back on the cockpit, it loads its data again before the tiles are there (a full run once
      // timed out on the notices tile here): wait for the screen, and say what was shown if not.
      await page.waitForURL('**/cockpit');
      await page.locator('[data-testid="cockpit"][data-ready="1"]').waitFor({ timeout: 60_000 }).catch(async (e: Error) => {
        const shown = await page.getByTestId('cockpit').innerText().catch(() => '(no cockpit element)');
        throw new Error(`the cockpit was not ready after going back to ${page.url()}: ${shown.slice(0, 300)}`, { cause: e });
      });
      await page.getByTestId('tile-notices').locator('h2 a').click();
      await page.waitForURL('**/supervision/board');

      // The PDF: Chromium prints the page in its print layout.
      const res = await page.request.get(`/api/cockpit.pdf?planId=${planId}&period=${c.period}`, { timeout: 120_000 });
      expect(res.status(), await res.text().catch(() => '')).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      const pdf = await res.body();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      expect(doc.numPages).toBeGreaterThanOrEqual(1);
      const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      // The font's cmap maps some ideographs to Kangxi radicals (入 → ⼊) in the text layer: NFKC folds them back.
      expect(text.normalize('NFKC')).toContain(c.plan.title.slice(0, 6));
    } finally {
      await b.close();
    }
  });

  it('a liaison is refused the cockpit and its PDF', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const { page } = b;
      await login(page, 'liaison_commerce');
      const plans = (await (await page.request.get('/api/plans')).json()) as { id: string }[];
      expect((await page.request.get(`/api/cockpit.pdf?planId=${plans[0].id}`)).status()).toBe(403);
    } finally {
      await b.close();
    }
  });
});
