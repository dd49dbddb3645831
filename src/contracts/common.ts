// Shapes every module shares: ids, the version of an editable row, the one error body,
// the roles. Imported by the server (route schemas) and the web app (types, enums), so a
// shape is written once. Pure: zod and src/domain only (test/unit/layering.test.ts).
import { z } from 'zod';

export { ROLES, GLOBAL_ROLES, UNIT_ROLES, type Role } from './roles';

export const id = z.uuid();
export const idParam = z.object({ id });
export const versionField = { version: z.number().int().positive().describe('the version you read; 409 if it changed') };
export const nonEmpty = (max = 200) => z.string().trim().min(1).max(max);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const errorDetail = z.object({
  field: z.string().optional(),
  row: z.number().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetail>;
/** The one error body of the API: a code, Chinese and English messages, where it applies. */
export const errorInfo = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  field: z.string().optional(),
  row: z.number().optional(),
  details: z.array(errorDetail).optional(),
});
export type ErrorBody = z.infer<typeof errorInfo>;
export const errorBody = z.object({ error: errorInfo });

export const okOut = z.object({ ok: z.literal(true) });
