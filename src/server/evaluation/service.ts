// Writes of the evaluation module: each in one transaction with its audit entry. The workflow's
// transitions come from src/domain/evaluation/workflow.ts; anything else is refused with HTTP 409.
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import {
  appeals,
  evaluationAllocations,
  evaluationCriteria,
  evaluationRatings,
  evaluationResults,
  evaluationRounds,
  evaluationRuns,
  evaluationSchemes,
  evaluationScores,
  evaluationSubmissions,
  incentives,
} from '../db/schema';
import { audit, type Actor } from '../core/audit';
import type { Scope } from '../core/access';
import type { Role } from '../../contracts/common';
import { AppError, badRequest, conflict, forbidden, notFound } from '../core/errors';
import { updateVersioned } from '../core/versioned';
import {
  allocate,
  appealTransition,
  canWriteScores,
  checkSchemeDefinition,
  combineRaters,
  evaluate,
  evaluateInputSchema,
  EvaluationError,
  InputError,
  roundTransition,
  selfTransition,
  type AllocateInput,
  type EvaluateInput,
  type RoundAction,
  type RoundState,
  type Scheme,
  type SelfAction,
  type SelfState,
  allocateInputSchema,
  awards,
  describeIssues,
  type AwardRuleInput,
} from '../../domain/evaluation/index';
import * as q from './queries';

const conflictState = (zh: string, en: string) => new AppError(409, 'state_conflict', zh, en);

/** Domain errors become the API's bilingual 400 (a mistake in the request, never a 500). */
export function domainError(e: unknown): never {
  if (e instanceof EvaluationError)
    throw new AppError(e.code === 'ahp_inconsistent' ? 422 : 400, e.code, e.messageZh, e.messageEn, e.path ? { field: e.path } : {});
  if (e instanceof InputError)
    throw new AppError(400, 'validation', `输入有误：${e.issues[0].messageZh}`, `Invalid input: ${e.issues[0].messageEn}`, {
      field: e.issues[0].path,
      details: e.issues.map((i) => ({ field: i.path, message: i.messageZh, messageEn: i.messageEn })),
    });
  throw e;
}

function checkScheme(def: Scheme) {
  // First as a person reads it (group, indicator and field named), then by the calculator.
  const problems = checkSchemeDefinition(def);
  if (problems.length)
    throw new AppError(400, 'validation', problems[0].messageZh, problems[0].messageEn, {
      field: `definition.${problems[0].path}`,
      details: problems.map((p) => ({ field: `definition.${p.path}`, message: p.messageZh, messageEn: p.messageEn })),
    });
  try {
    // Weights and rules are checked by evaluating an empty zone of each group.
    const parsed = evaluateInputSchema.safeParse({ scheme: def, zones: def.groups.map((g) => ({ id: `check-${g.id}`, name: g.name, group: g.id, values: {} })) });
    if (!parsed.success) throw new InputError(describeIssues(parsed.error).map((i) => ({ ...i, path: `definition.${i.path.replace(/^scheme\./, '')}` })));
    evaluate(parsed.data);
  } catch (e) {
    domainError(e);
  }
}

/**
 * Criteria rows (one per code, with its weight per hub type) mirror the definition, so scores can
 * reference them; a code may carry a different name per group (e.g. 枢纽能级（航线）/（班列）).
 */
async function syncCriteria(tx: DbOrTx, schemeId: string, def: Scheme) {
  const existing = await q.criteriaOf(tx, schemeId);
  const byCode = new Map(existing.map((c) => [c.code, c]));
  const wanted = new Map<string, { name: string; indicatorId: string | null; weights: Record<string, number> }>();
  for (const g of def.groups)
    for (const c of g.criteria) {
      const w = wanted.get(c.code) ?? { name: c.name, indicatorId: c.indicatorId ?? null, weights: {} };
      w.weights[g.id] = c.weight;
      wanted.set(c.code, w);
    }
  for (const [code, w] of wanted) {
    const row = byCode.get(code);
    if (row) await tx.update(evaluationCriteria).set({ name: w.name, indicatorId: w.indicatorId, weights: w.weights }).where(eq(evaluationCriteria.id, row.id));
    else await tx.insert(evaluationCriteria).values({ schemeId, code, name: w.name, indicatorId: w.indicatorId, weights: w.weights });
  }
  for (const row of existing) if (!wanted.has(row.code)) await tx.delete(evaluationCriteria).where(eq(evaluationCriteria.id, row.id));
}

