// What changed between two handed-in versions of a progress report, field by field, so the
// office sees what a returned report's resubmission actually corrected.

export const REPORT_FIELDS = ['progress', 'percentDone', 'text', 'problems', 'nextSteps', 'coordination'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number] | 'milestone';

export interface VersionChange {
  field: ReportField;
  /** The milestone a per-milestone percentage belongs to (field `milestone` only). */
  milestoneId?: string;
  before: string | number | null;
  after: string | number | null;
}

type Content = Record<string, unknown>;

const scalar = (v: unknown): string | number | null => (v === undefined || v === null || v === '' ? null : typeof v === 'number' ? v : String(v));

function percents(c: Content): Map<string, number> {
  const list = Array.isArray(c.milestoneProgress) ? (c.milestoneProgress as { milestoneId?: unknown; percent?: unknown }[]) : [];
  return new Map(list.filter((m) => typeof m?.milestoneId === 'string' && typeof m.percent === 'number').map((m) => [m.milestoneId as string, m.percent as number]));
}

/** The fields that differ from `before` to `after`; per-milestone percentages one change per milestone. */
export function versionChanges(before: Content, after: Content): VersionChange[] {
  const out: VersionChange[] = [];
  for (const field of REPORT_FIELDS) {
    const b = scalar(before[field]);
    const a = scalar(after[field]);
    if (b !== a) out.push({ field, before: b, after: a });
  }
  const pb = percents(before);
  const pa = percents(after);
  for (const id of new Set([...pb.keys(), ...pa.keys()])) {
    const b = pb.get(id) ?? null;
    const a = pa.get(id) ?? null;
    if (b !== a) out.push({ field: 'milestone', milestoneId: id, before: b, after: a });
  }
  return out;
}
