// Kinds of goal sentence missed on first contact with batch 17's half A and earlier batches
// (branch d15n, see docs/import-doc.md, "Batch 17"), each written as a general rule. Synthetic
// sentences only: no fixture words are needed for any rule.
import { describe, expect, it } from 'vitest';
import { readGoalClause } from '../../src/domain/document/goal-reader';
import { besideOpenings, goalClauseTarget, goalIndicators, normaliseClause, periodGoalOpenings, respectiveTargets, sharedEachTargets, stripSubject } from '../../src/domain/document/indicators';
import { parseDocument } from '../../src/domain/document/index';

const gi = (text: string, year: number | null = 2027) =>
  goalIndicators([{ year, span: [0, text.length] }] as never, text).map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value]);

describe('numbers written the way the readers read them (normaliseClause)', () => {
  it('a range with its magnitude on both numbers is the range of the magnitude', () => {
    expect(normaliseClause('完成投资1500亿至2000亿元')).toBe('完成投资1500至2000亿元');
    expect(normaliseClause('库容10万-20万吨')).toBe('库容10-20万吨');
    expect(normaliseClause('库容10.5万～20万吨')).toBe('库容10.5～20万吨');
    // Different magnitudes are no such range; a number with none before 至 is left.
    expect(normaliseClause('投资1500万至2亿元')).toBe('投资1500万至2亿元');
    expect(normaliseClause('投资1500至2000亿元')).toBe('投资1500至2000亿元');
  });
  it('a count in Chinese numerals right after a verb of counting, two to ten', () => {
    expect(normaliseClause('新建四个机场，迁建和改扩建六个机场')).toBe('新建4个机场，迁建和改扩建6个机场');
    expect(normaliseClause('购置两辆冷藏车，建成十家园区')).toBe('购置2辆冷藏车，建成10家园区');
    // 一 (one) is left (建成一个…平台 is rarely a target); no verb before, or no count word after, nothing.
    expect(normaliseClause('建成一个平台')).toBe('建成一个平台');
    expect(normaliseClause('有四个机场')).toBe('有四个机场');
    expect(normaliseClause('新建四大园区')).toBe('新建四大园区');
  });
  it('the readers then read such clauses', () => {
    expect(gi('新建四个机场，迁建和改扩建六个机场')).toEqual([
      ['机场', '个', 'level', 4],
      ['机场', '个', 'level', 6],
    ]);
    expect(gi('铁路建设投资规模将达1200亿至1500亿元')).toEqual([['铁路建设投资规模', '亿元', 'min', 1200]]);
  });
});

describe('names without the sentence’s subject (stripSubject)', () => {
  it('a period, a place with intent after it, intent between field and measure', () => {
    expect(stripSubject('“十二五”新疆民航建设投资')).toBe('民航建设投资');
    expect(stripSubject('十三五期间铁路营运里程')).toBe('铁路营运里程');
    expect(stripSubject('西藏力争公路通车里程')).toBe('公路通车里程');
    expect(stripSubject('河北省将完成交通基础设施固定投资')).toBe('交通基础设施固定投资');
    expect(stripSubject('预计完成港口吞吐量')).toBe('港口吞吐量');
    expect(stripSubject('公路建设将完成固定资产投资')).toBe('公路建设固定资产投资');
    expect(stripSubject('港口建设要实现集装箱吞吐量')).toBe('港口建设集装箱吞吐量');
  });
  it('a place alone stays; fewer than four characters left, or 将近 / 主要, nothing goes', () => {
    expect(stripSubject('山东沿海港口货物吞吐量')).toBe('山东沿海港口货物吞吐量');
    expect(stripSubject('新疆力争里程')).toBe('新疆力争里程');
    expect(stripSubject('将近三成企业数量')).toBe('将近三成企业数量');
    expect(stripSubject('主要港口货物吞吐量')).toBe('主要港口货物吞吐量');
    expect(stripSubject('将完成')).toBe('将完成');
    // Intent in the middle needs two characters on each side.
    expect(stripSubject('建将完成投资')).toBe('建将完成投资');
    expect(stripSubject('公路建设将完成投')).toBe('公路建设将完成投');
  });
});

