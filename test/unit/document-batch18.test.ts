// Kinds of goal sentence and annotation batch 18 missed while held out (branch d15o, see
// docs/import-doc.md, "Batch 18, tuned"), each written as a general rule and pinned here with short
// snippets of real text, each with cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { readGoalClause } from '../../src/domain/document/goal-reader';
import {
  goalClauseTarget,
  goalIndicators,
  goalOpenings,
  kindsOf,
  normaliseClause,
  respectiveTargets,
  sharedEachTargets,
  stripSubject,
  yearOpeningsWithout到,
} from '../../src/domain/document/indicators';
import { parseDocument } from '../../src/domain/document/index';
import { unitsOfText } from '../../src/domain/document/units';

const gi = (text: string, year: number | null = 2027) =>
  goalIndicators([{ year, span: [0, text.length] }] as never, text).map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value]);
const rd = (c: string) => readGoalClause(c, 2027).map((r) => [r.name, r.target.kind, r.target.value, r.target.unit]);
const resp = (c: string, kinds: string[] | null = null) => respectiveTargets(c, 2027, kinds)?.map((r) => [r.name, r.target.kind, r.target.value, r.target.unit]) ?? null;
const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.targets[0].year]);

describe('goal openings (batch 18)', () => {
  it('a paragraph led by a dash continues the goal before it while it states a target and no fact', () => {
    expect(names('规划\n到2023年，初步建成多式联运中心。\n——多式联运主体更加壮大。引进3家以上多式联运经营企业，培育5家以上骨干企业。')).toEqual([
      ['多式联运经营企业', 2023],
      ['骨干企业', 2023],
    ]);
    // (引进 alone: no other rule of continuation takes the paragraph.)
    expect(names('规划\n到2023年，初步建成多式联运中心。\n——多式联运主体更加壮大。引进3家以上多式联运经营企业。')).toEqual([['多式联运经营企业', 2023]]);
    // Without the dash, with a fact (已), or with no goal before, nothing.
    expect(names('规划\n到2023年，初步建成多式联运中心。\n多式联运主体更加壮大。引进3家以上多式联运经营企业。')).toEqual([]);
    expect(names('规划\n到2023年，初步建成多式联运中心。\n——多式联运主体已经壮大。引进3家以上多式联运经营企业。')).toEqual([]);
    expect(names('规划\n到2023年，初步建成多式联运中心。\n——多式联运主体壮大了。引进3家以上多式联运经营企业。')).toEqual([]);
    expect(names('规划\n——多式联运主体更加壮大。引进3家以上多式联运经营企业。')).toEqual([]);
    // A dash in the middle of a paragraph leads nothing.
    expect(names('规划\n到2023年，初步建成多式联运中心。\n主体——更加壮大。引进3家以上多式联运经营企业。')).toEqual([]);
  });
  it('examples after a sentence saying the plan has targets are those targets, of the latest year written before', () => {
    expect(names('2021年，海南将结合自贸港建设推进工作。\n八项主要任务则有明确的目标计划。比如，洋浦全港年吞吐量突破7000万吨，集装箱航线稳定在35条以上。')).toEqual([
      ['洋浦全港年吞吐量', 2021],
      ['集装箱航线', 2021],
    ]);
    // No word of targets before 比如: the goal reader opens nothing, so the parse is empty and the
    // sentence fallback (fallback-targets.ts) reads the clause instead: numbered F1, of the year of the
    // plan opening the paragraph before (2021年，…将…; no year until branch t19).
    const bare = parseDocument('2021年，海南将结合自贸港建设推进工作。\n八项主要任务则有明确的计划。比如，洋浦全港年吞吐量突破7000万吨。').indicators;
    expect(bare.map((i) => [i.number, i.name, i.targets[0].year])).toEqual([['F1', '洋浦全港年吞吐量', 2021]]);
    expect(goalOpenings('有明确的目标计划。比如，洋浦全港年吞吐量突破7000万吨', '2019年，2021年，', null)).toEqual([{ at: 12, year: 2021 }]);
    expect(goalOpenings('有明确的目标计划；例如洋浦全港年吞吐量突破7000万吨', '', 2020)).toEqual([{ at: 11, year: 2020 }]);
    expect(goalOpenings('有明确的目标计划。譬如：洋浦全港年吞吐量突破7000万吨', '', 2020)).toEqual([{ at: 12, year: 2020 }]);
    // No year before and none of the document's: nothing; too many words between 目标 and 比如: nothing.
    expect(goalOpenings('有明确的目标计划。比如，洋浦全港年吞吐量突破7000万吨', '', null)).toEqual([]);
    expect(goalOpenings('有明确的目标和十分具体的工作计划。比如，洋浦全港年吞吐量突破7000万吨', '', 2020)).toEqual([]);
    expect(goalOpenings('有明确的目标计划，比如，洋浦全港年吞吐量突破7000万吨', '', 2020)).toEqual([]);
  });
  it('after the plan’s stages named as such, each year opening a sentence or clause opens that year’s goal', () => {
    expect(names('根据阶段目标任务，2023年，摸清底数。2024年，70%以上县域商业迈入增强型方阵。2025年，100%县域商业达到基本型标准。').map((n) => n[1])).toEqual([2024, 2025]);
    expect(yearOpeningsWithout到('根据阶段目标任务，2023年，摸清底数。2024年，70%以上县域商业迈入增强型方阵。', 2024)).toEqual([
      { at: 9, year: 2023 },
      { at: 20, year: 2024 },
    ]);
    expect(yearOpeningsWithout到('根据阶段性任务，2025年，县域商业达到基本型。', 2024)).toEqual([{ at: 8, year: 2025 }]);
    // Only years after the stages are named; without them (or with 2024年 not opening a clause), nothing.
    expect(yearOpeningsWithout到('2024年，70%以上县域商业迈入增强型方阵。根据阶段目标任务，2025年，100%。', 2024)).toEqual([{ at: 32, year: 2025 }]);
    expect(yearOpeningsWithout到('根据任务，2023年，摸清底数。2024年，70%以上县域商业迈入增强型方阵。', 2024)).toEqual([]);
    expect(yearOpeningsWithout到('根据阶段目标任务到2024年，70%以上。', 2024)).toEqual([]);
    expect(yearOpeningsWithout到('根据阶段目标任务，在2024年内完成。', 2024)).toEqual([]);
  });
});

