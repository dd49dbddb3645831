// Kinds of goal sentence batch 20's goal-sentence documents missed while held out (branch t20n, see
// docs/import-doc.md, "Batch 20, goal sentences"), each written as a general rule and pinned here with
// a short text from the fixture, a variant not in any fixture, and cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { yearOpeningsWithout到 } from '../../src/domain/document/indicators';
import { parseDocument } from '../../src/domain/document/index';

const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);

describe('a measure written once for several places (batch 20)', () => {
  it('a place alone before a value in the unit of the target before it takes that target’s measure', () => {
    // 河南 (traditional, the fixture's words).
    expect(names('(二)發展目標。到2025年,全省城市公共交通高質量發展。\n1.主體地位更加凸顯。鄭州市公共交通機動化出行分擔率不低于50%,洛陽市、南陽市不低于45%,其他城區常住人口在100萬以上的城市不低于40%')).toEqual([
      ['鄭州市公共交通機動化出行分擔率', '%', 'min', 50, 2025],
      ['洛陽市、南陽市公共交通機動化出行分擔率', '%', 'min', 45, 2025],
      ['其他城區常住人口在100萬以上的城市公共交通機動化出行分擔率', '%', 'min', 40, 2025],
    ]);
    // A variant: places joined by 和, a region (地区) after 其中, simplified script, ；between.
    expect(names('到2025年，全省快递业务量增长20%；其中苏南地区增长15%，苏北和苏中地区增长30%。')).toEqual([
      ['快递业务量', '%', 'growth', 20, 2025],
      ['苏南地区快递业务量', '%', 'growth', 15, 2025],
      ['苏北和苏中地区快递业务量', '%', 'growth', 30, 2025],
    ]);
    expect(names('到2025年，成都市冷链流通率达到60%，绵阳市、德阳市达到50%。')).toEqual([
      ['成都市冷链流通率', '%', 'level', 60, 2025],
      ['绵阳市、德阳市冷链流通率', '%', 'level', 50, 2025],
    ]);
  });

  it('leaves a place counted, a place in another unit, and a place with nothing before it alone', () => {
    // Counted places are things counted, not a scope (个 is a count).
    expect(names('到2025年，建成物流园区10个，培育物流枢纽城市5个。').map((n) => n[0])).toEqual(['物流园区', '物流枢纽城市']);
    // Another unit: no shared measure.
    expect(names('到2025年，全市冷库容量达到120万吨，城区达到50%。').map((n) => n[0])).toEqual(['冷库容量', '城区']);
    // (In the same unit it is the measure's: 城区冷链流通率.)
    expect(names('到2025年，全市冷链流通率达到60%，城区达到50%。').map((n) => n[0])).toEqual(['冷链流通率', '城区冷链流通率']);
    // The first target of a goal has no measure before it.
    expect(names('到2025年，洛阳市、南阳市不低于45%。').map((n) => n[0])).toEqual(['洛阳市、南阳市']);
    // A name that is a measure (not ending in a place word) keeps its own name.
    expect(names('到2025年，全市冷链流通率达到60%，肉类冷链流通率达到50%。').map((n) => n[0])).toEqual(['冷链流通率', '肉类冷链流通率']);
  });
});

describe('an amount of change and its rate (batch 20)', () => {
  it('增加N…、增长M%: one target of one measure, the rate kept, the verb out of the name', () => {
    // 国务院 (traditional, the fixture's words).
    expect(names('(二)工作目標。到2020年,全國貨物運輸結構明顯優化。與2017年相比,全國鐵路貨運量增加11億噸、增長30%,其中京津冀及周邊地區增長40%、長三角')).toEqual([
      ['鐵路貨運量', '%', 'growth', 30, 2020],
      ['京津冀及周邊地區鐵路貨運量', '%', 'growth', 40, 2020],
    ]);
    // A variant: 新增 with 万吨, then 同比增长.
    expect(names('到2025年，全省港口集装箱吞吐量新增300万标箱、同比增长12%。')).toEqual([['港口集装箱吞吐量', '%', 'growth', 12, 2025]]);
  });

  it('leaves a level and its growth (达到…、增长…) as two targets', () => {
    expect(names('到2025年，全省冷藏车保有量达到6000辆、年均增长10%以上。').map((n) => [n[0], n[3]])).toEqual([
      ['冷藏车保有量', 6000],
      ['冷藏车保有量年均增长', 10],
    ]);
    // Two measures, each with its own rate: not one change stated twice.
    expect(names('到2025年，全市货运量增长10%、客运量增长5%。').map((n) => n[0])).toEqual(['货运量', '客运量']);
  });
});

