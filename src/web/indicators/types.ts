// Shapes of the indicators API (src/server/indicators). Enums and the status engine's
// result come from src/contracts (shared with the server and the domain); dates arrive
// as ISO strings.
import {
  COUNTED,
  OBSERVATION_STATES,
  STATUSES,
  TARGET_KINDS,
  type Aggregation,
  type Direction,
  type Frequency,
  type ObservationState,
  type Status,
  type StoredStatusResult,
  type TargetKind,
} from '../../contracts/indicators';
import type { Note, ProjectionPoint, ResolvedTarget, TargetAssessment, YearToDate } from '../../domain/progress/types';

import type { StatusSummary } from '../../domain/progress/summary';

export { COUNTED, OBSERVATION_STATES, STATUSES, TARGET_KINDS };
export type { Aggregation, Direction, Frequency, ObservationState, Status, TargetKind, YearToDate };
export type StatusResult = StoredStatusResult;
export type { ResolvedTarget, TargetAssessment };
export type Projection = ProjectionPoint;
export type Gap = Note;
export type { StatusSummary };

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
