// Targets the parse did not take, offered to the office on the review screen (可能遗漏的指标).
//
// On every batch of documents the readers had not met, what failed was recall: goal sentences in a
// form no opening in tasks.ts knew (docs/import-doc.md, "Evidence"). Neither more rules nor a learned
// re-ranker closed that gap (measured there). The office reviews every draft before it commits it, so
// the review shows each sentence that reads as a quantified target and was not taken, and the office
// adds one with a click. Nothing here is committed unless the office adds it, so what the parse
// extracts keeps its precision.
import type { Goal, Indicator, Span, Target } from './types';
import { goalIndicators, targetQuestions } from './indicators';
import { readGoalClause } from './goal-reader';
import { acceptableName, indicatorName, sentences, sentenceYear, GOAL_MARK, OWN_YEAR, PAST_MARK, TARGET_SHAPE } from './fallback-targets';
import { sameName } from './owners';

export const SUGGESTION_CATEGORY = '可能遗漏';
export const SUGGESTION_QUESTION = '此指标由“可能遗漏的指标”加入，文中未作为目标读出：请核对名称、数值和年份';
/** A long document lists at most this many: past it the list is a second reading of the text, not a check. */
export const MAX_SUGGESTIONS = 60;
// An ordinal is no quantity: 第3项 numbers a task (2,000 rows of a task table each hold one).
const ORDINAL = /第\s*\d+/g;

// A comparison with the same period of the year before reports a result (货运量完成4.8亿吨,同比增长11.9%),
// unless the sentence also states intent (力争全年进出口同比增长5%).
const REPORTED = /同比/;
// The work done to what is counted opens a clause read alone (实施国省干线一级公路项目10个,
// 开展村村通双车道建设): the office is offered what is counted, not the verb, which would keep the name out.
const LEADING_WORK = /^(?:开展|实施|推进|加快|推动|完成|新建|改建|扩建|或|和|建成|培育|打造|新增|争创|引进)+/;

/** A target read from a sentence or a clause, with the span it was read from. */
interface Reading {
  name: string;
  target: Target;
  span: Span;
}

/**
 * Quantified targets in the sentences of `norm` (the text the parse reads) that none of `taken`
 * names: a sentence holding a number with a measure unit, read by the clause readers as if it
 * stated a goal. Its year is the one it names, else that of the goal covering it; a sentence of
 * an earlier year than the document's, or stating a fact of the past, is left out. The year is
 * null where none is written: the review asks for it before commit.
 */
export function suggestIndicators(norm: string, taken: Pick<Indicator, 'name' | 'targets' | 'span'>[], goals: Pick<Goal, 'year' | 'span'>[], docYear: number | null): Indicator[] {
  const read: Goal[] = [];
  for (const s of sentences(norm)) {
    if (!TARGET_SHAPE.test(s.text.replace(ORDINAL, '')) || PAST_MARK.test(s.text) || (REPORTED.test(s.text) && !GOAL_MARK.test(s.text))) continue;
    const end = s.at + s.text.length;
    // Its own year first (到2025年, 2024年, 今年 of the document's year), else the goal's that covers it.
    const covering = goals.find((g) => g.span[0] <= s.at && end <= g.span[1]);
    const year = OWN_YEAR.test(s.text) ? sentenceYear(s.text, null, docYear) : (covering?.year ?? null);
    if (year !== null && docYear !== null && year < docYear) continue;
    read.push({ year, text: s.text, span: [s.at, end] });
  }
  // The sentence readers' reading first; a clause read alone adds only what they did not name.
  const sentenceReadings = goalIndicators(read, norm).map((i) => ({ name: i.name, target: i.targets[0], span: i.span }));
  const found: Reading[] = [];
  for (const r of [...sentenceReadings, ...clauseByClause(read)]) {
    const name = indicatorName(r.name).replace(LEADING_WORK, '').replace(/建设$/, '');
    if (!acceptableName(name)) continue;
    if (taken.some((t) => sameName(t.name, name) || sameReading(t.targets, t.span, r)) || found.some((o) => sameName(o.name, name) || sameReading([o.target], o.span, r))) continue;
    found.push({ ...r, name });
  }
  // In the order of the text (two read from one clause stay in the order they were read).
  return found
    .sort((a, b) => a.span[0] - b.span[0])
    .slice(0, MAX_SUGGESTIONS)
    .map((r, k) => {
      const base: Indicator = { number: `S${k + 1}`, category: SUGGESTION_CATEGORY, name: r.name, unit: r.target.unit ?? '', baseline: null, targets: [r.target], span: r.span };
      return { ...base, questions: [SUGGESTION_QUESTION, ...targetQuestions(base)] };
    });
}

/** The same number and unit read in the same place under another name: taken already (by the parse, or by the other reader). */
function sameReading(targets: Target[], span: Span, r: Reading): boolean {
  const overlap = span[0] < r.span[1] && r.span[0] < span[1];
  return overlap && targets.some((x) => x.value !== null && x.value === r.target.value && x.unit === r.target.unit);
}

/**
 * Each clause read alone ("…，引进税收规模千万级企业20家、亿元级企业1家"): the sentence readers read a
 * clause in the light of the one before it, and name a list with its verb where a clause read alone
 * names each item.
 */
function clauseByClause(read: Goal[]): Reading[] {
  const out: Reading[] = [];
  for (const g of read) {
    let at = g.span[0];
    for (const clause of g.text.split(/(?<=[，,])/)) {
      const start = at;
      at += clause.length;
      for (const r of readGoalClause(clause, g.year)) out.push({ ...r, span: [start, at] });
    }
  }
  return out;
}