describe('a goal opened in its section heading and the numbered items under it (batch 20)', () => {
  it('二、创建目标2022年8底前，…: the deadline run on after its heading opens the goal; (一)… items continue it', () => {
    // 济宁 (the fixture's words, run together as on the page).
    const jining = '制定本方案。一、指导思想以习近平新时代中国特色社会主义思想为指导,全力创建农产品质量安全区。二、创建目标2022年8底前,各项创建指标全部达到《国家农产品质量安全县创建标准》,所有关键项均达到要求。(一)农产品质量安全水平明显提高。食用农产品抽检合格率达到98%以上,不合格食用农产品处置率达到100%。';
    expect(names(jining)).toEqual([
      ['食用农产品抽检合格率', '%', 'min', 98, 2022],
      ['不合格食用农产品处置率', '%', 'level', 100, 2022],
    ]);
    // A variant: 三、工作目标 run on into 2025年底前, the month written, the item bracketed （二）.
    expect(names('制定本方案。一、总体要求坚持问题导向。三、工作目标2025年6月底前，全面完成改造任务。（二）服务水平明显提升。快递进村覆盖率达到95%以上。')).toEqual([
      ['快递进村覆盖率', '%', 'min', 95, 2025],
    ]);
  });

  it('leaves a year in the middle of a heading’s text, and an item stating a fact, alone', () => {
    // Not a deadline opening: 目标 is no heading here and the year follows a verb.
    expect(names('制定本方案。一、总体要求坚持问题导向。二、重点任务实现目标于2025年6月底前完成。（一）服务水平明显提升。快递进村覆盖率达到95%以上。')).toEqual([]);
    // An item reporting what was done (已) does not continue the goal.
    expect(names('制定本方案。一、指导思想坚持问题导向。二、创建目标2022年8月底前，各项指标全部达到标准。（一）工作基础。全区抽检合格率已达到98%。')).toEqual([]);
  });

  it('a numbered item with no number at all (a quality to reach) does not end the goal for the items after it', () => {
    // 三明 (the fixture's words): (二) has no number, (三) counts 5家以上 under the same 2027 goal.
    const sanming = '一、工作目标\n(一)枢纽能级显著提升。力争到2027年,全市跨境电子商务年交易额突破20亿元人民币。\n(二)生态体系全面优化。全面建成功能完善的跨境电商“两平台”和“六体系”。\n(三)市场主体活力增强。累计引进和培育具有较强影响力的平台型、服务型、总部型跨境电商企业5家以上。';
    expect(names(sanming).map((n) => [n[3], n[4]])).toEqual([
      [20, 2027],
      [5, 2027],
    ]);
    // An item with a number that states no target ends it: the item after has no year.
    expect(names(sanming.replace('全面建成功能完善', '建成2个功能完善')).map((n) => n[4])).not.toContain(undefined);
    expect(names(sanming.replace('全面建成功能完善', '已建成2个功能完善')).map((n) => [n[3], n[4]])).toEqual([[20, 2027]]);
  });
});

describe('a year opening the text of a goal heading (batch 20)', () => {
  it('(二)发展目标。2020年，…: the first stage’s horizon written without 到', () => {
    // 四川 (traditional, the fixture's words).
    expect(names('(二)發展目標。2020年,完成決勝全面建成小康社會交通建設任務,建成出川大通道38條,為交通強省建設奠定堅實基礎。\n到2025年,高質量完成交通強國建設試點任務。出川大通道達55條。')).toEqual([
      ['出川大通道', '條', 'level', 38, 2020],
      ['出川大通道', '條', 'level', 55, 2025],
    ]);
    // Variants: 三、工作目标： with 年底; a heading with no number at the line's start.
    expect(names('三、工作目标：2023年底，全市快递业务量达到5亿件。')).toEqual([['快递业务量', '亿件', 'level', 5, 2023]]);
    expect(names('发展目标。2021年，全市冷库容量达到120万吨。')).toEqual([['冷库容量', '万吨', 'level', 120, 2021]]);
  });

  it('leaves 目标 inside a sentence (not a heading) followed by a year’s facts alone', () => {
    expect(names('到2025年，出川大通道达55条。\n全市考核责任目标。2019年，全市建成公路38条，交通投资增加。')).toEqual([['出川大通道', '条', 'level', 55, 2025]]);
  });
});

