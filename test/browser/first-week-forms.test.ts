// The first week of real users (issue 17), the forms left over: nothing typed on the revise
// screen or the holiday calendar is lost without asking, the office says in its own words why it
// returns a breakdown, and English mode shows zones and units by their English names.
// Real server, real database, real Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmDialog, login, openBrowser, planByCode, requireBrowser, send, useHubline } from './helpers';

// 经陆海新通道货运量增长率, monthly, 区商务委's; the demo data has every month of last year accepted.
const CODE = 'YB-CORRIDOR-2023-4';
const LAST = new Date().getFullYear() - 1;

/** The app's "leave and lose it?" question: asserts it names `what`, then stays on the page. */
async function askedAndStay(page: Page, what: string) {
  await confirmDialog(page).waitFor();
  expect(await confirmDialog(page).innerText()).toContain(what);
  await page.getByTestId('unsaved-stay').click();
  await confirmDialog(page).waitFor({ state: 'detached' });
}

describe('the first week: forms that keep what was typed, words the office chooses, names in English', () => {
  const hub = useHubline();

  it('"I typed the reason for revising an approved value, clicked 返回 or another menu item, and my reason was gone"', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await login(page, 'liaison_commerce');
      await page.goto(`/indicators/entry?year=${LAST}`);
      await page.getByTestId(`revise-${CODE}-${LAST}-03`).click();
      const panel = page.getByTestId('revise-panel');
      await panel.waitFor();
      const reason = panel.getByTestId('revise-reason');
      await reason.fill('统计局年报修订，口径调整');

      // Another menu item asks, and staying keeps the reason.
      await page.getByTestId('main-menu').getByText('指标总览').click();
      await askedAndStay(page, '修改原因');
      expect(page.url()).toContain('/indicators/entry');
      expect(await reason.inputValue()).toBe('统计局年报修订，口径调整');

      // The screen's own 返回 link asks too: going back to the list would drop the revision.
      await panel.getByRole('button', { name: /返回/ }).click();
      await askedAndStay(page, '修改原因');
      expect(page.url()).toContain('revise=');

      // And so does the browser's back button.
      await page.goBack();
      await askedAndStay(page, '修改原因');
      expect(page.url()).toContain('revise=');
      expect(await reason.inputValue()).toBe('统计局年报修订，口径调整');

      // Leaving on purpose: back to the list, nothing saved.
      await panel.getByRole('button', { name: /返回/ }).click();
      await confirmDialog(page).waitFor();
      await page.getByTestId('unsaved-leave').click();
      await panel.waitFor({ state: 'detached' });
      expect(page.url()).not.toContain('revise=');

      // An untouched revise screen is left without a question.
      await page.getByTestId(`revise-${CODE}-${LAST}-03`).click();
      await panel.waitFor();
      await panel.getByRole('button', { name: /返回/ }).click();
      await panel.waitFor({ state: 'detached' });
      expect(await confirmDialog(page).count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('"on a 1366 px laptop I looked for 数据填报 under the 42 on 进展填报, and the state of my row was cut off at the right"', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await login(page, 'liaison_commerce');
      // The data owed is counted where it is entered, not only under the progress-report module.
      const menu = page.getByTestId('main-menu');
      await page.goto('/indicators/overview');
      const owed = menu.getByTestId('menu-count-indicators-entry');
      await expect.poll(async () => Number((await owed.count()) ? await owed.innerText() : 0)).toBeGreaterThan(0);
      const todo = (await (await page.request.get('/api/todo')).json()) as { kind: string }[];
      expect(Number(await owed.innerText())).toBe(todo.filter((x) => x.kind === 'indicator').length);

      await menu.getByText('数据填报').click();
      const table = page.getByTestId('entry-table');
      await table.locator('.ant-table-row').first().waitFor();
      // The 状态 cell of every row shown lies inside the table's visible box.
      const box = (await table.locator('.ant-table-container').boundingBox())!;
      const cells = table.locator('.ant-table-row td:last-child');
      const first = (await cells.first().boundingBox())!;
      expect(first.x + first.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(first.x).toBeGreaterThanOrEqual(box.x);
      expect(await cells.first().innerText()).toMatch(/已审核通过|未填报|草稿|已提交|已审批|已退回/);
    } finally {
      await close();
    }
  });

  it('"I added two holidays to the calendar, clicked 我的待办 before saving, and they were gone"', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await login(page, 'office');
      await page.goto('/delivery/calendar');
      const yearInput = page.getByTestId('calendar-year');
      const year = Number(await yearInput.inputValue());
      const date = page.locator('[data-testid="calendar-date"] input, input[data-testid="calendar-date"]').first();
      await date.click();
      await date.fill(`${year}-10-09`);
      await date.press('Enter');
      await page.getByTestId('calendar-name').fill('国庆调整');
      await page.getByTestId('calendar-add').click();
      await page.getByText('国庆调整').waitFor();

      // Another page (the header's 我的待办) asks; staying keeps the day.
      await page.getByTestId('todo-count').click();
      await askedAndStay(page, '节假日');
      expect(page.url()).toContain('/delivery/calendar');
      await page.getByText('国庆调整').waitFor();

      // Another year would load that year's days over it: that asks too.
      await yearInput.press('ArrowUp');
      await askedAndStay(page, '节假日');
      expect(await yearInput.inputValue()).toBe(String(year));
      await page.getByText('国庆调整').waitFor();

      // Saved, nothing is asked any more.
      await page.getByTestId('calendar-save').click();
      await expect.poll(() => page.getByTestId('calendar-save').isDisabled()).toBe(true);
      await page.getByTestId('todo-count').click();
      await page.waitForURL(/\/delivery\/todo/);
      expect(await confirmDialog(page).count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('"I returned a breakdown and the unit read 请细化节点, not what I meant"', async (ctx) => {
    requireBrowser(ctx);
    const { page, close } = await openBrowser(hub().url);
    try {
      await login(page, 'office');
      // A breakdown submitted for the office's decision.
      const plan = await planByCode<{ tasks: { id: string; kind: string }[] }>(page, 'YB-CORRIDOR-2023');
      const task = plan.tasks.find((x) => x.kind === 'task')!;
      const made = await send(page, 'POST', '/api/measures', { taskId: task.id, year: LAST + 1, title: '冷链物流节点建设（退回测试）', text: '', milestones: [{ dueDate: `${LAST + 1}-12-31`, deliverable: '全年建成' }] });
      expect(made.status, made.body).toBe(200);
      const measure = JSON.parse(made.body) as { id: string; version: number };
      const submitted = await send(page, 'POST', `/api/measures/${measure.id}/submit`, { version: measure.version });
      expect(submitted.status, submitted.body).toBe(200);

      await page.goto(`/delivery/tasks?task=${task.id}`);
      const item = page.locator('.ant-list-item', { hasText: '冷链物流节点建设（退回测试）' });
      await item.getByTestId('measure-return').click();
      // Without a reason nothing is sent, and the form says so in Chinese.
      await page.getByTestId('measure-return-ok').click();
      await page.getByText('请填写退回原因').waitFor();
      const status = async () => ((await (await page.request.get(`/api/measures/${measure.id}`)).json()) as { status: string }).status;
      expect(await status()).toBe('submitted');

      await page.getByTestId('measure-return-reason-input').fill('节点只有一个“全年建成”，请按季度拆分并写明交付物');
      await page.getByTestId('measure-return-ok').click();
      await item.getByTestId('measure-return-reason').waitFor();
      expect(await item.getByTestId('measure-return-reason').innerText()).toContain('请按季度拆分并写明交付物');
      const after = (await (await page.request.get(`/api/measures/${measure.id}`)).json()) as { status: string; returnReason: string };
      expect(after).toMatchObject({ status: 'draft', returnReason: '节点只有一个“全年建成”，请按季度拆分并写明交付物' });
    } finally {
      await close();
    }
  });

  it('"in English the zones still read 渝北区 and 重庆市, and the units 区商务委"', async (ctx) => {
    requireBrowser(ctx);
    const { page, context, close } = await openBrowser(hub().url);
    try {
      await context.addInitScript(() => localStorage.setItem('hubline.language', 'en'));
      await login(page, 'office');
      await page.goto('/indicators/overview');
      const table = page.getByTestId('indicators-table');
      await table.locator('.ant-table-row').first().waitFor();
      await expect.poll(() => table.innerText()).toContain('Yubei District');
      const text = await table.innerText();
      for (const zh of ['渝北区', '重庆市', '区商务委', '区交通局']) expect(text, zh).not.toContain(zh);
      expect(text).toContain('Chongqing');

      // The entry form too (a liaison's), the same names from the same source.
      await page.getByTestId('user-menu').waitFor();
      const { page: liaison, context: c2, close: close2 } = await openBrowser(hub().url);
      try {
        await c2.addInitScript(() => localStorage.setItem('hubline.language', 'en'));
        await login(liaison, 'liaison_commerce');
        await liaison.goto('/indicators/entry');
        const entry = liaison.getByTestId('entry-table');
        await entry.locator('.ant-table-row').first().waitFor();
        await expect.poll(() => entry.innerText()).toMatch(/Yubei District|Chongqing/);
        expect(await entry.innerText()).not.toMatch(/渝北区|重庆市/);
        // The page's own sentence, the header and the reminders name the unit and the indicators in English too.
        const card = liaison.locator('.hl-page-card').first();
        await expect.poll(() => card.locator('.hl-page-desc').first().innerText()).toContain('District Commerce Commission');
        await expect.poll(() => liaison.getByTestId('user-unit').innerText()).not.toContain('区商务委');
        const reminders = liaison.getByTestId('missing-panel');
        await reminders.waitFor();
        expect(await reminders.innerText()).not.toMatch(/增长率|进出口额/);
      } finally {
        await close2();
      }
    } finally {
      await close();
    }
  });
});