describe('lists sharing a verb or a measure', () => {
  it('分别突破 … 和 …: floors, one per item', () => {
    expect(respectiveTargets('西藏力争公路通车里程和高速公路通车里程分别突破12万公里和1300公里', 2025)?.map((r) => [r.name, r.target.kind, r.target.value, r.target.unit])).toEqual([
      ['西藏力争公路通车里程', 'min', 12, '万公里'],
      ['高速公路通车里程', 'min', 1300, '公里'],
    ]);
    expect(gi('西藏力争公路通车里程和高速公路通车里程分别突破12万公里和1300公里')).toEqual([
      ['公路通车里程', '万公里', 'min', 12],
      ['高速公路通车里程', '公里', 'min', 1300],
    ]);
  });
  it('均: items of different lengths share the measure at the end of the last', () => {
    expect(sharedEachTargets('铁路、高速公路里程均超1万公里', 2030)?.map((r) => r.name)).toEqual(['铁路里程', '高速公路里程']);
    expect(sharedEachTargets('实现铁路、水路货运增量均超1000万吨', 2030)?.map((r) => r.name)).toEqual(['铁路货运增量', '水路货运增量']);
    expect(sharedEachTargets('铁路和高速公路通车里程均达到1万公里', 2030)?.map((r) => r.name)).toEqual(['铁路通车里程', '高速公路通车里程']);
    // Items of one length with no measure known keep the old reading; other lengths without one, none.
    expect(sharedEachTargets('安全市场、物流市场交易额均超100亿元', 2030)?.map((r) => r.name)).toEqual(['安全市场交易额', '物流市场交易额']);
    expect(sharedEachTargets('甲地、乙地园区均超10个', 2030)).toBeNull();
    expect(sharedEachTargets('铁路、高速公路均超1万公里', 2030)).toBeNull();
    expect(sharedEachTargets('铁、高速公路里程均超1万公里', 2030)).toBeNull();
    expect(sharedEachTargets('铁路、里程均超1万公里', 2030)).toBeNull();
  });
});

describe('names the clause before gives (implicit subjects)', () => {
  it('a bare total of length after a thing named is that thing’s', () => {
    expect(gi('建成普通干线公路300公里，通车总里程达到2万公里')).toEqual([
      ['普通干线公路', '公里', 'level', 300],
      ['普通干线公路通车总里程', '万公里', 'level', 2],
    ]);
    expect(gi('高速公路通车里程1000公里，总里程达到2万公里')).toEqual([
      ['高速公路通车里程', '公里', 'level', 1000],
      ['高速公路总里程', '万公里', 'level', 2],
    ]);
    // With nothing named before, the total keeps its own name.
    expect(gi('通车总里程达到2万公里')).toEqual([['通车总里程', '万公里', 'level', 2]]);
  });
  it('a level with no name after a length of work done is the total of the thing made', () => {
    expect(gi('新改建农村公路4000公里，达到17万公里以上')).toEqual([
      ['新改建农村公路', '公里', 'level', 4000],
      ['农村公路总里程', '万公里', 'min', 17],
    ]);
    expect(gi('新增冷库库容10万吨，达到50万吨')).toEqual([
      ['新增冷库库容', '万吨', 'level', 10],
      ['冷库库容', '万吨', 'level', 50],
    ]);
    // A thing not made (no verb of making) gives no name to a level after it.
    expect(gi('冷库库容10万吨，达到50万吨')).toEqual([['冷库库容', '万吨', 'level', 10]]);
  });
  it('a level with no name after a measure said to change is that measure’s', () => {
    expect(gi('到2015年，新疆铁路营运里程有望翻一番，达到8200公里')).toEqual([['新疆铁路营运里程', '公里', 'level', 8200]]);
    expect(gi('全省港口吞吐量将翻番，突破5亿吨')).toEqual([['港口吞吐量', '亿吨', 'min', 5]]);
    // The clause before holding a number of its own is not such a measure; a clause not opening
    // with a verb of reaching is no nameless level.
    expect(gi('港口吞吐量3亿吨翻一番，达到6亿吨')).toEqual([['港口吞吐量', '亿吨', 'level', 3]]);
    expect(gi('港口吞吐量将翻一番，其中6亿吨')).toEqual([]);
    expect(gi('达到6亿吨')).toEqual([]);
  });
});

