// Why a status changed: the inputs that differ between two computations (issue 17, problem 5).
// Pure; the server stores the result beside each status change, the indicator page shows it.
import type { StatusInput } from './types';

export type InputChange =
  | { kind: 'value'; period: string; from: number | null; to: number | null }
  | { kind: 'target'; year: number; from: string | null; to: string | null }
  | { kind: 'baseline'; from: string | null; to: string | null }
  | { kind: 'milestone'; year: number; from: number | null; to: number | null }
  | { kind: 'direction'; from: string; to: string }
  | { kind: 'covered'; from: number; to: number }
  | { kind: 'benchmark'; period: string; from: number | null; to: number | null }
  | { kind: 'asOf'; from: string | null; to: string | null };

const targetText = (t: StatusInput['indicator']['targets'][number]) => `${t.kind}${t.value === null ? '' : ` ${t.value}`}${t.growthBasis === 'annual' ? ' annual' : ''}`;
const baselineText = (b: StatusInput['indicator']['baseline']) => (b ? `${b.year}: ${b.value}` : null);

function byKey<T>(list: T[] | undefined, key: (x: T) => string, val: (x: T) => unknown): Map<string, unknown> {
  return new Map((list ?? []).map((x) => [key(x), val(x)]));
}

function diffMaps(a: Map<string, unknown>, b: Map<string, unknown>, make: (key: string, from: unknown, to: unknown) => InputChange): InputChange[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: InputChange[] = [];
  for (const k of keys) {
    const x = a.has(k) ? a.get(k) : null;
    const y = b.has(k) ? b.get(k) : null;
    if (x !== y) out.push(make(k, x, y));
  }
  return out;
}

/**
 * What changed from the input of the previous computation to this one: values by period (new,
 * changed, gone), targets and milestones by year, the baseline, the direction, the covered
 * members, the benchmark series, the as-of day. Empty when `before` is missing (a first status).
 */
export function statusInputChanges(before: StatusInput | null | undefined, after: StatusInput): InputChange[] {
  if (!before) return [];
  const out: InputChange[] = [];
  out.push(
    ...diffMaps(
      byKey(before.observations, (o) => o.period, (o) => o.value),
      byKey(after.observations, (o) => o.period, (o) => o.value),
      (period, from, to) => ({ kind: 'value', period, from: from as number | null, to: to as number | null }),
    ),
  );
  out.push(
    ...diffMaps(
      byKey(before.indicator.targets, (t) => String(t.year), targetText),
      byKey(after.indicator.targets, (t) => String(t.year), targetText),
      (year, from, to) => ({ kind: 'target', year: Number(year), from: from as string | null, to: to as string | null }),
    ),
  );
  const b0 = baselineText(before.indicator.baseline);
  const b1 = baselineText(after.indicator.baseline);
  if (b0 !== b1) out.push({ kind: 'baseline', from: b0, to: b1 });
  out.push(
    ...diffMaps(
      byKey(before.indicator.milestones, (m) => String(m.year), (m) => m.value),
      byKey(after.indicator.milestones, (m) => String(m.year), (m) => m.value),
      (year, from, to) => ({ kind: 'milestone', year: Number(year), from: from as number | null, to: to as number | null }),
    ),
  );
  if (before.indicator.direction !== after.indicator.direction) out.push({ kind: 'direction', from: before.indicator.direction, to: after.indicator.direction });
  const c0 = before.covered?.length ?? 0;
  const c1 = after.covered?.length ?? 0;
  if (c0 !== c1) out.push({ kind: 'covered', from: c0, to: c1 });
  out.push(
    ...diffMaps(
      byKey(before.benchmark, (o) => o.period, (o) => o.value),
      byKey(after.benchmark, (o) => o.period, (o) => o.value),
      (period, from, to) => ({ kind: 'benchmark', period, from: from as number | null, to: to as number | null }),
    ),
  );
  if ((before.asOf ?? null) !== (after.asOf ?? null)) out.push({ kind: 'asOf', from: before.asOf ?? null, to: after.asOf ?? null });
  return out;
}
