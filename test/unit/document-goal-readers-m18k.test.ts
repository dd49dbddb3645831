// Kills survivors of the Stryker run of 2026-12-02 09:51–10:41 UTC on src/domain/document/indicators.ts
// lines 558–773 (goalClauseTarget, rawClauseTarget and their helpers; stryker.m18k-clause-before.json).
// Clauses are written for the rule they pin (synthetic, in the wording of real goal sentences), and each
// result is asserted whole: name, kind, value, unit, text and year.
import { describe, expect, it } from 'vitest';
import { goalClauseTarget } from '../../src/domain/document/indicators';

const g = (c: string) => goalClauseTarget(c, 2027);
const t = (c: string, name: string, target: Record<string, unknown>) => ({ name, target: { year: 2027, text: c.trim(), ...target } });
const up = { direction: 'increase', directionBy: 'wording' } as const;
const down = { direction: 'decrease', directionBy: 'wording' } as const;
// 40 characters: the longest name the general reading and the coverage reading keep.
const NAME40 = '乡镇快递物流服务站点和村级寄递物流综合服务站点以及农村电商服务站点和便民服务中心';

describe('goalClauseTarget: the clause and names around white space', () => {
  it('the text is the clause without the white space around it, and a year after a space is still cut', () => {
    const c = ' 到2025年货运量达到100万吨 ';
    expect(g(c)).toEqual(t(c, '货运量', { kind: 'level', value: 100, unit: '万吨' }));
  });
  it('a space between the name and a word of intent (将) does not keep the word in the name', () => {
    expect(g('货运量增速将 高于全省2个百分点')).toEqual(t('货运量增速将 高于全省2个百分点', '货运量增速', { kind: 'relative', value: 2, benchmark: '全省', unit: '百分点' }));
    expect(g('货运量将 年均增长5%')).toEqual(t('货运量将 年均增长5%', '货运量', { kind: 'growth', value: 5, unit: '%', growthBasis: 'annual', ...up }));
    expect(g('单位能耗将 降低5%')).toEqual(t('单位能耗将 降低5%', '单位能耗', { kind: 'reduction', value: 5, unit: '%', growthBasis: 'cumulative', ...down }));
    expect(g('通关时间将 压缩至24小时')).toEqual(t('通关时间将 压缩至24小时', '通关时间', { kind: 'max', value: 24, unit: '小时' }));
    expect(g('比率将 下降0.3个百分点')).toEqual(t('比率将 下降0.3个百分点', '比率', { kind: 'pending', value: null, unit: '百分点', ...down }));
    expect(g('贫困人口将 减少60万')).toEqual(t('贫困人口将 减少60万', '贫困人口', { kind: 'pending', value: null, unit: '万', ...down }));
    expect(g('港口将 实现全覆盖')).toEqual(t('港口将 实现全覆盖', '港口', { kind: 'coverage', value: null }));
    expect(g('冷库容量将 达到10-20万吨')).toEqual(t('冷库容量将 达到10-20万吨', '冷库容量', { kind: 'min', value: 10, unit: '万吨' }));
    expect(g('单位能耗将 较2020年降低1个百分点')).toEqual(t('单位能耗将 较2020年降低1个百分点', '单位能耗', { kind: 'pending', value: null, unit: '百分点', ...down }));
  });
  it('a space before 较 / before the benchmark\'s number / before 覆盖 / before the time / after the unit is left out', () => {
    expect(g('物流业增加值 较2022年增长10%')).toEqual(t('物流业增加值 较2022年增长10%', '物流业增加值', { kind: 'growth', value: 10, unit: '%', growthBasis: 'cumulative', ...up }));
    expect(g('增速高于全省 2个百分点')).toEqual(t('增速高于全省 2个百分点', '增速', { kind: 'relative', value: 2, benchmark: '全省', unit: '百分点' }));
    expect(g('线路 覆盖60%的乡镇')).toEqual(t('线路 覆盖60%的乡镇', '线路覆盖乡镇', { kind: 'level', value: 60, unit: '%' }));
    expect(g('国内 1天送达')).toEqual(t('国内 1天送达', '国内送达', { kind: 'max', value: 1, unit: '天', ...down }));
    expect(g('全市拥有5个 国家级物流枢纽')).toEqual(t('全市拥有5个 国家级物流枢纽', '国家级物流枢纽', { kind: 'level', value: 5, unit: '个', ...up }));
  });
});

describe('goalClauseTarget: words cut only where they open the clause', () => {
  it('并 inside 兼并 and 开通 inside a name stay', () => {
    expect(g('兼并重组物流企业达到10家')).toEqual(t('兼并重组物流企业达到10家', '兼并重组物流企业', { kind: 'level', value: 10, unit: '家' }));
    expect(g('国际货运航线开通数量达到20条')).toEqual(t('国际货运航线开通数量达到20条', '国际货运航线开通数量', { kind: 'level', value: 20, unit: '条' }));
  });
  it('a verb of making inside a name stays; one character after it is not a name to cut it from', () => {
    expect(g('物流园区新建面积达到100万平方米')).toEqual(t('物流园区新建面积达到100万平方米', '物流园区新建面积', { kind: 'level', value: 100, unit: '万平方米' }));
    expect(g('建成站300个')).toEqual(t('建成站300个', '建成站', { kind: 'level', value: 300, unit: '个' }));
  });
  it('每 with a place is a norm only at the start; 每行政村 without 个 is one too', () => {
    expect(g('平均每村快递网点达到2个')).toEqual(t('平均每村快递网点达到2个', '平均每村快递网点', { kind: 'level', value: 2, unit: '个' }));
    expect(g('每行政村原则上有1家便利店')).toBeNull();
  });
  it('a choosing verb ends a ranged name only at its end', () => {
    expect(g('遴选示范企业达到5-10家')).toEqual(t('遴选示范企业达到5-10家', '遴选示范企业', { kind: 'min', value: 5, unit: '家' }));
  });
});