describe('forms of target', () => {
  it('a measure of size right after a verb of making, then what is made', () => {
    expect(readGoalClause('到2035年建成5600公里高等级公路', 2035).map((r) => [r.name, r.target.value, r.target.unit])).toEqual([['高等级公路', 5600, '公里']]);
    expect(readGoalClause('建设120万吨冷冻冷藏库容、购置2000辆冷藏车', 2024).map((r) => [r.name, r.target.value, r.target.unit])).toEqual([
      ['冷冻冷藏库容', 120, '万吨'],
      ['冷藏车', 2000, '辆'],
    ]);
    // A size class, 以上 before what is named, or more words after it is no such target.
    expect(readGoalClause('建成25万吨级航道', 2030)).toEqual([]);
    expect(readGoalClause('培育50万吨以上海运企业', 2030)).toEqual([]);
    expect(readGoalClause('建成5600公里高等级公路网络的建设任务', 2030)).toEqual([]);
    expect(readGoalClause('建成5600公里', 2030)).toEqual([]);
  });
  it('a time within which places are linked (京津雄30分钟通勤, 1小时直达)', () => {
    expect(goalClauseTarget('京津雄30分钟通勤', 2027)).toMatchObject({ name: '京津雄通勤', target: { kind: 'max', value: 30, unit: '分钟' } });
    expect(goalClauseTarget('省会至各市2小时直达', 2027)).toMatchObject({ name: '省会至各市直达', target: { kind: 'max', value: 2, unit: '小时' } });
  });
  it('a predicate of a word or two before a count of what follows names nothing; a verb of having passes on', () => {
    expect(goalClauseTarget('基本实现连接14个地州市的公路高速化', 2015)).toBeNull();
    expect(goalClauseTarget('全市拥有5个国家级物流枢纽', 2027)).toMatchObject({ name: '国家级物流枢纽' });
    expect(goalClauseTarget('物流园区10个以上', 2027)).toMatchObject({ name: '物流园区', target: { value: 10 } });
  });
  it('a range with 至 cut inside the name keeps what stands before it; a planned total sum is the sum', () => {
    expect(goalClauseTarget('固定资产投资1500至2000亿元', 2015)).toMatchObject({ name: '固定资产投资', target: { kind: 'min', value: 1500 } });
    expect(gi('交通运输建设项目计划安排总投资4498.7亿元')).toEqual([['交通运输建设项目总投资', '亿元', 'level', 4498.7]]);
  });
});

