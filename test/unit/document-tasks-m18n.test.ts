// src/domain/document/tasks.ts (issue 18): what the m18n runs of 2026-12-02 left alive outside
// lines 62–145 — titles holding a colon (a task title is not cut there, unlike a section's),
// the thematic-section fallback beside a 保障措施 heading, and the annotation that decides
// task against measure read only from the items themselves.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const brief = (lines: string[]) =>
  parseDocument(lines.join('\n')).tasks.map((t) => `${t.kind}:${t.section}:${t.number}:${t.title}:${t.units.map((u) => `${u.name}/${u.role}`).join(',')}`);

describe('makeTask: titles', () => {
  it('a colon inside a task title stays, in the first line and in the words after a leading annotation', () => {
    expect(brief(['二、重点任务', '1.建设冷链仓库：年内建成3个（区商务委负责）', '2.（区交通局负责）开行班列：每周2列'])).toEqual([
      'task:二:1:建设冷链仓库：年内建成3个:区商务委/lead',
      'task:二:2:开行班列：每周2列:区交通局/lead',
    ]);
  });
});

describe('buildTasks: without a 重点任务 heading', () => {
  it('a 保障措施 heading does not stop the thematic sections from holding the tasks', () => {
    expect(brief(['一、发展物流', '1.建设冷链仓库', '2.开行班列', '二、保障措施', '（一）加强组织领导（区政府办负责）', '三、发展商贸', '1.建设市场（区商务委负责）'])).toEqual([
      'task:一:1:建设冷链仓库:',
      'task:一:2:开行班列:',
      'safeguard:二:（一）:加强组织领导:区政府办/lead',
      'task:三:1:建设市场:区商务委/lead',
    ]);
  });

  it('units named outside the thematic items (here under 总体要求) do not make their items tasks', () => {
    expect(brief(['一、总体要求', '由区商务委牵头，区交通局配合。', '二、发展物流', '1.建设冷链仓库', '2.开行班列'])).toEqual([
      // The annotated 总体要求 paragraph is an assignment of its own (see buildTasks' last loop).
      'task:null:一:总体要求:区商务委/lead,区交通局/support',
      'measure:二:1:建设冷链仓库:',
      'measure:二:2:开行班列:',
    ]);
  });
});
