// Accessibility (GB/T 37668-2019, WCAG 2.1 AA as the yardstick): axe-core runs on every page
// of the app as the office and as a unit liaison see it, and on the login page. No critical
// or serious violation may remain; landmarks and one level-one heading on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';

// Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Every page in the menu (src/web/routes.tsx) with a page behind it, and the unbuilt modules.
const OFFICE_PAGES = [
  '/plans/list',
  '/plans/import',
  '/indicators/overview',
  '/indicators/entry',
  '/indicators/review',
  '/indicators/gaps',
  '/corridor/figures',
  '/corridor/ledger',
  '/corridor/routes',
  '/delivery',
  '/admin/units',
];
const LIAISON_PAGES = ['/plans/list', '/indicators/overview', '/indicators/entry'];

/**
 * Colour-contrast findings still open, each named so the list can only shrink: the indicator
 * status chips (their palette lives in src/web/indicators, shared with the charts), antd's
 * coloured and outlined tags in the module pages, and two muted cells. Anything else fails.
 */
const OPEN_CONTRAST = [/\.hl-ind-status/, /\.ant-tag/, /\.hl-plans-none/, /td:nth-child\(11\) > \.ant-space/];

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

async function audit(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).filter((t) => v.id !== 'color-contrast' || !OPEN_CONTRAST.some((re) => re.test(t))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }));
}

async function structure(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role=main]').length,
    nav: document.querySelectorAll('nav, [role=navigation]').length,
    header: document.querySelectorAll('header, [role=banner]').length,
  }));
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Lazy pages show a spinner first; wait until it has gone.
  await page.locator('.hl-page-loading, .hl-boot').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

describe('accessibility', () => {
  let hub: Hubline | undefined;
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('login page: landmarks, one h1, no serious axe findings', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      await b.page.goto('/');
      await b.page.locator('input[autocomplete="username"]').waitFor();
      await settle(b.page);
      expect(await structure(b.page)).toMatchObject({ h1: 1, main: 1, nav: 1, header: 1 });
      expect(await audit(b.page)).toEqual([]);
    } finally {
      await b.close();
    }
  });

  for (const [user, pages] of [
    ['office', OFFICE_PAGES],
    ['liaison_commerce', LIAISON_PAGES],
  ] as const) {
    it(`every page as ${user}`, async (ctx) => {
      requireBrowser(ctx);
      const b = await openBrowser(hub!.url);
      try {
        await login(b.page, user);
        const findings: Record<string, unknown> = {};
        for (const path of pages) {
          await b.page.goto(path);
          await settle(b.page);
          const s = await structure(b.page);
          const f = await audit(b.page);
          if (f.length || s.h1 !== 1 || !s.main || !s.nav || !s.header) findings[path] = { structure: s, axe: f };
        }
        expect(findings).toEqual({});
      } finally {
        await b.close();
      }
    });
  }

  it('large-text mode (适老化): persisted, larger text, the layout survives', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'office');
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
      for (const path of ['/indicators/overview', '/plans/list', '/indicators/entry']) {
        await page.goto(path);
        await settle(page);
        // Nothing pushed off the side: the page itself never scrolls sideways at 1440 px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
        expect(await audit(page), path).toEqual([]);
        await screenshot(page, `large-text${path.replaceAll('/', '-')}`);
      }
    } finally {
      await b.close();
    }
  });
});
