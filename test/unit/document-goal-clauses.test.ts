// Indicator names read from goal clauses (goalClauseTarget): what is a name and what is not.
// Synthetic clauses written for the rule, not copied from the real-document fixtures.
import { describe, expect, it } from 'vitest';
import { countListTargets, goalClauseTarget, goalOpenings, respectiveTargets, sharedEachTargets, spanOpenings } from '../../src/domain/document/indicators';
import { parseDocument } from '../../src/domain/document/index';

describe('goal clause names', () => {
  it('ends a name before the verb that carries the number', () => {
    expect(goalClauseTarget('城市配送车辆新能源化实现80%', 2026)).toMatchObject({ name: '城市配送车辆新能源化', target: { kind: 'level', value: 80, unit: '%' } });
    expect(goalClauseTarget('冷链物流企业数量保持120家以上', 2026)).toMatchObject({ name: '冷链物流企业数量', target: { kind: 'min', value: 120, unit: '家' } });
    expect(goalClauseTarget('港口集装箱吞吐量达到300万标箱', 2026)).toMatchObject({ name: '港口集装箱吞吐量', target: { kind: 'level', value: 300, unit: '万标箱' } });
  });

  it('does not take an adverb or a verb alone as the name; the count-first form names what is counted', () => {
    expect(goalClauseTarget('累计培育3个区域物流品牌和2个示范项目、园区', 2026)).toBeNull();
    expect(goalClauseTarget('新增12个公共海外仓和4个分拨中心、站点', 2026)).toBeNull();
    expect(goalClauseTarget('累计培育5家国家A级物流企业', 2026)).toMatchObject({ name: '国家A级物流企业', target: { kind: 'level', value: 5, unit: '家' } });
    expect(goalClauseTarget('累计建成8个乡镇寄递服务站', 2026)).toMatchObject({ name: '乡镇寄递服务站', target: { kind: 'level', value: 8, unit: '个' } });
  });

  it('a percentage that belongs to a verb (实现100%达标) names no indicator unless the name is a rate', () => {
    expect(goalClauseTarget('冷库安全管理规范化实现100%达标', 2026)).toBeNull();
    expect(goalClauseTarget('村级寄递物流站点实现90%覆盖', 2026)).toBeNull();
    expect(goalClauseTarget('冷库安全管理达标率100%', 2026)).toMatchObject({ name: '冷库安全管理达标率', target: { value: 100, unit: '%' } });
    expect(goalClauseTarget('村级寄递物流站点覆盖率达到90%以上', 2026)).toMatchObject({ name: '村级寄递物流站点覆盖率', target: { kind: 'min', value: 90, unit: '%' } });
  });
});

describe('goal clauses quoted in reports, scopes and norms', () => {
  it('a goal quoted after 提出 / 明确 / 要求 is read (not only one opening a clause)', () => {
    const x = parseDocument('近日，某省交通运输厅印发《冷链物流实施方案》，明确到2026年全省冷链物流园区不少于30个，冷藏车保有量达到5000辆。');
    expect(x.goals.map((g) => g.year)).toEqual([2026]);
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value])).toEqual([
      ['冷链物流园区', '个', 'min', 30],
      ['冷藏车保有量', '辆', 'level', 5000],
    ]);
    // "…延续到2030年的政策" is still no goal.
    expect(parseDocument('该项政策延续到2030年底，冷藏车保有量达到5000辆。').goals).toEqual([]);
  });
  it('a scope before the verb of a count-first target, 左右 and 的 before what is counted', () => {
    expect(goalClauseTarget('在全省培育30个左右的物流“示范县”', 2026)).toMatchObject({ name: '物流“示范县”', target: { kind: 'level', value: 30, unit: '个' } });
    expect(goalClauseTarget('全市建成10个以上的公共配送中心', 2026)).toMatchObject({ name: '公共配送中心', target: { kind: 'min', value: 10, unit: '个' } });
  });
  it('the scope word that opens a clause is not part of the name', () => {
    expect(goalClauseTarget('全省冷链仓储集散中心覆盖率100%', 2026)).toMatchObject({ name: '冷链仓储集散中心覆盖率', target: { value: 100, unit: '%' } });
  });
  it('a norm for each village or county names no indicator; a verb of having passes to what is counted', () => {
    expect(goalClauseTarget('每个乡镇原则上有2个快递网点', 2026)).toBeNull();
    expect(goalClauseTarget('每万人拥有执业医师3人', 2026)).not.toBeNull();
    expect(goalClauseTarget('全市拥有5个国家级物流枢纽', 2026)).toMatchObject({ name: '国家级物流枢纽', target: { kind: 'level', value: 5, unit: '个' } });
  });
});

describe('goal clauses: attributes, examples, bare rates, spaced years', () => {
  it('the counted thing is the head after the last 的 of its attributes', () => {
    expect(goalClauseTarget('布局建设20个左右功能完善、运行高效的区域分拨中心', 2026)).toMatchObject({ name: '区域分拨中心', target: { kind: 'level', value: 20, unit: '个' } });
  });
  it('a list of examples closed by 等 is not part of the name', () => {
    expect(goalClauseTarget('东部片区、西部片区等重点园区使用新能源货车配送的比例达到60%', 2026)).toMatchObject({ name: '重点园区使用新能源货车配送的比例', target: { value: 60, unit: '%' } });
    // a name still longer than 40 characters after that is no name
    expect(goalClauseTarget('在全县范围内统筹推进农村地区寄递物流末端网点与村级综合服务站点共建共享并且实现标准统一的行政村占比达到60%', 2026)).toBeNull();
  });
  it('下降至 is a ceiling; a leading 推动 is not part of the name', () => {
    expect(goalClauseTarget('推动社会物流总费用与地区生产总值的比率下降至13%左右', 2026)).toMatchObject({ name: '社会物流总费用与地区生产总值的比率', target: { kind: 'max', value: 13, unit: '%' } });
  });
  it('a bare rate word is the rate of the indicator named before it; a year written with spaces opens a goal', () => {
    const x = parseDocument('一、发展目标\n到 2026 年，全市冷链物流货运量达到500万吨，年均增长率超过10%。');
    expect(x.goals.map((g) => g.year)).toEqual([2026]);
    expect(x.indicators.map((i) => [i.name, i.targets[0].kind, i.targets[0].value])).toEqual([
      ['冷链物流货运量', 'level', 500],
      ['冷链物流货运量年均增长率', 'min', 10],
    ]);
  });
});

describe('goal clauses: lists before 分别, quoted targets, a level and its growth', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);
  it('the items in the clause before 同比YYYY年分别增长…, 和 inside an item', () => {
    expect(rows('二、主要目标\n到2026年，全市港口货物吞吐量、公路和铁路货运量，较2023年分别增长10%、8%以上。')).toEqual([
      ['港口货物吞吐量', '%', 2026, 'growth', 10],
      ['公路和铁路货运量', '%', 2026, 'growth', 8],
    ]);
  });
  it('targets quoted as the plan’s targets take the year of the goal before them', () => {
    expect(rows('到2026年，全县基本建成农村物流体系。\n三年间，县里提出“乡镇快递网点达到120个”“村级寄递服务站点覆盖率达到95%”等主要目标。')).toEqual([
      ['乡镇快递网点', '个', 2026, 'level', 120],
      ['村级寄递服务站点覆盖率', '%', 2026, 'level', 95],
    ]);
    // no goal year before them: nothing is invented
    expect(rows('县里提出“乡镇快递网点达到120个”等主要目标。')).toEqual([]);
  });
  it('a level and its growth in one clause (达到N辆、年均增长M%) give two indicators of one name', () => {
    expect(rows('到2026年，新能源货车保有量达到800辆、年均增长12%以上。')).toEqual([
      ['新能源货车保有量', '辆', 2026, 'level', 800],
      ['新能源货车保有量年均增长', '%', 2026, 'growth', 12],
    ]);
  });
});

