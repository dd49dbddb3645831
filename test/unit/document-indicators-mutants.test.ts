// Kills the mutants of src/domain/document/indicators.ts: each rule of the target reader, the
// names/units split and the table and goal readers asserted with exact values, at its limits and
// with counter-examples. Synthetic cells and clauses written for the rule, not copied from the
// real-document fixtures.
import { describe, expect, it } from 'vitest';
import {
  countListTargets,
  describeTarget,
  findTables,
  goalClauseTarget,
  goalIndicators,
  goalOpenings,
  inferDirection,
  isMeasureUnit,
  isRateName,
  lowerIsBetter,
  parseNumber,
  parseTarget,
  respectiveTargets,
  shareHead,
  splitNameUnit,
  targetQuestions,
  undatedGoalOpenings,
  undoubleSpacing,
} from '../../src/domain/document/indicators';
import { splitLines } from '../../src/domain/document/text';
import type { Target } from '../../src/domain/document/types';

const T = (o: Partial<Target>): Target => ({ year: 2027, kind: 'level', value: 15, text: '15', ...o });

describe('parseNumber', () => {
  it('reads the first number, thousands separators removed', () => {
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('约12.50万吨')).toBe(12.5);
    expect(parseNumber('1.25')).toBe(1.25);
    expect(parseNumber('3.')).toBe(3);
    expect(parseNumber('-5')).toBe(5);
    expect(parseNumber('12与34')).toBe(12);
  });
  it('no digit, or a number too large for a double, is no number', () => {
    expect(parseNumber('待定')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('9'.repeat(400))).toBeNull();
  });
});

describe('lowerIsBetter', () => {
  it('a word of cost, time or harm in the name makes lower better', () => {
    for (const name of ['物流成本', '管理费用', '通关耗时', '平均时长', '通关时间', '办理时限', '平均用时', '单位能耗', '碳排放', '安全事故', '投诉', '事故发生率', '死亡率', '不良率', '逾期', '仓库空置率', '结算周期', '航班延误'])
      expect([name, lowerIsBetter(name, '')]).toEqual([name, true]);
    expect(lowerIsBetter('货运量', '万吨')).toBe(false);
    expect(lowerIsBetter('货运量', '')).toBe(false);
  });
  it('a unit of time or of price per amount makes lower better, only as the whole unit', () => {
    for (const unit of ['分钟', '小时', '天', '日', '秒', '工作日', '个工作日', '元/吨', '元/标箱']) expect([unit, lowerIsBetter('货运量', unit)]).toEqual([unit, true]);
    expect(lowerIsBetter('平均车速', '公里/小时')).toBe(false);
    expect(lowerIsBetter('货运量', '分钟数')).toBe(false);
    expect(lowerIsBetter('货运量', '万元/吨')).toBe(false);
  });
  it('a standard to raise, a rate of lowering or a share met is not lower-better, unless its unit says so', () => {
    for (const name of ['城乡居民最低生活保障标准', '救助保障标准', '物流成本降低率', '能耗下降幅度', '排放减少比例', '时间节约率', '成本节省率', '费用压减率', '时长缩短率', '排放达标率', '事故处置覆盖率', '运输时间准点率', '投诉办理及时率', '物流成本满意度', '投诉处置率', '事故结案率'])
      expect([name, lowerIsBetter(name, '')]).toEqual([name, false]);
    expect(lowerIsBetter('最低生活保障标准', '天')).toBe(true);
    expect(lowerIsBetter('物流成本降低率', '小时')).toBe(true);
  });
  it('the ends of NOT_LOWER are anchored: the same words inside a longer name do not decide', () => {
    expect(lowerIsBetter('保障标准执行时间', '')).toBe(true);
    expect(lowerIsBetter('能耗降低率统计周期', '')).toBe(true);
    expect(lowerIsBetter('排放减少比例核算时间', '')).toBe(true);
  });
  it('a trailing bracket is not part of the name it qualifies', () => {
    expect(lowerIsBetter('物流成本降低率（%）', '')).toBe(false);
    expect(lowerIsBetter('物流成本降低率(%)', '')).toBe(false);
    expect(lowerIsBetter('物流成本降低率（%)', '')).toBe(false);
    expect(lowerIsBetter('通关时间（进口）', '')).toBe(true);
    // only a bracket at the end is dropped
    expect(lowerIsBetter('物流成本降低率（%）合计', '')).toBe(true);
  });
});

describe('inferDirection', () => {
  it('the wording of the target decides first, white space ignored', () => {
    for (const t of ['不高于5', '不超过5', '控制在5', '5以内', '≤ 5', '<=5']) expect([t, inferDirection('货运量', '', t)]).toEqual([t, { direction: 'decrease', by: 'wording' }]);
    for (const t of ['不低于5', '不少于5', '5以上', '≥5', '>=5', '突破5']) expect([t, inferDirection('通关时长', '分钟', t)]).toEqual([t, { direction: 'increase', by: 'wording' }]);
    for (const t of ['降低5', '下降5', '减少5', '压减5', '压缩5', '缩短5', '降 低5']) expect([t, inferDirection('货运量', '', t)]).toEqual([t, { direction: 'decrease', by: 'wording' }]);
  });
  it('a ceiling word comes before a floor word, and a floor word before a word of lowering', () => {
    expect(inferDirection('货运量', '', '不高于5，不低于3')).toEqual({ direction: 'decrease', by: 'wording' });
    expect(inferDirection('货运量', '', '降低至5以上')).toEqual({ direction: 'increase', by: 'wording' });
  });
  it('then the unit, then the name, then words of growth, then the default', () => {
    expect(inferDirection('货运量', '分钟', '')).toEqual({ direction: 'decrease', by: 'unit' });
    expect(inferDirection('通关时长', '', '')).toEqual({ direction: 'decrease', by: 'name' });
    expect(inferDirection('通关时长', '', '提升')).toEqual({ direction: 'decrease', by: 'name' });
    expect(inferDirection('货运量增速', '', '')).toEqual({ direction: 'increase', by: 'wording' });
    for (const t of ['增长', '提高', '提升']) expect([t, inferDirection('货运量', '', t)]).toEqual([t, { direction: 'increase', by: 'wording' }]);
    expect(inferDirection('货运量', '', '')).toEqual({ direction: 'increase', by: 'default' });
    expect(inferDirection('货运量', '万吨', '500')).toEqual({ direction: 'increase', by: 'default' });
  });
});

describe('isRateName', () => {
  it('a name ending in a rate or share word, white space ignored', () => {
    for (const n of ['货运 增长率', '增速', '增幅', '占比', '比重', '比例', '比率', '完好率', '完好率（%）', '利用率(不含X)']) expect([n, isRateName(n)]).toEqual([n, true]);
  });
  it('效率, a lone 率, a rate word not at the end, a count are no rate', () => {
    for (const n of ['效率', '率', '增长率排名', '货运量', '比重（）x']) expect([n, isRateName(n)]).toEqual([n, false]);
  });
});

