import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { currentUser, type AccessRule } from '../core/access';
import { sendJsonWithEtag } from '../core/etag';
import { printCockpit } from './pdf';
import { cockpitOut, cockpitPdfQuery, cockpitQuery } from '../../contracts/cockpit';
import { fileResponse } from '../../contracts/common';
import * as s from './service';

const tags = ['cockpit'];
/** The leaders, the office and the evaluators; unit users (liaisons, unit leaders) have their own boards. */
const READ: AccessRule = { policy: 'oversight' };

export async function cockpitRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  r.get(
    '/api/cockpit',
    {
      config: { access: READ },
      schema: {
        tags,
        summary: '驾驶舱：计划与月份的全部图块（只读汇总表） / Cockpit: every tile of a plan and month, from roll-up tables',
        querystring: cockpitQuery,
        response: { 200: cockpitOut },
      },
    },
    async (req, reply) => {
      const answer = await s.readCockpitJson(db, req.query.planId, req.query.period);
      // The body is already the serializer's JSON and 304 has none: past the typed reply (the
      // 200 schema stays for the API description). The wall screen's self-refresh revalidates.
      return sendJsonWithEtag(req, reply as unknown as FastifyReply, answer);
    },
  );
  r.get(
    '/api/cockpit.pdf',
    {
      config: { access: READ },
      schema: {
        tags,
        summary: '驾驶舱 PDF（Chromium 打印驾驶舱页面） / The cockpit as a PDF, printed by Chromium from the page',
        querystring: cockpitPdfQuery,
        response: { 200: fileResponse('pdf', '驾驶舱 PDF / The cockpit as a PDF') },
      },
    },
    async (req, reply) => {
      // The plan must exist (404 before a browser starts); the page then reads it as this user.
      const c = await s.readCockpit(db, req.query.planId, req.query.period);
      const pdf = await printCockpit(db, app, currentUser(req).id, c.plan.id, c.period);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="cockpit-${c.plan.code}-${c.period}.pdf"`)
        .send(pdf);
    },
  );
}
