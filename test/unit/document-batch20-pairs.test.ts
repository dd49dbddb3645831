// Task–unit documents of batch 20 (branch t20p, see docs/import-doc.md, "Batch 20, task–unit
// documents"): each miss written as a general rule and pinned here with a short snippet of the
// fixture, variants written for the test (not in any fixture) and cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { pointStarts, proseUnits, sentenceSubjects, subjectName } from '../../src/domain/document/prose-points';
import { TIME_LIMIT, taskTimeLimits } from '../../src/domain/document/task-targets';
import { unitsOfText } from '../../src/domain/document/units';

const pairs = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join('、')]);
const units = (text: string) => unitsOfText(text).units.map((u) => `${u.name}/${u.role}`);
const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);

describe('a responsibility bracket the copy cuts off (batch 20)', () => {
  it('cut right after a separator: every name written is whole and is read', () => {
    // hubei-yingshang-2018-trad
    expect(pairs('二、主要任務\n(一)提高市場開放程度。全面開放市場,不得限制或者排斥本地的法人參加投標。(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳、')).toEqual([
      ['（一）', '省發展改革委/lead、省編辦/support、省國土資源廳/support、省環保廳/support、省住建廳/support'],
    ]);
    // Variants: other brackets, full-width separators, a comma or a semicolon before the cut.
    expect(units('推进审批提速。（牵头单位：市发展改革委；责任单位：市财政局，')).toEqual(['市发展改革委/lead', '市财政局/support']);
    expect(units('推进审批提速。〔责任单位：区商务委、区交通局；')).toEqual(['区商务委/lead', '区交通局/support']);
    expect(units('推进审批提速。[牵头单位:县发改局、县农业农村局、 ')).toEqual(['县发改局/lead', '县农业农村局/lead']);
  });

  it('cut inside a name, or on a name with no separator after it: none is read, as before', () => {
    expect(units('推进审批提速。（牵头单位：市发展改革委；责任单位：市财政局、市交通运')).toEqual([]);
    expect(units('推进审批提速。（牵头单位：市发展改革委；责任单位：市财政局')).toEqual([]);
    // A separator inside the text before the cut does not make it whole.
    expect(units('推进审批提速，加快办理。（牵头单位：市发展改革委、市财')).toEqual([]);
    // A closed bracket is read whatever the text ends with.
    expect(units('（牵头单位：市发展改革委；责任单位：市财政局）推进审批，')).toEqual(['市发展改革委/lead', '市财政局/support']);
  });
});