describe('goals opened beside dated ones (besideOpenings)', () => {
  it('a span of years and a period opening a sentence with intent and a number', () => {
    expect(besideOpenings('未来5年，项目计划安排总投资400亿元。到2025年，…', 2021)).toEqual([{ at: 0, year: 2026, end: 19 }]);
    expect(besideOpenings('事实。今后三年，将新建机场2个。', null)).toEqual([{ at: 3, year: null, end: 15 }]);
    expect(besideOpenings('“十二五”期，公路建设将完成投资1500亿元。', 2011)).toEqual([{ at: 0, year: 2015, end: 22 }]);
    expect(besideOpenings('十三五时期，预计完成投资10亿元', null)).toEqual([{ at: 0, year: 2020, end: 16 }]);
  });
  it('not without intent, without a number of its own, with a mark of the past, or inside a sentence', () => {
    expect(besideOpenings('未来5年，项目总投资400亿元。', 2021)).toEqual([]);
    expect(besideOpenings('未来5年，将加快建设2025年目标。', 2021)).toEqual([]);
    expect(besideOpenings('“十三五”以来，将完成投资10亿元。', 2021)).toEqual([]);
    expect(besideOpenings('“十三五”期间，已完成并将新增10亿元。', 2021)).toEqual([]);
    expect(besideOpenings('全省未来5年，将投资10亿元。', 2021)).toEqual([]);
    expect(besideOpenings('主要目标未来5年，要投资10亿元', 2021)).toEqual([]);
  });
  it('in a document: the sentence before a dated goal in the same line is read', () => {
    const x = parseDocument('规划\n未来5年，全区建设项目计划安排总投资400亿元，预计完成投资约190亿元。到2025年，公路通车里程突破12万公里。');
    expect(x.indicators.map((i) => i.name)).toEqual(['建设项目总投资', '预计完成投资', '公路通车里程']);
  });
});

// Kinds missed by batch 17's half B (read after its held-out measures).
describe('kinds missed by batch 17 half B', () => {
  const names = (text: string) => parseDocument(text).indicators.map((i) => i.name);
  it('a year after a short subject, or a start year, opens that year’s plan', () => {
    expect(names('会议召开。\n据悉，新疆2023年力争完成公路投资832亿元，新增高速公路740公里。')).toEqual(['公路投资', '新增高速公路']);
    expect(names('按照规划，2020年起，全省计划5年内投资115亿元，建设120万吨冷冻冷藏库容、购置2000辆冷藏车、搭建冷链平台。')).toEqual(['投资', '冷冻冷藏库容', '冷藏车']);
    // Not a year after 截至 / 到 / 在 as a subject, nor a fact without intent.
    expect(names('消息。\n截至2023年将近完成投资832亿元。')).toEqual([]);
    expect(names('消息。\n新疆2022年完成公路投资748亿元。')).toEqual([]);
  });
  it('numbered items after a numbered item that opened a goal continue it, without their numbers', () => {
    expect(names('(1)计划“十四五”期间实施重大项目188个。\n(2)公路总里程超10000公里,其中高速公路超750公里。\n(3)港口吞吐量达12000万吨。')).toEqual(['重大项目', '公路总里程', '高速公路', '港口吞吐量']);
    // An item of facts (已 / 同比) ends it; an item without a target continues nothing.
    expect(names('(1)计划“十四五”期间实施重大项目188个。\n(2)公路总里程已达10000公里。\n(3)港口吞吐量达12000万吨。')).toEqual(['重大项目']);
    expect(names('(1)计划“十四五”期间实施重大项目188个。\n(2)加快公路建设。\n(3)港口吞吐量达12000万吨。')).toEqual(['重大项目']);
    // A paragraph that is no numbered item after a numbered goal is not continued this way.
    expect(names('(1)计划“十四五”期间实施重大项目188个。\n公路总里程超10000公里。')).toEqual(['重大项目']);
  });
  it('a period after the word of intent in its sentence opens its goal; the name loses the subject', () => {
    expect(stripSubject('计划“十四五”期间实施重大交通基础设施项目')).toBe('重大交通基础设施项目');
    expect(stripSubject('新疆2023年力争完成公路交通固定资产投资')).toBe('公路交通固定资产投资');
    expect(stripSubject('江西计划5年内投资')).toBe('投资');
    expect(stripSubject('2020年起计划投资')).toBe('投资');
    expect(stripSubject('江西力争投资')).toBe('江西力争投资');
    expect(stripSubject('实施重大交通基础设施项目')).toBe('实施重大交通基础设施项目');
  });
  it('a length made with no name after a thing named is that thing’s, made', () => {
    expect(gi('高速公路建设规模达1000公里以上，建成200公里以上；普通干线公路新改建1870公里，建成450公里')).toEqual([
      ['高速公路建设规模', '公里', 'min', 1000],
      ['建成高速公路', '公里', 'min', 200],
      ['普通干线公路新改建', '公里', 'level', 1870],
      ['建成普通干线公路', '公里', 'level', 450],
    ]);
    expect(gi('建成200公里以上')).toEqual([]);
    expect(goalClauseTarget('建成200公里以上', 2019)).toBeNull();
  });
  it('a level restating a count of the same thing after 、, across a bracket glossing the count; a share of those counted', () => {
    expect(readGoalClause('通高速公路的县市新增3个(甲县、乙县)、达到98个', 2023).map((r) => [r.name, r.target.kind, r.target.value])).toEqual([
      ['通高速公路的县市', 'level', 3],
      ['通高速公路的县市', 'level', 98],
    ]);
    expect(readGoalClause('达到98个', 2023)).toEqual([]);
    expect(gi('通高速公路的县市新增3个、达到98个，占比突破90%')).toEqual([
      ['通高速公路的县市', '个', 'level', 3],
      ['通高速公路的县市', '个', 'level', 98],
      ['通高速公路的县市占比', '%', 'min', 90],
    ]);
    // After a measure that is no count, a bare share names nothing new.
    expect(gi('港口吞吐量达到3亿吨，占比突破90%')).toEqual([
      ['港口吞吐量', '亿吨', 'level', 3],
      ['占比', '%', 'min', 90],
    ]);
  });
  it('a 、 before a verb of making starts the next item of a list of works', () => {
    expect(readGoalClause('购置2000辆冷藏车、搭建冷链平台', 2024).map((r) => r.name)).toEqual(['冷藏车']);
    expect(readGoalClause('建成5个物流园区、配送中心', 2024).map((r) => r.name)).toEqual([]);
  });
});

