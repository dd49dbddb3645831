// Kinds of table, goal sentence and annotation batch 19 missed while held out (branch t19, see
// docs/import-doc.md, "Batch 19, tuned"), each written as a general rule and pinned here with short
// snippets of real text, each with cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { acceptableName, fallbackIndicators } from '../../src/domain/document/fallback-targets';
import { readGoalClause } from '../../src/domain/document/goal-reader';
import { goalClauseTarget, goalIndicators } from '../../src/domain/document/indicators';
import { parseDocument } from '../../src/domain/document/index';
import { findTaskTables } from '../../src/domain/document/task-tables';
import { splitLines } from '../../src/domain/document/text';

const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);
const pairs = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join('、')]);
const tableGoals = (text: string) => findTaskTables(splitLines(text), null).goals.map((g) => [g.year, g.text, text.slice(g.span[0], g.span[1])]);

describe('task tables (batch 19)', () => {
  const targets = '附件1\n\n2022年目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n2\n\n进出口总额增长5%以上\n\n区商务委\n\n3\n\n空气质量完成年度目标任务\n\n区生态环境局\n';

  it('a column of the year’s targets (2022年预期目标) is a task column, each cell a goal of that year', () => {
    expect(pairs(targets)).toEqual([
      ['1', '区发展改革委/lead'],
      ['2', '区商务委/lead'],
      ['3', '区生态环境局/lead'],
    ]);
    expect(names(targets)).toEqual([
      ['地区生产总值', '%', 'growth', 5.5, 2022],
      ['进出口总额', '%', 'growth', 5, 2022],
    ]);
    // The goal spans the cell's own line, not the row.
    expect(tableGoals(targets).map(([y, t, s]) => [y, t === s])).toEqual([
      [2022, true],
      [2022, true],
      [2022, true],
    ]);
    // 年度目标 / 主要目标 with the year, and 目标任务 after it, are such columns too.
    expect(tableGoals('序号\n2023年度目标\n责任单位\n1\n工业增加值增长7%左右\n区经济信息委').map(([y, t]) => [y, t])).toEqual([[2023, '工业增加值增长7%左右']]);
    expect(tableGoals('序号\n2023年主要目标任务\n责任单位\n1\n工业增加值增长7%左右\n区经济信息委').map(([y, t]) => [y, t])).toEqual([[2023, '工业增加值增长7%左右']]);
    // Without a year the column is a task column but gives no goal of its own; 工作目标 stays a measure column.
    expect(pairs(targets.replace('2022年预期目标', '预期目标'))).toHaveLength(3);
    expect(tableGoals(targets.replace('2022年预期目标', '预期目标'))).toEqual([]);
    expect(tableGoals('序号\n重点任务\n工作目标\n责任单位\n1\n建设冷链\n冷库增长7%左右\n区商务委')).toEqual([]);
    // A year alone, or a target word that is not a heading (2022年目标值), is no column.
    expect(pairs(targets.replace('2022年预期目标', '2022年'))).toEqual([]);
    expect(pairs(targets.replace('2022年预期目标', '2022年目标值'))).toEqual([]);
  });

  it('a row the copy cut off at the end of the text: a unit cell holding a sentence’s commas is prose, no unit', () => {
    const head = '序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n联动共建科学城\n\n';
    expect(pairs(`${head}推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科`)).toEqual([['1', '']]);
    expect(pairs(`${head}推动量子通信器件国家重点实验室落地，引进研发机构`)).toEqual([['1', '']]);
    // A unit cell without commas is read (the row is cut after it).
    expect(pairs(`${head}区科技局`)).toEqual([['1', '区科技局/lead']]);
    // A full row: its unit cells are read even with a comma (区商务委牵头，区交通局配合).
    expect(pairs(`${head}区科技局，区商务委\n\n区财政局`)).toEqual([['1', expect.stringContaining('区科技局/lead')]]);
    // A short row followed by more text is not cut.
    expect(pairs(`${head}区科技局，区商务委\n\n2\n\n建设物流园\n\n区商务委\n\n区财政局`)[0][1]).toContain('区科技局/lead');
  });
});

