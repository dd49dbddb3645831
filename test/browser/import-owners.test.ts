// The office imports a plan whose goal paragraph repeats two rows of its indicator table, as a
// first-time office user would (issue 17, problem 2): every indicator leaves the review with a
// responsible unit and a zone, or with an explicit "commit without owner"; the repeats are
// merged or removed in the review; the indicator editor edits zones afterwards.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, openBrowser, requireBrowser, reviewIndicatorsOf, screenshot, useHubline } from './helpers';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
const DOC = SEED.replaceAll('渝北区深入推进西部陆海', '渝北区责任导入西部陆海')
  .replace('渝北府办发〔2023〕36号', '渝北府办发〔2024〕77号')
  .replace('到2027年，渝北区“空铁水公”', '到2027年，机场货邮保障能力达到120万吨，机场旅客保障能力达到8000万人次，渝北区“空铁水公”');

/** Picks `option` in the antd multi-select `select` by typing it. */
async function choose(page: Page, select: ReturnType<Page['getByTestId']>, option: string) {
  await select.click();
  await page.keyboard.type(option);
  // Enter takes the first option the typed text finds. (A click could miss: near the review's
  // sticky footer the list flips above and below its field while it opens, never "stable".)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

describe('imported indicators are owned', () => {
  const hub = useHubline();

  it('"我导入的指标没有人负责，目标那句话还重复出了 G1、G2": the review assigns units and zones, merges the repeats, and will not commit an ownerless indicator unless I say so', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await login(page, 'office');
      const rows = await reviewIndicatorsOf(page, DOC);
      await expect.poll(() => rows.count()).toBe(9);

      // G1 and G2 are flagged as repeats of 1 and 2: merge one, remove the other.
      await expect.poll(() => page.getByTestId('indicator-duplicate').count()).toBe(2);
      const g1 = rows.filter({ has: page.locator('.hl-plans-num', { hasText: /^G1$/ }) });
      await g1.getByTestId('indicator-merge').click();
      const g2 = rows.filter({ has: page.locator('.hl-plans-num', { hasText: /^G2$/ }) });
      await g2.getByTestId('indicator-remove').click();
      await expect.poll(() => rows.count()).toBe(7);
      expect(await page.getByTestId('indicator-duplicate').count()).toBe(0);

      // Suggestions: the unit of the task that names the indicator, the issuer's zone on all.
      const row = (n: string) => rows.filter({ has: page.locator('.hl-plans-num', { hasText: new RegExp(`^${n}$`) }) });
      await expect.poll(() => row('4').getByTestId('indicator-owners').innerText()).toContain('区商务委');
      await expect.poll(() => row('1').getByTestId('indicator-zones').innerText()).toContain('渝北区');

      // Nobody owns 1, 2, 6 and 7: the commit is held back and says which.
      const commit = page.getByTestId('commit-import');
      expect(await commit.isDisabled()).toBe(true);
      const problems = await page.getByTestId('review-problems').innerText();
      expect(problems).toContain('没有责任单位');
      expect(problems).toContain('机场货邮保障能力');
      // "I had to scroll the small pane to find 6 and 7": the names are links to their cards.
      await page.getByRole('tab', { name: /任务/ }).first().click();
      await page.getByTestId('problem-owner-link').filter({ hasText: '7 ' }).click();
      await expect.poll(() => page.url()).toContain('tab=indicators');
      await expect.poll(() => row('7').isVisible()).toBe(true);
      await expect.poll(async () => {
        const card = await row('7').boundingBox();
        return card !== null && card.y >= 0 && card.y < page.viewportSize()!.height;
      }).toBe(true);
      // The first rows (the merged 1, the suggested 4) at the three widths the office uses.
      await row('1').scrollIntoViewIfNeeded();
      for (const [width, height] of [
        [1366, 768],
        [1024, 768],
        [1920, 1080],
      ]) {
        await page.setViewportSize({ width, height });
        await row('1').scrollIntoViewIfNeeded();
        await screenshot(page, `import-owners-review-${width}`);
      }
      await page.setViewportSize({ width: 1366, height: 768 });

      await choose(page, row('1').getByTestId('indicator-owners'), '区交通局');
      await choose(page, row('2').getByTestId('indicator-owners'), '区交通局');
      // 7 goes to the plan's leading office (named in the issuer's text), in one click.
      await row('7').getByTestId('indicator-owner-office').click();
      await expect.poll(() => row('7').getByTestId('indicator-owners').innerText()).toContain('区商务委');
      expect(await commit.isDisabled()).toBe(true); // 6 still has nobody
      await row('6').getByTestId('indicator-ownerless').click(); // "commit without owner", on purpose
      await expect.poll(() => commit.isDisabled()).toBe(false);
      await commit.click();
      await page.getByText('导入完成').waitFor({ timeout: 20_000 });

      // What the server holds: owners and zones as chosen; 6 has none (the office said so).
      const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; title: string }[];
      const plan = plans.find((p) => p.title.includes('责任导入'))!;
      const list = (await (await page.request.get(`/api/indicators?planId=${plan.id}`)).json()) as { id: string; number: string; zoneName: string | null }[];
      expect(list.map((i) => i.number).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      for (const i of list) expect(i.zoneName).toBe('渝北区');
      const units = (await (await page.request.get('/api/units')).json()) as { id: string; name: string }[];
      const detail = async (n: string) => (await (await page.request.get(`/api/indicators/${list.find((i) => i.number === n)!.id}`)).json()) as { ownerUnitId: string | null };
      expect((await detail('1')).ownerUnitId).toBe(units.find((u) => u.name === '区交通局')!.id);
      expect((await detail('4')).ownerUnitId).toBe(units.find((u) => u.name === '区商务委')!.id);
      expect((await detail('7')).ownerUnitId).toBe(units.find((u) => u.name === '区商务委')!.id);
      expect((await detail('6')).ownerUnitId).toBeNull();

      // The indicator editor edits zones: 渝北区 is there, and can be changed.
      await page.goto(`/indicators/overview?indicator=${list.find((i) => i.number === '6')!.id}`);
      await page.getByTestId('indicator-detail').waitFor();
      await page.getByRole('button', { name: /编辑/ }).hover();
      await page.getByRole('menuitem', { name: '编辑指标信息' }).click();
      const zones = page.getByTestId('edit-zones');
      await expect.poll(() => zones.innerText()).toContain('渝北区');
    } finally {
      await close();
    }
  });
});