describe('units named as the subject of prose (batch 20)', () => {
  const huiji =
    '区长马军指出:一是共享单车管理工作。区交运局牵头,梳理辖区投放单车的公司。各镇(办)要找出每一个区域能够规范停放单车的地方。二是按照规划推进停车场建设工作。区城管局负责规范建设停车场,尽快拿出实施意见和方案。区数字办要与市数字办对接,争取获得政策支持。三是梳理规范道路停车。交警五大队、区城管局负责,梳理辖区能够停车的道路。四是非机动车管理工作。各镇(办)要认真研究,制定具体意见方案。五是路长制和门前三包。各局委要明确任务,每天派工作人员进行路上执法。门前三包任务由各镇(办)负责实施。六是堵点治理工作。刘寨办事处南阳路,长兴路办事处信基市场';

  it('一是…六是: one task per point, numbered by order; a stated 牵头 leads, else the first named; 由A负责 supports', () => {
    expect(pairs(huiji)).toEqual([
      ['1', '区交运局/lead、各镇(办)/support'],
      ['2', '区城管局/lead、区数字办/support'],
      ['3', '交警五大队/lead、区城管局/support'],
      ['4', '各镇(办)/lead'],
      ['5', '各局委/lead、各镇(办)/support'],
      ['6', ''],
    ]);
  });

  it('variants: 一要…二要, 第一，…第二，, 首先…其次, traditional script, units joined by 和, 配合', () => {
    expect(pairs('会议要求：一要抓好冷链建设。市商务局牵头，市农业农村局配合。二要抓好快递进村。市邮政管理局和市交通运输局负责，年底前完成。')).toEqual([
      ['1', '市商务局/lead、市农业农村局/support'],
      ['2', '市邮政管理局/lead、市交通运输局/support'],
    ]);
    expect(pairs('第一，完善物流网络，县交通运输局要加快建设站点。第二，发展冷链，县商务局需统筹推进。')).toEqual([
      ['1', '县交通运输局/lead'],
      ['2', '县商务局/lead'],
    ]);
    expect(pairs('首先，区财政局负责落实资金。其次，区发展改革局应当做好项目储备。')).toEqual([
      ['1', '区财政局/lead'],
      ['2', '区发展改革局/lead'],
    ]);
    expect(pairs('會議強調：一是加快冷鏈建設。市商務局牽頭，市財政局配合。二是推進快遞進村。各縣（區）要制定方案。')).toEqual([
      ['1', '市商務局/lead、市財政局/support'],
      ['2', '各縣（區）/lead'],
    ]);
  });

  it('a 会同 sentence gives the paragraph’s work to its subject; named units after 会同 support, 有关部门 names nobody', () => {
    // shanwei-youzheng-2022-trad
    expect(pairs('《方案》明確,汕尾市郵政管理局要會同有關部門做好三項重點工作。一要深化快遞業“兩進一出”工程;二要加快物流專項規劃編制。三要推動物流產業園區規劃建設。')).toEqual([
      ['1', '汕尾市郵政管理局/lead'],
    ]);
    expect(pairs('通知要求，市交通运输局要会同市公安局、市城管局做好城市配送车辆通行管理。')).toEqual([['1', '市交通运输局/lead、市公安局/support、市城管局/support']]);
    expect(pairs('区商务委牵头做好电商进农村示范工作，年底前完成验收。')).toEqual([['1', '区商务委/lead']]);
  });

  it('leaves alone: points naming no unit, attributes (牵头起草的), objects (与市数字办), attendance and reports, a run-on paragraph', () => {
    // liaoyang-fengong-2024: requirements with no unit.
    expect(pairs('《方案》要求,一是要加快建设农村快递物流配送体系。二是要完善农村电子商务公共服务体系。三是要持续探索协同发展模式。')).toEqual([]);
    // jiangsu-shisanwu-2016: 牵头 qualifies the noun that follows.
    expect(pairs('到2020年省级示范物流园区力争达到60家。省发改委牵头起草的政策意见将出台一系列支持政策措施。')).toEqual([]);
    expect(sentenceSubjects('市商务局负责的项目已全部开工')).toEqual([]);
    // The object of 与 is not a subject.
    expect(proseUnits('区数字办要与市数字办对接').map((u) => u.name)).toEqual(['区数字办']);
    // Attendance and reports name units with no duty word.
    expect(pairs('一是总结工作。各镇(办)、区城管局、交警五大队等单位分别汇报工作进展。二是部署工作。区城管局、交运局行政正职参加会议。')).toEqual([]);
    // qinghai-lenglian-2022: the bureau's own intent after a gap is not a point's assignment.
    expect(pairs('一是科学布局冷链网络;二是加强产销地冷链设施建设。 青海局将以此为契机,加强与相关部门的沟通协作。')).toEqual([]);
    // A 会同 sentence whose subject is no unit.
    expect(pairs('我们要会同有关部门做好三项重点工作。')).toEqual([]);
  });

  it('only where nothing else gave a task: an annotated item keeps its own units', () => {
    expect(pairs('（一）推进冷链建设。一是建设冷库，区商务委要加快推进。二是建设网点，区交通局要统筹布局。（责任单位：区发展改革委）')).toEqual([['（一）', '区发展改革委/lead']]);
    // The same points with no annotation are read from the prose.
    expect(pairs('推进冷链建设。一是建设冷库。区商务委要加快推进。二是建设网点。区交通局要统筹布局。')).toEqual([
      ['1', '区商务委/lead'],
      ['2', '区交通局/lead'],
    ]);
  });

  it('tasks read from prose leave the goals and the last-resort reading of goal sentences as they were', () => {
    const talk = '区长指出：一是建设冷库。区商务委牵头，区财政局配合。二是建设网点。区交通局负责，年底前完成。\n';
    const read = (text: string) => {
      const x = parseDocument(text);
      return [x.tasks.length, x.indicators.map((i) => [i.number, i.name, i.targets[0].value])];
    };
    expect(read(`${talk}力争到2025年，全区冷库容量达到10万吨。`)).toEqual([2, [['G1', '冷库容量', 10]]]);
    expect(read(`${talk}今年全区冷库容量将达到10万吨。`)).toEqual([2, [['F1', '冷库容量', 10]]]);
  });

  it('the pieces: subjects, point markers', () => {
    expect(subjectName('交警五大队')).toBe(true);
    expect(subjectName('各镇(办)')).toBe(true);
    expect(subjectName('有关部门')).toBe(false);
    expect(subjectName('共享单车')).toBe(false);
    expect(subjectName('区')).toBe(false);
    expect(subjectName('《方案》明确局')).toBe(false);
    expect(pointStarts('甲：一是A。二是B。三是C。')).toEqual([2, 6, 10]);
    // Numbers out of order, or one point only, are no points; 统一是 is no marker.
    expect(pointStarts('一是A。三是B。')).toEqual([]);
    expect(pointStarts('推进统一是关键。二是B。')).toEqual([]);
    // 一是 then 二要: one wording per list.
    expect(pointStarts('一是A。二要B。')).toEqual([]);
    expect(pointStarts('首先A。最后B。')).toEqual([]);
    expect(pointStarts('首先A，其次B，最后C。')).toEqual([0, 4, 8]);
  });
});

