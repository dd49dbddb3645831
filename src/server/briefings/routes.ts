import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf } from '../core/access';
import { fileResponse, idParam } from '../../contracts/common';
import { briefingList, briefingListQuery, briefingOut, briefingRequest } from '../../contracts/briefings';
import { enqueueBriefing } from '../jobs/index';
import * as s from './service';

// A briefing is a .docx, an .xlsx or a PDF, whichever format was requested.
const briefingFile = {
  description: '简报文件 / The briefing file',
  content: { ...fileResponse('docx', '').content, ...fileResponse('xlsx', '').content, ...fileResponse('pdf', '').content },
};

const tags = ['briefings'];

export async function briefingRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  // A briefing quotes every unit's accepted reports: for those who oversee the whole plan.
  r.post(
    '/api/briefings',
    { config: { access: { policy: 'office' } }, schema: { tags, summary: '生成推进情况报告（后台任务） / Request a progress briefing (background job)', body: briefingRequest, response: { 202: briefingOut } } },
    async (req, reply) => {
      const id = await s.requestBriefing(db, actorOf(req), req.body, req.id);
      await enqueueBriefing(db, id);
      return reply.status(202).send(await s.getBriefing(db, id));
    },
  );
  r.get(
    '/api/briefings',
    { config: { access: { policy: 'oversight' } }, schema: { tags, summary: '推进情况报告列表（含输入版本） / Briefings with their input version', querystring: briefingListQuery, response: { 200: briefingList } } },
    (req) => s.listBriefings(db, req.query.planCode),
  );
  r.get('/api/briefings/:id', { config: { access: { policy: 'oversight' } }, schema: { tags, params: idParam, response: { 200: briefingOut } } }, (req) => s.getBriefing(db, req.params.id));
  r.get(
    '/api/briefings/:id/file',
    { config: { access: { policy: 'oversight' } }, schema: { tags, summary: '下载 / Download', params: idParam, response: { 200: briefingFile } } },
    async (req, reply) => {
      const f = await s.briefingFile(db, req.params.id);
      return reply
        .type(f.mimeType)
        .header('content-disposition', `attachment; filename="briefing.${f.fileName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .send(f.content);
    },
  );
}
