// Kinds of goal sentence batch 21's documents missed while held out (branch t21n, see
// docs/import-doc.md, "Batch 21, indicator names"), each written as a general rule and pinned here
// with a short text from the fixture, variants not in any fixture, and cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { readGoalClause } from '../../src/domain/document/goal-reader';
import { acceptableName, fallbackIndicators } from '../../src/domain/document/fallback-targets';
import { normalise } from '../../src/domain/document/text';
import { goalIndicators } from '../../src/domain/document/indicators';

const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);
const nameList = (text: string) => parseDocument(text).indicators.map((i) => i.name);

describe('a year’s list of indicators announced as 指标安排 (batch 21)', () => {
  it('reads the targets after “YYYY年…指标(体系)安排” and gives them that year', () => {
    // 高邮 (the fixture's words, cut).
    expect(
      names(
        '周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:总量支撑型指标方面,地区生产总值增长6.5%左右;规上工业增加值增长9%;注册外资实际到账达1.2亿美元;进出口总额保持正增长。生态保护型指标方面,单位GDP能耗下降3.6%;国考(省考)断面三类以上水质比例达85.7%;PM2.5浓度37微克/立方米。',
      ),
    ).toEqual([
      ['地区生产总值', '%', 'growth', 6.5, 2021],
      ['规上工业增加值', '%', 'growth', 9, 2021],
      ['注册外资实际到账', '亿美元', 'level', 1.2, 2021],
      ['单位GDP能耗', '%', 'reduction', 3.6, 2021],
      ['国考(省考)断面三类以上水质比例', '%', 'level', 85.7, 2021],
      ['PM2.5浓度', '微克/立方米', 'level', 37, 2021],
    ]);
    // A variant: 主要指标安排 in a county's report, full-width marks, other measures.
    expect(names('会议审议了2024年主要指标安排：全县一般公共预算收入增长6%；城镇居民人均可支配收入增长7%左右；新增城镇就业3000人。')).toEqual([
      ['一般公共预算收入', '%', 'growth', 6, 2024],
      ['城镇居民人均可支配收入', '%', 'growth', 7, 2024],
      ['新增城镇就业', '人', 'level', 3000, 2024],
    ]);
  });

  it('leaves a report of last year’s indicators, and 指标 with no 安排, alone', () => {
    // Facts of the past, though the word 指标 is there.
    expect(nameList('2023年主要经济指标完成情况：地区生产总值增长了6.1%；一般公共预算收入已达12亿元。')).toEqual([]);
    // 指标 alone is no goal: a description of what was measured.
    expect(nameList('该指标体系包括地区生产总值等12项指标，规上工业增加值增长9%。')).toEqual([]);
  });

  it('a continuing item with no year of its own takes the opening sentence’s, not the document’s', () => {
    const text = normalise('2021年指标安排如下：地区生产总值增长6.5%；固定资产投资增长6%。');
    expect(fallbackIndicators(text, 2020).map((i) => [i.name, i.targets[0].year])).toEqual([
      ['地区生产总值', 2021],
      ['固定资产投资', 2021],
    ]);
    // A new paragraph opens no run: it keeps the document's year (and needs a goal mark of its own).
    expect(fallbackIndicators(normalise('2021年指标安排如下：地区生产总值增长6.5%。\n今年固定资产投资增长6%。'), 2022).map((i) => [i.name, i.targets[0].year])).toEqual([
      ['固定资产投资', 2022],
    ]);
  });
});