describe('goal clauses: a growth without a name, a year’s plan, points of a rate', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);
  it('年均增长N% with no name of its own is the growth of the indicator before it; alone it names nothing', () => {
    expect(rows('到2027年，港口货物吞吐量达到3亿吨，年均增长6%左右。')).toEqual([
      ['港口货物吞吐量', '亿吨', 2027, 'level', 3],
      ['港口货物吞吐量年均增长', '%', 2027, 'growth', 6],
    ]);
    expect(rows('到2027年，年均增长6%左右。')).toEqual([]);
  });
  it('“2026年，要…” opens the goals of that year; “2020年，全省…达到…” (a fact) does not', () => {
    expect(rows('会议指出，2026年，要加快建设航空物流园，机场货邮吞吐量50万吨。')).toEqual([['机场货邮吞吐量', '万吨', 2026, 'level', 50]]);
    expect(rows('2020年，全省社会物流总额达到3000亿元。')).toEqual([]);
  });
  it('a change in points of a rate is pending (its value needs the rate of the year before)', () => {
    expect(goalClauseTarget('物流总费用与地区生产总值的比率再下降0.5个百分点', 2026)).toMatchObject({ name: '物流总费用与地区生产总值的比率', target: { kind: 'pending', value: null, unit: '百分点', direction: 'decrease' } });
  });
});

describe('分别: one target per item, in order', () => {
  it('two named items with annual growth', () => {
    expect(respectiveTargets('港口货物吞吐量和集装箱吞吐量年均增长分别达到8%、12%以上', 2027)).toEqual([
      { name: '港口货物吞吐量', target: { year: 2027, kind: 'growth', value: 8, text: '港口货物吞吐量和集装箱吞吐量年均增长分别达到8%、12%以上', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' } },
      { name: '集装箱吞吐量', target: { year: 2027, kind: 'growth', value: 12, text: '港口货物吞吐量和集装箱吞吐量年均增长分别达到8%、12%以上', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' } },
    ]);
  });
  it('short items share the tail written once on the last (…产地预冷率)', () => {
    const r = respectiveTargets('到2026年，粮食、蔬菜、水果产地预冷率分别达到40%、35%、50%', 2026)!;
    expect(r.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit])).toEqual([
      ['粮食产地预冷率', 'level', 40, '%'],
      ['蔬菜产地预冷率', 'level', 35, '%'],
      ['水果产地预冷率', 'level', 50, '%'],
    ]);
  });
  it('counts with a unit on the last value only; 以上 makes them minimums', () => {
    const r = respectiveTargets('冷库容量和冷藏车数量分别达到20万吨、300辆以上', 2026)!;
    expect(r.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit])).toEqual([
      ['冷库容量', 'min', 20, '万吨'],
      ['冷藏车数量', 'min', 300, '辆'],
    ]);
    const t = respectiveTargets('示范企业和示范园区分别达到20、5个以上', 2026)!;
    expect(t.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit])).toEqual([
      ['示范企业', 'min', 20, '个'],
      ['示范园区', 'min', 5, '个'],
    ]);
  });
  it('not the form, or a count that does not match: null', () => {
    expect(respectiveTargets('快递业务量突破23亿件', 2025)).toBeNull();
    expect(respectiveTargets('甲、乙、丙分别达到10%、20%', 2025)).toBeNull();
  });
});

