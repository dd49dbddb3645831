// Indicator names of the development set, batches 22–24 (branch t22n): each rule is a pattern met in
// at least two documents of different sources, or a general form of the language, pinned here with
// short snippets of the fixtures, variants written for the test (in no fixture) and cases the rule
// must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { listedMeasureTargets, sectionGoalYear, undatedGoalOpenings, wholeYearTargets } from '../../src/domain/document/indicators';

const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.targets[0].value, i.targets[0].year]);

describe('a paragraph under a heading naming the goals, with no opening of its own', () => {
  // hechengqu-badaxingdong-2024: dashed paragraphs under 一、主要目标, no year on most targets.
  const hecheng = [
    '怀化市鹤城区实施“八大行动”总体方案',
    '一、主要目标',
    '——产业培育加力提速。推动全区产业集群集聚发展,第一产业增加值增长4.5%;规模工业增加值增长8.5%。',
    '——需求潜力有效激发。实现社会消费品零售总额增长7.5%。力争2024年全区实现外贸进出口总额增长80%以上。',
    '二、重点任务',
  ].join('\n');
  // wuhan-yian-2021: a plain paragraph under 一、工作目标, its year opening a sentence.
  const wuhan = [
    '一、工作目标',
    '以习近平新时代中国特色社会主义思想为指导,……构建强大消费市场。2021年,实现全市社会消费品零售总额增幅15%;电商交易额增幅15%以上;新增品牌连锁便利店400家以上。',
    '二、主要任务',
  ].join('\n');

  it('reads every target under the heading (the dashed paragraphs; the year the section writes)', () => {
    expect(names(hecheng).map((n) => n[0])).toEqual(['第一产业增加值', '规模工业增加值', '社会消费品零售总额', '全区实现外贸进出口总额']);
    expect(names(hecheng).map((n) => n[2])).toEqual([2024, 2024, 2024, 2024]);
  });

  it('reads a plain paragraph, of the year opening its sentence', () => {
    expect(names(wuhan).map((n) => [n[1], n[2]])).toEqual([[15, 2021], [15, 2021], [400, 2021]]);
    expect(names(wuhan)[0][0]).toContain('社会消费品零售总额');
  });

  it('variants: 发展目标 / 预期目标 headings, a plain paragraph of the plan title\'s year', () => {
    const v1 = ['关于2025年全县商贸流通工作的实施意见', '一、发展目标', '全县快递业务量增长12%,新建村级寄递服务站30个以上。', '二、重点任务', '(一)加快站点建设。'].join('\n');
    expect(names(v1)).toEqual([['快递业务量', 12, 2025], ['村级寄递服务站', 30, 2025]]);
    const v2 = ['2024年工作要点', '(一)预期目标', '——开放水平明显提高。外贸进出口总额增长6%左右。', '(二)重点工作'].join('\n');
    expect(names(v2).map((n) => n[0])).toEqual(['外贸进出口总额']);
  });

  it('leaves alone: a paragraph reporting what was done, a paragraph with no number, text under other headings', () => {
    const done = ['一、主要目标', '截至2023年底,全县已建成村级寄递服务站120个。', '二、重点任务'].join('\n');
    expect(names(done)).toEqual([]);
    const noNumber = ['一、主要目标', '——产业培育加力提速。推动全区产业集群集聚发展,产业规模稳步扩大。', '二、重点任务'].join('\n');
    expect(names(noNumber)).toEqual([]);
    const other = ['一、发展基础', '全县快递业务量增长12%,建成村级寄递服务站30个。', '二、保障措施'].join('\n');
    expect(names(other)).toEqual([]);
  });

  it('the year: a sentence\'s own, the document\'s for 今年, the heading\'s, the latest before, the document\'s, the section\'s, else no goal', () => {
    expect(sectionGoalYear('……。2021年,实现A增长5%。', '工作目标', '2020年方案', '', 2019)).toBe(2021);
    expect(sectionGoalYear('2022年,实现A增长5%。', '2023年目标', '', '', null)).toBe(2022);
    expect(sectionGoalYear('今年,A增长5%。', '2023年目标', '2023年方案', '', 2024)).toBe(2024);
    expect(sectionGoalYear('今年,A增长5%。', '2023年目标', '2023年方案', '', null)).toBeNull();
    expect(sectionGoalYear('A增长5%。', '2023年主要目标', '2020年方案', '', 2019)).toBe(2023);
    expect(sectionGoalYear('A增长5%。', '主要目标', '2019年…2020年方案', '', 2018)).toBe(2020);
    expect(sectionGoalYear('A增长5%。', '主要目标', '方案', '力争2024年B', 2018)).toBe(2018);
    expect(sectionGoalYear('A增长5%。', '主要目标', '方案', '……力争2024年B增长8%', null)).toBe(2024);
    expect(sectionGoalYear('A增长5%。', '主要目标', '方案', '', null)).toBeNull();
    expect(sectionGoalYear('全市已建成A站5个。', '主要目标', '', '', 2020)).toBeNull();
    expect(sectionGoalYear('“十三五”以来A增长5%。', '主要目标', '', '', 2020)).toBeNull();
    expect(sectionGoalYear('截止去年A达5个。', '主要目标', '', '', 2020)).toBeNull();
    expect(sectionGoalYear('截至去年A达5个。', '主要目标', '', '', 2020)).toBeNull();
    // (A year inside a sentence is not the paragraph's: 较2020年增长 is a base.)
    expect(sectionGoalYear('A较2020年增长5%。', '主要目标', '', '', 2022)).toBe(2022);
  });

  it('only the first paragraph stating a target opens the goal; those after it continue it or not as before', () => {
    const t = ['2025年物流工作方案', '一、主要目标', 'A货运量增长5%。', '2020年,全市冷库达到10座。', '二、重点任务'].join('\n');
    expect(names(t).map((n) => n[0])).toEqual(['A货运量']);
    expect(names(t.replace('A货运量增长5%。', '推动物流业高质量发展。')).map((n) => n[0])).toEqual(['冷库']);
  });
});

