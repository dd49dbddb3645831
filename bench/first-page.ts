// The first page, measured as a person on the office LAN meets it (issue 10): Chromium with a
// cold cache opens the login page and, signed in, the plans list. Recorded: the JavaScript
// transferred (as sent, Brotli here, and its gzip size for the < 250 KB goal) and the time to
// interactive (navigation start until the page answers input), with a baseline in the same run:
// the same browser loading a static page of the same server.
//
//   node --import tsx bench/first-page.ts        (also part of `npm run bench`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startServer } from '../test/support/processes';

const ROOT = resolve(import.meta.dirname, '..');
const WEB = join(ROOT, 'dist/web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const GOAL_KB = 250;

interface Load {
  ms: number;
  jsTransferred: number;
  jsGzip: number;
  jsFiles: number;
  files: string[];
}

/** Loads `path` in a context with an empty cache and waits until `ready` says the page is usable. */
async function coldLoad(context: BrowserContext, url: string, ready: (p: import('playwright-core').Page) => Promise<unknown>): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, string>();
  let jsTransferred = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, new URL(e.response.url).pathname);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (scripts.has(e.requestId)) jsTransferred += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  // Navigation start to "usable", from the page's own clock.
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const files = [...new Set(scripts.values())];
  // The gzip size of each file as the server would send it to a browser without Brotli.
  const jsGzip = files.reduce((sum, f) => sum + (existsSync(join(WEB, `${f}.gz`)) ? statSync(join(WEB, `${f}.gz`)).size : statSync(join(WEB, f)).size), 0);
  await page.close();
  const gz = (f: string) => (existsSync(join(WEB, `${f}.gz`)) ? statSync(join(WEB, `${f}.gz`)).size : statSync(join(WEB, f)).size);
  const named = files.map((f) => `${f.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(gz(f))}`);
  return { ms, jsTransferred, jsGzip, jsFiles: files.length, files: named };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (b: number) => +(b / 1024).toFixed(1);

export async function firstPageBench() {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  execFileSync(process.execPath, ['bin/build-web-if-needed.js'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hubline-bench-web-'));
  const server = await startServer({ HUBLINE_DATA_DIR: dataDir, HUBLINE_DEMO: '1', HUBLINE_WEB_DIR: WEB, HUBLINE_ADMIN_PASSWORD: 'Bench-Chief-Pass-2026', NODE_ENV: 'production', HUBLINE_JOBS: '0' });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    // Signed-in cookies for the plans list, taken once; every measured load has an empty cache.
    const signIn = await browser.newContext({ baseURL: server.url });
    const res = await signIn.request.post('/api/auth/login', { data: { username: 'office', password: 'Hubline-Demo-2026' }, headers: { origin: server.url } });
    if (!res.ok()) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
    const state = await signIn.storageState();
    await signIn.close();

    const measure = async (signedIn: boolean, path: string, ready: Parameters<typeof coldLoad>[2]) => {
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ctx = await browser!.newContext({ baseURL: server.url, locale: 'zh-CN', storageState: signedIn ? state : undefined });
        loads.push(await coldLoad(ctx, `${server.url}${path}`, ready));
        await ctx.close();
      }
      return loads;
    };
    const baseline = await measure(false, '/favicon.svg', (p) => p.waitForLoadState('load'));
    const login = await measure(false, '/', (p) => p.locator('input[autocomplete="username"]').waitFor({ state: 'visible' }));
    const plans = await measure(true, '/plans/list', (p) => p.getByTestId('plan-link').first().waitFor({ state: 'visible' }));
    const report = (name: string, loads: Load[]) => {
      const ms = median(loads.map((l) => l.ms));
      const gz = loads[0].jsGzip;
      return {
        page: name,
        jsFiles: loads[0].jsFiles,
        ...(process.env.BENCH_WEB_FILES ? { files: loads[0].files } : {}),
        jsTransferredKB: kb(loads[0].jsTransferred),
        jsGzipKB: kb(gz),
        goalGzipKB: GOAL_KB,
        withinGoal: gz < GOAL_KB * 1024,
        ttiMs: Math.round(ms),
        ratioToStaticPage: +(ms / median(baseline.map((l) => l.ms))).toFixed(1),
      };
    };
    return { runs: RUNS, staticPageMs: Math.round(median(baseline.map((l) => l.ms))), pages: [report('login', login), report('plans list', plans)] };
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await firstPageBench(), null, 2));
