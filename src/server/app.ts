import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ERROR_SCHEMA_NAME, errorComponent, openapiTransform } from './core/openapi';
import type { Database } from './db/index';
import type { Config } from './core/config';
import type { Ctx } from './core/context';
import { AppError, dbErrorToAppError } from './core/errors';
import { loggerOptions } from './core/logging';
import { registerAccess, SESSION_COOKIE } from './core/access';
import { registerXlsxExports } from './core/xlsx-route';
import { validationToAppError } from './core/validation';
import { registerUploads } from './core/upload';
import { systemRoutes } from './system/routes';
import { orgRoutes } from './org/routes';
import { authRoutes } from './org/auth-routes';
import { demoRoutes } from './org/demo-routes';
import { planRoutes } from './plans/routes';
import { indicatorRoutes } from './indicators/routes';
import { notificationRoutes } from './system/notifications';
import { auditCheckpoints } from './system/checkpoints';
import { evaluationRoutes } from './evaluation/routes';
import { deliveryRoutes } from './delivery/routes';
import { supervisionRoutes } from './supervision/routes';
import { corridorRoutes } from './corridor/routes';
import { cockpitRoutes } from './cockpit/routes';
import { publicRoutes } from './public/routes';
import { briefingRoutes } from './briefings/routes';
import { webPage } from './core/web-page';

export interface BuildOptions {
  database: Database;
  config: Config;
  logger?: boolean | object;
}

export async function buildApp({ database, config, logger }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Redaction and the safe error serializer apply to whatever logger the caller chose.
    logger: logger === false ? false : { ...loggerOptions(config.logLevel), ...(typeof logger === 'object' ? logger : {}) },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // JSON bodies only (a reviewed extraction of a long plan is the largest); files come as multipart.
    bodyLimit: 30 * 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await registerUploads(app, config.uploadMaxBytes);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hubline API',
        description: '通道枢纽推进平台 API. Sign in with POST /api/auth/login (cookie session, send x-csrf-token on writes) or use an API token as `Authorization: Bearer …`.',
        version: '0.1.0',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      // Paths are absolute (/api/…): the document describes the server that serves it.
      servers: [{ url: '/', description: '本服务器 / this server' }],
      security: [{ session: [] }],
      components: {
        schemas: { [ERROR_SCHEMA_NAME]: errorComponent },
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hubline_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: openapiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const ctx: Ctx = { database, db: database.db, config };
  registerAccess(app, database.authDb ?? ctx.db);
  registerXlsxExports(app);
  await auditCheckpoints(app, ctx);

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appErr =
      err instanceof AppError
        ? err
        : (validationToAppError(err) ??
          dbErrorToAppError(err) ??
          (err.statusCode === 429
            ? new AppError(429, 'rate_limited', '请求过于频繁，请稍后再试', 'Too many requests; try again later')
            : err.statusCode && err.statusCode < 500
              ? new AppError(err.statusCode, err.code ?? 'bad_request', `请求无效：${err.message}`, err.message)
              : null));
    if (appErr) {
      if (appErr.statusCode >= 500) req.log.error(err);
      return reply.status(appErr.statusCode).send({ error: appErr.body() });
    }
    req.log.error(err);
    return reply.status(500).send({
      error: { code: 'internal', message: `服务器内部错误（请求编号 ${req.id}）`, messageEn: `Internal error (request ${req.id})` },
    });
  });

  await app.register(async (api) => {
    await systemRoutes(api, ctx);
    await authRoutes(api, ctx);
    await demoRoutes(api, ctx);
    await orgRoutes(api, ctx);
    await planRoutes(api, ctx);
    await indicatorRoutes(api, ctx);
    await notificationRoutes(api, ctx);
    await evaluationRoutes(api, ctx);
    await deliveryRoutes(api, ctx);
    await supervisionRoutes(api, ctx);
    await corridorRoutes(api, ctx);
    await cockpitRoutes(api, ctx);
    await publicRoutes(api, ctx);
    await briefingRoutes(api, ctx);
  });
  app.get('/api/openapi.json', { config: { access: { policy: 'public' } }, schema: { hide: true } }, async () => app.swagger());

  // The web app: static files, and index.html for every client-side route.
  const webDir = resolve(config.webDir);
  const indexHtml = existsSync(resolve(webDir, 'index.html')) ? readFileSync(resolve(webDir, 'index.html'), 'utf8') : null;
  const pageFor = indexHtml ? webPage(webDir, indexHtml) : undefined;
  if (indexHtml)
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // vite.config.ts writes .br and .gz beside every text asset at build time.
      preCompressed: true,
      cacheControl: false,
      // Hashed names change with their content: cache them for a year. Anything else revalidates.
      setHeaders: (res, path) =>
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !indexHtml)
      return reply.status(404).send({
        error: { code: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0]}`, messageEn: `No such endpoint: ${req.method} ${req.url.split('?')[0]}` },
      });
    const html = pageFor!(req.url.split('?')[0], Boolean(req.cookies[SESSION_COOKIE]));
    // The page differs with the session cookie (it names the signed-in part's chunks or the login page's).
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'cookie').send(html);
  });
  return app;
}
