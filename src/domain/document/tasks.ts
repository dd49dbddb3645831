import type { Goal, Task, TaskKind } from './types';
import { cleanBlock, trimRange, type Line } from './text';
import { headingOf, headingTitle, type SectionNode } from './sections';
import { unitsOfText } from './units';
import { findDeadlines } from './deadlines';
import { generalGoalOpenings, statesTarget } from './goal-reader';
import { besideOpenings, goalOpenings, periodGoalOpenings, PUSHED_YEAR, sectionGoalYear, spanOpenings, undatedGoalOpenings, wholeYearTargets, yearOpeningsWithout到 } from './indicators';

const SAFEGUARD_CTX = /保障措施|保障机制|工作保障|组织保障|实施保障|保障体系|组织实施|工作要求|政策保障|推进机制|组织领导|保障$/;
const TASK_CTX = /重点任务|主要任务|工作任务|任务措施|重点工作|主要工作|工作措施|重点举措|主要举措|具体措施|主要措施|任务分工|工作重点|行动任务|重点行动|主要内容|工作内容|实施内容/;
const NARRATIVE = /总体要求|指导思想|基本原则|工作原则|发展目标|主要目标|工作目标|总体目标|目标任务|预期目标|功能定位|总体思路|重要意义|发展基础|发展现状|面临形势|形势分析|背景|适用范围|编制依据|战略定位|总体定位|发展定位|^目标$|远景/;
const GOAL_SECTION = /发展目标|主要目标|工作目标|总体目标|目标任务|预期目标|^目标|远景目标|阶段目标/;

function ctxTitle(n: SectionNode): string {
  return n.title.replace(/\s+/g, '');
}

function isSafeguardCtx(n: SectionNode): boolean {
  const t = ctxTitle(n);
  return t.length <= 16 && SAFEGUARD_CTX.test(t);
}

function isTaskCtx(n: SectionNode): boolean {
  const t = ctxTitle(n);
  return t.length <= 16 && !isSafeguardCtx(n) && TASK_CTX.test(t);
}

function isNarrative(n: SectionNode): boolean {
  const t = ctxTitle(n);
  return t.length <= 20 && NARRATIVE.test(t);
}

function underNarrative(n: SectionNode): boolean {
  for (let p: SectionNode | null = n; p; p = p.parent) if (isNarrative(p)) return true;
  return false;
}

