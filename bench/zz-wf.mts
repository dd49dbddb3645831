import { chromium } from 'playwright-core';
const [url, path, sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
const c = await browser.newContext({ baseURL: url }); await c.request.post('/api/auth/login', { data: { username: process.env.LOGIN ?? 'leader', password: 'Hubline-Demo-2026' }, headers: { origin: url } }); const st = await c.storageState(); await c.close();
for (let k = 0; k < 2; k++) {
const ctx = await browser.newContext({ locale: 'zh-CN', storageState: st, viewport: { width: 1366, height: 768 } });
const page = await ctx.newPage();
await page.goto(url + path, { waitUntil: 'commit' });
await page.locator(sel).first().waitFor({ state: 'visible', timeout: 60000 });
const r2 = await page.evaluate(() => [Math.round(performance.now()), ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => [e.name.split('/').pop()!.slice(0, 40), Math.round(e.startTime), Math.round(e.requestStart), Math.round(e.responseStart), Math.round(e.responseEnd)].join(' '))]);
if (k === 1) console.log(r2.join('\n')); else console.log('first', r2[0]);
await ctx.close();
}
await browser.close();
