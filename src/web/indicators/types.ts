// Shapes of the indicators API: the server's response schemas (src/contracts/indicators.ts)
// as the wire carries them (Out: dates as strings), with the text columns narrowed to the
// enums they hold. Nothing here is kept by hand beside the server.
import {
  COUNTED,
  OBSERVATION_STATES,
  STATUSES,
  TARGET_KINDS,
  type Aggregation,
  type Direction,
  type Frequency,
  type ObservationSource,
  type ObservationState,
  type Status,
  type StoredStatusResult,
  type TargetKind,
  GAP_KINDS,
  type EntryView,
  type GapKind,
  entryPageOut,
  entryRowOut,
  gapRowOut,
  gapsOut,
  importResultOut,
  indicatorDetailOut,
  indicatorRowOut,
  indicatorPageOut,
  missingRowOut,
  observationOut,
  queueRowOut,
  referenceSetOut,
  revisionOut,
  setMemberOut,
  targetOut,
} from '../../contracts/indicators';
import type { Narrow, Out } from '../../contracts/common';
import type { PlanSummary } from '../../contracts/plans';
import type { Note, ProjectionPoint, ResolvedTarget, TargetAssessment, YearToDate } from '../../domain/progress/types';

import type { StatusSummary } from '../../domain/progress/summary';

export { COUNTED, GAP_KINDS, OBSERVATION_STATES, STATUSES, TARGET_KINDS };
export type { EntryView, GapKind };
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

/** A target as the web app edits it (the form sends `targetInput`, the server answers `targetOut`). */
export type Target = Narrow<Out<typeof targetOut>, { id?: string; kind: TargetKind; growthBasis?: 'cumulative' | 'annual' | null }>;

/** A row of GET /api/indicators: one indicator × zone. */
export type IndicatorRow = Narrow<
  Out<typeof indicatorRowOut>,
  { frequency: Frequency; direction: Direction; status: Status | null; summary: StatusSummary | null; targets: Target[] }
>;
/** GET /api/indicators/page: one page of the overview with its total, tile counts and filter options. */
export type IndicatorPage = Omit<Out<typeof indicatorPageOut>, 'rows' | 'counts'> & { rows: IndicatorRow[]; counts: Record<'all' | Status, number> };
/** A row of GET /api/indicators/gaps: the list row without its status. */
export type GapRow = Narrow<Out<typeof gapRowOut>, { frequency: Frequency; direction: Direction; targets: Target[] }>;
/** GET /api/indicators/gaps: every kind's total and one page of rows of the kinds asked for. */
export type GapsResponse = Omit<Out<typeof gapsOut>, 'rows'> & { rows: Partial<Record<GapKind, GapRow[]>> };

export type Observation = Narrow<Out<typeof observationOut>, { status: ObservationState; source: ObservationSource }>;
export type Revision = Out<typeof revisionOut>;
export type SetMember = Out<typeof setMemberOut>;
export type ReferenceSet = Out<typeof referenceSetOut>;

export type IndicatorDetail = Narrow<
  Out<typeof indicatorDetailOut>,
  {
    frequency: Frequency;
    aggregation: Aggregation;
    direction: Direction;
    targets: Target[];
    statuses: { zoneId: string; status: Status; result: StatusResult; computedAt: string }[];
    observations: Observation[];
    benchmark: Observation[];
  }
>;

/** A row of GET /api/observations/entry-form: one period the caller's unit owes. */
export type EntryRow = Narrow<Out<typeof entryRowOut>, { status: ObservationState | null }>;
/** GET /api/observations/entry-form: one page of the form under a view, its total, the rows per view. */
export type EntryPage = Omit<Out<typeof entryPageOut>, 'rows'> & { rows: EntryRow[] };
export type QueueRow = Narrow<Out<typeof queueRowOut>, { status: ObservationState }>;
export type MissingRow = Narrow<Out<typeof missingRowOut>, { state: 'missing' | 'draft' | 'returned' }>;
export type ImportResult = Out<typeof importResultOut>;
export type Plan = Pick<PlanSummary, 'id' | 'code' | 'title' | 'status'>;