describe('words between a name and its number, and targets listed with 、', () => {
  it('drops intent, approximation and a comparison base from the name', () => {
    expect(goalClauseTarget('全县公路通车里程近1500公里', 2026)).toMatchObject({ name: '公路通车里程', target: { kind: 'level', value: 1500, unit: '公里' } });
    expect(goalClauseTarget('单位货运周转量能耗力争下降至8%', 2026)).toMatchObject({ name: '单位货运周转量能耗', target: { kind: 'max', value: 8 } });
    expect(goalClauseTarget('冷链仓储面积较2021年增长20%以上', 2026)).toMatchObject({ name: '冷链仓储面积', target: { kind: 'growth', value: 20, unit: '%' } });
    // "超100亿元" is a floor, like 超过 / 以上; the doubling against a base year is the same target.
    expect(goalClauseTarget('物流业增加值较2020年翻一番、超80亿元', 2026)).toMatchObject({ name: '物流业增加值', target: { kind: 'min', value: 80, unit: '亿元' } });
    // A name of its own that ends in such a word is not cut to nothing.
    expect(goalClauseTarget('约100公里', 2026)).toBeNull();
  });

  it('reads each of several targets listed with 、, each with its own name and number', () => {
    const x = parseDocument('一、发展目标\n到2028年，全市内河航道里程突破260公里、等级公路总里程突破9000公里，交通网络更加完善。\n');
    expect(x.indicators.map((i) => [i.name, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['内河航道里程', 'min', 260, 2028],
      ['等级公路总里程', 'min', 9000, 2028],
    ]);
    // Items without a number each do not split the clause (one target, named in full).
    const y = parseDocument('一、发展目标\n到2028年，冷链、快递物流企业达到30家。\n');
    expect(y.indicators.map((i) => i.name)).toEqual(['冷链、快递物流企业']);
  });

  it('a count, then who is counted and what they do: those who do it, at least the lower count', () => {
    expect(goalClauseTarget('3-5家商贸流通企业开展共同配送试点', 2026)).toMatchObject({
      name: '开展共同配送试点的商贸流通企业',
      target: { kind: 'min', value: 3, unit: '家' },
    });
    expect(goalClauseTarget('10个乡镇实现快递进村', 2026)).toMatchObject({ name: '实现快递进村的乡镇', target: { kind: 'level', value: 10, unit: '个' } });
  });
});

describe('goals continued without a year, and indicators listed under 如下', () => {
  it('a paragraph right after a goal that still states targets (经过…努力 / 力争 / 较<earlier year> / 年均) keeps its year', () => {
    const x = parseDocument(
      '新闻标题\n《规划》提出，到2027年，全市物流体系基本建成，社会物流总费用占GDP比重降至13%左右。\n通过三年建设，经过3年努力，力争航空货邮吞吐量突破20万吨，冷库库容达到80万吨。\n公路货运量较2024年增长12%左右，铁路货运量年均增长6%。\n下一步，市交通局将加快项目建设。\n',
    );
    expect(x.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([
      ['社会物流总费用占GDP比重', 2027],
      ['航空货邮吞吐量', 2027],
      ['冷库库容', 2027],
      ['公路货运量', 2027],
      ['铁路货运量', 2027],
    ]);
  });

  it('a paragraph of facts after a goal is not a goal (no intent, no earlier base year)', () => {
    const x = parseDocument('新闻标题\n《方案》提出，到2027年，港口集装箱吞吐量达到150万标箱。\n2023年，全市港口完成货物吞吐量1.2亿吨，同比增长8%。\n');
    expect(x.indicators.map((i) => i.name)).toEqual(['港口集装箱吞吐量']);
    // A comparison with a year after the horizon is not one of its targets.
    const y = parseDocument('新闻标题\n《方案》提出，到2027年，港口集装箱吞吐量达到150万标箱。\n货物吞吐量较2028年增长8%。\n');
    expect(y.indicators.map((i) => i.name)).toEqual(['港口集装箱吞吐量']);
  });

  it('numbered indicators under “…主要指标如下：” are goals of its year; the units in their bracket stay with the item', () => {
    const x = parseDocument(
      '某市规划任务分工方案\n一、主要指标\n到2026年，全市主要指标如下：\n1.快递业务量力争达到8亿件，年均增长10%以上。（预期性指标，牵头单位：市邮政管理局；责任单位：市商务局）\n2.物流业增加值突破500亿元。（预期性指标，牵头单位：市发展改革委）\n二、主要任务\n',
    );
    expect(x.indicators.map((i) => [i.name, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['快递业务量', 'level', 8, 2026],
      ['快递业务量年均增长', 'growth', 10, 2026],
      ['物流业增加值', 'min', 500, 2026],
    ]);
    expect(x.tasks.map((t) => [t.number, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', ['市邮政管理局:lead', '市商务局:support']],
      ['2', ['市发展改革委:lead']],
    ]);
    // Without 如下 the numbered items are not read as goals.
    const y = parseDocument('某市规划任务分工方案\n一、主要指标\n到2026年，全市经济平稳增长。\n1.快递业务量力争达到8亿件。（牵头单位：市邮政管理局）\n');
    expect(y.indicators).toEqual([]);
  });
});

describe('a year’s plan with its subject, work items of the year, restated targets', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('万标准箱 is a unit; 将 and 成为 between a name and its number are not part of the name', () => {
    expect(goalClauseTarget('内河港口集装箱吞吐量突破300万标准箱', 2026)).toMatchObject({ name: '内河港口集装箱吞吐量', target: { kind: 'min', value: 300, unit: '万标准箱' } });
    expect(goalClauseTarget('航空货运航线将达40条', 2026)).toMatchObject({ name: '航空货运航线', target: { value: 40, unit: '条' } });
    expect(goalClauseTarget('南沙港区率先成为1亿吨大港', 2026)).toMatchObject({ name: '南沙港区', target: { value: 1, unit: '亿吨' } });
  });

  it('“2026年，<subject>将…” opens a year’s plan, and the next paragraph of the year’s work items keeps it', () => {
    expect(
      rows('局长介绍，2026年，市口岸物流办将重点实施“五大工程”。\n实施冷链提升工程，全年新增冷库库容5万吨、冷藏车辆达300辆；实施项目攻坚工程，谋划推进25个重点冷链项目建设，年度投资超30亿元。\n'),
    ).toEqual([
      ['新增冷库库容', '万吨', 2026, 'level', 5],
      ['冷藏车辆', '辆', 2026, 'level', 300],
      ['重点冷链项目', '个', 2026, 'level', 25],
      ['重点冷链项目年度投资', '亿元', 2026, 'min', 30],
    ]);
    // 将近 is "nearly": a fact of that year, not a plan.
    expect(rows('2023年，全市将近1200家企业完成货运量3亿吨。')).toEqual([]);
    // Without a year's plan or goal before it, a paragraph of the year's work names nothing.
    expect(rows('实施冷链提升工程，全年新增冷库库容5万吨。')).toEqual([]);
  });

  it('a target stated twice (a headline and the body) is one indicator; different targets stay', () => {
    expect(rows('到2027年甲省港口货物吞吐量突破5亿吨\n《方案》提出，到2027年，港口货物吞吐量突破5亿吨、集装箱吞吐量突破900万标箱。\n')).toEqual([
      ['港口货物吞吐量', '亿吨', 2027, 'min', 5],
      ['集装箱吞吐量', '万标箱', 2027, 'min', 900],
    ]);
    expect(rows('《方案》提出，到2027年，港口货物吞吐量突破5亿吨；到2030年，港口货物吞吐量突破6亿吨。')).toEqual([
      ['港口货物吞吐量', '亿吨', 2027, 'min', 5],
      ['港口货物吞吐量', '亿吨', 2030, 'min', 6],
    ]);
  });
});

// Forms met in the sixth batch of real documents (branch d15); synthetic clauses of the same
// structure, not the documents' sentences.
describe('goals without 到YYYY年, counts by threshold, qualifiers after each value', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a labelled list of a year’s targets (主要预期目标：…) takes the latest year written before it; with none it opens nothing', () => {
    expect(rows('某县2027年重点工作安排\n今年全县主要预期目标是:全县生产总值增长6.5%左右;固定资产投资增长8%;单位生产总值能耗下降3%;城乡居民收入稳步增长。')).toEqual([
      ['生产总值', '%', 2027, 'growth', 6.5],
      ['固定资产投资', '%', 2027, 'growth', 8],
      ['单位生产总值能耗', '%', 2027, 'reduction', 3],
    ]);
    // (With nothing else read, the sentence fallback reads what it can name, with no year; the label
    // closed by its colon is no part of the first name, t21n.)
    expect(rows('今年全县主要预期目标是:全县生产总值增长6.5%左右;固定资产投资增长8%。')).toEqual([
      ['生产总值', '%', null, 'growth', 6.5],
      ['固定资产投资', '%', null, 'growth', 8],
    ]);
    // A label with nothing measurable after it opens nothing either.
    expect(parseDocument('2027年工作安排\n总体目标:建设现代物流体系。').goals).toEqual([]);
  });

  it('a period label (中期目标(2026-2028年)为…) gives the goal the period’s last year', () => {
    expect(rows('中期目标(2026-2028年)为:全面建成3个辐射能力较强、功能完善的区域分拨中心,通过遴选培育10家服务规范的供应链管理企业,引进12家技术先进的……')).toEqual([
      ['区域分拨中心', '个', 2028, 'level', 3],
      ['供应链管理企业', '家', 2028, 'level', 10],
    ]);
  });

  it('a horizon set as 以YYYY年为目标年, and a target named as such in one clause (YYYY年…目标…), which ends with its clause', () => {
    expect(rows('该方案以2030年为目标年,旨在完善县域物流网络,快递业务量突破5亿件,形成区域物流中心。')).toEqual([['快递业务量', '亿件', 2030, 'min', 5]]);
    expect(rows('评论认为,2029年港口货物吞吐量目标达到1.2亿吨的安排已经明确,而当年货运量增长9%是事实。')).toEqual([['港口货物吞吐量', '亿吨', 2029, 'level', 1.2]]);
  });

  it('counts listed by threshold share what is counted (N个A、M个B的C): one indicator per threshold; different things stay apart', () => {
    expect(countListTargets('新建3个库容超1万吨、6个库容超5000吨的冷库', 2027)?.map((r) => [r.name, r.target.value, r.target.unit])).toEqual([
      ['库容超1万吨的冷库', 3, '个'],
      ['库容超5000吨的冷库', 6, '个'],
    ]);
    expect(countListTargets('培育3个物流园区、5家物流企业', 2027)).toBeNull();
    expect(countListTargets('新建3个库容超1万吨的冷库', 2027)).toBeNull();
  });

  it('a qualifier may follow each value of a 分别 list, not only the last', () => {
    expect(respectiveTargets('快递业务量、邮政业务总量分别增长12%左右和8%左右', 2027)?.map((r) => [r.name, r.target.kind, r.target.value])).toEqual([
      ['快递业务量', 'growth', 12],
      ['邮政业务总量', 'growth', 8],
    ]);
  });

  it('a fall of a count by an amount is pending (needs its base); a counting verb alone names nothing', () => {
    expect(goalClauseTarget('农村低收入人口减少2万以上', 2027)).toMatchObject({ name: '农村低收入人口', target: { kind: 'pending', value: null, unit: '万' } });
    expect(goalClauseTarget('培育12家', 2027)).toBeNull();
    expect(goalClauseTarget('全面建成4个功能完善的县级物流中心', 2027)).toMatchObject({ name: '县级物流中心', target: { kind: 'level', value: 4 } });
  });
});

describe('eighth batch rules: cubic metres, a copula 为, a share without subject, verbs joined by 或, a year proposed', () => {
  it('立方米 / 万立方米 are units of a goal', () => {
    expect(goalClauseTarget('全市冷藏库容达到80万立方米', 2026)).toMatchObject({ name: '冷藏库容', target: { kind: 'level', value: 80, unit: '万立方米' } });
    expect(parseDocument('到2026年，全市冷藏库容达到80万立方米。').indicators.map((i) => [i.name, i.unit])).toEqual([['冷藏库容', '万立方米']]);
  });

  it('为 before the number is a copula, not part of the name; 行为 and 成为 are not cut', () => {
    expect(goalClauseTarget('快递网点数量为300个', 2026)).toMatchObject({ name: '快递网点数量', target: { value: 300, unit: '个' } });
    expect(goalClauseTarget('某港率先成为吞吐量超5亿吨的港口', 2026)?.name ?? '').not.toMatch(/成$/);
  });

  it('a share with no subject (占…比重) is the share of the indicator named before it, and nothing alone', () => {
    const x = parseDocument('到2026年，全市旅游业增加值达到900亿元左右、占地区生产总值比重为5.5%。');
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].value])).toEqual([
      ['旅游业增加值', '亿元', 900],
      ['旅游业增加值占地区生产总值比重', '%', 5.5],
    ]);
    expect(parseDocument('到2026年，占地区生产总值比重为5.5%。').indicators).toEqual([]);
  });

  it('counting verbs joined by 或, and a count per place (每个县)', () => {
    expect(goalClauseTarget('力争全市完成新建或改造60个以上村级寄递服务站', 2026)).toMatchObject({ name: '村级寄递服务站', target: { kind: 'min', value: 60, unit: '个' } });
    expect(goalClauseTarget('全市每个乡镇建成1个具备冷藏功能的农产品集配中心', 2026)).toMatchObject({ name: '农产品集配中心', target: { kind: 'level', value: 1, unit: '个' } });
    // A verb alone still names nothing.
    expect(goalClauseTarget('完成新建或改造60个', 2026)).toBeNull();
  });

  it('a year right after 提出 / 明确 opens the goals of that year', () => {
    const x = parseDocument('《要点》明确，2026年，全省加快建设快递园区，快递业务量达到15亿件，行业收入超过180亿元。');
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].year])).toEqual([
      ['快递业务量', '亿件', 2026],
      ['行业收入', '亿元', 2026],
    ]);
    // A year of facts, with no verb of proposing before it, is still no goal.
    expect(parseDocument('2020年，全省快递业务量为12亿件。').indicators).toEqual([]);
  });
});

