// Enums come from src/contracts, shared with the server.
import type { AssignmentRole, PlanStatus, TaskKind, TaskStatus } from '../../contracts/plans';
import { TARGET_KINDS, type TargetKind } from '../../contracts/indicators';
import { UNIT_TYPES, type UnitType } from '../../contracts/org';

export { TARGET_KINDS, UNIT_TYPES, type TargetKind, type TaskKind, type UnitType };
export type Role = AssignmentRole;

export interface PlanSummary {
  id: string;
  code: string;
  kind: 'plan' | 'guidance';
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedDate: string | null;
  status: PlanStatus;
  public: boolean;
  horizonYears: number[];
  version: number;
  taskCount: number;
  indicatorCount: number;
  myTaskCount: number;
}

export interface PlanUnit {
  unitId: string;
  unitName: string;
  role: Role;
  collective: boolean;
  position: number;
}

export interface PlanTask {
  id: string;
  sectionId: string | null;
  kind: TaskKind;
  number: string;
  title: string;
  text: string;
  deadlines: { text: string; date: string | null }[];
  status: TaskStatus;
  spanStart: number | null;
  spanEnd: number | null;
  version: number;
  units: PlanUnit[];
}

export interface PlanSection {
  id: string;
  parentId: string | null;
  ref: string | null;
  level: number;
  number: string | null;
  title: string;
  position: number;
  spanStart: number | null;
  spanEnd: number | null;
}

export interface PlanTarget {
  year: number;
  kind: TargetKind;
  value: number | null;
  text: string | null;
}

export interface PlanIndicator {
  id: string;
  code: string;
  number: string | null;
  name: string;
  unit: string | null;
  category: string | null;
  baselineYear: number | null;
  baselineValue: number | null;
  targets: PlanTarget[];
}

export interface PlanDetail extends PlanSummary {
  addressees: string[];
  basis: string[];
  hubTypes: string[];
  sections: PlanSection[];
  tasks: PlanTask[];
  indicators: PlanIndicator[];
}

export interface Unit {
  id: string;
  name: string;
  type: UnitType;
  aliases: string[];
  collective: boolean;
  active: boolean;
}

// The importer's JSON (docs/import-doc.md) is the domain's own type: the review screen edits it as is.
import type { Extraction, Indicator as ExIndicator, Task as ExTask } from '../../domain/document/types';
export type { Extraction, ExIndicator, ExTask };

export interface PlanChange {
  key: string;
  kind: 'meta' | 'added' | 'removed' | 'reworded' | 'units_changed' | 'unchanged';
  taskId: string | null;
  number: string;
  title: string;
  oldText?: string;
  newText?: string;
  unitsAdded?: string[];
  unitsRemoved?: string[];
  rolesChanged?: { name: string; from: string; to: string }[];
  similarity?: number;
  meta?: Record<string, { from: unknown; to: unknown }>;
}

export interface ImportDraft {
  id: string;
  fileName: string | null;
  text: string;
  extraction: Extraction;
  existingPlan: { id: string; title: string; code: string } | null;
  diff: PlanChange[] | null;
}
