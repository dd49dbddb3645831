// Evaluation (考核评价): request and response shapes of /api/evaluation, once for server and web.
// The offline calculators' own shapes (scheme, evaluate/mcdm/allocate input) live with the pure
// functions in src/domain/evaluation/schemas.ts and are re-exported here.
import { z } from 'zod';
import { allocateInputSchema, awardRuleSchema, criterionSchema, ROUND_ACTIONS, ROUND_STATES, schemeSchema, SUPERVISION_LEVELS } from '../domain/evaluation/index';
import { jsonOf, timestamp, uuidOut, versionField } from './common';
import type { AllocateInput, AllocationResult, EvaluationResult, Scheme, ZoneResult } from '../domain/evaluation/index';

export {
  ROUND_ACTIONS,
  ROUND_STATES,
  RULE_KINDS,
  RATER_RULES,
  SUPERVISION_LEVELS,
  STATE_LABELS,
  actionsFrom,
  type AllocateInput,
  type AllocationResult,
  type AwardRuleInput,
  awardRuleSchema,
  type EvaluateInput,
  type EvaluationResult,
  type McdmInput,
  type RoundAction,
  type RoundState,
  type Scheme,
  type ScoringRule,
  type ZoneResult,
} from '../domain/evaluation/index';
export const SELF_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;

const evidence = z.object({ points: z.number().min(0).max(100), reason: z.string().trim().min(1).max(500), evidence: z.string().max(500).optional() });

export const schemeBody = z.object({
  planId: z.uuid().nullish(),
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  definition: schemeSchema.omit({ name: true, year: true }).extend({ name: z.string().optional(), year: z.number().int().optional() }),
});
export const schemePatch = z.object({ name: z.string().trim().min(1).max(200).optional(), definition: schemeBody.shape.definition.optional(), ...versionField });
export const transitionBody = z.object({ action: z.enum(ROUND_ACTIONS), reason: z.string().trim().max(1000).optional(), ...versionField });
export const summaryBody = z.object({ narrative: z.string().max(20_000), ...versionField });
// The version is the zone's submission's (the one submit/approve name): scores and their hand-in move together.
export const selfScoresBody = z.object({ scores: z.array(z.object({ code: z.string().min(1).max(100), score: z.number().nullable(), comment: z.string().max(2000).nullish() })).max(200), ...versionField });
export const selfActionBody = z.object({ action: z.enum(['submit', 'approve', 'return']), ...versionField });
export const rateBody = z.object({ zoneId: z.uuid(), scores: z.array(z.object({ code: z.string().min(1).max(100), score: z.number(), comment: z.string().max(2000).nullish() })).min(1).max(200) });
export const computeBody = z.object({
  adjustments: z
    .array(z.object({ zoneId: z.uuid(), bonuses: z.array(evidence).max(50).optional(), deductions: z.array(evidence).max(50).optional(), veto: z.object({ reason: z.string().trim().min(1).max(500), effect: z.enum(['zero', 'ineligible']) }).nullish() }))
    .max(500)
    .optional(),
});
export const appealBody = z.object({ roundId: z.uuid(), zoneId: z.uuid(), criterionCode: z.string().max(100).nullish(), text: z.string().trim().min(1).max(5000) });
export const answerBody = z.object({ decision: z.enum(['accept', 'reject']), answer: z.string().trim().min(1).max(5000), ...versionField });
export const awardsBody = z.object({
  schemeId: z.uuid(),
  /** Omitted: the rules published with the scheme. */
  rules: z.array(awardRuleSchema).min(1, '请至少给出一项评优规则').max(20).optional(),
});
export const awardsOut = z.looseObject({
  id: z.uuid(),
  schemeId: z.uuid(),
  createdAt: z.any(),
  rules: z.array(awardRuleSchema),
  awards: z.array(z.object({ title: z.string(), zones: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), group: z.string(), total: z.number(), rankInGroup: z.number(), grade: z.string().nullable() })) })),
});
export type AwardsOut = z.infer<typeof awardsOut>;

export const allocationBody = z.object({
  schemeId: z.uuid(),
  kind: z.enum(['funding_allocation', 'land_quota']),
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().min(1).max(20),
  rule: allocateInputSchema.omit({ recipients: true }),
  /** Extra factors per zone code, e.g. { "yubei-gulu": { "area": 12.5 } }. */
  factors: z.record(z.string(), z.record(z.string(), z.number().min(0))).optional(),
});

