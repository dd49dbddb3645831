// The OpenAPI description, made conventional in one place rather than in every route:
// each operation gets a stable operationId (from method and path when the route names none),
// a summary, the shared error body for its 4xx answers, and `security: []` when public.
// Redocly's recommended rules check the result (test/integration/openapi.test.ts).
import { z } from 'zod';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/common';
import { uploadBodySchema, type UploadSpec } from './upload';

type TransformArgs = Parameters<typeof jsonSchemaTransform>[0];
type Schema = Record<string, unknown> & { response?: Record<string, unknown>; operationId?: string; summary?: string; hide?: boolean };

/** `GET /api/plans/:id/tasks` → `getPlansByIdTasks`: unique because method + path are. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => (seg.startsWith(':') ? ['by', seg.slice(1)] : seg.split(/[-_.]/)));
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export const ERROR_SCHEMA_NAME = 'Error';
/** The one error body, as a JSON schema component all 4xx answers refer to. */
export const errorComponent = z.toJSONSchema(errorBody, { target: 'openapi-3.0' }) as Record<string, unknown>;

/** What a client can get wrong, by status; the body is always the shared error. */
const CLIENT_ERRORS: Record<string, string> = {
  '4XX': '请求无效、未登录、无权限、不存在、版本冲突或数据不合规；正文说明原因 / Client error (400, 401, 403, 404, 409, 413, 422, 423, 429): the body says why, in Chinese and English',
};

/**
 * zod writes a tuple such as `[start, end]` for OpenAPI 3.0 as items `anyOf` its element
 * schemas; when the elements are alike that lists one schema twice. Keep one of each.
 */
function tidySchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidySchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = tidySchema(v);
  // OpenAPI 3.0 allows `nullable` only beside a `type`; zod puts it beside `anyOf` or on an
  // untyped (unknown) schema. Move it into the typed alternatives, or drop it where any value goes.
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    if (Array.isArray(out.anyOf))
      out.anyOf = (out.anyOf as Record<string, unknown>[]).map((alt) => (alt && typeof alt === 'object' && alt.type !== undefined ? { ...alt, nullable: true } : alt));
  }
  if (Array.isArray(out.anyOf)) {
    const seen = new Set<string>();
    const kept = (out.anyOf as unknown[]).filter((s) => !seen.has(JSON.stringify(s)) && !!seen.add(JSON.stringify(s)));
    if (kept.length === 1) {
      delete out.anyOf;
      Object.assign(out, kept[0]);
    } else out.anyOf = kept;
  }
  return out;
}

export function openapiTransform(args: TransformArgs) {
  const out = jsonSchemaTransform(args) as { schema: Schema; url: string };
  const { route } = args;
  const method = (Array.isArray(route.method) ? route.method[0] : route.method) as string;
  const schema = tidySchema(out.schema) as Schema;
  if (schema.hide) return { ...out, schema };
  schema.operationId ??= operationIdOf(method, route.url);
  schema.summary ??= `${method} ${out.url}`;
  const responses = { ...(schema.response ?? {}) };
  if (!Object.keys(responses).some((code) => /^4/.test(code)))
    for (const [code, description] of Object.entries(CLIENT_ERRORS))
      responses[code] = { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` } } } };
  // No 2xx is made up here: every route declares its own (test/integration/openapi.test.ts).
  schema.response = responses;
  // An upload route validates its form in readUpload; the document shows that form as multipart.
  const upload = (route.config as { upload?: UploadSpec } | undefined)?.upload;
  if (upload) {
    schema.body = uploadBodySchema(upload);
    (schema as Schema & { consumes?: string[] }).consumes = ['multipart/form-data'];
  }
  const access = (route.config as { access?: { policy?: string } } | undefined)?.access;
  if (access?.policy === 'public') schema.security = [];
  return { ...out, schema };
}