describe('a table of targets beside what was done (a report on a plan)', () => {
  // xuhui-jihuabaogao-2020: one cell per line, 指标 / 年度目标 / 全年完成预计.
  const xuhui = [
    '表12020年徐汇区国民经济和社会发展主要目标完成情况',
    '指标', '年度目标', '全年完成预计',
    '地区生产总值', '增长6%左右', '增长2.5%左右',
    '规模以上工业总产值', '550亿元以上', '630亿元',
    '合同利用外资', '12.5亿美元', '13亿',
  ].join('\n\n');

  it('reads the targets, not what was done', () => {
    expect(names(xuhui).map((n) => [n[0], n[1]])).toEqual([['地区生产总值', 6], ['规模以上工业总产值', 550], ['合同利用外资', 12.5]]);
  });

  it('variants: 实际完成 / 执行情况 / 完成值 columns, a row-per-line table', () => {
    for (const done of ['实际完成', '执行情况', '上半年完成', '预计完成']) {
      const t = ['指标', '2024年目标', done, '快递业务量', '增长10%', '增长8%', '冷库库容', '50万吨', '46万吨'].join('\n');
      expect(names(t).map((n) => [n[0], n[1]])).toEqual([['快递业务量', 10], ['冷库库容', 50]]);
    }
    expect(names('指标\t年度目标\t完成情况\n快递业务量\t增长10%\t增长8%').map((n) => [n[0], n[1]])).toEqual([['快递业务量', 10]]);
  });

  it('leaves alone: a deadline column (完成时限) or a column of anything else is no header', () => {
    expect(names(['指标', '年度目标', '完成时限', '快递业务量', '增长10%', '年底前'].join('\n'))).toEqual([]);
    expect(names(['指标', '年度目标', '工作进展', '快递业务量', '增长10%', '增长8%'].join('\n'))).toEqual([]);
  });
});