export async function createScheme(db: Db, actor: Actor, input: { planId?: string | null; year: number; name: string; definition: Scheme }, requestId?: string) {
  const definition = { ...input.definition, name: input.name, year: input.year };
  checkScheme(definition);
  return db.transaction(async (tx) => {
    const [scheme] = await tx.insert(evaluationSchemes).values({ planId: input.planId ?? null, year: input.year, name: input.name, definition }).returning();
    await syncCriteria(tx, scheme.id, definition);
    const [round] = await tx.insert(evaluationRounds).values({ schemeId: scheme.id }).returning();
    await audit(tx, actor, { action: 'create', entity: 'evaluation_scheme', entityId: scheme.id, after: { scheme, round } }, requestId);
    return { ...scheme, roundId: round.id, state: round.state };
  });
}

export async function updateScheme(db: Db, actor: Actor, id: string, version: number, patch: { name?: string; definition?: Scheme }, requestId?: string) {
  if (patch.definition) checkScheme(patch.definition);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(evaluationSchemes).where(eq(evaluationSchemes.id, id)).for('update');
    if (!before) throw notFound('考核方案', 'evaluation scheme');
    if (before.version !== version) throw conflict(before.version);
    const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.schemeId, id));
    if (round && round.state !== 'draft') throw conflictState('方案已发布，不能再修改', 'the scheme is published and can no longer be changed');
    const name = patch.name ?? before.name;
    const definition = patch.definition ? { ...patch.definition, name, year: before.year } : { ...(before.definition as object), name };
    const [after] = await tx
      .update(evaluationSchemes)
      .set({ name, definition, version: sql`${evaluationSchemes.version} + 1` })
      .where(and(eq(evaluationSchemes.id, id), eq(evaluationSchemes.version, version)))
      .returning();
    if (!after) throw conflict();
    await syncCriteria(tx, id, definition as Scheme);
    await audit(tx, actor, { action: 'update', entity: 'evaluation_scheme', entityId: id, before, after }, requestId);
    return after;
  });
}

async function lockRound(tx: DbOrTx, roundId: string) {
  const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.id, roundId)).for('update');
  if (!round) throw notFound('考核轮次', 'evaluation round');
  const [scheme] = await tx.select().from(evaluationSchemes).where(eq(evaluationSchemes.id, round.schemeId));
  return { round, scheme, def: q.definitionOf(scheme) };
}

async function ensureSubmissions(tx: DbOrTx, roundId: string, def: Scheme) {
  for (const z of await q.zonesOf(tx, def))
    await tx.insert(evaluationSubmissions).values({ roundId, zoneId: z.id }).onConflictDoNothing();
}

