// Issue 18: every problem of the scheme check as a whole (path, Chinese, English), each rule
// parameter at its edge, and the labels with and without a name, code or id.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSchemeDefinition } from '../../src/domain/evaluation/scheme-check';

type C = Record<string, unknown>;
const crit = (patch: C = {}): C => ({ code: 'a', name: '甲', weight: 100, rule: { kind: 'points' }, ...patch });
const scheme = (criteria: C[], group: C = {}) => ({ groups: [{ id: 'g', name: '组一', criteria, ...group }] });
const problems = (def: unknown) => checkSchemeDefinition(def).map((p) => [p.path, p.messageZh, p.messageEn]);
const one = (patch: C) => problems(scheme([crit(patch)]));

describe('scheme and groups', () => {
  it('needs groups', () => {
    const none = [['groups', '方案至少需要一个评价组', 'the scheme needs at least one peer group']];
    for (const d of [null, undefined, {}, { groups: [] }, { groups: 'x' }]) expect(problems(d)).toEqual(none);
  });
  it('accepts a minimal good scheme', () => {
    expect(problems(scheme([crit()]))).toEqual([]);
  });
  it('names a group by its name, else its id, else its number', () => {
    expect(problems({ groups: [{ id: ' g ', name: ' 组一 ', criteria: [] }] })).toEqual([['groups[0].criteria', '组一：至少需要一项指标', '组一: at least one indicator is needed']]);
    expect(problems({ groups: [{ id: 'g', criteria: 'x' }] })).toEqual([
      ['groups[0].name', '第 1 组：组名未填', 'group 1: the name is missing'],
      ['groups[0].criteria', 'g：至少需要一项指标', 'g: at least one indicator is needed'],
    ]);
    expect(problems({ groups: [{ id: 'g', name: 'x', criteria: [crit()] }, null] })).toEqual([
      ['groups[1].id', '第 2 组：类型（id）未填', 'group 2: the type (id) is missing'],
      ['groups[1].name', '第 2 组：组名未填', 'group 2: the name is missing'],
      ['groups[1].criteria', '第 2 组：至少需要一项指标', 'group 2: at least one indicator is needed'],
    ]);
  });
  it('finds a repeated id against the first group that had it', () => {
    const g = (id: string) => ({ id, name: id, criteria: [crit()] });
    expect(problems({ groups: [g('a'), g('b'), g('a'), g('b')] })).toEqual([
      ['groups[2].id', '第 3 组：类型 a 与第 1 组重复', 'group 3: the type a repeats group 1'],
      ['groups[3].id', '第 4 组：类型 b 与第 2 组重复', 'group 4: the type b repeats group 2'],
    ]);
  });
});

