// Pure parser for Chinese government plan documents (工作方案 / 实施方案 / 指导意见):
// text in, structured Extraction out. No I/O; nothing outside src/domain is imported.
import type {
  DocumentMeta,
  ExtractedUnit,
  Extraction,
  Goal,
  Indicator,
  KnownUnit,
  ParseOptions,
  Section,
  Task,
  DocTable,
} from './types';
import { normalise, splitLines, type Line } from './text';
import { dropColumnLabel, stripWebNoise } from './web';
import { breakRunOnItems, dropReadingAids, mapSpans, mapStrings, simplifiedView } from './script';
import { buildSections, toPublicSection, type SectionNode } from './sections';
import { findTables, goalIndicators, targetQuestions } from './indicators';
import { findTaskTables } from './task-tables';
import { extractMeta, findBodyEnd } from './meta';
import { buildGoals, buildTasks, splitRunOnItems, unnumberedTasks } from './tasks';
import { guessUnitTypeIn, isCollective, matchUnitName } from './units';
import { checkStructure, checkText } from './validate';
import { fallbackIndicators } from './fallback-targets';
import { suggestIndicators } from './suggestions';
import { prosePointTasks } from './prose-points';
import { taskTimeLimitIndicators } from './task-targets';

export type {
  DocTable,
  DocumentMeta,
  Deadline,
  EvaluationLevel,
  EvaluationLink,
  ExtractedUnit,
  Extraction,
  Goal,
  HubType,
  Indicator,
  KnownUnit,
  ParseOptions,
  Section,
  Span,
  Target,
  TargetKind,
  Task,
  TaskKind,
  TaskUnit,
  UnitRole,
  UnitType,
} from './types';
export { DocumentError } from './validate';
export { diffExtractions } from './diff';
export type { DiffOptions, TaskDiff, TaskDiffKind, TaskLike } from './diff';
export { guessUnitType, matchUnitName } from './units';
export { describeTarget, inferDirection, isRateName, targetQuestions } from './indicators';

/** Indicator tables as the review screen shows them: one row per indicator read. */
function indicatorTables(inds: Indicator[]): DocTable[] {
  if (!inds.length) return [];
  const rows = inds.map((i) => ({ cells: [i.number, i.category, i.name, i.unit, i.baseline ? String(i.baseline.value) : '', i.targets.map((t) => t.text).join('；')], span: i.span }));
  return [{ kind: 'indicator', title: '', header: ['序号', '类别', '指标', '单位', '基期', '目标'], rows, span: [rows[0].span[0], rows[rows.length - 1].span[1]] }];
}

function emptyMeta(): DocumentMeta {
  return {
    title: '',
    docNumber: null,
    issuer: null,
    issuedDate: null,
    addressees: [],
    public: false,
    draft: false,
    basis: [],
    horizonYears: [],
    hubTypes: [],
    kind: 'plan',
  };
}

/**
 * Each stage is fenced: a surprise in one part of an odd document must cost that part only,
 * never the whole import (parseDocument is documented as never throwing).
 */
