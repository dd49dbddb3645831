// The general goal-clause reader (src/domain/document/goal-reader.ts): one shape, NAME + verb +
// NUMBER + UNIT or a verb of making + count + what is counted, read wherever it stands in a clause;
// and the goal openings it adds (a horizon inside a sentence, a sentence naming its goal). Synthetic
// sentences only, no fixture words; counter-examples for each guard.
import { describe, expect, it } from 'vitest';
import { generalGoalOpenings, implausibleName, readGoalClause } from '../../src/domain/document/goal-reader';
import { parseDocument } from '../../src/domain/document/index';

const read = (clause: string, prev: string | null = null) => readGoalClause(clause, 2030, prev).map((r) => [r.name, r.target.kind, r.target.value, r.target.unit]);

describe('readGoalClause: names before a verb and a number with its unit', () => {
  it('reads every target of a list in one clause, each verb deciding the kind', () => {
    expect(read('全县仓储面积达到5万平方米、冷库容量超过2万吨、配送车辆不少于300辆的目标')).toEqual([
      ['仓储面积', 'level', 5, '万平方米'],
      ['冷库容量', 'min', 2, '万吨'],
      ['配送车辆', 'min', 300, '辆'],
    ]);
    expect(read('平均配送费用控制在8元以内')).toEqual([['平均配送费用', 'max', 8, '元']]);
    expect(read('城市排名进入前10位')).toEqual([['城市排名', 'max', 10, '位']]);
    expect(read('冷链流通率保持100%')).toEqual([['冷链流通率', 'level', 100, '%']]);
  });

  it('takes a bare value after a name (其中A 200公里) and strips horizon, scope, intent and joining words', () => {
    expect(read('其中城际铁路200公里')).toEqual([['城际铁路', 'level', 200, '公里']]);
    expect(read('力争到2030年全市货邮吞吐量达到12万吨')).toEqual([['货邮吞吐量', 'level', 12, '万吨']]);
    expect(read('负责完成行政村寄递服务覆盖率实现100%的工作目标')).toEqual([['行政村寄递服务覆盖率', 'level', 100, '%']]);
  });

  it('a growth with no name of its own is that of the name before it, with its qualifier', () => {
    expect(read('年货运量3亿吨、年均增长8%以上')).toEqual([
      ['年货运量', 'level', 3, '亿吨'],
      ['年货运量年均增长', 'growth', 8, '%'],
    ]);
    expect(read('累计提高5%', '货运量')).toEqual([['货运量累计提高', 'growth', 5, '%']]);
    // A rate rising to a value is that rate, not a growth.
    expect(read('标准化率提高到90%')).toEqual([['标准化率', 'level', 90, '%']]);
    // With no name before it, a growth names nothing.
    expect(read('年均增长8%')).toEqual([]);
  });

  it('an increase on a base year needs that base: pending', () => {
    expect(read('铁路货运量较2020年增加600万吨')).toEqual([['铁路货运量', 'pending', null, '万吨']]);
  });

  it('a count after a verb of making names what follows it; an attribute before 的 describes it', () => {
    expect(read('新建3至5个年吞吐量超50万吨的物流园区')).toEqual([['物流园区', 'min', 3, '个']]);
    expect(read('培育2家以上省级龙头企业和4家以上5A级物流企业')).toEqual([
      ['省级龙头企业', 'min', 2, '家'],
      ['5A级物流企业', 'min', 4, '家'],
    ]);
    expect(read('打造乡镇快递服务站40个')).toEqual([['乡镇快递服务站', 'level', 40, '个']]);
  });

  it('guards: a size class, a measure before what is counted, a list of kinds, an attribute cut short', () => {
    // A class of size (…万吨级) is no target.
    expect(read('建设10万吨级泊位')).toEqual([]);
    // A measure (not a count) before what is counted is the size class of the things.
    expect(read('培育30万吨以上的骨干企业')).toEqual([]);
    // A 、 with no number after it joins kinds inside one counted thing: no name can be cut from it.
    expect(read('建成3个服务工业、农业的示范项目')).toEqual([['示范项目', 'level', 3, '个']]);
    expect(read('建成3个工业、农业示范项目')).toEqual([]);
    // Attributes listed with 、 and closed by 的 and a cut mark leave no head.
    expect(read('培育6家实力强、服务优的……')).toEqual([]);
    // A count with nothing before it and no verb of making before any count names nothing.
    expect(read('以上3项任务')).toEqual([]);
  });

  it('guards: a number inside a phrase, a time that caps nothing, a grant, an ordinal, a fact', () => {
    expect(read('推动冷链配送实现12小时送达服务')).toEqual([]);
    expect(read('仓储设施服务24小时')).toEqual([]);
    expect(read('快件平均用时30分钟')).toEqual([['快件平均用时', 'level', 30, '分钟']]);
    expect(read('快件处理不超过30分钟')).toEqual([['快件处理', 'max', 30, '分钟']]);
    expect(read('对新认定的园区给予50万元奖励')).toEqual([]);
    expect(read('建设第3条专用线')).toEqual([]);
    expect(read('全市已建成冷库20个')).toEqual([]);
  });
});