describe('criteria', () => {
  it('labels an indicator by name, else code, else its number alone', () => {
    expect(one({ weight: -1 })).toEqual([['groups[0].criteria[0].weight', '组一 第 1 项指标“甲”：权重应为不小于 0 的数', '组一, indicator 1 "甲": the weight must be a number of 0 or more']]);
    expect(one({ name: ' ' })).toEqual([['groups[0].criteria[0].name', '组一 第 1 项指标（a）：名称未填', '组一, indicator 1 (a): the name is missing']]);
    expect(one({ name: '', code: '' })).toEqual([
      ['groups[0].criteria[0].code', '组一 第 1 项指标：代码未填', '组一, indicator 1: the code is missing'],
      ['groups[0].criteria[0].name', '组一 第 1 项指标：名称未填', '组一, indicator 1: the name is missing'],
    ]);
  });
  it('refuses spaces and bars in a code and repeated codes', () => {
    expect(one({ code: 'a b' })).toEqual([['groups[0].criteria[0].code', '组一 第 1 项指标“甲”：代码 a b 不能含空格或竖线', '组一, indicator 1 "甲": the code a b cannot contain spaces or |']]);
    expect(one({ code: 'a|b' })).toEqual([['groups[0].criteria[0].code', '组一 第 1 项指标“甲”：代码 a|b 不能含空格或竖线', '组一, indicator 1 "甲": the code a|b cannot contain spaces or |']]);
    expect(one({ code: 'a\tb' })[0][0]).toBe('groups[0].criteria[0].code');
    expect(problems(scheme([crit({ weight: 50 }), crit({ name: '乙', code: 'b', weight: 25 }), crit({ name: '丙', weight: 25 })]))).toEqual([
      ['groups[0].criteria[2].code', '组一 第 3 项指标“丙”：代码 a 与第 1 项重复', '组一, indicator 3 "丙": the code a repeats indicator 1'],
    ]);
  });
  it('takes a weight of 0, refuses a negative or non-number one, and sums to exactly 100 within 1e-6', () => {
    expect(problems(scheme([crit({ weight: 0 }), crit({ code: 'b', weight: 100 })]))).toEqual([]);
    expect(problems(scheme([crit({ weight: 33.3333333 }), crit({ code: 'b', weight: 66.6666667 })]))).toEqual([]);
    for (const weight of ['100', NaN, Infinity, null])
      expect(one({ weight })).toEqual([['groups[0].criteria[0].weight', '组一 第 1 项指标“甲”：权重应为不小于 0 的数', '组一, indicator 1 "甲": the weight must be a number of 0 or more']]);
    expect(one({ weight: 99.99 })).toEqual([['groups[0].criteria', '组一：各项指标权重合计 99.99，应为 100', 'the weights of group 组一 add up to 99.99, not 100']]);
    expect(one({ weight: 100.00001 })).toEqual([['groups[0].criteria', '组一：各项指标权重合计 100.00001，应为 100', 'the weights of group 组一 add up to 100.00001, not 100']]);
    expect(one({ weight: 100.0000001 })).toEqual([]);
    expect(one({ weight: 99.9999999 })).toEqual([]);
    expect(one({ weight: 1 / 3 })).toEqual([['groups[0].criteria', '组一：各项指标权重合计 0.333333，应为 100', 'the weights of group 组一 add up to 0.333333, not 100']]);
  });
  it('reads the source: an indicator needs its id, a rated value none', () => {
    const msg = ['groups[0].criteria[0].indicatorId', '组一 第 1 项指标“甲”：数据来源为指标库，须选定指标', '组一, indicator 1 "甲": the value comes from an indicator: choose the indicator'];
    expect(one({ source: 'indicator' })).toEqual([msg]);
    expect(one({ source: 'indicator', indicatorId: ' ' })).toEqual([msg]);
    expect(one({ source: 'indicator', indicatorId: 'i1' })).toEqual([]);
    expect(one({ indicatorId: 'i1' })).toEqual([]);
    expect(one({ source: 'rated' })).toEqual([]);
    // an indicator id that is given but blank or not text still means "from the indicator library"
    expect(one({ indicatorId: '  ' })).toEqual([msg]);
    expect(one({ indicatorId: 7 })).toEqual([msg]);
  });
  it('needs a known rule kind and then checks nothing more of that indicator', () => {
    const msg = (i = 0) => [`groups[0].criteria[${i}].rule.kind`, '组一 第 1 项指标“甲”：请选择评分规则', '组一, indicator 1 "甲": choose a scoring rule'];
    expect(one({ rule: undefined })).toEqual([msg()]);
    expect(one({ rule: { kind: 'nope' } })).toEqual([msg()]);
    expect(one({ rule: { kind: 3 } })).toEqual([msg()]);
    expect(one({ rule: { kind: 'toString' } })).toEqual([msg()]);
  });
  it('accepts every rule kind without parameters of its own', () => {
    for (const kind of ['ratio_to_best', 'yes_no', 'points']) expect(one({ rule: { kind } })).toEqual([]);
  });
});

