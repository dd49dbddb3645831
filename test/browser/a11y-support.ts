// What the accessibility, keyboard and large-text browser tests share: axe-core, the
// page-structure checks, waiting for a page to settle, the server each file starts, a browser
// signed in as someone, and the per-role menu audit that the a11y-*.test.ts files run.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/contracts/roles';
import { visibleModules } from '../../src/web/routes';
import { browserMissing, isCI, login, openBrowser, requireBrowser, type BrowserSession, type Hubline } from './helpers';
export { useHubline } from './helpers';

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
    type Node = { target: string[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: Node[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  // A contrast finding names its colours, so the failing colour can be found in the theme.
  const describeNode = (n: (typeof result.violations)[number]['nodes'][number]) => {
    const c = n.any.find((a) => a.data?.contrastRatio)?.data;
    return n.target.join(' ') + (c ? ` (${c.fgColor} on ${c.bgColor}: ${c.contrastRatio})` : '');
  };
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(describeNode) }));
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
  await page.locator('.ant-spin-spinning, .hl-spin').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

/**
 * Audits the page as it is now (after it settles) and records what is wrong under `where`:
 * any critical or serious axe finding, not exactly one h1, or a missing main, navigation or
 * banner landmark.
 */
export async function check(page: Page, findings: Record<string, unknown>, where: string) {
  await settle(page);
  // A page reached by a click inside its module can still be mounting when the network is idle
  // (seen for a unit's page: its title was drawn a moment after the count found no h1). A page
  // that never shows one is still reported, after this wait.
  await page.locator('main h1').first().waitFor({ timeout: 10_000 }).catch(() => {});
  const s = await structure(page);
  const f = await audit(page);
  if (f.length || s.h1 !== 1 || !s.main || !s.nav || !s.header) findings[where] = { structure: s, axe: f };
}


/** Runs `fn` in a fresh browser, signed in as `user` when given, and always closes the browser. */
export async function inBrowser<T>(hub: Hubline, user: string | null, fn: (page: Page, session: BrowserSession) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
  const b = await openBrowser(hub.url);
  try {
    if (viewport) await b.page.setViewportSize(viewport);
    if (user) await login(b.page, user);
    return await fn(b.page, b);
  } finally {
    await b.close();
  }
}

/** One demo account per role (src/server/seed). */
export const ACCOUNTS: Record<Role, string> = {
  office: 'office',
  liaison: 'liaison_commerce',
  unit_leader: 'leader_commerce',
  leader: 'leader',
  evaluator: 'evaluator',
  admin: 'admin',
};

/** Every URL the menu offers this role: taken from the route table itself, so a new page is audited without editing a test. */
export function menuPaths(role: Role): string[] {
  return visibleModules([role]).flatMap((m) => (m.children ? m.children.map((c) => `/${m.path}/${c.path}`) : [`/${m.path}`]));
}

/**
 * The menu audit split between files (a11y-pages-*.test.ts) so that none runs for long: one
 * file would take over ten minutes on a loaded machine. a11y-all-pages.test.ts checks that
 * the groups hold every role.
 */
export const ROLE_GROUPS = {
  office: ['office', 'admin'],
  units: ['liaison', 'unit_leader'],
  oversight: ['leader', 'evaluator'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * While working on one page: HUBLINE_A11Y_ONLY=/indicators/entry (a substring of the paths
 * to audit) narrows the per-role audits to the matching pages. Refused under CI, where every
 * page must be audited.
 */
const ONLY = process.env.HUBLINE_A11Y_ONLY;
if (ONLY && isCI) throw new Error('HUBLINE_A11Y_ONLY narrows the accessibility audit and is not allowed under CI=true');
export const selected = (path: string) => !ONLY || path.includes(ONLY);

/**
 * The menu audit for the given roles on the file's server (`useHubline`), one test per role: signed in as that role's demo
 * account, every page its menu offers passes `check`. The a11y-*.test.ts files split the
 * roles between them so no file runs for too long.
 */
export function describeMenuAudit(hub: () => Hubline, roles: readonly Role[]) {
  describe(`accessibility of every menu page: ${roles.join(', ')}`, () => {
    for (const role of roles) {
      // Up to twenty pages, each audited whole: on a loaded two-core machine a round takes minutes.
      it(`every menu page as ${role} (${ACCOUNTS[role]})`, { timeout: 1_200_000 }, async (ctx) => {
        requireBrowser(ctx);
        const paths = menuPaths(role);
        expect(paths.length).toBeGreaterThan(0);
        await inBrowser(hub(), ACCOUNTS[role], async (page) => {
          const findings: Record<string, unknown> = {};
          for (const path of paths.filter(selected)) {
            await page.goto(path);
            await check(page, findings, path);
          }
          expect(findings).toEqual({});
        });
      });
    }
  });
}
