// The public portal (no login): server-rendered pages and open data, published plans only.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { publicCatalogue, publicCodeParam, publicFileParam, publicIndicatorJson } from '../../contracts/public';
import { CHART_JS } from './chart';
import type { Lang } from './i18n';
import * as q from './service';

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(body);

export async function publicRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const access = { access: { policy: 'public' as const } };
  const hide = { hide: true };

  for (const lang of ['zh', 'en'] as Lang[]) {
    const prefix = lang === 'en' ? '/public/en' : '/public';
    r.get(prefix, { config: access, schema: hide }, async (_req, reply) => html(reply, await q.indexPage(db, lang)));
    r.get(`${prefix}/plans/:code`, { config: access, schema: { ...hide, params: publicCodeParam } }, async (req, reply) => {
      const page = await q.planPage(db, lang, req.params.code);
      return page ? html(reply, page) : html(reply, q.notFoundPage(lang), 404);
    });
    r.get(`${prefix}/indicators/:file`, { config: access, schema: { ...hide, params: publicFileParam } }, async (req, reply) => {
      const m = /^(.+?)(?:\.(csv|json))?$/.exec(req.params.file)!;
      const [, code, ext] = m;
      if (ext && lang === 'en') return reply.redirect(`/public/indicators/${code}.${ext}`);
      if (ext === 'json') {
        const body = await q.indicatorJson(db, code);
        if (!body) return reply.status(404).send({ error: { code: 'not_found', message: '未找到公开的指标', messageEn: 'No such published indicator' } });
        return reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(publicIndicatorJson.parse(body));
      }
      if (ext === 'csv') {
        const body = await q.indicatorCsv(db, code);
        if (body === null) return reply.status(404).type('text/plain; charset=utf-8').send('未找到公开的指标 / No such published indicator\n');
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${code}.csv"`)
          .header('cache-control', 'public, max-age=300')
          .header('access-control-allow-origin', '*')
          .send(body);
      }
      const page = await q.indicatorPage(db, lang, code);
      return page ? html(reply, page) : html(reply, q.notFoundPage(lang), 404);
    });
  }

  r.get('/public/data.json', { config: access, schema: { ...hide, response: { 200: publicCatalogue } } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
    return q.dataJson(db);
  });

  r.get('/public/chart.js', { config: access, schema: hide }, (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CHART_JS),
  );
}