function guard<T>(fallback: T, f: () => T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function issuerLevel(meta: DocumentMeta): 'district' | 'city' | 'national' {
  const who = meta.issuer ?? '';
  if (/国务院|^国家|部$|^中共中央/.test(who)) return 'national';
  if (/[区县]/.test(who.replace(/自治区|地区/g, ''))) return 'district';
  if (who) return 'city';
  return /^[\u4e00-\u9fa5]{2,4}[区县]/.test(meta.title) ? 'district' : 'city';
}

function collectUnits(tasks: Task[], known: KnownUnit[], level: 'district' | 'city' | 'national'): ExtractedUnit[] {
  const out: ExtractedUnit[] = [];
  const seen = new Set<string>();
  for (const t of tasks) {
    for (const u of t.units) {
      if (seen.has(u.name)) continue;
      seen.add(u.name);
      const hit = known.length ? matchUnitName(u.name, known) : null;
      const unit: ExtractedUnit = {
        name: u.name,
        type: hit?.unit.type ?? guessUnitTypeIn(u.name, level),
        known: !!hit,
        collective: isCollective(u.name),
      };
      if (hit?.unit.id !== undefined) unit.matchedId = hit.unit.id;
      out.push(unit);
    }
  }
  return out;
}

export function parseDocument(text: string, opts?: { knownUnits?: KnownUnit[] }): Extraction {
  const input = typeof text === 'string' ? text : '';
  const options: ParseOptions = opts && typeof opts === 'object' ? opts : {};
  const known = Array.isArray(options.knownUnits) ? options.knownUnits.filter((u) => u && typeof u.name === 'string') : [];
  const normalised = guard('', () => normalise(input));
  const aids = guard({ text: normalised, map: null as number[] | null }, () => dropReadingAids(normalised));
  const view = guard({ text: aids.text, traditional: false, restore: (s: string) => s }, () => simplifiedView(aids.text));
  const web = guard({ text: view.text, meta: { title: null as string | null, docNumber: null as string | null }, blanked: 0 }, () =>
    stripWebNoise(view.text, splitLines(view.text)),
  );
  const broken = guard({ text: web.text, map: null as number[] | null }, () => breakRunOnItems(web.text));
  let x = parseNormalised(broken.text, known);
  if (broken.map) x = guard(x, () => mapSpans(x, broken.map!));
  x.meta.title = dropColumnLabel(x.meta.title);
  if (!x.meta.docNumber && web.meta.docNumber) x.meta.docNumber = web.meta.docNumber;
  if (!x.meta.title && web.meta.title) x.meta.title = web.meta.title;
  if (view.traditional) x = guard(x, () => mapStrings(x, view.restore));
  if (aids.map) x = guard(x, () => mapSpans(x, aids.map!));
  return x;
}

/** The parse proper, on normalised simplified text of the same length as the input. */
function parseNormalised(norm: string, known: KnownUnit[]): Extraction {
  const lines: Line[] = guard([], () => splitLines(norm));
  const bodyEnd = guard(norm.length, () => findBodyEnd(lines));
  // Targets in a table without year columns ("目标值") get the plan's horizon year.
  const horizonGuess = guard(null as number | null, () => {
    let best: number | null = null;
    const re = /(?:到|至)((?:19|20)\d{2})年/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm))) best = Math.max(best ?? 0, Number(m[1]));
    return best;
  });
  const tables = guard({ indicators: [] as Indicator[], lines: new Set<number>() }, () => findTables(lines, horizonGuess));
  const yearGuess = guard(null as number | null, () => {
    const m = norm.match(/((?:19|20)\d{2})年/);
    return m ? Number(m[1]) : null;
  });
  const taskTables = guard({ tasks: [] as Task[], tables: [] as DocTable[], lines: new Set<number>(), goals: [] as Goal[] }, () => findTaskTables(lines, yearGuess));
  const tableLines = new Set<number>([...tables.lines, ...taskTables.lines]);
  const nodes: SectionNode[] = guard([], () => buildSections(norm, lines, tableLines, bodyEnd));
  const meta = guard(emptyMeta(), () => extractMeta(norm, lines, nodes.length ? nodes[0].line : -1));
  const docYear =
    (meta.issuedDate ? Number(meta.issuedDate.slice(0, 4)) : null) ??
    guard(null, () => {
      const m = meta.title.match(/((?:19|20)\d{2})年/);
      return m ? Number(m[1]) : null;
    });
  const numbered: Task[] = guard([], () => buildTasks(norm, nodes, docYear));
  const split: Task[] = guard(numbered, () => splitRunOnItems(norm, lines, numbered, docYear));
  const paragraphTasks: Task[] = [...split, ...guard([], () => unnumberedTasks(norm, lines, nodes, split, tableLines, bodyEnd, docYear))];
  // A group heading above table rows (（一）…牵头重点工作) is not a task of its own: the rows are.
  const rowSpans = taskTables.tasks.map((t) => t.span);
  const outsideTables = paragraphTasks.filter((t) => !rowSpans.some(([s, e]) => s < t.span[1] && e > t.span[0]));
  const structured: Task[] = [...outsideTables, ...taskTables.tasks].sort((a, b) => a.span[0] - b.span[0]);
  // No numbered item, table or annotation gave a task: units named as the subject of prose
  // (prose-points.ts); the goals are read as without them.
  const tasks: Task[] = structured.length ? structured : guard([] as Task[], () => prosePointTasks(norm, lines, bodyEnd, docYear));
  // 今年 and a goal list with no year of its own are of the year the document was written:
  // its date, its title's year, its 文号's year (〔2023〕), else a date line near its top (a web
  // page's 2022-03-05 09:33).
  const pageYear =
    docYear ??
    guard(null as number | null, () => {
      const m = (meta.docNumber ?? '').match(/[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]/);
      return m ? Number(m[1]) : null;
    }) ??
    guard(null as number | null, () => {
      const top = lines.filter((l) => l.content).slice(0, 12);
      for (const l of top) {
        const m = l.content.match(/(?<!\d)((?:19|20)\d{2})(?:\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))/);
        if (m) return Number(m[1]);
      }
      return null;
    }) ??
    // "2026年是“十五五”开局之年": a report or plan names the year it is written in as the year of its stage.
    guard(null as number | null, () => {
      const m = norm.match(/((?:19|20)\d{2})\s?年是[^。；;！!？?]{0,40}之年/);
      return m ? Number(m[1]) : null;
    });
  // A task table's column of the year's targets (2022年预期目标) gives one goal per row.
  const goals: Goal[] = [...guard([], () => buildGoals(norm, lines, nodes, tables.lines, outsideTables, bodyEnd, pageYear)), ...taskTables.goals].sort((a, b) => a.span[0] - b.span[0]);
  meta.horizonYears = guard([], () => {
    const years = new Set(goals.map((g) => g.year).filter((y): y is number => y !== null));
    if (!years.size) {
      const re = /(?:到|至)((?:19|20)\d{2})年/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(norm))) years.add(Number(m[1]));
    }
    return [...years].sort((a, b) => a - b);
  });
  // A time limit set in a task's prose (审批时间缩短至100个工作日内) is a target too (task-targets.ts).
  const timeLimits = guard([] as Indicator[], () => taskTimeLimitIndicators(norm, structured, goals)).map((ind, i) => ({ ...ind, number: `T${i + 1}` }));
  const indicators: Indicator[] = [...tables.indicators, ...guard([], () => goalIndicators(goals, norm)), ...timeLimits].map((ind) => {
    // An empty unit cell takes the unit of its target (15% → %).
    // Not from a growth or fall: "降低5%" of a cost is a share of its baseline, not its unit.
    const unit = ind.unit || ind.targets.find((t) => t.unit && t.unit !== '百分点' && t.kind !== 'growth' && t.kind !== 'reduction')?.unit || '';
    const out = { ...ind, unit };
    const questions = guard([] as string[], () => targetQuestions(out));
    return questions.length ? { ...out, questions } : out;
  });
  const sections: Section[] = nodes.map(toPublicSection);
  const units = guard([], () => collectUnits(tasks, known, issuerLevel(meta)));
  const docTables: DocTable[] = [...taskTables.tables, ...guard([] as DocTable[], () => indicatorTables(tables.indicators))].sort((a, b) => a.span[0] - b.span[0]);
  // Neither tasks nor indicators: the goal sentences of the text are read as a last resort (fallback-targets.ts).
  // (Tasks read from prose leave the goals and this last resort as they were.)
  const found = structured.length || indicators.length ? indicators : guard([] as Indicator[], () => fallbackIndicators(norm, pageYear));
  // What reads as a target and was not taken: offered in the review, never committed by itself (suggestions.ts).
  const suggestions = guard([] as Indicator[], () => suggestIndicators(norm, found, goals, pageYear));
  return { meta, sections, tasks, indicators: found, goals, units, tables: docTables, suggestions };
}

/**
 * Checks the text, parses it once and checks what was found: the extraction, or a
 * DocumentError. (Validating and then parsing again read a long document twice.)
 */
export function parseCheckedDocument(text: string, opts?: { knownUnits?: KnownUnit[] }): Extraction {
  checkText(text);
  const extraction = parseDocument(text, opts);
  checkStructure(extraction);
  return extraction;
}

export function validateDocumentText(text: string): void {
  parseCheckedDocument(text);
}