describe('parseTarget', () => {
  it('an empty or dashed cell is pending; the cell text is kept trimmed', () => {
    expect(parseTarget('', '货运量', '万吨', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: '' });
    for (const c of ['—', '–', '-', '－', '/', '／', '-／', ' — ']) expect(parseTarget(c, '货运量', '万吨', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: c.trim() });
    // a dash beside a number is not a dashed cell
    expect(parseTarget('—5', '货运量', '万吨', 2027).kind).toBe('level');
  });
  it('coverage words make a coverage target', () => {
    for (const c of ['全覆盖', '全面覆盖', '全部覆盖', '100%覆盖', '100％覆盖', ' 实现全面覆盖 ']) expect(parseTarget(c, '乡镇快递网点', '', 2027)).toEqual({ year: 2027, kind: 'coverage', value: null, text: c.trim() });
  });
  it('a margin over a benchmark in points is relative', () => {
    expect(parseTarget('高于全市平均水平2个百分点', '增速', '%', 2027)).toEqual({ year: 2027, kind: 'relative', value: 2, text: '高于全市平均水平2个百分点', benchmark: '全市', unit: '百分点' });
    expect(parseTarget('快于全国1.5百分点', '增速', '%', 2027)).toEqual({ year: 2027, kind: 'relative', value: 1.5, text: '快于全国1.5百分点', benchmark: '全国', unit: '百分点' });
    expect(parseTarget('领先全省平均0.5个百分点', '增速', '%', null)).toEqual({ year: null, kind: 'relative', value: 0.5, text: '领先全省平均0.5个百分点', benchmark: '全省', unit: '百分点' });
  });
  it('placeholders are pending, with % kept', () => {
    expect(parseTarget('××%', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: '××%', unit: '%' });
    expect(parseTarget('XX％', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: 'XX％', unit: '%' });
    for (const c of ['待定', '待确定', '待测算', '另行确定', 'x', '＊']) expect(parseTarget(c, '货运量', '', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: c });
    expect(parseTarget('暂无', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'pending', value: null, text: '暂无' });
  });
  it('a percentage of a rate name is the rate itself: level, min or max', () => {
    expect(parseTarget('15%', '货运量增长率', '', 2027)).toEqual({ year: 2027, kind: 'level', value: 15, text: '15%', unit: '%', rate: true, direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('年均15%', '货运量增长率', '', 2027)).toEqual({ year: 2027, kind: 'level', value: 15, text: '年均15%', unit: '%', rate: true, growthBasis: 'annual', direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('15%', '年均货运量增长率', '', 2027)).toMatchObject({ kind: 'level', rate: true, growthBasis: 'annual' });
    for (const c of ['≥15%', '>=15%', '不低于15%', '不少于15%', '15%以上', '大于15%', '超过15%', '突破15%'])
      expect([c, parseTarget(c, '货运量增长率', '', 2027)]).toEqual([c, { year: 2027, kind: 'min', value: 15, text: c, unit: '%', rate: true, direction: 'increase', directionBy: 'wording' }]);
    for (const c of ['≤15%', '<=15%', '不高于15%', '15%以内', '15%以下', '小于15%', '控制在15%'])
      expect([c, parseTarget(c, '货运量增长率', '', 2027)]).toEqual([c, { year: 2027, kind: 'max', value: 15, text: c, unit: '%', rate: true, direction: 'decrease', directionBy: 'wording' }]);
    expect(parseTarget('15%', '空置率', '', 2027)).toEqual({ year: 2027, kind: 'max', value: 15, text: '15%', unit: '%', rate: true, direction: 'decrease', directionBy: 'name' });
  });
  it('a 单位 of % makes a bare number a percentage', () => {
    expect(parseTarget('13.5', '货运量增长率', '%', 2027)).toEqual({ year: 2027, kind: 'level', value: 13.5, text: '13.5', unit: '%', rate: true, direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('13.5', '货运量增长率', '％', 2027)).toEqual({ year: 2027, kind: 'level', value: 13.5, text: '13.5', unit: '%', rate: true, direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('13.5', '货运量增长率', '', 2027)).toEqual({ year: 2027, kind: 'level', value: 13.5, text: '13.5', direction: 'increase', directionBy: 'wording' });
  });
  it('a percentage of a level compared with a base is a growth', () => {
    expect(parseTarget('10%', '货运量', '', 2027, { growth: true })).toEqual({ year: 2027, kind: 'growth', value: 10, text: '10%', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'default' });
    expect(parseTarget('10%', '货运量增长', '', 2027)).toEqual({ year: 2027, kind: 'growth', value: 10, text: '10%', unit: '%', growthBasis: 'cumulative', direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('增长10%', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'growth', value: 10, text: '增长10%', unit: '%', growthBasis: 'cumulative', direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('年均增长10%', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'growth', value: 10, text: '年均增长10%', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' });
    // a rate name compared with a base (较/比/相比) is a growth of the level, not the rate
    for (const c of ['较上年增长10%', '比上年增长10%', '相比上年增长10%']) expect([c, parseTarget(c, '货运量增长率', '', 2027).kind]).toEqual([c, 'growth']);
    // growth without a percentage is a level
    expect(parseTarget('增长10', '货运量', '万吨', 2027)).toEqual({ year: 2027, kind: 'level', value: 10, text: '增长10', direction: 'increase', directionBy: 'wording' });
  });
  it('a percentage with a word of lowering is a reduction', () => {
    expect(parseTarget('5%', '能耗下降', '', 2027)).toEqual({ year: 2027, kind: 'reduction', value: 5, text: '5%', unit: '%', growthBasis: 'cumulative', direction: 'decrease', directionBy: 'name' });
    expect(parseTarget('下降5%', '能耗', '', 2027)).toEqual({ year: 2027, kind: 'reduction', value: 5, text: '下降5%', unit: '%', growthBasis: 'cumulative', direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('年均降低5%', '能耗', '', 2027)).toEqual({ year: 2027, kind: 'reduction', value: 5, text: '年均降低5%', unit: '%', growthBasis: 'annual', direction: 'decrease', directionBy: 'wording' });
    for (const n of ['排放下降', '排放降幅', '成本降低', '事故减少', '库存压减']) expect([n, parseTarget('5%', n, '', 2027).kind]).toEqual([n, 'reduction']);
    // a rate name with a word of lowering is the rate itself
    expect(parseTarget('5%', '排放下降率', '', 2027)).toMatchObject({ kind: 'level', rate: true });
    for (const c of ['降低5%', '减少5%']) expect([c, parseTarget(c, '能耗', '', 2027).kind]).toEqual([c, 'reduction']);
  });
  it('other numbers: floor, ceiling, lower-better, level', () => {
    // the kind decides the direction whatever the wording, unit or name said
    expect(parseTarget('低于60', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'max', value: 60, text: '低于60', direction: 'decrease', directionBy: 'default' });
    expect(parseTarget('5%', '库存压减', '', 2027)).toEqual({ year: 2027, kind: 'reduction', value: 5, text: '5%', unit: '%', growthBasis: 'cumulative', direction: 'decrease', directionBy: 'default' });
    expect(parseTarget('大于60', '通关时间', '', 2027)).toEqual({ year: 2027, kind: 'min', value: 60, text: '大于60', direction: 'increase', directionBy: 'name' });
    expect(parseTarget('10%', '通关时间增长', '', 2027)).toEqual({ year: 2027, kind: 'growth', value: 10, text: '10%', unit: '%', growthBasis: 'cumulative', direction: 'increase', directionBy: 'name' });
    for (const c of ['≥500', '>=500', '不低于500', '不少于500', '500以上', '大于500', '超过500', '突破500'])
      expect([c, parseTarget(c, '货运量', '万吨', 2027)]).toEqual([c, { year: 2027, kind: 'min', value: 500, text: c, direction: 'increase', directionBy: c === '突破500' || c.includes('≥') || c.includes('>=') || c.includes('不低于') || c.includes('不少于') || c.includes('以上') ? 'wording' : 'default' }]);
    for (const c of ['≤60', '<=60', '不高于60', '60以内', '60以下', '小于60', '低于60', '控制在60'])
      expect([c, parseTarget(c, '货运量', '', 2027).kind]).toEqual([c, 'max']);
    expect(parseTarget('不高于60', '通关时间', '分钟', 2027)).toEqual({ year: 2027, kind: 'max', value: 60, text: '不高于60', direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('60', '通关时间', '', 2027)).toEqual({ year: 2027, kind: 'max', value: 60, text: '60', direction: 'decrease', directionBy: 'name' });
    expect(parseTarget('60', '货运量', '万吨', null)).toEqual({ year: null, kind: 'level', value: 60, text: '60', direction: 'increase', directionBy: 'default' });
    expect(parseTarget(' 6 0 ', '货运量', '万吨', 2027)).toEqual({ year: 2027, kind: 'level', value: 60, text: '6 0', direction: 'increase', directionBy: 'default' });
  });
});

describe('targetQuestions', () => {
  const q = (name: string, unit: string, baseline: { year: number | null; value: number } | null, targets: Partial<Target>[]) => targetQuestions({ name, unit, baseline, targets: targets.map(T) });
  it('a level with no direction, no unit and no rate name', () => {
    expect(q('货运量', '', null, [{ directionBy: 'default', text: '500', value: 500 }])).toEqual(['2027年目标“500”未写明方向与单位，请确认']);
    expect(q('货运量', '', null, [{ directionBy: 'default', text: '500', value: 500, year: null }])).toEqual(['年目标“500”未写明方向与单位，请确认']);
    expect(q('货运量', '万吨', null, [{ directionBy: 'default' }])).toEqual([]);
    expect(q('货运量', '', null, [{ directionBy: 'wording' }])).toEqual([]);
    expect(q('货运量', '', null, [{ directionBy: 'unit' }])).toEqual([]);
    expect(q('货运量', '', null, [{ directionBy: 'default', kind: 'min' }])).toEqual([]);
    expect(q('货运量增长率', '', null, [{ directionBy: 'default' }])).toEqual([]);
    expect(q('货运量', '', null, [{ directionBy: 'default', value: null }])).toEqual([]);
  });
  it('a direction read from the name, asked once', () => {
    expect(q('通关时间', '分钟', null, [{ directionBy: 'name', direction: 'decrease', kind: 'max' }, { directionBy: 'name', direction: 'decrease', kind: 'max', year: 2030 }])).toEqual(['“通关时间”按名称判断为越低越好，请确认']);
  });
  it('a baseline that already meets a level, floor or ceiling, at and on both sides of it', () => {
    const at = (value: number, direction: Target['direction'], kind: Target['kind']) => q('指标X', '个', { year: 2022, value }, [{ value: 60, direction, kind, directionBy: 'wording' }]);
    expect(at(60, 'decrease', 'max')).toEqual(['基期值60已达到2027年目标60，请确认目标是否如此']);
    expect(at(59.5, 'decrease', 'max')).toEqual(['基期值59.5已达到2027年目标60，请确认目标是否如此']);
    expect(at(60.5, 'decrease', 'max')).toEqual([]);
    expect(at(60, 'increase', 'min')).toEqual(['基期值60已达到2027年目标60，请确认目标是否如此']);
    expect(at(60.5, 'increase', 'level')).toEqual(['基期值60.5已达到2027年目标60，请确认目标是否如此']);
    expect(at(59.5, 'increase', 'level')).toEqual([]);
    expect(at(61, undefined, 'level')).toEqual(['基期值61已达到2027年目标60，请确认目标是否如此']);
    expect(at(59, undefined, 'level')).toEqual([]);
    for (const kind of ['growth', 'reduction', 'relative'] as const) expect([kind, at(61, 'increase', kind)]).toEqual([kind, []]);
    expect(q('指标X', '个', { year: null, value: 61 }, [{ value: 60, kind: 'min', direction: 'increase', directionBy: 'wording', year: null }])).toEqual(['基期值61已达到年目标60，请确认目标是否如此']);
  });
  it('a rate read as the yearly value, asked only without a unit', () => {
    expect(q('货运量增长率', '', null, [{ rate: true, directionBy: 'wording' }])).toEqual(['“货运量增长率”按比率读取（每年的值即比率），请确认']);
    expect(q('货运量增长率', '%', null, [{ rate: true, directionBy: 'wording' }])).toEqual([]);
  });
});

describe('describeTarget', () => {
  const d = (o: Partial<Target>, unit = '万吨', b: { year: number | null; value: number } | null = null) => describeTarget(T(o), unit, b);
  it('every kind in words', () => {
    expect(d({ kind: 'pending', value: null, text: '待定' })).toBe('2027年目标待定（原文：待定）');
    expect(d({ kind: 'pending', value: null, text: '' })).toBe('2027年目标待定');
    expect(d({ kind: 'pending', value: null, text: '', year: null })).toBe('目标待定');
    expect(d({ kind: 'coverage', value: null })).toBe('2027年实现全覆盖');
    expect(d({ kind: 'relative', value: 2, benchmark: '全市' })).toBe('2027年增速高于全市2个百分点');
    expect(d({ kind: 'relative', value: 2 })).toBe('2027年增速高于对比基准2个百分点');
    expect(d({ kind: 'growth', value: 10, growthBasis: 'annual' })).toBe('2027年前年均增长10%');
    expect(d({ kind: 'growth', value: 10, growthBasis: 'cumulative' }, '', { year: 2022, value: 1 })).toBe('2027年较2022年增长10%');
    expect(d({ kind: 'growth', value: 10 }, '', { year: null, value: 1 })).toBe('2027年较基期增长10%');
    expect(d({ kind: 'growth', value: 10 }, '', null)).toBe('2027年较基期增长10%');
    expect(d({ kind: 'reduction', value: 5, growthBasis: 'annual' })).toBe('2027年前年均下降5%');
    expect(d({ kind: 'reduction', value: 5 }, '', { year: 2020, value: 1 })).toBe('2027年较2020年下降5%');
    expect(d({ kind: 'reduction', value: 5 }, '', null)).toBe('2027年较基期下降5%');
    expect(d({ kind: 'max', value: 60 }, '分钟')).toBe('2027年不高于60分钟');
    expect(d({ kind: 'max', value: 60, rate: true, unit: '%' })).toBe('2027年不高于60%（每年）');
    expect(d({ kind: 'min', value: 1.23456 })).toBe('2027年不低于1.2346万吨');
    expect(d({ kind: 'min', value: 3, rate: true, unit: '%' })).toBe('2027年不低于3%（每年）');
    expect(d({ kind: 'level', value: 15, rate: true, unit: '%', growthBasis: 'annual' })).toBe('2027年达到15%（年均）');
    expect(d({ kind: 'level', value: 15, rate: true, unit: '%' })).toBe('2027年达到15%（每年）');
    expect(d({ kind: 'level', value: 15, year: null }, '')).toBe('达到15');
    expect(d({ kind: 'level', value: 0.00004 })).toBe('2027年达到0万吨');
    expect(d({ kind: 'level', value: null })).toBe('2027年达到万吨');
  });
});

describe('isMeasureUnit and splitNameUnit', () => {
  it('measure words, alone or per another, at most 8 characters', () => {
    for (const s of ['万吨', ' 吨 ', 'TEU', 'teu', '个百分点', '元/吨', '%', '千瓦时', '亿元', '万标箱', '个/万人', 'Gbps', '万元/人', '万人次/年', '万人民币/平方米', '百元/吨', '万万元/吨'])
      expect([s, isMeasureUnit(s)]).toEqual([s, true]);
    for (const s of ['', '  ', '亿元/平方公里', '公里每小时', '12345678', '货运量', 'a/b', '千亿吨', '万人民币/平方米米', '吨/', '/吨', 'x万吨', '万吨x', '人民币元/吨', '吨/人民币元'])
      expect([s, isMeasureUnit(s)]).toEqual([s, false]);
  });
  it('a trailing bracket holding a measure is the unit', () => {
    expect(splitNameUnit('货运量（万吨）')).toEqual({ name: '货运量', unit: '万吨' });
    expect(splitNameUnit(' 货运量 (万吨) ')).toEqual({ name: '货运量', unit: '万吨' });
    expect(splitNameUnit('货运量（ 万吨 ）')).toEqual({ name: '货运量', unit: '万吨' });
    expect(splitNameUnit('通关时间（进口）（分钟）')).toEqual({ name: '通关时间（进口）', unit: '分钟' });
    expect(splitNameUnit('（万吨）')).toEqual({ name: '', unit: '万吨' });
    for (const s of ['港口（含内河）吞吐量', '货运量（万吨', '货运量（进口）', '货运量（万吨）合计', '货运量（一二三四五六七八九十一）'])
      expect([s, splitNameUnit(s)]).toEqual([s, { name: s, unit: '' }]);
  });
});

describe('bugs found while writing these tests', () => {
  it('分别提高 / 分别提升 / 分别减少 give one target per item (the list was read as one indicator named …分别)', () => {
    const r = (c: string) => respectiveTargets(c, 2027)?.map((x) => [x.name, x.target.kind, x.target.value, x.target.growthBasis]);
    expect(r('货运量、吞吐量分别提高5%、3%')).toEqual([['货运量', 'growth', 5, 'cumulative'], ['吞吐量', 'growth', 3, 'cumulative']]);
    expect(r('货运量、吞吐量分别提升5%、3%')).toEqual([['货运量', 'growth', 5, 'cumulative'], ['吞吐量', 'growth', 3, 'cumulative']]);
    expect(r('货运量、吞吐量分别减少5%、3%')).toEqual([['货运量', 'reduction', 5, 'cumulative'], ['吞吐量', 'reduction', 3, 'cumulative']]);
    const text = '到2027年，全市货运量、吞吐量分别提高5%、3%。';
    expect(goalIndicators([{ year: 2027, span: [0, text.length] } as never], text).map((i) => [i.name, i.targets[0].kind, i.targets[0].value])).toEqual([['货运量', 'growth', 5], ['吞吐量', 'growth', 3]]);
  });
  it('年均 before a word of lowering is not part of the name (单位能耗年均下降5% was named 单位能耗年均)', () => {
    expect(goalClauseTarget('单位能耗年均下降5%', 2027)).toEqual({ name: '单位能耗', target: { year: 2027, kind: 'reduction', value: 5, text: '单位能耗年均下降5%', unit: '%', growthBasis: 'annual', direction: 'decrease', directionBy: 'wording' } });
    expect(goalClauseTarget('单位能耗累计下降5%', 2027)).toMatchObject({ name: '单位能耗', target: { growthBasis: 'cumulative' } });
    expect(goalClauseTarget('单位能耗同比降低5%', 2027)).toMatchObject({ name: '单位能耗', target: { kind: 'reduction', value: 5 } });
    // alone, it is the fall of the indicator named just before it
    const text = '单位能耗达到0.5吨，年均下降5%。';
    expect(goalIndicators([{ year: 2027, span: [0, text.length] } as never], text).map((i) => [i.name, i.targets[0].kind, i.targets[0].growthBasis])).toEqual([
      ['单位能耗', 'max', undefined],
      ['单位能耗年均下降', 'reduction', 'annual'],
    ]);
  });
  it('an empty serial cell of a tab-separated row is a cell, not an indent (the row was read shifted: name 万吨, unit 150)', () => {
    expect(read('序号\t指标\t单位\t2027年\n\t货运量\t万吨\t150').ind.map((r) => r.slice(0, 6))).toEqual([['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]]);
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n\t吞吐量\t万标箱\t8').ind.map((r) => r.slice(0, 4))).toEqual([['1', '', '货运量', '万吨'], ['2', '', '吞吐量', '万标箱']]);
    // an indented row (one cell more than the header) still loses its indent
    expect(read('序号\t指标\t单位\t2027年\n\t1\t货运量\t万吨\t150').ind.map((r) => r.slice(0, 4))).toEqual([['1', '', '货运量', '万吨']]);
  });
  it('不超过 is a ceiling, not a floor (the 超过 inside it was read as one)', () => {
    expect(parseTarget('不超过500', '货运量', '万吨', 2027)).toEqual({ year: 2027, kind: 'max', value: 500, text: '不超过500', direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('不超过15%', '货运量增长率', '', 2027)).toEqual({ year: 2027, kind: 'max', value: 15, text: '不超过15%', unit: '%', rate: true, direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('超过500', '货运量', '万吨', 2027).kind).toBe('min');
    expect(parseTarget('超过15%', '货运量增长率', '', 2027).kind).toBe('min');
  });
  it('the base year of a comparison in a target cell is not its value (较2020年下降13.5% was read as 2020)', () => {
    expect(parseTarget('较2020年下降13.5%', '单位GDP能耗', '', 2025)).toEqual({ year: 2025, kind: 'reduction', value: 13.5, text: '较2020年下降13.5%', unit: '%', growthBasis: 'cumulative', direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('比2020年增长10%', '货运量', '万吨', 2025)).toEqual({ year: 2025, kind: 'growth', value: 10, text: '比2020年增长10%', unit: '%', growthBasis: 'cumulative', direction: 'increase', directionBy: 'wording' });
    expect(parseTarget('较 2020 年增长10%', '货运量', '万吨', 2025)).toMatchObject({ kind: 'growth', value: 10 });
    expect(parseTarget('较2020年持平', '货运量', '万吨', 2025)).toEqual({ year: 2025, kind: 'pending', value: null, text: '较2020年持平' });
    // a number that is no year (no 年 after it) is still the value
    expect(parseTarget('2020', '货运量', '万吨', 2025)).toMatchObject({ kind: 'level', value: 2020 });
    expect(parseTarget('1999吨', '货运量', '', 2025)).toMatchObject({ kind: 'level', value: 1999 });
  });
});

// One table read by findTables: the lines it took and each indicator as
// [number, category, name, unit, baseline, targets as [year, kind, value, unit], span].
const read = (text: string, fallbackYear: number | null = 2027) => {
  const r = findTables(splitLines(text), fallbackYear);
  return {
    lines: [...r.lines].sort((a, b) => a - b),
    ind: r.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.baseline, i.targets.map((t) => [t.year, t.kind, t.value, t.unit ?? null]), i.span]),
  };
};

describe('findTables: one row per line', () => {
  it('tab-separated: serial, name, unit, base year and target year; a line of prose ends it', () => {
    expect(read('序号\t指标\t单位\t2022年\t2027年\n1\t货运量\t万吨\t100\t150\n2\t通关时间\t小时\t48\t≤24\n说明：完毕。')).toEqual({
      lines: [0, 1, 2],
      ind: [
        ['1', '', '货运量', '万吨', { year: 2022, value: 100 }, [[2027, 'level', 150, null]], [21, 37]],
        ['2', '', '通关时间', '小时', { year: 2022, value: 48 }, [[2027, 'max', 24, null]], [38, 54]],
      ],
    });
  });
  it('a category cell left empty, or missing, takes the one above', () => {
    const want = (end: number) => ({
      lines: [0, 1, 2],
      ind: [
        ['1', '规模', '货运量', '万吨', { year: 2022, value: 100 }, [[2027, 'level', 150, null]], [24, 43]],
        ['2', '规模', '吞吐量', '万标箱', { year: 2022, value: 5 }, [[2027, 'level', 8, null]], [44, end]],
      ],
    });
    expect(read('序号\t类别\t指标\t单位\t2022年\t2027年\n1\t规模\t货运量\t万吨\t100\t150\n2\t\t吞吐量\t万标箱\t5\t8')).toEqual(want(58));
    expect(read('序号\t类别\t指标\t单位\t2022年\t2027年\n1\t规模\t货运量\t万吨\t100\t150\n2\t吞吐量\t万标箱\t5\t8')).toEqual(want(57));
  });
  it('pipes with a Markdown rule; 基期值/目标值 without years; a dash is no baseline', () => {
    expect(read('| 序号 | 指标 | 单位 | 基期值 | 目标值 |\n|---|---|---|---|---|\n| 1 | 货运量 | 万吨 | 100 | 150 |\n| 2 | 吞吐量 | 万标箱 | — | 8 |')).toEqual({
      lines: [0, 2, 3],
      ind: [
        ['1', '', '货运量', '万吨', { year: null, value: 100 }, [[2027, 'level', 150, null]], [51, 79]],
        ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]], [80, 105]],
      ],
    });
  });
  it('cells apart by two spaces, units in brackets of the name; a year labelled 目标 is a target', () => {
    expect(read('序号  指标名称  2022年  2025年目标\n1  货运量（万吨）  100  150\n2  增速（%）  5  8')).toEqual({
      lines: [0, 1, 2],
      ind: [
        ['1', '', '货运量', '万吨', { year: 2022, value: 100 }, [[2025, 'level', 150, null]], [25, 45]],
        ['2', '', '增速', '%', { year: 2022, value: 5 }, [[2025, 'level', 8, '%']], [46, 60]],
      ],
    });
  });
  it('two name columns: the outer one is the category', () => {
    expect(read('序号\t指标\t具体指标\t2025年\n1\t规模\t货运量（万吨）\t150\n2\t\t吞吐量（万标箱）\t8').ind).toEqual([
      ['1', '规模', '货运量', '万吨', null, [[2025, 'level', 150, null]], [17, 33]],
      ['2', '规模', '吞吐量', '万标箱', null, [[2025, 'level', 8, null]], [34, 47]],
    ]);
  });
  it('a (%) in a growth header gives the unit and makes the cells growths', () => {
    expect(read('序号\t指标\t2019年目标增长(%)\t2020年目标增长(%)\n1\t货运量\t10\t12').ind).toEqual([
      ['1', '', '货运量', '%', null, [[2019, 'growth', 10, '%'], [2020, 'growth', 12, '%']], [32, 43]],
    ]);
  });
  it('what each header word makes of its column', () => {
    const col = (h: string) => read(`指标\t${h}\t2027年\n货运量（万吨）\t7\t150`).ind;
    const row = (number: string, category: string, unit: string, baseline: { year: number | null; value: number } | null, targets: unknown[] = [[2027, 'level', 150, null]], name = '货运量') => [[number, category, name, unit, baseline, targets, expect.any(Array)]];
    for (const h of ['序号', '编号', '序']) expect([h, col(h)]).toEqual([h, row('7', '', '万吨', null)]);
    for (const h of ['单位', '计量单位', '指标单位']) expect([h, col(h)]).toEqual([h, row('1', '', '7', null)]);
    for (const h of ['指标属性', '备注', '说明', '指标责任单位']) expect([h, col(h)]).toEqual([h, row('1', '', '万吨', null)]);
    for (const h of ['基期', '现状']) expect([h, col(h)]).toEqual([h, row('1', '', '万吨', { year: null, value: 7 })]);
    for (const h of ['2022年实际', '2022年完成值', '2022年基期值', '2022年（基期）', '2022年现状值']) expect([h, col(h)]).toEqual([h, row('1', '', '万吨', { year: 2022, value: 7 })]);
    for (const h of ['2025年', '2025年值', '2025年计划数']) expect([h, col(h)]).toEqual([h, row('1', '', '万吨', { year: 2025, value: 7 })]);
    for (const h of ['目标', '预期']) expect([h, col(h)]).toEqual([h, row('1', '', '万吨', null, [[2027, 'level', 7, null], [2027, 'level', 150, null]])]);
    expect(col('2025年目标增速')).toEqual(row('1', '', '万吨', null, [[2025, 'level', 7, null], [2027, 'level', 150, null]]));
    for (const h of ['类别', '类型', '领域', '维度', '分类', '一级指标', '指标方面']) expect([h, col(h)]).toEqual([h, row('1', '7', '万吨', null)]);
    expect(col('指标')).toEqual([['1', '货运量（万吨）', '7', '', null, [[2027, 'level', 150, null]], expect.any(Array)]]);
    // words no header cell is made of: the line is no table header
    for (const h of ['责任单位', '牵头单位', '基数', '基准', '实际', '完成值', '规划值', '方面', '2025年预计完成值（万）']) expect([h, col(h)]).toEqual([h, []]);
  });
  it('which dated column is the base', () => {
    expect(read('指标\t2020年\t2022年\t2027年\n货运量（万吨）\t1\t2\t3').ind[0].slice(4, 6)).toEqual([{ year: 2020, value: 1 }, [[2022, 'level', 2, null], [2027, 'level', 3, null]]]);
    expect(read('指标\t2025年目标\t2027年目标\n货运量（万吨）\t1\t2').ind[0].slice(4, 6)).toEqual([null, [[2025, 'level', 1, null], [2027, 'level', 2, null]]]);
    expect(read('指标\t2022年\t目标值\n货运量（万吨）\t1\t2').ind[0].slice(4, 6)).toEqual([{ year: 2022, value: 1 }, [[2027, 'level', 2, null]]]);
    expect(read('指标\t目标值\t2022年\n货运量（万吨）\t1\t2').ind[0].slice(4, 6)).toEqual([null, [[2027, 'level', 1, null], [2022, 'level', 2, null]]]);
    expect(read('指标\t基期值\t2022年\t2027年\n货运量（万吨）\t1\t2\t3').ind[0].slice(4, 6)).toEqual([{ year: null, value: 1 }, [[2022, 'level', 2, null], [2027, 'level', 3, null]]]);
    expect(read('指标\t现状值\t目标\n货运量（万吨）\t无\t150\n吞吐量（万标箱）\t-\t8\n港口数（个）\t3\t5').ind.map((r) => r[4])).toEqual([null, null, { year: null, value: 3 }]);
  });
  it('a target column without a year takes the fallback year', () => {
    expect(read('序号\t指标\t目标值\n1\t货运量（万吨）\t150', 2030).ind[0][5]).toEqual([[2030, 'level', 150, null]]);
    expect(read('序号\t指标\t目标值\n1\t货运量（万吨）\t150', null).ind[0][5]).toEqual([[null, 'level', 150, null]]);
  });
  it('no table: two columns, no value column, no name column, a header cell over 16 characters', () => {
    for (const t of ['指标\t2027年\n货运量（万吨）\t150', '序号\t指标\t单位\n1\t货运量\t万吨', '序号\t单位\t2027年\n1\t万吨\t150', '序号\t指标\t2027年目标值一二三四五六七八九十\n1\t货运量\t150'])
      expect([t, read(t)]).toEqual([t, { lines: [], ind: [] }]);
  });
  it('rows end at a short row, a row with no name, a sentence; an indented row is read', () => {
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n2\t吞吐量\n3\t港口数\t个\t5').lines).toEqual([0, 1]);
    expect(read('序号\t指标\t单位\t2027年\n1\t\t万吨\t150\n2\t吞吐量\t万标箱\t8')).toEqual({ lines: [], ind: [] });
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n到2027年，全市货运量达到150万吨。\n2\t吞吐量\t万标箱\t8').lines).toEqual([0, 1]);
    for (const t of ['序号\t指标\t单位\t2027年\n\t1\t货运量\t万吨\t150', '序号\t指标\t单位\t2027年\n   1\t货运量\t万吨\t150'])
      expect([t, read(t).ind.map((r) => r.slice(0, 6))]).toEqual([t, [['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]]]);
  });
});

describe('findTables: one cell per line', () => {
  it('rows start at their serial; a tab-only line is an empty category', () => {
    expect(read('序号\n类别\n指标体系\n2022年\n2027年\n1\n规模\n货运量（万吨）\n100\n150\n\n2\n\t\n吞吐量（万标箱）\n5\n8\n\n三、保障措施')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15],
      ind: [
        ['1', '规模', '货运量', '万吨', { year: 2022, value: 100 }, [[2027, 'level', 150, null]], [23, 43]],
        ['2', '规模', '吞吐量', '万标箱', { year: 2022, value: 5 }, [[2027, 'level', 8, null]], [45, 61]],
      ],
    });
  });
  it('without a serial column, rows are separated by blank lines', () => {
    expect(read('指标\n单位\n基期值\n目标值\n\n货运量\n万吨\n100\n150\n\n吞吐量\n万标箱\n5\n8')).toEqual({
      lines: [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13],
      ind: [
        ['1', '', '货运量', '万吨', { year: null, value: 100 }, [[2027, 'level', 150, null]], [15, 29]],
        ['2', '', '吞吐量', '万标箱', { year: null, value: 5 }, [[2027, 'level', 8, null]], [31, 42]],
      ],
    });
  });
  it('a web copy with a blank line between all cells is cut into rows of the header width', () => {
    expect(read('指标\n\n单位\n\n基期值\n\n目标值\n\n货运量\n\n万吨\n\n100\n\n150\n\n吞吐量\n\n万标箱\n\n5\n\n8')).toEqual({
      lines: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22],
      ind: [
        ['1', '', '货运量', '万吨', { year: null, value: 100 }, [[2027, 'level', 150, null]], [18, 35]],
        ['2', '', '吞吐量', '万标箱', { year: null, value: 5 }, [[2027, 'level', 8, null]], [37, 51]],
      ],
    });
  });
  it('a heading, a line over 60 characters or three blank lines end the rows; a bare number, 60 characters or two blanks do not', () => {
    const head = '序号\n指标\n单位\n2027年\n1\n货运量\n万吨\n150\n';
    const first = ['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]], [15, 27]];
    expect(read(`${head}（一）加强组织\n2\n吞吐量\n万标箱\n8`)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7], ind: [first] });
    expect(read(`${head}${'一'.repeat(61)}\n2\n吞吐量\n万标箱\n8`)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7], ind: [first] });
    expect(read(`${head}\n\n\n2\n吞吐量\n万标箱\n8`)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7], ind: [first] });
    expect(read(`${head}\n\n2\n吞吐量\n万标箱\n8`)).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13], ind: [first, ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]], [30, 41]]] });
    expect(read(`${head}\n2\n吞吐量\n万标箱\n12`).ind.map((r) => r[5])).toEqual([[[2027, 'level', 150, null]], [[2027, 'level', 12, null]]]);
    expect(read(`${head}${'一'.repeat(60)}\n2\n吞吐量\n万标箱\n8`).ind.map((r) => r[2])).toEqual(['货运量', '吞吐量']);
  });
  it('a value equal to the next serial stays in its row; a short row; a blank that is a separator', () => {
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n万吨\n2\n2\n吞吐量\n万标箱\n8').ind.map((r) => r.slice(0, 6))).toEqual([
      ['1', '', '货运量', '万吨', null, [[2027, 'level', 2, null]]],
      ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]]],
    ]);
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n150\n2\n吞吐量\n万标箱\n8').ind.map((r) => r.slice(0, 6))).toEqual([
      ['1', '', '货运量', '150', null, [[2027, 'pending', null, null]]],
      ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]]],
    ]);
    expect(read('序号\n指标\n单位\n2022年\n2027年\n1\n货运量\n万吨\n\n100\n150\n2\n吞吐量\n万标箱\n5\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15],
      ind: [
        ['1', '', '货运量', '万吨', { year: 2022, value: 100 }, [[2027, 'level', 150, null]], [21, 38]],
        ['2', '', '吞吐量', '万标箱', { year: 2022, value: 5 }, [[2027, 'level', 8, null]], [39, 52]],
      ],
    });
  });
  it('no table: a header of two cells, a header not opened by 序号/指标/类别', () => {
    expect(read('序号\n指标\n1\n货运量')).toEqual({ lines: [], ind: [] });
    expect(read('单位\n指标\n2027年\n万吨\n货运量\n150')).toEqual({ lines: [], ind: [] });
  });
});

