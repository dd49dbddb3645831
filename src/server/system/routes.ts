import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { verifyAuditChain } from '../core/audit';
import { auditQuery } from '../../contracts/system';
import { listAuditEntries, ping } from './queries';

export async function systemRoutes(app: FastifyInstance, { db, database }: Ctx) {
  const r = typed(app);
  r.get('/api/health', { config: { access: { policy: 'public' } }, schema: { tags: ['system'], summary: '健康检查 / Health' } }, async () => {
    await ping(db);
    return { ok: true, database: database.kind };
  });
  r.get(
    '/api/audit-entries',
    { config: { access: { policy: 'admin' } }, schema: { tags: ['system'], summary: '审计日志 / Audit trail', querystring: auditQuery } },
    (req) => listAuditEntries(db, req.query),
  );
  r.get('/api/audit-entries/verify', { config: { access: { policy: 'admin' } }, schema: { tags: ['system'] } }, () => verifyAuditChain(db));
}
