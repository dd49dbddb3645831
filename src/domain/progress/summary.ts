// What a list row shows of a status, kept beside the full result (indicator_status.summary) so
// that lists carry a few hundred bytes per indicator × zone instead of the result and its input.
import type { ResolvedTarget, StatusInput, StatusResult } from './types';

export interface StatusSummary {
  status: StatusResult['status'];
  /** Latest counted value: the latest complete year, or for a running sub-annual series the last period. */
  latest: { period: string; value: number } | null;
  /** PILOTE distance covered, 0–100. */
  distanceCovered: number | null;
  /** Points of the list's sparkline: the last 24 sub-annual periods, or the yearly values. */
  sparkline: number[];
  /** The target shown in the list: the one measured against, else the last one, as the engine resolved it. */
  target: ResolvedTarget | null;
  /** Yearly path values (the entry form's fallback for a year without a milestone). */
  milestones: { year: number; value: number }[];
  /** Coverage targets: members covered at the latest period. */
  covered: string[] | null;
  explanation: { zh: string; en: string };
}

export const SPARKLINE_POINTS = 24;

export function summarizeStatus(result: StatusResult, input: StatusInput): StatusSummary {
  const subAnnual = input.observations.filter((o) => o.period.length > 4);
  const last = input.observations[input.observations.length - 1];
  const latest = result.current ? { period: String(result.current.year), value: result.current.value } : last ? { period: last.period, value: last.value } : null;
  const targetYear = result.target?.year ?? input.indicator.targets[input.indicator.targets.length - 1]?.year ?? null;
  const assessed = targetYear === null ? undefined : result.targets.find((t) => t.year === targetYear);
  const shown = assessed ?? result.target;
  return {
    status: result.status,
    latest,
    distanceCovered: result.distanceCovered,
    sparkline: subAnnual.length ? subAnnual.slice(-SPARKLINE_POINTS).map((o) => o.value) : result.annual.map((a) => a.value),
    target: shown
      ? {
          year: shown.year,
          kind: shown.kind,
          input: shown.input,
          value: shown.value,
          direction: shown.direction,
          rule: shown.rule,
          ...(shown.growthBasis ? { growthBasis: shown.growthBasis } : {}),
          ...(shown.benchmark ? { benchmark: shown.benchmark } : {}),
          ...(shown.setSize !== undefined ? { setSize: shown.setSize } : {}),
        }
      : null,
    milestones: result.milestones.map((m) => ({ year: m.year, value: m.value })),
    covered: result.covered ?? null,
    explanation: result.explanation,
  };
}