describe('lists sharing a verb, a value or a head (batch 18)', () => {
  it('分别: the measure the last item ends with is shared by the items before that name none', () => {
    expect(resp('铁路、水路货运周转量比2023年分别增长8%、10%左右')).toEqual([
      ['铁路货运周转量', 'growth', 8, '%'],
      ['水路货运周转量', 'growth', 10, '%'],
    ]);
    // An item naming a measure of its own keeps it; a last item that is only the measure shares nothing.
    expect(resp('铁路运量、水路货运周转量分别增长8%、10%')).toEqual([
      ['铁路运量', 'growth', 8, '%'],
      ['水路货运周转量', 'growth', 10, '%'],
    ]);
    expect(resp('铁路、周转量分别增长8%、10%')).toEqual([
      ['铁路', 'growth', 8, '%'],
      ['周转量', 'growth', 10, '%'],
    ]);
    expect(resp('铁路、水路分别增长8%、10%')).toEqual([
      ['铁路', 'growth', 8, '%'],
      ['水路', 'growth', 10, '%'],
    ]);
  });
  it('分别: a bare magnitude before the last value takes the last value’s unit', () => {
    expect(resp('集装箱海铁、江海河联运量分别突破250万、400万标箱')).toEqual([
      ['集装箱海铁联运量', 'min', 250, '万标箱'],
      ['江海河联运量', 'min', 400, '万标箱'],
    ]);
    // A magnitude the last unit does not start with stays as written.
    expect(resp('A、B分别突破250万、400亿元')).toEqual([
      ['A', 'min', 250, '万'],
      ['B', 'min', 400, '亿元'],
    ]);
    expect(resp('A、B分别达到25亿、40亿元')).toEqual([
      ['A', 'level', 25, '亿元'],
      ['B', 'level', 40, '亿元'],
    ]);
  });
  it('分别: a name opening with 城乡 / 进出口 and two values is one per kind', () => {
    expect(resp('城乡居民人均可支配收入分别增长6%、6.5%')).toEqual([
      ['城镇居民人均可支配收入', 'growth', 6, '%'],
      ['农村居民人均可支配收入', 'growth', 6.5, '%'],
    ]);
    expect(resp('进出口额分别增长6%、8%')).toEqual([
      ['进口额', 'growth', 6, '%'],
      ['出口额', 'growth', 8, '%'],
    ]);
    // Three values, another word, or the word not at the start: nothing.
    expect(resp('城乡居民收入分别增长6%、6.5%、7%')).toBeNull();
    expect(resp('居民收入分别增长6%、6.5%')).toBeNull();
    expect(resp('全县城乡居民收入分别增长6%、6.5%')?.map((r) => r[0])).toEqual(['城镇居民收入', '农村居民收入']);
    expect(resp('县域城乡居民收入分别增长6%、6.5%')).toBeNull();
    expect(resp('城乡分别增长6%、6.5%')).toBeNull();
  });
  it('分别: one measure and as many values as the kinds of the 分别 clause before takes those kinds', () => {
    expect(resp('流通腐损率分别降至12%、4%、5%以下', ['果蔬', '肉类', '水产品'])).toEqual([
      ['果蔬流通腐损率', 'max', 12, '%'],
      ['肉类流通腐损率', 'max', 4, '%'],
      ['水产品流通腐损率', 'max', 5, '%'],
    ]);
    expect(resp('流通腐损率分别降至12%、4%以下', ['果蔬', '肉类', '水产品'])).toBeNull();
    expect(resp('流通腐损率分别降至12%、4%、5%以下')).toBeNull();
    expect(gi('果蔬、肉类、水产品冷链流通率分别提高到20%、40%、55%以上，流通腐损率分别降至12%、4%、5%以下').map((r) => r[0])).toEqual([
      '果蔬冷链流通率',
      '肉类冷链流通率',
      '水产品冷链流通率',
      '果蔬流通腐损率',
      '肉类流通腐损率',
      '水产品流通腐损率',
    ]);
    // Only from the clause right before.
    expect(gi('果蔬、肉类、水产品冷链流通率分别提高到20%、40%、55%以上，港口吞吐量2亿吨，流通腐损率分别降至12%、4%、5%以下').map((r) => r[0])).toEqual([
      '果蔬冷链流通率',
      '肉类冷链流通率',
      '水产品冷链流通率',
      '港口吞吐量',
      '流通腐损率',
    ]);
  });
  it('the kinds of names sharing a tail of two characters at least, each kind one at least', () => {
    expect(kindsOf(['果蔬冷链流通率', '肉类冷链流通率', '水产品冷链流通率'])).toEqual(['果蔬', '肉类', '水产品']);
    expect(kindsOf(['甲地流通率', '乙区流通率'])).toEqual(['甲地', '乙区']);
    expect(kindsOf(['甲地流通率', '乙地流通率'])).toEqual(['甲', '乙']);
    expect(kindsOf(['A率', 'B率'])).toBeNull();
    expect(kindsOf(['铁路', '公路'])).toBeNull();
    expect(kindsOf(['甲乙率', '乙率'])).toBeNull();
    expect(kindsOf(['乙率', '甲乙率'])).toBeNull();
  });
  it('各 shares one value as 均 does; a work the items share starts with a word the tails know', () => {
    expect(sharedEachTargets('完成公路网、内河航道数字化改造各1000公里以上', 2027)?.map((r) => [r.name, r.target.kind, r.target.value, r.target.unit])).toEqual([
      ['公路网数字化改造', 'min', 1000, '公里'],
      ['内河航道数字化改造', 'min', 1000, '公里'],
    ]);
    expect(sharedEachTargets('建成公路网、内河航道数字化改造各1000公里', 2027)?.map((r) => r.name)).toEqual(['公路网数字化改造', '内河航道数字化改造']);
    // No shared work, 各 before a verb, or 各 opening the clause: nothing.
    expect(sharedEachTargets('公路网、内河航道各1000公里以上', 2027)).toBeNull();
    expect(sharedEachTargets('公路网、内河航道数字化改造各超1000公里', 2027)).toBeNull();
    expect(sharedEachTargets('各县、各市建成1000公里', 2027)).toBeNull();
    // The work must leave the last item two characters of its own.
    expect(sharedEachTargets('公路网、航数字化改造各1000公里', 2027)).toBeNull();
    // A measure known at the end is taken before a work.
    expect(sharedEachTargets('建成公路网、内河航道标准化里程均超1000公里', 2027)?.map((r) => r.name)).toEqual(['公路网里程', '内河航道标准化里程']);
  });
  it('counts of levels (国家级、省级) share what the last counts', () => {
    expect(gi('争创7个国家级、12个省级多式联运示范工程')).toEqual([
      ['国家级多式联运示范工程', '个', 'level', 7],
      ['省级多式联运示范工程', '个', 'level', 12],
    ]);
    expect(gi('打造3个5A级、10个4A级物流企业')).toEqual([
      ['5A级物流企业', '个', 'level', 3],
      ['4A级物流企业', '个', 'level', 10],
    ]);
    // The last item not of a level, or an item before not a level alone: as read.
    expect(gi('争创7个国家级、12个多式联运示范工程')).toEqual([
      ['国家级', '个', 'level', 7],
      ['多式联运示范工程', '个', 'level', 12],
    ]);
    expect(gi('争创7个国家级园区、12个省级多式联运示范工程')).toEqual([
      ['国家级园区', '个', 'level', 7],
      ['省级多式联运示范工程', '个', 'level', 12],
    ]);
  });
});