describe('undoubleSpacing', () => {
  const kept = (text: string) => undoubleSpacing(splitLines(text)).map((l) => l.index);
  const para = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `第${i + 1 + from}段`);
  it('halves the blank runs when 10 or more lines are one blank apart', () => {
    expect(kept(para(10).join('\n\n'))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(kept(['a', '', 'b', '', '', 'c', '', '', '', 'd', '', '', '', '', 'e', '', 'f', '', 'g', '', 'h', '', 'i', '', 'j'].join('\n'))).toEqual([0, 2, 3, 5, 6, 9, 10, 11, 14, 16, 18, 20, 22, 24]);
    expect(kept(`${para(10).join('\n\n')}\n\n`)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 19]);
    expect(kept(`\n\n${para(10).join('\n\n')}`)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  });
  it('leaves the text alone below 10 lines or below 60 % of them one blank apart', () => {
    expect(kept(para(9).join('\n\n'))).toEqual([...Array(17).keys()]);
    // 10 lines, 6 of them one blank before the next: halved; 5 of them: left alone
    expect(kept([para(7).join('\n\n'), ...para(3, 7)].join('\n'))).toEqual([0, 2, 4, 6, 8, 10, 12, 13, 14, 15]);
    expect(kept([para(6).join('\n\n'), ...para(4, 6)].join('\n'))).toEqual([...Array(15).keys()]);
  });
  it('a line of spaces or a CR is blank; a tab-only line is an empty cell', () => {
    expect(kept(para(10).join('\n  \n'))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(kept(para(10).join('\n\r\n'))).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(kept(para(10).join('\n\t\n'))).toEqual([...Array(19).keys()]);
  });
  it('a table pasted from .docx reads as the plain layout', () => {
    const docx = ['序号', '指标', '单位', '2027年', '', '1', '货运量', '万吨', '150', '', '2', '吞吐量', '万标箱', '8'].join('\n\n');
    expect(read(docx)).toEqual({
      lines: [0, 2, 4, 6, 10, 12, 14, 16, 20, 22, 24, 26],
      ind: [
        ['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]], [21, 36]],
        ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]], [40, 54]],
      ],
    });
  });
});