describe('a year after a verb of pushing, in a work plan’s measures (batch 20)', () => {
  it('推进2007年X实现N…的目标 / 推进2007年X完成N: the target of that year, also inside a measure item', () => {
    // 深圳 (the fixture's words).
    const shenzhen = '落实措施及进度安排:(一)3月底前制订实施细则报市政府审定;(二)4月份召开港口生产年度目标座谈会,推进2007年港口集装箱吞吐量实现2000万标准箱的目标;(三)年内开通昆明至深圳海铁联运班列。\n任务七:完善空港协调机制。\n● 进一步发挥空港办的协调职能。\n落实措施及进度安排:(一)出台航空承运人扶持办法,鼓励航空公司投入运力;(二)召开行业座谈会,采取措施推进2007年旅客吞吐量完成2000万人次。';
    expect(names(shenzhen)).toEqual([
      ['港口集装箱吞吐量', '万标准箱', 'level', 2000, 2007],
      ['旅客吞吐量', '万人次', 'level', 2000, 2007],
    ]);
    // Variants: 确保 / 力争 with 达到 / 突破, a measure of volume closed by 完成.
    expect(names('主要措施：（一）加强调度，确保2024年全市快递业务量达到5亿件。')).toEqual([['快递业务量', '亿件', 'level', 5, 2024]]);
    expect(names('(二)开拓货源,力争2019年港口货物吞吐量突破1亿吨。')).toEqual([['港口货物吞吐量', '亿吨', 'min', 1, 2019]]);
  });

  it('leaves a year without a verb of pushing, and a push with no number to reach, alone', () => {
    // A year's figure reported (no verb of pushing before it) is a fact.
    expect(names('落实措施:(一)总结经验,2006年旅客吞吐量完成1800万人次。')).toEqual([]);
    // 推进2007年… with nothing to reach.
    expect(names('落实措施:(一)推进2007年港口建设项目开工,完成投资计划。')).toEqual([]);
    // 完成 after a name that is no measure of volume stays in the name (…工作完成 is no verb of reaching here).
    expect(names('到2025年，县乡村三级物流体系建设完成100%。').map((n) => n[0])).toEqual(['县乡村三级物流体系建设完成']);
    expect(names('到2025年，全市货运量完成1亿吨。').map((n) => n[0])).toEqual(['货运量']);
  });
});

describe('counts written with a formula, after 的, and against an average (batch 20)', () => {
  it('a quoted formula glossed in a bracket by its counts: the counts are the targets', () => {
    // 武汉 (the fixture's words).
    expect(names('提出到2022年,力争全市社会物流总费用与GDP比率低于全国平均水平2个百分点左右。\n未来3年,构建“35+15+30”(35条商务航线、15条货运航线、30条文旅航线)国际航空大通道,发展50条国内全货机航线。').map((n) => [n[0], n[3], n[4]])).toEqual([
      ['社会物流总费用与GDP比率', 2, 2022],
      ['商务航线', 35, 2022],
      ['货运航线', 15, 2022],
      ['文旅航线', 30, 2022],
      ['国内全货机航线', 50, 2022],
    ]);
    // Variants: full-width brackets and 个, 开辟 before a count.
    expect(names('到2025年，打造“1+3”（1个国家物流枢纽、3个区域物流中心）物流网络。').map((n) => [n[0], n[3]])).toEqual([
      ['国家物流枢纽', 1],
      ['区域物流中心', 3],
    ]);
    expect(names('到2025年，开辟20条国际货运航线。').map((n) => [n[0], n[3]])).toEqual([['国际货运航线', 20]]);
    // Not a gloss: numbers written in words, or a bracket that does not count.
    expect(names('到2025年，形成“1+3”（一个中心、三个基地）格局。')).toEqual([]);
    expect(names('到2025年，构建“1+3”（即一核三带）物流格局。')).toEqual([]);
  });

  it('the average a target is set against is no part of its name', () => {
    expect(names('到2025年，全市物流成本占比低于全省平均水平1个百分点。').map((n) => n[0])).toEqual(['物流成本占比']);
    expect(names('到2025年，全市快递业务量增速领先全省平均水平5%。').map((n) => n[0])).toEqual(['快递业务量增速']);
    // A name that is itself an average keeps it (no comparison verb before it).
    expect(names('到2025年，全市货车平均水平达到80%。').map((n) => n[0])).toEqual(['货车平均水平']);
  });

  it('a count right after an attribute closed by 的 counts what follows it, to 和 / 及 / a clause mark', () => {
    // 武汉 (the fixture's words, cut): a paragraph of works after a goal, led by 构建.
    expect(names('到2022年,力争全市社会物流总费用与GDP比率低于全国平均水平2个百分点左右。\n加快建设中部陆海联运大通道。构建“8+6”国际直达联运大通道,打造直达国外枢纽城市(德国杜伊斯堡/汉堡、法国杜尔日)的6条国际铁路干线通道和至日本、韩国的2条江海直航通道,以及经大连、上海等沿海城市出境的4条铁海联运通道和经上海转运至中国台湾、东盟地区的2条江海联运通道。').map((n) => [n[0], n[3], n[4]])).toEqual([
      ['社会物流总费用与GDP比率', 2, 2022],
      ['国际铁路干线通道', 6, 2022],
      ['江海直航通道', 2, 2022],
      ['铁海联运通道', 4, 2022],
      ['江海联运通道', 2, 2022],
    ]);
    // A variant: 建设…的N个 with 及.
    expect(names('到2025年，建设辐射周边地区的5个物流园区及配套设施。').map((n) => [n[0], n[3]])).toEqual([['物流园区', 5]]);
    // A share after 的 (not a count) is not read so.
    expect(names('到2025年，全省58%的县实现通达。').map((n) => n[0])).toEqual(['县实现通达']);
  });
});