describe('rule parameters', () => {
  const L = '组一 第 1 项指标“甲”：';
  const E = '组一, indicator 1 "甲": ';
  const p = (key: string, zh: string, en: string) => [`groups[0].criteria[0].rule.${key}`, L + zh, E + en];
  it('target attainment: target required and not 0, cap above 0', () => {
    expect(one({ rule: { kind: 'target_attainment', target: 5 } })).toEqual([]);
    expect(one({ rule: { kind: 'target_attainment', target: -5, cap: 1.2 } })).toEqual([]);
    expect(one({ rule: { kind: 'target_attainment' } })).toEqual([p('target', '评分规则的目标值未填', "the rule's target is missing")]);
    expect(one({ rule: { kind: 'target_attainment', target: null } })).toEqual([p('target', '评分规则的目标值未填', "the rule's target is missing")]);
    expect(one({ rule: { kind: 'target_attainment', target: 0 } })).toEqual([p('target', '评分规则的目标值不能为 0', "the rule's target cannot be 0")]);
    expect(one({ rule: { kind: 'target_attainment', target: '5' } })).toEqual([p('target', '评分规则的目标值应为数字', "the rule's target must be a number")]);
    expect(one({ rule: { kind: 'target_attainment', target: 5, cap: 0 } })).toEqual([p('cap', '评分规则的封顶倍数应大于 0', "the rule's cap must be above 0")]);
    expect(one({ rule: { kind: 'target_attainment', target: 5, cap: 0.01 } })).toEqual([]);
    expect(one({ rule: { kind: 'target_attainment', target: 5, cap: NaN } })).toEqual([p('cap', '评分规则的封顶倍数应为数字', "the rule's cap must be a number")]);
  });
  it('banded: four required, step above 0, zero target allowed, min not above max', () => {
    const ok = { kind: 'banded', target: 0, step: 1, pointsAbove: 0, pointsBelow: 0 };
    expect(one({ rule: ok })).toEqual([]);
    expect(one({ rule: { kind: 'banded' } })).toEqual([
      p('target', '评分规则的目标值未填', "the rule's target is missing"),
      p('step', '评分规则的每档步长未填', "the rule's step is missing"),
      p('pointsAbove', '评分规则的每档加分未填', "the rule's points per step above is missing"),
      p('pointsBelow', '评分规则的每档减分未填', "the rule's points per step below is missing"),
    ]);
    expect(one({ rule: { ...ok, step: -1 } })).toEqual([p('step', '评分规则的每档步长应大于 0', "the rule's step must be above 0")]);
    expect(one({ rule: { ...ok, minPoints: 5, maxPoints: 5 } })).toEqual([]);
    expect(one({ rule: { ...ok, minPoints: 5, maxPoints: 4 } })).toEqual([p('maxPoints', '评分规则的最高得分小于最低得分', "the rule's maximum points are below its minimum")]);
    expect(one({ rule: { ...ok, minPoints: 5 } })).toEqual([]);
    expect(one({ rule: { ...ok, minPoints: 'x', maxPoints: 4 } })).toEqual([p('minPoints', '评分规则的最低得分应为数字', "the rule's minimum points must be a number")]);
    expect(one({ rule: { ...ok, minPoints: 5, maxPoints: 'x' } })).toEqual([p('maxPoints', '评分规则的最高得分应为数字', "the rule's maximum points must be a number")]);
  });
  it('linear: floor and target required and different', () => {
    expect(one({ rule: { kind: 'linear', floor: 0, target: 10 } })).toEqual([]);
    expect(one({ rule: { kind: 'linear', target: 10 } })).toEqual([p('floor', '评分规则的零分值未填', "the rule's floor value is missing")]);
    expect(one({ rule: { kind: 'linear', floor: 3, target: 3 } })).toEqual([p('target', '线性规则的目标值不能等于零分值', "the linear rule's target cannot equal its floor")]);
    expect(one({ rule: { kind: 'linear', floor: 3, target: '3' } })).toEqual([p('target', '评分规则的目标值应为数字', "the rule's target must be a number")]);
  });
  it('rank points: a non-empty list of numbers', () => {
    expect(one({ rule: { kind: 'rank_points', points: [10, 8, 6] } })).toEqual([]);
    for (const points of [undefined, [], '10,8'])
      expect(one({ rule: { kind: 'rank_points', points } })).toEqual([p('points', '评分规则的各名次得分未填', "the rule's points per rank are missing")]);
    expect(one({ rule: { kind: 'rank_points', points: [10, '8'] } })).toEqual([p('points', '评分规则的各名次得分应为数字，用逗号分隔', "the rule's points per rank must be numbers")]);
  });
  it('asks the linear and banded cross-checks of their own kind only', () => {
    expect(one({ rule: { kind: 'target_attainment', target: 5, floor: 5 } })).toEqual([]);
    expect(one({ rule: { kind: 'points', floor: 5, target: 5 } })).toEqual([]);
    expect(one({ rule: { kind: 'points', target: 5 } })).toEqual([]);
    expect(one({ rule: { kind: 'points', floor: 5 } })).toEqual([]);
    expect(one({ rule: { kind: 'points', minPoints: 5, maxPoints: 4 } })).toEqual([]);
    expect(one({ rule: { kind: 'points', maxPoints: 4 } })).toEqual([]);
    expect(one({ rule: { kind: 'linear', floor: 'x', target: 5 } })).toEqual([p('floor', '评分规则的零分值应为数字', "the rule's floor value must be a number")]);
  });
  it('only counts the weights of a group when all are numbers', () => {
    expect(problems(scheme([crit({ weight: 10 }), crit({ code: 'b', weight: 'x' })]))).toEqual([
      ['groups[0].criteria[1].weight', '组一 第 2 项指标“甲”：权重应为不小于 0 的数', '组一, indicator 2 "甲": the weight must be a number of 0 or more'],
    ]);
  });
  it('finds no problem in any scheme of positive weights adding to 100 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }), (raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const weights = raw.map((w) => (w / total) * 100);
        const d = scheme(weights.map((weight, i) => crit({ code: `c${i}`, weight })));
        expect(problems(d)).toEqual([]);
      }),
    );
  });
});
