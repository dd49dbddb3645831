// /api/evaluation: schemes, rounds (the workflow), scores, results, appeals, allocations.
// Every result and allocation serves its input JSON (…/input) for `hubline evaluate | allocate`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { actorOf, currentUser, hasRole, ownedBy, scopeOf, type AccessRule } from '../core/access';
import { idParam, jsonOf } from '../../contracts/common';
import { forbidden, notFound } from '../core/errors';
import { actionsFrom, combineRaters, selfEvaluationsPublic, selfUnifiedGap, zoneSelfGap, type EvaluationResult, type RoundState } from '../../domain/evaluation/index';
// The database handle routes receive, without reaching into ../db from a route file.
type Db = Ctx['db'];
import * as q from './queries';
import { resultListXlsx } from './xlsx';
import * as s from './service';
import * as sc from '../../contracts/evaluation';

const tags = ['evaluation'];
const OFFICE: AccessRule = { policy: 'office' };
const RATERS: AccessRule = { policy: 'rating' };
// Lists and zone pages keep unit-scoped callers to their own zone in the handler (by the zone of their unit).
const LIST: AccessRule = { policy: 'signedIn', unit: 'list' };
const zoneParams = z.object({ id: z.uuid(), zoneId: z.uuid() });

/** For a route on one zone: the units of that zone own it (null: no such zone, 404). */
const zoneOwned = (db: Db) => ownedBy(['考核区域', 'evaluation zone'], (req: FastifyRequest) => q.zoneOwners(db, (req.params as { zoneId: string }).zoneId));

/** The zone a unit-scoped caller may see, or 'all'. */
const myZone = (db: Db, req: FastifyRequest) => q.scopeZone(db, scopeOf(req));