function descendants(root: SectionNode): SectionNode[] {
  const out: SectionNode[] = [];
  const walk = (n: SectionNode) => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

// Task selection asks the same question of a heading several times; nodes are per-parse
// objects, so a WeakMap memo cannot outlive the parse.
const ownUnitsMemo = new WeakMap<SectionNode, number>();

function ownUnitsCount(norm: string, n: SectionNode): number {
  let k = ownUnitsMemo.get(n);
  if (k === undefined) {
    k = unitsOfText(norm.slice(n.bodyStart, n.ownEnd)).units.length;
    ownUnitsMemo.set(n, k);
  }
  return k;
}

/**
 * "1.完善应急预案体系 / （1）… / （4）… / （责任单位：…）": a units bracket on a line of its own after
 * the last sub-item, none of whose siblings carry units, closes the parent item: the item is the
 * task and the sub-items are its measures. Returns those last sub-items.
 */
function closingAnnotations(norm: string, desc: SectionNode[]): Set<SectionNode> {
  const out = new Set<SectionNode>();
  for (const p of desc) {
    const kids = p.children;
    if (kids.length < 2 || ownUnitsCount(norm, p) > 0) continue;
    const last = kids[kids.length - 1];
    if (last.children.length || kids.slice(0, -1).some((k) => ownUnitsCount(norm, k) > 0)) continue;
    // ownEnd is trimmed already: the own text ends with its last character.
    const own = norm.slice(last.bodyStart, last.ownEnd);
    const nl = own.lastIndexOf('\n');
    const tail = own.slice(nl + 1).trim();
    if (nl < 0 || !/^[（(〔【][^\n]*[）)〕】]$/.test(tail)) continue;
    if (!unitsOfText(tail).units.length || unitsOfText(own.slice(0, nl)).units.length) continue;
    out.add(last);
  }
  return out;
}

/**
 * Which numbered items under a task/safeguard heading are the tasks: the heading style that
 * carries the responsibility annotations (seed 000: the 1. items under each （一） group),
 * or when nothing is annotated, the items directly below the heading.
 */
function pickTasks(norm: string, root: SectionNode): SectionNode[] {
  const desc = descendants(root);
  const withUnits = new Set<SectionNode>();
  const byRank = new Map<number, number>();
  const closing = closingAnnotations(norm, desc);
  for (const d of desc) {
    if (closing.has(d)) continue;
    if (ownUnitsCount(norm, d) > 0 || closing.has(d.children[d.children.length - 1])) {
      withUnits.add(d);
      byRank.set(d.rank, (byRank.get(d.rank) ?? 0) + 1);
    }
  }
  // Nothing annotated: every item directly below the heading is a task, whatever its style
  // ("1. …" before "（一）…" was dropped when only the outer style counted).
  if (!byRank.size) return [...root.children];
  // Ancestors (within the root) of every node matching a predicate, by walking up once per
  // node: keeps the choice linear in the number of headings.
  const ancestorsOf = (pred: (d: SectionNode) => boolean): Set<SectionNode> => {
    const out = new Set<SectionNode>();
    for (const d of desc) {
      if (!pred(d)) continue;
      for (let p = d.parent; p && p !== root && !out.has(p); p = p.parent) out.add(p);
    }
    return out;
  };
  // The first count beats best = 0, so the starting rank is never compared.
  let best = 0;
  let rank = 0;
  for (const [r, count] of byRank) if (count > best || (count === best && r > rank)) (best = count), (rank = r);
  // Units on group headings whose numbered items carry none: the items are the tasks and
  // inherit the group's units (makeTask looks up the ancestors). The bearers of the chosen
  // rank are never none.
  const hasUnitsBelow = ancestorsOf((d) => withUnits.has(d));
  const bearers = [...withUnits].filter((d) => d.rank === rank);
  const closed = (b: SectionNode) => closing.has(b.children[b.children.length - 1]);
  if (bearers.every((b) => b.children.length > 0 && !hasUnitsBelow.has(b) && !closed(b))) {
    rank = Math.min(...bearers.flatMap((b) => b.children.map((c) => c.rank)));
  }
  const r = rank;
  const hasTaskBelow = ancestorsOf((d) => d.rank === r);
  const chosen = new Set<SectionNode>();
  for (const d of desc) {
    if (hasAncestorIn(d, chosen)) continue;
    if (d.rank === rank) chosen.add(d);
    else if (d.rank < rank && !hasTaskBelow.has(d) && (withUnits.has(d) || d.children.length === 0)) chosen.add(d);
    else if (d.rank > rank && withUnits.has(d)) chosen.add(d);
  }
  return [...chosen];
}

function hasAncestorIn(n: SectionNode, set: { has(x: SectionNode): boolean }): boolean {
  for (let p = n.parent; p; p = p.parent) if (set.has(p)) return true;
  return false;
}

export interface TaskBuildResult {
  tasks: Task[];
  unitAnnotations: number;
}

function contextYearOf(n: SectionNode, docYear: number | null): number | null {
  for (let p: SectionNode | null = n; p; p = p.parent) {
    const m = p.title.match(/((?:19|20)\d{2})年/);
    if (m) return Number(m[1]);
  }
  return docYear;
}

function makeTask(norm: string, n: SectionNode, kind: TaskKind, docYear: number | null): Task {
  const [s, e] = trimRange(norm, n.bodyStart, n.span[1]);
  const body = norm.slice(s, e);
  const { units, annotations } = unitsOfText(body);
  let taskUnits = units;
  // A group heading's annotation covers items that carry none of their own.
  for (let p = n.parent; p && !taskUnits.length; p = p.parent) {
    taskUnits = unitsOfText(norm.slice(p.bodyStart, p.ownEnd)).units;
  }
  const firstLineEnd = body.indexOf('\n');
  let firstLine = firstLineEnd >= 0 ? body.slice(0, firstLineEnd) : body;
  const firstAnn = annotations.find((a) => a.start < firstLine.length);
  if (firstAnn) firstLine = firstLine.slice(0, firstAnn.start);
  const parent = n.parent;
  let title = headingTitle(firstLine, true);
  if (!title) {
    // "1.（责任单位：…）" or a heading cut to nothing: fall back to the first words of the body.
    const plain = body.replace(/[（(〔【][^）)〕】\n]{0,400}[）)〕】]/g, '').replace(/\s+/g, '');
    title = headingTitle(plain, true).slice(0, 60) || n.number;
  }
  return {
    number: n.number,
    kind,
    title,
    text: cleanBlock(body),
    section: parent ? parent.id : null,
    sectionTitle: parent ? parent.title : '',
    deadlines: findDeadlines(body, contextYearOf(n, docYear)),
    units: taskUnits,
    span: [n.start, Math.max(n.start, e)],
  };
}

