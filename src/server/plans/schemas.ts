// The reviewed extraction the office sends back to commit. It is the importer's JSON
// (docs/import-doc.md) after the office's edits, validated again at the boundary.
import { z } from 'zod';

export const TARGET_KINDS = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'] as const;
export const UNIT_TYPES = ['department', 'town', 'company', 'external_agency', 'enterprise', 'project_hq'] as const;

const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional();
const name = z.string().trim().min(1, '不能为空').max(200);

export const extractionSchema = z.object({
  meta: z
    .object({
      title: z.string().trim().min(1, '标题不能为空').max(300),
      docNumber: z.string().max(100).nullish(),
      issuer: z.string().max(200).nullish(),
      issuedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
      addressees: z.array(z.string().max(200)).default([]),
      public: z.boolean().default(false),
      draft: z.boolean().default(false),
      basis: z.array(z.string().max(300)).default([]),
      horizonYears: z.array(z.number().int().min(1990).max(2100)).default([]),
      hubTypes: z.array(z.string()).default([]),
      kind: z.enum(['plan', 'guidance']).default('plan'),
    })
    .passthrough(),
  sections: z
    .array(
      z.object({
        id: z.string(),
        level: z.number().int(),
        number: z.string().nullish(),
        title: z.string().max(500),
        text: z.string().default(''),
        parentId: z.string().nullish(),
        span,
      }),
    )
    .default([]),
  tasks: z.array(
    z.object({
      number: z.string().trim().min(1).max(20),
      kind: z.enum(['task', 'safeguard', 'measure']),
      title: z.string().trim().min(1, '任务标题不能为空').max(500),
      text: z.string().max(20000),
      section: z.string().nullish(),
      deadlines: z.array(z.object({ text: z.string(), date: z.string().nullish() })).default([]),
      units: z.array(z.object({ name, role: z.enum(['lead', 'support']), collective: z.boolean().default(false) })),
      span,
    }),
  ),
  indicators: z
    .array(
      z.object({
        number: z.string().max(20),
        category: z.string().max(100).nullish(),
        name: z.string().trim().min(1, '指标名称不能为空').max(300),
        unit: z.string().max(40).nullish(),
        baseline: z.object({ year: z.number().int(), value: z.number() }).nullable(),
        targets: z.array(
          z.object({
            year: z.number().int().min(1990).max(2100),
            kind: z.enum(TARGET_KINDS),
            value: z.number().nullable(),
            text: z.string().max(200).nullish(),
            growthBasis: z.enum(['cumulative', 'annual']).nullish(),
          }),
        ),
        span,
      }),
    )
    .default([]),
});
export type ReviewedExtraction = z.infer<typeof extractionSchema>;

export const unitDecisionSchema = z.object({
  name,
  action: z.enum(['match', 'create', 'merge']),
  unitId: z.uuid().nullish(),
  type: z.enum(UNIT_TYPES).nullish(),
  collective: z.boolean().optional(),
});
export type UnitDecision = z.infer<typeof unitDecisionSchema>;

export const commitSchema = z.object({
  extraction: extractionSchema,
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{2,40}$/, '计划编码为2–40位字母、数字、下划线或连字符').optional(),
  units: z.array(unitDecisionSchema).default([]),
  /** Re-import: the plan this text revises, and the change keys the office accepts. */
  planId: z.uuid().optional(),
  accept: z.array(z.string()).optional(),
});
export type CommitInput = z.infer<typeof commitSchema>;