describe('the year a text names as its stage (YYYY年是…之年)', () => {
  // haikou-zhengfugongzuo-2026: a news report of a work report, no date in the text; 今年 is 2026.
  const haikou = [
    '本报讯 2026年是“十五五”开局之年,也是海南自由贸易港全面实施封关运作开局之年。',
    '今年,海口市将充分释放政策红利。用足用好放宽市场准入特别措施,力争实际使用外资增长10%。',
  ].join('\n');

  it('takes it for the document\'s year, so 今年 is that year', () => {
    expect(names(haikou)).toEqual([['实际使用外资', 10, 2026]]);
  });

  it('variants: 收官之年 / 关键之年, the first such sentence', () => {
    expect(names('2025年是“十四五”规划的收官之年。今年,全县将新建冷库5座。')).toEqual([['冷库', 5, 2025]]);
    expect(names('2024年是实现“十四五”规划目标任务的关键之年,2023年是开局之年。今年,全市将新增快递网点20个。').map((n) => n[2])).toEqual([2024]);
  });

  it('leaves alone: a year not named as a stage (2026年是…的一年) gives no year, and 今年 then opens nothing', () => {
    expect(names('2026年是极不平凡的一年。今年,海口市将力争实际使用外资增长10%。')).toEqual([]);
  });
});

describe('a task\'s sentence setting the whole year\'s figure (全年 / 年度)', () => {
  // jingan-zhongdiangongzuo-2020: the year's work items, numbered (一)(二) in one line.
  const jingan = [
    '2020年区政府重点工作目标安排',
    '一、推动区域发展规划实施',
    '(一)开展区“十四五”规划编制。(二)深入推进落实“一轴三带”发展战略。',
    '二、推动区域经济高质量发展',
    '(一)实现全年区级一般公共预算收入同比增长1%。(二)实现年度社会消费品零售总额达到800亿元人民币。(三)优化企业服务三级网络工作机制,加强街镇企业服务工作。',
  ].join('\n');
  // wuhan-jiaotongyaodian-2022: a numbered task with its work first.
  const wuhan = [
    '2022年交通运输工作要点',
    '一、大力完善经济枢纽功能',
    '5.研究实施交通重大项目建设三年行动,稳投资、抓项目、促发展。力争完成年度投资536亿元。',
    '6.建成武大高速、武阳高速、硚孝高速二期等项目。',
  ].join('\n');

  it('reads the year\'s figures of the plan\'s year, and nothing of the work around them', () => {
    expect(names(jingan)).toEqual([['全年区级一般公共预算收入', 1, 2020], ['年度社会消费品零售总额', 800, 2020]]);
    expect(names(wuhan)).toEqual([['年度投资', 536, 2022]]);
  });

  it('variants: 全年 after a verb of intent, after a long clause of work, in a task with units', () => {
    expect(names(['2023年工作要点', '1.加快项目建设。确保全年新开工项目30个以上。(县发改局牵头)', '2.抓好招商引资。'].join('\n'))).toEqual([['全年新开工项目', 30, 2023]]);
    expect(wholeYearTargets('围绕五大主导产业加快科技创新全年争取科技项目突破30项')).toEqual([[14, 27]]);
    expect(wholeYearTargets('(四)加强运行调度,年度货运量达到1亿吨;其余照常。')).toEqual([[10, 20]]);
  });

  it('leaves alone: the year\'s plan or tasks named (年度目标 / 全年工作), a figure reported (已 / 了), no number', () => {
    expect(wholeYearTargets('确保完成年度目标任务3项。')).toEqual([]);
    expect(wholeYearTargets('全年工作要点共25条。')).toEqual([]);
    expect(wholeYearTargets('全年已完成投资536亿元。')).toEqual([]);
    expect(wholeYearTargets('全年完成了投资536亿元。')).toEqual([]);
    expect(wholeYearTargets('全年加强运行调度。')).toEqual([]);
    expect(names(['2023年工作要点', '1.加快项目建设,新开工项目30个以上。(县发改局牵头)', '2.抓好招商引资。'].join('\n'))).toEqual([]);
  });
});