describe('readGoalClause: what lies inside a bracket, and a scope of each place (merge of d15l with m18m)', () => {
  it('a number inside a bracket breaks down the target before it, at any depth, full or half width', () => {
    // (The target a bracket follows is the clause readers' to read: this reader wants a clause
    // mark after a target.)
    expect(read('货运量达到100万吨（其中公路（含高速）60万吨，铁路40万吨），客运量达到50万人次')).toEqual([['客运量', 'level', 50, '万人次']]);
    expect(read('货运量达到100万吨，(其中铁路40万吨)')).toEqual([['货运量', 'level', 100, '万吨']]);
    // A bracket closed before the number leaves it outside (the serial number is the callers' to strip).
    expect(read('（一）货运量达到100万吨')).toEqual([['（一）货运量', 'level', 100, '万吨']]);
    // A stray closing bracket opens nothing, nor does it close a bracket opened after it.
    expect(read('）货运量达到100万吨')).toEqual([['货运量', 'level', 100, '万吨']]);
    expect(read('货运量达到100万吨，）（其中铁路40万吨）')).toEqual([['货运量', 'level', 100, '万吨']]);
  });
  it('每个 / 每家 … before the verb is where the target holds, not what it counts; 每万人 … names a rate', () => {
    expect(read('每个乡镇达到5个')).toEqual([]);
    expect(read('每家企业达到3条')).toEqual([]);
    expect(read('每万人快递网点数达到5个')).toEqual([['每万人快递网点数', 'level', 5, '个']]);
    // Only at the start: inside a name, 每个 is part of what is measured.
    expect(read('平均每个乡镇网点数达到5个')).toEqual([['平均每个乡镇网点数', 'level', 5, '个']]);
  });
});

describe('implausibleName: a name another reader gave that names nothing', () => {
  it('a trailing function word, a verb that leaves the thing unnamed, a cut range', () => {
    expect(implausibleName('全省将建设')).toBe(true);
    expect(implausibleName('建成2至')).toBe(true);
    expect(implausibleName('培育1')).toBe(true);
    expect(implausibleName('物流园区')).toBe(false);
    // A growth named from the indicator before it is a name.
    expect(implausibleName('货运量累计增长')).toBe(false);
  });
});

