import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Writes .br and .gz beside every text asset once, at build time, so the server sends them
 * as they are (@fastify/static `preCompressed`) instead of compressing on every request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hubline-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt|map)$/.test(file) || statSync(file).size < 1024) continue;
        const body = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * antd's form context (imported by Input, Select, Checkbox… on every page) takes FormProvider
 * from @rc-component/form's index, which attaches Field, List and useForm to its default export
 * at module level; a bundler must keep such statements, so every page carried the whole form
 * engine and its validator (≈ 15 KB gzipped) whether it showed a form or not. Radio.Group (in
 * every antd Table's filter menu) does the same through a one-line helper of antd's useForm.
 * Each import is taken from where the thing is defined, so the form engine stays with the pages
 * that use antd Form (issue 10). A rewrite that no longer matches warns: antd changed.
 */
function antdFormImportsDirect(): Plugin {
  const rcFormContext = JSON.stringify(resolve(import.meta.dirname, 'node_modules/@rc-component/form/es/FormContext.js'));
  const rewrites: Array<{ file: RegExp; from: string; to: string }> = [
    {
      file: /[\\/]antd[\\/]es[\\/]form[\\/]context\.js$/,
      from: "import { FormProvider as RcFormProvider } from '@rc-component/form';",
      to: `import { FormProvider as RcFormProvider } from ${rcFormContext};`,
    },
    {
      file: /[\\/]antd[\\/]es[\\/]radio[\\/]group\.js$/,
      from: "import { toNamePathStr } from '../form/hooks/useForm';",
      to: "import { toArray } from '../form/util';\nconst toNamePathStr = (name) => toArray(name).join('_');",
    },
  ];
  return {
    name: 'hubline-antd-form-imports-direct',
    apply: 'build',
    transform(code, id) {
      const r = rewrites.find((x) => x.file.test(id));
      if (!r) return null;
      if (!code.includes(r.from)) {
        this.warn(`${id} changed: "${r.from}" not rewritten`);
        return null;
      }
      return { code: code.replace(r.from, r.to), map: null };
    },
  };
}

/**
 * `virtual:hubline-nav-words/<lang>`: the `nav` words of every module (`src/web/<module>/
 * i18n.<lang>.json`), the only module words the signed-in shell needs for its menu. The rest of
 * a module's words load with its pages (core/i18n.ts): the plans list then does not download the
 * indicators' or the evaluation's words (issue 10). Read from the same files, so nothing is kept twice.
 */
function navWords(): Plugin {
  const PREFIX = 'virtual:hubline-nav-words/';
  const web = resolve(import.meta.dirname, 'src/web');
  return {
    name: 'hubline-nav-words',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const lang = id.slice(PREFIX.length + 1);
      const words: Record<string, { nav: unknown }> = {};
      for (const dir of readdirSync(web, { withFileTypes: true })) {
        const file = join(web, dir.name, `i18n.${lang}.json`);
        if (!dir.isDirectory() || !existsSync(file)) continue;
        this.addWatchFile(file);
        for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { nav?: unknown }>))
          if (value?.nav !== undefined) words[key] = { nav: value.nav };
      }
      return `export default ${JSON.stringify(words)};`;
    },
  };
}

/**
 * `preloads.json` beside index.html: for each address of the route table, the chunks its first
 * load will ask for (the signed-in part, the page, the words of its modules, the Chinese words and
 * locales, which English readers load too as their fallback) and the GETs it sends as it opens;
 * and the same for the login page. The server names them in the page it sends for that address
 * (`<link rel="modulepreload">`, src/server/core/web-page.ts), so the browser fetches them beside the first
 * scripts instead of in rounds, each found only once the one before has run (issue 10: time to
 * interactive). The route table is read by running it in Node (bin/route-pages.ts), not parsed.
 */
