import { dirname, resolve } from 'node:path';

// Every setting comes from the environment; README.md lists them.
import { join } from 'node:path';
import { appRoot } from './paths';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  adminPassword?: string;
  production: boolean;
  sessionHours: number;
  secureCookies: boolean;
  logLevel: string;
  webDir: string;
  loginRatePerMinute: number;
  trustProxy: boolean | string;
  /** Holds the audit key file and the signed checkpoints; outside the database (null: off). */
  auditDir: string | null;
  auditKey?: string;
  auditCheckpointMinutes: number;
  /** Nobody approves or accepts what they entered or submitted themselves. */
  separationOfDuties: boolean;
  /** Largest uploaded file (or pasted text), bytes; a larger one is refused with 413 while it streams. */
  uploadMaxBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.HUBLINE_DATA_DIR ?? './data';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    demo: env.HUBLINE_DEMO === '1',
    adminPassword: env.HUBLINE_ADMIN_PASSWORD || undefined,
    production,
    sessionHours: Number(env.HUBLINE_SESSION_HOURS ?? 12),
    // Behind TLS in production; plain http on a developer's localhost.
    secureCookies: env.HUBLINE_SECURE_COOKIES ? env.HUBLINE_SECURE_COOKIES === '1' : false,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    // Beside the code, wherever the service is started from.
    webDir: env.HUBLINE_WEB_DIR ?? join(appRoot, 'dist', 'web'),
    // Per client address, on top of the per-account lockout.
    loginRatePerMinute: Number(env.HUBLINE_LOGIN_RATE ?? 20),
    // Only behind a known proxy may X-Forwarded-For name the client (else it could dodge the login limit).
    trustProxy: env.HUBLINE_TRUST_PROXY ? (env.HUBLINE_TRUST_PROXY === '1' ? true : env.HUBLINE_TRUST_PROXY) : false,
    // Next to the data directory, not in it: a copy of the database must not carry the key.
    // Tests and throwaway databases set it explicitly or go without.
    auditDir: env.HUBLINE_AUDIT_DIR || (env.NODE_ENV === 'test' || dataDir.startsWith('memory://') ? null : dirname(resolve(dataDir))),
    auditKey: env.HUBLINE_AUDIT_KEY || undefined,
    auditCheckpointMinutes: Number(env.HUBLINE_AUDIT_CHECKPOINT_MINUTES ?? 5),
    separationOfDuties: env.HUBLINE_SEPARATION_OF_DUTIES !== '0',
    uploadMaxBytes: Math.round(Number(env.HUBLINE_UPLOAD_MAX_MB ?? 20) * 1024 * 1024),
  };
}