describe('generalGoalOpenings: goals the specific openings miss', () => {
  it('a horizon inside a sentence opens a goal to the end of that sentence, only where a target is named', () => {
    const c = '近日出台意见，确保到2030年全省实现冷库容量80万吨的目标。同时加强监管，建成12个站点。';
    expect(generalGoalOpenings(c, '', null)).toEqual([{ at: c.indexOf('到2030年'), year: 2030, end: c.indexOf('。') }]);
    // No measured target after the horizon: no goal.
    expect(generalGoalOpenings('确保到2030年全省冷链体系基本建成。', '', null)).toEqual([]);
    // A policy running to a year, a date reported up to: no horizon.
    expect(generalGoalOpenings('该政策延续到2030年底，冷库容量80万吨。', '', null)).toEqual([]);
    expect(generalGoalOpenings('截至2024年底，全省冷库容量80万吨。', '', null)).toEqual([]);
  });

  it('a sentence naming its target a goal takes the latest year written before it, else the document year', () => {
    const c = '文件明确市邮政局牵头，完成行政村寄递服务覆盖率实现100%的工作目标。';
    expect(generalGoalOpenings(c, '《2031年重点工作清单》印发。', 2029)).toEqual([{ at: 0, year: 2031, end: c.length - 1 }]);
    expect(generalGoalOpenings(c, '', 2029)).toEqual([{ at: 0, year: 2029, end: c.length - 1 }]);
    expect(generalGoalOpenings(c, '', null)).toEqual([]);
    // 目标 without a measured target before it opens nothing.
    expect(generalGoalOpenings('实现服务全覆盖的目标。', '', 2029)).toEqual([]);
  });

  it('through the parser: the goal of a horizon inside a sentence, and a lead before the goal section', () => {
    const x = parseDocument('近日出台意见，确保到2030年全省实现冷库容量80万吨、冷藏车2000辆的目标。');
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].value])).toEqual([
      ['冷库容量', '万吨', 2030, 80],
      ['冷藏车', '辆', 2030, 2000],
    ]);
    const lead = parseDocument('《方案》提出，到2030年底，全市冷库容量达到90万吨。\n一、工作目标\n到2028年底，冷藏车达到1500辆。\n二、重点任务\n到2029年，配送中心达到9个。');
    expect(lead.indicators.map((i) => [i.name, i.targets[0].year])).toEqual([
      ['冷库容量', 2030],
      ['冷藏车', 2028],
    ]);
  });

  it('two horizons in one sentence open one goal (the first), to the end of the sentence; a year in an earlier sentence of the line', () => {
    const c = '确保到2030年冷库容量80万吨、到2035年冷藏车1000辆。';
    expect(generalGoalOpenings(c, '', null)).toEqual([{ at: 2, year: 2030, end: c.length - 1 }]);
    const d = '《2031年清单》印发。文件明确，完成寄递服务覆盖率实现100%的工作目标。';
    expect(generalGoalOpenings(d, '', 2029)).toEqual([{ at: d.indexOf('文件'), year: 2031, end: d.length - 1 }]);
  });
});