describe('a plan by stages after 将于, shares opened by 在, counts of places worked in (batch 20)', () => {
  const linyi = '沂水、平邑、蒼山、郯城、臨沭5縣將于2012年確保全部完成縣級農村物流分撥中心建設任務,建設(設置)6處以上鄉鎮農村物流站;2013年,在70%以上的鄉鎮建成(設置)農村物流站;2014年,全面完成所有鄉鎮物流站建設(設置)任務。\n沂南、蒙陰、費縣、莒南等4個縣將于2012年完成農村交通物流推進工作方案的編制工作;2013年,分別完成3-5個鄉鎮農村交通物流站的試點工作。';

  it('将于2012年…；2013年，…；2014年，…: each year a stage of the plan, with its targets', () => {
    // 临沂 (traditional, the fixture's words).
    expect(names(linyi)).toEqual([
      ['鄉鎮農村物流站', '處', 'min', 6, 2012],
      ['鄉鎮建成(設置)農村物流站', '%', 'min', 70, 2013],
      ['鄉鎮農村交通物流站的試點工作', '個', 'min', 3, 2013],
    ]);
    // A variant: simplified, ; half-width, 开展 before a count of pilots, 设立(建设) before a count.
    expect(names('各区将于2023年设立(建设)3个以上配送中心;2024年,在90%以上的行政村建成快递服务站;2025年,开展2个县的共同配送试点工作。')).toEqual([
      ['配送中心', '个', 'min', 3, 2023],
      ['行政村建成快递服务站', '%', 'min', 90, 2024],
      ['共同配送试点工作', '个', 'level', 2, 2025],
    ]);
  });

  it('leaves years after a full stop, and 将于 inside a fact, alone', () => {
    // A year after 。 (not ；) is no stage of the plan: the sentence reports it.
    expect(names('全县将于2023年完成规划编制。2022年,在60%以上的行政村建成了快递服务站。')).toEqual([]);
    // (After ； the same year's clause is a stage: read.)
    expect(names('全县将于2023年完成规划编制;2024年,在60%以上的行政村建成快递服务站。').map((n) => [n[3], n[4]])).toEqual([[60, 2024]]);
    // What was to be done by a year, reported as done (已), is a fact.
    expect(names('该项目原定将于2020年建成,目前已建成3个配送中心。')).toEqual([]);
    // A bracket after a verb that is no verb (设置 of a gloss not before a count) is kept.
    expect(names('各区将于2023年建设(设置)配送中心,建成率达到90%。').map((n) => n[0])).toEqual(['建成率']);
  });
});

