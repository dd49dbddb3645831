// /api/evaluation: schemes, rounds (the workflow), scores, results, appeals, allocations.
// Every result and allocation serves its input JSON (…/input) for `hubline evaluate | allocate`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser, ownedBy, scopeOf, type AccessRule } from '../core/access';
import { idParam, jsonOf } from '../../contracts/common';
// The database handle routes receive, without reaching into ../db from a route file.
type Db = Ctx['db'];
import * as q from './queries';
import { resultListXlsx } from './xlsx';
import * as s from './service';
import * as v from './views';
import * as sc from '../../contracts/evaluation';

const tags = ['evaluation'];
const OFFICE: AccessRule = { policy: 'office' };
const RATERS: AccessRule = { policy: 'rating' };
// Lists and zone pages keep unit-scoped callers to their own zone (by the zone of their unit): views.ts.
const LIST: AccessRule = { policy: 'signedIn', unit: 'list' };
const zoneParams = z.object({ id: z.uuid(), zoneId: z.uuid() });

/** For a route on one zone: the units of that zone own it (null: no such zone, 404). */
const zoneOwned = (db: Db) => ownedBy(['考核区域', 'evaluation zone'], (req: FastifyRequest) => q.zoneOwners(db, (req.params as { zoneId: string }).zoneId));

/** Who is looking: their unit's scope and their roles (none for a token). */
const viewer = (req: FastifyRequest): v.Viewer => ({ scope: scopeOf(req), roles: req.principal?.kind === 'user' ? req.principal.user.roles : [] });

