// The main flows with the keyboard alone (WCAG 2.1.1 keyboard, 2.4.7 focus visible): sign in,
// enter a value on 数据填报 and submit it, approve it as the unit leader, open the indicator
// and read its status. Only Tab, Shift+Tab, Enter, Space, arrow keys and typed characters; no
// clicks, no URLs typed after the first page. Every element reached must show its focus.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inBrowser, settle, useHubline } from './a11y-support';
import { DEMO_PASSWORD, requireBrowser, screenshot } from './helpers';

const CODE = 'YB-CORRIDOR-2023-7';
const NAME = '外贸进出口额（东盟）';
const YEAR = new Date().getFullYear();
// 356 reaches the 2027 target of 355 亿元 (see indicators.test.ts).
const VALUE = '356';

interface Focused {
  tag: string;
  text: string;
  label: string | null;
  testid: string | null;
  autocomplete: string | null;
  visible: boolean;
}

/** What has the focus, and whether it can be seen: an outline or a focus shadow on the element or the control around it. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const shows = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== 'none' && s.boxShadow !== '');
    };
    // antd draws the focus of a checkbox on the square beside the hidden input, of an input on its
    // frame; so does the login form's plain input (.hl-input, core/LoginPage.tsx).
    const around = [el, el.nextElementSibling, el.closest('.ant-input-number, .ant-input-affix-wrapper, .ant-select, .ant-checkbox, .ant-picker, .hl-input')];
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText ?? '').trim().slice(0, 80),
      label: el.getAttribute('aria-label'),
      testid: el.getAttribute('data-testid'),
      autocomplete: el.getAttribute('autocomplete'),
      visible: around.some(shows),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, { back = false, max = 250 } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && match(f)) {
      expect(f.visible, `focus on ${what} is not visible`).toBe(true);
      return f;
    }
  }
  throw new Error(`${what}: not reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Moves with an arrow key until the focused menu item reads `text` (the menu itself, holding every item's text, does not count). */
