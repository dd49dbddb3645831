import { z } from 'zod';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors';

const zh = z.locales.zhCN();
const en = z.locales.en();

type Issue = Parameters<ReturnType<typeof z.locales.en>['localeError']>[0];
const say = (loc: ReturnType<typeof z.locales.en>, issue: Issue) => {
  const r = loc.localeError(issue);
  return typeof r === 'string' ? r : (r?.message ?? '');
};

/** Turns a zod validation failure into the API's error format, in both languages. */
export function validationToAppError(err: FastifyError): AppError | null {
  if (!hasZodFastifySchemaValidationErrors(err)) return null;
  const where = (err as { validationContext?: string }).validationContext ?? 'body';
  const details = err.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    const issue = { code: v.keyword, path, ...(v.params as object) } as unknown as Issue;
    const field = [where, ...path].join('.');
    return { field, message: `${field}：${say(zh, issue)}`, messageEn: `${field}: ${say(en, issue)}` };
  });
  const first = details[0];
  return new AppError(400, 'validation', `输入有误：${first.message}`, `Invalid input: ${first.messageEn}`, {
    field: first.field,
    details,
  });
}

/** Parse a value with a zod schema outside a route (CLI, file rows): same message format. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => {
    const field = [where, ...i.path.map(String)].join('.');
    return { field, message: `${field}：${say(zh, i as unknown as Issue)}`, messageEn: `${field}: ${say(en, i as unknown as Issue)}` };
  });
  throw new AppError(400, 'validation', `输入有误：${details[0].message}`, `Invalid input: ${details[0].messageEn}`, {
    field: details[0].field,
    details,
  });
}
