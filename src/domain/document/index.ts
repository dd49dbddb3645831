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
} from './types';
import { normalise, splitLines, type Line } from './text';
import { buildSections, toPublicSection, type SectionNode } from './sections';
import { findTables, goalIndicators } from './indicators';
import { extractMeta, findBodyEnd } from './meta';
import { buildGoals, buildTasks } from './tasks';
import { guessUnitTypeIn, isCollective, matchUnitName } from './units';
import { checkStructure, checkText } from './validate';

export type {
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
export type { TaskDiff, TaskDiffKind, TaskLike } from './diff';
export { guessUnitType, matchUnitName } from './units';

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
  const norm = guard('', () => normalise(input));
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
  const nodes: SectionNode[] = guard([], () => buildSections(norm, lines, tables.lines, bodyEnd));
  const meta = guard(emptyMeta(), () => extractMeta(norm, lines, nodes.length ? nodes[0].line : -1));
  const docYear =
    (meta.issuedDate ? Number(meta.issuedDate.slice(0, 4)) : null) ??
    guard(null, () => {
      const m = meta.title.match(/((?:19|20)\d{2})年/);
      return m ? Number(m[1]) : null;
    });
  const tasks: Task[] = guard([], () => buildTasks(norm, nodes, docYear));
  const goals: Goal[] = guard([], () => buildGoals(norm, lines, nodes, tables.lines, tasks, bodyEnd));
  meta.horizonYears = guard([], () => {
    const years = new Set(goals.map((g) => g.year));
    if (!years.size) {
      const re = /(?:到|至)((?:19|20)\d{2})年/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(norm))) years.add(Number(m[1]));
    }
    return [...years].sort((a, b) => a - b);
  });
  const indicators: Indicator[] = [...tables.indicators, ...guard([], () => goalIndicators(goals, norm))];
  const sections: Section[] = nodes.map(toPublicSection);
  const units = guard([], () => collectUnits(tasks, known, issuerLevel(meta)));
  return { meta, sections, tasks, indicators, goals, units };
}

export function validateDocumentText(text: string): void {
  checkText(text);
  checkStructure(parseDocument(text));
}
