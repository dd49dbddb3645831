// The first load of an address, as Chromium meets it (issue 10, issue 14: time to interactive).
// The page the server sends names every chunk that address will load (server/core/web-page.ts,
// from the build's preloads.json), so the browser fetches them all from the start instead of in
// rounds.
// A chunk the page loads but its HTML did not name means a round is back: the test says which.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { modules } from '../../src/web/routes';
import { ensureWebBuilt, login, openBrowser, requireBrowser, useHubline, WEB_DIR } from './helpers';

/**
 * Set in the page when the app's own loading screen (core/PageLoading) was ever rendered: after
 * index.html's boot screen, the first page should render as itself, not as a spinner first and
 * then again behind a Suspense fallback that React 19 holds for 300 ms (core/lazy.ts).
 */
const WATCH_LOADING = `new MutationObserver(() => { if (document.querySelector('.hl-page-loading')) window.__sawPageLoading = true; }).observe(document, { childList: true, subtree: true });`;

/** The scripts and data the HTML of `path` names, and those the page then asked for. */
async function firstLoad(page: Page, path: string, ready: string) {
  await page.addInitScript({ content: WATCH_LOADING });
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/assets/') && /\.(js|css)$/.test(url.pathname)) asked.push(url.pathname);
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
  });
  const res = await page.goto(path);
  const html = await res!.text();
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const named = new Set([...html.matchAll(/<(?:link rel="(?:modulepreload|stylesheet)"[^>]*|script type="module"[^>]*) (?:href|src)="([^"]+)"/g)].map((m) => m[1]));
  // Besides /api/auth/me, which index.html itself preloads for every address.
  const data = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]).filter((d) => d !== "/api/auth/me");
  const sawLoadingScreen = await page.evaluate(() => (window as { __sawPageLoading?: boolean }).__sawPageLoading === true);
  return { asked, named, data, html, sawLoadingScreen };
}

describe('first load of an address', () => {
  const hub = useHubline();

  it('the build names a page for every address of the route table, with files that exist', () => {
    // Needs no browser: built here too, for a machine without Chromium (useHubline then builds nothing).
    ensureWebBuilt();
    const preloads = JSON.parse(readFileSync(join(WEB_DIR, 'preloads.json'), 'utf8')) as { login: string[]; signedIn: string[]; pages: Record<string, { js: string[]; data: string[] }> };
    const addresses = modules.flatMap((m) => (m.children ? m.children.filter((c) => c.page).map((c) => `/${m.path}/${c.path}`) : m.page ? [`/${m.path}`] : []));
    expect(Object.keys(preloads.pages).sort()).toEqual(addresses.sort());
    expect(preloads.pages['/plans/list'].data).toEqual(['/api/plans']);
    expect(preloads.pages['/plans/list'].js.some((f) => /\/PlansPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(preloads.login.some((f) => /\/LoginPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(preloads.signedIn.some((f) => /\/SignedIn-[\w-]+\.js$/.test(f))).toBe(true);
    for (const f of [...preloads.login, ...preloads.signedIn, ...Object.values(preloads.pages).flatMap((p) => p.js)]) expect(readFileSync(join(WEB_DIR, f)).length, f).toBeGreaterThan(0);
  });

  it('signed out, the login page: every script it loads is named in its HTML', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      const { asked, named, data, sawLoadingScreen } = await firstLoad(b.page, '/', 'input[autocomplete="username"]');
      expect(sawLoadingScreen, 'the login page rendered a loading screen first').toBe(false);
      const scripts = asked.filter((a) => a.startsWith('/assets/'));
      expect(scripts.length).toBeGreaterThan(10);
      expect(scripts.filter((s) => !named.has(s))).toEqual([]);
      // No signed-in part or data for a visitor without a session.
      expect([...named].some((f) => /\/SignedIn-/.test(f))).toBe(false);
      expect(data).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('signed in, the plans list and the cockpit: every script named, the page data fetched once', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub().url);
    try {
      await login(b.page, 'office');
      const page = await b.context.newPage();
      const plans = await firstLoad(page, '/plans/list', '[data-testid="plan-link"]');
      expect(plans.sawLoadingScreen, 'the plans list rendered a loading screen first').toBe(false);
      expect(plans.asked.filter((s) => s.startsWith('/assets/') && !plans.named.has(s))).toEqual([]);
      expect([...plans.named].some((f) => /\/PlansPage-/.test(f))).toBe(true);
      expect(plans.data).toEqual(['/api/plans']);
      // The preload's answer is the one the page reads: one request, not two.
      expect(plans.asked.filter((a) => a === '/api/plans')).toEqual(['/api/plans']);
      await page.close();

      const cockpitPage = await b.context.newPage();
      const cockpit = await firstLoad(cockpitPage, '/cockpit', '[data-testid="cockpit"][data-ready="1"]');
      expect(cockpit.asked.filter((s) => s.startsWith('/assets/') && !cockpit.named.has(s))).toEqual([]);
      expect([...cockpit.named].some((f) => /\/CockpitPage-[\w-]+\.js$/.test(f))).toBe(true);
      // Its stylesheet too, which Vite's loader would otherwise fetch and wait for before running the page.
      expect([...cockpit.named].some((f) => /\/CockpitPage-[\w-]+\.css$/.test(f))).toBe(true);
      expect(cockpit.asked.filter((a) => a === '/api/plans')).toEqual(['/api/plans']);
      // Its tiles too: asked for at once, without a plan (the server picks the one it opens on).
      expect(cockpit.data).toEqual(['/api/plans', '/api/cockpit']);
      expect(cockpit.asked.filter((a) => a.startsWith('/api/cockpit'))).toEqual(['/api/cockpit']);
    } finally {
      await b.close();
    }
  });
});
