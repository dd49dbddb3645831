// src/domain/document/tasks.ts (issue 18): the mutants the whole-file run of 13feb4c (m18p) left
// alive in buildTasks, and those of lines 420–506 (nextNumber, endsWithAnnotation,
// splitRunOnItems, unnumberedTasks).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { buildSections } from '../../src/domain/document/sections';
import { unnumberedTasks } from '../../src/domain/document/tasks';
import { splitLines } from '../../src/domain/document/text';

const brief = (lines: string[]) =>
  parseDocument(lines.join('\n')).tasks.map((t) => `${t.kind}:${t.section}:${t.number}:${t.title}:${t.units.map((u) => `${u.name}/${u.role}`).join(',')}`);

describe('buildTasks: only the outermost 重点任务 / 保障措施 heading is a root', () => {
  // Mutant `[...ctx].filter((n) => !hasAncestorIn(n, ctx))` → `[...ctx]`: a task heading nested
  // in a safeguard heading (or the reverse) would be a root of its own.
  it('a task-like heading inside 保障措施 is a safeguard part, not a task root', () => {
    expect(brief(['一、保障措施', '（一）加强组织领导', '（二）明确工作任务', '1.建设冷链仓库', '2.开行班列'])).toEqual([
      'safeguard:一:（一）:加强组织领导:',
      'safeguard:一:（二）:明确工作任务:',
    ]);
  });

  it('a 工作重点 part inside 保障措施 does not stop the thematic sections from holding the tasks', () => {
    expect(brief(['一、发展物流', '1.建设冷链仓库', '2.开行班列', '二、保障措施', '（一）工作重点', '1.建立联席会议制度', '2.建立督查制度'])).toEqual([
      'measure:一:1:建设冷链仓库:',
      'measure:一:2:开行班列:',
      'safeguard:二:（一）:工作重点:',
    ]);
  });

  it('a safeguard-like heading inside 重点任务 is a task group, its items not safeguards', () => {
    expect(brief(['一、重点任务', '（一）发展物流', '1.建设冷链仓库', '2.开行班列', '（二）完善组织领导体系', '1.建立联席会议制度', '2.建立督查制度'])).toEqual([
      'task:一:（一）:发展物流:',
      'task:一:（二）:完善组织领导体系:',
    ]);
  });
});

const tasks = (lines: string[]) =>
  parseDocument(lines.join('\n')).tasks.map((t) => [t.kind, t.number, t.title, t.text, t.section, t.units.map((u) => `${u.name}/${u.role}`).join(',')]);

describe('endsWithAnnotation: the end marks after the annotation', () => {
  // `[。；;.\s]+$` without `$` (a mark inside the line went instead of those at the end) and
  // without `+` (only one end mark went): the one-character tolerance hides one mark, not two
  // or three.
  it('a run of end marks after the annotation goes, not a mark inside the line', () => {
    expect(tasks(['加强科技创新主体培育工作。推进项目（市科技局牵头负责）；。', '推进物流园区建设工作（区商务委牵头负责）。。。'])).toEqual([
      ['task', '1', '加强科技创新主体培育工作', '加强科技创新主体培育工作。推进项目（市科技局牵头负责）；。', null, '市科技局/lead'],
      ['task', '2', '推进物流园区建设工作', '推进物流园区建设工作（区商务委牵头负责）。。。', null, '区商务委/lead'],
    ]);
  });

  // `!units.length || !annotations.length` → `false`: a line without any annotation threw (its
  // last annotation is undefined) and the paragraph tasks were lost.
  it('a line without an annotation is no paragraph task and does not stop the next one', () => {
    expect(tasks(['加快发展现代物流业务工作。', '加强科技创新主体培育工作（市科技局牵头负责）'])).toEqual([
      ['task', '1', '加强科技创新主体培育工作', '加强科技创新主体培育工作（市科技局牵头负责）', null, '市科技局/lead'],
    ]);
  });

  // `||` → `&&`: an annotation naming no unit (an empty 责任单位 field) made its line a
  // self-contained item, and the task was split.
  it('an annotation naming no unit does not end a self-contained item', () => {
    expect(tasks(['二、重点任务', '（一）甲项工作（区交通局负责）', '乙项工作（责任单位：）'])).toEqual([
      ['task', '（一）', '甲项工作', '甲项工作（区交通局负责）\n乙项工作（责任单位：）', '二', '区交通局/lead'],
    ]);
  });
});

