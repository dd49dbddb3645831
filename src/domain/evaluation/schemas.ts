// The JSON shapes of the three offline calculators (`hubline evaluate | mcdm | allocate`), defined
// once: the CLI parses files with them, the server validates requests and serves `…/input` in them,
// the web app imports their types.
import { z } from 'zod';
import { NORMALIZATIONS } from './normalize';
import { ALLOCATE_BY, RANKING_METHODS, RANKING_NORMALIZATIONS } from './ranking';

const better = z.enum(['higher', 'lower']);
const num = z.number().finite();

export const scoringRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('target_attainment'), target: num, cap: num.optional(), better: better.optional() }),
  z.object({
    kind: z.literal('banded'),
    target: num,
    step: num,
    pointsAbove: num,
    pointsBelow: num,
    minPoints: num.optional(),
    maxPoints: num.optional(),
    better: better.optional(),
  }),
  z.object({ kind: z.literal('linear'), floor: num, target: num }),
  z.object({ kind: z.literal('rank_points'), points: z.array(num).min(1), better: better.optional() }),
  z.object({ kind: z.literal('ratio_to_best'), better: better.optional() }),
  z.object({ kind: z.literal('yes_no') }),
  z.object({ kind: z.literal('points') }),
]);

export const criterionSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  weight: num.min(0),
  rule: scoringRuleSchema,
  /** Where the value comes from on the platform: an indicator, task completion (percent), or typed by raters. */
  source: z.enum(['indicator', 'task_completion', 'rated']).optional(),
  indicatorId: z.string().optional(),
});

export const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  criteria: z.array(criterionSchema).min(1),
});

export const SUPERVISION_LEVELS = ['reminder', 'supervision', 'listed', 'yellow', 'red'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];
export const supervisionLevel = z.enum(SUPERVISION_LEVELS);

export const deductionRulesSchema = z.object({
  /** Points per notice or alert of each level (催办 / 督办 / 挂牌督办, yellow / red). */
  perLevel: z.partialRecord(supervisionLevel, num.min(0)),
  /** Extra points for every `count` of a level in the year ("two yellow in a year: −1"). */
  repeats: z.array(z.object({ level: supervisionLevel, count: z.number().int().min(2), points: num.min(0) })).default([]),
  /** Most points supervision can take off in a year. */
  max: num.min(0).optional(),
});

export const gradeBandSchema = z.object({ grade: z.enum(['excellent', 'good', 'pass', 'fail']), min: num });

export const RATER_RULES = ['mean', 'trimmed_mean', 'median'] as const;
export type RaterRule = (typeof RATER_RULES)[number];

/** 评优评先: an award goes to the zones that pass every condition given (eligible, no veto, always). */
export const awardRuleSchema = z.object({
  title: z.string().trim().min(1).max(100),
  /** The best N of each peer group. */
  topPerGroup: z.number().int().min(1).max(100).optional(),
  /** The best N over all zones. */
  topOverall: z.number().int().min(1).max(1000).optional(),
  minScore: num.min(0).max(1000).optional(),
  minGrade: z.enum(['excellent', 'good', 'pass']).optional(),
});
export type AwardRuleInput = z.infer<typeof awardRuleSchema>;

/**
 * How the zones of a group are ranked (published with the scheme). Strict: a misspelt parameter
 * would otherwise be dropped and silently change the ranking.
 */
export const rankingSchema = z.strictObject({
  method: z.enum(RANKING_METHODS),
  normalization: z.enum(RANKING_NORMALIZATIONS).optional(),
  /** Grey relational analysis' distinguishing coefficient, in (0, 1]; 0.5 when omitted. */
  rho: num.gt(0).max(1).optional(),
  /** What an allocation by score takes: the weighted total unless the scheme says `rank_score`. */
  allocateBy: z.enum(ALLOCATE_BY).optional(),
});

/** Strict at the top, as the ranking: a misspelt key (`rankAccrossGroups`) is refused, not dropped. */
export const schemeSchema = z.strictObject({
  name: z.string().min(1),
  year: z.number().int(),
  groups: z.array(groupSchema).min(1),
  deductionRules: deductionRulesSchema.optional(),
  maxBonus: num.min(0).optional(),
  grades: z.array(gradeBandSchema).optional(),
  raterRule: z.enum(RATER_RULES).optional(),
  /** Also rank every zone against all others, across hub types. */
  rankAcrossGroups: z.boolean().optional(),
  /** The award rules published with the scheme (评优评先); the office applies them to the final results. */
  awards: z.array(awardRuleSchema).max(20).optional(),
  /** Omitted: weighted sum, as every scheme before the choice existed. */
  ranking: rankingSchema.optional(),
});

