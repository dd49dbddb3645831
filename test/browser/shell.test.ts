// The shell as two real users meet it: a unit liaison (no administration, no cockpit), and the administrator creating a unit. Real server, real database, real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { ADMIN_PASSWORD, browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';

const MODULES_ZH = ['计划与任务', '指标监测', '进展填报', '督查督办', '考核评价', '通道数据', '驾驶舱', '推进情况报告', '系统管理'];
const MODULES_EN = ['Plans and tasks', 'Indicators', 'Progress reports', 'Supervision', 'Evaluation', 'Corridor data', 'Cockpit', 'Progress briefings', 'Administration'];

// A module with an open sub-menu also shows its pages' names: compare the first line only.
const moduleTitles = async (items: Locator) => (await items.allInnerTexts()).map((t) => t.split('\n')[0].trim());

describe('web shell', () => {
  let hub: Hubline | undefined;

  beforeAll(async () => {
    if (browserMissing()) return; // each test then skips (or fails under CI) and says why
    hub = await startHubline({ HUBLINE_ADMIN_PASSWORD: ADMIN_PASSWORD });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('liaison: the module menu, name and unit in the header, a page of another role, English', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'liaison_commerce');
      const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { displayName: string; unitName: string } };
      expect(me.user.unitName).toBe('区商务委');

      // Every module in the agreed order; the cockpit is the leaders' and the office's (oversight),
      // 系统管理 the administrator's (and office's) only.
      const liaisonModules = (list: string[]) => list.filter((m) => m !== '驾驶舱' && m !== 'Cockpit').slice(0, 6);
      const menu = page.locator('.hl-menu > li');
      await expect.poll(() => moduleTitles(menu)).toEqual(liaisonModules(MODULES_ZH));

      const header = page.getByTestId('user-menu');
      await expect.poll(() => header.innerText()).toContain(me.user.displayName);
      await expect.poll(() => header.innerText()).toContain('区商务委');

      // Typed in by hand, the cockpit answers with the not-allowed page (the server refuses its API too).
      await page.goto(`${hub!.url}/cockpit`);
      await page.getByText('无权访问').waitFor();
      expect((await page.request.get('/api/cockpit?planId=00000000-0000-4000-8000-000000000000')).status()).toBe(403);
      await screenshot(page, 'shell-liaison');

      await page.locator('.hl-header').getByText('English', { exact: true }).click();
      await page.getByText('Not allowed').waitFor();
      await expect.poll(() => moduleTitles(menu)).toEqual(liaisonModules(MODULES_EN));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      // The choice survives a reload.
      await page.reload();
      await page.getByText('Not allowed').waitFor();
      await screenshot(page, 'shell-liaison-en');
    } finally {
      await b.close();
    }
  });

  it('admin: creates a unit in 系统管理 and finds it in the table', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await login(page, 'admin');
      await expect.poll(() => moduleTitles(page.locator('.hl-menu > li'))).toEqual(MODULES_ZH);

      await page.locator('.hl-menu').getByText('系统管理', { exact: true }).click();
      await page.locator('.hl-menu').getByText('单位管理', { exact: true }).click();
      await page.waitForURL('**/admin/units');
      await page.locator('.ant-table-row').first().waitFor();

      await page.getByRole('button', { name: '新建单位' }).click();
      const modal = page.locator('.ant-modal').filter({ hasText: '新建单位' });
      await modal.getByLabel('单位名称').fill('区口岸物流办');
      await modal.getByLabel('简称').fill('口岸办');
      await modal.getByLabel('英文名称').fill('District Port and Logistics Office');
      await modal.getByLabel('所属区域').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('渝北区', { exact: true }).click();
      const aliases = modal.getByLabel('别名');
      await aliases.fill('渝北区口岸物流办公室');
      await aliases.press('Enter');
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await modal.waitFor({ state: 'hidden' });

      await page.getByPlaceholder('搜索名称、简称、别名或英文名').fill('口岸');
      const row = page.locator('.ant-table-row').filter({ hasText: '区口岸物流办' });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('区级部门');
      expect(text).toContain('渝北区');
      expect(text).toContain('渝北区口岸物流办公室');
      await screenshot(page, 'admin-units');

      const units = (await (await page.request.get('/api/units')).json()) as { name: string; aliases: string[]; version: number }[];
      const created = units.find((u) => u.name === '区口岸物流办');
      expect(created?.aliases).toEqual(['渝北区口岸物流办公室']);
    } finally {
      await b.close();
    }
  });

  it('login errors in the reader’s language, and a forced password change', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      await page.goto('/');
      // HUBLINE_DEMO=1: the login page says the shared-password demo accounts are active.
      await page.getByTestId('demo-accounts').filter({ hasText: '演示账号已启用' }).waitFor();
      expect(await page.getByTestId('demo-accounts').innerText()).toContain('liaison_commerce');
      await screenshot(page, 'login-demo-notice');
      await page.locator('input[autocomplete="username"]').fill('leader_transport');
      await page.locator('input[autocomplete="current-password"]').fill('not-the-password');
      await page.locator('button[type="submit"]').click();
      await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
      await page.getByText('English', { exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
      await page.getByText('中文', { exact: true }).click();

      // An administrator creates an account without a password: the generated one must be replaced at first login.
      await login(page, 'admin');
      const csrf = (await page.context().cookies()).find((c) => c.name === 'hubline_csrf')!.value;
      const units = (await (await page.request.get('/api/units')).json()) as { id: string; name: string }[];
      const res = await page.request.post('/api/users', {
        headers: { 'x-csrf-token': csrf },
        data: { username: 'liaison_port', displayName: '孙磊', unitId: units.find((u) => u.name === '区交通局')!.id, roles: ['liaison'] },
      });
      expect(res.status()).toBe(200);
      const { password } = (await res.json()) as { password: string };
      await page.getByTestId('user-menu').click();
      await page.getByText('退出登录').click();
      await page.locator('input[autocomplete="username"]').waitFor();

      await login(page, 'liaison_port', password);
      const dialog = page.locator('.ant-modal').filter({ hasText: '首次登录请修改密码' });
      await dialog.waitFor();
      await dialog.getByLabel('当前密码').fill(password);
      await dialog.getByLabel('新密码', { exact: true }).fill('Port-Liaison-2026!');
      await dialog.getByLabel('确认新密码').fill('Port-Liaison-2026!');
      await dialog.getByRole('button', { name: '确认修改' }).click();
      await dialog.waitFor({ state: 'hidden' });
      // The shell's message hooks load on their first call (core/feedback.tsx): this one still shows.
      await page.locator('.ant-message-notice').filter({ hasText: '密码已修改' }).waitFor();
      const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { mustChangePassword: boolean } };
      expect(me.user.mustChangePassword).toBe(false);
    } finally {
      await b.close();
    }
  });
});
