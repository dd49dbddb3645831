// The Extraction shape is a public contract: `hubline import-doc --json` prints it and
// docs/import-doc.md documents it field by field. Keep the three in step.

export type UnitType = 'department' | 'town' | 'company' | 'external_agency' | 'enterprise' | 'project_hq';

export interface KnownUnit {
  id?: string;
  name: string;
  aliases?: string[];
  type?: UnitType;
}

export type Span = [number, number];

/** The six hub types of the national logistics-hub plan (国家物流枢纽布局和建设规划). */
export type HubType = 'dry_port' | 'airport' | 'seaport' | 'trade_service' | 'production_service' | 'land_border';
export type EvaluationLevel = 'summary' | 'self_evaluation' | 'unified_evaluation';
export type EvaluationLink = 'funding' | 'land_quota' | 'award';

export interface DocumentMeta {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  /** YYYY-MM-DD */
  issuedDate: string | null;
  addressees: string[];
  public: boolean;
  draft: boolean;
  /** Titles (without 《》) of the plans this document implements. */
  basis: string[];
  horizonYears: number[];
  leadingGroup?: { name?: string; officeUnit?: string };
  evaluation?: { levels: EvaluationLevel[]; linkedTo: EvaluationLink[]; text: string };
  hubTypes: HubType[];
  kind: 'plan' | 'guidance';
}

export interface Section {
  /** Path of heading numbers, e.g. "二/（一）/1"; stable across re-imports of a revised text. */
  id: string;
  /** Depth in the heading tree, 1 = top. */
  level: number;
  /** "一" "（一）" "1" "（1）" "①" (or "第一章" for chaptered documents) */
  number: string;
  title: string;
  /** The section's own text: heading line and body up to its first sub-heading. */
  text: string;
  parentId: string | null;
  /** Whole section including sub-sections. */
  span: Span;
}

export type TaskKind = 'task' | 'safeguard' | 'measure';
export type UnitRole = 'lead' | 'support';

export interface TaskUnit {
  name: string;
  role: UnitRole;
  collective: boolean;
}

export interface Deadline {
  text: string;
  /** YYYY-MM-DD, the last day of the period named. */
  date: string;
}

export interface Task {
  number: string;
  kind: TaskKind;
  title: string;
  text: string;
  /** Id of the section that contains the item (its parent heading). */
  section: string | null;
  sectionTitle: string;
  deadlines: Deadline[];
  units: TaskUnit[];
  span: Span;
}

export type TargetKind = 'level' | 'growth' | 'reduction' | 'max' | 'min' | 'coverage' | 'relative' | 'pending';

export interface Target {
  year: number | null;
  kind: TargetKind;
  value: number | null;
  text: string;
  benchmark?: string;
  unit?: string;
  /** growth / reduction: of the baseline as a whole (cumulative) or every year (年均 → annual). */
  growthBasis?: 'cumulative' | 'annual';
  /** The indicator's value is itself a yearly rate (…增长率 15%): the target is that rate. */
  rate?: boolean;
  /** Which way is better, and what decided it. */
  direction?: 'increase' | 'decrease';
  directionBy?: 'wording' | 'name' | 'unit' | 'default';
}

export interface Indicator {
  number: string;
  category: string;
  name: string;
  unit: string;
  baseline: { year: number | null; value: number } | null;
  targets: Target[];
  span: Span;
  /** Readings the office should confirm (zh), e.g. the direction was guessed, or the baseline already meets the target. */
  questions?: string[];
  /** Set in the review, not by the parser: responsible units by name (the first owes the data). */
  owners?: string[];
  /** Set in the review: ids of the zones the data is owed for. */
  zoneIds?: string[];
  /** Set in the review: the office commits this indicator without a responsible unit, on purpose. */
  ownerless?: boolean;
}

export interface Goal {
  /** null: the document sets the goal without a year it gives (力争培育…10家; 未来三年 in a page without its date). */
  year: number | null;
  text: string;
  span: Span;
}

export interface ExtractedUnit {
  name: string;
  type: UnitType;
  known: boolean;
  matchedId?: string;
  collective: boolean;
}

/** A table found in the document, as the review screen shows it beside the extraction. */
export interface DocTable {
  kind: 'task' | 'indicator';
  /** The caption above the header (附件 … 重点任务分工表), "" when none. */
  title: string;
  header: string[];
  rows: { cells: string[]; span: Span }[];
  span: Span;
}

export interface Extraction {
  meta: DocumentMeta;
  sections: Section[];
  tasks: Task[];
  indicators: Indicator[];
  goals: Goal[];
  units: ExtractedUnit[];
  /** Tables read (task tables and indicator tables), in document order. */
  tables: DocTable[];
  /**
   * Quantified targets in sentences the parse did not take, numbered S1, S2…: shown in the review
   * as possibly missed; none is committed unless the office adds it. (Absent in drafts stored
   * before it was read.)
   */
  suggestions?: Indicator[];
}

export interface ParseOptions {
  knownUnits?: KnownUnit[];
}