export function buildTasks(norm: string, nodes: SectionNode[], docYear: number | null): Task[] {
  // The outermost 重点任务 / 保障措施 heading decides: "（三）完善组织领导体系" inside 重点任务
  // is a task group, not a safeguard part.
  const ctx = new Set(nodes.filter((n) => isTaskCtx(n) || isSafeguardCtx(n)));
  const roots = [...ctx].filter((n) => !hasAncestorIn(n, ctx));
  const taskRoots = roots.filter(isTaskCtx);
  const safeRoots = roots.filter((n) => !isTaskCtx(n));
  const safeRootSet = new Set(safeRoots);
  const picked = new Map<SectionNode, TaskKind>();
  for (const r of safeRoots) for (const t of pickTasks(norm, r)) picked.set(t, 'safeguard');
  // Roots have no ancestor among each other, so what they pick never overlaps.
  for (const r of taskRoots) for (const t of pickTasks(norm, r)) picked.set(t, 'task');
  if (taskRoots.length === 0) {
    // No 重点任务 heading: the thematic sections hold the work. Annotated items are tasks;
    // in a document with no annotations at all (a guidance such as seed 004) the items are
    // measures.
    const tops = nodes.filter((n) => !n.parent && !isNarrative(n) && !isSafeguardCtx(n) && n.children.length > 0);
    const found: SectionNode[] = [];
    for (const top of tops) for (const t of pickTasks(norm, top)) if (!underNarrative(t) && !picked.has(t)) found.push(t);
    const annotated = found.some((t) => unitsOfText(norm.slice(t.bodyStart, t.span[1])).units.length > 0);
    for (const t of found) picked.set(t, annotated ? 'task' : 'measure');
  }
  // An annotated item is an assignment wherever it sits (立山区-style 预期目标 items carry
  // 牵头单位 lines too), as long as no task already covers it.
  for (const n of nodes) {
    if (picked.has(n) || n.children.length) continue;
    if (hasAncestorIn(n, picked)) continue;
    if (ownUnitsCount(norm, n) > 0) picked.set(n, hasAncestorIn(n, safeRootSet) ? 'safeguard' : 'task');
  }
  const ordered = nodes.filter((n) => picked.has(n));
  // A bare 年底前 with no year in its task, its headings or the document date takes the year
  // of the latest dated deadline before it: documents state the year once and then drop it.
  let lastYear: number | null = null;
  return ordered.map((n) => {
    const t = makeTask(norm, n, picked.get(n)!, docYear ?? lastYear);
    for (const d of t.deadlines) lastYear = Number(d.date.slice(0, 4));
    return t;
  });
}

/**
 * Goal sentences: every 到YYYY年 in the goal sections (or, when a document has none, in
 * text outside tasks and tables) starts a goal that runs to the next 到YYYY年 or the end of
 * its paragraph.
 */