describe('counting verbs in a long run', () => {
  // 谋划推进 was listed beside 谋划 and 推进: a run of them had 2ⁿ splits to backtrack over, and a
  // clause of 30 such pairs held the parser for minutes. Each verb is now listed once.
  it('reads a clause with a long run of counting verbs at once', () => {
    const run = '谋划推进'.repeat(30) + '布局建设'.repeat(30);
    expect(goalClauseTarget(`${run}的重点项目达到100个`, 2026)).toBeNull();
    const text = `到2026年，${run}重点项目100个，${run}的。`;
    expect(parseDocument(text).goals).toEqual([{ year: 2026, text, span: [0, text.length] }]);
  });
});

describe('ninth batch rules: 今年, a list under a targets heading, a quoted 要, completed counts, times, shared verbs', () => {
  it('今年 is the year of the document: its date line, else no goal', () => {
    const text = '某市召开会议\n2027-02-11 10:20\n会议提出，今年的主要预期目标是：全市快递业务量增长12%左右；冷链物流企业保持在80家以上。';
    const x = parseDocument(text);
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['快递业务量', '%', 'growth', 12, 2027],
      ['冷链物流企业', '家', 'min', 80, 2027],
    ]);
    // The year of the 文号 when the page has no date.
    const z = parseDocument('某县商务局文件\n某商发〔2029〕3号\n关于做好物流工作的通知\n今年的主要目标是：快递业务量增长15%。');
    expect(z.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([['快递业务量', 2029]]);
    // Without any date, 今年 gives no year and so no goal; the sentence fallback reads the target with
    // no year, as it does the list above (t21n: the label closed by its colon no longer spoils the name).
    const w = parseDocument('会议提出，今年的主要预期目标是：全市快递业务量增长12%左右。');
    expect(w.goals).toEqual([]);
    expect(w.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([['快递业务量', null]]);
    // 今年，要… opens the goals of that year too; a 主要 inside the clause is not 要.
    const y = parseDocument('通知\n2028年3月2日\n今年，要力争全市冷库容量达到60万吨。');
    expect(y.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([['冷库容量', 2028]]);
  });

  it('numbered items under a heading of the year’s targets are goals, with their unit lines between them', () => {
    const text = [
      '某县政府2027年重点工作责任分工',
      '一、主要预期目标',
      '1.县域物流总额增长9%左右。',
      '牵头单位:县发改局',
      '责任单位:各乡镇、县直各部门',
      '2.快递业务量达到3000万件。',
      '牵头单位:县商务局',
      '二、重点任务',
      '3.建设冷链物流中心3个。',
      '牵头单位:县交通局',
    ].join('\n');
    const x = parseDocument(text);
    expect(x.indicators.map((i) => [i.name, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['县域物流总额', 'growth', 9, 2027],
      ['快递业务量', 'level', 3000, 2027],
    ]);
    expect(x.tasks.find((t) => t.number === '1')?.units.map((u) => [u.name, u.role])).toEqual([
      ['县发改局', 'lead'],
      ['各乡镇', 'support'],
      ['县直各部门', 'support'],
    ]);
  });

  it('a plan quoted with 强调 / 提出 and 要 states goals of the latest year written before it', () => {
    const x = parseDocument('2026年某市一号文件印发。《意见》强调，要完善农村物流网络，建成村级物流服务站300个以上。');
    expect(x.indicators.map((i) => [i.name, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([['村级物流服务站', 'min', 300, 2026]]);
    // A verb of intent with no number after it opens nothing.
    expect(parseDocument('2026年某市一号文件印发。《意见》强调，要完善农村物流网络。').goals).toEqual([]);
  });

  it('a count of things whose making is completed, and a time within which something is done', () => {
    expect(goalClauseTarget('8个物流示范园区创建全面完成', 2026)).toMatchObject({ name: '物流示范园区', target: { kind: 'level', value: 8, unit: '个' } });
    expect(goalClauseTarget('即城区配送2小时送达', 2026)).toMatchObject({ name: '城区配送送达', target: { kind: 'max', value: 2, unit: '小时' } });
    expect(goalClauseTarget('且企业开办1个工作日内办结', 2026)).toMatchObject({ name: '企业开办办结', target: { kind: 'max', value: 1, unit: '个工作日' } });
  });

  it('counts listed after one verb of counting share it (建成2个A、5个B和8个C)', () => {
    const x = parseDocument('到2027年，建成2个国家物流枢纽、5个省级物流园区和8个县级配送中心。');
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].value])).toEqual([
      ['国家物流枢纽', '个', 2],
      ['省级物流园区', '个', 5],
      ['县级配送中心', '个', 8],
    ]);
  });

  it('a paragraph with no year after a goal continues it when it sets out what is to be achieved, not when it reports', () => {
    const goal = '到2027年，全市冷库容量达到80万吨。';
    const on = parseDocument(`${goal}\n物流网络初步形成，打造200个快递服务站，实现快递进村率100%。`);
    expect(on.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([
      ['冷库容量', 2027],
      ['快递服务站', 2027],
      ['快递进村率', 2027],
    ]);
    const fact = parseDocument(`${goal}\n全市已建成200个快递服务站，快递进村率100%。`);
    expect(fact.indicators.map((i) => i.name)).toEqual(['冷库容量']);
  });

  it('a sum the plan grants (给予N万元奖励) is a subsidy, not a target', () => {
    expect(goalClauseTarget('对新认定的省级示范物流园区给予100万元奖励', 2026)).toBeNull();
    expect(goalClauseTarget('对认定为国家级的给予最高200万元补助', 2026)).toBeNull();
    expect(goalClauseTarget('省级示范物流园区力争达到60家', 2026)).toMatchObject({ name: '省级示范物流园区', target: { value: 60, unit: '家' } });
  });

  it('a measure with 以上 before what is named is a size class, not a count of the things', () => {
    expect(goalClauseTarget('重点培育50万吨以上的海运骨干企业', 2026)).toBeNull();
    expect(goalClauseTarget('培育10万吨以上内河航运骨干企业', 2026)).toBeNull();
    // A count with 以上 before what is counted stays a floor.
    expect(goalClauseTarget('培育20个以上物流园区', 2026)).toMatchObject({ name: '物流园区', target: { kind: 'min', value: 20, unit: '个' } });
  });

  it('a number inside an attribute (拥有N辆…的) is part of what is counted; the target is the number after it', () => {
    expect(goalClauseTarget('全省拥有100辆以上货车的企业将达到500家', 2026)).toMatchObject({ name: '拥有100辆以上货车的企业', target: { kind: 'level', value: 500, unit: '家' } });
    expect(goalClauseTarget('计划培育拥有100辆汽车列车组的甩挂运输示范企业10家以上', 2026)).toMatchObject({ name: '甩挂运输示范企业', target: { kind: 'min', value: 10, unit: '家' } });
    // Without an attribute the verb of having still passes to what is counted.
    expect(goalClauseTarget('全市拥有5个国家级物流枢纽', 2026)).toMatchObject({ name: '国家级物流枢纽', target: { value: 5, unit: '个' } });
  });

  it('counts whose items are qualities (…领先) share the head written on the last item, which keeps its attribute', () => {
    const x = parseDocument('到2027年，打造10家竞争力全国领先和5家具有国际影响力的物流园区。');
    expect(x.indicators.map((i) => [i.name, i.targets[0].value])).toEqual([
      ['竞争力全国领先的物流园区', 10],
      ['具有国际影响力的物流园区', 5],
    ]);
    // Items that name things keep their own names; the last is its head.
    const y = parseDocument('到2027年，建成2家物流园区和5家具有国际影响力的物流企业。');
    expect(y.indicators.map((i) => i.name)).toEqual(['物流园区', '物流企业']);
  });

  it('a paragraph with no year after a goal continues it with 计划培育…N家 (not when it reports what was 已培育)', () => {
    const goal = '到2027年，全市冷库容量达到80万吨。';
    const on = parseDocument(`${goal}\n此外，还将完善甩挂运输政策，计划培育甩挂运输示范企业10家以上。`);
    expect(on.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([
      ['冷库容量', 2027],
      ['甩挂运输示范企业', 2027],
    ]);
    const fact = parseDocument(`${goal}\n全市已培育甩挂运输示范企业10家。`);
    expect(fact.indicators.map((i) => i.name)).toEqual(['冷库容量']);
  });
});

// Twelfth round (branch d15d): goals set without a year written, ranges of counts, and places that
// share the body named after the last of them. Synthetic text written for each rule.
describe('goals without a written year, ranges of counts', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('未来三年 / 今后5年 / 三年内 count from the document year; with none known the goal has no year', () => {
    expect(rows('某市物流发展意见\n2024年3月1日\n据悉，未来三年，全市培育冷链物流企业20家以上。')).toEqual([['冷链物流企业', '家', 2027, 'min', 20]]);
    expect(rows('某市物流发展意见\n2024年3月1日\n今后5年，全市冷库容量达到80万吨。')).toEqual([['冷库容量', '万吨', 2029, 'level', 80]]);
    expect(rows('某市物流发展意见\n2024年3月1日\n三年内，全市冷库容量达到80万吨。')).toEqual([['冷库容量', '万吨', 2027, 'level', 80]]);
    const x = parseDocument('近日，某省印发意见。未来三年，全省冷藏车达到3000辆以上；新建4个物流园区。');
    expect(x.goals.map((g) => g.year)).toEqual([null]);
    expect(x.indicators.map((i) => [i.name, i.targets[0].year, i.targets[0].value])).toEqual([['冷藏车', null, 3000], ['物流园区', null, 4]]);
  });

  it('a span without 未来 / 今后 / 用 / 内 opens nothing, nor does one without a number', () => {
    expect(parseDocument('2024年3月1日\n三年，全市冷库容量达到80万吨。').goals).toEqual([]);
    expect(parseDocument('2024年3月1日\n未来三年，全市将加快建设物流体系。').indicators).toEqual([]);
  });

  it('力争 with a number and no year in its sentence is a goal without a year; with a year it is read as before', () => {
    expect(rows('下一步，某市将推动物流发展，力争培育国家A级物流企业12家，加快形成产业集群。')).toEqual([['国家A级物流企业', '家', null, 'level', 12]]);
    expect(parseDocument('下一步，某市将力争推动物流高质量发展。').goals).toEqual([]);
    expect(parseDocument('2019年，某市物流企业力争上规模，已有12家。').indicators.some((i) => i.targets[0].year === null)).toBe(false);
  });

  it('a range of counts is at least its lower bound; 改扩建 counts; a gloss in brackets is not part of the name', () => {
    expect(goalClauseTarget('培育3—5户国家级多式联运示范企业', 2026)).toMatchObject({ name: '国家级多式联运示范企业', target: { kind: 'min', value: 3, unit: '户' } });
    expect(goalClauseTarget('培育3户国家级多式联运示范企业', 2026)).toMatchObject({ target: { kind: 'level', value: 3 } });
    expect(goalClauseTarget('改扩建6个乡镇快递站', 2026)).toMatchObject({ name: '乡镇快递站', target: { kind: 'level', value: 6, unit: '个' } });
    expect(goalClauseTarget('新建2个冷链集配中心(物流园区)', 2026)).toMatchObject({ name: '冷链集配中心', target: { value: 2 } });
  });

  it('a name cut inside a range keeps what stands before it and the lower bound; a verb of choosing names nothing', () => {
    expect(goalClauseTarget('冷库容量达到10-20万吨', 2026)).toMatchObject({ name: '冷库容量', target: { kind: 'min', value: 10, unit: '万吨' } });
    // (d15f: with 作为 the count names what the cities are chosen as; the choosing verb alone still names nothing.)
    expect(goalClauseTarget('选择2-3个城市作为共同配送试点', 2026)).toMatchObject({ name: '共同配送试点', target: { kind: 'min', value: 2 } });
    expect(goalClauseTarget('选择2-3个城市', 2026)).toBeNull();
  });
});

describe('years written without 到, lists closed by 等, per-place floors (batch 12 tuning, d15e)', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a deadline opening a clause (YYYY年底前，…) opens a goal of that year; one inside a sentence or without a number does not', () => {
    expect(rows('某县物流方案\n2023年底前，全县建成12个村级寄递服务站，快递网点覆盖率达到95%以上。')).toEqual([
      ['村级寄递服务站', '个', 2023, 'level', 12],
      ['快递网点覆盖率', '%', 2023, 'min', 95],
    ]);
    expect(rows('某县物流方案\n2024年6月底前，冷链集配中心达到3个。')).toEqual([['冷链集配中心', '个', 2024, 'level', 3]]);
    // A time limit inside a sentence, a past fact, and a deadline with nothing to count.
    expect(parseDocument('某县物流方案\n该项目于2023年底前完成，冷库容量为5万吨。').indicators).toEqual([]);
    expect(parseDocument('某县物流方案\n2023年底前，基本建成县乡村三级物流体系。').indicators).toEqual([]);
  });

  it('a year right after a verb of proposing is a goal even beside a 到YYYY年 goal in the same paragraph', () => {
    expect(rows('某市方案\n《方案》明确，2025年，新增物流站点40个；到2027年底，累计新增物流站点150个。')).toEqual([
      ['新增物流站点', '个', 2025, 'level', 40],
      ['累计新增物流站点', '个', 2027, 'level', 150],
    ]);
    // A year reported as a fact, with no verb of proposing before it, stays unread next to the goal.
    expect(rows('某市方案\n2022年，全市物流站点达到30个；到2027年底，物流站点达到150个。')).toEqual([['物流站点', '个', 2027, 'level', 150]]);
  });

  it('a 分别 list closed by 等 and the class of its items shares what follows the class, not the class', () => {
    expect(respectiveTargets('苹果、柑橘、茶叶等农产品产地预冷率分别达到60%、40%、50%', 2025)?.map((r) => [r.name, r.target.value])).toEqual([
      ['苹果产地预冷率', 60],
      ['柑橘产地预冷率', 40],
      ['茶叶产地预冷率', 50],
    ]);
    // Without 等 the tail written once on the last item is still shared as before.
    expect(respectiveTargets('肉类、果蔬、水产品产地低温处理率分别达到85%、30%、85%', 2025)?.map((r) => r.name)).toEqual(['肉类产地低温处理率', '果蔬产地低温处理率', '水产品产地低温处理率']);
  });

  it('各X / 每个X before a counting verb is a scope, and 至少 / 不少于 make the count a floor', () => {
    expect(goalClauseTarget('各县(市)至少建成1个县级物流配送中心', 2025)).toMatchObject({ name: '县级物流配送中心', target: { kind: 'min', value: 1, unit: '个' } });
    expect(goalClauseTarget('各乡镇建成2个快递服务站', 2025)).toMatchObject({ name: '快递服务站', target: { kind: 'level', value: 2, unit: '个' } });
    expect(goalClauseTarget('全市至少建成3个冷链物流园区', 2025)).toMatchObject({ name: '冷链物流园区', target: { kind: 'min', value: 3 } });
  });

  it('a name that holds a measured number and then 、 is a list read as one and names nothing', () => {
    expect(rows('某省方案\n到2025年，重点产区省内24小时、省外48小时通达，冷库容量达到70万吨。')).toEqual([['冷库容量', '万吨', 2025, 'level', 70]]);
    // A number inside an attribute with no 、 after it stays part of the name.
    expect(rows('某省方案\n到2025年，拥有100辆以上货车的企业达到50家。')).toEqual([['拥有100辆以上货车的企业', '家', 2025, 'level', 50]]);
  });
});

