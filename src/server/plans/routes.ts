import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, scopeOf, type AccessRule } from '../core/access';
import { idParam, versionField } from '../core/schemas';
import { notFound } from '../core/errors';
import { updateAudited } from '../core/versioned';
import { plans, tasks } from '../db/schema';
import * as q from './queries';
import * as s from './service';
import { commitSchema } from './schemas';
import { sourceDocumentSchema } from './upload';

const tags = ['plans'];
const OFFICE: AccessRule = { roles: ['admin', 'office'] };

export async function planRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);

  r.get('/api/plans', { config: { access: {} }, schema: { tags, summary: '计划列表 / Plans' } }, (req) => q.listPlans(db, scopeOf(req)));

  r.get('/api/plans/:id', { config: { access: {} }, schema: { tags, params: idParam, summary: '计划详情（联络员只见本单位任务） / Plan with its tasks' } }, async (req) => {
    const plan = await q.getPlan(db, req.params.id, scopeOf(req));
    if (!plan) throw notFound('计划', 'plan');
    return plan;
  });

  r.get('/api/plans/:id/source', { config: { access: {} }, schema: { tags, params: idParam, summary: '计划原文 / Source text' } }, async (req) => {
    const source = await q.planSource(db, req.params.id);
    if (!source) throw notFound('计划', 'plan');
    return source;
  });

  r.patch(
    '/api/plans/:id',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        params: idParam,
        body: z.object({
          title: z.string().trim().min(1).max(300).optional(),
          docNumber: z.string().max(100).nullish(),
          issuer: z.string().max(200).nullish(),
          issuedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
          public: z.boolean().optional(),
          status: z.enum(['draft', 'active', 'archived']).optional(),
          ...versionField,
        }),
      },
    },
    async (req) => {
      const { version, ...patch } = req.body;
      return updateAudited(db, actorOf(req), plans, 'plan', req.params.id, version, patch, ['计划', 'plan'], req.id);
    },
  );

  r.patch(
    '/api/tasks/:id',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        params: idParam,
        body: z.object({
          title: z.string().trim().min(1).max(500).optional(),
          text: z.string().max(20000).optional(),
          status: z.enum(['open', 'in_progress', 'done', 'cancelled']).optional(),
          deadlines: z.array(z.object({ text: z.string().max(100), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() })).optional(),
          ...versionField,
        }),
      },
    },
    async (req) => {
      const { version, ...patch } = req.body;
      return updateAudited(db, actorOf(req), tasks, 'task', req.params.id, version, patch, ['任务', 'task'], req.id);
    },
  );

  r.put(
    '/api/tasks/:id/assignments',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        params: idParam,
        summary: '调整责任单位（牵头/配合） / Set responsible units',
        body: z.object({ units: z.array(z.object({ unitId: z.uuid(), role: z.enum(['lead', 'support']) })).min(1), ...versionField }),
      },
    },
    (req) => s.setAssignments(db, actorOf(req), req.params.id, req.body.version, req.body.units, req.id),
  );

  // ── Import: upload → review → commit ──

  r.post(
    '/api/plans/imports',
    {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: '上传政策文件并解析（不保存计划） / Upload and parse a policy document',
        body: sourceDocumentSchema,
      },
    },
    (req) => s.prepareImport(db, actorOf(req), req.body, req.id),
  );

  r.get('/api/plans/imports/:id', { config: { access: OFFICE }, schema: { tags, params: idParam } }, async (req) => {
    const d = await q.getImport(db, req.params.id);
    if (!d) throw notFound('导入记录', 'import');
    return d;
  });

  r.post(
    '/api/plans/imports/:id/commit',
    { config: { access: OFFICE }, schema: { tags, params: idParam, summary: '确认导入：计划、任务、指标、单位与分工一次提交 / Commit the reviewed plan', body: commitSchema } },
    (req) => s.commitImport(db, actorOf(req), req.params.id, req.body, req.id),
  );

  r.post('/api/plans/imports/:id/discard', { config: { access: OFFICE }, schema: { tags, params: idParam } }, (req) =>
    s.discardImport(db, actorOf(req), req.params.id, req.id),
  );
}
