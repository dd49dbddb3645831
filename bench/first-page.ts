// The first page, measured as a person on the office LAN meets it (issue 10): Chromium with a
// cold cache opens the login page and, signed in, the plans list; for issue 14 also the
// leaders' cockpit (signed in as `leader`, until its tiles and charts are drawn) and the public
// portal's three kinds of page (no login). Recorded: the JavaScript transferred (as sent, Brotli
// here, and its gzip -9 size for the goals: < 250 KB login and plans list, < 200 KB public pages)
// and the time to interactive (navigation start until the page answers input; goals < 1 s login
// and plans list, < 1.5 s cockpit), with a baseline in the same run: the same browser loading a
// static file of the same server. A measurement, not a test: it reports, it does not fail.
//
//   node --import tsx bench/first-page.ts        (also part of `npm run bench`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startServer } from '../test/support/processes';
import { median } from './load';

const ROOT = resolve(import.meta.dirname, '..');
const WEB = join(ROOT, 'dist/web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** The seed 000 plan, published as imported: the public pages measured are its own. */
const PUBLIC_PLAN = 'YB-CORRIDOR-2023';

interface Load {
  /** Navigation start until the page is usable: by the page's own clock when it was observed there. */
  ms: number;
  /** The same, as first measured: when the bench's polling saw it (adds Playwright's polling delay). */
  polledMs: number;
  jsTransferred: number;
  jsGzip: number;
  jsFiles: number;
  files: string[];
}

/**
 * Records in the page, by its own clock, when `selector` first matches a rendered element: a
 * MutationObserver runs with the page's own work, so the time is not delayed by the bench
 * polling for the element from outside (tens to hundreds of ms on a loaded machine).
 */
// A string, not a function: tsx's keep-names helpers would travel with a function's source.
const observeReady = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const seen = () => {
    const el = document.querySelector(selector);
    if (!el || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return false;
    window.__readyAt = performance.now();
    return true;
  };
  const watch = () => {
    if (seen()) return;
    const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true, attributes: true });
  };
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
})();`;

/**
 * Loads `path` in a context with an empty cache and waits until `ready` says the page is usable;
 * with `selector` (the same condition as CSS), the time is the page's own (`observeReady`).
 */
async function coldLoad(context: BrowserContext, url: string, ready: (p: import('playwright-core').Page) => Promise<unknown>, selector: string | undefined, instrumented: boolean): Promise<Load> {
  const page = await context.newPage();
  if (selector) await page.addInitScript({ content: observeReady(selector) });
  const scripts = new Map<string, string>();
  const gzipped = new Map<string, Promise<number>>();
  let jsTransferred = 0;
  // The byte counts need DevTools' network domain, which a person's browser does not have: every
  // response is copied to it and each script's body fetched back while the page still loads. So
  // the bytes come from instrumented loads and the time from loads with nothing attached (a new
  // context's cache is empty anyway); both times are reported, to show what the watching costs.
  if (instrumented) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.set(e.requestId, new URL(e.response.url).pathname);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const path = scripts.get(e.requestId);
      if (path === undefined) return;
      jsTransferred += e.encodedDataLength;
      // The gzip -9 size of the body as received (the server's .gz beside a built file is the
      // same; a script the server writes itself, such as /public/chart.js, has none).
      gzipped.set(
        path,
        cdp.send('Network.getResponseBody', { requestId: e.requestId }).then((b) => gzipSync(b.base64Encoded ? Buffer.from(b.body, 'base64') : Buffer.from(b.body), { level: 9 }).length),
      );
    });
  }
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  // Navigation start to "usable", from the page's own clock: as observed in the page, and as polled.
  const polledMs = await page.evaluate(() => performance.now());
  // Without a selector the page is ready at its load event: its end by the page's own clock, not
  // when the bench's polling saw it (that added 50–200 ms to the static file on a loaded machine).
  const observed = selector
    ? await page.evaluate(() => (window as unknown as { __readyAt?: number }).__readyAt)
    : await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd || undefined);
  if (selector && observed === undefined) throw new Error(`${url}: ${selector} was never seen by the page's observer`);
  const ms = observed ?? polledMs;
  await page.waitForLoadState('networkidle');
  const files = [...gzipped.keys()];
  const sizes = await Promise.all(files.map((f) => gzipped.get(f)!));
  const jsGzip = sizes.reduce((a, b) => a + b, 0);
  await page.close();
  const named = files.map((f, i) => `${f.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(sizes[i])}`);
  return { ms, polledMs, jsTransferred, jsGzip, jsFiles: files.length, files: named };
}

const kb = (b: number) => +(b / 1024).toFixed(1);