describe('readGoalClause: edges of a name (mutation survivors, branch d15l)', () => {
  it('the goal word closing a clause, with its mark, is dropped; 目标任务 likewise', () => {
    expect(read('冷库容量达到80万吨的目标。')).toEqual([['冷库容量', 'level', 80, '万吨']]);
    expect(read('冷库容量达到80万吨的发展目标任务')).toEqual([['冷库容量', 'level', 80, '万吨']]);
  });
  it('only what follows the last mark before a target names it; a bracket gloss closing the name is dropped', () => {
    expect(read('冷库容量达到80万吨以上，新建仓储基地、冷藏车超过5000辆')).toEqual([
      ['冷库容量', 'min', 80, '万吨'],
      ['冷藏车', 'min', 5000, '辆'],
    ]);
    expect(read('冷库容量(不含在建项目)达到80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
  });
  it('a name of one character or over 30 is no name', () => {
    expect(read('仓达到80个')).toEqual([]);
    expect(read(`${'冷'.repeat(31)}达到80个`)).toEqual([]);
    expect(read(`${'冷'.repeat(30)}达到80个`)).toEqual([['冷'.repeat(30), 'level', 80, '个']]);
  });
  it('a target joined by 和 to a next one with its number ends where 和 starts; 和 before a plain noun does not', () => {
    expect(read('冷库达到80个和冷藏车达到500辆')).toEqual([
      ['冷库', 'level', 80, '个'],
      ['冷藏车', 'level', 500, '辆'],
    ]);
    expect(read('冷库达到80个和配套设施')).toEqual([]);
  });
});


describe('readGoalClause: guards and trims one by one (second survivor pass, branch d15l)', () => {
  it('white space and a bracket gloss at the end of a name, trailing intent words stacked', () => {
    expect(read('货运量（含转运） 达到5万吨')).toEqual([['货运量', 'level', 5, '万吨']]);
    expect(read('冷库(一期)容量达到80万吨')).toEqual([['冷库(一期)容量', 'level', 80, '万吨']]);
    expect(read('冷库容量累计 （注）达到80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
    expect(read('冷库容量 累计达到80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
    expect(read('冷库容量力争累计达到80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
  });

  it('the base of a comparison (比 2020 年…) and a closing 目标 are cut from the name; 目标 inside it stays', () => {
    expect(read('单位产值能耗比2020年下降15%')).toEqual([['单位产值能耗', 'level', 15, '%']]);
    expect(read('单位产值能耗比 2020 年下降15%')).toEqual([['单位产值能耗', 'level', 15, '%']]);
    expect(read('冷库容量目标为80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
    expect(read('冷库容量目标值是80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
    expect(read('目标客户达到80万户')).toEqual([['目标客户', 'level', 80, '万户']]);
    expect(read('服务的目标群体达到80万人')).toEqual([['服务的目标群体', 'level', 80, '万人']]);
  });

  it('a verb of making is cut only from the start and only before two characters', () => {
    expect(read('村级新建站点达到80个')).toEqual([['村级新建站点', 'level', 80, '个']]);
    expect(read('新建区达到80个')).toEqual([['新建区', 'level', 80, '个']]);
  });

  it('增加到 is a level, not a change on a base', () => {
    expect(read('冷库容量增加到80万吨')).toEqual([['冷库容量', 'level', 80, '万吨']]);
  });

  it('the goal word after what is counted is dropped at the clause end, with its mark and white space', () => {
    expect(read('建成3个冷库的目标')).toEqual([['冷库', 'level', 3, '个']]);
    expect(read('建成3个冷库的目标。 ')).toEqual([['冷库', 'level', 3, '个']]);
    // 的目标 between two targets ends the first.
    expect(read('冷库容量达到80万吨的目标和冷藏车达到500辆')).toEqual([
      ['冷库容量', 'level', 80, '万吨'],
      ['冷藏车', 'level', 500, '辆'],
    ]);
    expect(read('冷库容量达到80万吨的目标，冷藏车达到500辆')).toEqual([
      ['冷库容量', 'level', 80, '万吨'],
      ['冷藏车', 'level', 500, '辆'],
    ]);
  });

  it('an ordinal, a number run on from a digit, a grant: no target; 第 or 给予 earlier in the clause does not matter', () => {
    expect(read('冷库排名第3位')).toEqual([]);
    expect(read('冷库排名第 3位')).toEqual([]);
    expect(read('第二批冷库达到80个')).toEqual([['第二批冷库', 'level', 80, '个']]);
    expect(read('冷库1达到80个')).toEqual([]);
    expect(read('每家企业给予50万元')).toEqual([]);
    expect(read('每家企业给予 50万元')).toEqual([]);
    expect(read('给予补贴的冷库达到80个')).toEqual([['给予补贴的冷库', 'level', 80, '个']]);
  });

  it('a grant right after its own name is no target: 给予 before the number, with or without 最高/一次性/不超过 and a space (run of m18p at 13feb4c)', () => {
    // Since the 每个/每家 scope guard, 每家企业给予50万元 is stopped by that guard too; these names
    // hold no scope word, so only the 给予 guard stops them.
    expect(read('企业给予50万元')).toEqual([]);
    expect(read('冷库企业给予50万元')).toEqual([]);
    expect(read('冷库企业给予不超过50万元')).toEqual([]);
    expect(read('园区给予最高 50万元')).toEqual([]);
    expect(read('园区给予一次性不超过 50万元')).toEqual([]);
  });

  it('what is counted: a verb of making before a gloss, 等 only at the end, a 2-character head, the characters a head may hold', () => {
    expect(read('建成（一期）3个冷库')).toEqual([['冷库', 'level', 3, '个']]);
    // The verb of making may stand only in the clause before the name is cut (比2020年新建), and before a space.
    expect(read('冷链比2020年新建 超3个仓储中心')).toEqual([['仓储中心', 'min', 3, '个']]);
    expect(read('建成3个高等院校服务站')).toEqual([['高等院校服务站', 'level', 3, '个']]);
    expect(read('建成3个冷库等')).toEqual([['冷库', 'level', 3, '个']]);
    expect(read('建成3个站点')).toEqual([['站点', 'level', 3, '个']]);
    // A head of one character names nothing, and does not carry the verb of making to the next count.
    expect(read('建成3个站、5个冷库')).toEqual([]);
    expect(read('建成3个5G工业、农业示范项目')).toEqual([]);
    // (Changed in branch d15o: a bracket closing what is counted glosses it, 多式联运型物流园区(枢纽).)
    expect(read('建成3个冷库（二期）')).toEqual([['冷库', 'level', 3, '个']]);
    expect(read('建成3个《标准》冷库')).toEqual([]);
    expect(read('建成3个冷库5G站')).toEqual([]);
    expect(read('建成3个100G数据中心')).toEqual([['100G数据中心', 'level', 3, '个']]);
  });

  it('a verb of making before a measure names nothing; 和 before a Latin-lettered item is no list mark', () => {
    expect(read('冷库改造达到80%')).toEqual([]);
    expect(read('冷库达到80个和A类仓库2个')).toEqual([['A类仓库', 'level', 2, '个']]);
  });

  it('a growth needs both a verb of growth and a percentage', () => {
    expect(read('货运量增长5万吨')).toEqual([['货运量', 'level', 5, '万吨']]);
    expect(read('仓储利用水平达到90%')).toEqual([['仓储利用水平', 'level', 90, '%']]);
    expect(read('年均累计提高5%', '货运量')).toEqual([['货运量累计提高', 'growth', 5, '%']]);
    expect(readGoalClause('年货运量3亿吨、年均增长8%以上', 2030)[1]).toEqual({
      name: '年货运量年均增长',
      target: { year: 2030, kind: 'growth', value: 8, text: '年均增长8%以上', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' },
    });
  });

  it('a name ending with a function word, starting with a number, or a time not named as one', () => {
    expect(read('全省仓储面积有80万平方米')).toEqual([]);
    expect(read('100强企业达到80家')).toEqual([]);
    expect(read('5强企业达到80家')).toEqual([]);
    expect(read('100 达到80个')).toEqual([]);
    expect(read('冷链5星企业达到80家')).toEqual([['冷链5星企业', 'level', 80, '家']]);
    expect(read('运输时间窗口达到30分钟')).toEqual([]);
  });
});

describe('generalGoalOpenings: edges (second survivor pass, branch d15l)', () => {
  it('a line without a closing mark ends at its end; two sentences with a horizon each open two goals', () => {
    const c = '确保到2030年冷库容量80万吨';
    expect(generalGoalOpenings(c, '', null)).toEqual([{ at: 2, year: 2030, end: c.length }]);
    const d = '到2030年冷库容量80万吨。到2035年冷藏车1000辆。';
    expect(generalGoalOpenings(d, '', null)).toEqual([
      { at: 0, year: 2030, end: d.indexOf('。') },
      { at: d.indexOf('。') + 1, year: 2035, end: d.length - 1 },
    ]);
  });

  it('only what follows the horizon counts; a horizon found leaves goal-word sentences to the specific readers', () => {
    expect(generalGoalOpenings('冷库容量达到80万吨，力争到2030年全面提升。', '', 2029)).toEqual([]);
    const c = '到2030年冷库容量80万吨。冷藏车达到500辆的目标。';
    expect(generalGoalOpenings(c, '', 2029)).toEqual([{ at: 0, year: 2030, end: c.indexOf('。') }]);
  });

  it('the year of a goal-word sentence: 今年 is the document year, none without one; only years before the sentence; a space before 年', () => {
    const c = '冷藏车达到500辆的目标。';
    expect(generalGoalOpenings(c, '《2031年清单》今年印发。', null)).toEqual([{ at: 0, year: 2031, end: c.length - 1 }]);
    expect(generalGoalOpenings(c, '《2031年清单》今年印发。', 2029)).toEqual([{ at: 0, year: 2029, end: c.length - 1 }]);
    expect(generalGoalOpenings(c, '《2031 年清单》印发。', 2029)).toEqual([{ at: 0, year: 2031, end: c.length - 1 }]);
    const d = `${c}2035年展望。`;
    expect(generalGoalOpenings(d, '', 2029)).toEqual([{ at: 0, year: 2029, end: c.length - 1 }]);
  });
});

describe('readGoalClause: grants, ranks within a scope, measures without a unit (branch d15m)', () => {
  it('a sum granted (给予 anywhere before it, or 奖励 / 补助 opening the name with no verb of reaching) is no target', () => {
    expect(readGoalClause('给予企业50万元', 2030, null)).toEqual([]);
    expect(read('给予每个示范园区一次性资金200万元')).toEqual([]);
    expect(read('奖励每家企业10万元')).toEqual([]);
    expect(read('补贴运营主体30万元')).toEqual([]);
    // A fund that reaches a sum, a sum invested: targets as before.
    expect(read('补助资金达到1亿元')).toEqual([['补助资金', 'level', 1, '亿元']]);
    expect(read('奖励资金规模超过2亿元')).toEqual([['奖励资金规模', 'min', 2, '亿元']]);
    expect(read('社会投资300亿元')).toEqual([['社会投资', 'level', 300, '亿元']]);
    // Not money: a count after 奖励 is read as before.
    expect(read('奖励示范企业10家')).toEqual([['奖励示范企业', 'level', 10, '家']]);
  });

  it('a rank within a scope (在…中进入前N名) is the ranking of that scope; a ranking named as such is read as before', () => {
    expect(read('力争在枢纽城市评价体系中进入前10名')).toEqual([['枢纽城市评价体系排名', 'max', 10, '名']]);
    // A scope word inside (在全国…中) is stripped like any scope before a name.
    expect(read('在全国枢纽城市评价中进入前10名')).toEqual([['枢纽城市评价排名', 'max', 10, '名']]);
    expect(read('在区域物流指数里进入前5位')).toEqual([['区域物流指数排名', 'max', 5, '位']]);
    expect(read('城市物流排名进入前10位')).toEqual([['城市物流排名', 'max', 10, '位']]);
    // Without 在 the name is kept as written; a level within a scope is no rank.
    expect(read('枢纽城市评价中进入前10名')).toEqual([['枢纽城市评价中', 'max', 10, '名']]);
    expect(read('在示范县城中物流网点达到10个')).toEqual([['在示范县城中物流网点', 'level', 10, '个']]);
  });

  it('a degree, coefficient or index ending its clause takes a number without a unit; with a unit, a fact or no verb it does not', () => {
    expect(read('铁路专用线通过能力适应度不低于1.2')).toEqual([['铁路专用线通过能力适应度', 'min', 1.2, '']]);
    expect(read('仓储周转系数控制在0.8以内，物流景气指数保持在50以上')).toEqual([
      ['仓储周转系数', 'max', 0.8, ''],
      ['物流景气指数', 'min', 50, ''],
    ]);
    expect(read('物流景气指数已达到52')).toEqual([]);
    expect(read('通过能力适应度明显提高')).toEqual([]);
    expect(read('物流景气指数达到52，运行平稳')).toEqual([['物流景气指数', 'level', 52, '']]);
    // Not at the end of its clause (a number inside a phrase), or not a degree: nothing.
    expect(read('适应度大于1.1的码头')).toEqual([]);
    expect(read('货运车辆编号为1001')).toEqual([]);
  });
});

describe('readGoalClause: edges of the d15m rules (from the mutation run of branch d15m)', () => {
  it('only a rank verb turns a scope into a ranking, and only a name that ends with the scope', () => {
    // A level reached within a scope (not a rank) keeps its name.
    expect(read('在枢纽城市评价中达到10个')).toEqual([['在枢纽城市评价中', 'level', 10, '个']]);
    // 在…中 inside the name, with more after it, is no scope of the rank.
    expect(read('在评价体系中前列城市进入前10名')).toEqual([['在评价体系中前列城市', 'max', 10, '名']]);
  });

  it('a granting word that does not open the name leaves a sum as it was', () => {
    expect(read('年度创新奖励50万元')).toEqual([['年度创新奖励', 'level', 50, '万元']]);
  });

  it('a measure without a unit: a fact before it in its clause, the text of the target without what names it', () => {
    expect(read('截至年底物流景气指数达到52')).toEqual([]);
    expect(readGoalClause('仓储周转系数小于0.8 ', 2030, null)[0].target).toMatchObject({ text: '小于0.8', kind: 'max', value: 0.8 });
  });
});

describe('readGoalClause: kinds missed by batch 16 (tuned in d15m)', () => {
  it('a magnitude with no digit after a verb of reaching is one of it; not before another unit', () => {
    expect(read('数字经济规模突破万亿元')).toEqual([['数字经济规模', 'min', 1, '万亿元']]);
    expect(read('营业收入超过亿元')).toEqual([['营业收入', 'min', 1, '亿元']]);
    expect(read('物流规模突破万亩')).toEqual([]);
  });

  it('a number a goal builds on (在…的基础上) is its base; what follows the base names the target', () => {
    expect(read('在现有里程500公里的基础上新增通车里程800公里')).toEqual([['通车里程', 'level', 800, '公里']]);
    expect(read('基础设施投资达到50亿元')).toEqual([['基础设施投资', 'level', 50, '亿元']]);
  });

  it('a share with no name before it is the share of what follows 的 to the end of its clause; with a name, or a longer or open tail, as before', () => {
    expect(read('全省60%的乡镇以公路连通')).toEqual([['乡镇以公路连通', 'level', 60, '%']]);
    expect(read('全省60%的乡镇以公路连通，其余通达')).toEqual([['乡镇以公路连通', 'level', 60, '%']]);
    expect(read('行政村通达率达到60%的水平')).toEqual([]);
    expect(read('全省60%的乡')).toEqual([]);
    expect(read('全省60个的乡镇以公路连通')).toEqual([]);
  });

  it('a scope alone is no name', () => {
    expect(implausibleName('全省')).toBe(true);
    expect(implausibleName('全省物流')).toBe(false);
  });
});

describe('readGoalClause: edges of the batch-16 rules', () => {
  it('what a base leaves names the next target, with or without a number in the base; a base later in the clause leaves a target before it', () => {
    expect(read('在现有基础上新增通车里程800公里')).toEqual([['通车里程', 'level', 800, '公里']]);
    expect(read('仓储面积达到5万平方米，冷库在此基础上扩建')).toEqual([['仓储面积', 'level', 5, '万平方米']]);
  });

  it('a share of what follows 的: not over 30 characters, and a target after it in the clause is read too', () => {
    expect(read(`全省60%的${'乡镇'.repeat(16)}`)).toEqual([]);
    expect(read('全省60%的乡镇以公路连通，冷库容量达到20万吨')).toEqual([
      ['乡镇以公路连通', 'level', 60, '%'],
      ['冷库容量', 'level', 20, '万吨'],
    ]);
  });
});