describe('a title line naming the goals with no number', () => {
  // jinhua-kaifaqu-2024: a newspaper page, 2024年目标任务 on a line of its own over the targets.
  const jinhua = ['浙江日报 数字报纸', '2024年目标任务', '实现GDP增速6.2%以上;规上工业总产值增长20%以上,规上工业增加值增长9%左右;全社会消费品零售总额增长6%以上。'].join('\n');

  it('heads the paragraph after it as a numbered goal heading would', () => {
    expect(names(jinhua)).toEqual([['GDP增速', 6.2, 2024], ['规上工业总产值', 20, 2024], ['规上工业增加值', 9, 2024], ['全社会消费品零售总额', 6, 2024]]);
  });

  it('variants: 主要目标： / 发展目标 titles, the year from the title before', () => {
    expect(names(['2025年冷链物流工作方案', '主要目标：', '冷库库容增长10%,冷藏车保有量达到500辆。'].join('\n'))).toEqual([['冷库库容', 10, 2025], ['冷藏车保有量', 500, 2025]]);
    expect(names(['2023年工作要点', '发展目标', '全县快递业务量增长12%。'].join('\n')).map((n) => n[0])).toEqual(['快递业务量']);
  });

  it('leaves alone: a title that is a sentence or names no goal, and the paragraph after the next one', () => {
    expect(names(['2024年发展成效', '全县快递业务量增长12%。'].join('\n'))).toEqual([]);
    expect(names(['2024年,围绕主要目标', '全县快递业务量增长12%。'].join('\n'))).toEqual([]);
    expect(names(['2024年目标任务', '推动物流业高质量发展。', '全县快递业务量增长12%。'].join('\n'))).toEqual([]);
  });
});

describe('whole measures listed before one verb and value', () => {
  it('each takes the value: 均 (jinhua-kaifaqu-2024) or not (guangdong-zhusanjiao-2014)', () => {
    expect(listedMeasureTargets('固定资产投资、工业投资、服务业投资均增长12%左右', 2024)?.map((r) => [r.name, r.target.value])).toEqual([['固定资产投资', 12], ['工业投资', 12], ['服务业投资', 12]]);
    expect(listedMeasureTargets('社会物流总额和物流业增加值年均增长10%以上', 2017)?.map((r) => [r.name, r.target.value])).toEqual([['社会物流总额', 10], ['物流业增加值', 10]]);
    expect(names('到2017年,社会物流总额和物流业增加值年均增长10%以上,社会物流总费用占GDP比重下降到14.5%。').map((n) => n[0])).toEqual(['社会物流总额', '物流业增加值', '社会物流总费用占GDP比重']);
  });

  it('variants: 及 / 与, a level (达到), the opening words of the first item', () => {
    expect(listedMeasureTargets('进口额及出口额均达到500亿元', 2025)?.map((r) => r.name)).toEqual(['进口额', '出口额']);
    expect(listedMeasureTargets('实现快递业务量与邮政业务收入同比增长8%', 2025)?.map((r) => r.name)).toEqual(['快递业务量', '邮政业务收入']);
    expect(listedMeasureTargets('全市港口吞吐量和集装箱吞吐量突破3亿吨', 2025)?.map((r) => r.name)).toEqual(['港口吞吐量', '集装箱吞吐量']);
  });

  it('leaves alone: kinds sharing one measure, a single measure, an item that is no measure', () => {
    expect(listedMeasureTargets('货物、服务进出口总额增长10%以上', 2026)).toBeNull();
    expect(listedMeasureTargets('批发和零售业增加值增长6%', 2026)).toBeNull();
    expect(listedMeasureTargets('社会消费品零售总额增长6%', 2026)).toBeNull();
    expect(listedMeasureTargets('冷库和冷藏车增长10%', 2026)).toBeNull();
    expect(listedMeasureTargets('固定资产投资、工业投资', 2026)).toBeNull();
  });
});