async function arrowTo(page: Page, text: string, key = 'ArrowDown', max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    // An entry may show a count of what waits there beside its name (指标监测 3): the name is what is compared.
    if (f && f.tag !== 'ul' && f.text.split(/\s+/)[0] === text) {
      expect(f.visible, `focus on ${text} is not visible`).toBe(true);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${text}: not reached with ${max} × ${key}`);
}

/** Signs in from the login page by keyboard. */
async function keyboardLogin(page: Page, username: string) {
  await page.goto('/');
  await page.locator('input[autocomplete="username"]').waitFor();
  // The login form puts the focus on the username field; Tab would leave it.
  await expect.poll(async () => (await focused(page))?.autocomplete).toBe('username');
  expect((await focused(page))!.visible, 'focus on the username field is not visible').toBe(true);
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page);
}

/** Opens a page from the side menu: Tab into the menu, arrows to the module, Enter, arrows to the page, Enter (no clicks; waiting for the sub-menu to open is not input). */
async function menuTo(page: Page, module: string, child: string) {
  await tabTo(page, (f) => f.tag === 'li' || f.tag === 'ul' || f.tag === 'div' && f.text.includes(module), 'the side menu', { max: 40 });
  await arrowTo(page, module);
  // Enter opens the module (unless it is open already); the arrows reach its pages once they are shown.
  // (Located by text: antd's menu icons carry an aria-label of their own, so the item's accessible name is not the text alone.)
  const item = page.getByTestId('main-menu').locator('li[role="menuitem"]', { hasText: child });
  // Whether the module is open is read from its title's aria-expanded (a menu item that opens a
  // sub-menu: aria-haspopup), not from the child's visibility.
  const title = page.getByTestId('main-menu').locator('[role="menuitem"][aria-haspopup]', { hasText: module });
  // The menu may re-render under the focus while counts arrive (指标监测 3): then the arrows go
  // back to the module and Enter is pressed again, as a user would.
  for (let attempt = 0; (await title.getAttribute('aria-expanded')) !== 'true'; attempt++) {
    if (attempt === 3) throw new Error(`${module}: did not open after ${attempt} × Enter`);
    if (attempt > 0) await arrowTo(page, module, 'ArrowUp');
    await page.keyboard.press('Enter');
    await title.locator('xpath=.').and(page.locator('[aria-expanded="true"]')).waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await item.waitFor();
  await arrowTo(page, child);
  await page.keyboard.press('Enter');
  await settle(page);
}

describe('keyboard only', () => {
  const hub = useHubline();

  it('sign in, enter and submit a value, approve it, read the indicator status', { timeout: 600_000 }, async (ctx) => {
    requireBrowser(ctx);

    // The liaison of 区商务委 enters this year's value on 数据填报 and submits it.
    await inBrowser(hub(), null, async (page) => {
      await keyboardLogin(page, 'liaison_commerce');
      await menuTo(page, '指标监测', '数据填报');
      expect(new URL(page.url()).pathname).toBe('/indicators/entry');
      const input = await tabTo(page, (f) => f.testid === `value-${CODE}-${YEAR}`, `the ${CODE} ${YEAR} value field`);
      expect(input.label).toBe(`${CODE} ${YEAR}`);
      await page.keyboard.type(VALUE);
      // The row's checkbox sits before its value field; Space ticks it.
      await tabTo(page, (f) => f.tag === 'input' && f.label !== null && /选择|select/i.test(f.label), 'the row checkbox', { back: true, max: 10 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.testid === 'submit-selected', 'the submit button');
      await page.keyboard.press('Enter');
      // The confirmation takes the focus; Enter confirms.
      await page.locator('.ant-popconfirm').waitFor();
      // (antd spaces a two-character button label: 提 交.)
      await expect.poll(async () => ((await focused(page))?.text ?? '').replace(/\s/g, '')).toContain('提交');
      await page.keyboard.press('Enter');
      const row = page.getByTestId('entry-table').locator('tr', { hasText: CODE });
      await expect.poll(() => row.innerText()).toContain('已提交');
      await screenshot(page, 'keyboard-entry-submitted');
    });

    // The unit leader approves it on 审批与审核.
    await inBrowser(hub(), null, async (page) => {
      await keyboardLogin(page, 'leader_commerce');
      await menuTo(page, '指标监测', '审批与审核');
      expect(new URL(page.url()).pathname).toBe('/indicators/review');
      const row = page.getByTestId('review-table').locator('.ant-table-row', { hasText: CODE });
      await row.waitFor();
      const rowText = await row.innerText();
      // Tab to the checkbox of the row that carries this value.
      for (let i = 0; ; i++) {
        await tabTo(page, (f) => f.tag === 'input' && f.label !== null && /选择|select/i.test(f.label) && !/全部|all/i.test(f.label), 'a row checkbox');
        if (await page.evaluate(() => document.activeElement?.closest('tr')?.textContent ?? '').then((t) => t.includes(CODE))) break;
        expect(i).toBeLessThan(50);
      }
      expect(rowText).toContain(`${VALUE} 亿元`);
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.testid === 'approve-selected', 'the approve button', { back: true });
      await page.keyboard.press('Enter');
      // The confirmation takes the focus; Enter confirms.
      await page.locator('.ant-popconfirm').waitFor();
      await expect.poll(async () => (await focused(page))?.testid ?? (await focused(page))?.tag).not.toBe('approve-selected');
      await page.keyboard.press('Enter');
      await page.getByText('已审批 1 条数据').waitFor();
    });

    // The office opens the indicator from the overview and reads its status.
    await inBrowser(hub(), null, async (page) => {
      await keyboardLogin(page, 'office');
      await menuTo(page, '指标监测', '指标总览');
      expect(new URL(page.url()).pathname).toBe('/indicators/overview');
      await tabTo(page, (f) => f.testid === 'indicator-link' && f.text.includes(NAME), `the link to ${NAME}`, { max: 400 });
      await page.keyboard.press('Enter');
      await page.getByTestId('indicator-detail').waitFor();
      await expect.poll(() => page.getByTestId('indicator-status').innerText()).toBe('已达标');
      // The status is reachable too: it is read out with the indicator's heading.
      expect(await page.locator('h1').innerText()).toContain(NAME);
      await screenshot(page, 'keyboard-indicator-status');
    });
  });
});
