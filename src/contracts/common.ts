// Shapes every module shares: ids, the version of an editable row, the one error body,
// the roles. Imported by the server (route schemas) and the web app (types, enums), so a
// shape is written once. Pure: zod and src/domain only (test/unit/layering.test.ts).
import { z } from 'zod';
import { MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, isCalendarDate } from '../domain/calendar/limits';

export { ROLES, GLOBAL_ROLES, UNIT_ROLES, type Role } from './roles';

export const id = z.uuid();
export const idParam = z.object({ id });
export const versionField = { version: z.number().int().positive().describe('the version you read; 409 if it changed') };
export const nonEmpty = (max = 200) => z.string().trim().min(1).max(max);
/** A date that exists (no 2023-02-31), of a year MIN_YEAR–MAX_YEAR. */
export const isoDate = z.string().refine(isCalendarDate, `日期应为真实存在的日期 YYYY-MM-DD（${MIN_YEAR}–${MAX_YEAR} 年）`);
/** A calendar year the data model accepts. */
export const calendarYear = z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** A figure: finite, |v| ≤ MAX_MAGNITUDE (1e15), so no computation overflows to Infinity. */
export const figure = z.number().finite().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE);

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

// ── Response helpers ──
// A response schema is also the serializer: fields it does not name are dropped and a value
// of another type is a 500, so these say exactly what the server holds and what the wire gets.

/** An id in a response: checked as a uuid on the way in, passed through as stored on the way out. */
export const uuidOut = z.string().meta({ format: 'uuid' });
/** A timestamp: the server holds a Date (or the database's text of one); the wire gets its ISO/JSON string. */
export const timestamp = z.union([z.date(), z.string()]);
/** A JSON object whose keys are data, not a shape (e.g. a stored computation input). */
export const jsonObject = z.record(z.string(), z.unknown());
/** A value the domain types precisely (e.g. a status result), sent as the JSON it is. */
export const jsonOf = <T>() => z.custom<T>((v) => v !== undefined).meta({ type: 'object' });

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  pdf: 'application/pdf',
  any: 'application/octet-stream',
} as const;
/** A file download: the body is the file itself (a Buffer, never serialised). */
export const fileResponse = (type: keyof typeof MIME, description: string) => ({
  description,
  content: { [MIME[type]]: { schema: z.custom<Uint8Array>((v) => v instanceof Uint8Array).meta({ type: 'string', format: 'binary' }) } },
});

/** What JSON serialisation makes of T: dates become strings, the rest keeps its shape. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
/** The type a web page receives from a response schema. */
export type Out<S extends z.ZodType> = Wire<z.output<S>>;
/** T with some fields given a narrower type (a text column to the enum it holds). */
// (A key-remapping map, not Omit: Omit would flatten a loose object's named fields into its index signature.)
export type Narrow<T, N> = { [K in keyof T as K extends keyof N ? never : K]: T[K] } & N;
