// Accessibility (GB/T 37668-2019, WCAG 2.1 AA as the yardstick): axe-core runs on every page
// of the menu as each role sees it (a11y-pages-*.test.ts, split by role), and here on the
// detail pages reached by a click, on the login page and on the public portal. No critical or
// serious violation may remain, and no rule or element is exempted; landmarks and one
// level-one heading on every page.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/contracts/roles';
import { check, inBrowser, ROLE_GROUPS, selected, settle, useHubline } from './a11y-support';
import { requireBrowser } from './helpers';

const YB = 'YB-CORRIDOR-2023';
/** The public portal (server-rendered, no sign-in) in both languages. */
const PUBLIC_PAGES = ['/public', `/public/plans/${YB}`, `/public/indicators/${YB}-4`, '/public/en', `/public/en/plans/${YB}`, `/public/en/indicators/${YB}-4`];

const hub = useHubline();

describe('accessibility of the pages outside the menu', () => {
  it('the per-role menu audits (a11y-pages-*.test.ts) cover every role', () => {
    expect(Object.values(ROLE_GROUPS).flat().sort()).toEqual([...ROLES].sort());
  });

  it('login page and public portal: landmarks, one h1, no serious axe findings', async (ctx) => {
    requireBrowser(ctx);
    await inBrowser(hub(), null, async (page) => {
      const findings: Record<string, unknown> = {};
      await page.goto('/');
      await page.locator('input[autocomplete="username"]').waitFor();
      await check(page, findings, 'login');
      for (const path of PUBLIC_PAGES.filter(selected)) {
        await page.goto(path);
        await check(page, findings, path);
      }
      expect(findings).toEqual({});
    });
  });

  it('detail pages reached by a click: indicator, plan, task, unit, report, shipment, cycle, notice, evaluation round', { timeout: 900_000 }, async (ctx) => {
    requireBrowser(ctx);
    await inBrowser(hub(), 'office', async (page) => {
      const findings: Record<string, unknown> = {};
      const open = async (name: string, path: string, click: () => Promise<void>, shown: RegExp | string) => {
        if (!selected(path)) return;
        await page.goto(path);
        await settle(page);
        await click();
        if (typeof shown === 'string') await page.locator(shown).first().waitFor({ timeout: 30_000 });
        else await page.waitForURL(shown, { timeout: 30_000 });
        await check(page, findings, name);
      };
      await open('indicator', '/indicators/overview', () => page.getByTestId('indicator-link').first().click(), '[data-testid="indicator-detail"]');
      await open('plan', '/plans/list', () => page.getByTestId('plan-link').first().click(), '[data-testid="plan-title"]');
      await open('task', '/delivery/tasks', () => page.getByTestId('task-link').first().click(), /[?&]task=/);
      // A unit's page, from the task's list of the units that carry it.
      await open('unit', '/delivery/tasks', async () => {
        await page.getByTestId('task-link').first().click();
        await page.getByTestId('task-assignments').locator('.ant-table-row a').first().click();
      }, /[?&]unit=/);
      await open('report', '/delivery/reports', () => page.getByTestId('report-link').first().click(), /[?&]report=/);
      await open('shipment', '/corridor/ledger', () => page.getByTestId('ledger').locator('.ant-table-row a').first().click(), '[data-testid="shipment-title"]');
      await open('cycle', '/delivery/cycles', () => page.locator('.ant-tag-checkable').first().click(), '[data-testid="cycle-board"]');
      await open('notice', '/supervision/board', () => page.getByTestId('notice-table').locator('a').first().click(), '[data-testid="notice-status"]');
      await open('evaluation round', '/evaluation/board', () => page.locator('[data-testid^="zone-"]').first().click(), '[data-testid="zone-total"]');
      expect(findings).toEqual({});
    });
  });
});