const evidence = z.object({ points: num.min(0), reason: z.string().min(1), evidence: z.string().optional() });

export const zoneInputSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  group: z.string().min(1),
  /** Value per criterion code; "N/A" (or absent) marks a criterion that does not apply to this zone. */
  values: z.record(z.string(), z.union([num, z.boolean(), z.literal('N/A'), z.null()])),
  bonuses: z.array(evidence).default([]),
  deductions: z.array(evidence).default([]),
  notices: z.array(z.object({ id: z.string(), number: z.string().optional(), level: supervisionLevel, title: z.string().optional() })).default([]),
  veto: z.object({ reason: z.string().min(1), effect: z.enum(['zero', 'ineligible']) }).nullable().optional(),
});

export const evaluateInputSchema = z.object({ scheme: schemeSchema, zones: z.array(zoneInputSchema).min(1) });

export type EvaluateInput = z.input<typeof evaluateInputSchema>;
export type ParsedEvaluateInput = z.output<typeof evaluateInputSchema>;
export type Scheme = z.output<typeof schemeSchema>;
export type ZoneInput = z.output<typeof zoneInputSchema>;

// The two calculator inputs below refuse unknown fields: a misspelt optional parameter
// ("normalisation", "treshold") would otherwise be dropped and silently change the result.
export const mcdmInputSchema = z.strictObject({
  method: z.enum(['entropy', 'critic', 'topsis', 'ahp', 'gra', 'weighted_sum']),
  matrix: z.array(z.array(num)).optional(),
  criteria: z.array(z.strictObject({ name: z.string().optional(), direction: z.enum(['benefit', 'cost']), weight: num.min(0).optional() })).optional(),
  normalization: z.enum(NORMALIZATIONS).optional(),
  comparisons: z.record(z.string(), z.record(z.string(), num)).optional(),
  randomIndex: z.enum(['saaty', 'donegan_dodd', 'textbook']).optional(),
  rho: num.optional(),
});
export type McdmInput = z.input<typeof mcdmInputSchema>;

export const allocateInputSchema = z.strictObject({
  pool: num.min(0),
  decimals: z.number().int().min(0).max(6),
  rule: z.enum(['factor_share', 'base_plus_performance', 'rank_tiers']),
  base: num.min(0).max(1).optional(),
  /** Split the base share by this factor instead of equally. */
  baseFactor: z.string().optional(),
  threshold: num.optional(),
  cap: num.gt(0).max(1).optional(),
  floor: num.min(0).optional(),
  factors: z.array(z.strictObject({ name: z.string().min(1), weight: num.min(0) })).optional(),
  tiers: z.array(z.strictObject({ fromRank: z.number().int().min(1), toRank: z.number().int().min(1), amount: num.min(0) })).optional(),
  recipients: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        score: num.optional(),
        factors: z.record(z.string(), num.min(0)).optional(),
        veto: z.boolean().optional(),
      }),
    )
    .min(1),
});
export type AllocateInput = z.input<typeof allocateInputSchema>;
export type ParsedAllocateInput = z.output<typeof allocateInputSchema>;

/** Turns zod issues into the bilingual list the CLI prints and the server returns. */
export function describeIssues(error: z.ZodError): { path: string; messageZh: string; messageEn: string }[] {
  return error.issues.map((i) => {
    // An unknown field is named by its own path, so the message points at the misspelling.
    const at = i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path;
    const path = at.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '$';
    return { path, messageZh: `${path}：${zhIssue(i)}`, messageEn: `${path}: ${i.message}` };
  });
}

function zhIssue(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `类型不对，应为 ${i.expected}`;
    case 'too_small':
      return `太小或太少（至少 ${String(i.minimum)}）`;
    case 'too_big':
      return `太大或太多（至多 ${String(i.maximum)}）`;
    case 'invalid_value':
      return `取值应为 ${i.values.map(String).join(' | ')}`;
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    case 'unrecognized_keys':
      return `没有这个字段：${i.keys.join('、')}（拼写是否有误？）`;
    default:
      return '格式不对';
  }
}
