// One evaluation from scheme to allocation, as the people involved do it: the office creates
// this year's scheme for two hub types and opens it; each zone's liaison scores its
// self-evaluation and its unit leader approves it; the office rates the zones, computes,
// circulates, opens and closes the appeal window; the results show ranks per group, a chart
// and the sensitivity view; the office allocates the fund and the calculation sheet adds up,
// allocates land by a factor typed per zone with a floor, then decides the awards by the
// scheme's rules. The scheme is made in the form editor (AHP weights applied to a group) and
// the office edits the summary pre-filled from the zone's reports and supervision record.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, pickOption, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';
import { sensitivity } from '../../src/domain/evaluation/index';

const YEAR = new Date().getFullYear();
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

      // A new scheme in the form editor, from the demo scheme: keep the dry port and
      // seaport groups, weight the seaport group by AHP.
      await page.getByTestId('scheme-new').click();
      const dialog = page.getByRole('dialog');
      // This year's scheme, so the summary is drafted from the demo's reports of the year.
      await input(page, 'scheme-year').fill(String(YEAR));
      await input(page, 'scheme-name').fill(`${YEAR} 年度枢纽经济区差异化考核（试行）`);
      for (const id of ['airport', 'trade_service', 'production_service']) {
        await dialog.getByTestId(`group-tab-${id}`).click();
        await dialog.getByTestId(`group-remove-${id}`).click();
        await dialog.getByTestId(`group-tab-${id}`).waitFor({ state: 'detached' });
      }
      expect(await dialog.locator('[data-testid^="group-tab-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(DEFINITION.groups.map((g) => `group-tab-${g.id}`));
      // A wrong weight is refused at save, named in Chinese with the group and the field.
      await dialog.getByTestId('group-tab-dry_port').click();
      await input(page, 'crit-weight-0-0').fill('30');
      await dialog.getByTestId('scheme-save').click();
      await expect.poll(() => dialog.getByTestId('scheme-problems').innerText()).toContain('陆港型：各项指标权重合计 95，应为 100');
      await input(page, 'crit-weight-0-0').fill('');
      await expect.poll(() => dialog.getByTestId('scheme-problems').innerText()).toContain('陆港型 第 1 项指标“枢纽能级（班列、多式联运）”：权重应为不小于 0 的数');
      await screenshot(page, 'evaluation-scheme-form-problems');
      await input(page, 'crit-weight-0-0').fill('35');
      await expect.poll(() => dialog.getByTestId('scheme-problems').count()).toBe(0);
      // Entropy weights from the demo's final 2025 results: 陆港型 had one zone then, so it is refused with the reason.
      await dialog.getByTestId('group-entropy-dry_port').click();
      await expect.poll(() => page.locator('.ant-message').innerText()).toContain('2025 年该组只有 1 个评价对象，不能用数据定权');
      await expect.poll(() => input(page, 'crit-weight-0-0').inputValue()).toBe('35');
      // AHP on the seaport group: contradictory judgements cannot be applied; consistent ones can.
      await dialog.getByTestId('group-tab-seaport').click();
      await dialog.getByTestId('group-ahp-seaport').click();
      await input(page, 'form-ahp-0-1').fill('5');
      await input(page, 'form-ahp-0-2').fill('1/5');
      await input(page, 'form-ahp-1-2').fill('5');
      await expect.poll(() => dialog.getByTestId('form-ahp-cr').innerText()).toContain('CR ≥ 0.10');
      expect(await dialog.getByTestId('form-ahp-apply').isDisabled()).toBe(true);
      for (const [cell, v] of Object.entries({ '0-1': '2', '0-2': '2', '0-3': '3', '0-4': '3', '1-2': '1', '1-3': '2', '1-4': '2', '2-3': '2', '2-4': '2', '3-4': '1' }))
        await input(page, `form-ahp-${cell}`).fill(v);
      await expect.poll(() => dialog.getByTestId('form-ahp-cr').innerText()).toContain('可以采用');
      await dialog.getByTestId('form-ahp-apply').click();
      // hub 36.9, industry 20.6, tasks 20.6, reform 11, open 10.9 (one decimal, adding up to 100).
      await expect.poll(() => input(page, 'crit-weight-1-0').inputValue()).toBe('36.9');
      await expect.poll(() => dialog.getByTestId('group-sum-seaport').innerText()).toContain('权重合计 100');
      await screenshot(page, 'evaluation-scheme-form-ahp');
      // The ranking method, published with the scheme: GRA takes ρ; TOPSIS does not, with vector normalisation.
      await pickOption(page, dialog.getByTestId('scheme-ranking'), '灰色关联分析');
      await expect.poll(() => input(page, 'scheme-ranking-rho').inputValue()).toBe('0.5');
      await pickOption(page, dialog.getByTestId('scheme-ranking'), 'TOPSIS');
      await dialog.getByTestId('scheme-ranking-rho').waitFor({ state: 'detached' });
      await pickOption(page, dialog.getByTestId('scheme-ranking-normalization'), '向量');
      await screenshot(page, 'evaluation-scheme-form-ranking');
      await dialog.getByTestId('scheme-save').click();
      await dialog.waitFor({ state: 'hidden' });

      await page.goto('/evaluation/board');
      await page.getByText(`${YEAR} · `, { exact: false }).first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('round-state').innerText()).toContain('方案草拟');
      await roundAction(page, 'publish', '方案已发布');
      await roundAction(page, 'open_summary', '总结');
      // 总结: pre-filled from 古路镇's approved reports and its supervision record; the office
      // edits the draft and saves it.
      await openZone(page, 'yubei-gulu');
      await page.getByTestId('summary-prefilled').waitFor();
      const summary = page.locator('textarea[data-testid="summary-text"], [data-testid="summary-text"] textarea').first();
      await expect.poll(() => summary.inputValue()).toContain('年度工作总结');
      expect(await summary.inputValue()).toMatch(/一、重点任务推进情况\n据本年度已审核的进展报告 \d+ 份/);
      expect(await summary.inputValue()).toContain('三、督查督办情况');
      await screenshot(page, 'evaluation-summary-prefilled');
      const edited = `${await summary.inputValue()}\n四、下一步打算：加快多式联运项目建设。`;
      await summary.fill(edited);
      await page.getByTestId('save-summary').click();
      await page.getByTestId('summary-prefilled').waitFor({ state: 'detached' });
      await expect.poll(() => summary.inputValue()).toBe(edited);
      await page.goto('/evaluation/board');
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
      // The sensitivity view says, per group, what the domain's sensitivity() says of these results.
      const output = await page.evaluate(async (year) => {
        const schemes = (await (await fetch('/api/evaluation/schemes')).json()) as { year: number; roundId: string }[];
        const roundId = schemes.find((x) => x.year === year)!.roundId;
        return (await (await fetch(`/api/evaluation/rounds/${roundId}/results`)).json()).output;
      }, YEAR);
      const scopes = sensitivity(output);
      // One zone per type here, so the view compares them across types (the scheme ranks across groups).
      expect(scopes.map((x) => x.id)).toEqual(['overall']);
      for (const scope of scopes) {
        const text = await page.getByTestId(`sensitivity-changes-${scope.id}`).innerText();
        if (scope.changes.length === 0) expect(text).toContain('各方法下名次一致');
        for (const c of scope.changes) expect(text).toContain(c.zh);
      }
      // The results say which method ranked, and show its score beside the total.
      expect(output.ranking).toEqual({ method: 'topsis', normalization: 'vector', rho: null, allocateBy: 'total' });
      await expect.poll(() => page.getByTestId('results-ranked-by').innerText()).toBe('排名方法：TOPSIS（逼近理想解），向量归一化');
      await expect.poll(() => page.getByTestId('group-dry_port').innerText()).toContain('排名得分');
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

      // A factor share with a factor typed per zone and a floor: the preview is what the server stores.
      await pickOption(page, page.getByTestId('alloc-rule'), '因素法');
      await input(page, 'alloc-name').fill('2027 年用地指标');
      await input(page, 'alloc-pool').fill('600');
      await input(page, 'alloc-floor').fill('200');
      await input(page, 'factor-value-yubei-gulu-area').fill('10');
      await input(page, 'factor-value-yubei-luoqi-area').fill('30');
      await expect.poll(() => page.getByTestId('alloc-preview-total').innerText()).toContain('合计 600');
      await screenshot(page, 'evaluation-allocation-form');
      const preview = await page.getByTestId('alloc-recipients').locator('.ant-table-row').evaluateAll((rows) => rows.map((r) => (r.lastElementChild as HTMLElement).innerText.trim()));
      await page.getByTestId('alloc-create').click();
      await expect.poll(() => page.getByTestId('calculation-sheet').innerText(), { timeout: 15_000 }).toContain('2027 年用地指标');
      await expect.poll(() => page.getByTestId('allocation-total').innerText()).toBe('合计 600 万元（总额 600）');
      const sheetAmounts = await page.getByTestId('calculation-sheet').locator('.ant-table-row').evaluateAll((rows) => rows.map((r) => (r.lastElementChild as HTMLElement).innerText.trim()));
      expect(sheetAmounts).toEqual(preview);
      for (const a of sheetAmounts) expect(Number(a)).toBeGreaterThanOrEqual(200);
      await screenshot(page, 'evaluation-allocation-factors-sheet');

      // 评优评先 by the rules the scheme published: one award overall, one per type.
      await page.goto('/evaluation/awards');
      await expect.poll(() => input(page, 'award-title-0').inputValue()).toBe(DEMO_SCHEME.awards![0].title);
      await input(page, 'award-top-0').fill('1');
      await page.getByTestId('award-decide').click();
      const result = page.getByTestId('award-result');
      await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain(DEMO_SCHEME.awards![1].title);
      // Only the best-ranked of the two zones can get the overall award now (if good enough).
      expect(await result.locator('.ant-table').first().locator('.ant-table-row').count()).toBeLessThanOrEqual(1);
      await screenshot(page, 'evaluation-awards');
    } finally {
      await office2.close();
    }
  }, 600_000);
});
