// The scheme form's check: every problem names the group, the indicator and the field in Chinese,
// with the path the form marks; a good scheme (the demo's) has none.
import { describe, expect, it } from 'vitest';
import { checkSchemeDefinition } from '../../src/domain/evaluation/index';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('checkSchemeDefinition', () => {
  it('the demo scheme passes', () => {
    expect(checkSchemeDefinition(DEMO_SCHEME)).toEqual([]);
  });

  it('names group, indicator and field', () => {
    const d = clone(DEMO_SCHEME) as unknown as { groups: { id: string; name: string; criteria: Record<string, unknown>[] }[] };
    d.groups[0].criteria[1].weight = 20; // 陆港型 adds up to 95
    d.groups[1].criteria[0].name = '';
    d.groups[1].criteria[2].code = 'hub'; // repeats indicator 1
    d.groups[2].criteria[0].rule = { kind: 'target_attainment', target: 0 };
    d.groups[2].criteria[1].rule = { kind: 'banded', target: 90, step: 0, pointsAbove: 1 };
    d.groups[3].criteria[0].rule = { kind: 'linear', floor: 5, target: 5 };
    d.groups[3].criteria[1] = { ...d.groups[3].criteria[1], source: 'indicator' };
    d.groups[4].id = 'dry_port';
    d.groups[4].criteria[0].weight = -1;
    const problems = checkSchemeDefinition(d);
    const by = Object.fromEntries(problems.map((p) => [p.path, p.messageZh]));
    expect(by['groups[0].criteria']).toBe('陆港型：各项指标权重合计 95，应为 100');
    expect(by['groups[1].criteria[0].name']).toBe('空港型 第 1 项指标（hub）：名称未填');
    expect(by['groups[1].criteria[2].code']).toBe('空港型 第 3 项指标“重点任务完成率（%）”：代码 hub 与第 1 项重复');
    expect(by['groups[2].criteria[0].rule.target']).toBe('港口型 第 1 项指标“枢纽能级（港口吞吐、江海联运）”：评分规则的目标值不能为 0');
    expect(by['groups[2].criteria[1].rule.step']).toBe('港口型 第 2 项指标“产业集聚”：评分规则的每档步长应大于 0');
    expect(by['groups[2].criteria[1].rule.pointsBelow']).toBe('港口型 第 2 项指标“产业集聚”：评分规则的每档减分未填');
    expect(by['groups[3].criteria[0].rule.target']).toContain('线性规则的目标值不能等于零分值');
    expect(by['groups[3].criteria[1].indicatorId']).toContain('数据来源为指标库，须选定指标');
    expect(by['groups[4].id']).toBe('第 5 组：类型 dry_port 与第 1 组重复');
    expect(by['groups[4].criteria[0].weight']).toBe('生产服务型 第 1 项指标“生产服务能级”：权重应为不小于 0 的数');
    // A group whose weights are not all numbers gets no sum message on top.
    expect(by['groups[4].criteria']).toBeUndefined();
    expect(problems.every((p) => p.messageEn.length > 0)).toBe(true);
  });

  it('a scheme without groups, a group without indicators', () => {
    expect(checkSchemeDefinition({ groups: [] }).map((p) => p.messageZh)).toEqual(['方案至少需要一个评价组']);
    expect(checkSchemeDefinition({ groups: [{ id: 'airport', name: '空港型', criteria: [] }] }).map((p) => [p.path, p.messageZh])).toEqual([['groups[0].criteria', '空港型：至少需要一项指标']]);
  });
});
