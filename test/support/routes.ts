// What the generated route tests need: the route table as the snapshot records it, and a
// request body that passes a route's schema while naming things that do not exist.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { RouteEntry } from '../../src/server/core/access';

export const NO_SUCH = '00000000-0000-4000-8000-000000000000';
export const SNAPSHOT = 'test/contract/routes.snapshot.json';

/** The route table without schemas, in a stable order: the committed snapshot's content. */
export const routeSnapshot = (app: FastifyInstance) =>
  app.routeTable
    .map(({ schema: _s, ...r }) => r)
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));

/** The URL with every path parameter an id that does not exist. */
export const urlOf = (r: Pick<RouteEntry, 'url'>) => r.url.replace(/:[A-Za-z]+/g, NO_SUCH);

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const LEAVES: unknown[] = [NO_SUCH, '2024', '2024-01-01', '2024-01-01T00:00:00.000Z', 'sample_x', 'Sample-Pass-2026!', 1, 2024, 0, true, false];

/**
 * A value that passes `schema`: unknown ids (NO_SUCH), version 1, the smallest lists, so a
 * call reaches the service and must answer 404 / 409 / 400, never 500. undefined if none found.
 */
export function sampleOf(schema: z.ZodType | undefined): unknown {
  if (!schema) return undefined;
  const d = defOf(schema);
  const ok = (v: unknown) => schema.safeParse(v).success;
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return sampleOf(d.innerType as z.ZodType);
    case 'pipe':
      return sampleOf(d.in as z.ZodType);
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(shape)) {
        const inner = defOf(v).type;
        if (inner === 'optional') continue;
        out[k] = k === 'version' ? 1 : sampleOf(v);
      }
      return ok(out) ? out : Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, k === 'version' ? 1 : sampleOf(v)]));
    }
    case 'array': {
      const one = [sampleOf(d.element as z.ZodType)];
      return ok([]) ? [] : one;
    }
    case 'tuple':
      return (d.items as z.ZodType[]).map(sampleOf);
    case 'enum':
      return Object.values(d.entries as Record<string, unknown>)[0];
    case 'literal':
      return (d.values as unknown[])[0];
    case 'union':
      return sampleOf((d.options as z.ZodType[])[0]);
    case 'record':
      return {};
    case 'unknown':
    case 'any':
      return null;
    default:
      return LEAVES.find(ok);
  }
}
