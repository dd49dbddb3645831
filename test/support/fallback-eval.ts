// The sentence fallback (src/domain/document/fallback-targets.ts) measured on its own: it is called
// directly on every TUNED real document that has expected indicators (the normal parse is not
// consulted), and its indicator names are matched against the annotations as real-documents.ts
// matches them. Held-out documents are never read here.
// `npx tsx test/support/fallback-eval.ts` prints the totals; `… detail` adds a line per document.
import { normalise } from '../../src/domain/document/text';
import { simplifiedView } from '../../src/domain/document/script';
import { fallbackIndicators } from '../../src/domain/document/fallback-targets';
import { loadRealDocuments, nameMatch, prf, type Counts } from './real-documents';

export interface FallbackScore {
  file: string;
  layout: string;
  counts: Counts;
  extra: string[];
  missing: string[];
}

/** The fallback's names for a fixture text, in the document's own script. */
export function fallbackNames(text: string): string[] {
  const view = simplifiedView(normalise(text));
  return fallbackIndicators(view.text).map((i) => view.restore(i.name));
}

export function scoreFallback(): FallbackScore[] {
  return loadRealDocuments()
    .filter(({ doc }) => doc.split === 'tuned' && (doc.indicators?.length ?? 0) > 0)
    .map(({ doc, text }) => {
      const names = fallbackNames(text);
      const used = new Set<number>();
      const missing: string[] = [];
      let tp = 0;
      for (const w of doc.indicators!) {
        const j = names.findIndex((n, i) => !used.has(i) && nameMatch(w.name, n));
        if (j >= 0) {
          used.add(j);
          tp++;
        } else missing.push(w.name);
      }
      const extra = names.filter((_, i) => !used.has(i));
      return { file: doc.file, layout: doc.layout, counts: { tp, fp: names.length - tp, fn: doc.indicators!.length - tp }, extra, missing };
    });
}

export function total(scores: FallbackScore[]): Counts {
  return scores.reduce((a, s) => ({ tp: a.tp + s.counts.tp, fp: a.fp + s.counts.fp, fn: a.fn + s.counts.fn }), { tp: 0, fp: 0, fn: 0 });
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
function line(label: string, c: Counts, docs: number): string {
  const { p, r, f1 } = prf(c);
  return `${label.padEnd(22)} docs ${String(docs).padStart(3)} | names read ${c.tp + c.fp} right ${c.tp} of ${c.tp + c.fn} | P ${pct(p)} R ${pct(r)} F1 ${pct(f1)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const scores = scoreFallback();
  if (process.argv[2] === 'detail')
    for (const s of scores) {
      console.log(line(s.file.replace(/\.txt$/, ''), s.counts, 1));
      if (s.extra.length) console.log(`    extra   ${JSON.stringify(s.extra)}`);
      if (s.missing.length) console.log(`    missing ${JSON.stringify(s.missing)}`);
    }
  const goal = scores.filter((s) => s.layout.startsWith('goal-sentences'));
  console.log(line('tuned goal-sentences', total(goal), goal.length));
  console.log(line('tuned all', total(scores), scores.length));
}
