// Scoring of the importer on real public documents (test/fixtures/documents/real, see its
// README). Shared by the unit test that guards the numbers and by `npx tsx
// test/support/real-documents.ts` which prints the full table for the issue note.
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, type Extraction } from '../../src/domain/document/index';

export interface ExpectedUnit {
  name: string;
  role: 'lead' | 'support';
}
export interface ExpectedDoc {
  file: string;
  title?: string;
  docNumber?: string;
  source: string;
  date: string;
  province: string;
  layout: string;
  split: 'tuned' | 'heldout';
  /** The batch a document came in with (batches 17 on; earlier ones say so in their note). */
  batch?: number;
  relaid?: boolean;
  tasks: { number: string; units: ExpectedUnit[] }[];
  indicators?: { name: string; unit?: string; target?: { kind: string; value: number | null; year?: number } }[];
}

const dir = new URL('../fixtures/documents/real/', import.meta.url);

/** The fixture text without its `#` header lines (source address, date, layout). */
export function fixtureText(raw: string): string {
  const lines = raw.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) i++;
  return lines.slice(i).join('\n');
}

export function loadRealDocuments(): { doc: ExpectedDoc; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      doc: { file: f, ...(JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.json'), dir), 'utf8')) as Omit<ExpectedDoc, 'file'>) },
      text: fixtureText(readFileSync(new URL(f, dir), 'utf8')),
    }));
}

const squash = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：');

function normNumber(n: string): string {
  return squash(n).replace(/\*$/, '');
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface DocScore {
  doc: ExpectedDoc;
  x: Extraction;
  pairs: Counts;
  roles: { right: number; of: number };
  indicators: Counts | null;
  meta: { right: number; of: number };
  /** Expected names the review puts before the office: extracted, or listed as possibly missed (suggestions). */
  reach: { right: number; of: number };
  suggested: number;
  empty: boolean;
  missing: string[];
  extra: string[];
}

/** k-th occurrence of a number in the expected list ↔ k-th parsed task with that number. */
function keyed<T>(items: T[], num: (t: T) => string): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const it of items) {
    const n = normNumber(num(it));
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    out.set(`${n}#${k}`, it);
  }
  return out;
}