export async function transitionRound(db: Db, actor: Actor, roundId: string, version: number, action: RoundAction, reason: string | undefined, requestId?: string) {
  return db.transaction(async (tx) => {
    const { round, scheme, def } = await lockRound(tx, roundId);
    if (round.version !== version) throw conflict(round.version);
    const state = round.state as RoundState;
    const zoneList = await q.zonesOf(tx, def);
    const subs = await q.submissionsOf(tx, roundId);
    const openAppeals = (await q.listAppeals(tx, { schemeId: scheme.id })).filter((a) => a.status === 'open').length;
    const run = await q.latestRun(tx, roundId);
    const t = roundTransition(state, action, {
      zones: zoneList.length,
      selfApproved: subs.filter((s) => s.selfState === 'approved').length,
      unifiedComplete: action === 'circulate' ? run !== null : undefined,
      openAppeals,
      reason,
    });
    if (!t.ok) throw conflictState(t.messageZh, t.messageEn);
    const correction = t.newVersion ? round.correction + 1 : round.correction;
    const [after] = await tx
      .update(evaluationRounds)
      .set({ state: t.to, correction, version: sql`${evaluationRounds.version} + 1`, updatedAt: new Date() })
      .where(eq(evaluationRounds.id, roundId))
      .returning();
    if (action === 'publish') {
      await tx.update(evaluationSchemes).set({ status: 'published' }).where(eq(evaluationSchemes.id, scheme.id));
      await ensureSubmissions(tx, roundId, def);
    }
    if (action === 'finalize') await tx.update(evaluationSchemes).set({ status: 'closed' }).where(eq(evaluationSchemes.id, scheme.id));
    if (t.newVersion) {
      // A correction never edits the final results: it adds a new, numbered run with its reason.
      const prev = run ? (run.input as EvaluateInput) : undefined;
      await computeInside(tx, actor, roundId, { adjustments: undefined, reason: reason!, correction, previous: prev });
    }
    await audit(tx, actor, { action: `round_${action}`, entity: 'evaluation_round', entityId: roundId, before: round, after: { ...after, reason } }, requestId);
    return after;
  });
}

export async function saveSummary(db: Db, actor: Actor, roundId: string, zoneId: string, version: number, narrative: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const { round, scheme, def } = await lockRound(tx, roundId);
    if (!canWriteScores(round.state as RoundState, 'summary')) throw conflictState('当前阶段不能修改总结', 'the summary cannot be changed at this stage');
    const zone = (await q.zonesOf(tx, def)).find((z) => z.id === zoneId);
    if (!zone) throw notFound('评价对象', 'zone in this round');
    // The audit entry names what the draft was written from and whether it was edited before saving.
    const draft = await q.summaryDraft(tx, zone, def, scheme.year);
    const [before] = await tx.select().from(evaluationSubmissions).where(and(eq(evaluationSubmissions.roundId, roundId), eq(evaluationSubmissions.zoneId, zoneId)));
    if (!before) throw notFound('评价对象', 'zone in this round');
    if (before.version !== version) throw conflict(before.version);
    const [after] = await tx
      .update(evaluationSubmissions)
      .set({ narrative, version: sql`${evaluationSubmissions.version} + 1`, updatedAt: new Date() })
      .where(eq(evaluationSubmissions.id, before.id))
      .returning();
    await audit(
      tx,
      actor,
      { action: 'update_summary', entity: 'evaluation_submission', entityId: before.id, before, after: { ...after, prefill: { sources: draft.sources, editedFromDraft: narrative !== draft.text } } },
      requestId,
    );
    return after;
  });
}