describe('goalOpenings', () => {
  it('a target period in brackets opens at the end of its label, in the year it ends', () => {
    expect(goalOpenings('近期目标(2019-2020年)是：货运量达到100万吨。', '')).toEqual([{ at: 18, year: 2020 }]);
    expect(goalOpenings('近期目标（2019—2020 年）：货运量达到100万吨；远期目标（2021-2025年）为：货运量达到200万吨。', '')).toEqual([
      { at: 18, year: 2020 },
      { at: 47, year: 2025 },
    ]);
  });
  it('a label with a number after it takes the latest year before it (今年: the document year)', () => {
    expect(goalOpenings('主要预期目标：货运量达到100万吨。', '2024年')).toEqual([{ at: 7, year: 2024 }]);
    expect(goalOpenings('主要预期目标：货运量达到100万吨。', '2022年总结，2024年')).toEqual([{ at: 7, year: 2024 }]);
    expect(goalOpenings('今年主要预期目标是：货运量达到100万吨。', '', 2023)).toEqual([{ at: 10, year: 2023 }]);
    expect(goalOpenings('主要预期目标：货运量达到100万吨。', '')).toEqual([]);
    expect(goalOpenings('主要预期目标：货运量达到100万吨。', '', 2023)).toEqual([]);
    expect(goalOpenings('今年主要预期目标是：货运量达到100万吨。', '', null)).toEqual([]);
    expect(goalOpenings('主要目标：稳步提升。', '2024年')).toEqual([]);
    expect(goalOpenings('主要目标：2025年，稳步提升。', '2024年')).toEqual([]);
  });
  it('a plan quoted with a verb of intent states goals of the latest year before it, else of the document', () => {
    expect(goalOpenings('《实施意见》强调，要建设站点550个以上。', '2024年一号文件')).toEqual([{ at: 9, year: 2024 }]);
    expect(goalOpenings('《实施意见》强调，要建设站点550个以上。', '', 2023)).toEqual([{ at: 9, year: 2023 }]);
    expect(goalOpenings('《实施意见》强调，要建设站点550个以上。', '', null)).toEqual([]);
    expect(goalOpenings('《实施意见》强调，要建设站点。', '', 2023)).toEqual([]);
    expect(goalOpenings('《实施意见》强调，将近完成550个。', '', 2023)).toEqual([]);
  });
  it('a year right after a verb of proposing, a horizon, a target named in its clause', () => {
    expect(goalOpenings('《通知》提出，2024年，寄递业务量达到20亿件。', '')).toEqual([{ at: 13, year: 2024 }]);
    expect(goalOpenings('《通知》提出2024年，寄递业务量达到20亿件。', '')).toEqual([{ at: 12, year: 2024 }]);
    expect(goalOpenings('以2025年为节点，货运量达到100万吨。', '')).toEqual([{ at: 0, year: 2025 }]);
    expect(goalOpenings('以 2025 年为目标年，货运量达到100万吨。', '')).toEqual([{ at: 0, year: 2025 }]);
    expect(goalOpenings('2025年物流业增加值目标占GDP比重8%，其他。', '')).toEqual([{ at: 0, year: 2025, end: 21 }]);
    expect(goalOpenings('2025年物流业增加值目标占GDP比重8%', '')).toEqual([{ at: 0, year: 2025, end: 21 }]);
    expect(goalOpenings('2020-2025年物流业增加值目标占GDP比重8%', '')).toEqual([]);
    // inside a labelled list the named target opens nothing of its own
    expect(goalOpenings('主要目标：2025年物流业增加值目标占GDP比重8%，其他。', '2024年')).toEqual([{ at: 5, year: 2024 }]);
  });
});