// Edges written from the mutation run of branch d15n (stryker.d15n-b17.json).
describe('edges of batch 17’s rules', () => {
  it('besideOpenings: spaces and two-digit spans, 主要 is no intent, a year with a space is no number', () => {
    expect(besideOpenings('未来 5 年，将新建机场2个。', null)).toEqual([{ at: 0, year: null, end: 14 }]);
    expect(besideOpenings('未来10年，将新建机场2个。', 2020)).toEqual([{ at: 0, year: 2030, end: 13 }]);
    expect(besideOpenings('未来5年，主要港口吞吐量5亿吨。', 2020)).toEqual([]);
    expect(besideOpenings('未来5年，将建设2025 年目标体系。', 2020)).toEqual([]);
    expect(besideOpenings('十二五期间，将新增机场2个。', null)).toEqual([{ at: 0, year: 2015, end: 13 }]);
    expect(besideOpenings('“十二五”将新增机场2个。', null)).toEqual([{ at: 0, year: 2015, end: 12 }]);
    expect(besideOpenings('十二五以来，将新增机场2个。', null)).toEqual([]);
    expect(besideOpenings('“十二五以来，将新增机场2个。', null)).toEqual([]);
    expect(besideOpenings('十二五期，将新增机场2个', null)).toEqual([{ at: 0, year: 2015, end: 12 }]);
  });
  it('a period opening after intent earlier in its sentence, not in the sentence before', () => {
    expect(periodGoalOpenings('将投资5亿元。“十三五”期间完成投资10亿元。')).toEqual([]);
    expect(periodGoalOpenings('力争5个。“十三五”完成投资10亿元。')).toEqual([]);
    expect(periodGoalOpenings('计划“十三五”期间完成投资10亿元。')).toEqual([{ at: 0, year: 2020 }]);
    expect(periodGoalOpenings('“十三五”期间完成投资10亿元，将加快建设。')).toEqual([]);
  });
  it('a level restating a count: only 达到 / 达 / 增至 / 增加到, only with nothing between, only after a target', () => {
    expect(readGoalClause('园区新增3个、超过98个', 2023).map((r) => r.name)).toEqual(['园区']);
    expect(readGoalClause('园区新增3个、共达到98个', 2023).map((r) => r.name)).toEqual(['园区']);
    expect(readGoalClause('园区新增3个、增至98个', 2023).map((r) => [r.name, r.target.value])).toEqual([['园区', 3], ['园区', 98]]);
    expect(readGoalClause('、达到98个', 2023, '园区')).toEqual([]);
  });
  it('a bracket after a target glosses it only when closed, with no number, before a clause mark or the end', () => {
    expect(readGoalClause('园区新增3个(甲县、乙县)', 2023).map((r) => r.name)).toEqual(['园区']);
    expect(readGoalClause('园区新增3个(甲县、乙县)，', 2023).map((r) => r.name)).toEqual(['园区']);
    expect(readGoalClause('园区新增3个(甲县 )  、达到5个', 2023).map((r) => r.name)).toEqual(['园区', '园区']);
    expect(readGoalClause('园区新增3个(甲县、乙县)建成', 2023)).toEqual([]);
    expect(readGoalClause('园区新增3个(甲县、乙县', 2023)).toEqual([]);
    expect(readGoalClause('园区新增3个(甲县2个)', 2023)).toEqual([]);
  });
  it('a predicate before a count of what follows: up to three characters, not before 以上 / 左右', () => {
    expect(goalClauseTarget('可连接14个地州市的公路', 2015)).toBeNull();
    expect(goalClauseTarget('覆盖全部14个地州市', 2015)).toMatchObject({ name: '覆盖全部', target: { value: 14 } });
    expect(goalClauseTarget('连接14个', 2015)).toMatchObject({ name: '连接' });
  });
  it('均 with items of one length and no measure known: all items that length, a measure at the end', () => {
    expect(sharedEachTargets('甲市场、乙市场、丙市场交易额均超100亿元', 2030)?.map((r) => r.name)).toEqual(['甲市场交易额', '乙市场交易额', '丙市场交易额']);
    expect(sharedEachTargets('甲市场、乙大市场、丙市场交易额均超100亿元', 2030)).toBeNull();
    expect(sharedEachTargets('甲地区、乙地区额定产能均超10万吨', 2030)).toBeNull();
  });
  it('a range with 至 in a name keeps decimals and a space', () => {
    expect(goalClauseTarget('固定资产投资1500.5至2000亿元', 2015)).toMatchObject({ name: '固定资产投资', target: { kind: 'min', value: 1500.5 } });
    expect(goalClauseTarget('固定资产投资1500 至2000亿元', 2015)).toMatchObject({ name: '固定资产投资', target: { kind: 'min', value: 1500 } });
  });
  it('a made length with no name: the verb at the start only, a space before the number, the thing without its measure', () => {
    expect(gi('高速公路建设规模达1000公里以上，力争建成200公里以上').map((r) => r[0])).toEqual(['高速公路建设规模']);
    expect(gi('高速公路建设规模达1000公里以上，建成 200公里以上').map((r) => r[0])).toEqual(['高速公路建设规模', '建成高速公路']);
    expect(gi('投资项目建设规模达100公里，建成50公里').map((r) => r[0])).toEqual(['投资项目建设规模', '建成投资项目']);
    expect(gi('新建道路里程100公里，建成50公里').map((r) => r[0])).toEqual(['道路里程', '建成道路']);
    expect(gi('港口建成区改建，建成50公里').map((r) => r[0])).toEqual([]);
    expect(gi('甲新建100公里，建成50公里').map((r) => r[0])).toEqual(['甲新建']);
  });
  it('a nameless level: the base from a measure to change or a thing made; 总里程 only for lengths not already 里程', () => {
    expect(gi('新改建铁路100公里，达到5000公里')).toEqual([
      ['新改建铁路', '公里', 'level', 100],
      ['铁路总里程', '公里', 'level', 5000],
    ]);
    expect(gi('新改建铁路里程100公里，达到5000公里')).toEqual([
      ['新改建铁路里程', '公里', 'level', 100],
      ['铁路里程', '公里', 'level', 5000],
    ]);
    expect(gi('货运量将翻一番，预计达到6亿吨')).toEqual([['货运量', '亿吨', 'level', 6]]);
    expect(gi('全省货运量翻一番，达到6亿吨')).toEqual([['货运量', '亿吨', 'level', 6]]);
    expect(gi('铁路里程翻一番，达到5000公里')).toEqual([['铁路里程', '公里', 'level', 5000]]);
  });
  it('a bare total after a name with a verb of making or a length measure; a money measure after a sum', () => {
    expect(gi('新改建高速公路300公里，通车总里程达到2万公里').map((r) => r[0])).toEqual(['新改建高速公路', '高速公路通车总里程']);
    expect(gi('高速公路里程1000公里，总里程达到2万公里').map((r) => r[0])).toEqual(['高速公路里程', '高速公路总里程']);
    expect(gi('里程碑公路1000公里，总里程达到2万公里').map((r) => r[0])).toEqual(['里程碑公路', '里程碑公路总里程']);
    expect(gi('项目总投资400亿元，年度投资50亿元').map((r) => r[0])).toEqual(['项目总投资', '年度投资']);
    expect(gi('投资项目10个，年度投资50亿元').map((r) => r[0])).toEqual(['投资项目', '投资项目年度投资']);
  });
});