export async function evaluationRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);

  // ───────── schemes ─────────
  r.get('/api/evaluation/schemes', { config: { access: LIST }, schema: { tags, summary: '考核方案 / Evaluation schemes', response: { 200: z.array(sc.schemeOut) } } }, () => q.listSchemes(db));

  r.post('/api/evaluation/schemes', { config: { access: OFFICE }, schema: { tags, body: sc.schemeBody, response: { 200: sc.schemeOut } } }, (req) =>
    s.createScheme(db, actorOf(req), { ...req.body, definition: { ...req.body.definition, name: req.body.name, year: req.body.year } }, req.id),
  );

  r.get('/api/evaluation/schemes/:id', { config: { access: LIST }, schema: { tags, params: idParam, response: { 200: sc.schemeOut } } }, async (req) => {
    const scheme = await q.getScheme(db, req.params.id);
    if (!scheme) throw notFound('考核方案', 'evaluation scheme');
    const def = q.definitionOf(scheme);
    return { ...scheme, zones: await q.zonesOf(db, def), criteria: await q.criteriaOf(db, scheme.id) };
  });

  r.patch('/api/evaluation/schemes/:id', { config: { access: OFFICE }, schema: { tags, params: idParam, body: sc.schemePatch, response: { 200: sc.schemeOut } } }, (req) => {
    const { version, name, definition } = req.body;
    return s.updateScheme(db, actorOf(req), req.params.id, version, { name, definition: definition ? { ...definition, name: name ?? definition.name ?? '', year: definition.year ?? 0 } : undefined }, req.id);
  });

  // ───────── rounds: the workflow ─────────
  r.get('/api/evaluation/rounds', { config: { access: LIST }, schema: { tags, summary: '考核轮次及所处阶段 / Rounds and their state', response: { 200: z.array(z.any()) } } }, () => q.listSchemes(db));

  r.get('/api/evaluation/rounds/:id', { config: { access: LIST }, schema: { tags, summary: '年度考核看板 / Board', params: idParam, response: { 200: sc.boardOut } } }, async (req) => {
    const found = await q.getRound(db, req.params.id);
    if (!found) throw notFound('考核轮次', 'evaluation round');
    const def = q.definitionOf(found.scheme);
    const zones = await q.zonesOf(db, def);
    const subs = new Map((await q.submissionsOf(db, found.round.id)).map((x) => [x.zoneId, x]));
    const run = await q.latestRun(db, found.round.id);
    const state = found.round.state as RoundState;
    const mine = await myZone(db, req);
    const showResults = mine === 'all' || selfEvaluationsPublic(state);
    const out = run?.output as EvaluationResult | undefined;
    // Self scores only where the result itself may be shown (the zone's own, or after circulation).
    const visible = zones.filter((z) => showResults || mine === z.id).map((z) => z.id);
    const selfAll = out ? await q.selfScores(db, found.scheme.id, visible) : [];
    return {
      round: found.round,
      scheme: found.scheme,
      actions: hasRole(req, 'admin', 'office') ? actionsFrom(state) : [],
      myZoneId: mine === 'all' ? null : mine,
      zones: zones.map((z) => {
        const sub = subs.get(z.id);
        const res = showResults || mine === z.id ? out?.zones.find((x) => x.id === z.code) : undefined;
        const selfGap = res ? zoneSelfGap(Object.fromEntries(selfAll.filter((x) => x.zoneId === z.id).map((x) => [x.code, x.score])), res) : null;
        return { ...z, selfState: sub?.selfState ?? null, submissionVersion: sub?.version ?? null, total: res?.total ?? null, rankInGroup: res?.rankInGroup ?? null, grade: res?.grade ?? null, selfGap };
      }),
    };
  });

  r.post('/api/evaluation/rounds/:id/transition', { config: { access: OFFICE }, schema: { tags, params: idParam, body: sc.transitionBody, response: { 200: sc.roundOut } } }, (req) =>
    s.transitionRound(db, actorOf(req), req.params.id, req.body.version, req.body.action, req.body.reason, req.id),
  );

  // A zone's evaluation: summary pre-filled from approved data, self and unified side by side, deductions with their notices.
  r.get(
    '/api/evaluation/rounds/:id/zones/:zoneId',
    { config: { access: { policy: 'signedIn', unit: zoneOwned(db) } }, schema: { tags, params: zoneParams, response: { 200: sc.zoneEvaluationOut } } },
    async (req) => {
      const found = await q.getRound(db, req.params.id);
      if (!found) throw notFound('考核轮次', 'evaluation round');
      const def = q.definitionOf(found.scheme);
      const zone = (await q.zonesOf(db, def)).find((z) => z.id === req.params.zoneId);
      if (!zone) throw notFound('评价对象', 'zone in this round');
      const group = def.groups.find((g) => g.id === zone.hubType)!;
      const state = found.round.state as RoundState;
      const mine = await myZone(db, req);
      const indicatorIds = group.criteria.map((c) => c.indicatorId).filter((x): x is string => !!x);
      const values = await q.indicatorValues(db, indicatorIds, [zone.id], found.scheme.year);
      const tasks = await q.taskCompletion(db, zone.id, found.scheme.year);
      const notices = await q.supervisionRecord(db, zone.id, found.scheme.year);
      const [sub] = (await q.submissionsOf(db, found.round.id)).filter((x) => x.zoneId === zone.id);
      const self = await q.selfScores(db, found.scheme.id, [zone.id]);
      const seeUnified = mine === 'all' || selfEvaluationsPublic(state);
      const ratings = seeUnified ? await q.ratingsOf(db, found.round.id, [zone.id]) : [];
      const run = await q.latestRun(db, found.round.id);
      const result = seeUnified ? (run?.output as EvaluationResult | undefined)?.zones.find((x) => x.id === zone.code) : undefined;
      const rule = def.raterRule ?? 'mean';
      const criteria = group.criteria.map((c) => {
        const mineRatings = ratings.filter((x) => x.code === c.code);
        const step = result?.criteria.find((x) => x.code === c.code);
        const source = c.source ?? (c.indicatorId ? 'indicator' : 'rated');
        return {
          ...c,
          source,
          data: source === 'indicator' ? (values.get(`${c.indicatorId}|${zone.id}`) ?? null) : source === 'task_completion' ? tasks : null,
          self: self.find((x) => x.code === c.code) ?? null,
          ratings: mineRatings,
          unified: mineRatings.length ? combineRaters(mineRatings.map((x) => x.score), rule) : null,
          result: step ?? null,
        };
      });
      const gap = result ? selfUnifiedGap(Object.fromEntries(self.map((x) => [x.code, x.score])), Object.fromEntries(result.criteria.map((x) => [x.code, x.points]))) : [];
      // The summary's draft, written from the approved reports, indicator values and supervision record.
      const draft = await q.summaryDraft(db, zone, def, found.scheme.year);
      return { round: found.round, scheme: { id: found.scheme.id, name: found.scheme.name, year: found.scheme.year }, zone, group: { id: group.id, name: group.name }, submission: sub ?? null, criteria, notices, tasks, draft, result: result ?? null, gap };
    },
  );

  r.put(
    '/api/evaluation/rounds/:id/zones/:zoneId/summary',
    { config: { access: { policy: 'dataDesk', unit: zoneOwned(db) } }, schema: { tags, params: zoneParams, body: sc.summaryBody, response: { 200: z.looseObject({ version: z.number() }) } } },
    (req) => s.saveSummary(db, actorOf(req), req.params.id, req.params.zoneId, req.body.version, req.body.narrative, req.id),
  );

  r.put(
    '/api/evaluation/rounds/:id/zones/:zoneId/self',
    { config: { access: { policy: 'selfEvaluation', unit: zoneOwned(db) } }, schema: { tags, summary: '自评打分 / Self-evaluation scores', params: zoneParams, body: sc.selfScoresBody, response: { 200: z.array(z.any()) } } },
    (req) => s.saveSelfScores(db, actorOf(req), req.params.id, req.params.zoneId, req.body.scores, req.id),
  );

  r.post(
    '/api/evaluation/rounds/:id/zones/:zoneId/self',
    { config: { access: { policy: 'selfEvaluation', unit: zoneOwned(db) } }, schema: { tags, summary: '提交 / 审核自评 / Submit or approve', params: zoneParams, body: sc.selfActionBody, response: { 200: z.looseObject({ version: z.number() }) } } },
    async (req) => {
      // Only the zone's own unit leader approves or returns its self-evaluation.
      if (req.body.action !== 'submit' && !(hasRole(req, 'unit_leader') && (await myZone(db, req)) === req.params.zoneId))
        throw forbidden('只有本单位负责人能审核自评', "only the zone's unit leader approves its self-evaluation");
      if (req.body.action === 'submit' && !hasRole(req, 'liaison', 'unit_leader')) throw forbidden('自评由本单位提交', "the zone's own unit submits its self-evaluation");
      return s.selfAction(db, actorOf(req), req.params.id, req.params.zoneId, req.body.version, req.body.action, req.id);
    },
  );

  // ───────── scores ─────────
  r.get(
    '/api/evaluation/rounds/:id/scores',
    { config: { access: LIST }, schema: { tags, summary: '自评与统评得分 / Scores', params: idParam, querystring: z.object({ zoneId: z.uuid().optional() }), response: { 200: z.looseObject({ self: z.array(z.any()), ratings: z.array(z.any()) }) } } },
    async (req) => {
      const found = await q.getRound(db, req.params.id);
      if (!found) throw notFound('考核轮次', 'evaluation round');
      const mine = await myZone(db, req);
      const open = mine === 'all' || selfEvaluationsPublic(found.round.state as RoundState);
      // Before circulation a zone sees only its own self-evaluation, and no one's unified scores.
      const zoneIds = open ? (req.query.zoneId ? [req.query.zoneId] : undefined) : mine && (!req.query.zoneId || req.query.zoneId === mine) ? [mine] : [];
      return { self: await q.selfScores(db, found.scheme.id, zoneIds), ratings: open ? await q.ratingsOf(db, found.round.id, zoneIds) : [] };
    },
  );

  r.post('/api/evaluation/rounds/:id/scores', { config: { access: RATERS }, schema: { tags, summary: '统评打分 / Unified scores by a rater', params: idParam, body: sc.rateBody, response: { 200: z.array(z.any()) } } }, (req) =>
    s.rate(db, { ...actorOf(req), id: currentUser(req).id }, req.params.id, req.body.zoneId, req.body.scores, req.id),
  );

  // ───────── results ─────────
  r.get('/api/evaluation/rounds/:id/results', { config: { access: LIST, xlsx: resultListXlsx }, schema: { tags, params: idParam, response: { 200: sc.resultsOut } } }, async (req) => {
    const found = await q.getRound(db, req.params.id);
    if (!found) throw notFound('考核轮次', 'evaluation round');
    const run = await q.latestRun(db, found.round.id);
    const mine = await myZone(db, req);
    const open = mine === 'all' || selfEvaluationsPublic(found.round.state as RoundState);
    const output = run?.output as EvaluationResult | undefined;
    const zones = await q.zonesOf(db, q.definitionOf(found.scheme));
    const myCode = zones.find((z) => z.id === mine)?.code;
    const visible = output && (open ? output : { ...output, zones: output.zones.filter((z) => z.id === myCode), groups: [] });
    return { run: run ? { id: run.id, correction: run.correction, reason: run.reason, createdAt: run.createdAt } : null, output: visible ?? null, runs: await q.runsOf(db, found.round.id), state: found.round.state };
  });

  r.get('/api/evaluation/rounds/:id/results/input', { config: { access: LIST }, schema: { tags, summary: '考核结果的计算输入（hubline evaluate 可复算） / Result input JSON', params: idParam, response: { 200: jsonOf<unknown>() } } }, async (req) => {
    const found = await q.getRound(db, req.params.id);
    if (!found) throw notFound('考核轮次', 'evaluation round');
    const mine = await myZone(db, req);
    if (mine !== 'all' && !selfEvaluationsPublic(found.round.state as RoundState)) throw forbidden('结果通报前只有考核组能看到全部输入', 'before circulation only the evaluators see the whole input');
    const run = await q.latestRun(db, found.round.id);
    if (!run) throw notFound('考核结果', 'results');
    return run.input;
  });

  r.post('/api/evaluation/rounds/:id/results', { config: { access: OFFICE }, schema: { tags, summary: '计算考核结果 / Compute results', params: idParam, body: sc.computeBody, response: { 200: z.looseObject({ id: z.uuid(), correction: z.number() }) } } }, (req) =>
    s.computeResults(db, actorOf(req), req.params.id, req.body.adjustments, req.id),
  );

  // ───────── appeals ─────────
  r.get('/api/evaluation/appeals', { config: { access: LIST }, schema: { tags, querystring: z.object({ schemeId: z.uuid().optional() }), response: { 200: z.array(sc.appealOut) } } }, async (req) => {
    const mine = await myZone(db, req);
    return q.listAppeals(db, { schemeId: req.query.schemeId, zoneIds: mine === 'all' ? undefined : mine ? [mine] : [] });
  });

  r.post('/api/evaluation/appeals', { config: { access: { policy: 'dataDesk', unit: 'list' } }, schema: { tags, summary: '提出申诉 / File an appeal', body: sc.appealBody, response: { 200: sc.appealOut } } }, async (req) => {
    const mine = await myZone(db, req);
    if (mine !== 'all' && mine !== req.body.zoneId) throw forbidden('只能为本单位所在评价对象申诉', 'you can appeal only for your own zone');
    return s.fileAppeal(db, actorOf(req), req.body, req.id);
  });

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

  r.get('/api/evaluation/allocations/:id', { config: { access: LIST }, schema: { tags, params: idParam, response: { 200: sc.allocationOut } } }, async (req) => {
    const a = await q.getAllocation(db, req.params.id);
    if (!a) throw notFound('分配方案', 'allocation');
    return a;
  });

  r.get('/api/evaluation/allocations/:id/input', { config: { access: LIST }, schema: { tags, summary: '分配的计算输入（hubline allocate 可复算） / Allocation input JSON', params: idParam, response: { 200: jsonOf<unknown>() } } }, async (req) => {
    const a = await q.getAllocation(db, req.params.id);
    if (!a) throw notFound('分配方案', 'allocation');
    return a.input;
  });
}