describe('a time limit set in a task’s prose (batch 20)', () => {
  it('…审批时间缩短至100个工作日内: a ceiling in 个工作日 with no year', () => {
    // taizhou-yingshang-2019
    expect(
      names('一、开展行政审批提速行动\n（一）优化工程项目许可办理。实行每个阶段“一家牵头、并联审批、限时办结”,全市工程建设项目审批时间缩短至100个工作日内。（责任单位：市行政审批局）'),
    ).toEqual([['工程建设项目审批时间', '个工作日', 'max', 100, null]]);
    // Variants: 时限 / 周期, 压缩到 / 压减至 / 控制在, 小时 / 天, 以内.
    const item = (clause: string) => names(`（一）优化营商环境。${clause}。（责任单位：市市场监管局）`);
    expect(item('企业开办时间压缩至3个工作日以内')).toEqual([['企业开办时间', '个工作日', 'max', 3, null]]);
    expect(item('不动产登记办理时限压缩到5个工作日')).toEqual([['不动产登记办理时限', '个工作日', 'max', 5, null]]);
    expect(item('进口货物整体通关时间控制在24小时内')).toEqual([['进口货物整体通关时间', '小时', 'max', 24, null]]);
  });

  it('leaves alone: no time subject, no number, a count, a time that is not brought down', () => {
    expect(TIME_LIMIT.test('审批事项减少至100项')).toBe(false);
    expect(TIME_LIMIT.test('审批时间进一步缩短')).toBe(false);
    expect(TIME_LIMIT.test('工作时间为8小时')).toBe(false);
    expect(TIME_LIMIT.test('审批时间缩短至100个工作日内')).toBe(true);
    const item = (clause: string) => names(`（一）优化营商环境。${clause}。（责任单位：市市场监管局）`);
    expect(item('审批事项减少至100项')).toEqual([]);
    // A time limit inside a dated goal is the goal reader's: read once, with its year.
    expect(names('（一）优化营商环境。到2025年，企业开办时间压缩至1个工作日以内。（责任单位：市市场监管局）')).toEqual([['企业开办时间', '个工作日', 'max', 1, 2025]]);
    // Numbered after the goals' own (T1, T2 …).
    expect(parseDocument('（一）优化营商环境。企业开办时间压缩至3个工作日以内，通关时间控制在24小时内。（责任单位：市市场监管局）').indicators.map((i) => i.number)).toEqual(['T1', 'T2']);
    expect(item('全面推行限时办结制度')).toEqual([]);
  });
});