describe('what is counted (batch 18)', () => {
  it('a count of lines followed by their length is the count; the length is read past', () => {
    expect(rd('建设疏港铁路12条195公里')).toEqual([['疏港铁路', 'level', 12, '条']]);
    expect(rd('疏港铁路12条195公里、疏港公路8条183公里')).toEqual([
      ['疏港铁路', 'level', 12, '条'],
      ['疏港公路', 'level', 8, '条'],
    ]);
    expect(rd('高速公路11条408.5千米，航道1040公里')).toEqual([
      ['高速公路', 'level', 11, '条'],
      ['航道', 'level', 1040, '公里'],
    ]);
    expect(rd('高速公路11条408米')).toEqual([['高速公路', 'level', 11, '条']]);
    // A length running on into a phrase, or a measure not a count before it: no such pair.
    expect(rd('疏港铁路12条195公里长')).toEqual([]);
    expect(rd('冷库10万吨195公里')).toEqual([]);
  });
  it('verbs of making: 争创 and 形成 count what follows', () => {
    expect(rd('争创7个示范工程')).toEqual([['示范工程', 'level', 7, '个']]);
    expect(rd('形成3个一级节点')).toEqual([['一级节点', 'level', 3, '个']]);
  });
  it('a bracket closing what is counted glosses it; a count written N个 after 、 still ends the item', () => {
    expect(rd('形成3个大容量存储交易一级节点(以下简称一级节点)、20个区域性批发零售二级节点')).toEqual([
      ['大容量存储交易一级节点', 'level', 3, '个'],
      ['区域性批发零售二级节点', 'level', 20, '个'],
    ]);
    expect(rd('建设20个多式联运型物流园区（枢纽）')).toEqual([['多式联运型物流园区', 'level', 20, '个']]);
    expect(rd('形成3个一级节点、N个三级节点')).toEqual([['一级节点', 'level', 3, '个']]);
    // A 、 with no count after it joins kinds of one thing.
    expect(rd('形成3个一级节点、三级节点')).toEqual([]);
  });
  it('a share opening its clause with no verb is the share of what follows, not of a verb of doing', () => {
    expect(rd('70%以上县域商业迈入“增强型”方阵')).toEqual([['县域商业迈入“增强型”方阵', 'min', 70, '%']]);
    expect(rd('100%县域商业建设达到基本型')).toEqual([['县域商业建设达到基本型', 'level', 100, '%']]);
    expect(rd('力争70%以上县域商业迈入增强型')).toEqual([['县域商业迈入增强型', 'min', 70, '%']]);
    for (const c of ['100%完成改造任务', '100%达标', '100%覆盖行政村', '100%实现联网', '100%落实到位工作', '70%以上县域', '70%以上县域商业迈入增强型，其中', '提高到70%以上县域商业迈入增强型'])
      expect([c, rd(c)]).toEqual([c, []]);
    expect(rd('70%以上县域商业迈入增强型方阵并有10个示范县域商业体系')).toEqual([]);
  });
  it('a count after 超 / 逾, or after places closed by 等, counts what follows it to the end of the clause', () => {
    expect(goalClauseTarget('实施物流通道设施类、园区平台类四大类超100个重大项目', 2025)).toMatchObject({ name: '重大项目', target: { kind: 'min', value: 100, unit: '个' } });
    expect(goalClauseTarget('培育逾30家龙头企业', 2025)).toMatchObject({ name: '龙头企业', target: { kind: 'min', value: 30, unit: '家' } });
    expect(goalClauseTarget('开通湖北至国内及欧洲、东盟、东南亚等地20条以上多式联运精品线路', 2023)).toMatchObject({ name: '多式联运精品线路', target: { kind: 'min', value: 20, unit: '条' } });
    expect(goalClauseTarget('开通至东盟等地20条精品线路', 2023)).toMatchObject({ name: '精品线路', target: { kind: 'level', value: 20 } });
    expect(goalClauseTarget('开通东盟等20条精品线路', 2023)).toMatchObject({ name: '精品线路', target: { kind: 'level', value: 20 } });
    // Without 超 / 等, after a measure, or with more than a noun after it: as before.
    expect(goalClauseTarget('实施四大类100个重大项目', 2025)).toMatchObject({ name: '实施四大类' });
    expect(goalClauseTarget('企业超100家', 2025)).toMatchObject({ name: '企业', target: { kind: 'min', value: 100 } });
    expect(goalClauseTarget('冷库超100万吨库容', 2025)?.name).not.toBe('库容');
    expect(goalClauseTarget('实施四大类超100个重大项目，其中', 2025)?.name).not.toBe('重大项目');
    expect(goalClauseTarget('实施四大类超100个重大项目(一期)', 2025)?.name).not.toBe('重大项目(一期)');
  });
  it('超百 before a count word is 100', () => {
    expect(normaliseClause('实施超百个重大项目、逾百家企业')).toBe('实施超100个重大项目、逾100家企业');
    expect(normaliseClause('百个项目、超百亿元、超百年')).toBe('百个项目、超百亿元、超百年');
  });
  it('a measure with 以上 / 以下 before 的 and what it describes is a threshold, not a target; a count is not', () => {
    expect(goalClauseTarget('年货运量150万吨以上的物流园实现铁路互联互通', 2023)).toBeNull();
    expect(goalClauseTarget('能耗5吨以下的企业', 2023)).toBeNull();
    expect(goalClauseTarget('年货运量150万吨的物流园', 2023)).toMatchObject({ name: '年货运量' });
    expect(goalClauseTarget('全市拥有5个以上的国家级物流枢纽', 2023)).toMatchObject({ name: '国家级物流枢纽', target: { kind: 'min', value: 5 } });
    expect(goalClauseTarget('冷库容量达到150万吨以上', 2023)).toMatchObject({ name: '冷库容量', target: { kind: 'min', value: 150 } });
  });
  it('a count of those who do something: one character and a bracket gloss may be what is counted', () => {
    expect(goalClauseTarget('争取60个以上县(市、区)纳入国家级县域商业建设行动试点县', 2025)).toMatchObject({
      name: '纳入国家级县域商业建设行动试点县的县',
      target: { kind: 'min', value: 60, unit: '个' },
    });
    expect(goalClauseTarget('争取60个县纳入试点县', 2025)).toMatchObject({ name: '纳入试点县的县', target: { kind: 'level', value: 60 } });
  });
});

