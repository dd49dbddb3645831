// Input and output of `computeIndicatorStatus` (and of `hubline indicator-status FILE.json`).
// docs/indicator-status.md documents both field by field; keep them in step.
import type { SdgStatus, SeriesProgress } from './sdg';

export type Direction = 'increase' | 'decrease';
export type TargetKind = 'level' | 'growth' | 'reduction' | 'max' | 'min' | 'coverage' | 'relative' | 'pending';
export type Aggregation = 'sum' | 'average' | 'last';
export type GrowthBasis = 'cumulative' | 'annual';
export type HublineStatus = 'achieved' | 'on_track' | 'moderate' | 'off_track' | 'deteriorating' | 'insufficient_data' | 'target_pending';

export interface TargetInput {
  year: number;
  kind: TargetKind;
  /** level / max / min: the value; growth / reduction: percent (15 = 15 %); relative: percentage points; coverage: set size when `set` is absent. */
  value: number | null;
  /** growth / reduction: `cumulative` (default) over the whole period, or `annual` compounding per year. */
  growthBasis?: GrowthBasis | null;
  /** relative: name of the benchmark series, e.g. "全市". */
  benchmark?: string | null;
  /** coverage: codes of the reference set's members. */
  set?: string[] | null;
  /** coverage: the members' names, so an explanation says 文莱 and Brunei, not BN. */
  memberNames?: Record<string, { zh: string; en: string }> | null;
  /** relative: `level` (default unless the unit is %) — growth is computed from levels; `growth` — values are already growth rates in %. */
  seriesKind?: 'level' | 'growth' | null;
  text?: string | null;
}

export interface IndicatorInput {
  direction: Direction;
  /** Natural maximum (increase) or minimum (decrease): caps projections; scales the trend-only method. */
  limit: number | null;
  unit?: string;
  name?: string;
  /** How months or quarters roll into a year. */
  aggregation?: Aggregation;
  baseline: { year: number; value: number } | null;
  targets: TargetInput[];
  /** Yearly milestones that replace the straight path for their years. */
  milestones?: { year: number; value: number }[];
}

export interface ObservationInput {
  /** "2024", "2024-03" or "2024Q1". */
  period: string;
  value: number;
  provisional?: boolean;
}

export interface StatusInput {
  indicator: IndicatorInput;
  observations: ObservationInput[];
  /** relative targets: the benchmark series (e.g. the city), same periods and kind as the indicator. */
  benchmark?: { period: string; value: number }[];
  /** coverage targets: members covered at the latest period. */
  covered?: string[];
  /** YYYY-MM-DD: ignore data for periods ending after this day. */
  asOf?: string;
}

export interface Note {
  code: string;
  zh: string;
  en: string;
}

export interface ResolvedTarget {
  year: number;
  kind: TargetKind;
  /** The number as given (percent for growth / reduction, points for relative). */
  input: number | null;
  /** The value to reach, in the indicator's unit (relative: the margin in points); null when pending or unresolvable. */
  value: number | null;
  direction: Direction;
  growthBasis?: GrowthBasis;
  benchmark?: string;
  setSize?: number;
  /** How `value` was derived, e.g. "306 × (1 + 15%)". */
  rule: string;
}

export interface TargetAssessment extends ResolvedTarget {
  achieved: boolean | null;
  distanceCovered: number | null;
  requiredRate: number | null;
  requiredSlope: number | null;
}

export interface ProjectionPoint {
  year: number;
  value: number | null;
  target: number | null;
  onCourse: boolean | null;
  /** cagr: current trend compounded; linear: straight line (values cross or touch zero); hold: relative margin kept; actual: the year has passed. */
  method: 'cagr' | 'linear' | 'hold' | 'actual' | null;
}

export interface AnnualValue {
  year: number;
  value: number;
  source: 'yearly' | 'quarterly' | 'monthly';
  provisional: boolean;
}

export interface YearToDate {
  year: number;
  frequency: 'monthly' | 'quarterly';
  periodsObserved: number;
  periodsInYear: number;
  lastPeriod: string;
  /** Year-to-date aggregate (sum, average, or last value). */
  actual: number;
  /** The year's milestone and the share of it expected by now. */
  milestone: number | null;
  share: number | null;
  expected: number | null;
  profile: 'pro_rata' | 'seasonal';
  /** Complete past years the seasonal profile was taken from. */
  profileYears: number[];
  ratio: number | null;
  onCourse: boolean | null;
  provisional: boolean;
  /** Same periods a year earlier, and the change (fraction). */
  sameTimeLastYear: number | null;
  yearOnYear: number | null;
}

export interface RelativeRow {
  year: number;
  /** Growth of the indicator and of the benchmark, percent. */
  growth: number;
  benchmarkGrowth: number;
  /** growth − benchmarkGrowth, percentage points. */
  margin: number;
}

export interface StatusResult {
  status: HublineStatus;
  /** The Open SDG status behind `status`: for pending targets the trend-only status; for relative targets the band of the pace ratio. */
  sdgStatus: SdgStatus | null;
  /** Method 2: pace ratio (observed / required CAGR); method 1: growth rate; relative: margin / required margin. */
  progressValue: number | null;
  score: number | null;
  method: 1 | 2 | 'relative' | null;
  /** PILOTE taux d'avancement against the target, 0–100. */
  distanceCovered: number | null;
  projected: ProjectionPoint[];
  /** Yearly rate (fraction) now needed from the current value to reach the target. */
  requiredRate: number | null;
  /** Yearly rate (fraction) observed from the baseline to the current value. */
  observedRate: number | null;
  /** Change per year when rates are undefined (values at or across zero). */
  observedSlope: number | null;
  requiredSlope: number | null;
  explanation: { zh: string; en: string };
  /** The target the status is measured against. */
  target: ResolvedTarget | null;
  targets: TargetAssessment[];
  baseline: { year: number; value: number; source: 'input' | 'observation' } | null;
  current: { year: number; value: number; provisional: boolean } | null;
  annual: AnnualValue[];
  milestones: { year: number; value: number; source: 'path' | 'input' }[];
  /** The current year's milestone and whether it was met. */
  milestone: { year: number; value: number; actual: number; met: boolean } | null;
  yearToDate: YearToDate | null;
  /** Target missed: its year has data and the value falls short. */
  missed: boolean;
  missing?: string[];
  covered?: string[];
  relative?: RelativeRow[];
  /** What keeps the assessment from being complete (target pending, no baseline, no data…). */
  gaps: Note[];
  notes: Note[];
  /** The Open SDG components (base, current, sign, thresholds…) for transparency. */
  series: SeriesProgress | null;
  asOf: string | null;
}
