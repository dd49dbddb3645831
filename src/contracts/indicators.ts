// Indicators and their data (observations): enums, request bodies, and the status
// engine's output as the API sends it.
import { z } from 'zod';
import { parsePeriod, type Frequency } from '../domain/calendar/period';
import type { Aggregation, Direction, HublineStatus, StatusInput, StatusResult, TargetKind } from '../domain/progress/types';
import { calendarYear, figure } from './common';

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
export const TRANSITIONS = ['submit', 'approve', 'accept', 'return'] as const;
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