describe('names (batch 18)', () => {
  it('a horizon opening a name goes with the scope after it', () => {
    expect(stripSubject('到2025年全省物流业增加值')).toBe('物流业增加值');
    expect(stripSubject('至2025年底物流业增加值')).toBe('物流业增加值');
    expect(stripSubject('到 2025 年末物流')).toBe('物流');
    expect(stripSubject('到2025年全省')).toBe('到2025年全省');
    expect(stripSubject('到期物流业增加值')).toBe('到期物流业增加值');
    expect(gi('力争到2025年全省物流业增加值达8800亿元', 2025)).toEqual([['物流业增加值', '亿元', 'level', 8800]]);
  });
  it('an abbreviation in brackets before 的 glosses the words before it', () => {
    expect(gi('社会物流总费用与国内生产总值(GDP)的比率降至13%左右')).toEqual([['社会物流总费用与国内生产总值的比率', '%', 'max', 13]]);
    expect(gi('社会物流总费用与国内生产总值（GDP）的比率降至13%')).toEqual([['社会物流总费用与国内生产总值的比率', '%', 'max', 13]]);
    // Not where the name runs on without 的, nor a bracket of other words.
    expect(gi('地区生产总值(GDP)总量达到5000亿元')).toEqual([['地区生产总值(GDP)总量', '亿元', 'level', 5000]]);
    expect(gi('保税物流中心(B型)的进出口额达到50亿元')).toEqual([['保税物流中心(B型)的进出口额', '亿元', 'level', 50]]);
    expect(gi('总费用与生产总值(G)的比率降至13%')).toEqual([['总费用与生产总值(G)的比率', '%', 'max', 13]]);
  });
  it('a rank with no name is that of the measure the clause before says is to change', () => {
    expect(gi('全省社会物流总费用占GDP的比例进一步下降，力争进入全国前7位')).toEqual([['社会物流总费用占GDP的比例', '位', 'max', 7]]);
    expect(gi('物流业排名进一步提升，跻身全国前10名')).toEqual([['物流业排名', '名', 'max', 10]]);
    expect(gi('物流效率提高，位居全省前3位')).toEqual([['物流效率', '位', 'max', 3]]);
    // No clause before, a clause with a number of its own, or one saying no change: no name.
    expect(gi('力争进入全国前7位')).toEqual([]);
    expect(gi('港口吞吐量2亿吨，进入全国前7位')).toEqual([['港口吞吐量', '亿吨', 'level', 2]]);
    expect(gi('物流成本明显，力争进入全国前7位')).toEqual([]);
    expect(gi('成本下降，力争进入全国前7位')).toEqual([]);
  });
  it('a sum 涉及 (involved) after things counted is their total', () => {
    expect(gi('实施四大类超百个重大项目，涉及总投资超6000亿元')).toEqual([
      ['重大项目', '个', 'min', 100],
      ['重大项目总投资', '亿元', 'min', 6000],
    ]);
    expect(gi('涉及总投资超6000亿元')).toEqual([['涉及总投资', '亿元', 'min', 6000]]);
  });
});

