// One evaluation from scheme to allocation, as the people involved do it: the office creates
// next year's scheme for two hub types and opens it; each zone's liaison scores its
// self-evaluation and its unit leader approves it; the office rates the zones, computes,
// circulates, opens and closes the appeal window; the results show ranks per group, a chart
// and the sensitivity view; the office allocates the fund and the calculation sheet adds up.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

const DEFINITION = { ...DEMO_SCHEME, groups: DEMO_SCHEME.groups.filter((g) => g.id === 'dry_port' || g.id === 'seaport') };
const input = (page: Page, id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

async function roundAction(page: Page, action: string, state: string) {
  await page.getByTestId(`action-${action}`).click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect.poll(() => page.getByTestId('round-state').innerText(), { timeout: 15_000 }).toContain(state);
}

async function openZone(page: Page, code: string) {
  await page.goto('/evaluation/board');
  await page.getByTestId(`zone-${code}`).click();
  await page.locator('.ant-drawer-body .ant-table-row').first().waitFor();
}

describe('evaluation', () => {
  let hub: Hubline | undefined;
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline();
  }, 300_000);
  afterAll(async () => hub?.stop());

  it('scheme → summary → self-evaluation → unified → circulated → final → allocation', async (ctx) => {
    requireBrowser(ctx);
    const office = await openBrowser(hub!.url);
    try {
      const { page } = office;
      await login(page, 'office');
      // The demo year is there: five hub types, final.
      await page.locator('.hl-menu').getByText('考核评价', { exact: true }).click();
      await page.locator('.hl-menu').getByText('考核方案', { exact: true }).click();
      await page.waitForURL('**/evaluation/schemes');
      await page.getByText('商贸服务型').first().waitFor();
      // The AHP helper refuses contradictory judgements.
      await input(page, 'ahp-0-1').fill('5');
      await input(page, 'ahp-0-2').fill('1/5');
      await input(page, 'ahp-1-2').fill('5');
      await expect.poll(() => page.getByTestId('ahp-cr').innerText()).toContain('CR ≥ 0.10');
      // hub : industry : tasks : reform : open judged consistently (CR ≈ 0.003).
      for (const [cell, v] of Object.entries({ '0-1': '2', '0-2': '2', '0-3': '3', '0-4': '3', '1-2': '1', '1-3': '2', '1-4': '2', '2-3': '2', '2-4': '2', '3-4': '1' }))
        await input(page, `ahp-${cell}`).fill(v);
      await expect.poll(() => page.getByTestId('ahp-cr').innerText()).toContain('可以采用');
      await screenshot(page, 'evaluation-schemes-ahp');

      // A new scheme for 2026: dry port and seaport zones.
      await page.getByRole('button', { name: '新建方案' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('textarea').fill(JSON.stringify(DEFINITION));
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await dialog.waitFor({ state: 'hidden' });

      await page.goto('/evaluation/board');
      await page.getByText(`${new Date().getFullYear() + 1} · `, { exact: false }).first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('round-state').innerText()).toContain('方案草拟');
      await roundAction(page, 'publish', '方案已发布');
      await roundAction(page, 'open_summary', '总结');
      await roundAction(page, 'open_self_evaluation', '自评');
    } finally {
      await office.close();
    }

    // Each zone scores itself; its own unit leader approves.
    for (const [zone, liaisonName, leaderName, hubScore] of [
      ['yubei-gulu', 'liaison_gulu', 'leader_gulu', 33],
      ['yubei-luoqi', 'liaison_luoqi', 'leader_luoqi', 30],
    ] as const) {
      const liaison = await openBrowser(hub!.url);
      try {
        const { page } = liaison;
        await login(page, liaisonName);
        await openZone(page, zone);
        await input(page, 'self-hub').fill(String(hubScore));
        await input(page, 'self-industry').fill('18');
        await page.getByTestId('save-self').click();
        await page.getByTestId('submit-self').click();
        await page.getByTestId('submit-self').waitFor({ state: 'detached' });
        if (zone === 'yubei-gulu') await screenshot(page, 'evaluation-zone-self');
      } finally {
        await liaison.close();
      }
      const leader = await openBrowser(hub!.url);
      try {
        const { page } = leader;
        await login(page, leaderName);
        await openZone(page, zone);
        await page.getByTestId('approve-self').click();
        await page.getByTestId('approve-self').waitFor({ state: 'detached' });
      } finally {
        await leader.close();
      }
    }

    const office2 = await openBrowser(hub!.url);
    try {
      const { page } = office2;
      await login(page, 'office');
      await page.goto('/evaluation/board');
      await roundAction(page, 'open_unified_evaluation', '统评');
      for (const [zone, hubPts, ind] of [
        ['yubei-gulu', 31, 20],
        ['yubei-luoqi', 32, 17],
      ] as const) {
        await openZone(page, zone);
        await input(page, 'rate-hub').fill(String(hubPts));
        await input(page, 'rate-industry').fill(String(ind));
        await input(page, 'rate-reform').fill('8');
        await input(page, 'rate-open').fill('9');
        await page.getByTestId('save-rating').click();
        await page.getByTestId('save-rating').waitFor({ state: 'detached' });
      }
      await page.goto('/evaluation/board');
      await page.getByTestId('compute').click();
      await expect.poll(() => page.locator('.ant-table-row').first().innerText()).toMatch(/\d+\.\d\d/);
      await roundAction(page, 'circulate', '结果通报');
      await openZone(page, 'yubei-gulu');
      await expect.poll(() => page.getByTestId('zone-total').innerText()).toMatch(/^\d+\.\d\d$/);
      await screenshot(page, 'evaluation-zone-side-by-side');
      await page.goto('/evaluation/board');
      await roundAction(page, 'open_appeals', '申诉期');
      await roundAction(page, 'finalize', '最终');
      await screenshot(page, 'evaluation-board-final');

      await page.goto('/evaluation/results');
      await page.getByTestId('results-chart').locator('canvas').first().waitFor();
      await page.getByTestId('group-dry_port').waitFor();
      await page.getByTestId('sensitivity').waitFor();
      await screenshot(page, 'evaluation-results');

      await page.goto('/evaluation/allocation');
      await input(page, 'alloc-name').fill('2027 年专项资金');
      await input(page, 'alloc-pool').fill('1000');
      await page.getByTestId('alloc-create').click();
      await expect.poll(() => page.getByTestId('allocation-total').innerText(), { timeout: 15_000 }).toBe('合计 1000 万元（总额 1000）');
      const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Word/ }).click()]);
      expect(word.suggestedFilename()).toBe('2027 年专项资金.docx');
      const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
      expect(excel.suggestedFilename()).toBe('2027 年专项资金.xlsx');
      await screenshot(page, 'evaluation-allocation-sheet');
    } finally {
      await office2.close();
    }
  }, 600_000);
});
