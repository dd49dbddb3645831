// Shapes of the indicators API (src/server/indicators); kept by hand beside the server's
// queries. Dates arrive as ISO strings. The status `result` is the engine's output
// (docs/indicator-status.md), read here only as far as the pages use it.

import type { StatusSummary } from '../../domain/progress/summary';

export type { StatusSummary };

export const STATUSES = ['achieved', 'on_track', 'moderate', 'off_track', 'deteriorating', 'insufficient_data', 'target_pending'] as const;
export type Status = (typeof STATUSES)[number];

export const TARGET_KINDS = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const OBSERVATION_STATES = ['draft', 'submitted', 'approved', 'accepted', 'returned'] as const;
export type ObservationState = (typeof OBSERVATION_STATES)[number];
/** The states that count for the status (the server's COUNTED). */
export const COUNTED: readonly ObservationState[] = ['approved', 'accepted'];

export type Frequency = 'yearly' | 'quarterly' | 'monthly';
export type Direction = 'increase' | 'decrease';
export type Aggregation = 'sum' | 'average' | 'last' | 'formula';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Target {
  id?: string;
  year: number;
  kind: TargetKind;
  value: number | null;
  growthBasis?: 'cumulative' | 'annual' | null;
  text?: string | null;
}

export interface ResolvedTarget {
  year: number;
  kind: TargetKind;
  input: number | null;
  value: number | null;
  direction: Direction;
  rule: string;
  achieved?: boolean;
  distanceCovered?: number | null;
  requiredRate?: number | null;
  benchmark?: string;
  setSize?: number;
}

export interface Projection {
  year: number;
  value: number | null;
  target: number | null;
  onCourse: boolean | null;
  method: string | null;
}

export interface Gap extends Bilingual {
  code: string;
}

export interface YearToDate {
  year: number;
  frequency: Frequency;
  periodsObserved: number;
  periodsInYear: number;
  lastPeriod: string;
  actual: number;
  milestone: number | null;
  expected: number | null;
  ratio: number | null;
  onCourse: boolean | null;
  profile: string;
  yearOnYear: number | null;
}

export interface StatusResult {
  status: Status;
  sdgStatus?: string;
  progressValue: number | null;
  score: number | null;
  method: 1 | 2 | 'relative' | null;
  distanceCovered: number | null;
  projected: Projection[];
  requiredRate: number | null;
  observedRate: number | null;
  requiredSlope?: number | null;
  observedSlope?: number | null;
  target: ResolvedTarget | null;
  targets?: ResolvedTarget[];
  baseline?: { year: number; value: number; source: string } | null;
  current?: { year: number; value: number; provisional: boolean } | null;
  annual?: { year: number; value: number; source: string; provisional: boolean }[];
  milestones?: { year: number; value: number; source: 'path' | 'input' }[];
  milestone?: { year: number; value: number; actual: number; met: boolean } | null;
  yearToDate?: YearToDate | null;
  missed?: boolean;
  missing?: string[] | null;
  covered?: string[] | null;
  relative?: { year: number; growth: number; benchmarkGrowth: number; margin: number }[] | null;
  gaps?: Gap[];
  notes?: Gap[];
  explanation: Bilingual;
  input?: { observations?: { period: string; value: number }[] };
}

/** A row of GET /api/indicators: one indicator × zone. */
export interface IndicatorRow {
  id: string;
  code: string;
  number: string | null;
  name: string;
  nameEn: string | null;
  unit: string | null;
  category: string | null;
  planId: string | null;
  planTitle: string | null;
  frequency: Frequency;
  direction: Direction;
  baselineYear: number | null;
  baselineValue: number | null;
  zoneId: string | null;
  zoneName: string | null;
  unitId: string | null;
  unitName: string | null;
  status: Status | null;
  /** What the list shows of the status; the full result is on the indicator's own page. */
  summary: StatusSummary | null;
  targets: Target[];
  version: number;
}

export interface GapsResponse {
  pendingTargets: IndicatorRow[];
  withoutData: IndicatorRow[];
  withoutOwner: IndicatorRow[];
  withoutBaseline: IndicatorRow[];
}

export interface Observation {
  id: string;
  indicatorId: string;
  zoneId: string;
  unitId: string | null;
  period: string;
  value: number | null;
  covered: string[] | null;
  status: ObservationState;
  source: 'form' | 'file' | 'api' | 'computed';
  comment: string | null;
  returnReason: string | null;
  enteredBy: string | null;
  version: number;
  updatedAt: string;
}

export interface Revision {
  id: string;
  observationId: string;
  period: string;
  zoneId: string;
  oldValue: number | null;
  newValue: number | null;
  reason: string | null;
  changedBy: string | null;
  changedAt: string;
}

export interface SetMember {
  code: string;
  name: string;
  nameEn?: string | null;
}

export interface IndicatorDetail {
  id: string;
  code: string;
  number: string | null;
  name: string;
  nameEn: string | null;
  unit: string | null;
  category: string | null;
  definition: string | null;
  dataSource: string | null;
  ownerUnitId: string | null;
  frequency: Frequency;
  aggregation: Aggregation;
  direction: Direction;
  naturalLimit: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  referenceSetId: string | null;
  benchmarkIndicatorId: string | null;
  version: number;
  updatedAt: string;
  plan: { id: string; title: string } | null;
  targets: Target[];
  milestones: { year: number; value: number }[];
  zones: { zoneId: string; zoneName: string; unitId: string | null; unitName: string | null }[];
  statuses: { zoneId: string; status: Status; result: StatusResult; computedAt: string }[];
  observations: Observation[];
  revisions: Revision[];
  referenceSet: { id: string; code: string; name: string; members: SetMember[] } | null;
  benchmark: Observation[];
}

/** A row of GET /api/observations/entry-form: one period the caller's unit owes. */
export interface EntryRow {
  code: string;
  name: string;
  unit: string | null;
  zoneCode: string;
  zone: string;
  period: string;
  previous: number | null;
  path: number | null;
  value: number | null;
  indicatorId: string;
  zoneId: string;
  referenceSetId: string | null;
  due: string;
  observationId: string | null;
  status: ObservationState | null;
  covered: string[] | null;
  comment: string | null;
  returnReason: string | null;
  version: number | null;
}

export interface QueueRow {
  id: string;
  indicatorId: string;
  code: string;
  name: string;
  unit: string | null;
  zoneName: string;
  period: string;
  value: number | null;
  status: ObservationState;
  comment: string | null;
  returnReason: string | null;
  unitName: string | null;
  updatedAt: string;
}

export interface MissingRow {
  indicatorId: string;
  code: string;
  name: string;
  zoneName: string;
  unitId: string | null;
  unitName: string | null;
  period: string;
  due: string;
  late: boolean;
  state: 'missing' | 'draft' | 'returned';
}

export interface ImportResult {
  rows: number;
  saved: number;
  unchanged: number;
  skippedBlank: number;
  sha256?: string;
}

export interface Plan {
  id: string;
  code: string;
  title: string;
  status: string;
}

export interface ReferenceSet {
  id: string;
  code: string;
  name: string;
  members: SetMember[];
}