describe('what is no target (batch 18)', () => {
  it('a distance or time within which a phrase goes on is a radius of service', () => {
    expect(gi('满足城市居民2公里以内、农村居民5公里以内采购冷鲜食品需求')).toEqual([]);
    expect(gi('满足居民15分钟以下步行购物需要')).toEqual([]);
    // A time to do (送达 …), or nothing after the distance: a target.
    expect(gi('市域配送1小时以内送达')).toEqual([['市域配送送达', '小时', 'max', 1]]);
    expect(gi('城市配送2小时以内')).toEqual([['城市配送', '小时', 'max', 2]]);
    expect(gi('城市居民2公里以内')).toEqual([['城市居民', '公里', 'level', 2]]);
    // Only targets of distance or time go; three characters after are no phrase.
    expect(gi('冷库达到10万吨、居民2公里以内采购需')).toEqual([['冷库', '万吨', 'level', 10], ['居民', '公里', 'level', 2]]);
    expect(gi('冷库达到10万吨、居民2公里以内采购冷鲜食品')).toEqual([['冷库', '万吨', 'level', 10]]);
  });
  it('a coverage in quotes among slogans is a slogan', () => {
    expect(gi('实现肉类、果蔬等商品冷链物流“全覆盖”，行业管理“全链条”')).toEqual([]);
    expect(gi('实现行政村快递服务全覆盖')).toEqual([['行政村快递服务', '', 'coverage', null]]);
  });
  it('a responsibility bracket the copy cut off before it closes names no unit', () => {
    const units = (t: string) => unitsOfText(t).units.map((u) => u.name);
    expect(units('城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农')).toEqual([]);
    expect(units('城乡居民收入同步。[牵头单位:县发改局(粮食局);责任单位:县农业农')).toEqual([]);
    expect(units('城乡居民收入同步。（ 牵头单位:县发改局、县农业农村局')).toEqual([]);
    expect(units('城乡居民收入同步。〔牵头单位:县发改局、县农业农村局')).toEqual([]);
    expect(units('城乡居民收入同步。【牵头单位:县发改局、县农业农村局')).toEqual([]);
    // Closed, not opened by a bracket, or a line follows: read.
    expect(units('城乡居民收入同步。[牵头单位:县发改局、县农业农村局]')).toEqual(['县发改局', '县农业农村局']);
    expect(units('城乡居民收入同步。牵头单位:县发改局、县农业农村局')).toEqual(['县发改局', '县农业农村局']);
    expect(units('城乡居民收入同步。[牵头单位:县发改局、县农业农村局\n下一行')).toEqual(['县发改局', '县农业农村局']);
    expect(units('城乡居民收入同步。[ 牵头单位:县发改局、县农业农村局;责任单位:县财政局]')).toEqual(['县发改局', '县农业农村局', '县财政局']);
  });
});

