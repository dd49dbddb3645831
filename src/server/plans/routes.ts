import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, ownedBy, scopeOf } from '../core/access';
import { idParam, okOut } from '../../contracts/common';
import {
  DOCUMENT_EXTENSIONS,
  assignmentsBody,
  commitOut,
  commitSchema,
  importDraftOut,
  importRowOut,
  planDetailOut,
  planDetailQuery,
  planListOut,
  planPatch,
  planSourceOut,
  planSummaryOut,
  planTaskFilter,
  planTaskListOut,
  planTaskOut,
  sourceDocumentFields,
  taskPatch,
  taskUnitsOut,
} from '../../contracts/plans';
import { readUpload, type UploadSpec } from '../core/upload';
import { sendKept } from '../core/answers';
import * as q from './queries';
import { taskListXlsx } from './xlsx';
import * as s from './service';

const tags = ['plans'];

const documentUpload: UploadSpec<typeof sourceDocumentFields> = {
  fields: sourceDocumentFields,
  file: { name: 'file', max: 1, required: false, extensions: DOCUMENT_EXTENSIONS, description: '政策文件（或改用 text 字段粘贴正文） / The policy document (or paste it in `text`)' },
};

export async function planRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const task = ownedBy(['任务', 'task'], (req) => q.taskUnits(db, (req.params as { id: string }).id));

  r.get('/api/plans', { config: { access: { policy: 'signedIn', unit: 'list' } }, schema: { tags, summary: '计划列表 / Plans', response: { 200: planListOut } } }, (req) => q.listPlans(db, scopeOf(req)));

  r.get(
    '/api/plans/:id',
    {
      config: { access: { policy: 'signedIn', unit: 'list' } },
      schema: {
        tags,
        params: idParam,
        querystring: planDetailQuery,
        summary: '计划详情（联络员只见本单位任务；可分页） / Plan with its tasks, or a page of them',
        description: 'Without taskPageSize every task; with it one page of the tasks matching the filter, and taskPage: the counts by kind and the units over every task the caller sees.',
        response: { 200: planDetailOut },
      },
    },
    (req, reply) => {
      const { taskPage, taskPageSize, ...filter } = req.query;
      // Kept answers (core/answers.ts), per URL and caller's scope: made again only after one of their tables changed.
      return sendKept(db, req, reply, planDetailOut, (tx) =>
        taskPageSize ? q.getPlanPageOr404(tx, req.params.id, scopeOf(req), { ...filter, page: taskPage, pageSize: taskPageSize }) : q.getPlanOr404(tx, req.params.id, scopeOf(req)),
      );
    },
  );

  r.get(
    '/api/plans/:id/tasks',
    {
      config: { access: { policy: 'signedIn', unit: 'list' }, xlsx: taskListXlsx },
      schema: { tags, params: idParam, querystring: planTaskFilter, summary: '任务清单（联络员只见本单位任务） / The tasks of a plan, filtered', response: { 200: planTaskListOut } },
    },
    (req) => q.listPlanTasks(db, req.params.id, scopeOf(req), req.query),
  );

  r.get('/api/plans/:id/source', { config: { access: { policy: 'signedIn' } }, schema: { tags, params: idParam, summary: '计划原文 / Source text', response: { 200: planSourceOut } } }, (req) =>
    q.planSourceOr404(db, req.params.id),
  );

  r.patch('/api/plans/:id', { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: planPatch, response: { 200: planSummaryOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updatePlan(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  r.patch('/api/tasks/:id', { config: { access: { policy: 'office', unit: task } }, schema: { tags, params: idParam, body: taskPatch, response: { 200: planTaskOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateTask(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  r.put(
    '/api/tasks/:id/assignments',
    { config: { access: { policy: 'office', unit: task } }, schema: { tags, params: idParam, summary: '调整责任单位（牵头/配合） / Set responsible units', body: assignmentsBody, response: { 200: taskUnitsOut } } },
    (req) => s.setAssignments(db, actorOf(req), req.params.id, req.body.version, req.body.units, req.id),
  );

  // ── Import: upload → review → commit ──

  r.post(
    '/api/plans/imports',
    { config: { access: { policy: 'office' }, upload: documentUpload }, schema: { tags, summary: '上传政策文件并解析（不保存计划） / Upload and parse a policy document', response: { 200: importDraftOut } } },
    async (req) => {
      const { fields, files } = await readUpload(req, documentUpload);
      return s.prepareImport(db, actorOf(req), { fileName: files[0]?.fileName, data: files[0]?.data, text: fields.text }, req.id);
    },
  );

  r.get('/api/plans/imports/:id', { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, response: { 200: importRowOut } } }, (req) => q.getImportOr404(db, req.params.id));

  r.post(
    '/api/plans/imports/:id/commit',
    { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, summary: '确认导入：计划、任务、指标、单位与分工一次提交 / Commit the reviewed plan', body: commitSchema, response: { 200: commitOut } } },
    (req) => s.commitImport(db, actorOf(req), req.params.id, req.body, req.id),
  );

  r.post('/api/plans/imports/:id/discard', { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, response: { 200: okOut } } }, (req) => s.discardImport(db, actorOf(req), req.params.id, req.id));
}