describe('a progress report’s items (batch 19)', () => {
  const report = (items: string) =>
    names(`关于2022年重点任务上半年推进情况的报告\n发布日期:2022-08-01\n\n一、重点工作任务进展情况\n\n推进较为滞后的任务分别是:\n\n${items}`);

  it('an item restating its target, then what was done in the months so far (1-6月 / 目前已), is a goal of the document’s year', () => {
    expect(report('1.实现数字经济增加值增长7%1-6月,我区数字经济完成产值1175亿元,同比增长仅为1.2%。(责任单位:区经济信息委)')).toEqual([['数字经济增加值', '%', 'growth', 7, 2022]]);
    expect(report('2.引进分拨中心,进口整车5000辆以上。1-6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([['进口整车', '辆', 'min', 5000, 2022]]);
    expect(report('2.进口整车5000辆以上。1至6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([['进口整车', '辆', 'min', 5000, 2022]]);
    expect(report('5.农房风貌整治提升1500户。目前已拟定整治范围。(责任单位:区住房城乡建委)')).toEqual([['农房风貌整治提升', '户', 'level', 1500, 2022]]);
    expect(report('5.农房风貌整治提升1500户。截至6月底已完成300户。(责任单位:区住房城乡建委)')).toEqual([['农房风貌整治提升', '户', 'level', 1500, 2022]]);
  });

  it('not without the months so far, not a head of facts, not an unnumbered paragraph', () => {
    // No report of progress after the head: a task, not a restated target.
    expect(report('2.进口整车5000辆以上。加快分拨中心建设。(责任单位:国际物流枢纽公司)')).toEqual([]);
    // 目前 without 已 is no report of what was done.
    expect(report('2.进口整车5000辆以上。目前正在推进。(责任单位:国际物流枢纽公司)')).toEqual([]);
    // A head that is itself a fact (已 / 同比 / 了).
    expect(report('2.进口整车已达5000辆。1-6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([]);
    expect(report('2.进口整车同比增长5%。1-6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([]);
    expect(report('2.进口整车完成了5000辆。1-6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([]);
    // A head without a target.
    expect(report('2.加快分拨中心建设。1-6月,铁路口岸完成整车进口1589辆。(责任单位:国际物流枢纽公司)')).toEqual([]);
    // Months not run on to a number and its unit nor after a sentence's end: inside the head.
    expect(report('2.进口整车在1-6月,完成5000辆以上。(责任单位:国际物流枢纽公司)')).toEqual([]);
  });

  it('a work of clearing names its target with what it clears (拆除…违法建筑)', () => {
    expect(report('3.拆除150万平方米违法建筑。1-6月,累计完成违法建筑拆除33.31万平方米。(责任单位:区城市管理局)')).toEqual([['拆除违法建筑', '万平方米', 'level', 150, 2022]]);
    expect(report('4.拆除新山路沿线10万平方米违法建筑。1-6月,新山路仅完成0.75万平方米。(责任单位:区城市管理局)')).toEqual([['拆除新山路沿线违法建筑', '万平方米', 'level', 10, 2022]]);
    expect(report('4.拆除10万平方米以上违法建筑。1-6月,新山路仅完成0.75万平方米。(责任单位:区城市管理局)')).toEqual([['拆除违法建筑', '万平方米', 'min', 10, 2022]]);
    expect(report('4.整治10公里河道。1-6月,完成3公里。(责任单位:区水利局)')).toEqual([['整治河道', '公里', 'level', 10, 2022]]);
    // What is made names itself; a count is not a size; a size class (…的) names nothing cleared.
    expect(report('4.建成10万平方米厂房。1-6月,完成3万平方米。(责任单位:区经济信息委)')).toEqual([['厂房', '万平方米', 'level', 10, 2022]]);
    expect(report('4.拆除违法建筑10万平方米。1-6月,完成3万平方米。(责任单位:区城市管理局)')).toEqual([['拆除违法建筑', '万平方米', 'level', 10, 2022]]);
    expect(report('4.拆除10万平方米的违法建筑。1-6月,完成3万平方米。(责任单位:区城市管理局)').map((n) => n[0])).not.toContain('拆除违法建筑');
  });
});

describe('a project once built; a plan after a review of the year (batch 19)', () => {
  const fb = (text: string) => fallbackIndicators(text, null).map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value]);
  const clause = (c: string) => {
    const r = goalClauseTarget(c, null);
    return r ? [r.name, r.target.value] : null;
  };

  it('建成后 (once the project is built) marks a goal without a year; the project and its completion open the clause, not the name', () => {
    expect(fb('民和县按照开发建设思路,物流园建成后预计年货物吞吐能力达1200万吨以上,交易额达300亿元。')).toEqual([
      ['年货物吞吐能力', '万吨', 'min', 1200],
      ['交易额', '亿元', 'level', 300],
    ]);
    expect(fb('项目建成投产后可实现产值50亿元。')).toEqual([['产值', '亿元', 'level', 50]]);
    // Without it, no mark of a goal: a description of the park.
    expect(fb('民和县按照开发建设思路,物流园年货物吞吐能力达1200万吨以上,交易额达300亿元。')).toEqual([]);
    expect(clause('预计三年建成后将实现年交易额100亿元')).toEqual(['年交易额', 100]);
    expect(clause('物流园建成后预计年货物吞吐能力达1200万吨以上')).toEqual(['年货物吞吐能力', 1200]);
    // 建成 as the work counted is no opening: 建成后方仓库 names 后方仓库 as before.
    expect(clause('建成3个后方仓库')).toEqual(['后方仓库', 3]);
  });

  it('为…创 (created for someone) names what is created', () => {
    expect(clause('为宁夏创税收7.5亿元')).toEqual(['税收', 7.5]);
    expect(clause('为企业创造效益5亿元')).toEqual(['效益', 5]);
    expect(clause('为宁夏税收7.5亿元')).not.toEqual(['税收', 7.5]);
  });

  it('the size of a site (占地, 规划面积, 建筑面积) describes a project, not a target of it', () => {
    expect(fb('项目建成后园区总体规划占地4800亩,建筑面积320万平方米,年交易额100亿元。')).toEqual([['年交易额', '亿元', 'level', 100]]);
    expect(fb('项目建成后用地面积300亩,冷库面积20万平方米。')).toEqual([['冷库面积', '万平方米', 'level', 20]]);
  });

  it('a sentence opened by a review of the year so far (今年以来) may go on to a plan in a clause of its own', () => {
    expect(fb('今年以来,民和县抢抓机遇,计划融资56亿元打造甘青最大现代物流园。')).toEqual([['融资', '亿元', 'level', 56]]);
    expect(fb('今年以来,全县加快建设,力争完成投资56亿元。')).toEqual([['投资', '亿元', 'level', 56]]);
    // The plan's clause itself reporting a fact, or no clause of a plan: nothing.
    expect(fb('今年以来,民和县抢抓机遇,计划融资56亿元,已完成30亿元。')).toEqual([]);
    expect(fb('今年以来,民和县融资56亿元打造物流园。')).toEqual([]);
    // The plan word opening the sentence after the review's own comma only: 计划 inside a clause is no opening.
    expect(fb('今年以来,民和县按计划融资56亿元。')).toEqual([]);
  });
});

describe('names around a verb (batch 19)', () => {
  const gi = (text: string) => goalIndicators([{ year: 2012, span: [0, text.length] }] as never, text).map((i) => [i.name, i.targets[0].kind, i.targets[0].value]);
  const rd = (c: string) => readGoalClause(c, 2012).map((r) => [r.name, r.target.value]);

  it('an adverb of degree before the verb (同比大幅增长) is no part of a name: the growth is that of the indicator before', () => {
    expect(gi('今年,内河水运建设将完成投资45亿元,同比大幅增长80%')).toEqual([
      ['内河水运建设投资', 'level', 45],
      ['内河水运建设投资同比增长', 'growth', 80],
    ]);
    expect(gi('今年,内河水运建设将完成投资45亿元,年均稳步增长8%')).toEqual([
      ['内河水运建设投资', 'level', 45],
      ['内河水运建设投资年均增长', 'growth', 8],
    ]);
    expect(gi('今年,内河水运建设将完成投资45亿元,同比增长80%')).toEqual([
      ['内河水运建设投资', 'level', 45],
      ['内河水运建设投资同比增长', 'growth', 80],
    ]);
    // With nothing named before, nothing.
    expect(gi('同比大幅增长80%')).toEqual([]);
    expect(rd('同比大幅增长80%')).toEqual([]);
    // Only before the verb: 大幅 inside a name stays.
    expect(gi('大幅降价商品达到30个')).toEqual([['大幅降价商品', 'level', 30]]);
  });

  it('建成和在建 (a state joined to another by 和 / 或) is part of the name, not a verb of making before it', () => {
    expect(gi('港口集装箱运输量达到165万标箱,建成和在建规模达到258万标箱')).toEqual([
      ['港口集装箱运输量', 'level', 165],
      ['建成和在建规模', 'level', 258],
    ]);
    expect(rd('建成和在建规模达到258万标箱')).toEqual([['建成和在建规模', 258]]);
    expect(rd('新建或改建公路里程达到258公里')).toEqual([['新建或改建公路里程', 258]]);
    // A verb of making alone still goes.
    expect(gi('建成物流园区达到3个')).toEqual([['物流园区', 'level', 3]]);
    expect(rd('建成物流园区达到3个')).toEqual([['物流园区', 3]]);
  });
});

describe('the months of the year so far (batch 19)', () => {
  const fb = (text: string) => fallbackIndicators(text, 2023).map((i) => i.name);

  it('今年1-7月 reports facts: no fallback target in its sentence', () => {
    expect(fb('记者获悉,预计到今年年底,同江铁路口岸进出口货物总量将达400万吨。\n姜保国介绍,今年1-7月,全省对俄进出口实现1155.9亿元,同比增长14.4%。')).toEqual(['同江铁路口岸进出口货物总量']);
    expect(fb('今年1至7月,全省对俄进出口实现1155.9亿元。')).toEqual([]);
    expect(fb('今年一至七月,全省对俄进出口实现1155.9亿元。')).toEqual([]);
    // Not months that do not start the year, nor a number ending in 1 (11-12月).
    expect(fb('今年11-12月,全省对俄进出口将实现200亿元。')).toEqual(['对俄进出口']);
    expect(fb('今年3-7月,全省对俄进出口将实现200亿元。')).toEqual(['对俄进出口']);
  });
});

describe('counts and stretch figures (batch 19)', () => {
  const gi = (text: string) => goalIndicators([{ year: 2019, span: [0, text.length] }] as never, text).map((i) => [i.name, i.targets[0].kind, i.targets[0].value]);

  it('改造提升 is a verb of counting: what follows the count is counted', () => {
    expect(gi('今年,我省将新建20个批发市场,改造提升30个农贸市场,新建冷链物流项目40个')).toEqual([
      ['批发市场', 'level', 20],
      ['农贸市场', 'level', 30],
      ['冷链物流项目', 'level', 40],
    ]);
    expect(gi('改造提升30个农贸市场')).toEqual([['农贸市场', 'level', 30]]);
  });

  it('a verb of reaching alone after a target (、力争突破1.2亿吨) is a stretch figure of that target, no indicator', () => {
    expect(gi('到2027年,累计货运总量达到1.1亿吨以上、力争突破1.2亿吨')).toEqual([['累计货运总量', 'min', 1.1]]);
    expect(gi('到2027年,累计货运总量达到1.1亿吨以上、力争超过1.2亿吨')).toEqual([['累计货运总量', 'min', 1.1]]);
    // A name of its own after the verb stays an indicator.
    expect(gi('到2027年,累计货运总量达到1.1亿吨以上、客运总量突破1.2亿人次').map((r) => r[0])).toEqual(['累计货运总量', '客运总量']);
  });
});

describe('a report inside a goal sentence (batch 19 round, a known leftover)', () => {
  const gi = (text: string) => goalIndicators([{ year: 2026, span: [0, text.length] }] as never, text).map((i) => [i.name, i.targets[0].value]);

  it('目前 / 截至 opening a clause after a comma starts a report to the sentence’s end, or to a horizon or word of intent', () => {
    expect(gi('计划到2026年，全市冷库容量达到120万吨，目前冷链运输车辆为500辆。')).toEqual([['冷库容量', 120]]);
    expect(gi('计划到2026年，全市冷库容量达到120万吨，截至去年底冷链运输车辆为500辆，冷藏车为300辆。')).toEqual([['冷库容量', 120]]);
    // A horizon or a word of intent after it is a goal again; the next sentence is read as before.
    expect(gi('计划到2026年，全市冷库容量达到120万吨，目前冷链运输车辆为500辆，力争冷链运输车辆突破800辆。')).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
    expect(gi('计划到2026年，全市冷库容量达到120万吨，目前冷链运输车辆为500辆。冷藏车突破800辆。')).toEqual([
      ['冷库容量', 120],
      ['冷藏车', 800],
    ]);
    // A clause opened by another word is read as before.
    expect(gi('计划到2026年，全市冷库容量达到120万吨，全市冷链运输车辆为500辆。')).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 500],
    ]);
  });
});

describe('the fallback: a year’s plan before (batch 19 round, a known leftover)', () => {
  const fy = (text: string) => fallbackIndicators(text, null).map((i) => [i.name, i.targets[0].year]);

  it('a sentence opened by a year and a word of intent (2021年，海南将…) gives its year to the sentences after it', () => {
    expect(fy('2021年，海南将结合自贸港建设推进工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', 2021]]);
    expect(fy('2021年，全省要推进工作。\n计划中，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', 2021]]);
    // A year of facts (no word of intent), a year inside the sentence, or a subject too long: no year.
    expect(fy('2021年，海南推进了工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', null]]);
    expect(fy('海南在2021年将推进工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', null]]);
    expect(fy('2021年，海南省人民政府和各市县政府部门将推进工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', null]]);
    // 将近 is no intent.
    expect(fy('2021年，海南将近完成工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。')).toEqual([['洋浦全港年吞吐量', null]]);
  });
});