describe('edges of batch 18’s rules (mutation run)', () => {
  it('a length after a count is read past only right after it, with its decimals', () => {
    expect(rd('疏港铁路12条195.55公里')).toEqual([['疏港铁路', 'level', 12, '条']]);
    expect(rd('疏港铁路12条长195公里')).toEqual([]);
  });
  it('only a bracket closing what is counted is a gloss', () => {
    expect(rd('建成3个冷库（二期）站点')).toEqual([]);
  });
  it('a share opening its clause: only with no name before it, a share, a verb of doing only at the start', () => {
    expect(rd('70%以上县域商业实现增强型')).toEqual([['县域商业实现增强型', 'min', 70, '%']]);
    expect(rd('70个以上县域商业迈入增强型方阵')).toEqual([]);
    expect(rd('物流园区70%以上县域商业迈入增强型')).toEqual([]);
  });
  it('a coverage is a slogan only where its quote opens right before it', () => {
    expect(gi('实现“快递进村”工程快递服务全覆盖')).toEqual([['“快递进村”工程快递服务', '', 'coverage', null]]);
  });
  it('a count after 超 / 逾 / 等: those words only right before it, what follows only to the end', () => {
    expect(goalClauseTarget('超市超过100个门店', 2025)).toBeNull();
    expect(goalClauseTarget('实施四大类超100个重大项目(一期)', 2025)?.name).not.toBe('重大项目');
  });
  it('a threshold: 以上 / 以下 and 的 right after the number', () => {
    expect(goalClauseTarget('冷库容量达到150万吨满足以下的需求', 2023)).toMatchObject({ name: '冷库容量' });
    expect(goalClauseTarget('等级以上航道1040公里的航道网', 2023)).toMatchObject({ name: '等级以上航道' });
  });
  it('分别: decimals of each value; pairs only for one name; the shared measure only where no tail was found', () => {
    expect(resp('A、B分别增长6.55%、7.25%')).toEqual([
      ['A', 'growth', 6.55, '%'],
      ['B', 'growth', 7.25, '%'],
    ]);
    expect(resp('城乡居民收入、GDP分别增长6%、7%')?.map((r) => r[0])).toEqual(['城乡居民收入', 'GDP']);
    expect(resp('A率、B率分别达到5%、6%', ['甲', '乙'])?.map((r) => r[0])).toEqual(['A率', 'B率']);
    expect(resp('公路、水路物流业务量分别增长5%、6%')?.map((r) => r[0])).toEqual(['公路物流业务量', '水路物流业务量']);
    expect(resp('铁路运量、水路、航空货运量分别增长1%、2%、3%')?.map((r) => r[0])).toEqual(['铁路运量', '水路', '航空货运量']);
    expect(resp('铁路、水路运量、航空货运量分别增长1%、2%、3%')?.map((r) => r[0])).toEqual(['铁路', '水路运量', '航空货运量']);
  });
  it('各: the shared work from the shortest item’s length on, to two characters before the end', () => {
    expect(sharedEachTargets('公路、铁路干线网、航道网数字化改造各1000公里', 2027)?.map((r) => r.name)).toEqual(['公路数字化改造', '铁路干线网数字化改造', '航道网数字化改造']);
    expect(sharedEachTargets('铁路干线网、公路、航道网数字化改造各1000公里', 2027)?.map((r) => r.name)).toEqual(['铁路干线网数字化改造', '公路数字化改造', '航道网数字化改造']);
    expect(sharedEachTargets('铁路干线网、航道数字化改造各1000公里', 2027)).toBeNull();
    expect(sharedEachTargets('公路网、内河道数字化改造各1000公里', 2027)?.map((r) => r.name)).toEqual(['公路网数字化改造', '内河道数字化改造']);
    expect(sharedEachTargets('公路网、内河航道物流各100亿元', 2027)?.map((r) => r.name)).toEqual(['公路网物流', '内河航道物流']);
  });
  it('examples: only where no other opening was found, after a space too, of a year written before them', () => {
    expect(goalOpenings('主要目标：港口吞吐量达到5亿吨。有明确的目标计划。比如，集装箱航线35条', '2021年', null)).toHaveLength(1);
    expect(goalOpenings('有明确的目标计划。 比如，洋浦全港年吞吐量突破7000万吨', '', 2020)).toEqual([{ at: 13, year: 2020 }]);
    expect(goalOpenings('有明确的目标计划。比如，到2030年吞吐量突破7000万吨', '2021年', null)[0]).toEqual({ at: 12, year: 2021 });
  });
  it('stages: a year written with a space, stages at the start, no year before them', () => {
    expect(yearOpeningsWithout到('根据阶段目标任务，2024 年，70%以上。', 2024)).toEqual([{ at: 9, year: 2024 }]);
    expect(yearOpeningsWithout到('目前，2024年，完成任务。根据阶段目标任务，2025年，100%。', 2024)).toEqual([{ at: 23, year: 2025 }]);
    expect(yearOpeningsWithout到('阶段目标任务，2024年，70%以上。', 2024)).toEqual([{ at: 7, year: 2024 }]);
  });
  it('levels share a head only when every item before is a level', () => {
    expect(gi('争创7个国家级、3个示范园区、12个省级多式联运示范工程').map((r) => r[0])).toEqual(['国家级', '示范园区', '省级多式联运示范工程']);
  });
  it('kinds: a tail of exactly two characters', () => {
    expect(kindsOf(['甲地通率', '乙区通率'])).toEqual(['甲地', '乙区']);
  });
  it('a radius of service also with white space after the clause', () => {
    expect(gi('满足城市居民2公里以内、农村居民5公里以内采购冷鲜食品需求 ')).toEqual([]);
  });
});
