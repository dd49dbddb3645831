// One error format for the whole API: a code, a Chinese message, an English message,
// and where it applies (a field path or a row of an uploaded file).
export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  field?: string;
  row?: number;
  details?: { field?: string; row?: number; sheet?: string; cell?: string; message: string; messageEn: string }[];
}

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