describe('the main tasks of a plan listed after 主要任务： (batch 21)', () => {
  it('reads the counts after “N项主要任务：” and not the count of tasks', () => {
    // 平顶山 (the fixture's words, cut).
    expect(
      nameList(
        '2022年10月,我市入选国家第三批城市绿色货运配送示范工程创建城市名单。创建具体包括5项主要任务:培育3家以上专业化城市绿色货运配送企业。打造1个资源集约、协同共享的绿色货运配送公共信息服务平台;完成2个干支衔接型货运枢纽、3个公共配送中心、80个以上末端共同配送站建设,构建三级配送网络;可服务于新能源配送车辆的充电桩150个。实现城市配送吨公里运输成本降低10%以上。',
      ),
    ).toEqual(['专业化城市绿色货运配送企业', '绿色货运配送公共信息服务平台', '干支衔接型货运枢纽', '公共配送中心', '末端共同配送站', '充电桩', '城市配送吨公里运输成本']);
    // A variant: 重点任务是：, a county, other things counted.
    expect(nameList('全县冷链物流工作的重点任务是：新建5个产地冷藏保鲜设施，完成12个乡镇快递服务站改造。')).toEqual(['产地冷藏保鲜设施', '乡镇快递服务站']);
  });

  it('leaves tasks described without a number, and a count of tasks alone', () => {
    expect(nameList('方案明确了三项主要任务：完善配送网络，推广新能源车辆，优化通行管理。')).toEqual([]);
    expect(readGoalClause('创建具体包括5项主要任务', 2023)).toEqual([]);
    // A name closed by 包括 names nothing.
    expect(acceptableName('创建具体包括')).toBe(false);
  });
});

describe('sums in foreign currency (batch 21)', () => {
  it('reads 亿美元 / 万美元 as units of a target', () => {
    // 长沙 (the fixture's words, cut).
    expect(names('一、全市总体目标任务:按照省委、省政府的统一部署,结合我市实际情况,2006年合同利用外资17亿美元,外资项目290个,实际到位外资10.8亿美元,外贸出口12亿美元。')).toEqual([
      ['合同利用外资', '亿美元', 'level', 17, 2006],
      ['外资项目', '个', 'level', 290, 2006],
      ['实际到位外资', '亿美元', 'level', 10.8, 2006],
      ['外贸出口', '亿美元', 'level', 12, 2006],
    ]);
    // A variant: 万美元 with 力争 and 以上.
    expect(readGoalClause('力争跨境电商进出口额突破8000万美元', 2025).map((r) => [r.name, r.target.unit, r.target.kind, r.target.value])).toEqual([['跨境电商进出口额', '万美元', 'min', 8000]]);
  });

  it('leaves a sum with no unit of money, and a rate of exchange, alone', () => {
    expect(readGoalClause('美元汇率保持基本稳定', 2025)).toEqual([]);
    expect(readGoalClause('外贸出口美元计价占比提高', 2025)).toEqual([]);
  });
});

describe('capital brought in, and the subject 我区 with intent (batch 21)', () => {
  it('keeps 引进…资金 as a name and drops 我区争取实现 before one', () => {
    // 长沙 and 西藏 (the fixture's words, cut).
    expect(nameList('一、全市总体目标任务:按照省委、省政府的统一部署,结合我市实际情况,2006年引进省外境内资金198亿元,三资企业销售收入340亿元。')).toEqual(['引进省外境内资金', '三资企业销售收入']);
    expect(nameList('2010年我区争取实现社会消费品零售总额增长18%,达到180亿元,全区进出口总额增长10%。')).toEqual(['社会消费品零售总额', '进出口总额']);
    // Variants: 引进内资, 我市力争实现.
    expect(nameList('2025年，全县引进市外内资50亿元，我市力争实现外贸进出口总额增长5%。')).toEqual(['引进市外内资', '外贸进出口总额']);
  });

  it('leaves 引进 of other things (a verb, not a name) out of a name', () => {
    expect(acceptableName('引进重点企业')).toBe(false);
    expect(acceptableName('引进外资')).toBe(true);
    // 我区 alone with no intent stays (a place names the measure).
    expect(nameList('到2025年，我区快递业务量达到2亿件。')).toEqual(['我区快递业务量']);
  });
});

describe('two works of making joined before what is counted (batch 21)', () => {
  it('新建和改造农家店400家: the thing counted is 农家店', () => {
    // 西藏 (the fixture's words, cut).
    expect(nameList('2010年我区争取实现全区碘盐覆盖率达90%以上,新建和改造农家店400家。')).toEqual(['碘盐覆盖率', '农家店']);
    // Variants: 新建或改扩建, 建设、提升.
    expect(nameList('到2025年，新建或改扩建乡镇商贸中心30个，建设和提升村级便民商店500家。')).toEqual(['乡镇商贸中心', '村级便民商店']);
  });

  it('leaves a state joined to another (建成和在建) and one verb with 和 after it alone', () => {
    expect(nameList('到2025年，高速公路建成和在建规模达到1万公里。')).toEqual(['高速公路建成和在建规模']);
    expect(nameList('到2025年，改造和新建农村公路达到3000公里。')[0]).toContain('改造和新建');
  });
});

