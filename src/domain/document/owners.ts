// Who owes an imported indicator's data, and which indicators say the same thing twice.
// Pure: the review screen calls these on the importer's JSON (issue 17, problem 2).
import type { DocumentMeta, Indicator, Task } from './types';

/** Words every indicator name shares; they say nothing about which task it belongs to. */
const GENERIC = /(增长率|增速|总额|总量|总值|数量|规模|能力|水平|比例|比重|占比|个数|（[^）]*）|\([^)]*\))/g;

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s，。、；：“”"'（）()%]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** How much of the indicator's name a task's title and text repeat (0…1). */
function nameCover(name: string, taskText: string): number {
  const core = name.replace(GENERIC, '');
  const grams = bigrams(core.length >= 3 ? core : name);
  if (!grams.size) return 0;
  let hit = 0;
  for (const g of grams) if (taskText.includes(g)) hit++;
  return hit / grams.size;
}

export interface OwnerSuggestion {
  /** Unit names as the tasks spell them, most likely first (lead units of the best-matching tasks). */
  units: string[];
  /** Task numbers the suggestion comes from. */
  tasks: string[];
}

/**
 * Suggests the responsible units of an indicator from the tasks that name it: the lead units of
 * the tasks whose title and text repeat most of the indicator's name (at least 60 % of its
 * character pairs, generic words such as 增长率 or 能力 left out). Empty when no task names it.
 */
export function suggestOwners(ind: Pick<Indicator, 'name'>, tasks: Pick<Task, 'number' | 'title' | 'text' | 'units'>[]): OwnerSuggestion {
  const scored = tasks
    .map((t) => ({ t, score: nameCover(ind.name, `${t.title}${t.text}`) }))
    .filter((x) => x.score >= 0.6 && x.t.units.length)
    .sort((a, b) => b.score - a.score);
  if (!scored.length) return { units: [], tasks: [] };
  const best = scored[0].score;
  const top = scored.filter((x) => x.score >= best - 0.1);
  const units: string[] = [];
  for (const { t } of top) for (const u of t.units) if (u.role === 'lead' && !u.collective && !units.includes(u.name)) units.push(u.name);
  return { units, tasks: top.map((x) => x.t.number) };
}

/**
 * The zone the plan's issuer speaks for: a zone whose name appears in the issuer or the title
 * (重庆市渝北区人民政府办公室 → 渝北区). Of several, the most specific: a zone whose child also
 * matches is left out, then the one named last (a Chinese address narrows left to right).
 */
export function suggestZones<Z extends { id: string; name: string; parentId?: string | null }>(meta: Pick<DocumentMeta, 'issuer' | 'title'>, zones: Z[]): Z[] {
  const where = `${meta.issuer ?? ''}${meta.title}`;
  let hits = zones.filter((z) => z.name.length >= 2 && where.includes(z.name));
  const parents = new Set(hits.map((z) => z.parentId).filter(Boolean));
  hits = hits.filter((z) => !parents.has(z.id));
  if (hits.length < 2) return hits;
  const at = (z: Z) => where.lastIndexOf(z.name);
  const last = Math.max(...hits.map(at));
  return hits.filter((z) => at(z) === last);
}

/** The same indicator named twice: equal, or one holding the other (four characters at least). */
export function sameName(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/[\s（）()]/g, '');
  const x = squash(a);
  const y = squash(b);
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
}

/**
 * Goal-sentence indicators (G1, G2, …) that repeat an indicator of a table: same name (or one
 * containing the other) and no target the table does not already state. Returns, by the goal
 * indicator's index, the index of the table indicator it repeats.
 */
export function findDuplicateIndicators(list: Pick<Indicator, 'number' | 'name' | 'targets'>[]): Map<number, number> {
  const out = new Map<number, number>();
  list.forEach((g, gi) => {
    if (!/^G\d+$/.test(g.number)) return;
    const ti = list.findIndex((t, i) => i !== gi && !/^G\d+$/.test(t.number) && sameName(t.name, g.name));
    if (ti >= 0) out.set(gi, ti);
  });
  return out;
}

/** One indicator out of two: the first keeps its reading; the second adds only targets of years the first has not. */
export function mergeIndicators<T extends Pick<Indicator, 'targets' | 'baseline'>>(keep: T, drop: Pick<Indicator, 'targets' | 'baseline'>): T {
  const years = new Set(keep.targets.map((t) => t.year));
  return { ...keep, baseline: keep.baseline ?? drop.baseline, targets: [...keep.targets, ...drop.targets.filter((t) => !years.has(t.year))] };
}