describe('goals of a five-year plan period, intent before a counting verb (kinds of batch 10, tuned in d15e)', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('到“十四五”期末 is a horizon like 到2025年', () => {
    expect(rows('某省意见\n到“十四五”期末，全省冷库容量达到300万吨。')).toEqual([['冷库容量', '万吨', 2025, 'level', 300]]);
    expect(rows('某省意见\n到“十三五”末，全省物流园区达到40个。')).toEqual([['物流园区', '个', 2020, 'level', 40]]);
  });

  it('a paragraph naming a plan period opens a goal of its last year at the first clause of intent with a number', () => {
    expect(rows('记者获悉，《某省“十三五”物流规划》出台，我省将推出实施80个重点物流项目。')).toEqual([['重点物流项目', '个', 2020, 'level', 80]]);
    expect(rows('某厅制定了“十二五”发展目标。全省将以枢纽为基础，……在全省建成18个以上物流园区、30个以上物流中心和若干个农村物流站点。')).toEqual([
      ['物流园区', '个', 2015, 'min', 18],
      ['物流中心', '个', 2015, 'min', 30],
    ]);
  });

  it('a plan period named as the past, or with no number after the intent, opens nothing', () => {
    expect(parseDocument('“十三五”以来，全省将近建成物流园区50个。').indicators).toEqual([]);
    expect(parseDocument('“十三五”期间，全省已建成物流园区50个，将继续推进。').indicators).toEqual([]);
    expect(parseDocument('某省“十四五”物流规划提出，将加快完善物流体系。').indicators).toEqual([]);
  });
});

