import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { desc, lt, and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { auditLog } from '../db/schema';
import { migrationStatus, rows } from '../db/index';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../core/audit';
import { checkpointsOf } from './checkpoints';
import { healthOut, readyOut } from '../../contracts/system';

export async function systemRoutes(app: FastifyInstance, { db, database, config }: Ctx) {
  const r = typed(app);
  r.get(
    '/api/health',
    { config: { access: { policy: 'public' } }, schema: { tags: ['system'], summary: '健康检查 / Health', response: { 200: healthOut } } },
    async () => {
      await rows(db, sql`select 1`);
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
      try {
        const m = await migrationStatus(db);
        const ready = m.pending.length === 0;
        return reply.status(ready ? 200 : 503).send({ ready, database: database.kind, migrations: m });
      } catch (e) {
        return reply.status(503).send({ ready: false, database: database.kind, error: (e as Error).message });
      }
    },
  );
  r.get(
    '/api/audit-entries',
    {
      config: { access: { policy: 'admin' } },
      schema: {
        tags: ['system'],
        summary: '审计日志 / Audit trail',
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          entity: z.string().max(40).optional(),
          entityId: z.string().max(64).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => {
      const { before, entity, entityId, limit } = req.query;
      const conds: SQL[] = [];
      if (before) conds.push(lt(auditLog.seq, before));
      if (entity) conds.push(eq(auditLog.entity, entity));
      if (entityId) conds.push(eq(auditLog.entityId, entityId));
      return db.select().from(auditLog).where(conds.length ? and(...conds) : undefined).orderBy(desc(auditLog.seq)).limit(limit);
    },
  );
  r.get('/api/audit-entries/verify', { config: { access: { policy: 'admin' } }, schema: { tags: ['system'] } }, () => verifyAuditChain(db, { checkpoints: checkpointsOf(config)?.valid }));
}