describe('splitRunOnItems: which lines are the task’s, and the first line', () => {
  // `own.slice(1).some((l) => headingOf(l.content))` → `every`: one numbered sub-item among the
  // later lines keeps the task whole.
  it('one numbered sub-item among later lines that are not keeps the task whole', () => {
    expect(tasks(['二、重点任务', '（一）甲项工作（区交通局负责）', '1. 乙一（区财政局负责）', '乙二补充内容（区商务委负责）', '（二）丙项工作（区商务委负责）', '（三）丁项工作（区发改委负责）'])).toEqual([
      ['task', '（一）', '甲项工作', '甲项工作（区交通局负责）\n1. 乙一（区财政局负责）\n乙二补充内容（区商务委负责）', '二', '区交通局/lead,区财政局/support,区商务委/support'],
      ['task', '（二）', '丙项工作', '丙项工作（区商务委负责）', '二', '区商务委/lead'],
      ['task', '（三）', '丁项工作', '丁项工作（区发改委负责）', '二', '区发改委/lead'],
    ]);
  });

  // `l.cStart < t.span[1]` → `true`: the lines after the task (here the signature after the
  // body) were read as its own, and the last task was no longer split.
  it('the lines after the task, a signature after the body, are not its own', () => {
    expect(tasks(['二、重点任务', '（一）甲项工作（区交通局负责）', '乙项工作（区财政局负责）', '', '某某区人民政府办公室', '2025年3月1日'])).toEqual([
      ['task', '（一）', '甲项工作', '甲项工作（区交通局负责）', '二', '区交通局/lead'],
      ['task', '（二）', '乙项工作', '乙项工作（区财政局负责）', '二', '区财政局/lead'],
    ]);
  });

  // The number strip (a pattern of its own at 13feb4c, `^\s*…` → `^\S*…` went up to the last digit of the line); the first line's
  // title → the later lines' rule dropped leading Latin letters and digits (5G).
  it('the first line loses only its number, keeps a digit later in its text and its title’s leading 5G', () => {
    expect(tasks(['二、重点任务', '（一）5G基站建设3个（区经信委负责）', '乙项工作（区财政局负责）'])).toEqual([
      ['task', '（一）', '5G基站建设3个', '5G基站建设3个（区经信委负责）', '二', '区经信委/lead'],
      ['task', '（二）', '乙项工作', '乙项工作（区财政局负责）', '二', '区财政局/lead'],
    ]);
  });

  // The first line's number is the heading's marker (headingOf), not a pattern of its own: the
  // pattern left ① in the text and kept a bracket after a space ("（1 ）" gave "）甲项工作…").
  it('the first line loses its whole marker, whatever the style: ①, a space before the closing bracket', () => {
    expect(tasks(['二、重点任务', '① 甲项工作（区交通局负责）', '乙项工作（区财政局负责）']).map((t) => [t[1], t[2], t[3]])).toEqual([
      ['①', '甲项工作', '甲项工作（区交通局负责）'],
      ['①-2', '乙项工作', '乙项工作（区财政局负责）'],
    ]);
    expect(tasks(['二、重点任务', '（1 ）甲项工作（区交通局负责）', '乙项工作（区财政局负责）']).map((t) => [t[1], t[2], t[3]])).toEqual([
      ['（1）', '甲项工作', '甲项工作（区交通局负责）'],
      ['（1）-2', '乙项工作', '乙项工作（区财政局负责）'],
    ]);
    expect(tasks(['二、重点任务', '1 ）甲项工作（区交通局负责）', '乙项工作（区财政局负责）']).map((t) => [t[1], t[2], t[3]])).toEqual([
      ['1', '甲项工作', '甲项工作（区交通局负责）'],
      ['2', '乙项工作', '乙项工作（区财政局负责）'],
    ]);
  });
});

describe('unnumberedTasks: the section holding a paragraph (called directly, with no numbered task)', () => {
  // Through parseDocument such a paragraph is its section's own text and the section a task
  // itself, so the paragraph is never read there; called directly, with no tasks given, the
  // conditions `n.span[1] >= l.cEnd` (→ `>`, → `true`) decide its section.
  const text = '一、发展物流\n（一）冷链物流\n加强科技创新主体培育工作（市科技局牵头负责）';
  const lines = splitLines(text);
  const sectionOf = (sectionsEnd: number) =>
    unnumberedTasks(text, lines, buildSections(text, lines, new Set(), sectionsEnd), [], new Set(), text.length, null).map((t) => [t.number, t.title, t.section, t.sectionTitle]);

  it('the deepest section that holds it, also when it is the section’s last line', () => {
    expect(sectionOf(text.length)).toEqual([['1', '加强科技创新主体培育工作', '一/（一）', '冷链物流']]);
  });

  it('no section when the sections end before it', () => {
    expect(sectionOf(lines[2].cStart)).toEqual([['1', '加强科技创新主体培育工作', null, '']]);
  });
});
