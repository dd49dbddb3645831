// Plans: the plan and its tasks, and the import (upload → review → commit).
import { z } from 'zod';
import { calendarYear, figure, isoDate, jsonOf, versionField, type Out, uuidOut } from './common';
import type { Extraction } from '../domain/document/types';
import { UNIT_TYPES } from './org';
import { GROWTH_BASES, TARGET_KINDS } from './indicators';

export const PLAN_KINDS = ['plan', 'guidance'] as const;
export const PLAN_STATUSES = ['draft', 'active', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const TASK_KINDS = ['task', 'safeguard', 'measure'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** A unit's part in a task: it leads, or it supports. */
export const ASSIGNMENT_ROLES = ['lead', 'support'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const planPatch = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  docNumber: z.string().max(100).nullish(),
  issuer: z.string().max(200).nullish(),
  issuedDate: isoDate.nullish(),
  public: z.boolean().optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  ...versionField,
});

export const taskPatch = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  text: z.string().max(20000).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  deadlines: z.array(z.object({ text: z.string().max(100), date: isoDate.nullable() })).optional(),
  ...versionField,
});

export const assignmentsBody = z.object({ units: z.array(z.object({ unitId: z.uuid(), role: z.enum(ASSIGNMENT_ROLES) })).min(1), ...versionField });

/**
 * A document arrives as multipart/form-data: a file (.docx .xlsx .csv .pdf .html .txt, up to the
 * upload limit, 20 MB by default) in the form field `file`, or pasted text in the field `text`.
 */
export const sourceDocumentFields = z.object({ text: z.string().max(21 * 1024 * 1024).optional() });
export const DOCUMENT_EXTENSIONS = ['.txt', '.text', '.md', '.docx', '.xlsx', '.csv', '.pdf', '.html', '.htm'] as const;

// The reviewed extraction the office sends back to commit. It is the importer's JSON
// (docs/import-doc.md) after the office's edits, validated again at the boundary.

const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional();
const name = z.string().trim().min(1, '不能为空').max(200);