export async function firstPageBench() {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  execFileSync(process.execPath, ['bin/build-web-if-needed.js'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hubline-bench-web-'));
  const server = await startServer({ HUBLINE_DATA_DIR: dataDir, HUBLINE_DEMO: '1', HUBLINE_WEB_DIR: WEB, HUBLINE_ADMIN_PASSWORD: 'Bench-Chief-Pass-2026', NODE_ENV: 'production', HUBLINE_JOBS: '0' });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    // Signed-in cookies, taken once per user; every measured load has an empty cache.
    const signedIn = async (username: string) => {
      const signIn = await browser!.newContext({ baseURL: server.url });
      const res = await signIn.request.post('/api/auth/login', { data: { username, password: 'Hubline-Demo-2026' }, headers: { origin: server.url } });
      if (!res.ok()) throw new Error(`login of ${username} failed: ${res.status()} ${await res.text()}`);
      const state = await signIn.storageState();
      await signIn.close();
      return state;
    };
    const office = await signedIn('office');
    const leader = await signedIn('leader');

    type State = Awaited<ReturnType<typeof signedIn>>;
    // Plain and instrumented loads alternate, so both meet the machine in the same state.
    const measure = async (state: State | undefined, path: string, ready: Parameters<typeof coldLoad>[2], selector?: string) => {
      const plain: Load[] = [];
      const instrumented: Load[] = [];
      for (let i = 0; i < RUNS; i++)
        for (const watched of [false, true]) {
          const ctx = await browser!.newContext({ baseURL: server.url, locale: 'zh-CN', storageState: state, viewport: { width: 1366, height: 768 } });
          (watched ? instrumented : plain).push(await coldLoad(ctx, `${server.url}${path}`, ready, selector, watched));
          await ctx.close();
        }
      return { plain, instrumented };
    };
    const baseline = await measure(undefined, '/favicon.svg', (p) => p.waitForLoadState('load'));
    const staticMs = median(baseline.plain.map((l) => l.ms));
    const staticInstrumentedMs = median(baseline.instrumented.map((l) => l.ms));
    const report = (name: string, both: { plain: Load[]; instrumented: Load[] }, goalGzipKB: number | undefined, goalTtiMs: number | undefined) => {
      const loads = both.plain;
      const sized = both.instrumented[0];
      const ms = median(loads.map((l) => l.ms));
      const instrumentedMs = median(both.instrumented.map((l) => l.ms));
      const gz = sized.jsGzip;
      return {
        page: name,
        jsFiles: sized.jsFiles,
        ...(process.env.BENCH_WEB_FILES ? { files: sized.files } : {}),
        jsTransferredKB: kb(sized.jsTransferred),
        jsGzipKB: kb(gz),
        ...(goalGzipKB ? { goalGzipKB, gzipWithinGoal: gz < goalGzipKB * 1024 } : {}),
        ttiMs: Math.round(ms),
        ttiMsRange: [Math.round(Math.min(...loads.map((l) => l.ms))), Math.round(Math.max(...loads.map((l) => l.ms)))],
        ttiPolledMs: Math.round(median(loads.map((l) => l.polledMs))),
        ...(goalTtiMs ? { goalTtiMs, ttiWithinGoal: ms < goalTtiMs } : {}),
        ratioToStaticPage: +(ms / staticMs).toFixed(1),
        // As measured until 2026-12-02: the same loads with DevTools' network domain attached.
        ttiInstrumentedMs: Math.round(instrumentedMs),
        ttiInstrumentedMsRange: [Math.round(Math.min(...both.instrumented.map((l) => l.ms))), Math.round(Math.max(...both.instrumented.map((l) => l.ms)))],
        instrumentedRatioToStaticPage: +(instrumentedMs / staticInstrumentedMs).toFixed(1),
      };
    };
    const pages = [
      report('login', await measure(undefined, '/', (p) => p.locator('input[autocomplete="username"]').waitFor({ state: 'visible' }), 'input[autocomplete="username"]'), 250, 1000),
      report('plans list', await measure(office, '/plans/list', (p) => p.getByTestId('plan-link').first().waitFor({ state: 'visible' }), '[data-testid="plan-link"]'), 250, 1000),
      // Interactive: the tiles are in (data-ready) and ECharts has drawn its canvases.
      report(
        'cockpit',
        await measure(leader, '/cockpit', async (p) => {
          await p.locator('[data-testid="cockpit"][data-ready="1"]').waitFor({ timeout: 120_000 });
          await p.locator('[data-testid="cockpit"] canvas').first().waitFor({ timeout: 120_000 });
        }, '[data-testid="cockpit"][data-ready="1"] canvas'),
        undefined,
        1500,
      ),
      report('public index', await measure(undefined, '/public', (p) => p.waitForLoadState('load')), 200, undefined),
      report('public plan', await measure(undefined, `/public/plans/${PUBLIC_PLAN}`, (p) => p.waitForLoadState('load')), 200, undefined),
      // The indicator page is the one with a script: interactive once its chart is drawn.
      report('public indicator', await measure(undefined, `/public/indicators/${PUBLIC_PLAN}-4`, (p) => p.locator('svg.hl-chart').waitFor(), 'svg.hl-chart'), 200, undefined),
    ];
    return { runs: RUNS, staticPageMs: Math.round(staticMs), staticPageInstrumentedMs: Math.round(staticInstrumentedMs), pages };
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await firstPageBench(), null, 2));