describe('计划 before a verb of making states intent, as 力争 / 确保 do', () => {
  // xian-gangwuqu-2023-trad (simplified here): a press report with no year in the text, the plan's
  // targets after 计划.
  const xian = '3月22日,记者从新闻发布会上获悉:今年以来,港务区持续扩大班列优势。在招商引资方面,计划引进制造企业20家,引进国际物流、跨境电商、直播企业100家以上,打造千亿级临港产业集群。';

  it('opens a goal (no year: none is written) and reads its counts', () => {
    expect(names(xian)).toEqual([['引进制造企业', 20, null], ['引进国际物流、跨境电商、直播企业', 100, null]]);
  });

  it('variants: 计划新建 / 计划培育 / 计划年内完成', () => {
    expect(names('会上介绍,全县计划新建冷库5座。').map((n) => n[1])).toEqual([5]);
    expect(names('下一步,计划培育龙头企业10家以上。').map((n) => n[1])).toEqual([10]);
    expect(names('下一步,计划年内完成改造站点30个。').map((n) => n[1])).toEqual([30]);
  });

  it('leaves alone: 计划 as a noun (计划总投资 / 计划单列市), a sentence with a year, a document with dated goals', () => {
    expect(undatedGoalOpenings('项目,计划总投资25亿元。', null)).toEqual([]);
    expect(undatedGoalOpenings('青岛是计划单列市,有港口5个。', null)).toEqual([]);
    expect(undatedGoalOpenings('会上,计划引进企业20家。', null)).toEqual([{ at: 3, year: null, end: 12 }]);
    expect(undatedGoalOpenings('会上,计划引进企业20家。', null, false)).toEqual([]);
    expect(undatedGoalOpenings('2022年,计划引进企业20家。', null)).toEqual([]);
    expect(names('到2025年,冷库库容达到50万吨。\n会上介绍,计划引进企业20家。').map((n) => n[0])).toEqual(['冷库库容']);
  });
});

describe('a unit of transport work (吨公里 / 人公里) is one unit', () => {
  it('reads 324亿吨公里 as the target of the turnover, not 324亿吨 of a thing named 公里 (suzhou-anhui-jiaotong-2022)', () => {
    const t = '2022年交通运输主要发展目标是:综合运输周转量计划完成324亿吨公里。';
    expect(parseDocument(t).indicators.map((i) => [i.name, i.unit, i.targets[0].value])).toEqual([['综合运输周转量计划完成', '亿吨公里', 324]]);
  });

  it('variants: 万吨公里 / 亿人公里 with a verb of reaching', () => {
    expect(parseDocument('到2025年,水路货运周转量达到1200万吨公里。').indicators.map((i) => [i.name, i.unit])).toEqual([['水路货运周转量', '万吨公里']]);
    expect(parseDocument('到2025年,旅客周转量突破500亿人公里。').indicators.map((i) => [i.name, i.unit])).toEqual([['旅客周转量', '亿人公里']]);
  });

  it('leaves alone: 吨 and 公里 apart', () => {
    expect(parseDocument('到2025年,货运量达到500万吨,公路里程达到300公里。').indicators.map((i) => i.unit)).toEqual(['万吨', '公里']);
  });
});