export async function saveSelfScores(db: Db, actor: Actor, roundId: string, zoneId: string, version: number, scores: { code: string; score: number | null; comment?: string | null }[], requestId?: string) {
  return db.transaction(async (tx) => {
    const { round, scheme, def } = await lockRound(tx, roundId);
    if (!canWriteScores(round.state as RoundState, 'self_evaluation')) throw conflictState('当前不在自评阶段', 'the self-evaluation is not open');
    const [sub] = await tx.select().from(evaluationSubmissions).where(and(eq(evaluationSubmissions.roundId, roundId), eq(evaluationSubmissions.zoneId, zoneId)));
    if (!sub) throw notFound('评价对象', 'zone in this round');
    if (sub.selfState === 'submitted' || sub.selfState === 'approved') throw conflictState('自评已提交，不能再修改', 'the self-evaluation has been submitted');
    // The scores belong to the zone's submission: a save names the version it read and bumps it, so
    // a second editor, or a submit based on older scores, answers 409.
    await updateVersioned(tx, evaluationSubmissions, sub.id, version, {}, ['评价对象', 'zone in this round']);
    const criteria = new Map((await q.criteriaOf(tx, scheme.id)).map((c) => [c.code, c]));
    const zone = (await q.zonesOf(tx, def)).find((z) => z.id === zoneId)!;
    const group = def.groups.find((g) => g.id === zone.hubType)!;
    const before = await q.selfScores(tx, scheme.id, [zoneId]);
    for (const [i, s] of scores.entries()) {
      const c = criteria.get(s.code);
      const inGroup = group.criteria.find((x) => x.code === s.code);
      if (!c || !inGroup) throw badRequest(`评分项 ${s.code} 不适用于本评价对象`, `criterion ${s.code} does not apply to this zone`, { field: `scores.${i}.code` });
      if (s.score !== null && (s.score < 0 || s.score > inGroup.weight * 2)) throw badRequest(`评分项 ${s.code} 的得分应在 0 到 ${inGroup.weight * 2} 之间`, `the score of ${s.code} must be between 0 and ${inGroup.weight * 2}`, { field: `scores.${i}.score` });
      await tx
        .insert(evaluationScores)
        .values({ schemeId: scheme.id, criterionId: c.id, zoneId, level: 'self_evaluation', score: s.score, comment: s.comment ?? null, scoredBy: actor.id })
        .onConflictDoUpdate({
          target: [evaluationScores.schemeId, evaluationScores.criterionId, evaluationScores.zoneId, evaluationScores.level],
          set: { score: s.score, comment: s.comment ?? null, scoredBy: actor.id, version: sql`${evaluationScores.version} + 1` },
        });
    }
    const after = await q.selfScores(tx, scheme.id, [zoneId]);
    await audit(tx, actor, { action: 'self_scores', entity: 'evaluation_submission', entityId: sub.id, before, after }, requestId);
    return after;
  });
}

