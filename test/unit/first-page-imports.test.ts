// The login page and the plans list must stay under 250 KB of JavaScript (issue 10). What breaks
// that budget is rarely the page's own code but a library it starts to import by the way — most
// often zod, through a value imported from src/contracts where a type would do. This walks the
// static imports of what those two pages load first (the entry, the shell, the page), the way the
// bundler puts them into the first chunks; dynamic `import()` starts a chunk of its own and is not
// followed, `import type` is erased and is not followed either.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const web = join(root, 'src/web');

/** Libraries that must not be in a first page's chunks (each is tens of KB gzipped or more). */
export const HEAVY = ['zod', 'echarts', 'zrender', 'exceljs', '@ant-design/charts', 'pdfjs-dist', 'mammoth', 'docx'];

/** Static, value-carrying imports and re-exports; `import type`, `export type` and `import()` are left out. */
const STATIC = /^\s*(import|export)\s+(?!type\s)([^'";=(]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm;

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Only `type` names between the braces (`import { type A, type B } from …`) bring in no code. */
const typeOnly = (clause: string) => {
  const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
  return names !== undefined && names.trim() !== '' && names.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()));
};

/** Every heavy library reached from `entries`, with the chain of files that reaches it. */
export function heavyImports(entries: string[], heavy: readonly string[] = HEAVY): string[] {
  const found: string[] = [];
  const via = new Map<string, string | null>(entries.map((e) => [e, null]));
  const queue = [...entries];
  const chain = (f: string) => {
    const out: string[] = [];
    for (let x: string | null | undefined = f; x; x = via.get(x)) out.unshift(relative(root, x));
    return out.join(' → ');
  };
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC)) {
      const [, , clause, spec] = m;
      if (typeOnly(clause)) continue;
      if (spec.startsWith('.')) {
        const target = resolveFile(file, spec);
        if (target && /\.(ts|tsx)$/.test(target) && !via.has(target)) {
          via.set(target, file);
          queue.push(target);
        }
        continue;
      }
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (heavy.includes(pkg)) found.push(`${spec} via ${chain(file)}`);
    }
  }
  return found;
}

const FIRST_PAGES = {
  login: ['main.tsx', 'core/LoginPage.tsx'],
  'plans list': ['main.tsx', 'SignedIn.tsx', 'plans/PlansPage.tsx'],
};

describe('first pages import no heavy library', () => {
  for (const [page, entries] of Object.entries(FIRST_PAGES))
    it(`the ${page}'s first chunks import none of ${HEAVY.join(', ')}`, () => {
      const files = entries.map((e) => join(web, e));
      for (const f of files) expect(existsSync(f), f).toBe(true);
      expect(heavyImports(files)).toEqual([]);
    });

  it('the login form is plain elements: nothing from antd (its Form, Input, Button and Alert cost the first page ≈ 70 KB gzipped and most of its time on a slower CPU)', () => {
    // (antd's locale data comes with core/i18n.ts, which the entry loads anyway.)
    expect(heavyImports([join(web, 'core/LoginPage.tsx')], ['antd']).filter((x) => !x.startsWith('antd/es/locale/'))).toEqual([]);
    // The same walk finds antd where it is: the plan detail the list opens.
    expect(heavyImports([join(web, 'plans/PlanDetail.tsx')], ['antd']).length).toBeGreaterThan(0);
  });

  it('the signed-in shell and the plans list are plain elements too: from antd only the contexts the pages further in share', () => {
    // Its Button, Tooltip, Spin, Alert and Input made their styles at run time and were ≈ 35 KB
    // gzipped of the list's first load (core/plain.tsx). The App and ConfigProvider contexts stay:
    // message, notification and modal of every page go through them (core/feedback.tsx).
    const contexts = ['antd/es/app/context', 'antd/es/app/style', 'antd/es/config-provider/context'];
    const found = heavyImports([join(web, 'SignedIn.tsx'), join(web, 'plans/PlansPage.tsx')], ['antd']).filter((x) => !x.startsWith('antd/es/locale/'));
    expect(found.filter((x) => !contexts.some((c) => x.startsWith(`${c} via`)))).toEqual([]);
  });

  it('would catch one: a value from src/contracts brings zod in', () => {
    // The walk itself must be able to fail: a contracts file imports zod as a value.
    const contract = join(root, 'src/contracts/indicators.ts');
    expect(heavyImports([contract]).some((x) => x.startsWith('zod via'))).toBe(true);
  });

  it('reads `import type` and `{ type X }` as bringing in no code', () => {
    expect(typeOnly('{ type A, type B }')).toBe(true);
    expect(typeOnly('{ type A, B }')).toBe(false);
    expect(typeOnly('{ z }')).toBe(false);
    expect(typeOnly('X')).toBe(false);
  });
});
