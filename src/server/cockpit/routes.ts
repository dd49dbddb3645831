import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import type { AccessRule } from '../core/access';
import { cockpitOut, cockpitQuery } from '../../contracts/cockpit';
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
    (req) => s.readCockpit(db, req.query.planId, req.query.period),
  );
}