describe('kinds missed by batch 13 (tuned in d15f): 即 after a label, one value after 分别, 今年 run on, quoted speech, lists over a comma, a named document setting out a rate', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a horizon after 即 explaining a label opens its goal; 立即 inside a sentence does not', () => {
    expect(rows('某省意见\n要实现“两提升”，即力争到2026年，全省冷库容量达到80万吨。')).toEqual([['冷库容量', '万吨', 2026, 'level', 80]]);
    expect(rows('某省意见\n要实现“两提升”，也就是到2026年冷库容量达到80万吨。')).toEqual([['冷库容量', '万吨', 2026, 'level', 80]]);
    expect(parseDocument('某省意见\n上述政策立即延续到2030年，共计20项。').indicators).toEqual([]);
  });

  it('items sharing one value after 分别 each take it; a lone item or a list of values is read as before', () => {
    expect(respectiveTargets('冷库空置率和车辆空驶率分别降低5个百分点', 2025)?.map((r) => [r.name, r.target.kind, r.target.unit])).toEqual([
      ['冷库空置率', 'pending', '百分点'],
      ['车辆空驶率', 'pending', '百分点'],
    ]);
    expect(respectiveTargets('冷链运输成本、仓储成本分别下降10%以上', 2025)?.map((r) => [r.name, r.target.kind, r.target.value])).toEqual([
      ['冷链运输成本', 'reduction', 10],
      ['仓储成本', 'reduction', 10],
    ]);
    expect(respectiveTargets('物流园区分别达到10个', 2025)).toBeNull();
    expect(respectiveTargets('冷库容量和冷藏车分别达到100万吨、2000辆', 2025)?.map((r) => [r.name, r.target.value])).toEqual([
      ['冷库容量', 100],
      ['冷藏车', 2000],
    ]);
  });

  it('今年 may run on into its subject, and a quoted speaker may open the sentence; 今年以来 and the 要 of 主要 are no intent', () => {
    expect(rows('某市商务工作 2023-01-10\n今年全市计划将新建快递驿站60个、冷链仓库12个。')).toEqual([
      ['快递驿站', '个', 2023, 'level', 60],
      ['冷链仓库', '个', 2023, 'level', 12],
    ]);
    expect(rows('某市商务工作 2023-01-10\n局长介绍：“今年，全市计划增加社区便利店500个左右。”')).toEqual([['社区便利店', '个', 2023, 'level', 500]]);
    expect(parseDocument('某市商务工作 2023-01-10\n今年以来，全市建成快递驿站60个。').indicators).toEqual([]);
    expect(parseDocument('某市商务工作 2023-01-10\n今年主要工作成效是建成快递驿站60个。').indicators).toEqual([]);
  });

  it('a list of counts continued after a comma keeps the counting verb of the list; a count after another kind of clause does not take it', () => {
    expect(rows('某市商务工作 2023-01-10\n今年，全市计划新建20个快递驿站、15个冷链仓库，10个配送中心等。')).toEqual([
      ['快递驿站', '个', 2023, 'level', 20],
      ['冷链仓库', '个', 2023, 'level', 15],
      ['配送中心', '个', 2023, 'level', 10],
    ]);
    expect(rows('某市商务工作 2023-01-10\n今年，全市冷库容量将达到20万吨，10个配送中心等。')).toEqual([['冷库容量', '万吨', 2023, 'level', 20]]);
  });

  it('a document named in 《》 setting out a sentence where something reaches a number states a target of the year in its name; without a verb of reaching it opens nothing', () => {
    expect(rows('某县新闻\n近日，县农业农村局印发《2024年度乡村物流工作清单》。\n《清单》明确，完善县乡村物流体系，推进快递进村，快递服务覆盖率达95%。')).toEqual([
      ['快递服务覆盖率', '%', 2024, 'level', 95],
    ]);
    expect(parseDocument('某县新闻\n近日，县里印发《2024年度乡村物流工作清单》。\n《清单》明确，推动物流降本3个方面、15项重点任务。').indicators).toEqual([]);
    expect(parseDocument('某县新闻\n近日，县里印发《2024年度乡村物流工作清单》。\n《清单》明确了3个方面、15项重点任务，快递服务覆盖率达95%。').indicators).toEqual([]);
  });
});

describe('kinds still missed from batches 10 and 11 (tuned in d15f): a ratio 1:N, a count chosen 作为, a share of places covered', () => {
  it('a ratio named …比 written N:M is read as N per one; a time or a score with a colon is not a ratio', () => {
    expect(goalClauseTarget('全省拖挂比达1:2以上', 2015)).toMatchObject({ name: '拖挂比', target: { kind: 'min', value: 2, unit: '' } });
    expect(goalClauseTarget('车货比为3:1', 2015)).toMatchObject({ name: '车货比', target: { kind: 'level', value: 3 } });
    expect(goalClauseTarget('发车时间为8:30', 2015)?.name).not.toBe('发车时间');
  });

  it('a count chosen 作为 something counts what they are chosen as; a count without 作为 is read as before', () => {
    expect(goalClauseTarget('选择2-3个县作为农村物流示范县', 2025)).toMatchObject({ name: '农村物流示范县', target: { kind: 'min', value: 2, unit: '个' } });
    expect(goalClauseTarget('确定5个园区作为示范物流园区', 2025)).toMatchObject({ name: '示范物流园区', target: { kind: 'level', value: 5 } });
    expect(goalClauseTarget('选择1-2个中心城市', 2025)).toBeNull();
  });

  it('a share of places covered after places covered whole names the coverage of those places; a coverage rate is read as before', () => {
    expect(goalClauseTarget('快递网络覆盖全部县城和80%以上行政村', 2025)).toMatchObject({ name: '快递网络覆盖行政村', target: { kind: 'min', value: 80, unit: '%' } });
    expect(goalClauseTarget('冷链配送覆盖60%乡镇', 2025)).toMatchObject({ name: '冷链配送覆盖乡镇', target: { kind: 'level', value: 60 } });
    expect(goalClauseTarget('快递服务覆盖率达到95%', 2025)).toMatchObject({ name: '快递服务覆盖率', target: { value: 95 } });
  });
});

