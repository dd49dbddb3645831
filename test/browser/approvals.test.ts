// Approvers in their first week (issue 17, problems 5 and 6): what waits on them is counted in
// the menu and on 我的待办 for every role; a review row shows what to weigh the value against;
// approving asks first and can be undone; the indicator page tells when and why its status changed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';

const CODE = 'YB-CORRIDOR-2023-4'; // 经陆海新通道货运量, monthly, 区商务委
const YEAR = new Date().getFullYear();

async function call(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'hubline_csrf')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

type Obs = { id: string; period: string; value: number; status: string };

async function indicatorOf(page: Page, code: string) {
  const list = (await call(page, 'GET', '/api/indicators')) as { id: string; code: string; zoneId: string }[];
  return list.find((i) => i.code === code)!;
}

/** The stored state of one observation (whoever asks may see it: their unit or the office). */
async function stateOf(page: Page, indicatorId: string, period: string) {
  return ((await call(page, 'GET', `/api/observations?indicatorId=${indicatorId}`)) as Obs[]).find((o) => o.period === period)?.status;
}

describe('approvals in the first week', () => {
  let hub: Hubline | undefined;
  let period = '';
  let indicatorId = '';

  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline();
    // The liaison submits this year's first free month, close to last month's value.
    const { page, close } = await openBrowser(hub.url);
    try {
      await login(page, 'liaison_commerce');
      const ind = await indicatorOf(page, CODE);
      indicatorId = ind.id;
      const obs = (await call(page, 'GET', `/api/observations?indicatorId=${ind.id}`)) as Obs[];
      const taken = new Set(obs.map((o) => o.period));
      const month = [...Array(12).keys()].map((m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`).find((p) => !taken.has(p))!;
      period = month;
      const last = obs.filter((o) => o.period < period).sort((a, b) => a.period.localeCompare(b.period)).pop()!;
      const saved = (await call(page, 'POST', '/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period, value: Math.round(last.value * 1.02), comment: '浏览器测试' }] })) as { ids?: string[] };
      const id = saved.ids?.[0] ?? ((await call(page, 'GET', `/api/observations?indicatorId=${ind.id}`)) as Obs[]).find((o) => o.period === period)!.id;
      await call(page, 'POST', '/api/observations/submit', { ids: [id] });
    } finally {
      await close();
    }
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('"我不知道有什么在等我审批": the unit leader sees a count in the menu and on 我的待办, the row shows the previous value, the target path and the plausible range, and 审批 asks first and can be undone', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub!.url);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await login(page, 'leader_commerce');
      // The header counts what waits, the menu says where.
      await expect.poll(async () => Number((await page.getByTestId('todo-count').innerText()).replace(/\D/g, '') || 0)).toBeGreaterThanOrEqual(1);
      await page.getByTestId('main-menu').getByText('指标监测').click();
      await expect.poll(() => page.getByTestId('menu-count-indicators-review').innerText()).toBe('1');

      await page.getByTestId('todo-count').click();
      await page.waitForURL('**/delivery/todo');
      const todo = page.getByTestId('todo-table').locator('tr', { hasText: '数据审批' });
      await expect.poll(() => todo.innerText()).toContain('经陆海新通道货运量');
      await todo.getByRole('link').or(todo.locator('a')).first().click();
      await page.waitForURL('**/indicators/review');

      const row = page.getByTestId('review-table').locator('.ant-table-row', { hasText: CODE });
      await row.waitFor();
      const compare = await row.getByTestId('review-compare').innerText();
      expect(compare).toMatch(/上期：[\d,.]+/);
      expect(compare).toContain(`${YEAR}年全年应达值`); // a month is weighed against the year's path
      expect(compare).toMatch(/合理范围：[\d,.]+ – [\d,.]+/);
      await screenshot(page, 'approvals-review-1366');

      // 审批 asks first: nothing changes until it is confirmed.
      await row.getByTestId('review-approve').click();
      const confirm = page.locator('.ant-popconfirm:visible');
      await confirm.waitFor();
      expect(await confirm.innerText()).toContain('审批');
      expect(await stateOf(page, indicatorId, period)).toBe('submitted');
      await confirm.locator('.ant-btn-primary').click();
      await expect.poll(() => stateOf(page, indicatorId, period)).toBe('approved');

      // …and can be undone from the message that reports it.
      await page.getByTestId('review-undo').click();
      await expect.poll(() => stateOf(page, indicatorId, period)).toBe('submitted');
      await row.waitFor();

      // Approved for good this time; the count goes to zero.
      await row.getByTestId('review-approve').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await expect.poll(() => stateOf(page, indicatorId, period)).toBe('approved');
      await expect.poll(() => page.getByTestId('menu-count-indicators-review').count()).toBe(0);
      // Until the office accepts, the approval can still be taken back from the 已审批 tab.
      await page.getByRole('tab', { name: /已审批待办公室审核/ }).click();
      await page.getByTestId('review-table').locator('.ant-table-row', { hasText: CODE }).getByTestId('review-unapprove').waitFor();
    } finally {
      await close();
    }
  });

  it('"每个角色都想知道有几件事在等自己": the office sees the approved value waiting for acceptance; the liaison and the district leader see their count too', async (ctx) => {
    requireBrowser(ctx);
    for (const [user, least] of [
      ['office', 1],
      ['liaison_commerce', 0],
      ['leader', 0],
    ] as const) {
      const { page, close } = await openBrowser(hub!.url);
      try {
        await login(page, user);
        const button = page.getByTestId('todo-count');
        await button.waitFor();
        await expect.poll(async () => Number((await button.innerText()).replace(/\D/g, '') || 0)).toBeGreaterThanOrEqual(least);
        if (user === 'office') {
          await page.goto('/delivery/todo');
          await expect.poll(() => page.getByTestId('todo-table').innerText()).toContain('待您审核');
        }
      } finally {
        await close();
      }
    }
  });

  it('"我看不出进展状态什么时候变的、为什么变": the indicator page lists each status change with the inputs that changed', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub!.url);
    try {
      await login(page, 'office');
      // The office changes the 2027 target twice (far below, then far above the current value): the status changes.
      const ind = await indicatorOf(page, 'YB-CORRIDOR-2023-7');
      for (const value of [1, 1_000_000]) {
        const d = (await call(page, 'GET', `/api/indicators/${ind.id}`)) as { version: number; targets: { year: number; kind: string; value: number | null }[] };
        await call(page, 'PUT', `/api/indicators/${ind.id}/targets`, { version: d.version, targets: d.targets.map((t) => ({ year: t.year, kind: t.kind, value: t.year === 2027 ? value : t.value })) });
      }
      await page.goto(`/indicators/overview?indicator=${ind.id}`);
      await page.getByTestId('indicator-detail').waitFor();
      await page.getByRole('tab', { name: /状态变化/ }).click();
      const table = page.getByTestId('status-history');
      await table.waitFor();
      const newest = table.locator('.ant-table-row').first();
      const text = await newest.innerText();
      expect(text).toContain('2027年目标');
      expect(text).toMatch(/1,000,000|1000000|100万/);
      expect(await newest.getByTestId('status-badge').count()).toBe(2); // from → to
      await screenshot(page, 'status-history');
    } finally {
      await close();
    }
  });
});