// Responses: the fields the web app relies on, the rest passed through.
export const schemeOut = z.looseObject({ id: z.uuid(), year: z.number(), name: z.string(), status: z.string(), version: z.number() });
export const roundOut = z.looseObject({ id: z.uuid(), schemeId: z.uuid(), state: z.string(), correction: z.number(), version: z.number() });
/** A zone on the board: its self-evaluation state, and its result once the caller may see it. */
export const boardZoneOut = z.looseObject({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  hubType: z.string().nullable(),
  selfState: z.string().nullable(),
  submissionVersion: z.number().nullable(),
  total: z.number().nullable(),
  rankInGroup: z.number().nullable(),
  grade: z.string().nullable(),
  /** Σ self points − Σ result points over the criteria the zone scored itself on. */
  selfGap: z.object({ criteria: z.number(), self: z.number(), unified: z.number(), gap: z.number() }).nullable(),
});
export const boardOut = z.looseObject({
  round: roundOut,
  scheme: schemeOut,
  actions: z.array(z.enum(ROUND_ACTIONS)),
  myZoneId: z.uuid().nullable(),
  zones: z.array(boardZoneOut),
});
/** The summary's draft (总结), written from the approved reports, indicator values and supervision record. */
export const summaryDraftOut = z.object({ text: z.string(), sources: z.object({ reports: z.array(z.string()), notices: z.array(z.string()) }), omitted: z.number() });
/** One zone of a round as its drawer shows it: each criterion with its data, self score, raters' scores and result. */
export const zoneEvaluationOut = z.object({
  round: roundOut,
  scheme: z.object({ id: uuidOut, name: z.string(), year: z.number() }),
  zone: z.object({ id: uuidOut, code: z.string(), name: z.string(), nameEn: z.string().nullable(), hubType: z.string().nullable() }),
  group: z.object({ id: z.string(), name: z.string() }),
  submission: z
    .object({ id: uuidOut, roundId: uuidOut, zoneId: uuidOut, narrative: z.string(), selfState: z.string(), submittedBy: uuidOut.nullable(), approvedBy: uuidOut.nullable(), version: z.number(), updatedAt: timestamp })
    .nullable(),
  criteria: z.array(
    criterionSchema.extend({
      source: z.enum(['indicator', 'task_completion', 'rated']),
      /** The platform's value: an indicator's over the year (with its periods) or the task completion (with its reports). */
      data: z.object({ value: z.number(), periods: z.array(z.string()).optional(), reports: z.number().optional() }).nullable(),
      self: z.object({ id: uuidOut, zoneId: uuidOut, criterionId: uuidOut, code: z.string(), score: z.number().nullable(), comment: z.string().nullable(), version: z.number() }).nullable(),
      ratings: z.array(z.object({ zoneId: uuidOut, code: z.string(), raterId: uuidOut, rater: z.string(), score: z.number(), comment: z.string().nullable() })),
      unified: z.number().nullable(),
      result: jsonOf<ZoneResult['criteria'][number]>().nullable(),
    }),
  ),
  notices: z.array(z.object({ id: uuidOut, number: z.string().optional(), level: z.enum(SUPERVISION_LEVELS), title: z.string() })),
  tasks: z.object({ value: z.number(), reports: z.number() }).nullable(),
  draft: summaryDraftOut,
  result: jsonOf<ZoneResult>().nullable(),
  gap: z.array(z.object({ code: z.string(), self: z.number().nullable(), unified: z.number().nullable(), gap: z.number().nullable() })),
});
export type SummaryDraftOut = z.infer<typeof summaryDraftOut>;
/** A round's latest results (a zone's own only, before circulation), its earlier runs and the round's state. */
export const resultsOut = z.looseObject({ run: z.looseObject({ id: z.uuid(), correction: z.number() }).nullable(), output: jsonOf<EvaluationResult>().nullable(), runs: z.array(z.any()), state: z.string() });
/** A row of the scheme list: the scheme with its round (if opened) and definition. */
export const schemeRowOut = schemeOut.extend({ roundId: uuidOut.nullable(), state: z.string().nullable(), definition: jsonOf<Scheme>() });
export const appealOut = z.looseObject({ id: z.uuid(), status: z.string(), version: z.number() });
/** A row of the appeal list, with its zone named. */
export const appealRowOut = appealOut.extend({
  zoneId: uuidOut,
  zoneName: z.string(),
  criterionCode: z.string().nullable(),
  text: z.string(),
  answer: z.string().nullable(),
  createdAt: timestamp,
});
export const allocationOut = z.looseObject({ id: z.uuid(), kind: z.string(), name: z.string(), unit: z.string(), createdAt: timestamp });
/** One allocation with its input (re-computable by `hubline allocate`) and output. */
export const allocationDetailOut = allocationOut.extend({ input: jsonOf<AllocateInput>(), output: jsonOf<AllocationResult>() });

export type SchemeBody = z.infer<typeof schemeBody>;
export type Board = z.infer<typeof boardOut>;
