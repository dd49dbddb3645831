// The cockpit as a PDF: Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) opens
// the cockpit page of this very server in its print layout (?print=1) as the asking user and
// prints it. The user's own rights apply, through a two-minute session that is removed after.
import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index';
import { sessions } from '../db/schema';
import { randomToken, sha256 } from '../core/password';
import { SESSION_COOKIE } from '../core/access';
import { AppError } from '../core/errors';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the server itself listens, as Chromium on this machine reaches it. */
export function ownUrl(app: FastifyInstance): string {
  const a = app.server.address() as AddressInfo | string | null;
  if (!a || typeof a === 'string') throw new AppError(503, 'not_listening', '服务未在网络端口上监听，无法生成 PDF', 'the server is not listening on a port: no PDF');
  const host = a.address === '::' || a.address === '0.0.0.0' ? '127.0.0.1' : a.family === 'IPv6' ? `[${a.address}]` : a.address;
  return `http://${host}:${a.port}`;
}

export async function printCockpit(db: Db, app: FastifyInstance, userId: string, planId: string, period: string | undefined): Promise<Buffer> {
  const base = ownUrl(app);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new AppError(503, 'pdf_unavailable', '未安装 playwright-core，无法生成 PDF', 'playwright-core is not installed: no PDF');
  }
  const token = randomToken();
  const id = sha256(token);
  await db.insert(sessions).values({ id, userId, csrfToken: randomToken(), expiresAt: new Date(Date.now() + 120_000), ip: '127.0.0.1', userAgent: 'hubline cockpit pdf' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true }).catch((e: Error) => {
    throw new AppError(503, 'pdf_unavailable', `无法启动 Chromium（${CHROMIUM}），无法生成 PDF`, `cannot start Chromium (${CHROMIUM}): ${e.message.split('\n')[0]}`);
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const q = new URLSearchParams({ planId, print: '1', ...(period ? { period } : {}) });
    await page.goto(`${base}/cockpit?${q}`, { waitUntil: 'load', timeout: 60_000 });
    await page.locator('[data-testid="cockpit"][data-ready="1"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    // Charts draw on the next frames once their containers have their size.
    await page.waitForTimeout(400);
    return await page.pdf({ width: '1600px', height: '1000px', printBackground: true, pageRanges: '1' });
  } finally {
    await browser.close().catch(() => {});
    await db.delete(sessions).where(eq(sessions.id, id));
  }
}
