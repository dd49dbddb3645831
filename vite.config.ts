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
  plugins: [react(), navWords(), antdFormImportsDirect(), precompress()],
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