describe('goal openings in a document (batch 17)', () => {
  const goalTexts = (text: string) => parseDocument(text).goals.map((g) => g.text);
  it('an opening beside a dated goal a few characters away is the same goal', () => {
    expect(goalTexts('规划\n“十二五”期，到2015年将建成机场5个。')).toHaveLength(1);
  });
  it('a numbered heading continues only a goal read on a numbered item; a paragraph in between ends the item run', () => {
    const names = (text: string) => parseDocument(text).indicators.map((i) => i.name);
    expect(names('规划\n到2025年，港口吞吐量达到5亿吨。\n(1)公路总里程超10000公里。')).toEqual(['港口吞吐量']);
    expect(names('(1)计划“十四五”期间实施重大项目188个。\n力争港口吞吐量达到5亿吨。\n(2)公路总里程超10000公里。')).toEqual(['重大项目', '港口吞吐量']);
  });
});

describe('edges of batch 17’s rules (second mutation run)', () => {
  it('a nameless level takes a thing made only from the clause right before, with a number of its own', () => {
    expect(gi('新改建铁路100公里，加快建设，达到5000公里')).toEqual([['新改建铁路', '公里', 'level', 100]]);
  });
  it('总里程 is added only to a thing made, and not after a name with 里程 at its end', () => {
    expect(gi('高速公路将翻一番，达到5000公里')).toEqual([['高速公路', '公里', 'level', 5000]]);
    expect(gi('新改建里程碑公路100公里，达到5000公里')).toEqual([
      ['新改建里程碑公路', '公里', 'level', 100],
      ['里程碑公路总里程', '公里', 'level', 5000],
    ]);
  });
  it('a predicate before a count: what follows must start with a character, 以 / 左右 only at its start', () => {
    expect(goalClauseTarget('连接14个城市以上', 2015)).toBeNull();
    expect(goalClauseTarget('连接14个(城市)', 2015)).toMatchObject({ name: '连接', target: { value: 14 } });
  });
  it('a range with 至 cut in a name keeps two decimals; 分别超过 is a floor', () => {
    expect(goalClauseTarget('固定资产投资1500.55至2000亿元', 2015)).toMatchObject({ name: '固定资产投资', target: { kind: 'min', value: 1500.55 } });
    expect(respectiveTargets('甲和乙分别超过10%、20%', 2025)?.map((r) => r.target.kind)).toEqual(['min', 'min']);
  });
});