// Verbs by which a report quotes a plan's goal: 提出 / 明确 / 要求 / 目标是 … followed by 到YYYY年.
const QUOTING_VERB = /(?:提出|明确|要求|指出|强调|规定|部署|计划|目标是|目标为|目标：|目标:)$/;
// 即 / 也就是 after a label ("三降低"，即…): what follows explains the label and may open its goal.
const EXPLAINING = /(?:^|[，,：:”"\s])(?:即|也就是|就是)$/;

const LIST_ITEM = /^(?:\d{1,2}\s?[.．、﹒](?!\d)|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;
// The bracket after a listed indicator that gives its kind or its units, not its target.
const UNIT_BRACKET = /[（(](?=[^（）()]{0,12}(?:牵头|责任|配合|主办|协办|预期性|约束性))/;

// A section heading naming its goals, run on into them (二、创建目标2022年…, 三、工作目标：到2025年…).
const GOAL_HEADING_OPENING = /^[一二三四五六七八九十]{1,3}[、.．]\s*[\u4e00-\u9fa5]{0,6}目标/;

/** Does a paragraph with no year of its own still state targets of the goal before it? */
function continuesGoal(c: string, year: number, item: boolean): boolean {
  // "(1)计划…实施项目188个" then "(2)公路总里程超10000公里": a numbered item after a numbered item that
  // opened or continued a goal, stating a target and no fact, continues it.
  if (item && LIST_ITEM.test(c) && !/已|截至|截止|同比|了/.test(c) && statesTarget(c.replace(LIST_ITEM, ''), year)) return true;
  // "到2023年，…" then "——多式联运主体更加壮大。引进3家以上…": a paragraph led by a dash is an item of
  // the goal before it, while it states a target and no fact.
  if (/^——/.test(c) && !/已|截至|截止|同比|了/.test(c) && statesTarget(c, year)) return true;
  if (/(?:经过[^，,。；;]{0,8}努力|力争|确保|争取)[^。；;]{0,40}?\d/.test(c)) return true;
  const base = c.match(/(?:较|比)\s?((?:19|20)\d{2})\s?年(?:底|末)?(?:增长|提高|提升|增加|下降|降低|减少)\s?\d/);
  if (base && Number(base[1]) < year) return true;
  if (/(?:全年|年度|年内|当年)[^。；;，,]{0,12}\d/.test(c)) return true;
  // "“123快货物流圈”初步形成，实现…1天送达…，打造3000个…": no year and no mark of a fact (已 /
  // 截至 / 同比), and what is to be achieved, with its number (计划培育…10家以上 likewise).
  // A paragraph of the plan's subject (…将…) setting out counts to add or complete (新增…航线2条,
  // 完成…70万标箱) continues it likewise; not 完成了 / 新增了 (done).
  const noFact = !/(?:19|20)\d{2}\s?年|已|截至|截止|同比/.test(c);
  if (noFact && /(?:实现|打造|构建|建成|培育)[^，,。；;]{0,24}\d/.test(c)) return true;
  if (noFact && !c.includes('了') && /将(?!近)/.test(c) && /(?:新增|完成)[^，,。；;]{0,24}\d/.test(c)) return true;
  return /年均(?:增长|提高|提升|增加|下降|降低|减少)\s?\d/.test(c);
}

// Quoted targets named as the plan's targets: 提出“…”“…”等量化目标 / 主要指标.
const QUOTED_TARGETS = /(?:提出|明确|要求|确定|设定)((?:“[^“”]{4,200}”[，,、和及]?)+)等?(?:一系列|一批|多项|几项|\d+项)?(?:量化|主要|具体|发展|约束性|预期性|核心)?(?:目标|指标)/g;

// A line that is only a title naming the goals (2024年目标任务, 主要目标：), unnumbered.
const GOAL_TITLE_LINE = /^[^。；;，,！!？?]{0,14}(?:发展目标|主要目标|工作目标|总体目标|目标任务|预期目标|阶段目标)[：:]?$/;
// A heading over the year's targets listed as numbered items (一、经济社会发展的主要预期目标).
const TARGET_LIST_HEADING = /(?:主要预期目标|预期目标|主要目标|主要指标|目标任务)$/;
// Lines between listed targets that give an item's units (牵头单位：… / 责任单位：…).
const UNIT_LABEL_LINE = /^(?:牵头|责任|配合|协办|主办|实施|协同|参与)(?:单位|部门|领导)\s*[：:]/;

// What was done so far in a progress report, after an item's sentence or run on to its target
// (…增长7%1-6月，…): 1-6月，… / 1至6月， / 目前已… / 截至…已….
const PROGRESS_SO_FAR = /(?<=(?:[。；;]|\d\s*(?:%|[\u4e00-\u9fa5]{1,4})(?:以上|左右)?)\s*)(?:\d{1,2}\s?[-—~～至]\s?\d{1,2}\s?月[，,]|(?:目前|截至|截止)[^，,。；;]{0,12}已)/;

/** The latest year written in `s`, 今年 counting as the document's year. */
function latestYear(s: string, docYear: number | null): number | null {
  let best: { at: number; year: number } | null = null;
  for (const m of s.matchAll(/((?:19|20)\d{2})\s?年|今年/g)) {
    const year = m[1] ? Number(m[1]) : docYear;
    if (year !== null) best = { at: m.index!, year };
  }
  return best ? best.year : null;
}

// "（一）总体要求：…" then "主要预期目标：经济增长7.5%…（…省发展改革委牵头…）": a paragraph of a task
// that opens with a label naming the targets states them, the task's units notwithstanding.
const TARGETS_LABEL = /^(?:主要)?(?:预期)?(?:目标|指标)[：:]/;
// "2.构建开放融合的机场群。……到2027年，力争…航线20条以上": a measure (an item no unit is assigned to)
// that sets a horizon of its own in a clause states the plan's targets there.
const MEASURE_HORIZON = /[。；;]\s*(?:力争|预计)?(?:到|至)\s?(?:19|20)\d{2}\s?年(?:底|末)?[，,]/;
export function buildGoals(norm: string, lines: Line[], nodes: SectionNode[], skip: Set<number>, tasks: Task[], bodyEnd: number, docYear: number | null = null): Goal[] {
  const goalNodes = nodes.filter((n) => GOAL_SECTION.test(ctxTitle(n)) && ctxTitle(n).length <= 20);
  // With goal sections, goals are read in them and in the lead before the first section (a news
  // lead restating the plan's targets: 《实施方案》提出，到2025年底，…), not in the sections of tasks.
  const ranges: [number, number][] = goalNodes.length
    ? [[0, nodes[0].start], ...goalNodes.map((n): [number, number] => [n.start, n.span[1]])]
    : [[0, bodyEnd]];
  const taskSpans = tasks.map((t) => t.span);
  const goals: Goal[] = [];
  const re = /(?:到|至|力争到|预计到)\s?((?:19|20)\d{2})\s?年(?:底|末)?/g;
  const headingLines = new Set<number>();
  const walk = (ns: SectionNode[]) => ns.forEach((n) => (headingLines.add(n.line), walk(n.children)));
  walk(nodes);
  // "到2025年，全市…主要指标如下：" then "1.…" "2.…": each numbered item is a goal of that year,
  // even where it also carries its units (…（预期性指标，牵头单位：…）).
  let listYear: number | null = null;
  // A goal paragraph continued in the next one without a year of its own (经过2-3年努力，力争…;
  // …较2023年增长10%左右): the same horizon, while each paragraph still reads as a target.
  let contYear: number | null = null;
  // Whether the last goal was read on a numbered item (1. / (1) / （一）).
  let itemGoal = false;
  // A title line naming the goals without a number (2024年目标任务: a page that lost its headings'
  // numbers) heads the paragraph after it as a goal heading would.
  let goalTitle: { title: string; start: number } | null = null;
  for (const line of lines) {
    if (skip.has(line.index) || !line.content) continue;
    // A progress report's item (in any section): the task restated with its target, then what was
    // done in the months so far (1-6月，… / 目前已…): the head is a goal of the document's year.
    if (docYear !== null && LIST_ITEM.test(line.content) && taskSpans.some(([s, e]) => line.cStart >= s && line.cStart < e)) {
      const c = norm.slice(line.cStart, line.cEnd);
      const progress = c.search(PROGRESS_SO_FAR);
      const [s, e] = trimRange(norm, line.cStart + c.match(LIST_ITEM)![0].length, line.cStart + Math.max(0, progress));
      const head = norm.slice(s, e);
      if (progress > 0 && !/已|截至|截止|同比|了/.test(head) && statesTarget(head, docYear)) {
        goals.push({ year: docYear, text: head, span: [s, e] });
        continue;
      }
    }
    if (!ranges.some(([s, e]) => line.cStart >= s && line.cStart < e)) continue;
    const c = norm.slice(line.cStart, line.cEnd);
    const titled = goalTitle;
    goalTitle = !headingLines.has(line.index) && GOAL_TITLE_LINE.test(c) ? { title: c, start: line.cStart } : null;
    if (listYear !== null) {
      const item = c.match(LIST_ITEM);
      if (item) {
        const bracket = c.slice(item[0].length).search(UNIT_BRACKET);
        const a = line.cStart + item[0].length;
        const [s, e] = trimRange(norm, a, bracket >= 0 ? a + bracket : line.cEnd);
        if (e > s) goals.push({ year: listYear, text: norm.slice(s, e), span: [s, e] });
        continue;
      }
      if (UNIT_LABEL_LINE.test(c)) continue;
      listYear = null;
    }
    // "一、经济社会发展的主要预期目标" over "1.地区生产总值增长6.2%左右。" "牵头单位：…": each item is
    // a target of the year the heading names, else of the latest year written before it (the
    // plan's title: 2023年重点工作), else of the document's year.
    if (headingLines.has(line.index)) {
      const title = c.replace(/^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*/, '').replace(/[：:]$/, '');
      if (TARGET_LIST_HEADING.test(title) && title.length <= 20) {
        const own = title.match(/((?:19|20)\d{2})\s?年/);
        const year = own ? Number(own[1]) : latestYear(norm.slice(0, line.cStart), docYear) ?? docYear;
        if (year !== null) {
          listYear = year;
          continue;
        }
      }
    }
    // A numbered item after a goal opened by its section's heading or by the item before, taken for a
    // measure only (no unit assigned: 二、创建目标2022年…。(一)…抽检合格率达到98%以上), continues the goal
    // while it states a target.
    const inMeasure = tasks.some((t) => t.kind === 'measure' && line.cStart >= t.span[0] && line.cStart < t.span[1]);
    const goalItem = contYear !== null && itemGoal && LIST_ITEM.test(c) && inMeasure;
    // A measure that sets a year's target in so many words (采取措施推进2007年旅客吞吐量完成2000万人次) states it
    // there.
    if (taskSpans.some(([s, e]) => line.cStart >= s && line.cStart < e) && !TARGETS_LABEL.test(c) && !(goalItem && continuesGoal(c, contYear!, true)) && !(inMeasure && PUSHED_YEAR.test(c)) && !(inMeasure && MEASURE_HORIZON.test(c))) {
      // A task's sentence setting the whole year's figure (实现全年…增长1% / 力争完成年度投资536亿元) is
      // a target of the plan's year all the same (see wholeYearTargets).
      const year = latestYear(norm.slice(0, line.cStart), docYear) ?? docYear;
      for (const [a, b] of wholeYearTargets(c)) {
        const [s, e] = trimRange(norm, line.cStart + a, line.cStart + b);
        goals.push({ year, text: norm.slice(s, e), span: [s, e] });
      }
      contYear = null;
      continue;
    }
    const hits: { at: number; year: number | null; end?: number }[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(c))) {
      const y = Number(m[1]);
      // Only a horizon that opens a sentence or clause, not "…延续到2030年的政策"; a plan quoted
      // in a report opens it after the verb that quotes it ("…《方案》，提出到2025年…").
      const before = c.slice(Math.max(0, m.index - 1), m.index);
      const quoting = QUOTING_VERB.test(c.slice(Math.max(0, m.index - 6), m.index));
      // "…要实现“三降低”，即力争到2025年…": a label explained by 即 / 也就是 opens its goal there.
      const explaining = EXPLAINING.test(c.slice(Math.max(0, m.index - 5), m.index));
      // A quotation may open with it (“到2020年，…达50%左右。”).
      if (m.index === 0 || quoting || explaining || /[。；;，,：:\s）)—…“"]/.test(before)) hits.push({ at: m.index, year: y });
    }
    // A year's plan: "2025年，要…" / "2025年，力争…" opens a goal for that year (not "2020年，全省…
    // 达到…", a fact of a past year, which has no verb of intent).
    // An opening a few characters from one already found, with no ； or 。 between, is the same goal.
    const sameGoal = (a: number, b: number) => Math.abs(a - b) <= 12 && !/[；;。]/.test(c.slice(Math.min(a, b), Math.max(a, b)));
    // Beside a 到YYYY年 goal, a year's plan further on in the line (到2025年，…；2026年，要…) is a
    // goal of its own year.
    const horizons = hits.length;
    {
      // The subject may stand between (2026年，市物流中心将…), but not 将近 (nearly: a fact).
      // 今年，要… is the same of the document's year.
      // A sentence may open with a quotation mark (a speaker quoted: “今年，全市计划…”), and 今年 may
      // run on into its subject without a comma (今年全市计划将完成…); not 今年以来 / 今年上半年 /
      // 今年前N月, which report what has been done, nor the 要 of 主要 / 重要 as intent.
      // The year may be a start (2020年起，…计划…) and a short subject may stand before it (新疆2023年力争…).
      const yearPlan = /(?:^|[。；;，,：:\s“"])(?:[\u4e00-\u9fa5]{2,4}(?<![到至截于在从自止]))?((?:19|20)\d{2})\s?年(?:起)?(?:[，,]\s*[^，,。；;：:\d]{0,12}?|)(?:(?<![主重需只])要|将(?!近)|力争|计划|确保|争取)|(?:^|[。；;，,：:\s“"])今年(?!以来|上半年|前|1|一季度)[，,]?\s*[^，,。；;：:\d]{0,12}?(?:(?<![主重需只])要|将(?!近)|力争|计划|确保|争取)/g;
      while ((m = yearPlan.exec(c))) {
        const year = m[1] ? Number(m[1]) : docYear;
        if (year === null) continue;
        // Without the comma (2025年将统筹…: the word of intent right after 年, no subject between —
        // "2017年某市将…158个" is a headline's sum), only a year not before the document's:
        // a review of a past year may tell what was then planned.
        if (m[1] && !/^起?[，,]/.test(m[0].slice(m[0].indexOf('年') + 1)) && docYear !== null && year < docYear) continue;
        const at = m.index + (m[0].length - m[0].replace(/^[。；;，,：:\s“"]/, '').length);
        if (!hits.slice(0, horizons).some((h) => sameGoal(h.at, at))) hits.push({ at, year });
      }
    }
    // 2023年底前，… / 《方案》明确，2025年，… beside or without 到YYYY年 goals (see yearOpeningsWithout到).
    for (const o of yearOpeningsWithout到(c, docYear)) if (!hits.some((h) => sameGoal(h.at, o.at))) hits.push(o);
    hits.sort((a, b) => a.at - b.at);
    // 主要预期目标：… / 近期目标(2019-2020年)是… / 以2025年为节点目标 (see goalOpenings).
    if (!hits.length) hits.push(...goalOpenings(c, norm.slice(0, line.cStart), docYear));
    // 到“十四五”期末，… / "…“十三五”…方案出台，我省将推出实施100个…" (see periodGoalOpenings).
    if (!hits.length) hits.push(...periodGoalOpenings(c));
    // 后五年全省…将不少于… before or beside them (see spanOpenings).
    for (const o of spanOpenings(c, docYear)) if (!hits.some((h) => sameGoal(h.at, o.at))) hits.push(o);
    // 未来5年，…计划… / “十二五”期，…将… beside dated goals in the line (see besideOpenings).
    for (const o of besideOpenings(c, docYear)) if (!hits.some((h) => sameGoal(h.at, o.at))) hits.push(o);
    hits.sort((a, b) => a.at - b.at);
    // A paragraph that continues the goal before it (a numbered item after a numbered goal, even as a heading).
    const continues = contYear !== null && (!headingLines.has(line.index) || (itemGoal && LIST_ITEM.test(c))) && continuesGoal(c, contYear, itemGoal);
    // Under a heading naming the goals (一、主要目标 / 工作目标), the first paragraph stating a target
    // opens a goal even with no opening of its own (see sectionGoalYear).
    if (!hits.length && !continues) {
      const node = goalNodes.find((n) => line.cStart > n.start && line.cStart < n.span[1] && line.index !== n.line);
      const year =
        node && !goals.some((g) => g.span[0] > node.start)
          ? sectionGoalYear(c, ctxTitle(node), norm.slice(0, node.start), norm.slice(node.start, node.span[1]), docYear)
          : titled
            ? sectionGoalYear(c, titled.title, norm.slice(0, titled.start), c, docYear)
            : null;
      if (year !== null && statesTarget(c, year)) hits.push({ at: 0, year });
    }
    // 未来三年，… / 力争培育…10家: goals set without a year written (see undatedGoalOpenings); a
    // paragraph that continues a dated goal keeps that goal's year instead.
    if (!hits.length && !continues) hits.push(...undatedGoalOpenings(c, docYear, goals.length === 0));
    // A horizon inside a sentence (确保到2020年…), a sentence naming its target a goal (…的工作目标):
    // the general reader's openings, each only where it names a target (see generalGoalOpenings).
    if (!hits.length && !continues) hits.push(...generalGoalOpenings(c, norm.slice(0, line.cStart), docYear));
    for (let i = 0; i < hits.length; i++) {
      const a = line.cStart + hits[i].at;
      const next = i + 1 < hits.length ? line.cStart + hits[i + 1].at : line.cEnd;
      const b = hits[i].end !== undefined ? Math.min(next, line.cStart + hits[i].end!) : next;
      const [s, e] = trimRange(norm, a, b);
      goals.push({ year: hits[i].year, text: norm.slice(s, e), span: [s, e] });
    }
    if (hits.length) {
      const lastGoal = goals[goals.length - 1];
      listYear = /如下[:：]?$/.test(lastGoal.text) ? lastGoal.year : null;
      contYear = lastGoal.year;
      // A goal opened in its section's heading (二、创建目标2022年8月底前，…) has its numbered items
      // ((一)…(二)…) under it, as a numbered goal has the items after it.
      itemGoal = LIST_ITEM.test(c) || GOAL_HEADING_OPENING.test(c);
    } else if (continues) {
      // A numbered item's number is no part of its goal.
      const numbered: number = itemGoal ? (c.match(LIST_ITEM)?.[0].length ?? 0) : 0;
      const [s, e] = trimRange(norm, line.cStart + numbered, line.cEnd);
      goals.push({ year: contYear, text: norm.slice(s, e), span: [s, e] });
      itemGoal = numbered > 0;
      continue;
    } else if (!(itemGoal && LIST_ITEM.test(c) && !/\d/.test(c))) contYear = null;
    // (A numbered item of a goal with no number at all, a quality to reach (（二）生态体系全面优化。…), is
    // no target and no fact; the items after it still continue the goal.)
    // "…提出“全省冷库容量达到1000万吨，…”“…分别达到85%、30%、85%”等量化目标": targets quoted
    // without a year in their sentence belong to the horizon of the goal before them.
    const lastYear = goals.length ? goals[goals.length - 1].year : null;
    if (!hits.length && lastYear !== null) {
      QUOTED_TARGETS.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = QUOTED_TARGETS.exec(c))) {
        const quotes = /“([^“”]{4,200})”/g;
        let p: RegExpExecArray | null;
        const base = line.cStart + q.index + q[0].indexOf(q[1]);
        while ((p = quotes.exec(q[1]))) {
          const s = base + p.index + 1;
          const e = s + p[1].length;
          goals.push({ year: lastYear, text: norm.slice(s, e), span: [s, e] });
        }
      }
    }
  }
  return goals;
}

// ---------------------------------------------------------------------------
// Paragraphs that are tasks without a readable number
// ---------------------------------------------------------------------------

const CN_DIGITS = '一二三四五六七八九十';

/** The number after `n` in the same style: 3 → 4, （二） → （三）, 二 → 三 (up to 十). */
export function nextNumber(n: string): string | null {
  if (/^\d+$/.test(n)) return String(Number(n) + 1);
  const m = n.match(/^([（(]?)([一二三四五六七八九十])([）)]?)$/);
  if (m) {
    const k = CN_DIGITS.indexOf(m[2]);
    if (k >= 0 && k < 9) return `${m[1]}${CN_DIGITS[k + 1]}${m[3]}`;
  }
  return null;
}

/** Does the line end with a responsibility annotation naming at least one unit? */
function endsWithAnnotation(line: string): boolean {
  const t = line.replace(/[。；;.\s]+$/, '');
  const { units, annotations } = unitsOfText(t);
  if (!units.length || !annotations.length) return false;
  return annotations[annotations.length - 1].end >= t.length - 1;
}

/**
 * Items whose number is unreadable (a reposting site's mojibake: "?。ǘ┩七M…") run on into
 * the item above. When every line of a task is a self-contained item ending in its own
 * annotation, each line is a task; the lost numbers continue the sequence.
 */
export function splitRunOnItems(norm: string, lines: Line[], tasks: Task[], docYear: number | null): Task[] {
  const out: Task[] = [];
  for (const t of tasks) {
    const own = lines.filter((l) => l.content && l.cStart >= t.span[0] && l.cStart < t.span[1]);
    // A later line with a readable number is a sub-item of the task, not one whose number was lost.
    if (own.length < 2 || own.slice(1).some((l) => headingOf(l.content)) || !own.every((l) => endsWithAnnotation(norm.slice(l.cStart, l.cEnd)))) {
      out.push(t);
      continue;
    }
    let number: string | null = t.number;
    own.forEach((l, k) => {
      const body = norm.slice(k === 0 ? t.span[0] : l.cStart, l.cEnd);
      // The first line's own number is its heading's marker (a task's span starts at it).
      const text = k === 0 ? norm.slice(t.span[0] + (headingOf(l.content)?.markerLen ?? 0), l.cEnd) : body;
      const { units, annotations } = unitsOfText(text);
      const first = annotations.length ? text.slice(0, annotations[0].start) : text;
      const n = k === 0 ? t.number : number ?? `${t.number}-${k + 1}`;
      out.push({
        ...t,
        number: n,
        title: k === 0 ? t.title : headingTitle(first.replace(/^[^\u4e00-\u9fa5]{0,8}/, ''), true) || n,
        text: cleanBlock(text),
        deadlines: findDeadlines(text, docYear),
        units,
        span: [k === 0 ? t.span[0] : l.cStart, l.cEnd],
      });
      number = number ? nextNumber(number) : null;
    });
  }
  return out;
}

/**
 * Paragraphs outside every numbered item that end with an annotation ("加强科技创新主体培育。
 * …（市科技局牵头负责，市财政局配合）"): plans written without numbers. Each is a task,
 * numbered by its order.
 */
export function unnumberedTasks(norm: string, lines: Line[], nodes: SectionNode[], tasks: Task[], skip: Set<number>, bodyEnd: number, docYear: number | null): Task[] {
  const out: Task[] = [];
  for (const l of lines) {
    if (!l.content || skip.has(l.index) || l.cStart >= bodyEnd) continue;
    if (tasks.some((t) => l.cStart >= t.span[0] && l.cStart < t.span[1])) continue;
    if (headingOf(l.content)) continue;
    const text = norm.slice(l.cStart, l.cEnd);
    if (text.length < 8 || !endsWithAnnotation(text)) continue;
    const { units, annotations } = unitsOfText(text);
    if (!units.some((u) => u.role === 'lead')) continue;
    let parent: SectionNode | null = null;
    for (const n of nodes) if (n.start <= l.cStart && n.span[1] >= l.cEnd) parent = n;
    const first = text.slice(0, annotations[0].start);
    const number = String(out.length + 1);
    out.push({
      number,
      kind: 'task',
      title: headingTitle(first, true) || number,
      text: cleanBlock(text),
      section: parent ? parent.id : null,
      sectionTitle: parent ? parent.title : '',
      deadlines: findDeadlines(text, docYear),
      units,
      span: [l.cStart, l.cEnd],
    });
  }
  return out;
}