export function nameMatch(want: string, got: string): boolean {
  const a = squash(want);
  const b = squash(got);
  if (!a || !b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 2 && l.includes(s) && s.length / l.length >= 0.5;
}

/**
 * Expected names matched one to one with `got` (each expected name takes the first name not yet taken
 * that matches it): for each expected name the index it took in `got`, or -1.
 */
export function matchNames(want: { name: string }[], got: string[]): number[] {
  const used = new Set<number>();
  return want.map((w) => {
    const j = got.findIndex((n, idx) => !used.has(idx) && nameMatch(w.name, n));
    if (j >= 0) used.add(j);
    return j;
  });
}

export function scoreDocument(doc: ExpectedDoc, text: string, parse: (t: string) => Extraction = (t) => parseDocument(t)): DocScore {
  const x = parse(text);
  const want = keyed(doc.tasks, (t) => t.number);
  const got = keyed(x.tasks, (t) => t.number);
  const wantPairs = new Map<string, string>();
  const gotPairs = new Map<string, string>();
  for (const [k, t] of want) for (const u of t.units) wantPairs.set(`${k}|${squash(u.name)}`, u.role);
  let extraIdx = 0;
  for (const [k, t] of got) {
    const key = want.has(k) ? k : `extra${extraIdx++}`;
    for (const u of t.units) gotPairs.set(`${key}|${squash(u.name)}`, u.role);
  }
  let tp = 0;
  let rolesRight = 0;
  for (const [k, role] of gotPairs) {
    if (!wantPairs.has(k)) continue;
    tp++;
    if (wantPairs.get(k) === role) rolesRight++;
  }
  const missing = [...wantPairs.keys()].filter((k) => !gotPairs.has(k));
  const extra = [...gotPairs.keys()].filter((k) => !wantPairs.has(k));
  let indicators: Counts | null = null;
  let reach = { right: 0, of: 0 };
  if (doc.indicators) {
    const names = x.indicators.map((i) => i.name);
    const took = matchNames(doc.indicators, names);
    doc.indicators.forEach((w, k) => {
      if (took[k] < 0) missing.push(`indicator ${w.name}`);
    });
    const used = new Set(took.filter((j) => j >= 0));
    names.forEach((n, idx) => {
      if (!used.has(idx)) extra.push(`indicator ${n}`);
    });
    indicators = { tp: used.size, fp: names.length - used.size, fn: doc.indicators.length - used.size };
    // The same matching over the extracted names and then the suggested ones.
    const offered = matchNames(doc.indicators, [...names, ...(x.suggestions ?? []).map((i) => i.name)]);
    reach = { right: offered.filter((j) => j >= 0).length, of: doc.indicators.length };
  }
  const meta = { right: 0, of: 0 };
  const check = (want: string | undefined, got: string | null | undefined, what: string) => {
    if (want === undefined) return;
    meta.of++;
    if (squash(want) === squash(got ?? '')) meta.right++;
    else missing.push(`${what} ${want} (got ${got ?? 'null'})`);
  };
  check(doc.title, x.meta.title, 'title');
  check(doc.docNumber, x.meta.docNumber, 'docNumber');
  const expectsSomething = doc.tasks.length > 0 || (doc.indicators?.length ?? 0) > 0;
  return {
    doc,
    x,
    pairs: { tp, fp: gotPairs.size - tp, fn: wantPairs.size - tp },
    roles: { right: rolesRight, of: tp },
    indicators,
    meta,
    reach,
    suggested: x.suggestions?.length ?? 0,
    empty: expectsSomething && x.tasks.length === 0 && x.indicators.length === 0,
    missing,
    extra,
  };
}

export interface Summary {
  docs: number;
  pairs: Counts;
  roles: { right: number; of: number };
  indicators: Counts;
  meta: { right: number; of: number };
  reach: { right: number; of: number };
  suggested: number;
  empty: string[];
}

export function summarise(scores: DocScore[]): Summary {
  const s: Summary = { docs: scores.length, pairs: { tp: 0, fp: 0, fn: 0 }, roles: { right: 0, of: 0 }, indicators: { tp: 0, fp: 0, fn: 0 }, meta: { right: 0, of: 0 }, reach: { right: 0, of: 0 }, suggested: 0, empty: [] };
  for (const r of scores) {
    s.pairs.tp += r.pairs.tp;
    s.pairs.fp += r.pairs.fp;
    s.pairs.fn += r.pairs.fn;
    s.roles.right += r.roles.right;
    s.roles.of += r.roles.of;
    if (r.indicators) {
      s.indicators.tp += r.indicators.tp;
      s.indicators.fp += r.indicators.fp;
      s.indicators.fn += r.indicators.fn;
    }
    s.meta.right += r.meta.right;
    s.meta.of += r.meta.of;
    s.reach.right += r.reach.right;
    s.reach.of += r.reach.of;
    s.suggested += r.suggested;
    if (r.empty) s.empty.push(r.doc.file);
  }
  return s;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(6);

export function summaryLine(label: string, s: Summary): string {
  const a = prf(s.pairs);
  const i = prf(s.indicators);
  const role = s.roles.of ? s.roles.right / s.roles.of : 1;
  return (
    `${label.padEnd(26)} docs ${String(s.docs).padStart(2)} | task–unit P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f1)} (${s.pairs.tp + s.pairs.fn}) ` +
    `| role ${pct(role)} | indicators P ${pct(i.p)} R ${pct(i.r)} F1 ${pct(i.f1)} (${s.indicators.tp + s.indicators.fn}) ` +
    `| title/文号 ${s.meta.right}/${s.meta.of} | in review ${pct(s.reach.of ? s.reach.right / s.reach.of : 1)} (${s.suggested} suggested) ` +
    `| empty ${s.empty.length ? s.empty.join(',') : '0'}`
  );
}

export function report(scores: DocScore[]): string {
  const out: string[] = [];
  const groups = new Map<string, DocScore[]>();
  for (const r of scores) {
    const g = groups.get(r.doc.layout) ?? [];
    g.push(r);
    groups.set(r.doc.layout, g);
  }
  for (const [layout, g] of [...groups].sort()) out.push(summaryLine(`layout ${layout}`, summarise(g)));
  const batches = [...new Set(scores.map((r) => r.doc.batch).filter((b): b is number => b !== undefined))].sort((x, y) => x - y);
  for (const b of batches) {
    const of = scores.filter((r) => r.doc.batch === b);
    out.push(summaryLine(`batch ${b} (${[...new Set(of.map((r) => r.doc.split))].join('/')})`, summarise(of)));
  }
  out.push(summaryLine('split tuned', summarise(scores.filter((r) => r.doc.split === 'tuned'))));
  out.push(summaryLine('split heldout', summarise(scores.filter((r) => r.doc.split === 'heldout'))));
  out.push(summaryLine('OVERALL', summarise(scores)));
  return out.join('\n');
}

export function details(scores: DocScore[]): string {
  return scores
    .map((r) => {
      const head = summaryLine(r.doc.file.replace(/\.txt$/, ''), summarise([r]));
      const miss = r.missing.length ? `\n    missing ${JSON.stringify(r.missing)}` : '';
      const extra = r.extra.length ? `\n    extra   ${JSON.stringify(r.extra)}` : '';
      return head + miss + extra;
    })
    .join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const scores = loadRealDocuments().map(({ doc, text }) => scoreDocument(doc, text));
  const which = process.argv[2];
  if (which === 'totals') {
    // `totals a,b,c [label]`: one line for the named documents (a held-out batch) and the split
    // totals, with no per-document detail, so a batch can be measured without its misses being seen.
    const names = (process.argv[3] ?? '').split(',');
    console.log(summaryLine(process.argv[4] ?? 'batch', summarise(scores.filter((s) => names.includes(s.doc.file.replace(/\.txt$/, ''))))));
    for (const split of ['tuned', 'heldout'] as const) console.log(summaryLine(`split ${split}`, summarise(scores.filter((s) => s.doc.split === split))));
    console.log(summaryLine('OVERALL', summarise(scores)));
  } else {
    const shown = which ? scores.filter((s) => s.doc.split === which) : scores;
    console.log(details(shown));
    console.log(report(scores));
  }
}
