// Secrets and password hashes never reach a log. The dangerous path is not a field we log on
// purpose but an error: Drizzle's DrizzleQueryError carries the statement's parameters in its
// `params`, its message and its stack, so a failed `insert into users` would log the scrypt
// hash. Errors go through `safeError`, which drops parameters, and every log line through pino's
// redaction of the fields that hold secrets.
const HASH = /scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+/g;
const TOKEN = /\bhl_[A-Za-z0-9_-]{16,}/g;
const PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/g;

export const REDACTED = '[redacted]';

export function scrubText(s: string): string {
  return s.replace(PARAMS, `\nparams: ${REDACTED}`).replace(HASH, REDACTED).replace(TOKEN, REDACTED);
}

const SECRET_KEYS = new Set(['params', 'password', 'passwordHash', 'password_hash', 'currentPassword', 'newPassword', 'token', 'tokenHash', 'token_hash', 'csrfToken']);

/** A plain, scrubbed copy of an error (and its causes) for the log. */
export function safeError(e: unknown, depth = 0): unknown {
  if (!(e instanceof Error) || depth > 4) return typeof e === 'string' ? scrubText(e) : e;
  const out: Record<string, unknown> = { type: e.constructor?.name ?? 'Error', message: scrubText(e.message), stack: scrubText(e.stack ?? '') };
  for (const [k, v] of Object.entries(e)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = k === 'cause' ? safeError(v, depth + 1) : typeof v === 'string' ? scrubText(v) : v;
  }
  if (e.cause !== undefined && !('cause' in out)) out.cause = safeError(e.cause, depth + 1);
  return out;
}

const clean = (a: unknown) => (typeof a === 'string' ? scrubText(a) : a);

type Serialized = { [key: string]: unknown; type: string; message: string; stack: string };
const serializeErr = (e: unknown): Serialized =>
  (e instanceof Error ? safeError(e) : { type: typeof e, message: scrubText(String(e)), stack: '' }) as Serialized;

/** pino options for the server: level, redaction, the safe error serializer. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        ...[...SECRET_KEYS].flatMap((k) => [k, `*.${k}`]),
      ],
      censor: REDACTED,
    },
    serializers: { err: serializeErr, error: serializeErr },
    hooks: {
      // `log.error(err)` makes the error's own message the line's msg, past the serializer.
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        const [first, ...rest] = args;
        if (first instanceof Error) return method.apply(this, [{ err: first }, ...(rest.length ? rest.map(clean) : [scrubText(first.message)])]);
        return method.apply(this, args.map(clean));
      },
    },
  };
}
