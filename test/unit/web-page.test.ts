// The page the server sends for an address (server/core/web-page.ts): index.html with the chunks
// and data that address's first load asks for, from the build's preloads.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webPage } from '../../src/server/core/web-page';

const INDEX = '<html><head><title>x</title></head><body></body></html>';
const dir = mkdtempSync(join(tmpdir(), 'hubline-web-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const links = (html: string) => [...html.matchAll(/<link rel="(\w+)"[^>]* (?:href)="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe('webPage', () => {
  writeFileSync(
    join(dir, 'preloads.json'),
    JSON.stringify({
      login: ['/assets/LoginPage-a1.js'],
      signedIn: ['/assets/SignedIn-b2.js'],
      pages: {
        '/plans/list': { js: ['/assets/PlansPage-c3.js'], css: ['/assets/plans-e5.css', '/assets/x.css"><b>'], data: ['/api/plans'] },
        '/cockpit': { js: ['/assets/CockpitPage-d4.js', '/assets/x"><script>alert(1)</script>.js'], data: ['/api/plans?x=<b>'] },
      },
    }),
  );
  const page = webPage(dir, INDEX);

  it('signed out: the login page’s chunks, whatever the address', () => {
    expect(links(page('/', false))).toEqual(['modulepreload /assets/LoginPage-a1.js']);
    expect(links(page('/plans/list', false))).toEqual(['modulepreload /assets/LoginPage-a1.js']);
  });

  it('signed in: the signed-in part, then the page of /<module>/<page> or /<module>, and its data', () => {
    expect(links(page('/plans/list', true))).toEqual(['modulepreload /assets/SignedIn-b2.js', 'modulepreload /assets/PlansPage-c3.js', 'stylesheet /assets/plans-e5.css', 'preload /api/plans']);
    // A deeper address opens the same page (routes.tsx pageAt reads the first two parts).
    expect(links(page('/plans/list/extra', true))).toEqual(links(page('/plans/list', true)));
    // Only names that are assets or API paths are written into the page.
    expect(links(page('/cockpit', true))).toEqual(['modulepreload /assets/SignedIn-b2.js', 'modulepreload /assets/CockpitPage-d4.js']);
    expect(links(page('/nowhere', true))).toEqual(['modulepreload /assets/SignedIn-b2.js']);
    expect(links(page('/', true))).toEqual(['modulepreload /assets/SignedIn-b2.js']);
  });

  it('the links go just before </head>, with the attributes a module script and core/api.ts prefetch use', () => {
    const html = page('/plans/list', true);
    expect(html).toBe(
      '<html><head><title>x</title><link rel="modulepreload" crossorigin href="/assets/SignedIn-b2.js">\n<link rel="modulepreload" crossorigin href="/assets/PlansPage-c3.js">\n<link rel="stylesheet" crossorigin href="/assets/plans-e5.css">\n<link rel="preload" href="/api/plans" as="fetch" crossorigin="anonymous">\n</head><body></body></html>',
    );
    // Made once per address kind, then the same string.
    expect(page('/plans/list', true)).toBe(html);
  });

  it('without preloads.json (an older build) every address gets index.html as it is', () => {
    const bare = webPage(mkdtempSync(join(dir, 'bare-')), INDEX);
    expect(bare('/plans/list', true)).toBe(INDEX);
    expect(bare('/', false)).toBe(INDEX);
  });
});
