// The last reader: quantified targets read from sentences, for a document in which the parse found
// neither tasks nor indicators (a news report, a page of goal sentences in a form the openings in
// tasks.ts do not know). It runs only then, so what the other readers find is never touched, and it
// is conservative: a sentence is read only where it states a goal (a horizon 到YYYY年, a word of
// intent, 目标) and states no fact of the past (截至, 已, 去年 …); the clause readers of indicators.ts
// name the targets; a name that is long, holds a verb or a number, or is no name is dropped.
import type { Goal, Indicator } from './types';
import { goalIndicators, targetQuestions } from './indicators';
import { implausibleName } from './goal-reader';

export const FALLBACK_CATEGORY = '句中目标';
export const FALLBACK_QUESTION = '文中未找到任务或指标表，此指标由句中的目标读出：请核对名称、数值和年份';

// A number with a measure unit: what a target states.
export const TARGET_SHAPE = /\d(?:\.\d+)?\s*(?:万|亿|千)?(?:%|％|个百分点|个|家|条|项|列|班|座|艘|架|台|户|人|次|件|辆|处|所|批|组|名|位|吨|美元|元|公里|亩|平方|立方|微克|标箱|标准箱|TEU)/;
// What says the sentence is a goal: a horizon, a word of intent, the word 目标 itself.
// 建成后 (once a project is built, what it is to do) is a horizon without a year.
export const GOAL_MARK = /(?:到|至)\s?(?:19|20)\d{2}\s?年|力争|确保|争取|目标|计划|届时|将(?!近)|今年|明年|[一二三四五六七八九十]{1,2}五[”"]?(?:期间|时期|末)|建成(?:投产|投用|运营|使用)?后|指标(?:体系)?安排|(?:主要|重点)任务(?:是|为|包括|有)?[:：]/;
// What says it is a fact of the past (or of the present); the months of the year so far (今年1-7月) too.
export const PAST_MARK = /截至|截止|目前|当前|回顾|已经|(?<![\d.])(?:1|一)\s?[-—~～至]\s?(?:\d{1,2}|[二三四五六七八九十]{1,2})\s?月|已[达有建成经完形实累]|去年|(?<!比)上年|上半年|完成了|实现了|达到了|增长了|共有|现有|拥有|过去|以来|期间[，,]?[^，,。]*(?:累计|共)/;
// A clause opening with a plan: 计划 / 拟 / 力争 / 确保 / 争取 after a comma.
const PLAN_CLAUSE = /(?<=[，,])(?:计划|拟|力争|确保|争取)/;
// Verbs a name must not hold: it would be a clause, not the thing measured.
const VERB_IN_NAME = /建设(?!规模|投资)|推进|实施|开展|加快|推动|打造|培育|形成|建立|完善|实现|达到|突破|超过|引进(?![\u4e00-\u9fa5]{0,4}(?:资金|外资|内资))|开通|建成|新建|力争|确保|争取|支持|鼓励|提升|提高|促进|加强|推广|提出|提请|取消|下放|安排|超计划|已|了/;
const MAX_NAME = 20;
const SITE_SIZE = /(?:占地|(?:规划|建筑|用地|占地)面积)$/;
// A horizon (到2025年): the year a goal sentence is for, and the one later sentences keep.
const HORIZON = /(?:到|至)\s?((?:19|20)\d{2})\s?年/;
export const OWN_YEAR = /(?:19|20)\d{2}\s?年|今年|明年/;
// A year's plan opening a sentence (2021年，海南将…): the year later sentences keep, as a horizon's.
const YEAR_PLAN = /^((?:19|20)\d{2})\s?年[，,]\s*[^，,。；;\d]{0,12}?(?:将(?!近)|要|计划|力争|确保|争取)/;
const NAME_LEAD = /^(?:届时|计划|目标(?:是|为)?|今年|明年|全年|[“"]?[一二三四五六七八九十]{1,2}五[”"]?(?:期间|时期|末))*(?:全国|全省|全市|全区|全县)?(?=[\u4e00-\u9fa5A-Za-z“"]{2})/;

export interface Sentence {
  text: string;
  at: number;
  /** Whether it opens a paragraph (nothing but blanks before it on its line). */
  opens: boolean;
}

/** The sentences of a text (ending at 。！？；, a line break or the end), each with where it starts. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?；;\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    const opens = m.index === 0 || text[m.index - 1] === '\n';
    if (body) out.push({ text: body, at: m.index + lead, opens });
  }
  return out;
}

/**
 * The year a goal sentence is for: its horizon, else a year it names, else 今年 / 明年 of the document's
 * year, else the last horizon before it, else the document's year.
 */
export function sentenceYear(sentence: string, before: number | null, docYear: number | null): number | null {
  const horizon = sentence.match(HORIZON);
  if (horizon) return Number(horizon[1]);
  const named = sentence.match(/((?:19|20)\d{2})\s?年/);
  if (named) return Number(named[1]);
  // 今年 and 明年 are of the year the document was written.
  if (docYear !== null && /今年|明年/.test(sentence)) return /明年/.test(sentence) ? docYear + 1 : docYear;
  return before ?? docYear;
}

/** Whether a name read by the clause readers may stand as the name of an indicator found this way. */
export function acceptableName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_NAME &&
    !implausibleName(name) &&
    !VERB_IN_NAME.test(name) &&
    !/(?:19|20)\d{2}|\d\s*[%％年]/.test(name) &&
    // (A short alternative in brackets inside a name, 国考(省考)断面 / 县(市)…, is part of it.)
    !/[，,；;：:、“”"（）()]/.test(name.replace(/(?<=[\u4e00-\u9fa5A-Za-z])[（(][\u4e00-\u9fa5]{1,4}[)）](?=[\u4e00-\u9fa5A-Za-z])/g, '')) &&
    !/^[其也]/.test(name) &&
    // The size of a site (园区总体规划占地4800亩，建筑面积320万平方米) describes a project, not a target of it.
    !SITE_SIZE.test(name)
  );
}

/**
 * A name as the clause readers give it, cleaned: "快递业务量比上年增长10%": the base of the comparison
 * belongs to the target, not the name; "届时全区快递业务量": a word of time or intent and the scope
 * after it open the sentence, not the name.
 */
export function indicatorName(read: string): string {
  return read.replace(/(?:比上年|较上年|同比)$/, '').replace(NAME_LEAD, '');
}

/**
 * Indicators read from the goal sentences of a text (normalised, simplified: the text the parse
 * reads), each with a span on its clause. `docYear` is the year of a sentence with no year of its
 * own and none before it.
 */
export function fallbackIndicators(norm: string, docYear: number | null = null): Indicator[] {
  const goals: Goal[] = [];
  let horizon: number | null = null;
  // A goal stated in one sentence goes on in the sentences after it in its paragraph
  // (到2025年，A达到…。B突破…。), up to a fact of the past.
  let going = false;
  // The year of the sentence that opened the goal going on: "2021年…指标体系安排,具体为:…；…；" gives
  // its year to the items after it that name none.
  let runYear: number | null = null;
  for (const s of sentences(norm)) {
    const own = OWN_YEAR.test(s.text);
    let year = sentenceYear(s.text, horizon, docYear);
    const h = s.text.match(HORIZON) ?? s.text.match(YEAR_PLAN);
    if (h) horizon = Number(h[1]);
    // "今年以来，…，计划融资56亿元打造…": a sentence opened by a review of the year so far may go on
    // to a plan in a clause of its own (计划 / 拟 / 力争 …); that clause and what follows are read when
    // they state no fact themselves.
    const planAt = s.text.search(PLAN_CLAUSE);
    const text = planAt > 0 && PAST_MARK.test(s.text) ? s.text.slice(planAt) : s.text;
    const past = PAST_MARK.test(text);
    // (runYear is set only while a goal goes on.)
    if (!own && !s.opens && runYear !== null) year = runYear;
    going = !past && (GOAL_MARK.test(text) || (going && !s.opens));
    runYear = going ? year : null;
    if (!going || !TARGET_SHAPE.test(text)) continue;
    // A year before the document's is a year of the past (2029年将完成… in a page of 2031).
    if (year !== null && docYear !== null && year < docYear) continue;
    const at = s.at + s.text.length - text.length;
    goals.push({ year, text, span: [at, at + text.length] });
  }
  const read = goalIndicators(goals, norm);
  const seen = new Set<string>();
  const out: Indicator[] = [];
  for (const ind of read) {
    const name = indicatorName(ind.name);
    if (seen.has(name) || !acceptableName(name)) continue;
    seen.add(name);
    const base = { ...ind, name, number: `F${out.length + 1}`, category: FALLBACK_CATEGORY };
    out.push({ ...base, questions: [FALLBACK_QUESTION, ...targetQuestions(base)] });
  }
  return out;
}
