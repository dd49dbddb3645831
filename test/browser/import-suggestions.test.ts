// Possibly missed indicators (issue 15): a sentence that states a quantified target in a form the
// importer does not take is listed in the review; the office adds it as an indicator (it then
// asks for the year and the owner like any other) or dismisses it, and what was added is committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { login, openBrowser, requireBrowser, reviewIndicatorsOf, screenshot, useHubline } from './helpers';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
// Task 12 of the seed names "4条标志性合作产业链" in its prose; a count of the year is put in task 13.
const DOC = SEED.replaceAll('渝北区深入推进西部陆海', '渝北区建议导入西部陆海')
  .replace('渝北府办发〔2023〕36号', '渝北府办发〔2024〕78号')
  .replace('13. 构建综合服务体系。', '13. 构建综合服务体系。年内培育供应链集成服务企业5家。');

describe('possibly missed indicators in the import review', () => {
  const hub = useHubline();

  it('"文件里写了4条产业链，识别结果里没有": the review lists it, I add it with a click, set its year, and it is committed', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await login(page, 'office');
      const rows = await reviewIndicatorsOf(page, DOC);
      await expect.poll(() => rows.count()).toBe(7);

      // Folded above the indicators the importer found: one line with the count.
      const panel = page.getByTestId('review-suggestions');
      await expect.poll(() => panel.innerText()).toContain('可能遗漏的指标（2）');
      const items = page.getByTestId('suggestion');
      expect(await items.count()).toBe(0);
      await panel.getByRole('button', { name: /可能遗漏的指标/ }).click();
      await expect.poll(() => items.count()).toBe(2);
      expect(await items.nth(0).innerText()).toContain('标志性合作产业链');
      expect(await items.nth(0).innerText()).toContain('（年份待定）达到4条');
      expect(await items.nth(1).innerText()).toContain('供应链集成服务企业');

      // A click shows the sentence in the document.
      await items.nth(0).click();
      await expect.poll(() => page.getByTestId('source-highlight').innerText()).toContain('4条标志性合作产业链');
      await screenshot(page, 'import-suggestions-open');

      // Dismissed: gone from the list, nothing added.
      await page.getByRole('button', { name: '忽略“供应链集成服务企业”' }).click();
      await expect.poll(() => panel.innerText()).toContain('可能遗漏的指标（1）');
      expect(await rows.count()).toBe(7);

      // Added: a card like the others, owned by the task's lead unit, and the year is asked for.
      await items.nth(0).getByRole('button', { name: '加入指标' }).click();
      await expect.poll(() => rows.count()).toBe(8);
      expect(await panel.count()).toBe(0);
      const added = rows.filter({ has: page.locator('.hl-plans-num', { hasText: /^S1$/ }) });
      await expect.poll(() => added.getByTestId('indicator-owners').innerText()).toContain('区经济信息委');
      expect(await added.getByTestId('target-question').innerText()).toContain('可能遗漏的指标');
      const commit = page.getByTestId('commit-import');
      await expect.poll(() => page.getByTestId('review-problems').innerText()).toContain('标志性合作产业链');
      await screenshot(page, 'import-suggestions-added');
      await added.locator('.hl-plans-year').first().locator('input').fill('2027');
      await added.locator('.hl-plans-year').first().locator('input').press('Tab');
      await expect.poll(async () => (await page.getByTestId('review-problems').innerText()).includes('标志性合作产业链')).toBe(false);

      // The indicators nobody owns are committed without an owner, on purpose.
      for (const box of await page.getByTestId('indicator-ownerless').all()) await box.click();
      await expect.poll(() => commit.isDisabled()).toBe(false);
      await commit.click();
      await page.getByText('导入完成').waitFor({ timeout: 20_000 });

      // What the server holds: the added indicator with its target, owned by the task's lead unit.
      const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; title: string }[];
      const plan = plans.find((p) => p.title.includes('建议导入'))!;
      const list = (await (await page.request.get(`/api/indicators?planId=${plan.id}`)).json()) as { id: string; number: string; name: string }[];
      expect(list.map((i) => i.number).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', 'S1']);
      expect(list.some((i) => i.name.includes('供应链集成服务企业'))).toBe(false);
      const s1 = list.find((i) => i.number === 'S1')!;
      expect(s1.name).toBe('标志性合作产业链');
      const detail = (await (await page.request.get(`/api/indicators/${s1.id}`)).json()) as { unit: string | null; ownerUnitId: string | null; targets: { year: number; value: number | null }[] };
      expect(detail.unit).toBe('条');
      expect(detail.targets.map((x) => [x.year, x.value])).toEqual([[2027, 4]]);
      const units = (await (await page.request.get('/api/units')).json()) as { id: string; name: string }[];
      expect(detail.ownerUnitId).toBe(units.find((u) => u.name === '区经济信息委')!.id);
    } finally {
      await close();
    }
  });
});