export async function selfAction(db: Db, actor: Actor, roundId: string, zoneId: string, version: number, action: SelfAction, requestId?: string) {
  return db.transaction(async (tx) => {
    const { round } = await lockRound(tx, roundId);
    if (round.state !== 'self_evaluation') throw conflictState('当前不在自评阶段', 'the self-evaluation is not open');
    const [before] = await tx.select().from(evaluationSubmissions).where(and(eq(evaluationSubmissions.roundId, roundId), eq(evaluationSubmissions.zoneId, zoneId)));
    if (!before) throw notFound('评价对象', 'zone in this round');
    if (before.version !== version) throw conflict(before.version);
    const t = selfTransition(before.selfState as SelfState, action);
    if (!t.ok) throw conflictState(t.messageZh, t.messageEn);
    const [after] = await tx
      .update(evaluationSubmissions)
      .set({
        selfState: t.to,
        ...(action === 'submit' ? { submittedBy: actor.id } : {}),
        ...(action === 'approve' ? { approvedBy: actor.id } : {}),
        version: sql`${evaluationSubmissions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(evaluationSubmissions.id, before.id))
      .returning();
    await audit(tx, actor, { action: `self_${action}`, entity: 'evaluation_submission', entityId: before.id, before, after }, requestId);
    return after;
  });
}

export async function rate(db: Db, actor: Actor & { id: string }, roundId: string, zoneId: string, scores: { code: string; score: number; comment?: string | null }[], requestId?: string) {
  return db.transaction(async (tx) => {
    const { round, scheme, def } = await lockRound(tx, roundId);
    if (!canWriteScores(round.state as RoundState, 'unified_evaluation')) throw conflictState('当前不在统评阶段（或结果已锁定）', 'the unified evaluation is not open (or the results are locked)');
    if ((await q.zoneOfUser(tx, actor.id)) === zoneId) throw forbidden('评分人不能为本单位所在评价对象评分', 'a rater never rates their own unit');
    const zone = (await q.zonesOf(tx, def)).find((z) => z.id === zoneId);
    if (!zone) throw notFound('评价对象', 'zone in this round');
    const group = def.groups.find((g) => g.id === zone.hubType)!;
    const criteria = new Map((await q.criteriaOf(tx, scheme.id)).map((c) => [c.code, c]));
    for (const [i, s] of scores.entries()) {
      const c = criteria.get(s.code);
      const inGroup = group.criteria.find((x) => x.code === s.code);
      if (!c || !inGroup) throw badRequest(`评分项 ${s.code} 不适用于本评价对象`, `criterion ${s.code} does not apply to this zone`, { field: `scores.${i}.code` });
      if (s.score < 0 || s.score > inGroup.weight) throw badRequest(`评分项 ${s.code} 的得分应在 0 到 ${inGroup.weight} 之间`, `the score of ${s.code} must be between 0 and ${inGroup.weight}`, { field: `scores.${i}.score` });
      await tx
        .insert(evaluationRatings)
        .values({ roundId, criterionId: c.id, zoneId, raterId: actor.id, score: s.score, comment: s.comment ?? null })
        .onConflictDoUpdate({ target: [evaluationRatings.roundId, evaluationRatings.criterionId, evaluationRatings.zoneId, evaluationRatings.raterId], set: { score: s.score, comment: s.comment ?? null } });
    }
    await audit(tx, actor, { action: 'rate', entity: 'evaluation_round', entityId: roundId, after: { zoneId, scores } }, requestId);
    return q.ratingsOf(tx, roundId, [zoneId]);
  });
}

export interface Adjustment {
  zoneId: string;
  bonuses?: { points: number; reason: string; evidence?: string }[];
  deductions?: { points: number; reason: string; evidence?: string }[];
  veto?: { reason: string; effect: 'zero' | 'ineligible' } | null;
}

/** The `hubline evaluate` input of a round, from approved data, the supervision record and the raters. */
export async function buildInput(tx: DbOrTx, roundId: string, adjustments?: Adjustment[], previous?: EvaluateInput): Promise<EvaluateInput> {
  const { scheme, round } = (await q.getRound(tx, roundId))!;
  const def = q.definitionOf(scheme);
  const zoneList = await q.zonesOf(tx, def);
  const indicatorIds = [...new Set(def.groups.flatMap((g) => g.criteria.map((c) => c.indicatorId).filter((x): x is string => !!x)))];
  const values = await q.indicatorValues(tx, indicatorIds, zoneList.map((z) => z.id), scheme.year);
  const ratings = await q.ratingsOf(tx, roundId);
  const rule = def.raterRule ?? 'mean';
  const prevOf = new Map((previous?.zones ?? []).map((z) => [z.id, z]));
  const zonesInput = [];
  for (const z of zoneList) {
    const group = def.groups.find((g) => g.id === z.hubType)!;
    const v: Record<string, number | boolean | 'N/A' | null> = {};
    for (const c of group.criteria) {
      const source = c.source ?? (c.indicatorId ? 'indicator' : 'rated');
      if (source === 'indicator') v[c.code] = values.get(`${c.indicatorId}|${z.id}`)?.value ?? 'N/A';
      else if (source === 'task_completion') v[c.code] = (await q.taskCompletion(tx, z.id, scheme.year))?.value ?? 'N/A';
      else {
        const mine = ratings.filter((r) => r.zoneId === z.id && r.code === c.code).map((r) => r.score);
        v[c.code] = mine.length ? combineRaters(mine, rule) : 'N/A';
      }
    }
    const adj = adjustments?.find((a) => a.zoneId === z.id);
    const prev = prevOf.get(z.code);
    zonesInput.push({
      id: z.code,
      name: z.name,
      group: z.hubType!,
      values: v,
      bonuses: adj?.bonuses ?? prev?.bonuses ?? [],
      deductions: adj?.deductions ?? prev?.deductions ?? [],
      notices: await q.supervisionRecord(tx, z.id, scheme.year),
      veto: adj ? (adj.veto ?? null) : (prev?.veto ?? null),
    });
  }
  void round;
  return { scheme: def, zones: zonesInput };
}

async function computeInside(tx: DbOrTx, actor: Actor, roundId: string, opts: { adjustments?: Adjustment[]; reason?: string; correction?: number; previous?: EvaluateInput }) {
  const { round, scheme } = (await q.getRound(tx, roundId))!;
  const previous = opts.previous ?? ((await q.latestRun(tx, roundId))?.input as EvaluateInput | undefined);
  const input = await buildInput(tx, roundId, opts.adjustments, previous);
  let output;
  try {
    output = evaluate(evaluateInputSchema.parse(input));
  } catch (e) {
    domainError(e);
  }
  const correction = opts.correction ?? round.correction;
  const [run] = await tx.insert(evaluationRuns).values({ roundId, correction, input, output, reason: opts.reason ?? null, createdBy: actor.id }).returning();
  const zoneIds = new Map((await q.zonesOf(tx, q.definitionOf(scheme))).map((z) => [z.code, z.id]));
  for (const r of output.zones) {
    const zoneId = zoneIds.get(r.id)!;
    const values = { total: r.total, grade: r.grade ?? 'fail', rank: r.rankInGroup, inputs: { runId: run.id, correction }, computedAt: new Date() };
    await tx.insert(evaluationResults).values({ schemeId: scheme.id, zoneId, ...values }).onConflictDoUpdate({ target: [evaluationResults.schemeId, evaluationResults.zoneId], set: values });
  }
  return run;
}

export async function computeResults(db: Db, actor: Actor, roundId: string, adjustments: Adjustment[] | undefined, requestId?: string) {
  return db.transaction(async (tx) => {
    const { round } = await lockRound(tx, roundId);
    const state = round.state as RoundState;
    if (state === 'final') throw conflictState('结果已锁定；更正须以新版本进行（操作“更正”并说明理由）', 'the results are locked: a correction is a new version (action "correct" with a reason)');
    if (state !== 'unified_evaluation' && state !== 'appeal_window') throw conflictState('只有统评阶段或申诉复核时才能计算结果', 'results are computed during the unified evaluation or when re-scoring an appeal');
    const run = await computeInside(tx, actor, roundId, { adjustments });
    await audit(tx, actor, { action: 'compute_results', entity: 'evaluation_round', entityId: roundId, after: { runId: run.id, correction: run.correction } }, requestId);
    return run;
  });
}

export async function fileAppeal(db: Db, actor: Actor, input: { roundId: string; zoneId: string; criterionCode?: string | null; text: string }, requestId?: string) {
  return db.transaction(async (tx) => {
    const { round, scheme } = await lockRound(tx, input.roundId);
    const t = appealTransition(round.state as RoundState, 'open', 'file');
    if (!t.ok) throw conflictState(t.messageZh, t.messageEn);
    if (round.appealDeadline && new Date().toISOString().slice(0, 10) > round.appealDeadline) throw conflictState('申诉期已过', 'the appeal deadline has passed');
    const [row] = await tx.insert(appeals).values({ schemeId: scheme.id, zoneId: input.zoneId, criterionCode: input.criterionCode ?? null, text: input.text, filedBy: actor.id }).returning();
    await audit(tx, actor, { action: 'create', entity: 'appeal', entityId: row.id, after: row }, requestId);
    return row;
  });
}

export async function answerAppeal(db: Db, actor: Actor, id: string, version: number, decision: 'accept' | 'reject', answer: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(appeals).where(eq(appeals.id, id)).for('update');
    if (!before) throw notFound('申诉', 'appeal');
    if (before.version !== version) throw conflict(before.version);
    const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.schemeId, before.schemeId));
    const t = appealTransition(round.state as RoundState, before.status as 'open', decision);
    if (!t.ok) throw conflictState(t.messageZh, t.messageEn);
    const [after] = await tx
      .update(appeals)
      .set({ status: t.to, answer, answeredBy: actor.id, answeredAt: new Date(), version: sql`${appeals.version} + 1` })
      .where(eq(appeals.id, id))
      .returning();
    await audit(tx, actor, { action: `appeal_${decision}`, entity: 'appeal', entityId: id, before, after }, requestId);
    return after;
  });
}

export async function createAllocation(
  db: Db,
  actor: Actor,
  input: { schemeId: string; kind: 'funding_allocation' | 'land_quota'; name: string; unit: string; rule: Omit<AllocateInput, 'recipients'>; factors?: Record<string, Record<string, number>> },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.schemeId, input.schemeId));
    if (!round) throw notFound('考核方案', 'evaluation scheme');
    if (round.state !== 'final') throw conflictState('结果尚未最终确定，不能据以分配', 'the results are not final yet: nothing to allocate by');
    const run = await q.latestRun(tx, round.id);
    if (!run) throw conflictState('还没有考核结果', 'there are no results yet');
    const out = run.output as ReturnType<typeof evaluate>;
    // Factor values are given per zone code: each code must be a zone of these results, each factor
    // one the rule uses (a factor of `factors`, or `baseFactor`).
    const used = new Set([...(input.rule.factors ?? []).map((f) => f.name), ...(input.rule.baseFactor ? [input.rule.baseFactor] : [])]);
    for (const [code, values] of Object.entries(input.factors ?? {})) {
      if (!out.zones.some((z) => z.id === code)) throw badRequest(`因素值：${code} 不是本方案的评价对象`, `factors: ${code} is not a zone of this scheme`, { field: `factors.${code}` });
      for (const name of Object.keys(values))
        if (!used.has(name)) throw badRequest(`因素值：${code} 的因素“${name}”不在分配规则的因素中`, `factors: ${name} of ${code} is not a factor of the rule`, { field: `factors.${code}.${name}` });
    }
    // The weighted total decides money unless the published scheme names the ranking score
    // (docs/evaluation.md, "Ranking method"); results computed before rankScore existed have the total.
    const byRankScore = q.definitionOf((await q.getScheme(tx, input.schemeId))!).ranking?.allocateBy === 'rank_score';
    const allocInput: AllocateInput = {
      ...input.rule,
      recipients: out.zones.map((z) => ({ id: z.id, score: byRankScore ? (z.rankScore ?? z.total) : z.total, veto: !z.eligible || undefined, ...(input.factors?.[z.id] ? { factors: input.factors[z.id] } : {}) })),
    };
    let output;
    try {
      output = allocate(allocateInputSchema.parse(allocInput));
    } catch (e) {
      // The calculator names recipients[i]; the request names zones by code under `factors`.
      if (e instanceof EvaluationError && e.path?.startsWith('recipients[')) {
        const m = e.path.match(/^recipients\[(\d+)\](?:\.factors)?(.*)$/)!;
        const code = allocInput.recipients[Number(m[1])].id;
        domainError(new EvaluationError(e.messageZh, e.messageEn, m[2] ? `factors.${code}${m[2]}` : `recipients.${code}`, e.code));
      }
      domainError(e);
    }
    const [row] = await tx.insert(evaluationAllocations).values({ schemeId: input.schemeId, kind: input.kind, name: input.name, unit: input.unit, input: allocInput, output, createdBy: actor.id }).returning();
    const def = q.definitionOf((await q.getScheme(tx, input.schemeId))!);
    const zoneIds = new Map((await q.zonesOf(tx, def)).map((z) => [z.code, z.id]));
    for (const a of output.allocations)
      await tx.insert(incentives).values({ schemeId: input.schemeId, zoneId: zoneIds.get(a.id)!, kind: input.kind, amount: a.amount, unit: input.unit, note: input.name, allocationId: row.id });
    await audit(tx, actor, { action: 'create', entity: 'evaluation_allocation', entityId: row.id, after: { ...row, input: undefined } }, requestId);
    return row;
  });
}

/**
 * 评优评先: applies award rules (given, or those published with the scheme) to the final results.
 * Each decision is kept as a row of its own (kind `award`, input: the rules and the ranked zones,
 * output: who gets what); the zones' `incentives` of kind `award` are replaced by the latest one.
 */
export async function createAwards(db: Db, actor: Actor, input: { schemeId: string; rules?: AwardRuleInput[] }, requestId?: string) {
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(evaluationRounds).where(eq(evaluationRounds.schemeId, input.schemeId)).for('update');
    if (!round) throw notFound('考核方案', 'evaluation scheme');
    if (round.state !== 'final') throw conflictState('结果尚未最终确定，不能评优评先', 'the results are not final yet: no awards');
    const run = await q.latestRun(tx, round.id);
    if (!run) throw conflictState('还没有考核结果', 'there are no results yet');
    const def = q.definitionOf((await q.getScheme(tx, input.schemeId))!);
    const rules = input.rules ?? def.awards ?? [];
    if (!rules.length) throw badRequest('方案没有公布评优规则，请给出规则', 'the scheme publishes no award rules: give the rules', { field: 'rules' });
    const out = run.output as ReturnType<typeof evaluate>;
    const zonesIn = out.zones.map((z) => ({ id: z.id, group: z.group, total: z.total, rankInGroup: z.rankInGroup, rankOverall: z.rankOverall, eligible: z.eligible, grade: z.grade }));
    const result = awards(zonesIn, rules);
    const [row] = await tx
      .insert(evaluationAllocations)
      .values({ schemeId: input.schemeId, kind: 'award', name: '评优评先', unit: '项', input: { rules, zones: zonesIn, runId: run.id }, output: { awards: result }, createdBy: actor.id })
      .returning();
    const zoneIds = new Map((await q.zonesOf(tx, def)).map((z) => [z.code, z.id]));
    const before = await tx.select().from(incentives).where(and(eq(incentives.schemeId, input.schemeId), eq(incentives.kind, 'award')));
    await tx.delete(incentives).where(and(eq(incentives.schemeId, input.schemeId), eq(incentives.kind, 'award')));
    const after = result.flatMap((a) => a.zoneIds.map((code) => ({ schemeId: input.schemeId, zoneId: zoneIds.get(code)!, kind: 'award', amount: null, unit: null, note: a.title, allocationId: row.id })));
    if (after.length) await tx.insert(incentives).values(after);
    await audit(tx, actor, { action: 'award', entity: 'evaluation_awards', entityId: row.id, before, after: { rules, awards: result } }, requestId);
    return row.id;
  });
}

/** An appeal for the caller's own zone (any zone for a caller who sees all). */
export async function fileOwnAppeal(db: Db, actor: Actor, v: { scope: Scope }, input: Parameters<typeof fileAppeal>[2], requestId?: string) {
  const mine = await q.scopeZone(db, v.scope);
  if (mine !== 'all' && mine !== input.zoneId) throw forbidden('只能为本单位所在评价对象申诉', 'you can appeal only for your own zone');
  return fileAppeal(db, actor, input, requestId);
}

/** Submit a self-evaluation (the route's policy: the zone's liaison or unit leader), or approve / return it: only the zone's own unit leader. */
export async function selfActionAs(db: Db, actor: Actor, v: { scope: Scope; roles: readonly Role[] }, roundId: string, zoneId: string, version: number, action: SelfAction, requestId?: string) {
  if (action !== 'submit' && !(v.roles.includes('unit_leader') && (await q.scopeZone(db, v.scope)) === zoneId))
    throw forbidden('只有本单位负责人能审核自评', "only the zone's unit leader approves its self-evaluation");
  return selfAction(db, actor, roundId, zoneId, version, action, requestId);
}
