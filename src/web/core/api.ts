// One way to call the Hubline API: JSON in and out, the session cookie, the CSRF
// double-submit header on every write, and the server's bilingual error body turned
// into an ApiError the pages can show in the reader's language.
import i18n from 'i18next';

import type { ErrorBody, ErrorDetail } from '../../contracts/common';

export type { ErrorBody, ErrorDetail };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly field?: string;
  readonly row?: number;
  readonly details: ErrorDetail[];

  constructor(status: number, body: ErrorBody) {
    super(body.messageEn || body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.messageZh = body.message;
    this.messageEn = body.messageEn || body.message;
    this.field = body.field;
    this.row = body.row;
    this.details = body.details ?? [];
  }

  /** The server's own message in the reader's language (the server writes both). */
  text(lang: string): string {
    return lang.startsWith('zh') ? this.messageZh : this.messageEn;
  }

  get isConflict() {
    return this.status === 409;
  }
}

/** The request never got an answer from the server (offline, proxy down, server restarting). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

const CSRF_COOKIE = 'hubline_csrf';
let csrfFallback = '';

/** Kept from the login answer for the rare browser that hides the cookie from scripts. */
export function setCsrfToken(token: string) {
  csrfFallback = token;
}

const csrfCookie = () => document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));

function csrfToken(): string {
  const m = csrfCookie();
  return m ? decodeURIComponent(m[1]) : csrfFallback;
}

/** The CSRF cookie is set and cleared with the session's: whether a session is likely, before asking the server. */
export const hasSessionCookie = () => typeof document !== 'undefined' && csrfCookie() !== null;

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** The auth context listens here so an expired session anywhere sends the user to the login page. */
export function onUnauthorized(fn: Listener): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
  /** The login and "who am I" calls expect 401 and must not trigger the expired-session handling. */
  quietUnauthorized?: boolean;
}

/**
 * GETs started before the page that reads them is there: SignedIn.tsx starts the opened page's
 * data beside its code (issue 10: the plans list asked for its list only after its code, its
 * words and its first render). The page's own GET of the same address takes the answer, once,
 * and only while it is fresh; otherwise it asks again.
 */
const early = new Map<string, { at: number; response: Promise<Response> }>();
const EARLY_FOR_MS = 10_000;
export function prefetch(path: string): void {
  if (early.has(path)) return;
  const response = fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  response.catch(() => undefined);
  early.set(path, { at: Date.now(), response });
}
function takeEarly(url: string): Promise<Response> | undefined {
  const e = early.get(url);
  if (!e) return undefined;
  early.delete(url);
  return Date.now() - e.at < EARLY_FOR_MS ? e.response : undefined;
}

export async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  let url = path;
  if (opts.query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
    const s = qs.toString();
    if (s) url += (url.includes('?') ? '&' : '?') + s;
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body is sent as multipart/form-data: the browser writes the header with its boundary.
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();

  let res: Response;
  try {
    const started = method === 'GET' && !opts.signal ? takeEarly(url) : undefined;
    res = await (started ?? fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    }));
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }

  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const errBody = (data as { error?: ErrorBody } | undefined)?.error;
    const err = new ApiError(
      res.status,
      // No Hubline error body: a proxy or gateway answered (502 while the server restarts, …).
      errBody ?? {
        code: `http_${res.status}`,
        message: i18n.t('errors.http', { status: res.status, lng: 'zh-CN' }),
        messageEn: i18n.t('errors.http', { status: res.status, lng: 'en' }),
      },
    );
    if (res.status === 401 && !opts.quietUnauthorized) unauthorizedListeners.forEach((fn) => fn());
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
  /** Files (and the fields beside them) as multipart/form-data, streamed by the server; never base64 in JSON. */
  upload: <T>(path: string, form: FormData, opts?: RequestOptions) => request<T>('POST', path, form, opts),
};