describe('what a count is of (batch 21)', () => {
  it('the work closing a list of counts and a capability before 的 are not part of the name', () => {
    expect(nameList('到2025年，完成2个货运枢纽、80个以上末端共同配送站建设。')).toEqual(['货运枢纽', '末端共同配送站']);
    expect(nameList('到2025年，建成可供冷藏车使用的充电桩200个。')).toEqual(['充电桩']);
    // Variants: 改造 closing the list, 能 before 的.
    expect(nameList('到2026年，完成30个农贸市场改造。')).toEqual(['农贸市场']);
    expect(nameList('到2026年，新增能停靠万吨级船舶的泊位6个。')).toEqual(['泊位']);
  });

  it('leaves 建设 that is part of a name with no count before it, and 的 with no capability, alone', () => {
    expect(nameList('到2025年，交通基础设施建设投资达到300亿元。')).toEqual(['交通基础设施建设投资']);
    expect(nameList('到2025年，全省物流园区建设达到20个。')[0]).toContain('物流园区');
    expect(nameList('到2025年，培育具有国际竞争力的物流企业5家。')).toEqual(['具有国际竞争力的物流企业']);
  });
});

describe('a net gain (batch 21)', () => {
  it('净增 after a measure is its level, not part of its name', () => {
    expect(names('2021年指标安排：工业开票销售净增150亿元。')).toEqual([['工业开票销售', '亿元', 'level', 150, 2021]]);
    expect(readGoalClause('快递业务收入净增20亿元', 2025).map((r) => [r.name, r.target.kind, r.target.value])).toEqual([['快递业务收入', 'level', 20]]);
  });
});

describe('a list item numbered with the small full stop ﹒ (batch 21)', () => {
  it('reads 1﹒ as 1.', () => {
    // 安徽 (traditional, the fixture's words).
    expect(
      names('安徽省人民政府關于2021年重點工作及責任分解的通知\n一、確保完成全年主要預期目標\n1﹒全省生產總值增長8%。\n牽頭責任單位:省發展改革委\n').map((n) => [n[0], n[2], n[3], n[4]]),
    ).toEqual([['生產總值', 'growth', 8, 2021]]);
    expect(normalise('2﹒固定资产投资')).toBe('2.固定资产投资');
  });
});

describe('a horizon set inside a measure no unit is assigned to (batch 21)', () => {
  it('reads the targets of “。到YYYY年，…” in an item of a plan with no units', () => {
    // 安徽 (traditional, the fixture's words, cut).
    expect(
      names(
        '安徽省綜合交通發展能級提升行動方案\n一、實施綜合樞紐提能級專項行動\n1.打造聯動支撐的綜合交通樞紐城市。實施合肥國際樞紐建設工程,提升合肥樞紐國際服務功能。\n2.構建開放融合的機場群。打造合肥區域航空樞紐,完善支線機場布局。到2027年,力爭形成“一樞八支多點”機場格局,運營全貨機航線20條以上,機場客貨保障能力分別達到5400萬人次/年和42萬噸/年,通用機場達到20個。',
      ),
    ).toEqual([
      ['運營全貨機航線', '條', 'min', 20, 2027],
      ['機場客貨保障能力', '萬人次', 'level', 5400, 2027],
      ['通用機場', '個', 'level', 20, 2027],
    ]);
    // A variant: simplified, （一） items, 力争到 after the full stop.
    expect(
      names('某市物流发展行动方案\n一、完善物流网络\n（一）完善冷链物流网络。加快建设冷链集配中心。力争到2026年，全市冷库容量达到80万吨，冷藏车保有量突破1500辆。\n（二）发展多式联运。推进铁路专用线进港区。'),
    ).toEqual([
      ['冷库容量', '万吨', 'level', 80, 2026],
      ['冷藏车保有量', '辆', 'min', 1500, 2026],
    ]);
  });

  it('leaves a year a policy runs to, and the items of a plan that assigns units, alone', () => {
    expect(
      nameList('某市物流发展行动方案\n一、完善物流网络\n（一）完善冷链物流网络。加快建设冷链集配中心。相关政策延续到2030年，冷藏车保有量突破1500辆。\n（二）发展多式联运。推进铁路专用线进港区。'),
    ).toEqual([]);
    // Items with units are tasks: their horizons are read by the task readers, not as the plan's goals here.
    expect(
      parseDocument('某市物流发展行动方案\n一、重点任务\n（一）完善冷链物流网络。加快建设冷链集配中心。到2026年，全市冷库容量达到80万吨。（牵头单位：市商务局）\n（二）发展多式联运。推进铁路专用线进港区。（牵头单位：市交通运输局）').goals,
    ).toEqual([]);
  });
});