export async function evaluationRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);

  // ───────── schemes ─────────
  r.get('/api/evaluation/schemes', { config: { access: LIST }, schema: { tags, summary: '考核方案 / Evaluation schemes', response: { 200: z.array(sc.schemeRowOut) } } }, () => q.listSchemes(db));

  r.post('/api/evaluation/schemes', { config: { access: OFFICE }, schema: { tags, body: sc.schemeBody, response: { 200: sc.schemeOut } } }, (req) =>
    s.createScheme(db, actorOf(req), { ...req.body, definition: { ...req.body.definition, name: req.body.name, year: req.body.year } }, req.id),
  );

  r.get('/api/evaluation/schemes/:id', { config: { access: LIST }, schema: { tags, params: idParam, response: { 200: sc.schemeOut } } }, (req) => v.schemeDetail(db, req.params.id));

  r.patch('/api/evaluation/schemes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: sc.schemePatch, response: { 200: sc.schemeOut } } }, (req) => {
    const { version, name, definition } = req.body;
    return s.updateScheme(db, actorOf(req), req.params.id, version, { name, definition: definition ? { ...definition, name: name ?? definition.name ?? '', year: definition.year ?? 0 } : undefined }, req.id);
  });

  // ───────── rounds: the workflow ─────────
  r.get('/api/evaluation/rounds', { config: { access: LIST }, schema: { tags, summary: '考核轮次及所处阶段 / Rounds and their state', response: { 200: z.array(sc.schemeRowOut) } } }, () => q.listSchemes(db));

  r.get('/api/evaluation/rounds/:id', { config: { access: LIST }, schema: { tags, summary: '年度考核看板 / Board', params: idParam, response: { 200: sc.boardOut } } }, (req) => v.board(db, viewer(req), req.params.id));

  r.post('/api/evaluation/rounds/:id/transition', { config: { access: OFFICE }, schema: { tags, params: idParam, body: sc.transitionBody, response: { 200: sc.roundOut } } }, (req) =>
    s.transitionRound(db, actorOf(req), req.params.id, req.body.version, req.body.action, req.body.reason, req.id),
  );

  // A zone's evaluation: summary pre-filled from approved data, self and unified side by side, deductions with their notices.
  r.get(
    '/api/evaluation/rounds/:id/zones/:zoneId',
    { config: { access: { policy: 'signedIn', unit: zoneOwned(db) } }, schema: { tags, params: zoneParams, response: { 200: sc.zoneEvaluationOut } } },
    (req) => v.zoneEvaluation(db, viewer(req), req.params.id, req.params.zoneId),
  );

  r.put(
    '/api/evaluation/rounds/:id/zones/:zoneId/summary',
    { config: { access: { policy: 'dataDesk', unit: zoneOwned(db) } }, schema: { tags, params: zoneParams, body: sc.summaryBody, response: { 200: z.looseObject({ version: z.number() }) } } },
    (req) => s.saveSummary(db, actorOf(req), req.params.id, req.params.zoneId, req.body.version, req.body.narrative, req.id),
  );

  r.put(
    '/api/evaluation/rounds/:id/zones/:zoneId/self',
    { config: { access: { policy: 'selfEvaluation', unit: zoneOwned(db) } }, schema: { tags, summary: '自评打分 / Self-evaluation scores', params: zoneParams, body: sc.selfScoresBody, response: { 200: z.array(z.any()) } } },
    (req) => s.saveSelfScores(db, actorOf(req), req.params.id, req.params.zoneId, req.body.version, req.body.scores, req.id),
  );

  r.post(
    '/api/evaluation/rounds/:id/zones/:zoneId/self',
    { config: { access: { policy: 'selfEvaluation', unit: zoneOwned(db) } }, schema: { tags, summary: '提交 / 审核自评 / Submit or approve', params: zoneParams, body: sc.selfActionBody, response: { 200: z.looseObject({ version: z.number() }) } } },
    // Only the zone's own unit leader approves or returns its self-evaluation (checked in the service).
    (req) => s.selfActionAs(db, actorOf(req), viewer(req), req.params.id, req.params.zoneId, req.body.version, req.body.action, req.id),
  );

  // ───────── scores ─────────
  r.get(
    '/api/evaluation/rounds/:id/scores',
    { config: { access: LIST }, schema: { tags, summary: '自评与统评得分 / Scores', params: idParam, querystring: z.object({ zoneId: z.uuid().optional() }), response: { 200: z.looseObject({ self: z.array(z.any()), ratings: z.array(z.any()) }) } } },
    (req) => v.scores(db, viewer(req), req.params.id, req.query.zoneId),
  );

  r.post('/api/evaluation/rounds/:id/scores', { config: { access: RATERS }, schema: { tags, summary: '统评打分 / Unified scores by a rater', params: idParam, body: sc.rateBody, response: { 200: z.array(z.any()) } } }, (req) =>
    s.rate(db, { ...actorOf(req), id: currentUser(req).id }, req.params.id, req.body.zoneId, req.body.scores, req.id),
  );

  // ───────── results ─────────
  r.get('/api/evaluation/rounds/:id/results', { config: { access: LIST, xlsx: resultListXlsx }, schema: { tags, params: idParam, response: { 200: sc.resultsOut } } }, (req) => v.results(db, viewer(req), req.params.id));

  r.get('/api/evaluation/rounds/:id/results/input', { config: { access: LIST }, schema: { tags, summary: '考核结果的计算输入（hubline evaluate 可复算） / Result input JSON', params: idParam, response: { 200: jsonOf<unknown>() } } }, (req) => v.resultsInput(db, viewer(req), req.params.id));

  r.post('/api/evaluation/rounds/:id/results', { config: { access: OFFICE }, schema: { tags, summary: '计算考核结果 / Compute results', params: idParam, body: sc.computeBody, response: { 200: z.looseObject({ id: z.uuid(), correction: z.number() }) } } }, (req) =>
    s.computeResults(db, actorOf(req), req.params.id, req.body.adjustments, req.id),
  );

  // ───────── appeals ─────────
  r.get('/api/evaluation/appeals', { config: { access: LIST }, schema: { tags, querystring: z.object({ schemeId: z.uuid().optional() }), response: { 200: z.array(sc.appealRowOut) } } }, (req) => v.appeals(db, viewer(req), req.query.schemeId));

  r.post('/api/evaluation/appeals', { config: { access: { policy: 'dataDesk', unit: 'list' } }, schema: { tags, summary: '提出申诉 / File an appeal', body: sc.appealBody, response: { 200: sc.appealOut } } }, (req) =>
    s.fileOwnAppeal(db, actorOf(req), viewer(req), req.body, req.id),
  );

  r.post('/api/evaluation/appeals/:id/answer', { config: { access: OFFICE }, schema: { tags, summary: '答复申诉 / Answer an appeal', params: idParam, body: sc.answerBody, response: { 200: sc.appealOut } } }, (req) =>
    s.answerAppeal(db, actorOf(req), req.params.id, req.body.version, req.body.decision, req.body.answer, req.id),
  );

  // ───────── awards (评优评先) ─────────
  r.get('/api/evaluation/awards', { config: { access: LIST }, schema: { tags, summary: '评优评先 / Awards', querystring: z.object({ schemeId: z.uuid().optional() }), response: { 200: z.array(sc.awardsOut) } } }, (req) => q.listAwards(db, req.query.schemeId));

  r.post('/api/evaluation/awards', { config: { access: OFFICE }, schema: { tags, summary: '按排名与资格评优评先 / Decide awards by rank and eligibility', body: sc.awardsBody, response: { 200: sc.awardsOut } } }, async (req) => {
    const id = await s.createAwards(db, actorOf(req), req.body, req.id);
    return (await q.listAwards(db, req.body.schemeId)).find((a) => a.id === id)!;
  });

  // ───────── allocations ─────────
  r.get('/api/evaluation/allocations', { config: { access: LIST }, schema: { tags, querystring: z.object({ schemeId: z.uuid().optional() }), response: { 200: z.array(sc.allocationOut) } } }, (req) => q.listAllocations(db, req.query.schemeId));

  r.post('/api/evaluation/allocations', { config: { access: OFFICE }, schema: { tags, summary: '按考核结果分配资金或土地指标 / Allocate', body: sc.allocationBody, response: { 200: sc.allocationOut } } }, (req) =>
    s.createAllocation(db, actorOf(req), req.body, req.id),
  );

  r.get('/api/evaluation/allocations/:id', { config: { access: LIST }, schema: { tags, params: idParam, response: { 200: sc.allocationDetailOut } } }, (req) => v.allocation(db, req.params.id));

  r.get('/api/evaluation/allocations/:id/input', { config: { access: LIST }, schema: { tags, summary: '分配的计算输入（hubline allocate 可复算） / Allocation input JSON', params: idParam, response: { 200: jsonOf<unknown>() } } }, async (req) => (await v.allocation(db, req.params.id)).input);
}
