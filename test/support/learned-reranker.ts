// A learned re-ranker for indicator names, tried on 2026-12-04 as the alternative to more rules
// (docs/import-doc.md, "Evidence"). Not used by the product: kept so the measurement can be re-run.
//
// Candidates: the indicators the parse extracts and the suggestions it lists (suggestions.ts). A
// logistic regression over hashed features of each candidate (its name's characters, the 16
// characters before it, cue words of its sentence and paragraph, its year against the document's)
// decides which to keep. Labels: the hand annotations of test/fixtures/documents/real, matched as
// the scorer matches names. Trained on the tuned split; the threshold is chosen by 5-fold
// cross-validation on the tuned split (grouped by document), then the held-out split is read once.
//
//   npx tsx test/support/learned-reranker.ts cv          cross-validation on the tuned split
//   npx tsx test/support/learned-reranker.ts held 0.98   train on tuned, read held-out once
import { parseDocument } from '../../src/domain/document/index';
import type { Indicator } from '../../src/domain/document/types';
import { loadRealDocuments, matchNames, prf } from './real-documents';

interface Row {
  f: number[];
  y: number;
  name: string;
  extracted: boolean;
}

const DIM = 1 << 18;
function hash(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 16777619);
  }
  return (x >>> 0) % DIM;
}

const CUES: [string, RegExp][] = [
  ['to-year', /到\s*\d{4}\s*年/],
  ['year-end', /\d{4}\s*年(?:底|末)?前/],
  ['strive', /力争|确保|争取|预计|计划|将/],
  ['goal', /目标/],
  ['done', /已|截至|截止|同比|去年|上年|累计完成|完成了|实现了|以来|前\d+?[个]?月|\d+\s*[-—至~]\s*\d+月|上半年|一季度/],
  ['intent', /要|应|必须|推动|加快/],
  ['above', /以上|以内|以下|左右|不低于|不少于|超过|突破/],
  ['reach', /达到|达|提高到|提升至|降至|降低|控制在|增长|新增|建成|培育/],
  ['pct', /%|％|百分点/],
  ['money', /亿元|万元/],
  ['grant', /给予|奖励|补助|资金/],
  ['quote', /“|”|《/],
  ['fact-year', /20[01]\d年|19\d\d年/],
];
const STOP = /[。；;！!？?\n]/;

function features(text: string, ind: Indicator, docYear: number): number[] {
  const f: number[] = [];
  const add = (k: string) => f.push(hash(k));
  const start = ind.span[0];
  let a = start;
  while (a > 0 && !STOP.test(text[a - 1])) a--;
  let b = start;
  while (b < text.length && !STOP.test(text[b])) b++;
  const sentence = text.slice(a, b);
  const before = text.slice(Math.max(a, start - 16), start);
  let p = a;
  while (p > 0 && text[p - 1] !== '\n') p--;
  const para = text.slice(p, a);
  add('bias');
  for (const [k, re] of CUES) {
    if (re.test(sentence)) add(`s:${k}`);
    if (re.test(before)) add(`b:${k}`);
    if (re.test(para)) add(`p:${k}`);
  }
  const years = [...sentence.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])).filter((y) => y > 1980 && y < 2100);
  add(years.length === 0 ? 'noyear' : Math.max(...years) > docYear ? 'y:future' : Math.max(...years) === docYear ? 'y:same' : 'y:past');
  const n = ind.name.replace(/\s/g, '');
  add(`len:${Math.min(12, Math.floor(n.length / 2))}`);
  for (let i = 0; i < n.length; i++) {
    add(`n1:${n[i]}`);
    if (i + 1 < n.length) add(`n2:${n.slice(i, i + 2)}`);
  }
  add(`nend:${n.slice(-1)}`);
  add(`nend2:${n.slice(-2)}`);
  for (let i = 0; i + 1 < before.length; i++) add(`b2:${before.slice(i, i + 2)}`);
  add(`pos:${Math.floor((start / Math.max(1, text.length)) * 5)}`);
  return f;
}

function train(rows: Row[], epochs = 30, l2 = 1e-4, rate = 0.1): Float64Array {
  const w = new Float64Array(DIM);
  const order = rows.map((_, i) => i);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const r = rows[i];
      const g = probability(w, r.f) - r.y;
      for (const k of r.f) w[k] -= rate * (g + l2 * w[k]);
    }
  }
  return w;
}

function probability(w: Float64Array, f: number[]): number {
  let z = 0;
  for (const k of f) z += w[k];
  return 1 / (1 + Math.exp(-z));
}

const docs = loadRealDocuments()
  .filter((d) => d.doc.indicators)
  .map(({ doc, text }) => {
    const x = parseDocument(text);
    const top = [...text.slice(0, 400).matchAll(/(20\d\d)/g)].map((m) => Number(m[1]));
    const docYear = top.length ? Math.max(...top) : 2020;
    const want = doc.indicators ?? [];
    const candidates = [...x.indicators.map((i) => [i, true] as const), ...(x.suggestions ?? []).map((i) => [i, false] as const)];
    // A candidate is right when an expected name took it (one to one, as the scorer matches).
    const right = new Set(matchNames(want, candidates.map(([i]) => i.name)));
    const rows: Row[] = candidates.map(([ind, extracted], k) => ({ f: features(text, ind, docYear), y: right.has(k) ? 1 : 0, name: ind.name, extracted }));
    return { split: doc.split, want, rows };
  });

function score(set: typeof docs, keep: (r: Row) => boolean): string {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const d of set) {
    const kept = d.rows.filter(keep).map((r) => r.name);
    const tp = matchNames(d.want, kept).filter((j) => j >= 0).length;
    c.tp += tp;
    c.fp += kept.length - tp;
    c.fn += d.want.length - tp;
  }
  const { p, r, f1 } = prf(c);
  return `P ${(p * 100).toFixed(1)}% R ${(r * 100).toFixed(1)}% F1 ${(f1 * 100).toFixed(1)}%`;
}

const tuned = docs.filter((d) => d.split === 'tuned');
const held = docs.filter((d) => d.split === 'heldout');
if (process.argv[2] === 'held') {
  const t = Number(process.argv[3]);
  const w = train(tuned.flatMap((d) => d.rows));
  console.log(`held-out, extracted only           ${score(held, (r) => r.extracted)}`);
  console.log(`held-out, re-ranker alone (t=${t})   ${score(held, (r) => probability(w, r.f) > t)}`);
  console.log(`held-out, extracted + re-ranked suggestions  ${score(held, (r) => r.extracted || probability(w, r.f) > t)}`);
} else {
  const folds = 5;
  const p = new Map<Row, number>();
  for (let k = 0; k < folds; k++) {
    const w = train(tuned.filter((_, i) => i % folds !== k).flatMap((d) => d.rows));
    for (const d of tuned.filter((_, i) => i % folds === k)) for (const r of d.rows) p.set(r, probability(w, r.f));
  }
  console.log(`tuned (5-fold), extracted only     ${score(tuned, (r) => r.extracted)}`);
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]) {
    console.log(`t=${t}: re-ranker alone ${score(tuned, (r) => p.get(r)! > t)} | extracted + re-ranked suggestions ${score(tuned, (r) => r.extracted || p.get(r)! > t)}`);
  }
}
