import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, prefetch } from '../../src/web/core/api';

// The opened page's data, started with its code (SignedIn.tsx): the page's own GET takes that
// answer once, while fresh; anything else asks the server itself.
describe('prefetched GETs (issue 10: the plans list asked for its list only after its first render)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const serve = () => {
    let n = 0;
    const fetch = vi.fn(async () => new Response(JSON.stringify({ n: ++n }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('hands the early answer to the first GET of the same address only', async () => {
    const fetch = serve();
    prefetch('/api/plans');
    prefetch('/api/plans'); // started once
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await api.get('/api/plans')).toEqual({ n: 1 });
    expect(await api.get('/api/plans')).toEqual({ n: 2 });
    expect(await api.get('/api/plans', { query: { q: 'x' } })).toEqual({ n: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not hand out an answer older than ten seconds, nor to a GET with its own signal', async () => {
    const fetch = serve();
    vi.useFakeTimers({ toFake: ['Date'] });
    prefetch('/api/old');
    vi.setSystemTime(Date.now() + 10_001);
    expect(await api.get('/api/old')).toEqual({ n: 2 });
    prefetch('/api/signal');
    expect(await api.get('/api/signal', { signal: new AbortController().signal })).toEqual({ n: 4 });
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});

// What SignedIn.tsx starts downloading with its own chunk: the opened page and its data. The
// cockpit, a module without a sub-menu, was missed (its code started only after the shell drew).
describe('the page an address opens (routes.tsx pageAt)', () => {
  it('finds sub-menu pages, pages that are modules, and nothing else', async () => {
    const { pageAt } = await import('../../src/web/routes');
    expect(pageAt('/plans/list')?.label).toBe('plans.nav.list');
    expect(pageAt('/plans/list')?.data).toEqual(['/api/plans']);
    expect(pageAt('/cockpit')?.label).toBe('nav.cockpit');
    expect(pageAt('/cockpit')?.data).toEqual(['/api/plans', '/api/cockpit']);
    expect(pageAt('/cockpit/')?.label).toBe('nav.cockpit');
    expect(pageAt('/briefings')?.label).toBe('briefings.nav');
    expect(pageAt('/plans')).toBeUndefined();
    expect(pageAt('/plans/nothing')).toBeUndefined();
    expect(pageAt('/nothing')).toBeUndefined();
    expect(pageAt('/')).toBeUndefined();
    // The first import of the route table (icons, antd) takes seconds on a loaded machine.
  }, 30_000);
});
