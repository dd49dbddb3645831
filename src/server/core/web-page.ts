// The page the server sends for an address of the web app: index.html with, just before </head>,
// the chunks that address's first load will ask for (dist/web/preloads.json, written by the build:
// vite.config.ts routePreloads). Without them the browser finds the chunks in rounds: the first
// scripts, then, once they have run, the signed-in part and the words, then, once that has run,
// the page; each round waits for the one before (issue 10: time to interactive of the first page).
// With them every round's files are on their way from the start, and each round only runs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Preloads {
  login: string[];
  loginCss?: string[];
  signedIn: string[];
  signedInCss?: string[];
  pages: Record<string, { js: string[]; css?: string[]; data: string[] }>;
}

const ASSET = /^\/assets\/[\w.-]+\.js$/;
const STYLE = /^\/assets\/[\w.-]+\.css$/;
const DATA = /^\/api\/[\w/.-]+$/;

/**
 * `(pathname, signedIn) => html`. `signedIn` is whether the request carries a session cookie: a
 * guess (the session may have expired) that only decides what is fetched early, not what renders.
 * Without preloads.json (an older build) every address gets index.html as it is.
 */
export function webPage(webDir: string, indexHtml: string): (pathname: string, signedIn: boolean) => string {
  const file = resolve(webDir, 'preloads.json');
  if (!existsSync(file)) return () => indexHtml;
  const preloads = JSON.parse(readFileSync(file, 'utf8')) as Preloads;
  const made = new Map<string, string>();
  const page = (key: string, js: string[], css: string[], data: string[]) => {
    let html = made.get(key);
    if (html === undefined) {
      // Same attributes as Vite's own modulepreload links, so the module scripts take these answers;
      // the data as core/api.ts `prefetch` asks for it (same address, mode and credentials).
      const links = [
        ...js.filter((f) => ASSET.test(f)).map((f) => `<link rel="modulepreload" crossorigin href="${f}">`),
        // As Vite's loader would add them (it then finds them here and does not wait for them again).
        ...css.filter((f) => STYLE.test(f)).map((f) => `<link rel="stylesheet" crossorigin href="${f}">`),
        ...data.filter((d) => DATA.test(d)).map((d) => `<link rel="preload" href="${d}" as="fetch" crossorigin="anonymous">`),
      ];
      html = indexHtml.replace('</head>', `${links.join('\n')}\n</head>`);
      made.set(key, html);
    }
    return html;
  };
  return (pathname, signedIn) => {
    if (!signedIn) return page('login', preloads.login, preloads.loginCss ?? [], []);
    // The page an address opens: /<module>/<page>, or /<module> (routes.tsx pageAt).
    const [, a, b] = pathname.split('/');
    const key = preloads.pages[`/${a}/${b}`] ? `/${a}/${b}` : preloads.pages[`/${a}`] ? `/${a}` : '';
    const p = preloads.pages[key];
    return page(`in:${key}`, [...preloads.signedIn, ...(p?.js ?? [])], [...(preloads.signedInCss ?? []), ...(p?.css ?? [])], p?.data ?? []);
  };
}