describe('undatedGoalOpenings', () => {
  it('a span of years counted from the document year, to the end of the sentence', () => {
    expect(undatedGoalOpenings('未来三年，培育物流企业10家；新建园区2个。其他。', 2023)).toEqual([{ at: 5, year: 2026, end: 21 }]);
    expect(undatedGoalOpenings('今后5年，培育物流企业10家。', 2023)).toEqual([{ at: 5, year: 2028, end: 14 }]);
    expect(undatedGoalOpenings('三年内，培育物流企业10家。', 2023)).toEqual([{ at: 4, year: 2026, end: 13 }]);
    expect(undatedGoalOpenings('用三年时间，培育物流企业10家。', 2023)).toEqual([{ at: 6, year: 2026, end: 15 }]);
    expect(undatedGoalOpenings('在未来十年里，培育物流企业10家。', 2023)).toEqual([{ at: 7, year: 2033, end: 16 }]);
    expect(undatedGoalOpenings('未来三年，培育物流企业10家', 2023)).toEqual([{ at: 5, year: 2026, end: 14 }]);
    expect(undatedGoalOpenings('未来三年，培育物流企业10家。', null)).toEqual([{ at: 5, year: null, end: 14 }]);
  });
  it('no span marker, no number after it, or only a year: nothing', () => {
    expect(undatedGoalOpenings('三年，培育物流企业10家。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('未来三年，培育物流企业。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('未来三年，到2025年培育物流企业。', 2023)).toEqual([]);
  });
  it('a 力争 / 确保 clause with a number and no year in its sentence, only where striving is allowed', () => {
    expect(undatedGoalOpenings('下一步，力争培育物流企业10家，加快建设。', 2023)).toEqual([{ at: 4, year: null, end: 20 }]);
    expect(undatedGoalOpenings('力争培育物流企业10家！再说。', 2023)).toEqual([{ at: 0, year: null, end: 11 }]);
    expect(undatedGoalOpenings('下一步，力争培育物流企业10家。', 2023, false)).toEqual([]);
    expect(undatedGoalOpenings('下一步，力争培育物流企业。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('下一步，力争培育物流企业，新建10家。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('下一步，力争到2025年培育物流企业10家。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('2024年，力争培育物流企业10家。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('今年，力争培育物流企业10家。', 2023)).toEqual([]);
    expect(undatedGoalOpenings('我们将力争培育物流企业10家', 2023)).toEqual([]);
    // a year in an earlier sentence does not stop it
    expect(undatedGoalOpenings('2024年完成了。力争培育物流企业10家。', 2023)).toEqual([{ at: 9, year: null, end: 20 }]);
  });
});

describe('goalIndicators', () => {
  const gi = (text: string, year = 2027) => goalIndicators([{ year, span: [0, text.length] } as never], text).map((i) => [i.number, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.span]);
  it('a bare rate, measure of money, share or growth takes the name just before it, and names nothing alone', () => {
    expect(gi('货运量达到1400万标箱，年均增长率超过15%。')).toEqual([
      ['G1', '货运量', '万标箱', 'level', 1400, [0, 12]],
      ['G2', '货运量年均增长率', '%', 'min', 15, [13, 23]],
    ]);
    expect(gi('年均增长率超过15%，货运量达到1400万标箱。')).toEqual([
      ['G1', '年均增长率', '%', 'min', 15, [0, 10]],
      ['G2', '货运量', '万标箱', 'level', 1400, [11, 23]],
    ]);
    expect(gi('建成31个重点物流项目，年度投资超50亿元。')).toEqual([
      ['G1', '重点物流项目', '个', 'level', 31, [0, 11]],
      ['G2', '重点物流项目年度投资', '亿元', 'min', 50, [12, 21]],
    ]);
    expect(gi('年度投资超50亿元。')).toEqual([['G1', '年度投资', '亿元', 'min', 50, [0, 9]]]);
    expect(gi('增加值达到3800亿元左右、占生产总值比重为6.7%。')).toEqual([
      ['G1', '增加值', '亿元', 'level', 3800, [0, 26]],
      ['G2', '增加值占生产总值比重', '%', 'level', 6.7, [0, 26]],
    ]);
    expect(gi('占生产总值比重为6.7%。')).toEqual([]);
    expect(gi('社会消费品零售总额达到5万亿元，年均增长8%左右。')).toEqual([
      ['G1', '社会消费品零售总额', '万亿元', 'level', 5, [0, 15]],
      ['G2', '社会消费品零售总额年均增长', '%', 'growth', 8, [16, 24]],
    ]);
    expect(gi('年均增长8%左右。')).toEqual([]);
  });
  it('a level and its growth, targets listed with 、, counts sharing a verb or a head', () => {
    expect(gi('冷藏车保有量达到6000辆、年均增长10%以上。')).toEqual([
      ['G1', '冷藏车保有量', '辆', 'level', 6000, [0, 23]],
      ['G2', '冷藏车保有量年均增长', '%', 'growth', 10, [0, 23]],
    ]);
    expect(gi('全市轨道交通里程突破300公里、高速公路总里程突破500公里。')).toEqual([
      ['G1', '轨道交通里程', '公里', 'min', 300, [0, 30]],
      ['G2', '高速公路总里程', '公里', 'min', 500, [0, 30]],
    ]);
    expect(gi('建成2家物流园区、15家配送中心和20家冷库。')).toEqual([
      ['G1', '物流园区', '家', 'level', 2, [0, 22]],
      ['G2', '配送中心', '家', 'level', 15, [0, 22]],
      ['G3', '冷库', '家', 'level', 20, [0, 22]],
    ]);
    expect(gi('打造10家竞争力全国领先和5家具有国际影响力的物流园区。')).toEqual([
      ['G1', '竞争力全国领先的物流园区', '家', 'level', 10, [0, 27]],
      ['G2', '具有国际影响力的物流园区', '家', 'level', 5, [0, 27]],
    ]);
    expect(gi('A、B、C，同比2022年分别增长12%、15%、40%以上。')).toEqual([
      ['G1', 'A', '%', 'growth', 12, [0, 30]],
      ['G2', 'B', '%', 'growth', 15, [0, 30]],
      ['G3', 'C', '%', 'growth', 40, [0, 30]],
    ]);
    expect(gi('全市物流园区达到10个；冷库容量达到100万吨。')).toEqual([
      ['G1', '物流园区', '个', 'level', 10, [0, 11]],
      ['G2', '冷库容量', '万吨', 'level', 100, [12, 23]],
    ]);
  });
  it('a target stated twice is one; the same value under another name is two; spans lose their white space', () => {
    expect(gi('  山东沿海港口货物吞吐量突破20亿吨。  沿海港口货物吞吐量突破20亿吨。')).toEqual([['G1', '沿海港口货物吞吐量', '亿吨', 'min', 20, [22, 37]]]);
    expect(gi('港口货物吞吐量突破20亿吨，港口货物吞吐量突破20亿吨。')).toEqual([['G1', '港口货物吞吐量', '亿吨', 'min', 20, [0, 13]]]);
    expect(gi('港口货物吞吐量突破20亿吨，集装箱吞吐量突破20亿吨。')).toEqual([
      ['G1', '港口货物吞吐量', '亿吨', 'min', 20, [0, 13]],
      ['G2', '集装箱吞吐量', '亿吨', 'min', 20, [14, 26]],
    ]);
    expect(gi('港口货物吞吐量突破20亿吨，港口货物吞吐量突破30亿吨。').map((r) => r[4])).toEqual([20, 30]);
    expect(gi('港口货物吞吐量突破20亿吨，港口货物吞吐量突破20万吨。').map((r) => r[2])).toEqual(['亿吨', '万吨']);
    expect(gi('港口货物吞吐量突破20亿吨，港口货物吞吐量达到20亿吨。').map((r) => r[3])).toEqual(['min', 'level']);
  });
});

describe('goalClauseTarget: each form of a goal clause, whole', () => {
  const g = (c: string, y: number | null = 2027) => goalClauseTarget(c, y);
  const w = { direction: 'decrease', directionBy: 'wording' } as const;
  const up = { direction: 'increase', directionBy: 'wording' } as const;
  it('grants, relative margins, joining words, times to do something', () => {
    expect(g('对新认定的省级示范物流园区给予100万元奖励')).toBeNull();
    expect(g('对企业给予最高 50万元补助')).toBeNull();
    expect(g('到2027年底，货运量增速高于全省平均水平2个百分点')).toEqual({ name: '货运量增速', target: { year: 2027, kind: 'relative', value: 2, text: '到2027年底，货运量增速高于全省平均水平2个百分点', benchmark: '全省', unit: '百分点' } });
    expect(g('即国内1天送达')).toEqual({ name: '国内送达', target: { year: 2027, kind: 'max', value: 1, text: '即国内1天送达', unit: '天', ...w } });
    expect(g('且市域配送90分钟送达')).toEqual({ name: '市域配送送达', target: { year: 2027, kind: 'max', value: 90, text: '且市域配送90分钟送达', unit: '分钟', ...w } });
  });
  it('growths and falls in %, pending with a placeholder; a rate raised is the rate', () => {
    expect(g('货运量年均增长10%')).toEqual({ name: '货运量', target: { year: 2027, kind: 'growth', value: 10, text: '货运量年均增长10%', unit: '%', growthBasis: 'annual', ...up } });
    expect(g('货运量累计增长约10%')).toEqual({ name: '货运量', target: { year: 2027, kind: 'growth', value: 10, text: '货运量累计增长约10%', unit: '%', growthBasis: 'cumulative', ...up } });
    expect(g('货运量增长××%')).toEqual({ name: '货运量', target: { year: 2027, kind: 'pending', value: null, text: '货运量增长××%', unit: '%' } });
    expect(g('货运量增长率提高15%')).toEqual({ name: '货运量增长率', target: { year: 2027, kind: 'level', value: 15, text: '货运量增长率提高15%', unit: '%', rate: true, ...up } });
    expect(g('货运量年均增长率提高15%')).toEqual({ name: '货运量年均增长率', target: { year: 2027, kind: 'level', value: 15, text: '货运量年均增长率提高15%', unit: '%', rate: true, growthBasis: 'annual', ...up } });
    expect(g('物流业增加值较2022年增长10%')).toEqual({ name: '物流业增加值', target: { year: 2027, kind: 'growth', value: 10, text: '物流业增加值较2022年增长10%', unit: '%', growthBasis: 'cumulative', ...up } });
    expect(g('单位能耗降低5%')).toEqual({ name: '单位能耗', target: { year: 2027, kind: 'reduction', value: 5, text: '单位能耗降低5%', unit: '%', growthBasis: 'cumulative', ...w } });
    expect(g('单位能耗下降××%')).toEqual({ name: '单位能耗', target: { year: 2027, kind: 'pending', value: null, text: '单位能耗下降××%', unit: '%' } });
  });
  it('ceilings, points of a rate and falls of a count', () => {
    expect(g('通关时间压缩至24小时以内')).toEqual({ name: '通关时间', target: { year: 2027, kind: 'max', value: 24, text: '通关时间压缩至24小时以内', unit: '小时' } });
    expect(g('通关时间控制在××小时')).toEqual({ name: '通关时间', target: { year: 2027, kind: 'pending', value: null, text: '通关时间控制在××小时', unit: '小时' } });
    expect(g('物流费用率降至13%')).toEqual({ name: '物流费用率', target: { year: 2027, kind: 'max', value: 13, text: '物流费用率降至13%', unit: '%' } });
    expect(g('物流费用率较2020年降低1个百分点')).toEqual({ name: '物流费用率', target: { year: 2027, kind: 'pending', value: null, text: '物流费用率较2020年降低1个百分点', unit: '百分点', ...w } });
    expect(g('物流费用率再下降0.3个百分点')).toEqual({ name: '物流费用率', target: { year: 2027, kind: 'pending', value: null, text: '物流费用率再下降0.3个百分点', unit: '百分点', ...w } });
    expect(g('城镇化率提高2个百分点')).toEqual({ name: '城镇化率', target: { year: 2027, kind: 'pending', value: null, text: '城镇化率提高2个百分点', unit: '百分点', ...up } });
    expect(g('农村贫困人口减少60万以上')).toEqual({ name: '农村贫困人口', target: { year: 2027, kind: 'pending', value: null, text: '农村贫困人口减少60万以上', unit: '万', ...w } });
  });
  it('numbers inside attributes, completed counts, counts with a predicate, count-first forms', () => {
    expect(g('拥有100辆以上货车的企业将达到500家')).toEqual({ name: '拥有100辆以上货车的企业', target: { year: 2027, kind: 'level', value: 500, text: '拥有100辆以上货车的企业将达到500家', unit: '家' } });
    expect(g('培育拥有100辆汽车列车组的甩挂运输示范企业10家以上')).toEqual({ name: '甩挂运输示范企业', target: { year: 2027, kind: 'min', value: 10, text: '培育拥有100辆汽车列车组的甩挂运输示范企业10家以上', unit: '家' } });
    expect(g('13个农村物流示范县创建全面完成')).toEqual({ name: '农村物流示范县', target: { year: 2027, kind: 'level', value: 13, text: '13个农村物流示范县创建全面完成', unit: '个', ...up } });
    expect(g('2-3家大宗货物生产企业开展“公转铁”运输试点')).toEqual({ name: '开展“公转铁”运输试点的大宗货物生产企业', target: { year: 2027, kind: 'min', value: 2, text: '2-3家大宗货物生产企业开展“公转铁”运输试点', unit: '家', ...up } });
    expect(g('5家企业开展试点')).toEqual({ name: '开展试点的企业', target: { year: 2027, kind: 'level', value: 5, text: '5家企业开展试点', unit: '家', ...up } });
    expect(g('创建2个及以上国家物流枢纽经济示范区')).toEqual({ name: '国家物流枢纽经济示范区', target: { year: 2027, kind: 'min', value: 2, text: '创建2个及以上国家物流枢纽经济示范区', unit: '个', ...up } });
    expect(g('培育3—5户龙头企业')).toEqual({ name: '龙头企业', target: { year: 2027, kind: 'min', value: 3, text: '培育3—5户龙头企业', unit: '户', ...up } });
    expect(g('培育50万吨以上的海运骨干企业')).toBeNull();
    expect(g('新建5个货运站场(物流园区)')).toEqual({ name: '货运站场', target: { year: 2027, kind: 'level', value: 5, text: '新建5个货运站场(物流园区)', unit: '个', ...up } });
    expect(g('建设××个物流园区')).toEqual({ name: '物流园区', target: { year: 2027, kind: 'pending', value: null, text: '建设××个物流园区', unit: '个', ...up } });
  });
  it('coverage and the general form: verbs, floors, lower-better, ranges, possession', () => {
    expect(g('乡镇快递网点实现全覆盖')).toEqual({ name: '乡镇快递网点', target: { year: 2027, kind: 'coverage', value: null, text: '乡镇快递网点实现全覆盖' } });
    expect(g('货运量达到100万吨')).toEqual({ name: '货运量', target: { year: 2027, kind: 'level', value: 100, text: '货运量达到100万吨', unit: '万吨' } });
    expect(g('货运量达到100万吨', null)).toEqual({ name: '货运量', target: { year: null, kind: 'level', value: 100, text: '货运量达到100万吨', unit: '万吨' } });
    for (const c of ['货运量突破100万吨', '货运量超100万吨', '货运量100万吨以上', '货运量不少于100万吨']) expect([c, g(c)?.target.kind]).toEqual([c, 'min']);
    expect(g('货运量××万吨')).toEqual({ name: '货运量', target: { year: 2027, kind: 'pending', value: null, text: '货运量××万吨', unit: '万吨' } });
    expect(g('物流成本100亿元')).toEqual({ name: '物流成本', target: { year: 2027, kind: 'max', value: 100, text: '物流成本100亿元', unit: '亿元' } });
    expect(g('货运量目标为100万吨')?.name).toBe('货运量');
    expect(g('货运量力争达到100万吨')?.name).toBe('货运量');
    expect(g('冷库容量达到10-20万吨')).toEqual({ name: '冷库容量', target: { year: 2027, kind: 'min', value: 10, text: '冷库容量达到10-20万吨', unit: '万吨' } });
    expect(g('全市建有5个物流园区')).toEqual({ name: '物流园区', target: { year: 2027, kind: 'level', value: 5, text: '全市建有5个物流园区', unit: '个', ...up } });
    expect(g('5A级物流企业达到10家')).toEqual({ name: '5A级物流企业', target: { year: 2027, kind: 'level', value: 10, text: '5A级物流企业达到10家', unit: '家' } });
    for (const c of ['选择1-2个试点城市', '累计新增100万吨', '全市建有5个', '3个', '货运量', '31个重点物流项目建设']) expect([c, g(c)]).toEqual([c, null]);
  });
});

describe('respectiveTargets, countListTargets, shareHead', () => {
  const r = (c: string) => respectiveTargets(c, 2027)?.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit, x.target.growthBasis ?? null, x.target.rate ?? null]) ?? null;
  it('one target per item, in order, with the verb before or after 分别', () => {
    expect(r('A和B年均增长分别达到15%、10%以上')).toEqual([['A', 'growth', 15, '%', 'annual', null], ['B', 'growth', 10, '%', 'annual', null]]);
    expect(r('A、B分别下降5%、3%')).toEqual([['A', 'reduction', 5, '%', 'cumulative', null], ['B', 'reduction', 3, '%', 'cumulative', null]]);
    expect(r('A、B、C，同比2022年分别增长12%、15%、40%以上')).toEqual([['A', 'growth', 12, '%', 'cumulative', null], ['B', 'growth', 15, '%', 'cumulative', null], ['C', 'growth', 40, '%', 'cumulative', null]]);
    expect(r('A、B分别增长5、3')).toEqual([['A', 'level', 5, '', null, null], ['B', 'level', 3, '', null, null]]);
    expect(r('全市A、B分别达到5个、3个')).toEqual([['A', 'level', 5, '个', null, null], ['B', 'level', 3, '个', null, null]]);
    // (Changed in branch d15o: the measure the last item ends with, 货运量, is shared by the item before it.)
    expect(r('港口、机场货运量分别达到100万吨、20万吨以上')).toEqual([['港口货运量', 'min', 100, '万吨', null, null], ['机场货运量', 'min', 20, '万吨', null, null]]);
    expect(r('到2025年，港口、机场货运量分别达到100万吨、20万吨')).toEqual([['港口货运量', 'level', 100, '万吨', null, null], ['机场货运量', 'level', 20, '万吨', null, null]]);
  });
  it('a shared tail, a qualifier after each value, 和 inside an item, rates', () => {
    expect(r('肉类、果蔬、水产品产地低温处理率分别达到85%、30%、85%')).toEqual([
      ['肉类产地低温处理率', 'level', 85, '%', null, true],
      ['果蔬产地低温处理率', 'level', 30, '%', null, true],
      ['水产品产地低温处理率', 'level', 85, '%', null, true],
    ]);
    expect(r('甲增速、乙增速分别为4.8%左右和4.3%左右')).toEqual([['甲增速', 'level', 4.8, '%', null, true], ['乙增速', 'level', 4.3, '%', null, true]]);
    expect(r('综保区和保税物流中心(B型)一线进出口额、跨境电商交易额分别增长10%、20%')).toEqual([
      ['综保区和保税物流中心(B型)一线进出口额', 'growth', 10, '%', 'cumulative', null],
      ['跨境电商交易额', 'growth', 20, '%', 'cumulative', null],
    ]);
  });
  it('no 分别, counts that differ: not this form', () => {
    expect(r('A、B分别达到5%、3%、2%')).toBeNull();
    expect(r('A、B达到5%、3%')).toBeNull();
  });
  const cl = (c: string) => countListTargets(c, 2027)?.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit]) ?? null;
  it('counts each with an attribute of its own, sharing the head after the last 的', () => {
    expect(cl('培育5个年营业收入超10亿元、10个年营业收入超5亿元的商贸物流龙头企业')).toEqual([
      ['年营业收入超10亿元的商贸物流龙头企业', 'level', 5, '个'],
      ['年营业收入超5亿元的商贸物流龙头企业', 'level', 10, '个'],
    ]);
    expect(cl('到2025年，培育5家年营业收入超10亿元、10家年营业收入超5亿元的商贸物流龙头企业')?.map((x) => x[3])).toEqual(['家', '家']);
    for (const c of ['培育5个物流园区、10个年营业收入超5亿元的商贸物流龙头企业', '培育5个年营业收入超10亿元、10个年营业收入超5亿元企业', '培育5个年营业收入超10亿元、10个年营业收入超5亿元的企'])
      expect([c, cl(c)]).toEqual([c, null]);
  });
  it('shareHead: items that are qualities take the last head', () => {
    const sh = (pieces: string[], names: string[]) => shareHead(pieces, names.map((name) => ({ name, target: { year: 2027, kind: 'level' as const, value: 1, text: '' } }))).map((x) => x.name);
    expect(sh(['打造10家竞争力全国领先', '5家具有国际影响力的物流园区'], ['竞争力全国领先', '物流园区'])).toEqual(['竞争力全国领先的物流园区', '具有国际影响力的物流园区']);
    expect(sh(['打造10家竞争力较强', '5家具有国际影响力的物流园区'], ['竞争力较强', '物流园区'])).toEqual(['竞争力较强的物流园区', '具有国际影响力的物流园区']);
    expect(sh(['打造10家竞争力一般', '5家具有国际影响力的物流园区'], ['竞争力一般', '物流园区'])).toEqual(['竞争力一般', '物流园区']);
    expect(sh(['打造10家全国领先的园区', '5家具有国际影响力的物流园区'], ['全国领先的园区', '物流园区'])).toEqual(['全国领先的园区', '物流园区']);
    expect(sh(['打造10家竞争力全国领先', '5家物流园区'], ['竞争力全国领先', '物流园区'])).toEqual(['竞争力全国领先', '物流园区']);
    expect(sh(['打造10家竞争力全国领先', '5家具有国际影响力的物流园区'], ['竞争力全国领先', '园区'])).toEqual(['竞争力全国领先', '园区']);
  });
});

