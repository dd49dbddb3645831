// Enums come from src/contracts, shared with the server.
import type { AssignmentRole, PlanStatus, TaskKind, TaskStatus, importDraftOut, planDetailOut, planListOut } from '../../contracts/plans';
import type { Narrow, Out } from '../../contracts/common';
import { TARGET_KINDS, type TargetKind } from '../../contracts/indicators';
import { UNIT_TYPES, type UnitType } from '../../contracts/org';

export { TARGET_KINDS, UNIT_TYPES, type TargetKind, type TaskKind, type UnitType };
export type Role = AssignmentRole;

// The plans API's shapes: the server's response schemas (src/contracts/plans.ts) as the wire
// carries them, with text columns narrowed to the enums they hold.
export type PlanSummary = Narrow<Out<typeof planListOut>[number], { kind: 'plan' | 'guidance'; status: PlanStatus }>;
type DetailOut = Out<typeof planDetailOut>;
export type PlanUnit = Narrow<DetailOut['tasks'][number]['units'][number], { role: Role }>;
export type PlanTask = Narrow<DetailOut['tasks'][number], { kind: TaskKind; status: TaskStatus; units: PlanUnit[] }>;
export type PlanSection = DetailOut['sections'][number];
export type PlanTarget = Narrow<DetailOut['indicators'][number]['targets'][number], { kind: TargetKind }>;
export type PlanIndicator = Narrow<DetailOut['indicators'][number], { targets: PlanTarget[] }>;
export type PlanDetail = Narrow<DetailOut, { kind: 'plan' | 'guidance'; status: PlanStatus; tasks: PlanTask[]; indicators: PlanIndicator[] }> &
  Partial<Pick<PlanSummary, 'taskCount' | 'indicatorCount' | 'myTaskCount'>>;

export type { Unit } from '../../contracts/org';

// The importer's JSON (docs/import-doc.md) is the domain's own type: the review screen edits it as is.
import type { Extraction, Indicator as ExIndicator, Task as ExTask } from '../../domain/document/types';
export type { Extraction, ExIndicator, ExTask };

export type { PlanChange } from '../../contracts/plans';
export type ImportDraft = Narrow<Out<typeof importDraftOut>, { extraction: Extraction }>;
