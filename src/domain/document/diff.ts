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
  /**
   * The new text says what the last import said, and the plan differs only because someone
   * fixed it by hand since (or, for `removed`, added the task by hand): applying the change
   * would undo that fix. False when no baseline was given.
   */
  undoesManualFix: boolean;
}

export interface DiffOptions {
  /**
   * One key per unit, so a unit named by its alias in one text and by its name in the other
   * (区经信委 / 区经济信息委) is the same unit, not a reassignment. Default: the name itself.
   */
  unitKey?: (name: string) => string;
  /** The tasks as the plan's last committed import read them: what a manual fix is measured against. */
  baseline?: TaskLike[];
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

interface Profile {
  norm: string;
  grams: Map<string, number>;
  total: number;
}

function profile(s: string): Profile {
  const n = norm(s);
  const grams = bigrams(n);
  let total = 0;
  for (const v of grams.values()) total += v;
  return { norm: n, grams, total };
}

function dice(a: Profile, b: Profile): number {
  if (!a.norm && !b.norm) return 1;
  if (!a.norm || !b.norm) return 0;
  if (a.norm === b.norm) return 1;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let inter = 0;
  for (const [g, v] of small.grams) inter += Math.min(v, large.grams.get(g) ?? 0);
  return a.total + b.total ? (2 * inter) / (a.total + b.total) : 0;
}

/** Dice coefficient over character bigrams; works for Chinese without segmentation. */
export function similarity(a: string, b: string): number {
  return dice(profile(a), profile(b));
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

function unitDelta(a: TaskLike, b: TaskLike, unitKey: (name: string) => string = (n) => n) {
  // Keyed by unit, named as each text names it.
  const ua = new Map((a.units ?? []).map((u) => [unitKey(u.name), { name: u.name, role: u.role ?? '' }]));
  const ub = new Map((b.units ?? []).map((u) => [unitKey(u.name), { name: u.name, role: u.role ?? '' }]));
  const unitsAdded = [...ub.entries()].filter(([k]) => !ua.has(k)).map(([, u]) => u.name);
  const unitsRemoved = [...ua.entries()].filter(([k]) => !ub.has(k)).map(([, u]) => u.name);
  const rolesChanged = [...ub.entries()]
    .filter(([k, u]) => ua.has(k) && ua.get(k)!.role !== u.role)
    .map(([k, u]) => ({ name: u.name, from: ua.get(k)!.role, to: u.role }));
  return { unitsAdded, unitsRemoved, rolesChanged };
}

const sameWords = (a: TaskLike, b: TaskLike) => norm(taskText(a)) === norm(taskText(b)) && norm(a.title) === norm(b.title);
const sameUnits = (a: TaskLike, b: TaskLike, unitKey?: (name: string) => string) => {
  const d = unitDelta(a, b, unitKey);
  return d.unitsAdded.length + d.unitsRemoved.length + d.rolesChanged.length === 0;
};

/** Same number in the same section: enough if the content is at least loosely alike. */
const SAME_NUMBER_MIN = 0.3;
/** Different number: the title or wording must be clearly the same task. */
const BY_TITLE_MIN = 0.6;
/** Preference for keeping a number, small enough that an identical text elsewhere wins. */
const SAME_NUMBER_BONUS = 0.25;

export function diffExtractions<T extends TaskLike>(oldTasks: T[], newTasks: T[], options: DiffOptions = {}): TaskDiff<T>[] {
  const { unitKey, baseline } = options;
  const olds = Array.isArray(oldTasks) ? oldTasks.filter(Boolean) : [];
  const news = Array.isArray(newTasks) ? newTasks.filter(Boolean) : [];
  const key = (t: TaskLike) => `${t.section ?? ''}\u0000${t.number}`;
  const oText = olds.map(taskText);
  const nText = news.map(taskText);
  const oProf = oText.map(profile);
  const nProf = nText.map(profile);
  const oTitle = olds.map((t) => profile(t.title ?? ''));
  const nTitle = news.map((t) => profile(t.title ?? ''));
  // One greedy assignment over all pairs: an inserted task shifts the numbers after it, so
  // "same number" is only a tie-breaker on top of how alike the two tasks read.
  const cands: { i: number; o: number; score: number; by: 'number' | 'title' }[] = [];
  news.forEach((t, i) => {
    olds.forEach((ot, o) => {
      const titleSim = t.title && ot.title ? dice(oTitle[o], nTitle[i]) : 0;
      const sim = Math.max(titleSim, dice(oProf[o], nProf[i]) * 0.98);
      const same = key(t) === key(ot);
      if (same ? sim >= SAME_NUMBER_MIN : sim >= BY_TITLE_MIN) {
        cands.push({ i, o, score: sim + (same ? SAME_NUMBER_BONUS : 0), by: same ? 'number' : 'title' });
      }
    });
  });
  // Stable sort over candidates pushed in (new, old) order: equal scores go to the earlier new
  // task, then the earlier old one.
  cands.sort((a, b) => b.score - a.score);
  const pairOf = new Map<number, { o: number; by: 'number' | 'title' }>();
  const usedOld = new Set<number>();
  for (const c of cands) {
    if (pairOf.has(c.i) || usedOld.has(c.o)) continue;
    pairOf.set(c.i, { o: c.o, by: c.by });
    usedOld.add(c.o);
  }
  // The last import's reading of a task, found by its place (section and number).
  const base = new Map((Array.isArray(baseline) ? baseline.filter(Boolean) : []).map((t) => [key(t), t]));
  const out: TaskDiff<T>[] = [];
  news.forEach((t, i) => {
    const p = pairOf.get(i);
    if (!p) {
      out.push({
        kind: 'added', old: null, new: t, matchedBy: null, similarity: 0,
        textChanged: true, unitsChanged: (t.units ?? []).length > 0,
        unitsAdded: (t.units ?? []).map((u) => u.name), unitsRemoved: [], rolesChanged: [], undoesManualFix: false,
      });
      return;
    }
    const o = olds[p.o];
    const textChanged = norm(oText[p.o]) !== norm(nText[i]) || norm(o.title) !== norm(t.title);
    const d = unitDelta(o, t, unitKey);
    const unitsChanged = d.unitsAdded.length + d.unitsRemoved.length + d.rolesChanged.length > 0;
    // Every part that would change reads as the last import read it: the plan was fixed by hand since.
    const b = base.get(key(o)) ?? base.get(key(t));
    const undoesManualFix = !!b && (textChanged || unitsChanged) && (!textChanged || sameWords(b, t)) && (!unitsChanged || sameUnits(b, t, unitKey));
    out.push({
      kind: textChanged ? 'reworded' : unitsChanged ? 'units_changed' : 'unchanged',
      old: o,
      new: t,
      matchedBy: p.by,
      similarity: textChanged ? dice(oProf[p.o], nProf[i]) : 1,
      textChanged,
      unitsChanged,
      ...d,
      undoesManualFix,
    });
  });
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    out.push({
      kind: 'removed', old: o, new: null, matchedBy: null, similarity: 0,
      textChanged: true, unitsChanged: (o.units ?? []).length > 0,
      unitsAdded: [], unitsRemoved: (o.units ?? []).map((u) => u.name), rolesChanged: [],
      // A task the last import did not have was added by hand: the new text cannot know it.
      undoesManualFix: base.size > 0 && !base.has(key(o)),
    });
  });
  return out;
}
