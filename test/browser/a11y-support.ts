// axe-core and the page-structure checks shared by the accessibility, keyboard and
// large-text browser tests.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** The critical and serious axe findings on the page as it is now (WCAG 2.1 A/AA and best practice), none filtered out. */
export async function audit(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Landmarks and level-one headings: every page needs one h1, a main, a navigation and a banner. */
export async function structure(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role=main]').length,
    nav: document.querySelectorAll('nav, [role=navigation]').length,
    header: document.querySelectorAll('header, [role=banner]').length,
  }));
}

/** Waits until a page has loaded its data: no network, no lazy-loading spinner, no skeleton. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.hl-page-loading, .hl-boot').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(300);
}