describe('the edges of the development set\'s rules (mutation testing, branch t22n)', () => {
  const goals = (text: string) => parseDocument(text).goals.map((g) => [g.year, g.text]);

  it('a header of what was done is the whole cell (一至十一月累计完成 is none)', () => {
    expect(names(['指标', '年度目标', '一至十一月累计完成', '快递业务量', '增长10%', '增长8%'].join('\n'))).toEqual([]);
  });

  it('listed measures: spaces, decimals, the clause\'s edges, items of two characters, a scope inside the list', () => {
    const read = (c: string) => listedMeasureTargets(c, 2024)?.map((r) => [r.name, r.target.value]) ?? null;
    expect(read(' 固定资产投资、工业投资均增长12%')).toEqual([['固定资产投资', 12], ['工业投资', 12]]);
    // (A space before the number is not read by the clause reader either.)
    expect(read('固定资产投资、工业投资均增长 12%')).toBeNull();
    expect(read('固定资产投资、工业投资均增长12.25%')).toEqual([['固定资产投资', 12.25], ['工业投资', 12.25]]);
    expect(read('固定资产投资、工业投资均增长12 %左右')).toEqual([['固定资产投资', 12], ['工业投资', 12]]);
    expect(read('产值和增加值均增长5%')).toEqual([['产值', 5], ['增加值', 5]]);
    expect(read('额和增加值均增长5%')).toBeNull();
    expect(read('实现全年固定资产投资、工业投资均增长12%')).toEqual([['固定资产投资', 12], ['工业投资', 12]]);
    expect(read('港口全年吞吐量和集装箱吞吐量均增长5%')).toEqual([['港口全年吞吐量', 5], ['集装箱吞吐量', 5]]);
    // A scope inside the list (…和全市工业投资) is no part of this form.
    expect(read('固定资产投资和全市工业投资均增长12%')).toBeNull();
    // Over sixty characters before the verb: not one list.
    expect(read(`${'推动经济发展'.repeat(10)}固定资产投资、工业投资均增长12%`)).toBeNull();
    expect(read('固定资产投资、工业投资均增长12%,其中3')).toBeNull();
  });

  it('计划 and the horizon after 力争: characters between, a year without 年', () => {
    expect(undatedGoalOpenings('会上,计划年内完成改造站点30个。', null)).toEqual([{ at: 3, year: null, end: 16 }]);
    for (const v of ['引进', '新建', '建成', '建设', '培育', '打造', '新增', '开通', '实施', '完成']) expect([v, undatedGoalOpenings(`会上,计划${v}站点30个。`, null).length]).toEqual([v, 1]);
    expect(undatedGoalOpenings('会上,力争到2025建成冷库10座。', null)).toEqual([]);
    expect(undatedGoalOpenings('会上,力争到 2025建成冷库10座。', null)).toEqual([]);
  });

  it('the section\'s year with spaces in it', () => {
    expect(sectionGoalYear('……。 2021 年,实现A增长5%。', '工作目标', '', '', null)).toBe(2021);
    expect(sectionGoalYear('A增长5%。', '2023 年主要目标', '', '', null)).toBe(2023);
    expect(sectionGoalYear('A增长5%。', '主要目标', '2020 年方案', '', null)).toBe(2020);
    expect(sectionGoalYear('A增长5%。', '主要目标', '方案', '力争2024 年B增长8%', null)).toBe(2024);
  });

  it('a whole year\'s clause: where it starts, its item number, the work before it', () => {
    expect(wholeYearTargets('全年新开工项目30个。')).toEqual([[0, 10]]);
    expect(wholeYearTargets('加强运行调度,确保全年货运量达到1亿吨。')).toEqual([[7, 19]]);
    expect(wholeYearTargets('推进物流发展全年货运量达到1亿吨。')).toEqual([[0, 16]]);
    expect(wholeYearTargets('推进物流体系发展全年货运量达到1亿吨。')).toEqual([[8, 18]]);
    expect(wholeYearTargets('(十二)实现全年货运量1亿吨。')).toEqual([[4, 14]]);
    expect(wholeYearTargets('12.实现全年货运量1亿吨。')).toEqual([[3, 13]]);
    expect(wholeYearTargets('一、实现全年货运量1亿吨。')).toEqual([[0, 12]]);
    // The year's work named, a word or two between (全年重点工作 / 年度考核任务): no figure of the year.
    expect(wholeYearTargets('全年重点工作完成10项。')).toEqual([]);
    expect(wholeYearTargets('年度绩效考核得分90分。')).toEqual([]);
  });

  it('a whole year\'s clause in a task: the year written last before it (not the page\'s, not one after), the clause\'s text', () => {
    const t = ['2019-03-05', '2020年区政府重点工作目标安排', '一、推动经济发展', '(一)实现全年区级一般公共预算收入同比增长1%。', '二、2025年远景', '(一)加快发展。'].join('\n');
    expect(goals(t)).toEqual([[2020, '实现全年区级一般公共预算收入同比增长1%']]);
  });

  it('a goal section: the section the line is in, a goal before the section, no year found anywhere before or in it', () => {
    const two = ['一、2023年主要目标', '推动物流业高质量发展。', '二、2025年发展目标', 'A货运量增长5%。', '三、重点任务'].join('\n');
    expect(names(two)).toEqual([['A货运量', 5, 2025]]);
    const lead = ['到2025年,冷库达到10座。', '一、主要目标', 'A货运量增长5%。', '二、重点任务'].join('\n');
    expect(names(lead).map((n) => n[0])).toEqual(['冷库', 'A货运量']);
    const later = ['物流工作方案', '一、主要目标', 'A货运量增长5%。', '二、重点任务', '1.2030年前完成改造。'].join('\n');
    expect(names(later)).toEqual([]);
    const titled = ['物流工作方案', '主要目标', 'A货运量增长5%。', '其他事项', '2030年前完成改造。'].join('\n');
    expect(names(titled)).toEqual([]);
  });

  it('a stage year with a space (2026 年是…之年)', () => {
    expect(names('2026 年是“十五五”开局之年。\n今年,海口市将力争实际使用外资增长10%。').map((n) => n[2])).toEqual([2026]);
  });
});
