import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/core/config';
import { openDatabase, type Database } from '../../src/server/db/index';
import { ensureSeeded, DEMO_PASSWORD } from '../../src/server/seed/index';
import { PG_ADMIN_URL, hasPostgres } from './env';

export type Engine = 'pglite' | 'postgres';
export const ADMIN_PASSWORD = 'Chief-Test-Pass-2026';
export { DEMO_PASSWORD };

/** The engines this run covers: PGlite always, PostgreSQL unless bin/test.js found none. */
export const engines = (): Engine[] => (hasPostgres() ? ['pglite', 'postgres'] : ['pglite']);

/** A fresh, empty database of its own on the shared PostgreSQL server; dropped by the returned function. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hubline_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  database: Database;
  databaseUrl?: string;
  close(): Promise<void>;
}

export async function createTestApp(
  engine: Engine,
  opts: { demo?: boolean; seed?: boolean; config?: Partial<ReturnType<typeof loadConfig>> } = {},
): Promise<TestApp> {
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (engine === 'postgres') ({ url: databaseUrl, drop } = await freshPostgresDatabase());
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  if (opts.seed !== false) await ensureSeeded(database.db, { demo: opts.demo ?? true, adminPassword: ADMIN_PASSWORD });
  const config = { ...loadConfig({ NODE_ENV: 'test' }), webDir: 'no-web-in-api-tests', loginRatePerMinute: 10_000, ...opts.config };
  const app = await buildApp({ database, config, logger: process.env.HUBLINE_TEST_LOG ? { level: 'error' } : false });
  await app.ready();
  return {
    engine,
    app,
    database,
    databaseUrl,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface FilePart {
  fileName: string;
  data: Buffer;
  /** Form field name; `file` unless said. */
  field?: string;
  type?: string;
}

/** A multipart/form-data body as a browser's FormData sends it: text fields, then the files. */
export function multipartBody(fields: Record<string, string | number>, files: FilePart[] = []): { payload: Buffer; contentType: string } {
  const boundary = `----hubline${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.fileName}"\r\ncontent-type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`));
    chunks.push(f.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A signed-in caller: keeps the session cookie and sends the CSRF header on writes. */
export class Client {
  cookie = '';
  csrf = '';
  user: { id: string; unitId: string | null; roles: string[] } | null = null;
  constructor(private app: FastifyInstance) {}

  async login(username: string, password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) {
    const res = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    this.cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    this.csrf = res.json().csrfToken;
    this.user = res.json().user;
    return this;
  }

  request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      payload: payload as never,
      headers: { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }), ...headers },
    });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  /** POST a form with files, as the web app's api.upload does. */
  upload = (url: string, fields: Record<string, string | number>, files: FilePart[] = []) => {
    const { payload, contentType } = multipartBody(fields, files);
    return this.request('POST', url, payload, { 'content-type': contentType });
  };
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  del = (url: string) => this.request('DELETE', url);
}

export const as = (t: TestApp, username: string, password?: string) => new Client(t.app).login(username, password);
