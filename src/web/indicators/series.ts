// The yearly picture of one indicator in one zone, shared by the chart and the table beneath
// it: actual values (counted or provisional), baseline, target path, targets, projection and
// benchmark, one row per year.
import { COUNTED, type IndicatorDetail, type ObservationState, type StatusResult } from './types';

export interface YearRow {
  year: number;
  actual: number | null;
  /** Counted values come from approved/accepted data; provisional ones are drafts or awaiting approval. */
  actualKind: 'counted' | 'provisional' | null;
  actualState: ObservationState | null;
  baseline: number | null;
  path: number | null;
  milestone: number | null;
  target: { value: number | null; kind: string } | null;
  projected: number | null;
  onCourse: boolean | null;
  bandLow: number | null;
  bandHigh: number | null;
  benchmark: number | null;
  /** relative targets: the growth the indicator needs (benchmark + margin). */
  relativeTarget: number | null;
}

const PROVISIONAL: readonly ObservationState[] = ['draft', 'submitted'];

export function yearRows(d: IndicatorDetail, zoneId: string | null, r: StatusResult | null): YearRow[] {
  const obs = d.observations.filter((o) => !zoneId || o.zoneId === zoneId);
  const yearly = d.frequency === 'yearly';
  const rows = new Map<number, YearRow>();
  const row = (year: number): YearRow => {
    let x = rows.get(year);
    if (!x) {
      x = { year, actual: null, actualKind: null, actualState: null, baseline: null, path: null, milestone: null, target: null, projected: null, onCourse: null, bandLow: null, bandHigh: null, benchmark: null, relativeTarget: null };
      rows.set(year, x);
    }
    return x;
  };

  if (yearly) {
    for (const o of obs) {
      if (o.period.length !== 4 || o.value === null) continue;
      const counted = COUNTED.includes(o.status);
      if (!counted && !PROVISIONAL.includes(o.status)) continue;
      const x = row(Number(o.period));
      x.actual = o.value;
      x.actualKind = counted ? 'counted' : 'provisional';
      x.actualState = o.status;
    }
  } else {
    // Months and quarters make a year only once complete and counted: the engine's roll-up.
    for (const a of r?.annual ?? []) {
      const x = row(a.year);
      x.actual = a.value;
      x.actualKind = 'counted';
      x.actualState = 'approved';
    }
  }

  const baseline = r?.baseline ?? (d.baselineYear !== null && d.baselineValue !== null ? { year: d.baselineYear, value: d.baselineValue } : null);
  if (baseline) row(baseline.year).baseline = baseline.value;

  const relative = d.targets.some((t) => t.kind === 'relative');
  if (!relative) {
    if (baseline && r?.milestones?.length) row(baseline.year).path = baseline.value;
    for (const m of r?.milestones ?? []) row(m.year).path = m.value;
    for (const m of d.milestones) row(m.year).milestone = m.value;
  }

  for (const t of d.targets) {
    const resolved = r?.targets?.find((x) => x.year === t.year) ?? (r?.target?.year === t.year ? r.target : null);
    row(t.year).target = { value: t.kind === 'relative' || t.kind === 'pending' ? null : (resolved?.value ?? t.value), kind: t.kind };
  }

  // Benchmark (relative targets): its yearly counted values, and what the indicator then needs.
  const margin = d.targets.find((t) => t.kind === 'relative')?.value ?? null;
  for (const b of d.benchmark) {
    if (b.period.length !== 4 || b.value === null || !COUNTED.includes(b.status)) continue;
    const x = row(Number(b.period));
    x.benchmark = b.value;
  }
  if (relative && margin !== null) for (const rel of r?.relative ?? []) row(rel.year).relativeTarget = rel.benchmarkGrowth + margin;

  // Projection from the current value to each horizon, and a band between the two usual
  // extrapolations (the yearly rate and the yearly change since the baseline).
  const cur = r?.current;
  if (cur && !relative) {
    const horizons = (r?.projected ?? []).filter((p) => p.value !== null && p.year > cur.year).sort((a, b) => a.year - b.year);
    const last = horizons[horizons.length - 1];
    if (last) {
      const cap = (v: number) => {
        let out = v;
        if (d.naturalLimit !== null) out = d.direction === 'increase' ? Math.min(out, d.naturalLimit) : Math.max(out, d.naturalLimit);
        if (d.referenceSet && d.targets.some((t) => t.kind === 'coverage')) out = Math.min(out, d.referenceSet.members.length);
        return out;
      };
      const rate = r?.observedRate;
      const slope = r?.observedSlope;
      const start = row(cur.year);
      start.projected = cur.value;
      start.bandLow = cur.value;
      start.bandHigh = cur.value;
      for (let y = cur.year + 1; y <= last.year; y++) {
        const x = row(y);
        const h = horizons.find((p) => p.year >= y)!;
        const prev = horizons.filter((p) => p.year < y).pop();
        const y0 = prev?.year ?? cur.year;
        const v0 = prev?.value ?? cur.value;
        // Between horizons the engine's values are joined the way they were made: by a rate when both are positive.
        const k = (y - y0) / (h.year - y0);
        x.projected = v0 > 0 && (h.value as number) > 0 ? v0 * Math.pow((h.value as number) / v0, k) : v0 + k * ((h.value as number) - v0);
        if (h.year === y) x.onCourse = h.onCourse;
        const byRate = rate !== null && rate !== undefined && cur.value > 0 ? cap(cur.value * Math.pow(1 + rate, y - cur.year)) : null;
        const bySlope = slope !== null && slope !== undefined ? cap(cur.value + slope * (y - cur.year)) : null;
        const candidates = [x.projected, byRate, bySlope].filter((v): v is number => v !== null && Number.isFinite(v));
        x.bandLow = Math.min(...candidates);
        x.bandHigh = Math.max(...candidates);
      }
    }
  }

  const list = [...rows.values()].sort((a, b) => a.year - b.year);
  if (!list.length) return list;
  // Fill the gaps so the axis runs year by year.
  const out: YearRow[] = [];
  for (let y = list[0].year; y <= list[list.length - 1].year; y++) out.push(rows.get(y) ?? row(y));
  return out;
}