describe('the openings of batch 20, where each opens (survivors of the t20n mutation run)', () => {
  const at = (s: string) => yearOpeningsWithout到(s, 2024);

  it('a deadline opening: at the line’s start, after a stop or a space, after a goal heading; its forms', () => {
    expect(at('2023年底前，全市建设完成8条以上')).toEqual([{ at: 0, year: 2023 }]);
    expect(at('工作安排。2023年6月底前，完成8条以上')).toEqual([{ at: 5, year: 2023 }]);
    expect(at('一、工作目标2022年8底前，各项指标全部达标')).toEqual([{ at: 6, year: 2022 }]);
    expect(at('全市 2023年底前，完成8条')).toEqual([{ at: 3, year: 2023 }]);
    expect(at('2023 年底前，完成8条')).toEqual([{ at: 0, year: 2023 }]);
    expect(at('2023年6 月底前，完成8条')).toEqual([{ at: 0, year: 2023 }]);
    expect(at('2023年12月底前，完成8条')).toEqual([{ at: 0, year: 2023 }]);
    expect(at('2023年末前，完成8条')).toEqual([{ at: 0, year: 2023 }]);
    expect(at('今年6月底前，完成8条')).toEqual([{ at: 0, year: 2024 }]);
    // Without a number in its sentence and with no goal heading before it: none.
    expect(at('工作安排。2023年底前，全面完成改造任务')).toEqual([]);
  });

  it('将于 and its stages after ；, to the sentence’s 。', () => {
    expect(at('各县将于2012年建成3个站；2013年，建成5个站。2014年，建成8个站')).toEqual([
      { at: 4, year: 2012, end: 26 },
      { at: 15, year: 2013, end: 26 },
    ]);
    expect(at('各县将于 2012年建成3个站； 2013年建成5个站')).toEqual([
      { at: 4, year: 2012, end: 27 },
      { at: 16, year: 2013, end: 27 },
    ]);
    expect(at('各县将于2012 年建成3个站；2013 年，建成5个站')).toEqual([
      { at: 4, year: 2012, end: 28 },
      { at: 16, year: 2013, end: 28 },
    ]);
  });

  it('a year opening a goal heading’s text', () => {
    expect(at('发展目标。2021年，全市快递业务量达到5亿件')).toEqual([{ at: 11, year: 2021 }]);
    expect(at('(二)发展目标2020年，建成8条')).toEqual([{ at: 13, year: 2020 }]);
    expect(at('发展目标。2021 年，建成8条')).toEqual([{ at: 12, year: 2021 }]);
  });

  it('items under a goal: an annotated task is no goal; a measure item sets a year’s target only with a verb of pushing', () => {
    // (一) with its lead unit is a task, not an item of the goal heading before it.
    expect(names('制定本方案。一、指导思想坚持问题导向。二、创建目标2025年底前，全面完成改造任务。（一）服务水平提升。冷链流通率达到90%。（牵头单位：市商务局）')).toEqual([]);
    // A task with its unit is not read for 推进2025年… either.
    expect(names('制定本方案。一、指导思想坚持问题导向。二、创建目标2025年底前，全面完成改造任务。（一）服务水平提升。冷链流通率达到90%。（二）加快建设。推进2025年冷库容量实现100万吨（牵头单位：市商务局）')).toEqual([]);
    // A goal in a section that is no goal heading: the items after it are tasks, not its items.
    expect(names('制定本方案。一、总体要求坚持问题导向，到2025年，全市冷库容量达到100万吨。二、主要任务（一）服务水平提升。冷链流通率达到90%。').map((n) => n[0])).toEqual(['冷库容量']);
    // A measure item with 推进2025年… states it; the item after it, with no year, does not go on.
    expect(names('制定本方案。一、指导思想坚持问题导向。二、重点工作（一）服务水平提升。推进2025年冷库容量实现100万吨。（二）加强管理。冷链流通率达到90%。').map((n) => [n[0], n[4]])).toEqual([['冷库容量', 2025]]);
  });

  it('a measure of two characters is shared too; an amount and a rate among three targets stay three', () => {
    expect(names('到2025年，郑州市运量增长10%，洛阳市增长8%。').map((n) => n[0])).toEqual(['郑州市运量', '洛阳市运量']);
    expect(names('到2025年，全市货运量增加1亿吨、增长30%、客运量达到5亿人次。').length).toBe(3);
  });

  it('a deadline’s sentence must hold a number of its own (years aside), to its 。', () => {
    expect(at('工作安排。2023年底前，全面完成2025年规划编制')).toEqual([]);
    expect(at('工作安排。2023年底前，全面完成2025 年规划编制')).toEqual([]);
    expect(at('工作安排。2023年底前，全面完成改造任务。新增8条')).toEqual([]);
    expect(at('2023年底前，。新增8条')).toEqual([]);
    expect(at('2023年底前，新增道路8')).toEqual([{ at: 0, year: 2023 }]);
  });

  it('构建 with a count continues a goal; 构建 with no number in reach does not', () => {
    expect(names('到2025年，全市冷库容量达到100万吨。\n加快建设。构建3个区域物流中心。').map((n) => [n[0], n[4]])).toEqual([
      ['冷库容量', 2025],
      ['区域物流中心', 2025],
    ]);
    expect(names('到2025年，全市冷库容量达到100万吨。\n构建区域物流体系。冷链流通率达到90%。').map((n) => n[0])).toEqual(['冷库容量']);
  });
});
