// Indicators and their data (observations): enums, request bodies, and the status
// engine's output as the API sends it.
import { z } from 'zod';
import { parsePeriod, type Frequency } from '../domain/calendar/period';
import type { Aggregation, Direction, HublineStatus, StatusInput, StatusResult, TargetKind } from '../domain/progress/types';
import { calendarYear, figure, jsonOf, timestamp, type Out, uuidOut } from './common';
import type { StatusSummary } from '../domain/progress/summary';
import type { InputChange } from '../domain/progress/history';

export type { Aggregation, Direction, Frequency, StatusInput, StatusResult, TargetKind };

export const TARGET_KINDS = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'] as const satisfies readonly TargetKind[];
export const GROWTH_BASES = ['cumulative', 'annual'] as const;
export const STATUSES = ['achieved', 'on_track', 'moderate', 'off_track', 'deteriorating', 'insufficient_data', 'target_pending'] as const satisfies readonly HublineStatus[];
export type Status = (typeof STATUSES)[number];
export const FREQUENCIES = ['yearly', 'quarterly', 'monthly'] as const satisfies readonly Frequency[];
export const DIRECTIONS = ['increase', 'decrease'] as const satisfies readonly Direction[];
/** How months or quarters roll into a year: exactly what the status engine computes. */
export const AGGREGATIONS = ['sum', 'average', 'last'] as const satisfies readonly Aggregation[];

export const OBSERVATION_STATES = ['draft', 'submitted', 'approved', 'accepted', 'returned'] as const;
export type ObservationState = (typeof OBSERVATION_STATES)[number];
/** The states that count for status, the cockpit and the public. */
export const COUNTED: readonly ObservationState[] = ['approved', 'accepted'];
export const OBSERVATION_SOURCES = ['form', 'file', 'api', 'computed'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];
/** draft → submitted → approved → accepted, or back to returned. */
/**
 * The steps of a value: submit, approve, accept, return; and the undo of each forward step while
 * the next one has not happened (withdraw a submission before approval, take back an approval
 * before the office's acceptance, take back an acceptance while the period is not locked).
 */