describe('goal openings missed by batch 15 (tuned in d15m): a year right before intent, a plan that requires, a paragraph of the subject adding counts; items sharing 均, a bare investment, a shared throughput', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a year followed at once by a word of intent (2030年将…) opens that year\'s goal; with a subject between, or a year before the document\'s, it does not', () => {
    expect(rows('某市新闻\n2030年将实施仓储提升工程，完成投资50亿元，支持建设8个左右的配送中心。')).toEqual([
      ['仓储提升工程投资', '亿元', 2030, 'level', 50],
      ['配送中心', '个', 2030, 'level', 8],
    ]);
    expect(rows('某市新闻\n2031-01-05 09:00\n2031年将实施仓储提升工程，完成投资50亿元。')).toEqual([['仓储提升工程投资', '亿元', 2031, 'level', 50]]);
    // A headline's sum with the subject before 将, a year before the document's (a past plan reviewed).
    expect(rows('某市新闻\n2030年某县将建成配送中心8个。')).toEqual([]);
    expect(rows('某市新闻\n2031-01-05 09:00\n2029年将实施仓储提升工程，完成投资50亿元。')).toEqual([]);
    // With the comma, a subject may stand between (as before).
    expect(rows('某市新闻\n2030年，全市物流项目计划投资80亿元。')).toEqual([['物流项目投资', '亿元', 2030, 'level', 80]]);
  });

  it('a plan that requires or sets out, with no year of its own, a sentence naming targets opens a goal of the latest year before it; 明确了, no number, or a year of its own do not', () => {
    expect(rows('某县新闻\n2030-03-01 09:00\n县里出台物流规划。规划要求仓储设施利用率不低于80%，新能源配送车辆占比超过50%。')).toEqual([
      ['仓储设施利用率', '%', 2030, 'min', 80],
      ['新能源配送车辆占比', '%', 2030, 'min', 50],
    ]);
    expect(rows('某县新闻\n2030-03-01 09:00\n县里出台物流规划。方案还提出，冷库容量达到20万吨。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
    expect(rows('某县新闻\n2030-03-01 09:00\n县里出台物流规划。规划明确了仓储设施利用率不低于80%。')).toEqual([]);
    expect(rows('某县新闻\n2030-03-01 09:00\n县里出台物流规划。规划要求加快仓储设施建设，提高利用率。')).toEqual([]);
  });

  it('after a goal, a paragraph of the subject\'s intent (将) adding or completing counts continues it; what was added (新增了) or with no 将 does not', () => {
    expect(rows('某市新闻\n到2030年，全市冷库容量达到20万吨。\n为此，全市将推动冷链企业合作，新增冷链线路3条，完成冷链运输量70万吨。')).toEqual([
      ['冷库容量', '万吨', 2030, 'level', 20],
      ['新增冷链线路', '条', 2030, 'level', 3],
      ['冷链运输量', '万吨', 2030, 'level', 70],
    ]);
    expect(rows('某市新闻\n到2030年，全市冷库容量达到20万吨。\n为此，全市将推动冷链企业合作，新增了冷链线路3条。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
    expect(rows('某市新闻\n到2030年，全市冷库容量达到20万吨。\n全市推动冷链企业合作，新增冷链线路3条。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
  });

  it('items of one length sharing the rest of the last name and one value after 均 each take both; a lone item or two values do not', () => {
    expect(rows('某市新闻\n到2030年，实现全年公路、航空货运增量均超500万吨。')).toEqual([
      ['公路货运增量', '万吨', 2030, 'min', 500],
      ['航空货运增量', '万吨', 2030, 'min', 500],
    ]);
    expect(sharedEachTargets('铁路、水路和航空货运量均达到500万吨', 2030)?.map((r) => r.name)).toEqual(['铁路货运量', '水路货运量', '航空货运量']);
    expect(sharedEachTargets('公路货运量均超500万吨', 2030)).toBeNull();
    expect(sharedEachTargets('公路、航空货运增量均超500万吨、600万吨', 2030)).toBeNull();
    expect(sharedEachTargets('公路、航空均超500万吨', 2030)).toBeNull();
  });

  it('a bare investment after a clause setting going a work is that work\'s; a throughput item listed bare shares the measure; 计划 before 投资 and a size class are dropped', () => {
    expect(rows('某市新闻\n到2030年，推进港口扩能行动，完成投资30亿元。')).toEqual([['港口扩能行动投资', '亿元', 2030, 'level', 30]]);
    expect(rows('某市新闻\n到2030年，机场旅客吞吐量达到500万人次、货邮5万吨。')).toEqual([
      ['机场旅客吞吐量', '万人次', 2030, 'level', 500],
      ['货邮吞吐量', '万吨', 2030, 'level', 5],
    ]);
    // Not a throughput before it: the item keeps its own name.
    expect(rows('某市新闻\n到2030年，冷库容量达到20万吨、冷藏车300辆。')).toEqual([
      ['冷库容量', '万吨', 2030, 'level', 20],
      ['冷藏车', '辆', 2030, 'level', 300],
    ]);
    expect(rows('某市新闻\n到2030年，建成5万吨级泊位3个。').filter((r) => r[4] === 5)).toEqual([]);
  });
});

describe('edges of the d15m openings and names (from the mutation run of branch d15m)', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('sharedEachTargets: a clause with space around it, numbers with decimals, a lead word only at the start', () => {
    expect(sharedEachTargets(' 公路、航空货运量均达到12.55万吨', 2030)?.map((r) => [r.name, r.target.value])).toEqual([
      ['公路货运量', 12.55],
      ['航空货运量', 12.55],
    ]);
    expect(sharedEachTargets('安全市场、物流市场交易额均超100亿元', 2030)?.map((r) => r.name)).toEqual(['安全市场交易额', '物流市场交易额']);
  });

  it('sharedEachTargets: no items of one character, no one-character rest, no middle item of another length, no item the reader names otherwise, no list beyond 60 characters', () => {
    expect(sharedEachTargets('铁、水货运量均超100万吨', 2030)).toBeNull();
    expect(sharedEachTargets('公路、航空量均超100万吨', 2030)).toBeNull();
    // Items of different lengths share a measure known at the end of the last (branch d15n; the rule
    // before cut every item at the first one's length and gave none here, 铁路公路里程 elsewhere).
    expect(sharedEachTargets('铁路、高速公路、水路货运量均超100万吨', 2030)?.map((r) => r.name)).toEqual(['铁路货运量', '高速公路货运量', '水路货运量']);
    expect(sharedEachTargets('铁路、高速公路里程均超1万公里', 2030)?.map((r) => r.name)).toEqual(['铁路里程', '高速公路里程']);
    expect(sharedEachTargets('铁路、高速公路均超1万公里', 2030)).toBeNull();
    expect(sharedEachTargets('其中公路、航空货运增量均超500万吨', 2030)).toBeNull();
    expect(sharedEachTargets('预计公路、航空货运增量均超500万吨', 2030)?.map((r) => r.name)).toEqual(['公路货运增量', '航空货运增量']);
    expect(sharedEachTargets('全年公路货运量均超500万吨', 2030)).toBeNull();
    expect(sharedEachTargets(`${'加快推进综合交通运输体系建设'.repeat(5)}，公路、航空货运量均超500万吨`, 2030)).toBeNull();
  });

  it('goalOpenings: a plan requiring targets opens where nothing else did, to the end of its sentence, of the years before it only; a year of its own or a target outside the sentence does not count', () => {
    expect(goalOpenings('规划要求仓储利用率不低于80%。其他内容', '', 2030)).toEqual([{ at: 4, year: 2030, end: 15 }]);
    expect(goalOpenings('规划要求仓储利用率不低于80%', '', 2030)).toEqual([{ at: 4, year: 2030, end: 15 }]);
    expect(goalOpenings('县里2029年出台规划。规划要求仓储利用率不低于80%。', '', 2030)).toEqual([{ at: 16, year: 2029, end: 27 }]);
    expect(goalOpenings('规划要求仓储利用率不低于80%。2035年再提高。', '', 2030)).toEqual([{ at: 4, year: 2030, end: 15 }]);
    expect(goalOpenings('规划要求仓储利用率2035年不低于80%。', '', 2030)).toEqual([]);
    expect(goalOpenings('规划要求加快建设。冷库容量达到20万吨。', '', 2030)).toEqual([]);
    // A labelled goal found first: the plan's requirement adds no opening of its own.
    expect(goalOpenings('目标：冷库容量达到20万吨，规划要求仓储利用率不低于80%。', '2030年', 2030)).toHaveLength(1);
  });

  it('a planned sum only where 投资 ends the name; an item of four characters after a throughput shares it', () => {
    expect(rows('某市新闻\n到2030年，计划投资项目数达到10个。')).toEqual([['计划投资项目数', '个', 2030, 'level', 10]]);
    expect(rows('某市新闻\n到2030年，机场旅客吞吐量达到500万人次、航空货邮5万吨。')[1]).toEqual(['航空货邮吞吐量', '万吨', 2030, 'level', 5]);
  });

  it('a paragraph continuing a goal: not with a year of its own, and 新增 / 完成 must lead to the number', () => {
    expect(rows('某市新闻\n到2030年，全市冷库容量达到20万吨。\n全市将在2031年新增冷链线路3条。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
    expect(rows('某市新闻\n到2030年，全市冷库容量达到20万吨。\n为此，全市将新增冷链线路，冷藏车辆提高到300辆。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
  });

  it('a year right before intent: after white space, with a space before 年; 今年 after white space; the document-year guard only without the comma', () => {
    expect(rows('某市新闻\n县里部署 2030年将实施仓储提升工程，完成投资50亿元。')).toEqual([['仓储提升工程投资', '亿元', 2030, 'level', 50]]);
    expect(rows('某市新闻\n县里部署，2030 年将实施仓储提升工程，完成投资50亿元。')).toEqual([['仓储提升工程投资', '亿元', 2030, 'level', 50]]);
    expect(rows('某市新闻\n2030-01-05 09:00\n县里部署 今年将新增冷链线路3条。')).toEqual([['新增冷链线路', '条', 2030, 'level', 3]]);
    // The comma form is read as before, whatever the document's year.
    expect(rows('某市新闻\n2031-01-05 09:00\n据介绍，2029年，全市将完成投资50亿元。')).toEqual([['投资', '亿元', 2029, 'level', 50]]);
    expect(rows('某市新闻\n2031-01-05 09:00\n据介绍，2029年将完成投资50亿元。')).toEqual([]);
  });
});

describe('kinds missed by batch 16 (tuned in d15m): a quotation opening with a horizon, kinds before 的, an adverb before 分别, a bare measure, 后N年', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a horizon opening a quotation opens its goal', () => {
    expect(rows('某市新闻\n据悉，“到2030年，全市冷库容量达到20万吨。”记者了解到，项目进展顺利。')).toEqual([['冷库容量', '万吨', 2030, 'level', 20]]);
  });

  it('one value for kinds listed before 的 is the measure after 的; a short measure keeps what is before it', () => {
    expect(rows('某市新闻\n到2030年，全市果蔬、肉类和水产品的综合冷链流通率达到50%。')).toEqual([['综合冷链流通率', '%', 2030, 'level', 50]]);
    expect(rows('某市新闻\n到2030年，港口利用水路、铁路运输货物的比例达到80%。')).toEqual([['港口利用水路、铁路运输货物的比例', '%', 2030, 'level', 80]]);
  });

  it('an adverb before 分别 is no part of the last item, a tail opening with 的 joins each item without it, and 分别 alone names nothing', () => {
    expect(rows('某市新闻\n到2030年，全市果蔬、肉类、水产品的损腐率明显下降，分别降至15%、3%、5%以下，分别比2020年降低10个、2个和5个百分点。')).toEqual([
      ['果蔬损腐率', '%', 2030, 'max', 15],
      ['肉类损腐率', '%', 2030, 'max', 3],
      ['水产品损腐率', '%', 2030, 'max', 5],
    ]);
    expect(rows('某市新闻\n到2030年，果蔬、肉类冷链流通率分别达到40%、60%。').map((r) => r[0])).toEqual(['果蔬冷链流通率', '肉类冷链流通率']);
  });

  it('a bare measure after a name ending in a measure takes its subject; after a name without one it stays', () => {
    expect(rows('某市新闻\n到2030年，数字经济占比达到45%以上、规模突破万亿元。')).toEqual([
      ['数字经济占比', '%', 2030, 'min', 45],
      ['数字经济规模', '万亿元', 2030, 'min', 1],
    ]);
    expect(rows('某市新闻\n到2030年，冷库容量达到20万吨、总量达到30万吨。').map((r) => r[0])).toEqual(['冷库容量', '总量']);
    expect(rows('某市新闻\n“十四五”将投50亿元建设交通工程。')).toEqual([]);
  });

  it('后N年 running on into its subject opens a goal of the document year plus N to the end of its sentence, beside a period horizon; not 未来N年 without a comma, 后N年内, no number, or 最后', () => {
    expect(rows('某市新闻\n2025-01-05 09:00\n会议传出信息：后五年全市物流投资将不少于100亿元，其中仓储投资不少于30亿元。到“十五五”末，全市冷库容量达到20万吨。')).toEqual([
      ['物流投资', '亿元', 2030, 'min', 100],
      ['仓储投资', '亿元', 2030, 'min', 30],
      ['冷库容量', '万吨', 2030, 'level', 20],
    ]);
    expect(spanOpenings('会议传出信息：后五年全市投资将不少于100亿元，其中仓储投资30亿元。到2030年', 2025)).toEqual([{ at: 7, year: 2030, end: 34 }]);
    expect(spanOpenings('后3年全市投资100亿元', 2025)).toEqual([{ at: 0, year: 2028, end: 12 }]);
    expect(spanOpenings('会议传出信息：后五年全市投资将不少于100亿元。', null)).toEqual([{ at: 7, year: null, end: 23 }]);
    expect(spanOpenings('，未来5年谋划推进项目43个。', 2025)).toEqual([]);
    expect(spanOpenings('，后五年内完成100个。', 2025)).toEqual([]);
    expect(spanOpenings('，后五年全市加快发展2030年。', 2025)).toEqual([]);
    expect(spanOpenings('最后五年投资100亿元。', 2025)).toEqual([]);
  });
});

describe('edges of the batch-16 rules through the parser', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a base another reader read as a target is dropped; a two-character subject is taken by a bare measure', () => {
    expect(rows('某市新闻\n到2030年，在现有通车里程1300公里的基础上新增通车里程1800公里。').map((r) => r[4])).toEqual([1800]);
    expect(rows('某市新闻\n到2030年，物流占比达到15%以上、规模突破100亿元。').map((r) => r[0])).toContain('物流规模');
  });
});

describe('edges of the batch-15 and batch-16 rules (second mutation run of branch d15m)', () => {
  const rows = (t: string) => parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].kind, i.targets[0].value]);

  it('a word of sharing or intent names nothing only as the whole name; 各类 / 要素 / 拟建 inside names stay', () => {
    expect(rows('某市新闻\n到2030年，各类冷库容量达到30万立方米。').map((r) => r[0])).toEqual(['各类冷库容量']);
    expect(rows('某市新闻\n到2030年，物流要素达到10个。').map((r) => r[0])).toEqual(['物流要素']);
    expect(rows('某市新闻\n到2030年，拟建项目达到10个。').map((r) => r[0])).toEqual(['拟建项目']);
  });

  it('only a bare measure takes the subject before it; a name ending or starting with a measure word keeps its own', () => {
    expect(rows('某市新闻\n到2030年，数字经济占比达到45%、物流规模突破100亿元。').map((r) => r[0])).toEqual(['数字经济占比', '物流规模']);
    expect(rows('某市新闻\n到2030年，数字经济占比达到45%、规模以上企业达到100家。').map((r) => r[0])).toEqual(['数字经济占比', '规模以上企业']);
  });

  it('a span of two digits (后10年) opens and leaves the name; the number must be in the span\'s own sentence', () => {
    expect(rows('某市新闻\n2025-01-05 09:00\n会议传出信息：后10年全市物流投资将不少于100亿元。')).toEqual([['物流投资', '亿元', 2035, 'min', 100]]);
    expect(spanOpenings('后10年全市投资100亿元', 2025)).toEqual([{ at: 0, year: 2035, end: 13 }]);
    expect(spanOpenings('后五年全市加快发展。投资100亿元', 2025)).toEqual([]);
  });

  it('respectiveTargets: a tail after the items, with or without 的, and empty or spaced items of a list', () => {
    expect(respectiveTargets('果蔬、肉类冷链流通率分别达到40%、60%', 2030)?.map((r) => r.name)).toEqual(['果蔬冷链流通率', '肉类冷链流通率']);
    expect(respectiveTargets('全市果蔬、肉类、水产品的损腐率明显下降，分别降至15%、3%、5%以下', 2030)?.map((r) => r.name)).toEqual(['果蔬损腐率', '肉类损腐率', '水产品损腐率']);
    expect(respectiveTargets('果蔬、、肉类冷链流通率分别达到40%、60%', 2030)?.map((r) => r.name)).toEqual(['果蔬冷链流通率', '肉类冷链流通率']);
    expect(respectiveTargets('果蔬、 肉类冷链流通率分别达到40%、60%', 2030)?.map((r) => r.name)).toEqual(['果蔬冷链流通率', '肉类冷链流通率']);
  });

  it('sharedEachTargets: no value, or two, is not the form', () => {
    expect(sharedEachTargets('公路、航空货运量均达到较高水平', 2030)).toBeNull();
  });
});

describe('respectiveTargets after the third d15m mutation run', () => {
  it('an item longer than where the tail starts keeps its whole name; an adverb inside an item stays', () => {
    expect(respectiveTargets('果蔬、猪牛羊肉、水产品冷链流通率分别达到40%、60%、80%', 2030)?.map((r) => r.name)).toEqual(['果蔬冷链流通率', '猪牛羊肉冷链流通率', '水产品冷链流通率']);
    expect(respectiveTargets('可持续包装、绿色包装使用率分别达到40%、60%', 2030)?.map((r) => r.name)).toEqual(['可持续包装', '绿色包装使用率']);
  });
});