describe('a floor written inside a name (batch 21)', () => {
  it('三类以上 / 规模以上 / 突破性 in the name make no floor of the target', () => {
    expect(names('到2025年，国考断面三类以上水质比例达85.7%，规模以上工业企业达到120家，规模以上物流企业达到30家以上。').map((n) => [n[0], n[2], n[3]])).toEqual([
      ['国考断面三类以上水质比例', 'level', 85.7],
      ['规模以上工业企业', 'level', 120],
      ['规模以上物流企业', 'min', 30],
    ]);
    // After the name, the floor stays one.
    expect(names('到2025年，二级以上医院达到不少于20家。').map((n) => n[2])).toEqual(['min']);
  });
});

describe('batch 21 rules at their edges (mutation survivors)', () => {
  it('a year after the colon of a lead-in leaves the name with the lead-in (with or without a blank)', () => {
    const g = (text: string) => goalIndicators([{ year: 2024, text, span: [0, text.length] }], text).map((i) => i.name);
    expect(g('主要指标安排：2024年全县一般公共预算收入增长6%')).toEqual(['一般公共预算收入']);
    expect(g('主要指标安排：2024 年全县一般公共预算收入增长6%')).toEqual(['一般公共预算收入']);
    expect(g('主要指标安排：全省快递业务量增长6%')).toEqual(['快递业务量']);
  });

  it('a continuing sentence with a year of its own, or in a new paragraph, keeps its own year', () => {
    const years = (text: string, docYear: number) => fallbackIndicators(normalise(text), docYear).map((i) => [i.name, i.targets[0].year]);
    expect(years('2021年指标安排如下：地区生产总值增长6.5%；力争固定资产投资增长6%。', 2020)).toEqual([
      ['地区生产总值', 2021],
      ['固定资产投资', 2021],
    ]);
    expect(years('2021年指标安排如下：地区生产总值增长6.5%；2022年固定资产投资增长6%。', 2020)).toEqual([
      ['地区生产总值', 2021],
      ['固定资产投资', 2022],
    ]);
    expect(years('2021年指标安排如下：地区生产总值增长6.5%。\n力争固定资产投资增长6%。', 2020)).toEqual([
      ['地区生产总值', 2021],
      ['固定资产投资', 2020],
    ]);
    // A sentence with no goal before it takes no year from anything: the document's.
    expect(years('会议提出：力争固定资产投资增长6%。', 2020)).toEqual([['固定资产投资', 2020]]);
    // Nor does one after a sentence of no goal in its paragraph.
    expect(years('会议指出，全市物流发展迅速。力争固定资产投资增长6%。', 2020)).toEqual([['固定资产投资', 2020]]);
  });

  it('the capability and the work after a count are cut only where they are', () => {
    expect(nameList('到2025年，全省具备能源储备功能的物流园区达到10个。')).toEqual(['具备能源储备功能的物流园区']);
    expect(nameList('到2025年，建成可提供冷链服务的站30个。')).toEqual(['可提供冷链服务的站']);
    expect(nameList('到2025年，全省物流园区建设达到20个。')).toEqual(['物流园区建设']);
    expect(nameList('到2025年，完成3个物流园区建设项目。')).toEqual(['物流园区建设项目']);
    expect(nameList('到2025年，完成5个站建设。')).toEqual(['站建设']);
  });

  it('normalises full-width digits and percent, and the small full stop only', () => {
    expect(normalise('０１２９％﹒\u00a0a')).toBe('0129%. a');
    // The replacement character is a blank, not a digit.
    expect(normalise('a\ufffdb')).toBe('a b');
  });
});
