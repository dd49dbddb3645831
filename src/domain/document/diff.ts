// Re-import of a revised text (征求意见稿 → final): which tasks were added, dropped,
// reworded or reassigned. Pure and order-preserving so a review screen can show it as is.
import { findAnnotations } from './units';

export interface TaskLike {
  number: string;
  title?: string;
  text?: string;
  /** Section id (see Section.id); tasks are matched on number within a section first. */
  section?: string | null;
  sectionTitle?: string;
  kind?: string;
  units?: { name: string; role?: string }[];
}

export type TaskDiffKind = 'added' | 'removed' | 'reworded' | 'units_changed' | 'unchanged';

export interface TaskDiff<T extends TaskLike = TaskLike> {
  /**
   * `reworded` wins over `units_changed` when both happened; the flags say exactly what
   * changed.
   */
  kind: TaskDiffKind;
  old: T | null;
  new: T | null;
  /** How the pair was found. */
  matchedBy: 'number' | 'title' | null;
  /** Bigram similarity of the two texts (0..1); 1 for unchanged, 0 for added/removed. */
  similarity: number;
  textChanged: boolean;
  unitsChanged: boolean;
  unitsAdded: string[];
  unitsRemoved: string[];
  rolesChanged: { name: string; from: string; to: string }[];
}

function norm(s: string | undefined): string {
  return (s ?? '').replace(/[\s\u3000，,。．.；;：:、“”"'‘’（）()《》]/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  if (s.length === 1) m.set(s, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams; works for Chinese without segmentation. */
export function similarity(a: string, b: string): number {
  const x = norm(a);
  const y = norm(b);
  if (!x && !y) return 1;
  if (!x || !y) return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let inter = 0;
  let nx = 0;
  let ny = 0;
  for (const v of bx.values()) nx += v;
  for (const v of by.values()) ny += v;
  for (const [g, v] of bx) inter += Math.min(v, by.get(g) ?? 0);
  return nx + ny ? (2 * inter) / (nx + ny) : 0;
}

/** Task wording without its responsibility annotation, so a reassignment is not a rewording. */
function taskText(t: TaskLike): string {
  const text = t.text ?? t.title ?? '';
  const anns = findAnnotations(text);
  if (!anns.length) return text;
  let out = '';
  let at = 0;
  for (const a of anns) {
    if (a.start < at) continue;
    out += text.slice(at, a.start);
    at = a.end;
  }
  return out + text.slice(at);
}

function unitDelta(a: TaskLike, b: TaskLike) {
  const ua = new Map((a.units ?? []).map((u) => [u.name, u.role ?? '']));
  const ub = new Map((b.units ?? []).map((u) => [u.name, u.role ?? '']));
  const unitsAdded = [...ub.keys()].filter((n) => !ua.has(n));
  const unitsRemoved = [...ua.keys()].filter((n) => !ub.has(n));
  const rolesChanged = [...ub.entries()]
    .filter(([n, r]) => ua.has(n) && ua.get(n) !== r)
    .map(([name, to]) => ({ name, from: ua.get(name)!, to }));
  return { unitsAdded, unitsRemoved, rolesChanged };
}

const SAME_NUMBER_MIN = 0.3;
const BY_TITLE_MIN = 0.6;

export function diffExtractions<T extends TaskLike>(oldTasks: T[], newTasks: T[]): TaskDiff<T>[] {
  const olds = Array.isArray(oldTasks) ? oldTasks.filter(Boolean) : [];
  const news = Array.isArray(newTasks) ? newTasks.filter(Boolean) : [];
  const pairOf = new Map<number, { o: number; by: 'number' | 'title' }>();
  const usedOld = new Set<number>();
  const key = (t: TaskLike) => `${t.section ?? ''}\u0000${t.number}`;
  const oText = olds.map(taskText);
  const nText = news.map(taskText);
  // 1. Same number in the same section, unless the content is plainly a different task
  //    (an inserted task shifts the numbers of everything after it).
  const oldByKey = new Map<string, number>();
  olds.forEach((t, i) => {
    if (!oldByKey.has(key(t))) oldByKey.set(key(t), i);
  });
  news.forEach((t, i) => {
    const o = oldByKey.get(key(t));
    if (o === undefined || usedOld.has(o)) return;
    const sim = Math.max(similarity(olds[o].title ?? '', t.title ?? ''), similarity(oText[o], nText[i]));
    if (sim >= SAME_NUMBER_MIN) {
      pairOf.set(i, { o, by: 'number' });
      usedOld.add(o);
    }
  });
  // 2. Best remaining title (or text) match, greedily by score.
  const cands: { i: number; o: number; s: number }[] = [];
  news.forEach((t, i) => {
    if (pairOf.has(i)) return;
    olds.forEach((ot, o) => {
      if (usedOld.has(o)) return;
      const s = Math.max(
        t.title && ot.title ? similarity(ot.title, t.title) : 0,
        similarity(oText[o], nText[i]) * 0.98,
      );
      if (s >= BY_TITLE_MIN) cands.push({ i, o, s });
    });
  });
  cands.sort((a, b) => b.s - a.s || a.i - b.i);
  for (const c of cands) {
    if (pairOf.has(c.i) || usedOld.has(c.o)) continue;
    pairOf.set(c.i, { o: c.o, by: 'title' });
    usedOld.add(c.o);
  }
  const out: TaskDiff<T>[] = [];
  news.forEach((t, i) => {
    const p = pairOf.get(i);
    if (!p) {
      out.push({
        kind: 'added', old: null, new: t, matchedBy: null, similarity: 0,
        textChanged: true, unitsChanged: (t.units ?? []).length > 0,
        unitsAdded: (t.units ?? []).map((u) => u.name), unitsRemoved: [], rolesChanged: [],
      });
      return;
    }
    const o = olds[p.o];
    const textChanged = norm(oText[p.o]) !== norm(nText[i]) || norm(o.title) !== norm(t.title);
    const d = unitDelta(o, t);
    const unitsChanged = d.unitsAdded.length + d.unitsRemoved.length + d.rolesChanged.length > 0;
    out.push({
      kind: textChanged ? 'reworded' : unitsChanged ? 'units_changed' : 'unchanged',
      old: o,
      new: t,
      matchedBy: p.by,
      similarity: textChanged ? similarity(oText[p.o], nText[i]) : 1,
      textChanged,
      unitsChanged,
      ...d,
    });
  });
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    out.push({
      kind: 'removed', old: o, new: null, matchedBy: null, similarity: 0,
      textChanged: true, unitsChanged: (o.units ?? []).length > 0,
      unitsAdded: [], unitsRemoved: (o.units ?? []).map((u) => u.name), rolesChanged: [],
    });
  });
  return out;
}
