import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { verifyAuditChain } from '../core/audit';
import { checkpointsOf } from './checkpoints';
import { z } from 'zod';
import { auditEntry, auditQuery, auditVerify, healthOut, readyOut } from '../../contracts/system';
import { listAuditEntries, ping, readiness } from './queries';

export async function systemRoutes(app: FastifyInstance, { db, database, config }: Ctx) {
  const r = typed(app);
  r.get(
    '/api/health',
    { config: { access: { policy: 'public' } }, schema: { tags: ['system'], summary: '健康检查 / Health', response: { 200: healthOut } } },
    async () => {
      await ping(db);
      // The runtime beside the database: an operator checks the supported LTS at a glance.
      return { ok: true as const, database: database.kind, node: process.version };
    },
  );
  // Readiness, apart from liveness: a load balancer sends traffic only when the database answers
  // and this build's migrations are all applied (an instance started mid-upgrade waits).
  r.get(
    '/api/ready',
    { config: { access: { policy: 'public' } }, schema: { tags: ['system'], summary: '就绪检查 / Readiness', response: { 200: readyOut, 503: readyOut } } },
    async (_req, reply) => {
      const state = await readiness(db);
      return reply.status(state.ready ? 200 : 503).send({ ...state, database: database.kind });
    },
  );
  r.get(
    '/api/audit-entries',
    { config: { access: { policy: 'admin' } }, schema: { tags: ['system'], summary: '审计日志 / Audit trail', querystring: auditQuery, response: { 200: z.array(auditEntry) } } },
    (req) => listAuditEntries(db, req.query),
  );
  r.get('/api/audit-entries/verify', { config: { access: { policy: 'admin' } }, schema: { tags: ['system'], summary: '校验审计链 / Verify the audit chain', response: { 200: auditVerify } } }, () => verifyAuditChain(db, { checkpoints: checkpointsOf(config)?.valid }));
}
