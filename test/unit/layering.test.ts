// src/domain is pure: it must not reach into the server, the web app or the CLI,
// nor do I/O of its own, so every number it computes can be re-run offline.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const domain = join(root, 'src/domain');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|dns|tls|worker_threads|cluster)$/;

export function violations(sourceFiles: string[]): string[] {
  const bad: string[] = [];
  for (const f of sourceFiles) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const where = relative(root, f);
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(f), spec));
        if (!target.startsWith('src/domain')) bad.push(`${where} imports ${spec} (outside src/domain)`);
      } else if (IO_MODULES.test(spec)) bad.push(`${where} imports ${spec} (I/O)`);
      else if (/^(fastify|drizzle-orm|pg|@electric-sql|react|antd|exceljs|docx|mammoth)/.test(spec)) bad.push(`${where} imports ${spec} (not pure)`);
    }
  }
  return bad;
}

describe('layering', () => {
  it('src/domain imports nothing from server, web, cli or I/O', () => {
    expect(violations(files(domain))).toEqual([]);
  });

  it('src/contracts imports only zod and src/domain, so server and web can share it', () => {
    const contracts = join(root, 'src/contracts');
    const bad: string[] = [];
    for (const f of files(contracts))
      for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3];
        const target = spec.startsWith('.') ? relative(root, resolve(dirname(f), spec)) : spec;
        if (!(target === 'zod' || target.startsWith('src/contracts') || target.startsWith('src/domain'))) bad.push(`${relative(root, f)} imports ${spec}`);
      }
    expect(files(contracts).length).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });

  it('route files hold no SQL and no transactions: they call a service or a query', () => {
    const server = join(root, 'src/server');
    const routeFiles = files(server).filter((f) => /(^|[-/])routes\.ts$/.test(f) || f.endsWith('/notifications.ts'));
    expect(routeFiles.length).toBeGreaterThan(4);
    const bad = routeFiles.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [/from ['"]drizzle-orm/, /from ['"]\.\.\/db\//, /\.transaction\(/, /\bsql`/]
        .filter((re) => re.test(text))
        .map((re) => `${relative(root, f)} matches ${re}`);
    });
    expect(bad).toEqual([]);
  });

  it('would catch a violation', () => {
    // Guard against a check that cannot fail: feed it a file that does cross the line.
    const probe = join(root, 'src/server/app.ts');
    expect(violations([probe]).length).toBeGreaterThan(0);
  });
});
