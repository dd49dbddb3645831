// Shared by the browser tests: a real Hubline server in its own process on a fresh
// embedded database, a headless Chromium, and the few steps every test repeats.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM, hasChromium, isCI } from '../support/env';
import { startServer, type ServerProcess } from '../support/processes';

export { CHROMIUM, isCI };
export const DEMO_PASSWORD = 'Hubline-Demo-2026';
export const ADMIN_PASSWORD = 'Browser-Chief-Pass-2026';

const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIR = join(ROOT, 'dist/web');
const RESULTS_DIR = join(ROOT, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return hasChromium() ? null : `Chromium not found at ${CHROMIUM} (install it: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`;
}

/**
 * Call first in every browser test. Without Chromium the test is skipped and says what is
 * missing; under CI=true it fails instead, because CI must run every part.
 */
export function requireBrowser(ctx: { skip: (note?: string) => never }): void {
  const missing = browserMissing();
  if (!missing) return;
  if (isCI) throw new Error(`CI=true and the browser tests cannot run: ${missing}`);
  console.warn(`browser test skipped: ${missing}`);
  ctx.skip(missing);
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/web when it is missing or older than its sources: a test must see the current code. */
export function ensureWebBuilt(): void {
  const index = join(WEB_DIR, 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'src/web')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // Vitest sets NODE_ENV=test, and Vite would honour it and ship React and antd in development mode.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

export interface Hubline {
  url: string;
  dataDir: string;
  server: ServerProcess;
  stop(): Promise<void>;
}

const serverEnv = (dataDir: string, env: Record<string, string | undefined> = {}) => ({
  HUBLINE_DATA_DIR: dataDir,
  HUBLINE_DEMO: '1',
  HUBLINE_WEB_DIR: WEB_DIR,
  HUBLINE_ADMIN_PASSWORD: ADMIN_PASSWORD,
  NODE_ENV: 'test',
  ...env,
});

/**
 * The run's seeded demo database (global-setup.ts names the place): seeded by the first
 * server that needs it, in a directory of its own renamed into place when the server has
 * stopped cleanly, so a half-written copy is never used.
 */
async function demoTemplate(): Promise<string | undefined> {
  const dir = inject('demoTemplateDir');
  if (!dir || existsSync(dir)) return dir;
  const building = `${dir}.${process.pid}`;
  const seeder = await startServer(serverEnv(building));
  await seeder.stop();
  if (seeder.proc.exitCode !== 0) throw new Error(`the demo template's server did not stop cleanly (${seeder.proc.exitCode}):\n${seeder.output()}`);
  renameSync(building, dir);
  return dir;
}

/**
 * A Hubline server with the demo data on a temporary PGlite directory of its own: a copy of
 * the run's seeded demo database when the test keeps the demo settings (the seed finds it
 * complete and adds nothing), else seeded from scratch.
 */
export async function startHubline(env: Record<string, string | undefined> = {}): Promise<Hubline> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubline-browser-'));
  let server: ServerProcess;
  try {
    const defaults: Record<string, string | undefined> = serverEnv(dataDir);
    const keepsDemoSettings = Object.entries(env).every(([k, v]) => k !== 'HUBLINE_DATA_DIR' && k in defaults && defaults[k] === v);
    const template = keepsDemoSettings ? await demoTemplate() : undefined;
    if (template) cpSync(template, dataDir, { recursive: true });
    server = await startServer(serverEnv(dataDir, env));
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: server.url,
    dataDir,
    server,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile (no cookies, no stored language) on a desktop-sized window. */
export async function openBrowser(baseURL: string): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  // Page errors are test failures waiting to happen: surface them in the test output.
  page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
  return {
    browser,
    context,
    page,
    close: async () => {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
    },
  };
}

/** Signs in through the login form, as a person would, and waits for the shell. */
export async function login(page: Page, username: string, password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Saves a full-page screenshot to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  // Fonts load lazily: a screenshot taken before they arrive shows boxes instead of Chinese.
  await page.evaluate(() => document.fonts.ready);
  // Finished transitions: a menu caught mid-fade shows two highlighted entries.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/**
 * One Hubline server (demo data, its own database) for the whole file: started before the
 * first test, stopped after the last. Returns a getter, since the server exists only once
 * `beforeAll` has run.
 */
export function useHubline(): () => Hubline {
  let hub: Hubline | undefined;
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline();
  });
  afterAll(async () => {
    await hub?.stop();
  });
  return () => hub!;
}

/** A write through the page's own session, as the app sends it (CSRF header from the cookie). */
export async function send(page: Page, method: string, url: string, body: unknown): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = decodeURIComponent(/(?:^|; )hubline_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      const r = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body) });
      return { status: r.status, body: await r.text() };
    },
    { method, url, body },
  );
}

/** The app's confirmation dialog (antd modal.confirm): the unsaved-changes question among others. */
export const confirmDialog = (page: Page) => page.locator('.ant-modal-confirm');

/** A plan with its tasks, read through the page's session by the plan's code (YB-CORRIDOR-2023 for seed 000). */
export async function planByCode<T>(page: Page, code: string): Promise<T> {
  const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; code: string }[];
  return (await (await page.request.get(`/api/plans/${plans.find((p) => p.code === code)!.id}`)).json()) as T;
}

/**
 * Picks `text` in the antd Select `select` and waits until the Select shows it. On a loaded
 * machine a click can land on a dropdown still closing from the previous pick, or on an option
 * still moving in, and be lost (seen in CI: the form then never showed the picked method's
 * fields); so the pick waits for every other dropdown to close, and is tried again when the
 * Select does not show the option afterwards, up to three times.
 */
export async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    await expect.poll(() => open.count()).toBe(0);
    await select.click();
    await open.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 5_000 }).toContain(text);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      // a dropdown left open is closed by its own Select, not Escape (that would close a dialog too)
      if (await open.count()) await select.click();
    }
  }
}

/**
 * The office, signed in, pastes `text` on the import page, has it read, and opens the review's
 * 指标 tab: the indicator cards.
 */
export async function reviewIndicatorsOf(page: Page, text: string): Promise<Locator> {
  await page.goto('/plans/import');
  await page.getByRole('tab', { name: '粘贴文本' }).click();
  await page.getByTestId('import-text').fill(text);
  await page.getByRole('button', { name: '开始识别' }).click();
  await page.getByTestId('review-task').first().waitFor({ timeout: 20_000 });
  await page.getByRole('tab', { name: /指标/ }).click();
  return page.getByTestId('review-indicator');
}