export const TRANSITIONS = ['submit', 'approve', 'accept', 'return', 'withdraw', 'unapprove', 'unaccept'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** A stored status: the engine's result with the input it was computed from. */
export type StoredStatusResult = StatusResult & { input?: StatusInput };

export const period = z.string().refine((p) => parsePeriod(p) !== null, '期间应为 1900–2200 年的 2024、2024Q1 或 2024-03');
const year = calendarYear;

export const indicatorPatch = z.object({
  name: z.string().trim().min(1).max(300).optional(),
  nameEn: z.string().max(300).nullish(),
  unit: z.string().max(40).nullish(),
  category: z.string().max(100).nullish(),
  definition: z.string().max(5000).nullish(),
  dataSource: z.string().max(500).nullish(),
  ownerUnitId: z.uuid().nullish(),
  frequency: z.enum(FREQUENCIES).optional(),
  aggregation: z.enum(AGGREGATIONS).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  naturalLimit: figure.nullish(),
  baselineYear: year.nullish(),
  baselineValue: figure.nullish(),
  benchmarkIndicatorId: z.uuid().nullish(),
  referenceSetId: z.uuid().nullish(),
  version: z.number().int().positive().describe('the version you read; 409 if it changed'),
});
export type IndicatorPatch = Omit<z.infer<typeof indicatorPatch>, 'version'>;

export const targetInput = z.object({
  year,
  kind: z.enum(TARGET_KINDS),
  value: figure.nullable(),
  growthBasis: z.enum(GROWTH_BASES).nullish(),
  text: z.string().max(200).nullish(),
});
export type TargetInput = z.infer<typeof targetInput>;
export const milestoneInput = z.object({ year, value: figure });
export const zoneAssignmentInput = z.object({ zoneId: z.uuid(), unitId: z.uuid().nullable() });

export const observationRow = z.object({
  indicatorId: z.uuid(),
  zoneId: z.uuid(),
  period,
  value: figure.nullable(),
  covered: z.array(z.string().max(10)).max(300).nullish(),
  comment: z.string().max(1000).nullish(),
  /** The version read when editing a stored value: 409 if it changed meanwhile. Absent for files and API pushes. */
  version: z.number().int().positive().optional(),
});
export const observationsBody = z.object({ observations: z.array(observationRow).min(1).max(20000), reason: z.string().max(500).optional() });
export const transitionBody = z.object({ ids: z.array(z.uuid()).min(1).max(20000), reason: z.string().max(1000).optional() });
export const lockBody = z.object({ period, locked: z.boolean() });
export const dataYear = z.coerce.number().int().min(2000).max(2100);

// ── Responses ──
// Rows keep the columns the web app reads typed; text columns the database holds as text
// stay strings here (the enums above say which values they take).
export const targetOut = z.looseObject({
  id: uuidOut.optional(),
  year: z.number(),
  kind: z.string(),
  value: z.number().nullable(),
  growthBasis: z.string().nullish(),
  text: z.string().nullish(),
});
export const indicatorRowOut = z.object({
  id: uuidOut,
  code: z.string(),
  number: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string().nullable(),
  category: z.string().nullable(),
  planId: uuidOut.nullable(),
  planTitle: z.string().nullable(),
  frequency: z.string(),
  direction: z.string(),
  baselineYear: z.number().nullable(),
  baselineValue: z.number().nullable(),
  zoneId: uuidOut.nullable(),
  zoneName: z.string().nullable(),
  unitId: uuidOut.nullable(),
  unitName: z.string().nullable(),
  status: z.string().nullable(),
  /** What the list shows of the status; the full result is on the indicator's own page. */
  summary: jsonOf<StatusSummary>().nullable(),
  targets: z.array(targetOut),
  version: z.number(),
});
export type IndicatorRowOut = Out<typeof indicatorRowOut>;
/** One page of GET /api/indicators/page: the rows, the filter's total, the tiles' counts and the filter options. */
export const indicatorPageOut = z.object({
  rows: z.array(indicatorRowOut),
  /** Rows under every filter given (the status included): what the pager pages through. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Rows per status under every filter but the status (`all`: their sum), for the summary tiles. */
  counts: z.object({ all: z.number().int(), ...Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) } as Record<'all' | Status, z.ZodNumber>),
  /** The categories and the owing units of the whole list, for the filters' options. */
  categories: z.array(z.string()),
  unitIds: z.array(uuidOut),
});
/** 计划缺口: target pending, no counted data, no owner, no baseline for a relative target. */
export const GAP_KINDS = ['pendingTargets', 'withoutData', 'withoutOwner', 'withoutBaseline'] as const;
export type GapKind = (typeof GAP_KINDS)[number];
/** A gap row: the list row without the status (the gaps page shows none). */
export const gapRowOut = indicatorRowOut.omit({ status: true, summary: true });
const perGapKind = <T extends z.ZodType>(t: T) => z.object(Object.fromEntries(GAP_KINDS.map((k) => [k, t])) as Record<GapKind, T>);
/** One page of GET /api/indicators/gaps: every kind's total, and the page's rows of each kind asked for. */
export const gapsOut = z.object({
  totals: perGapKind(z.number().int()),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Each kind asked for (every kind unless `kind` names one): its rows of the page. */
  rows: perGapKind(z.array(gapRowOut)).partial(),
});

export const observationOut = z.object({
  id: uuidOut,
  indicatorId: uuidOut,
  zoneId: uuidOut,
  unitId: uuidOut.nullable(),
  period: z.string(),
  value: z.number().nullable(),
  covered: z.array(z.string()).nullable(),
  status: z.string(),
  source: z.string(),
  comment: z.string().nullable(),
  returnReason: z.string().nullable(),
  enteredBy: z.string().nullable(),
  version: z.number(),
  updatedAt: timestamp,
});
export const revisionOut = z.object({
  id: uuidOut,
  observationId: uuidOut,
  period: z.string(),
  zoneId: uuidOut,
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  reason: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: timestamp,
});
export const setMemberOut = z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullish() });
export const referenceSetOut = z.looseObject({ id: uuidOut, code: z.string(), name: z.string(), members: z.array(setMemberOut) });
/** The indicator row as stored (an edit answers with it). */
export const indicatorOut = z.looseObject({
  id: uuidOut,
  code: z.string(),
  number: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string().nullable(),
  category: z.string().nullable(),
  definition: z.string().nullable(),
  dataSource: z.string().nullable(),
  ownerUnitId: uuidOut.nullable(),
  planId: uuidOut.nullable(),
  frequency: z.string(),
  aggregation: z.string(),
  direction: z.string(),
  naturalLimit: z.number().nullable(),
  baselineYear: z.number().nullable(),
  baselineValue: z.number().nullable(),
  referenceSetId: uuidOut.nullable(),
  benchmarkIndicatorId: uuidOut.nullable(),
  version: z.number(),
  updatedAt: timestamp,
});
export const indicatorDetailOut = indicatorOut.extend({
  plan: z.object({ id: uuidOut, title: z.string() }).nullable(),
  targets: z.array(targetOut),
  milestones: z.array(z.looseObject({ year: z.number(), value: z.number() })),
  zones: z.array(z.object({ zoneId: uuidOut, zoneName: z.string(), unitId: uuidOut.nullable(), unitName: z.string().nullable() })),
  statuses: z.array(z.looseObject({ zoneId: uuidOut, status: z.string(), result: jsonOf<unknown>(), computedAt: timestamp })),
  observations: z.array(observationOut),
  revisions: z.array(revisionOut),
  referenceSet: referenceSetOut.nullable(),
  benchmark: z.array(observationOut),
});
export type IndicatorDetailOut = Out<typeof indicatorDetailOut>;
/** After a replace of targets, milestones or zones: the owner's new version. */
export const partsOut = z.object({ ok: z.literal(true), version: z.number() });