function routePreloads(): Plugin {
  const web = resolve(import.meta.dirname, 'src/web');
  return {
    name: 'hubline-route-preloads',
    apply: 'build',
    // After Vite's own steps (it drops the chunks that held only CSS): the names are the files written.
    writeBundle(options, bundle) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'bin/route-pages.ts'], { cwd: import.meta.dirname, encoding: 'utf8' });
      const pages = JSON.parse(out) as Array<{ url: string; source: string; modules: string[]; data: string[]; eagerParts: boolean }>;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const bySource = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId!.replace(/\.(tsx?|json|js)$/, ''), c]));
      const chunkOf = (source: string) => {
        const c = bySource.get(source);
        if (!c) throw new Error(`routePreloads: no chunk for ${source}`);
        return c;
      };
      // A chunk and every chunk it imports statically: what the browser fetches when it runs.
      const closure = (source: string, into = new Set<string>(), eagerParts = false) => {
        const walk = (file: string) => {
          const c = bundle[file];
          if (into.has(file) || c?.type !== 'chunk') return;
          into.add(file);
          c.imports.forEach(walk);
        };
        const top = chunkOf(source);
        walk(top.fileName);
        if (eagerParts) top.dynamicImports.forEach(walk);
        return into;
      };
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error('routePreloads: no entry chunk');
      const inIndex = closure(entry.facadeModuleId!.replace(/\.(tsx?|js)$/, ''));
      const list = (files: Set<string>, without: Set<string> = new Set()) => [...files].filter((f) => !inIndex.has(f) && !without.has(f)).map((f) => `/${f}`);
      // The stylesheets of those chunks: Vite's loader waits for a chunk's CSS before it runs the
      // chunk, unless the page already has that stylesheet.
      const cssOf = (files: Set<string>, without: Set<string> = new Set()) => {
        const css = new Set<string>();
        for (const f of files) {
          const c = bundle[f];
          if (!inIndex.has(f) && !without.has(f) && c?.type === 'chunk') for (const x of c.viteMetadata?.importedCss ?? []) css.add(`/${x}`);
        }
        return [...css];
      };
      const words = (set: Set<string>, sources: string[]) => {
        for (const s of sources) if (bySource.has(s)) closure(s, set);
        return set;
      };
      const coreWords = [
        `${web}/i18n/zh-CN`,
        resolve(import.meta.dirname, 'node_modules/antd/es/locale/zh_CN'),
        resolve(import.meta.dirname, 'node_modules/dayjs/locale/zh-cn'),
      ];
      for (const s of coreWords) chunkOf(s);
      const login = words(closure(`${web}/core/LoginPage`), coreWords);
      const signedIn = words(closure(`${web}/SignedIn`), [...coreWords, `${web}/i18n/modules.zh-CN`]);
      const byUrl: Record<string, { js: string[]; css: string[]; data: string[] }> = {};
      for (const p of pages) {
        const files = words(closure(p.source, new Set(), p.eagerParts), p.modules.map((m) => `${web}/${m}/i18n.zh-CN`));
        byUrl[p.url] = { js: list(files, signedIn), css: cssOf(files, signedIn), data: p.data };
      }
      const preloads = { login: list(login), loginCss: cssOf(login), signedIn: list(signedIn), signedInCss: cssOf(signedIn), pages: byUrl };
      writeFileSync(join(options.dir!, 'preloads.json'), JSON.stringify(preloads, null, 1));
    },
  };
}

// The web app lives in src/web and is served by the Fastify server from dist/web
// (same origin, so the session cookie and CSRF double-submit work without CORS).
export default defineConfig(({ command }) => ({
  root: 'src/web',
  base: '/',
  // react-router's package exports name only its development build; the production build
  // beside it drops the dev warnings (≈ 10 KB gzipped off every page). `react-router/dom`
  // (RouterProvider, for the data router) must come from the same build: two copies would
  // hold two sets of contexts, and every page would find itself outside its router.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') },
            { find: /^react-router\/dom$/, replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/dom-export.mjs') },
          ],
        }
      : {},
  plugins: [react(), navWords(), antdFormImportsDirect(), routePreloads(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // No forced vendor chunks for antd: each page's chunk takes the antd components it
        // uses, so the login page and the plans list load only their own (issue 10). React and
        // ECharts are grouped: React is on every page anyway, ECharts only with the charts.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
}));
