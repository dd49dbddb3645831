// One error format for the whole API: a code, a Chinese message, an English message,
// and where it applies (a field path or a row of an uploaded file).
import type { ErrorBody } from '../../contracts/common';

export type { ErrorBody };

export class AppError extends Error {
  constructor(
    public statusCode: number,
    public code: string,
    public messageZh: string,
    public messageEn: string,
    public extra: Pick<ErrorBody, 'field' | 'row' | 'details'> = {},
  ) {
    super(messageEn);
  }
  body(): ErrorBody {
    return { code: this.code, message: this.messageZh, messageEn: this.messageEn, ...this.extra };
  }
}

export const notFound = (what = '资源', whatEn = 'resource') =>
  new AppError(404, 'not_found', `${what}不存在`, `${whatEn} not found`);
export const forbidden = (zh = '无权执行此操作', en = 'You are not allowed to do this') => new AppError(403, 'forbidden', zh, en);
export const unauthorized = () => new AppError(401, 'unauthorized', '请先登录', 'Please log in');
export const conflict = (current?: number) =>
  new AppError(
    409,
    'version_conflict',
    `该记录已被他人修改（当前版本 ${current ?? '?'}），请刷新后重试`,
    `This record was changed by someone else (now version ${current ?? '?'}); reload and try again`,
    { field: 'version' },
  );
export const badRequest = (zh: string, en: string, extra: Pick<ErrorBody, 'field' | 'row' | 'details'> = {}) =>
  new AppError(400, 'bad_request', zh, en, extra);

interface PgLikeError {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
  table?: string;
  cause?: unknown;
}

/** The driver's error under Drizzle's wrapper: pg and PGlite both carry the SQLSTATE in `code`. */
function pgErrorOf(err: unknown): PgLikeError | null {
  for (let e = err as PgLikeError | undefined, depth = 0; e && depth < 4; e = e.cause as PgLikeError | undefined, depth++)
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
  return null;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** `Key (zone_id)=(…)` → `zoneId`: the field a constraint is about, when PostgreSQL names it. */
const keyField = (e: PgLikeError) => {
  const m = e.detail?.match(/^Key \(([^)]+)\)/);
  const col = m ? m[1].split(',')[0].trim().replace(/"/g, '') : e.column;
  return col ? camel(col) : undefined;
};

/**
 * A constraint the database enforced turns into a client error instead of a 500:
 * a missing referenced row 404, a row still referenced or a duplicate 409, a failed
 * check 422, a malformed value 400. Anything else is not the client's mistake (null).
 */
export function dbErrorToAppError(err: unknown): AppError | null {
  const e = pgErrorOf(err);
  if (!e) return null;
  const field = keyField(e);
  const extra = field ? { field } : {};
  switch (e.code) {
    case '23503':
      return /still referenced/.test(e.detail ?? '')
        ? new AppError(409, 'still_referenced', '该记录仍被其他数据引用，不能删除或修改', 'This record is still referenced by other data', extra)
        : new AppError(404, 'reference_not_found', `引用的记录不存在${field ? `（${field}）` : ''}`, `A referenced record does not exist${field ? ` (${field})` : ''}`, extra);
    case '23505':
      return new AppError(409, 'duplicate', `记录已存在${field ? `（${field} 重复）` : ''}`, `This record already exists${field ? ` (duplicate ${field})` : ''}`, extra);
    case '23514':
    case '23502':
      return new AppError(422, 'constraint_violated', `数据不符合约束${e.constraint ? `（${e.constraint}）` : ''}`, `The data breaks a rule of the database${e.constraint ? ` (${e.constraint})` : ''}`, extra);
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return new AppError(400, 'bad_value', '数值格式不正确或超出范围', 'A value is malformed or out of range', extra);
    default:
      return null;
  }
}