export const extractionSchema = z.object({
  meta: z
    .object({
      title: z.string().trim().min(1, '标题不能为空').max(300),
      docNumber: z.string().max(100).nullish(),
      issuer: z.string().max(200).nullish(),
      issuedDate: isoDate.nullish(),
      addressees: z.array(z.string().max(200)).default([]),
      public: z.boolean().default(false),
      draft: z.boolean().default(false),
      basis: z.array(z.string().max(300)).default([]),
      horizonYears: z.array(z.number().int().min(1990).max(2100)).default([]),
      hubTypes: z.array(z.string()).default([]),
      kind: z.enum(PLAN_KINDS).default('plan'),
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
      kind: z.enum(TASK_KINDS),
      title: z.string().trim().min(1, '任务标题不能为空').max(500),
      text: z.string().max(20000),
      section: z.string().nullish(),
      deadlines: z.array(z.object({ text: z.string(), date: isoDate.nullish() })).default([]),
      units: z.array(z.object({ name, role: z.enum(ASSIGNMENT_ROLES), collective: z.boolean().default(false) })),
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
        baseline: z.object({ year: calendarYear, value: figure }).nullable(),
        targets: z.array(
          z.object({
            year: z.number().int().min(1990).max(2100),
            kind: z.enum(TARGET_KINDS),
            value: figure.nullable(),
            text: z.string().max(200).nullish(),
            growthBasis: z.enum(GROWTH_BASES).nullish(),
          }),
        ),
        span,
        /** Responsible units by name (as the tasks spell them, or a unit on file); the first owes the data. */
        owners: z.array(name).max(20).default([]),
        /** Zones the data is owed for (ids of zones on file). */
        zoneIds: z.array(z.uuid()).max(50).default([]),
        /** The office's explicit "commit without owner" for this indicator; without it an indicator nobody owns is refused. */
        ownerless: z.boolean().default(false),
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

// ── Responses ──
// Rows are loose objects: the fields the web app reads are typed here, the rest of the
// stored row passes through as it is (a response schema drops what it does not name).
export const planSummaryOut = z.looseObject({
  id: uuidOut,
  code: z.string(),
  kind: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedDate: z.string().nullable(),
  status: z.string(),
  public: z.boolean(),
  horizonYears: z.array(z.number()),
  version: z.number(),
});
export const planListOut = z.array(planSummaryOut.extend({ taskCount: z.number(), indicatorCount: z.number(), myTaskCount: z.number() }));
export type PlanSummary = Out<typeof planListOut>[number];

export const planUnitOut = z.object({ taskId: uuidOut, unitId: uuidOut, unitName: z.string(), role: z.string(), collective: z.boolean(), position: z.number() });
export const planTaskOut = z.looseObject({
  id: uuidOut,
  sectionId: uuidOut.nullable(),
  kind: z.string(),
  number: z.string(),
  title: z.string(),
  text: z.string(),
  deadlines: z.array(z.object({ text: z.string(), date: z.string().nullable() })),
  status: z.string(),
  spanStart: z.number().nullable(),
  spanEnd: z.number().nullable(),
  version: z.number(),
});
/**
 * A task as the plan detail lists it: what the plan page shows, filters, locates and edits, and
 * its units by name. No stored bookkeeping (plan, position, section path, timestamps) and no
 * repeated task id per unit: 500 tasks were 407 KB (issue 10).
 */
export const planTaskSummaryOut = z.object(planTaskOut.shape).extend({
  units: z.array(z.object({ unitId: uuidOut, unitName: z.string(), role: z.string(), collective: z.boolean() })),
});
export const planSectionOut = z.looseObject({
  id: uuidOut,
  parentId: uuidOut.nullable(),
  ref: z.string().nullable(),
  level: z.number(),
  number: z.string().nullable(),
  title: z.string(),
  position: z.number(),
  spanStart: z.number().nullable(),
  spanEnd: z.number().nullable(),
});
export const planTargetOut = z.looseObject({ year: z.number(), kind: z.string(), value: z.number().nullable(), text: z.string().nullable() });
export const planIndicatorOut = z.looseObject({
  id: uuidOut,
  code: z.string(),
  number: z.string().nullable(),
  name: z.string(),
  unit: z.string().nullable(),
  category: z.string().nullable(),
  baselineYear: z.number().nullable(),
  baselineValue: z.number().nullable(),
  targets: z.array(planTargetOut),
});
export const planDetailOut = planSummaryOut.extend({
  addressees: z.array(z.string()),
  basis: z.array(z.string()),
  hubTypes: z.array(z.string()),
  sections: z.array(planSectionOut),
  tasks: z.array(planTaskSummaryOut),
  indicators: z.array(planIndicatorOut),
  /**
   * With `taskPageSize`: `tasks` is one page of the filtered tasks, and this says what the page
   * shows around it (counts over every task the caller sees, and the units to filter by).
   */
  taskPage: z
    .object({
      page: z.number(),
      pageSize: z.number(),
      /** Tasks matching the filter. */
      total: z.number(),
      /** Tasks the caller sees, unfiltered, by kind. */
      byKind: z.record(z.string(), z.number()),
      /** Each unit named by a task the caller sees, with its tasks by role. */
      units: z.array(z.object({ unitId: uuidOut, unitName: z.string(), lead: z.number(), support: z.number(), all: z.number() })),
    })
    .optional(),
});
export type PlanDetail = Out<typeof planDetailOut>;

export { headingNumber } from './heading';

/** The task list of a plan, filtered as the plan page's task list filters it (its Excel export's rows). */
export const planTaskFilter = z.object({
  kind: z.enum(TASK_KINDS).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  unitId: z.uuid().optional().describe('tasks this unit leads or supports'),
  leadOnly: z.enum(['true', 'false']).optional().describe('with unitId: only the tasks it leads'),
  q: z.string().max(200).optional().describe('words in the title or text, or the task number'),
});
export type PlanTaskFilter = z.infer<typeof planTaskFilter>;
/** The plan detail's query: without `taskPageSize` every task (as before), with it one page of the filtered tasks. */
export const planDetailQuery = planTaskFilter.extend({
  taskPage: z.coerce.number().int().min(1).max(100_000).default(1),
  taskPageSize: z.coerce.number().int().min(1).max(500).optional(),
});
export const planTaskRowOut = z.object({
  id: uuidOut,
  number: z.string(),
  /** The headings above the task, outermost first ("二、重点任务 › （一）…"). */
  section: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  status: z.string(),
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  /** The deadlines as the document words them, joined. */
  deadlineText: z.string().nullable(),
  /** The earliest dated deadline (YYYY-MM-DD). */
  dueOn: z.string().nullable(),
});
export type PlanTaskRow = Out<typeof planTaskRowOut>;
export const planTaskListOut = z.array(planTaskRowOut);
export const planSourceOut = z.object({ text: z.string(), fileName: z.string().nullable() });
/** A task after an edit of its units: the row and its units by name. */
export const taskUnitsOut = planTaskOut.extend({ units: z.array(z.looseObject({ unitId: uuidOut, role: z.string() })) });

/** The importer's JSON (docs/import-doc.md), as src/domain/document types it. */
export const extractionOut = jsonOf<Extraction>();
export const PLAN_CHANGE_KINDS = ['meta', 'added', 'removed', 'reworded', 'units_changed', 'unchanged'] as const;
export const planChangeOut = z.object({
  key: z.string(),
  kind: z.enum(PLAN_CHANGE_KINDS),
  taskId: uuidOut.nullable(),
  number: z.string(),
  title: z.string(),
  oldText: z.string().optional(),
  /** The stored title, when the new text titles the task differently (a title fixed by hand shows here). */
  oldTitle: z.string().optional(),
  newText: z.string().optional(),
  unitsAdded: z.array(z.string()).optional(),
  unitsRemoved: z.array(z.string()).optional(),
  rolesChanged: z.array(z.object({ name: z.string(), from: z.string(), to: z.string() })).optional(),
  similarity: z.number().optional(),
  /** Applying it would undo a fix made by hand after the last import: the review leaves it unticked. */
  undoesManualFix: z.boolean().optional(),
  meta: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
});
export type PlanChange = z.infer<typeof planChangeOut>;
export const importDraftOut = z.object({
  id: uuidOut,
  fileName: z.string().nullable(),
  text: z.string(),
  extraction: extractionOut,
  existingPlan: z.object({ id: uuidOut, title: z.string(), code: z.string() }).nullable(),
  diff: z.array(planChangeOut).nullable(),
});
export type ImportDraft = Out<typeof importDraftOut>;
/** A stored import (GET /api/plans/imports/:id): the source row. */
export const importRowOut = z.looseObject({ id: uuidOut, fileName: z.string().nullable(), text: z.string(), extraction: jsonOf<unknown>(), status: z.string(), planId: uuidOut.nullable() });
export const commitOut = z.looseObject({ planId: uuidOut });