export const entryRowOut = z.object({
  code: z.string(),
  name: z.string(),
  /** The indicator's English name, for the English page (null when none). */
  nameEn: z.string().nullable(),
  unit: z.string().nullable(),
  zoneCode: z.string(),
  zone: z.string(),
  period: z.string(),
  previous: z.number().nullable(),
  path: z.number().nullable(),
  /** The status engine's path value for the year, where the plan sets no milestone or level target. */
  enginePath: z.number().nullable(),
  /** The last covered set of a reference-set indicator (its status summary), offered as a start. */
  lastCovered: z.array(z.string()).nullable(),
  value: z.number().nullable(),
  indicatorId: uuidOut,
  zoneId: uuidOut,
  referenceSetId: uuidOut.nullable(),
  due: z.string(),
  observationId: uuidOut.nullable(),
  status: z.string().nullable(),
  covered: z.array(z.string()).nullable(),
  comment: z.string().nullable(),
  returnReason: z.string().nullable(),
  version: z.number().nullable(),
});
/** The entry form's views: every row, the rows still to report, the rows reported (submitted or further). */
export const ENTRY_VIEWS = ['all', 'open', 'done'] as const;
export type EntryView = (typeof ENTRY_VIEWS)[number];
/** One page of GET /api/observations/entry-form: the rows of the view's page, its total, the rows per view. */
export const entryPageOut = z.object({
  rows: z.array(entryRowOut),
  /** Rows in the view asked for: what the pager pages through. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Rows per view (the tabs), whatever the view asked for. */
  counts: z.object({ all: z.number().int(), open: z.number().int(), done: z.number().int() }),
});
export const queueRowOut = z.object({
  id: uuidOut,
  indicatorId: uuidOut,
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  zoneName: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  status: z.string(),
  comment: z.string().nullable(),
  returnReason: z.string().nullable(),
  unitName: z.string().nullable(),
  updatedAt: timestamp,
  zoneId: uuidOut,
  /** The value of the period before (any state), for the reviewer to compare. */
  previousPeriod: z.string().nullable(),
  previousValue: z.number().nullable(),
  /** The target path's value for the period's year (yearly milestone), when the indicator has one. */
  pathValue: z.number().nullable(),
  /** The plausible band the entry check uses for this value (null without history). */
  bandLow: z.number().nullable(),
  bandHigh: z.number().nullable(),
});
/** One change of an indicator's status in a zone: from what, to what, when, and the inputs that changed. */
export const statusChangeOut = z.object({
  id: uuidOut,
  zoneId: uuidOut,
  zoneName: z.string(),
  previousStatus: z.string().nullable(),
  status: z.string(),
  changes: jsonOf<InputChange[]>(),
  changedAt: timestamp,
});
export const missingRowOut = z.object({
  indicatorId: uuidOut,
  code: z.string(),
  name: z.string(),
  /** The indicator's English name (null when none), for the English page. */
  nameEn: z.string().nullable(),
  zoneName: z.string(),
  unitId: uuidOut.nullable(),
  unitName: z.string().nullable(),
  period: z.string(),
  due: z.string(),
  late: z.boolean(),
  state: z.string(),
});
export const savedOut = z.object({ saved: z.number(), unchanged: z.number(), ids: z.array(uuidOut) });
export const transitionOut = z.object({ updated: z.number(), status: z.string() });
export const importResultOut = z.object({ rows: z.number(), saved: z.number(), unchanged: z.number(), skippedBlank: z.number(), sha256: z.string() });
export const lockOut = z.object({ planId: uuidOut, period: z.string(), locked: z.boolean() });
export const recomputeOut = z.object({ pairs: z.number() });
export const statusInputOut = jsonOf<StatusInput>();
