// src/domain/document/tasks.ts (issue 18): the mutants the whole-file run of 13feb4c (m18p) left
// alive in buildTasks, and those of lines 420–506 (nextNumber, endsWithAnnotation,
// splitRunOnItems, unnumberedTasks).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

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