describe('edges of batch 19’s rules (mutation run)', () => {
  const targets = '附件1\n\n2022年目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n2\n\n进出口总额增长5%以上\n\n区商务委\n';
  const yearsOf = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.targets[0].year]);
  const report = (items: string, title = '关于2022年重点任务上半年推进情况的报告\n发布日期:2022-08-01') =>
    names(`${title}\n\n一、重点工作任务进展情况\n\n推进较为滞后的任务分别是:\n\n${items}`);
  const gi = (text: string) => goalIndicators([{ year: 2019, span: [0, text.length] }] as never, text).map((i) => [i.name, i.targets[0].kind, i.targets[0].value]);
  const rdNames = (c: string) => readGoalClause(c, 2022).map((r) => r.name);

  it('the goals of a target column take their place among the text’s goals, in the order of the text', () => {
    expect(yearsOf(`到2025年，全区冷库容量达到100万吨。\n\n${targets}`)).toEqual([
      ['冷库容量', 2025],
      ['地区生产总值', 2022],
      ['进出口总额', 2022],
    ]);
    expect(yearsOf(`${targets}\n到2025年，全区冷库容量达到100万吨。`)).toEqual([
      ['地区生产总值', 2022],
      ['进出口总额', 2022],
      ['冷库容量', 2025],
    ]);
    // A heading with spaces in it (2022年 预期目标) still names its year.
    expect(tableGoals('序号\n2022年 预期目标\n责任单位\n1\n工业增加值增长7%左右\n区经济信息委').map(([y, t]) => [y, t])).toEqual([[2022, '工业增加值增长7%左右']]);
  });

  it('a progress report: every item is read; without a year of the document, none', () => {
    expect(report('1.进口整车5000辆以上。1-6月,完成1589辆。(责任单位:国际物流枢纽公司)\n\n2.拆除150万平方米违法建筑。1-6月,完成33万平方米。(责任单位:区城市管理局)')).toEqual([
      ['进口整车', '辆', 'min', 5000, 2022],
      ['拆除违法建筑', '万平方米', 'level', 150, 2022],
    ]);
    expect(report('1.进口整车5000辆以上。1-6月,完成1589辆。(责任单位:国际物流枢纽公司)', '关于重点任务上半年推进情况的报告')).toEqual([]);
  });

  it('a work of clearing needs a size, not a count; verbs of making before a name go only at its start and before two characters', () => {
    expect(rdNames('拆除3处违法建筑')).toEqual([]);
    expect(rdNames('冷库新建规模达到100万吨')).toEqual(['冷库新建规模']);
    expect(rdNames('新建厂达到3个')).toEqual(['新建厂']);
  });

  it('为…创 opens the clause only; the thing created has two characters at least', () => {
    expect(goalClauseTarget('企业为宁夏创税收7.5亿元', 2022)?.name).toBe('企业为宁夏创税收');
    expect(goalClauseTarget('为宁夏创税5亿元', 2022)?.name).toBe('为宁夏创税');
  });

  it('an adverb of degree goes only right after 同比 / 年均 opening the clause; a verb of reaching is a stretch figure only alone', () => {
    expect(goalClauseTarget('内河水运建设投资同比大幅增长80%', 2022)?.name).toContain('大幅');
    expect(gi('到2027年,累计货运总量达到1.1亿吨以上、突破性项目达到5个')).toEqual([
      ['累计货运总量', 'min', 1.1],
      // (达到5个 is a level: the 突破 of 突破性项目 is part of the name, no floor of the target, t21n.)
      ['突破性项目', 'level', 5],
    ]);
  });

  it('words dropped at a name’s end go only there; a verb of making goes only before two characters, not 增加 of 增加值', () => {
    expect(rdNames('货物累计运输量达到100万吨')).toEqual(['货物累计运输量']);
    expect(goalClauseTarget('新建厂3个', 2022)?.name).toBe('新建厂');
    expect(goalClauseTarget('增加值达到100亿元', 2022)?.name).toBe('增加值');
    // A space after the comma before 同比大幅增长 changes nothing.
    expect(gi('今年,内河水运建设将完成投资45亿元, 同比大幅增长80%')).toEqual([
      ['内河水运建设投资', 'level', 45],
      ['内河水运建设投资同比增长', 'growth', 80],
    ]);
  });

  it('a plan clause after a review is read alone only where the sentence reports facts; a fallback name may hold 其 / 也 inside', () => {
    const fb = (text: string) => fallbackIndicators(text, null).map((i) => i.name);
    expect(fb('全县冷库容量达到10万吨,计划冷藏车达到50辆。')).toEqual(['冷库容量', '冷藏车']);
    expect(acceptableName('冷库其容量')).toBe(true);
    expect(acceptableName('其容量')).toBe(false);
    expect(acceptableName('也容量')).toBe(false);
  });
});