describe('findTables: more row-per-line and cell-per-line edges', () => {
  it('a long or sentence-like cell does not end rows that have tabs', () => {
    const long = '货'.repeat(70);
    expect(read(`序号\t指标\t单位\t2027年\n1\t${long}\t万吨\t150\n2\t吞吐量\t万标箱\t8`).ind.map((r) => r[2])).toEqual([long, '吞吐量']);
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量。\t万吨\t150\n2\t吞吐量\t万标箱\t8').ind.map((r) => r[2])).toEqual(['货运量。', '吞吐量']);
  });
  it('pipes without outer bars, full-width pipes, a rule with colons, blank lines between rows, a row wider than the header', () => {
    const one = [['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]];
    expect(read('序号 | 指标 | 单位 | 2027年\n1 | 货运量 | 万吨 | 150').ind.map((r) => r.slice(0, 6))).toEqual(one);
    expect(read('｜序号｜指标｜单位｜2027年｜\n｜1｜货运量｜万吨｜150｜').ind.map((r) => r.slice(0, 6))).toEqual(one);
    expect(read('| 序号 | 指标 | 2027年 |\n| :-- | :-: | --: |\n| 1 | 货运量（万吨） | 150 |')).toEqual({ lines: [0, 2], ind: [['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]], [40, 61]]] });
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n\n2\t吞吐量\t万标箱\t8').lines).toEqual([0, 1, 3]);
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\t多余').ind.map((r) => r.slice(0, 6))).toEqual(one);
  });
  it('two tables in one text; a serial column that is not first and empty', () => {
    expect(read('序号\t指标\t2027年\n1\t货运量（万吨）\t150\n说明。\n序号\t指标\t2030年\n1\t吞吐量（万标箱）\t8')).toEqual({
      lines: [0, 1, 3, 4],
      ind: [
        ['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]], [12, 25]],
        ['1', '', '吞吐量', '万标箱', null, [[2030, 'level', 8, null]], [42, 54]],
      ],
    });
    expect(read('指标\t序号\t2027年\n货运量（万吨）\t\t150').ind.map((r) => r.slice(0, 3))).toEqual([['1', '', '货运量']]);
  });
  it('a cell-per-line header takes at most 12 cells', () => {
    const header = ['序号', '类别', '指标', '单位', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年', '2026年', '2027年', '备注'];
    const x = read(`${header.join('\n')}\n1\n规模\n货运量\n万吨\n1\n2\n3\n4\n5\n6\n7\n8\n无`);
    expect(x.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(x.ind.map((r) => r.slice(0, 6))).toEqual([
      ['1', '规模', '货运量', '万吨', { year: 2020, value: 1 }, [2021, 2022, 2023, 2024, 2025, 2026, 2027].map((y, i) => [y, 'level', i + 2, null])],
    ]);
  });
});

describe('goalClauseTarget: what is cut from a name, and a floor written 超', () => {
  const name = (c: string) => goalClauseTarget(c, 2027)?.name ?? null;
  it('opening words, scopes, years, joining words and intent are not part of the name', () => {
    for (const c of ['年内货运量达到100万吨', '要力争货运量达到100万吨', '其中，货运量达到100万吨', '全省货运量达到100万吨', '并货运量达到100万吨', '至2027年货运量达到100万吨', '2027年末，货运量达到100万吨', '到 2027 年，货运量达到100万吨', '货运量力争达到100万吨', '货运量达到100万吨左右'])
      expect([c, name(c)]).toEqual([c, '货运量']);
    expect(name('新开通国际航线10条')).toBe('国际航线');
    expect(name('开通国际航线10条')).toBe('国际航线');
    expect(name('冷链物流成为100亿元')).toBe('冷链物流');
    expect(goalClauseTarget('货运量将近3000公里', 2027)).toEqual({ name: '货运量', target: { year: 2027, kind: 'level', value: 3000, text: '货运量将近3000公里', unit: '公里' } });
  });
  it('a comparison with a base year and the word 目标 are cut; a name of one character or none is no name', () => {
    expect(goalClauseTarget('物流投资较2022年翻一番、超100亿元', 2027)).toEqual({ name: '物流投资', target: { year: 2027, kind: 'min', value: 100, text: '物流投资较2022年翻一番、超100亿元', unit: '亿元' } });
    expect(goalClauseTarget('物流投资比 2022 年翻一番达到100亿元', 2027)).toEqual({ name: '物流投资', target: { year: 2027, kind: 'level', value: 100, text: '物流投资比 2022 年翻一番达到100亿元', unit: '亿元' } });
    expect(name('2025年物流业增加值目标占GDP比重8%')).toBe('物流业增加值占GDP比重');
    expect(name('物流业增加值目标值为100亿元')).toBe('物流业增加值');
    expect(name('目标为100亿元')).toBe('目标');
    expect(name('A目标100亿元')).toBe('A目标');
    for (const c of ['待定', '××', '全覆盖', '2025年']) expect([c, goalClauseTarget(c, 2027)]).toEqual([c, null]);
  });
  it('超 before a number makes a level a floor; 超过 is read by the verb itself', () => {
    expect(goalClauseTarget('物流投资超 100亿元', 2027)?.target.kind).toBe('min');
    expect(goalClauseTarget('物流投资超过100亿元', 2027)?.target.kind).toBe('min');
    expect(goalClauseTarget('物流投资达到100亿元', 2027)?.target.kind).toBe('level');
  });
});

describe('findTables: header limits, base columns, cells and stops at their edges', () => {
  const six = (t: string) => read(t).ind.map((r) => r.slice(0, 6));
  it('years without 年; a dated header of 14 characters is a year column, of 15 or 16 another column, of 17 no header', () => {
    expect(six('指标\t2022\t2027\n货运量（万吨）\t100\t150')).toEqual([['1', '', '货运量', '万吨', { year: 2022, value: 100 }, [[2027, 'level', 150, null]]]]);
    expect(six('指标\t2025年计划增长（百万元）\t2027年\n货运量（万吨）\t7\t150')).toEqual([['1', '', '货运量', '万吨', { year: 2025, value: 7 }, [[2027, 'level', 150, null]]]]);
    for (const h of ['2025年计划增长（亿元人民）', '2025年计划增长（亿元人民币）'])
      expect([h, six(`指标\t${h}\t2027年\n货运量（万吨）\t7\t150`)]).toEqual([h, [['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]]]);
    expect(read('指标\t2025年计划增长（亿元人民币）x\t2027年\n货运量（万吨）\t7\t150')).toEqual({ lines: [], ind: [] });
  });
  it('a single dated column is a target, not a base', () => {
    expect(six('序号\t指标\t2022年\n1\t货运量（万吨）\t5')).toEqual([['1', '', '货运量', '万吨', null, [[2022, 'level', 5, null]]]]);
  });
  it('a line with ；, and a heading of rank 4 or higher, end cell rows; a heading of rank 5 does not', () => {
    const tail = (line: string) => read(`序号\n指标\n单位\n2027年\n1\n货运量\n万吨\n150\n${line}\n2\n吞吐量\n万标箱\n8`).ind.map((r) => r[2]);
    expect(tail('注；见下')).toEqual(['货运量']);
    expect(tail('1.加强组织')).toEqual(['货运量']);
    expect(tail('（1）加强')).toEqual(['货运量', '吞吐量']);
    expect(tail('①加强')).toEqual(['货运量', '吞吐量']);
  });
  it('a baseline cell empty or without a number is no baseline', () => {
    expect(read('指标\t基期值\t目标值\n货运量（万吨）\t\t150\n吞吐量（万标箱）\tabc\t8').ind.map((r) => r[4])).toEqual([null, null]);
  });
  it('an empty inner name keeps the outer one; an explicit category wins over the outer name', () => {
    expect(six('序号\t指标\t具体指标\t2025年\n1\t货运量（万吨）\t\t150')).toEqual([['1', '', '货运量', '万吨', null, [[2025, 'level', 150, null]]]]);
    expect(six('序号\t类别\t指标\t具体指标\t2025年\n1\t规模\t货运\t货运量（万吨）\t150')).toEqual([['1', '规模', '货运量', '万吨', null, [[2025, 'level', 150, null]]]]);
  });
  it('the unit: the unit column first, then the name bracket, then a (％) header with spaces', () => {
    expect(six('序号\t指标\t单位\t2027年\n1\t货运量（万吨）\t吨\t150')).toEqual([['1', '', '货运量', '吨', null, [[2027, 'level', 150, null]]]]);
    expect(six('序号\t指标\t2020年目标增长（ ％ ）\n1\t货运量\t10')).toEqual([['1', '', '货运量', '%', null, [[2020, 'growth', 10, '%']]]]);
  });
  it('a 增速/增长 header makes a % cell a yearly growth; with another unit it is a level', () => {
    expect(six('序号\t指标\t单位\t2025年增速\n1\t货运量\t%\t8')).toEqual([['1', '', '货运量', '%', null, [[2025, 'growth', 8, '%']]]]);
    expect(read('序号\t指标\t单位\t2025年增速\n1\t货运量\t%\t8').ind[0][5]).toEqual([[2025, 'growth', 8, '%']]);
    expect(six('序号\t指标\t单位\t2025年目标增长\n1\t货运量\t%\t8')).toEqual([['1', '', '货运量', '%', null, [[2025, 'growth', 8, '%']]]]);
    expect(six('序号\t指标\t单位\t2025年增速\n1\t货运量\t万吨\t8')).toEqual([['1', '', '货运量', '万吨', null, [[2025, 'level', 8, null]]]]);
  });
  it('a header with no rows is skipped and the next table read; a note before the first serial; blank lines after the last row', () => {
    expect(read('序号\t指标\t2027年\n说明：无。\n序号\t指标\t2030年\n1\t吞吐量（万标箱）\t8')).toEqual({ lines: [2, 3], ind: [['1', '', '吞吐量', '万标箱', null, [[2030, 'level', 8, null]], expect.any(Array)]] });
    expect(read('序号\n指标\n单位\n2027年\n注\n1\n货运量\n万吨\n150\n2\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12],
      ind: [['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]], expect.any(Array)], ['2', '', '吞吐量', '万标箱', null, [[2027, 'level', 8, null]], expect.any(Array)]],
    });
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n万吨\n150\n\n\n').lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('target reader: more edges', () => {
  it('a trailing bracket of several characters is dropped; a closing bracket alone is not a bracket', () => {
    expect(lowerIsBetter('物流成本降低率（按年）', '')).toBe(false);
    expect(lowerIsBetter('物流成本降低率）', '')).toBe(true);
  });
  it('the benchmark of a relative target: 1 to 10 characters', () => {
    expect(parseTarget('快于省1个百分点', '增速', '%', 2027)).toEqual({ year: 2027, kind: 'relative', value: 1, text: '快于省1个百分点', benchmark: '省', unit: '百分点' });
    expect(parseTarget('高于一二三四五六七八九十1个百分点', '增速', '%', 2027)).toMatchObject({ kind: 'relative', benchmark: '一二三四五六七八九十' });
    expect(parseTarget('高于一二三四五六七八九十壹1个百分点', '增速', '%', 2027)).toMatchObject({ kind: 'level', value: 1 });
    expect(parseTarget('高于全市平均1.5个百分点', '增速', '%', 2027)).toMatchObject({ kind: 'relative', value: 1.5, benchmark: '全市' });
  });
});

describe('goalIndicators: clauses, categories and borrowed names', () => {
  const gi = (text: string, year = 2027, span?: [number, number]) =>
    goalIndicators([{ year, span: span ?? [0, text.length] } as never], text).map((i) => [i.number, i.category, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year, i.span]);
  it('clauses split on ，,；;。 outside quotes and brackets; a stray closing bracket does not hide the next split', () => {
    expect(gi('建成“港口、机场”等设施10个，货运量达到100万吨。')).toEqual([
      ['G1', '发展目标', '设施', '个', 'level', 10, 2027, [0, 15]],
      ['G2', '发展目标', '货运量', '万吨', 'level', 100, 2027, [16, 26]],
    ]);
    expect(gi('建成（港口，机场）设施10个；货运量达到100万吨').map((r) => [r[5], r[7]])).toEqual([[10, [0, 14]], [100, [15, 25]]]);
    expect(gi('建成《港口，机场》设施10个,货运量达到100万吨;吞吐量达到5万标箱').map((r) => [r[5], r[7]])).toEqual([[10, [0, 14]], [100, [15, 25]], [5, [26, 35]]]);
    // The general goal-clause reader (branch d15l) also reads the target after the stray bracket,
    // which the clause readers took as the tail of the first.
    expect(gi('货运量达到100万吨）吞吐量达到5万标箱，港口达到3个').map((r) => [r[2], r[7]])).toEqual([['货运量', [0, 20]], ['吞吐量', [0, 20]], ['港口', [21, 27]]]);
  });
  it('only the goal span of the text is read, in the goal year', () => {
    expect(gi('前言。货运量达到100万吨。后记', 2030, [3, 14])).toEqual([['G1', '发展目标', '货运量', '万吨', 'level', 100, 2030, [3, 13]]]);
  });
  it('growths after a level, with 同比 / 累计 / no qualifier, in the same clause or the next', () => {
    expect(gi('冷藏车保有量达到6000辆、同比增长10%以上。').map((r) => r[2])).toEqual(['冷藏车保有量', '冷藏车保有量同比增长']);
    expect(gi('冷藏车保有量达到6000辆、增长10%以上。').map((r) => r[2])).toEqual(['冷藏车保有量', '冷藏车保有量增长']);
    expect(gi('货运量达到100万吨，同比增长10%。').map((r) => [r[2], r[4]])).toEqual([['货运量', 'level'], ['货运量同比增长', 'growth']]);
    expect(gi('货运量达到100万吨，累计增长10%。').map((r) => [r[2], r[4]])).toEqual([['货运量', 'level'], ['货运量累计增长', 'growth']]);
    expect(gi('累计增长10%。')).toEqual([]);
  });
  it('shares, money and rates with no subject of their own', () => {
    const second = (t: string) => gi(t)[1]?.slice(2, 6);
    expect(second('货运量达到100万吨，占全省比重达到20%。')).toEqual(['货运量占全省比重', '%', 'level', 20]);
    expect(second('货运量达到100万吨，占全省比例20%。')).toEqual(['货运量占全省比例', '%', 'level', 20]);
    expect(second('货运量达到100万吨，投资额超50亿元。')).toEqual(['货运量投资额', '亿元', 'min', 50]);
    expect(second('货运量达到100万吨，年度总投资超50亿元。')).toEqual(['货运量年度总投资', '亿元', 'min', 50]);
    expect(second('货运量达到100万吨，增速超过10%。')).toEqual(['货运量增速', '%', 'min', 10]);
    expect(second('货运量达到100万吨，年增长率超过10%。')).toEqual(['货运量年增长率', '%', 'min', 10]);
  });
});

describe('survivors of the Stryker run of 2026-12-02 on lines 1–217 (02:59–03:21 UTC)', () => {
  it('a bracket inside a name is part of it; a whole-name rate word with white space at its end or inside', () => {
    expect(lowerIsBetter('货运量（含成本）增速', '')).toBe(true);
    expect(isRateName('货运量增长率 ')).toBe(true);
    expect(isRateName('货运量增 速')).toBe(true);
    expect(isMeasureUnit('人次/年')).toBe(true);
  });
  it('a relative margin of two digits or two decimals; a fall without % is a ceiling; a bare % of a level is a level', () => {
    expect(parseTarget('高于全市12个百分点', '增速', '%', 2027)).toMatchObject({ kind: 'relative', value: 12, benchmark: '全市' });
    expect(parseTarget('高于全市1.25个百分点', '增速', '%', 2027)).toMatchObject({ kind: 'relative', value: 1.25, benchmark: '全市' });
    expect(parseTarget('下降5', '能耗', '万吨', 2027)).toEqual({ year: 2027, kind: 'max', value: 5, text: '下降5', direction: 'decrease', directionBy: 'wording' });
    expect(parseTarget('15%', '货运量', '', 2027)).toEqual({ year: 2027, kind: 'level', value: 15, text: '15%', unit: '%', direction: 'increase', directionBy: 'default' });
  });
  it('header cells with white space inside; a table with a base column only', () => {
    expect(read('指标\t基 期\t目 标\n货运量（万吨）\t1\t2').ind.map((r) => r.slice(2, 6))).toEqual([['货运量', '万吨', { year: null, value: 1 }, [[2027, 'level', 2, null]]]]);
    expect(read('序号\t指标\t现状值\n1\t货运量（万吨）\t5').ind.map((r) => r.slice(2, 6))).toEqual([['货运量', '万吨', { year: null, value: 5 }, []]]);
    // an undated target column is no base, even beside a single dated one
    expect(read('指标\t规划值指标\t2027年\n货运量（万吨）\t1\t2').ind.map((r) => r.slice(4, 6))).toEqual([[null, [[2027, 'level', 1, null], [2027, 'level', 2, null]]]]);
  });
  it('only the exact words make a serial or unit column; only whole header words make a header cell', () => {
    for (const h of ['序列指标\t单位\t2027年\n货运量\t万吨\t150', '指标序号\t单位\t2027年\n货运量\t万吨\t150'])
      expect([h, read(h).ind.map((r) => r.slice(2, 6))]).toEqual([h, [['货运量', '万吨', null, [[2027, 'level', 150, null]]]]]);
    expect(read('序号\t单位指标\t2027年\n1\t货运量\t150').ind.map((r) => r.slice(2, 6))).toEqual([['货运量', '', null, [[2027, 'level', 150, null]]]]);
    expect(read('序号\t指标\t说明文字\t2027年\n1\t货运量（万吨）\t无\t150')).toEqual({ lines: [], ind: [] });
  });
  it('dated header cells: the year first, four digits, and only the words and brackets of the header grammar', () => {
    for (const h of ['截至2022年', '202年', '20xx年', '2022年末', '2022年值x', '2022年增长百分比)', '2022年（万吨x'])
      expect([h, read(`指标\t${h}\t2027年\n货运量（万吨）\t1\t2`)]).toEqual([h, { lines: [], ind: [] }]);
    for (const h of ['2022年（值', '2022增长', '2022年值）', '2022年（）', '2022（值', '2022年（'])
      expect([h, read(`指标\t${h}\t2027年\n货运量（万吨）\t1\t2`).ind.map((r) => r.slice(4, 6))]).toEqual([h, [[{ year: 2022, value: 1 }, [[2027, 'level', 2, null]]]]]);
  });
});

describe('survivors of the Stryker run of 2026-12-02 on lines 218–346 (03:21–03:28 UTC)', () => {
  const full = (t: string) => findTables(splitLines(t), 2027).indicators.map((i) => [i.name, i.unit, i.baseline, i.targets.map((x) => [x.year, x.kind, x.value, x.unit ?? null, x.text])]);
  it('a row one cell short leaves its last target empty', () => {
    expect(full('序号\t指标\t单位\t2027年\n1\t货运量\t万吨')).toEqual([['货运量', '万吨', null, [[2027, 'pending', null, null, '']]]]);
  });
  it('one (%) header among the targets gives the unit; a growth hint needs both the header word and a % unit', () => {
    expect(full('指标\t2019年目标增长(%)\t2020年\n货运量\t10\t12')).toEqual([['货运量', '%', null, [[2019, 'growth', 10, '%', '10'], [2020, 'level', 12, '%', '12']]]]);
    expect(full('序号\t指标\t单位\t2025年增速\n1\t货运量\t万吨\t8%')).toEqual([['货运量', '万吨', null, [[2025, 'level', 8, '%', '8%']]]]);
    expect(full('序号\t指标\t单位\t2025年\n1\t货运量\t%\t8')).toEqual([['货运量', '%', null, [[2025, 'level', 8, '%', '8']]]]);
  });
  it('undoubleSpacing: a text ending in one blank line after a paragraph', () => {
    const para = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段`);
    expect(undoubleSpacing(splitLines(`${para(10).join('\n\n')}\n`)).map((l) => l.index)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });
});

describe('survivors of the Stryker run of 2026-12-02 on lines 347–398, findTables (03:28–03:32 UTC)', () => {
  it('a row-per-line header of 200 characters is read, of 201 not', () => {
    const f = (k: number) => `2001年计划增长（${'亿元人民币'.slice(0, k)}）`;
    const header = (last: number) => ['指标', '2027年', ...Array<string>(9).fill(f(5)), f(1), f(1), f(last)].join('\t');
    expect([header(1).length, header(2).length]).toEqual([200, 201]);
    expect(read(`${header(1)}\n货运量（万吨）\t150${'\t1'.repeat(12)}`).lines).toEqual([0, 1]);
    expect(read(`${header(2)}\n货运量（万吨）\t150${'\t1'.repeat(12)}`)).toEqual({ lines: [], ind: [] });
  });
  it('a header cell of white space between tabs is left out', () => {
    expect(read('序号\t \t指标\t2027年\n1\t货运量（万吨）\t150').ind.map((r) => r.slice(0, 6))).toEqual([['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]]);
    expect(read('序号| |指标|2027年\n1|货运量（万吨）|150').ind.map((r) => r.slice(0, 6))).toEqual([['1', '', '货运量', '万吨', null, [[2027, 'level', 150, null]]]]);
  });
  it('a cell-per-line table starts at a whole starter word (a caption before it is not part of it), white space inside ignored', () => {
    for (const caption of ['指标体系说明', '主要指标'])
      expect([caption, read(`${caption}\n指标\n单位\n2027年\n货运量\n万吨\n150`).lines]).toEqual([caption, [1, 2, 3, 4, 5, 6]]);
    expect(read('序 号\n指标\n单位\n2027年\n1\n货运量\n万吨\n150').lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('a header of three cells is enough; a header at the end of the text or without rows reads nothing and takes no line', () => {
    expect(read('序号\n指标\n2027年\n1\n货运量（万吨）\n150').lines).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read('序号\n指标\n2027年')).toEqual({ lines: [], ind: [] });
    expect(read('序号\n指标\n2027年\n说明：无。')).toEqual({ lines: [], ind: [] });
  });
});