describe('goalClauseTarget: 超 before a number, a fall in points against a year', () => {
  it('超 makes only a level a floor; a pending value stays pending', () => {
    expect(g('冷链流通率超××%')).toEqual(t('冷链流通率超××%', '冷链流通率', { kind: 'pending', value: null, unit: '%' }));
  });
  it('a fall in points against a base year with a name of 35 characters (too long for the general points reading with the year in it)', () => {
    const name = '规模以上工业企业单位工业增加值综合能源消耗量占全社会能源消费总量的比重';
    for (const v of ['1', '1.25']) {
      const c = `全市${name}较2020年降低${v}个百分点`;
      expect([v, g(c)]).toEqual([v, t(c, name, { kind: 'pending', value: null, unit: '百分点', ...down })]);
    }
  });
});

describe('goalClauseTarget: counts before what is counted', () => {
  it('a floor word inside the attribute of what is counted is not a floor', () => {
    expect(g('新建10个日均处理不少于5万件的分拨中心')).toEqual(t('新建10个日均处理不少于5万件的分拨中心', '分拨中心', { kind: 'level', value: 10, unit: '个', ...up }));
    expect(g('培育拥有10项以上突破性技术的科技物流企业达到20家')).toEqual(t('培育拥有10项以上突破性技术的科技物流企业达到20家', '科技物流企业', { kind: 'level', value: 20, unit: '家' }));
  });
  it('等 is cut only at the end, 项目建设 only at the end, 若干 with or without a measure word', () => {
    expect(g('建成5个等级公路服务区')).toEqual(t('建成5个等级公路服务区', '等级公路服务区', { kind: 'level', value: 5, unit: '个', ...up }));
    expect(g('打造10个项目建设示范区')).toEqual(t('打造10个项目建设示范区', '项目建设示范区', { kind: 'level', value: 10, unit: '个', ...up }));
    expect(g('建成40个以上物流中心和若干农村物流站点')).toEqual(t('建成40个以上物流中心和若干农村物流站点', '物流中心', { kind: 'min', value: 40, unit: '个', ...up }));
  });
  it('what is counted is at most 30 characters', () => {
    const c30 = '建设3个国家骨干冷链物流基地城乡配送网络重要节点综合示范工程试点项目';
    expect(g(c30)).toEqual(t(c30, '国家骨干冷链物流基地城乡配送网络重要节点综合示范工程试点项目', { kind: 'level', value: 3, unit: '个', ...up }));
    expect(g('建设3个国家骨干冷链物流基地城乡配送网络重要节点综合性示范工程试点项目')).toBeNull();
  });
});

describe('goalClauseTarget: the general reading at its edges', () => {
  it('a name of 40 characters is kept, 41 is none; the same for coverage', () => {
    expect(g(`${NAME40}达到100个`)).toEqual(t(`${NAME40}达到100个`, NAME40, { kind: 'level', value: 100, unit: '个' }));
    expect(g(`${NAME40}点达到100个`)).toBeNull();
    expect(g(`${NAME40}实现全覆盖`)).toEqual(t(`${NAME40}实现全覆盖`, NAME40, { kind: 'coverage', value: null }));
    expect(g(`${NAME40}点实现全覆盖`)).toBeNull();
  });
  it('a name that opens with a count (2个 / 10个 / 2.5万) is none', () => {
    for (const c of ['2个园区面积达到100亩', '10个园区面积达到100亩', '2.5万平方米冷库达到10座']) expect([c, g(c)]).toEqual([c, null]);
  });
  it('a range: a decimal lower bound, spaces around the dash, a verb of keeping before it, a name of two characters', () => {
    expect(g('冷库容量达到1.25-2万吨')).toEqual(t('冷库容量达到1.25-2万吨', '冷库容量', { kind: 'min', value: 1.25, unit: '万吨' }));
    expect(g('冷库容量达到10 - 20万吨')).toEqual(t('冷库容量达到10 - 20万吨', '冷库容量', { kind: 'min', value: 10, unit: '万吨' }));
    expect(g('冷库容量保持在10-20万吨')).toEqual(t('冷库容量保持在10-20万吨', '冷库容量', { kind: 'min', value: 10, unit: '万吨' }));
    expect(g('库容达到1-2万吨')).toEqual(t('库容达到1-2万吨', '库容', { kind: 'min', value: 1, unit: '万吨' }));
  });
  it('after a verb of having: 的 only where it follows the count, what is counted whole and plain', () => {
    expect(g('全市拥有5个以上的国家级物流枢纽')).toEqual(t('全市拥有5个以上的国家级物流枢纽', '国家级物流枢纽', { kind: 'min', value: 5, unit: '个', ...up }));
    expect(g('全市拥有5个具有国际影响力的物流枢纽')).toEqual(t('全市拥有5个具有国际影响力的物流枢纽', '具有国际影响力的物流枢纽', { kind: 'level', value: 5, unit: '个', ...up }));
    expect(g('全市拥有5个国家级物流枢纽（含在建）')).toBeNull();
    expect(g('全市拥有5个（国家级）物流枢纽')).toBeNull();
  });
  it('a verb of doing after a number is a share of something only for a %', () => {
    expect(g('重点物流项目投资达到100亿元以上落实到位')).toEqual(t('重点物流项目投资达到100亿元以上落实到位', '重点物流项目投资', { kind: 'min', value: 100, unit: '亿元' }));
  });
});