describe('batch 20 rules, piece by piece (the mutation run’s survivors)', () => {
  const subj = (t: string) => sentenceSubjects(t).map((n) => `${n.name}/${n.role}`);
  const prose = (t: string) => proseUnits(t).map((u) => `${u.name}/${u.role}`);

  it('subject names: length, script, punctuation, generic bodies, endings', () => {
    expect(subjectName(' 市商务局 ')).toBe(true);
    expect(subjectName('局')).toBe(false);
    expect(subjectName('某局')).toBe(true);
    expect(subjectName(`市${'物'.repeat(18)}局`)).toBe(true);
    expect(subjectName(`市${'物'.repeat(19)}局`)).toBe(false);
    expect(subjectName('A局')).toBe(false);
    expect(subjectName('市商务局，区局')).toBe(false);
    expect(subjectName('市有关部门')).toBe(true);
    expect(subjectName('相关部门办公室')).toBe(true);
    expect(subjectName('交警大队长')).toBe(false);
    expect(subjectName('城关派出所')).toBe(true);
  });

  it('sentence subjects: quoting clause, joiners, 等单位, duty words anywhere else, 会同 objects, 由', () => {
    expect(subj('会议强调：区商务局牵头')).toEqual(['区商务局/lead']);
    expect(subj('《方案》明确，市商务局要加快推进')).toEqual(['市商务局/null']);
    expect(subj('这是市政府常务会议上市长反复强调，市商务局要加快推进')).toEqual([]);
    expect(subj('同时，区商务局要加快')).toEqual(['区商务局/null']);
    expect(subj('此外区商务局要加快')).toEqual(['区商务局/null']);
    expect(subj('市商务局、市财政局等单位负责')).toEqual(['市商务局/null', '市财政局/null']);
    expect(subj('市商务局等负责')).toEqual(['市商务局/null']);
    expect(subj('区商务局加快推进并牵头')).toEqual([]);
    expect(subj('市财政局配合')).toEqual(['市财政局/support']);
    // Was ['市商务局/null'] (t20p): every collective was dropped after 会同. The annotations keep a
    // named collective (各区人民政府, 各镇街, 全市相关部门) as a support wherever it is listed; only 有关部门
    // alone names nobody, which subjectName already refuses (t22p).
    expect(subj('市商务局会同各区政府做好')).toEqual(['市商务局/null', '各区政府/support']);
    expect(subj('市商务局会同有关部门做好')).toEqual(['市商务局/null']);
    expect(subj('市商务局会同市财政局、市税务局共同推进')).toEqual(['市商务局/null', '市财政局/support', '市税务局/support']);
    expect(subj('市商务局会同群众做好')).toEqual(['市商务局/null']);
    expect(subj('门前三包由各镇(办)等部门负责')).toEqual(['各镇(办)/null']);
    expect(subj('门前三包由群众负责')).toEqual([]);
    expect(subj('门前三包由市商务局和群众负责')).toEqual([]);
  });

  it('prose units: a stated lead, support before it, once each, brackets left out', () => {
    expect(prose('市财政局配合，市商务局牵头')).toEqual(['市财政局/support', '市商务局/lead']);
    expect(prose('市财政局配合，市商务局负责')).toEqual(['市财政局/support', '市商务局/support']);
    expect(prose('市商务局负责。市商务局要加快')).toEqual(['市商务局/lead']);
    // A stated 牵头 later in the point leads; the first named then supports.
    expect(prose('市财政局负责资金，市商务局牵头')).toEqual(['市财政局/support', '市商务局/lead']);
    expect(prose('市商务局要加快（市财政局牵头，市税务局配合）')).toEqual(['市商务局/lead']);
    expect(prose('市商务局要加快（市财政局牵头，市税务局配合')).toEqual(['市商务局/lead']);
    expect(prose('市商务局要加快（区县）建设，市财政局配合')).toEqual(['市商务局/lead', '市财政局/support']);
  });

  it('point markers: at the start, after a space, not inside a word', () => {
    expect(pointStarts('一是A。二是B。')).toEqual([0, 4]);
    expect(pointStarts('第一，A。第二，B。')).toEqual([0, 5]);
    expect(pointStarts('全省排名第一，全国排名第二，')).toEqual([]);
    expect(pointStarts('应当首先A，其次B')).toEqual([]);
    expect(pointStarts('首先A 其次B')).toEqual([0, 4]);
    expect(pointStarts('甲，其次A，首先B')).toEqual([]);
    expect(pointStarts('首先A，其次B 最后C')).toEqual([0, 4, 8]);
  });

  it('prose tasks: titles, texts, spans, the gap that ends the last point', () => {
    const text = '区长指出：一是建设冷库。区商务局牵头。二是建设网点。区交通局负责。 区财政局要统筹资金。';
    const x = parseDocument(text);
    expect(x.tasks.map((t) => [t.number, t.title, t.text, text.slice(t.span[0], t.span[1]), t.units.map((u) => u.name).join('、')])).toEqual([
      ['1', '建设冷库', '一是建设冷库。区商务局牵头。', '一是建设冷库。区商务局牵头。', '区商务局'],
      ['2', '建设网点', '二是建设网点。区交通局负责。', '二是建设网点。区交通局负责。', '区交通局'],
    ]);
    expect(parseDocument('第一，完善物流网络。县交通运输局要加快建设站点。第二，发展冷链。县商务局需统筹推进。').tasks.map((t) => t.title)).toEqual(['完善物流网络', '发展冷链']);
    expect(parseDocument('首先，区财政局负责落实资金。其次，区发展改革局应当做好项目储备。').tasks.map((t) => t.title)).toEqual(['区财政局负责落实资金', '区发展改革局应当做好项目储备']);
    // A 会同 paragraph: the whole line is the task.
    const one = '通知要求，市交通运输局要会同市公安局做好城市配送车辆通行管理。';
    const t = parseDocument(`${one}\n其他内容。`).tasks;
    expect(t.map((k) => [k.text, k.span])).toEqual([[one, [0, one.length]]]);
    // Paragraphs on lines of their own are read one by one.
    expect(pairs('一是建设冷库。区商务局牵头。二是建设网点。区交通局负责，年底前完成。\n一是加快审批。区行政审批局负责，年底前完成。二是优化服务。区政务办要加快。')).toHaveLength(4);
  });

  it('time limits: a clause after a blank, its span, a year with a space, goals already read', () => {
    const text = '（一）优化营商环境。 企业开办时间压缩至3个工作日以内。（责任单位：市市场监管局）';
    const x = parseDocument(text);
    expect(x.indicators.map((i) => [i.name, text.slice(i.span[0], i.span[1])])).toEqual([['企业开办时间', '企业开办时间压缩至3个工作日以内']]);
    expect(names('（一）优化营商环境。到2025 年，企业开办时间压缩至1个工作日以内。（责任单位：市市场监管局）')).toEqual([['企业开办时间', '个工作日', 'max', 1, 2025]]);
    // A task whose target the goal reader already read (a progress report's item) is not read twice.
    const report = '2023年重点工作\n1.企业开办时间压缩至1个工作日以内。1-6月，全市已开办企业500户。\n责任单位：市市场监管局\n2.进出口总额增长5%以上。1-6月，增长3%。\n责任单位：市商务局';
    expect(parseDocument(report).indicators.map((i) => [i.number, i.name, i.targets[0].year])).toEqual([
      ['G1', '企业开办时间', 2023],
      ['G2', '进出口总额', 2023],
    ]);
    const task = parseDocument(text).tasks;
    // The clause spans 11–27: a goal touching it only at an end leaves it.
    expect(taskTimeLimits(text, task, []).map((g) => g.span)).toEqual([[11, 27]]);
    expect(taskTimeLimits(text, task, [{ year: 2025, text: '', span: [0, 11] }])).toHaveLength(1);
    expect(taskTimeLimits(text, task, [{ year: 2025, text: '', span: [0, 12] }])).toEqual([]);
    expect(taskTimeLimits(text, task, [{ year: 2025, text: '', span: [26, 40] }])).toEqual([]);
    expect(taskTimeLimits(text, task, [{ year: 2025, text: '', span: [27, 40] }])).toHaveLength(1);
  });
});
