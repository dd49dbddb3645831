// The evaluation's pages as the caller may see them: a unit-scoped caller sees the zone of their
// unit (`scopeZone`), and before the results are circulated only that zone's own figures. Each
// route in routes.ts makes one call here (reads) or into service.ts (writes), so the visibility
// rules live beside the queries, not in the route file. The two writes with a zone rule of their
// own (an appeal, approving a self-evaluation) check it in service.ts.
import type { Db } from '../db/index';
import type { Scope } from '../core/access';
import { forbidden, notFound } from '../core/errors';
import { allows } from '../../contracts/access';
import type { Role } from '../../contracts/common';
import { actionsFrom, combineRaters, selfEvaluationsPublic, selfUnifiedGap, zoneSelfGap, type EvaluationResult, type RoundState } from '../../domain/evaluation/index';
import * as q from './queries';

/** Who is looking: the scope of their unit, and their roles (none for a token). */
export interface Viewer {
  scope: Scope;
  roles: readonly Role[];
}

async function roundOf(db: Db, id: string) {
  const found = await q.getRound(db, id);
  if (!found) throw notFound('考核轮次', 'evaluation round');
  return found;
}

export async function schemeDetail(db: Db, id: string) {
  const scheme = await q.getScheme(db, id);
  if (!scheme) throw notFound('考核方案', 'evaluation scheme');
  const def = q.definitionOf(scheme);
  return { ...scheme, zones: await q.zonesOf(db, def), criteria: await q.criteriaOf(db, scheme.id) };
}

/** The round's board: every zone with its self-evaluation state, and results once they may be seen. */
export async function board(db: Db, v: Viewer, id: string) {
  const found = await roundOf(db, id);
  const def = q.definitionOf(found.scheme);
  const zones = await q.zonesOf(db, def);
  const subs = new Map((await q.submissionsOf(db, found.round.id)).map((x) => [x.zoneId, x]));
  const run = await q.latestRun(db, found.round.id);
  const state = found.round.state as RoundState;
  const mine = await q.scopeZone(db, v.scope);
  const showResults = mine === 'all' || selfEvaluationsPublic(state);
  const out = run?.output as EvaluationResult | undefined;
  // Self scores only where the result itself may be shown (the zone's own, or after circulation).
  const visible = zones.filter((z) => showResults || mine === z.id).map((z) => z.id);
  const selfAll = out ? await q.selfScores(db, found.scheme.id, visible) : [];
  return {
    round: found.round,
    scheme: found.scheme,
    // The workflow's next steps, for those who may take them (the transition route's policy).
    actions: allows('office', v.roles) ? actionsFrom(state) : [],
    myZoneId: mine === 'all' ? null : mine,
    zones: zones.map((z) => {
      const sub = subs.get(z.id);
      const res = showResults || mine === z.id ? out?.zones.find((x) => x.id === z.code) : undefined;
      const selfGap = res ? zoneSelfGap(Object.fromEntries(selfAll.filter((x) => x.zoneId === z.id).map((x) => [x.code, x.score])), res) : null;
      return { ...z, selfState: sub?.selfState ?? null, submissionVersion: sub?.version ?? null, total: res?.total ?? null, rankInGroup: res?.rankInGroup ?? null, grade: res?.grade ?? null, selfGap };
    }),
  };
}

/** A zone's evaluation: summary pre-filled from approved data, self and unified side by side, deductions with their notices. */
export async function zoneEvaluation(db: Db, v: Viewer, roundId: string, zoneId: string) {
  const found = await roundOf(db, roundId);
  const def = q.definitionOf(found.scheme);
  const zone = (await q.zonesOf(db, def)).find((z) => z.id === zoneId);
  if (!zone) throw notFound('评价对象', 'zone in this round');
  const group = def.groups.find((g) => g.id === zone.hubType)!;
  const state = found.round.state as RoundState;
  const mine = await q.scopeZone(db, v.scope);
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
}

export async function scores(db: Db, v: Viewer, roundId: string, zoneId: string | undefined) {
  const found = await roundOf(db, roundId);
  const mine = await q.scopeZone(db, v.scope);
  const open = mine === 'all' || selfEvaluationsPublic(found.round.state as RoundState);
  // Before circulation a zone sees only its own self-evaluation, and no one's unified scores.
  const zoneIds = open ? (zoneId ? [zoneId] : undefined) : mine && (!zoneId || zoneId === mine) ? [mine] : [];
  return { self: await q.selfScores(db, found.scheme.id, zoneIds), ratings: open ? await q.ratingsOf(db, found.round.id, zoneIds) : [] };
}

export async function results(db: Db, v: Viewer, roundId: string) {
  const found = await roundOf(db, roundId);
  const run = await q.latestRun(db, found.round.id);
  const mine = await q.scopeZone(db, v.scope);
  const open = mine === 'all' || selfEvaluationsPublic(found.round.state as RoundState);
  const output = run?.output as EvaluationResult | undefined;
  const zones = await q.zonesOf(db, q.definitionOf(found.scheme));
  const myCode = zones.find((z) => z.id === mine)?.code;
  const visible = output && (open ? output : { ...output, zones: output.zones.filter((z) => z.id === myCode), groups: [] });
  return { run: run ? { id: run.id, correction: run.correction, reason: run.reason, createdAt: run.createdAt } : null, output: visible ?? null, runs: await q.runsOf(db, found.round.id), state: found.round.state };
}

export async function resultsInput(db: Db, v: Viewer, roundId: string) {
  const found = await roundOf(db, roundId);
  const mine = await q.scopeZone(db, v.scope);
  if (mine !== 'all' && !selfEvaluationsPublic(found.round.state as RoundState)) throw forbidden('结果通报前只有考核组能看到全部输入', 'before circulation only the evaluators see the whole input');
  const run = await q.latestRun(db, found.round.id);
  if (!run) throw notFound('考核结果', 'results');
  return run.input;
}

export async function appeals(db: Db, v: Viewer, schemeId: string | undefined) {
  const mine = await q.scopeZone(db, v.scope);
  return q.listAppeals(db, { schemeId, zoneIds: mine === 'all' ? undefined : mine ? [mine] : [] });
}

export async function allocation(db: Db, id: string) {
  const a = await q.getAllocation(db, id);
  if (!a) throw notFound('分配方案', 'allocation');
  return a;
}
