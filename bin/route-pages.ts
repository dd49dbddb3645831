// The signed-in pages of the route table (src/web/routes.tsx) as JSON on stdout: each address
// with the source file its page loads, the modules whose words it shows and the GETs it sends as
// it opens. The web build (vite.config.ts, routePreloads) runs this in Node to name, in the page
// the server sends for an address, every chunk that address will load, so the browser fetches
// them beside the first scripts instead of one round after another (issue 10, issue 14).
//   node --import tsx bin/route-pages.ts
import { resolve } from 'node:path';
import { modules, type PageEntry } from '../src/web/routes';
import { BORROWS } from '../src/web/core/word-borrows';

const WEB = resolve(import.meta.dirname, '../src/web');
const pages: Array<{ url: string; source: string; modules: string[]; data: string[]; eagerParts: boolean }> = [];
const add = (url: string, e: PageEntry) => {
  if (!e.page) return;
  // The loader is `() => import('./plans/PlansPage')`: its one import names the page's file.
  const spec = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/.exec(String(e.page.load))?.[1];
  if (!spec || !e.page.module) throw new Error(`${url}: the page's loader names no file (${String(e.page.load)})`);
  pages.push({ url, source: resolve(WEB, spec), modules: [e.page.module, ...(BORROWS[e.page.module] ?? [])], data: e.data ?? [], eagerParts: e.eagerParts ?? false });
};
for (const m of modules) {
  if (m.children) for (const c of m.children) add(`/${m.path}/${c.path}`, c);
  else add(`/${m.path}`, m);
}
process.stdout.write(JSON.stringify(pages));
