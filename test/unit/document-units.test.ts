// Units, roles, deadlines, targets and re-import diffs, one rule at a time.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { diffExtractions, guessUnitType, matchUnitName, parseDocument, type KnownUnit } from '../../src/domain/document/index';
import { canonicalUnitKey, mergeLevelWords, sharePlaceBody } from '../../src/domain/document/units';

const unitsOf = (annotation: string) => {
  const x = parseDocument(`二、重点任务\n1. 推进口岸建设。${annotation}`);
  return x.tasks[0]?.units.map((u) => `${u.name}/${u.role}${u.collective ? '*' : ''}`) ?? [];
};

describe('responsible units in every common style', () => {
  it('（责任单位：A、B，C等）: first leads, the rest support, 等 dropped', () => {
    expect(unitsOf('（责任单位：区交通局、区商务委，机场海关等）')).toEqual(['区交通局/lead', '区商务委/support', '机场海关/support']);
  });

  it('（A牵头，B、C配合）', () => {
    expect(unitsOf('（区商务委牵头，区交通局、区财政局配合）')).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
  });

  it('（A、B牵头，各有关部门按职责分工负责）: collective kept and marked', () => {
    expect(unitsOf('（市发展改革委、市商务委牵头，各有关部门按职责分工负责）')).toEqual([
      '市发展改革委/lead', '市商务委/lead', '各有关部门/support*',
    ]);
  });

  it('（各区县政府按职责分工负责）: a lone collective leads', () => {
    expect(unitsOf('（各区县政府按职责分工负责）')).toEqual(['各区县政府/lead*']);
  });

  it('half-width brackets and commas, 及 as a separator', () => {
    expect(unitsOf('(市政府办公室牵头,市级各有关部门及各县市区政府按职责分工负责)')).toEqual([
      '市政府办公室/lead', '市级各有关部门/support*', '各县市区政府/support*',
    ]);
  });

  it('separate 责任单位 line', () => {
    const x = parseDocument('二、重点任务\n1. 推进口岸建设。\n责任单位：区商务委、区交通局\n2. 建设物流园。\n责任单位：洛碛镇');
    expect(x.tasks.map((t) => t.units.map((u) => `${u.name}/${u.role}`))).toEqual([['区商务委/lead', '区交通局/support'], ['洛碛镇/lead']]);
  });

  it('牵头单位：/配合单位： pairs, on lines or in one bracket', () => {
    expect(unitsOf('\n牵头单位：区商务委\n配合单位：区交通局、区财政局')).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
    expect(unitsOf('（牵头单位：区商务委；配合单位：区交通局）')).toEqual(['区商务委/lead', '区交通局/support']);
    // With a 牵头单位, a 责任单位 list names the supporting units.
    expect(unitsOf('\n牵头单位：区发改局\n责任单位：区财政局，各街道')).toEqual(['区发改局/lead', '区财政局/support', '各街道/support*']);
  });

  it('A（牵头）、B marker inside a list', () => {
    expect(unitsOf('\n责任单位：区财政局、区商务委（牵头）、区交通局')).toEqual(['区财政局/support', '区商务委/lead', '区交通局/support']);
  });

  it('〔责任单位:…〕 with a trailing note is cut at the full stop', () => {
    expect(unitsOf('〔责任单位:省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕')).toEqual([
      '省发展改革委/lead', '商务厅/support',
    ]);
  });

  it('keeps named units with 相关单位 as written, not collective', () => {
    expect(unitsOf('（责任单位：重庆机场集团相关单位、保税港区集团相关单位，区商务委等）')).toEqual([
      '重庆机场集团相关单位/lead', '保税港区集团相关单位/support', '区商务委/support',
    ]);
  });

  it('（预期性指标，牵头单位：A；责任单位：B）: a short tag before the labels is neither a unit nor part of one', () => {
    expect(unitsOf('（约束性指标，牵头单位：区生态环境局；责任单位：区水务局）')).toEqual(['区生态环境局/lead', '区水务局/support']);
    expect(unitsOf('(预期性指标,牵头单位:市统计局)')).toEqual(['市统计局/lead']);
    // A unit before the labels is not a tag: it stays a unit.
    expect(unitsOf('（市商务委，配合单位：市交通局）')).toEqual(['市商务委/lead', '市交通局/support']);
  });
  it('does not read ordinary brackets or time limits as units', () => {
    const x = parseDocument('二、重点任务\n1. 推进铁路枢纽东环线（渝北段）建设，开展《方案（2023—2027年）》评估（2023年底前完成）。');
    expect(x.tasks[0].units).toEqual([]);
    expect(unitsOf('（区商务委牵头，2023年底前完成）')).toEqual(['区商务委/lead']);
  });

  it('inherits a group heading\'s units when items carry none', () => {
    const x = parseDocument('二、重点任务\n（一）强化通道建设（责任单位：区交通局）\n1. 建设货运站。\n2. 建设集疏运道路。');
    expect(x.tasks.map((t) => [t.number, t.units.map((u) => u.name)])).toEqual([['1', ['区交通局']], ['2', ['区交通局']]]);
  });
});

describe('deadlines', () => {
  const dl = (text: string) => parseDocument(`二、重点任务\n1. ${text}（责任单位：区商务委）`).tasks[0].deadlines;
  it('dates the end of the named period', () => {
    expect(dl('2022年10月底前完成验收。')).toEqual([{ text: '2022年10月底前', date: '2022-10-31' }]);
    expect(dl('2023年底前建成。')).toEqual([{ text: '2023年底前', date: '2023-12-31' }]);
    expect(dl('2024年2月底前上线。')).toEqual([{ text: '2024年2月底前', date: '2024-02-29' }]);
    expect(dl('2023年6月15日前报送。')).toEqual([{ text: '2023年6月15日前', date: '2023-06-15' }]);
    expect(dl('2023年上半年前完成。')).toEqual([{ text: '2023年上半年前', date: '2023-06-30' }]);
    expect(dl('2023年第三季度前完成。')).toEqual([{ text: '2023年第三季度前', date: '2023-09-30' }]);
  });
  it('takes the year of 年底前 from the task text', () => {
    expect(dl('2023年启动建设，年底前完成主体工程。')).toEqual([{ text: '年底前', date: '2023-12-31' }]);
  });
  it('takes the year of 年底前 from the document date', () => {
    const x = parseDocument('某区人民政府办公室\n2021年3月1日\n二、重点任务\n1. 年底前完成。（责任单位：区商务委）');
    expect(x.tasks[0].deadlines).toEqual([{ text: '年底前', date: '2021-12-31' }]);
  });
  it('ignores dateless phrases and year ranges', () => {
    expect(dl('按期建成投用。')).toEqual([]);
    expect(dl('落实2023年前三季度工作安排。')).toEqual([]);
    expect(parseDocument('二、重点任务\n1. 年底前完成。（责任单位：区商务委）').tasks[0].deadlines).toEqual([]);
  });
});

describe('indicator tables and goal targets', () => {
  it('reads a tab-separated table, one row per line', () => {
    const x = parseDocument(
      '三、主要指标\n序号\t类别\t指标\t2022年\t2025年\n1\t通道\t铁海联运班列（列）\t1000\t≥1500\n2\t\t口岸整体通关时间（小时）\t40\t30\n3\t效率\t综合物流成本下降率\t—\t××%\n4\t\t航线覆盖\t10\t全覆盖\n二、重点任务\n1. 推进。（责任单位：区商务委）',
    );
    expect(x.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.baseline?.value ?? null, i.targets[0].kind, i.targets[0].value])).toEqual([
      ['1', '通道', '铁海联运班列', '列', 1000, 'min', 1500],
      ['2', '通道', '口岸整体通关时间', '小时', 40, 'max', 30],
      ['3', '效率', '综合物流成本下降率', '%', null, 'pending', null],
      ['4', '效率', '航线覆盖', '', 10, 'coverage', null],
    ]);
  });

  it('reads a markdown table with 单位 and 属性 columns', () => {
    const x = parseDocument(
      '一、主要目标\n| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|---|\n| 1 | 铁路货运量 | 万吨 | 1500 | 2000 | 预期性 |\n| 2 | 单位GDP能耗下降 | % | — | 13.5 | 约束性 |',
    );
    expect(x.indicators.map((i) => [i.name, i.unit, i.baseline, i.targets.map((t) => [t.year, t.kind, t.value])])).toEqual([
      ['铁路货运量', '万吨', { year: 2020, value: 1500 }, [[2025, 'level', 2000]]],
      ['单位GDP能耗下降', '%', null, [[2025, 'reduction', 13.5]]],
    ]);
  });

  it('reads a cell-per-line table without serials or tabs, an empty category being a blank line', () => {
    const x = parseDocument('到2025年，物流体系更加完善。\n类别\n指标\n基期值\n目标值\n\n通道\n班列开行量（列）\n1000\n1500\n\n\n口岸通关时间（小时）\n40\n30\n');
    expect(x.indicators.map((i) => [i.category, i.name, i.unit, i.baseline?.value, i.targets.map((t) => [t.year, t.kind, t.value])])).toEqual([
      ['通道', '班列开行量', '列', 1000, [[2025, 'level', 1500]]],
      ['通道', '口岸通关时间', '小时', 40, [[2025, 'max', 30]]],
    ]);
  });

  it('reads goal clauses into indicators', () => {
    const x = parseDocument('一、总体要求\n（三）发展目标\n到2025年，集装箱铁水联运量年均增长15%以上，通关时间压缩至30小时以内，引进区域总部20家。');
    expect(x.indicators.map((i) => [i.number, i.name, i.targets[0].kind, i.targets[0].value, i.unit])).toEqual([
      ['G1', '集装箱铁水联运量', 'growth', 15, '%'],
      ['G2', '通关时间', 'max', 30, '小时'],
      ['G3', '引进区域总部', 'level', 20, '家'],
    ]);
  });
});

describe('matchUnitName', () => {
  const known: KnownUnit[] = [
    { id: 'a', name: '区发展改革委', aliases: ['区发展和改革委员会'] },
    { id: 'b', name: '区经济信息委' },
    { id: 'c', name: '区人力社保局' },
    { id: 'd', name: '区商务委', aliases: ['渝北区商务委员会'] },
    { id: 'e', name: '区政府外办' },
    { id: 'f', name: '区住房城乡建委' },
  ];
  it('exact, then alias, then abbreviation', () => {
    expect(matchUnitName('区商务委', known)).toMatchObject({ how: 'exact', unit: { id: 'd' } });
    expect(matchUnitName('渝北区商务委员会', known)).toMatchObject({ how: 'alias', unit: { id: 'd' } });
    expect(matchUnitName('区发改委', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'a' } });
    expect(matchUnitName('区经信委', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'b' } });
    expect(matchUnitName('区经济和信息化委员会', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'b' } });
    expect(matchUnitName('区人社局', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'c' } });
    expect(matchUnitName('区人力资源和社会保障局', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'c' } });
    expect(matchUnitName('重庆市渝北区商务委员会', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'd' } });
    expect(matchUnitName('区政府外事办公室', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'e' } });
    expect(matchUnitName('区住建委', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'f' } });
  });
  it('a place name before a short spelling of the table folds too (黄浦区发改委), and a body whose name holds 区 is no district', () => {
    expect(matchUnitName('黄浦区发改委', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'a' } });
    expect(matchUnitName('梁平区住建委', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'f' } });
    expect(matchUnitName('静安区外办', known)).toMatchObject({ how: 'abbreviation', unit: { id: 'e' } });
    expect(canonicalUnitKey('黄浦区发改委')).toBe('区发展改革委');
    expect(canonicalUnitKey('浦东新区人社局')).toBe('区人力社保局');
    // 临空经济区办公室 is a spelling of the table: 重庆市 is the city, the 区 belongs to the body.
    expect(canonicalUnitKey('重庆市临空经济区办公室')).toBe('市临空办');
    expect(canonicalUnitKey('重庆市临空经济区办公室')).toBe(canonicalUnitKey('市临空办'));
    // A zone before a body not in the table keeps its name (no short spelling to fold to).
    expect(canonicalUnitKey('高新区管委会')).toBe('高新区管委会');
    expect(matchUnitName('黄浦区发改委', [{ id: 'x', name: '区商务委' }])).toBeNull();
  });
  it('does not confuse different bodies', () => {
    expect(matchUnitName('市发改委', known)).toBeNull();
    expect(matchUnitName('区交通局', known)).toBeNull();
    expect(matchUnitName('区商务局', known)).toBeNull();
    expect(matchUnitName('', known)).toBeNull();
    expect(matchUnitName('区商务委', [])).toBeNull();
  });
});

describe('guessUnitType', () => {
  it.each([
    ['区商务委', 'department'], ['区交通局', 'department'], ['区金融办', 'department'], ['区委宣传部', 'department'],
    ['区委办督查室', 'department'], ['古路镇', 'town'], ['龙溪街道', 'town'], ['空港经济公司', 'company'],
    ['重庆机场集团', 'company'], ['重庆机场集团相关单位', 'company'], ['机场海关', 'external_agency'],
    ['市邮政管理五分局', 'external_agency'], ['市商务委', 'external_agency'], ['洛碛码头建设指挥部', 'project_hq'],
    ['西南政法大学', 'enterprise'], ['各有关部门', 'department'], ['重庆市渝北区商务委员会', 'department'],
    ['重庆市口岸物流办', 'external_agency'],
  ] as const)('%s → %s', (name, type) => expect(guessUnitType(name)).toBe(type));
});

describe('diffExtractions (征求意见稿 → final)', () => {
  const draft = parseDocument(
    '二、重点任务\n1. 推进机场货运设施建设。加快货站改造。（责任单位：区交通局、区商务委）\n2. 建设多式联运示范工程。（责任单位：区商务委）\n3. 培育物流企业。（责任单位：区临空办）\n4. 举办通道论坛。（责任单位：区商务委）',
  ).tasks;
  const final = parseDocument(
    '二、重点任务\n1. 推进机场货运设施建设。加快货站改造。（责任单位：区交通局、区商务委、机场海关）\n2. 创建市级多式联运示范工程。力争年内获批。（责任单位：区商务委）\n3. 培育物流企业。（责任单位：区临空办）\n4. 引进供应链企业区域总部。（责任单位：区发展改革委）\n5. 举办通道论坛。（责任单位：区商务委）',
  ).tasks;
  const d = diffExtractions(draft, final);
  it('classifies every task', () => {
    expect(d.map((x) => [x.kind, x.old?.number ?? null, x.new?.number ?? null])).toEqual([
      ['units_changed', '1', '1'],
      ['reworded', '2', '2'],
      ['unchanged', '3', '3'],
      ['added', null, '4'],
      ['unchanged', '4', '5'],
    ]);
  });
  it('says which units changed', () => {
    expect(d[0]).toMatchObject({ unitsAdded: ['机场海关'], unitsRemoved: [], textChanged: false, unitsChanged: true, matchedBy: 'number' });
    expect(d[4].matchedBy).toBe('title');
  });
  it('reports removed tasks', () => {
    const r = diffExtractions(final, draft);
    expect(r.filter((x) => x.kind === 'removed').map((x) => x.old!.title)).toEqual(['引进供应链企业区域总部']);
  });
  it('tolerates empty and malformed input', () => {
    expect(diffExtractions([], [])).toEqual([]);
    expect(diffExtractions(null as never, draft).every((x) => x.kind === 'added')).toBe(true);
  });
});

describe('documented details', () => {
  it('完成时限 label, Chinese-numeral dates, （草案）', () => {
    const x = parseDocument(
      '某市人民政府办公厅\n二〇二二年三月五日\n某市物流降本增效实施方案（草案）\n二、重点任务\n1）推进物流园区建设。\n责任单位：市发展改革委\n完成时限：2023年12月\n',
    );
    expect(x.meta).toMatchObject({ issuer: '某市人民政府办公厅', issuedDate: '2022-03-05', draft: true });
    expect(x.tasks[0]).toMatchObject({ number: '1', title: '推进物流园区建设' });
    expect(x.tasks[0].deadlines).toEqual([{ text: '完成时限：2023年12月', date: '2023-12-31' }]);
  });

  it('issuer from the notice title when there is no header or signature', () => {
    const x = parseDocument('咸阳市人民政府办公室关于印发咸阳市物流工作要点的通知\n二、重点任务\n1. 推进。（责任单位：市商务局）');
    expect(x.meta).toMatchObject({ title: '咸阳市物流工作要点', issuer: '咸阳市人民政府办公室' });
  });

  it('a bare unit list closing an item is an annotation; a bracket in mid-sentence is not', () => {
    expect(unitsOf('（市发展改革委、市财政局）')).toEqual(['市发展改革委/lead', '市财政局/support']);
    const x = parseDocument('二、重点任务\n1. 会同（市发展改革委、市财政局）研究政策，年内出台。');
    expect(x.tasks[0].units).toEqual([]);
  });

  it('chaptered documents: 第一章 / 第一节 rank above 一、', () => {
    const x = parseDocument('第一章 总体要求\n第一节 指导思想\n坚持稳中求进。\n第二章 重点任务\n一、建设通道\n（一）推进铁路建设。（责任单位：市交通局）');
    expect(x.sections.map((s) => [s.id, s.level])).toEqual([
      ['第一章', 1], ['第一章/第一节', 2], ['第二章', 1], ['第二章/一', 2], ['第二章/一/（一）', 3],
    ]);
    expect(x.tasks.map((t) => [t.number, t.units.map((u) => u.name)])).toEqual([['（一）', ['市交通局']]]);
  });

  it('unit types depend on who issued the document', () => {
    const national = parseDocument('国务院办公厅\n二、重点任务\n（一）完善通道。（国家发展改革委、交通运输部、国铁集团按职责分工负责）');
    expect(national.units.map((u) => [u.name, u.type])).toEqual([
      ['国家发展改革委', 'department'], ['交通运输部', 'department'], ['国铁集团', 'company'],
    ]);
    const city = parseDocument('重庆市人民政府办公厅\n二、重点任务\n（一）完善通道。（市发展改革委牵头，市交通局配合）');
    expect(city.units.map((u) => u.type)).toEqual(['department', 'department']);
    const district = parseDocument('重庆市渝北区人民政府办公室\n二、重点任务\n（一）完善通道。（区商务委牵头，市交通局配合）');
    expect(district.units.map((u) => u.type)).toEqual(['department', 'external_agency']);
  });
});

describe('diffExtractions on seed 000 revisions', () => {
  const SEED = readFileSync(new URL('../fixtures/seeds/000_01804d2a7183f3bd.txt', import.meta.url), 'utf8');
  const base = parseDocument(SEED).tasks;
  const kinds = (d: ReturnType<typeof diffExtractions>, k: string) => d.filter((x) => x.kind === k).map((x) => (x.new ?? x.old)!.number);

  it('rewording, a change of units and a removal', () => {
    const revised = SEED.replace('3. 推动洛碛港、洛碛物流城建设。积极推进', '3. 推动洛碛港、洛碛物流城建设。加快推进')
      .replace('（责任单位：区交通局、区商务委、古路镇、空港经济公司等）', '（责任单位：区交通局、古路镇等）')
      .replace(/19\. 培育高水平专业服务领军企业。[^\n]*\n/, '');
    const d = diffExtractions(base, parseDocument(revised).tasks);
    expect(kinds(d, 'reworded')).toEqual(['3']);
    expect(kinds(d, 'units_changed')).toEqual(['2']);
    expect(d.find((x) => x.kind === 'units_changed')).toMatchObject({ unitsRemoved: ['区商务委', '空港经济公司'], unitsAdded: [] });
    expect(kinds(d, 'removed')).toEqual(['19']);
    expect(kinds(d, 'added')).toEqual([]);
    expect(d.filter((x) => x.kind === 'unchanged')).toHaveLength(19);
  });

  it('a task inserted mid-list renumbers the rest without rewording them', () => {
    const inserted = '4. 建设国际物流分拨中心。加快建设面向东盟的国际物流分拨中心。（责任单位：区商务委、空港新城公司）';
    const text = SEED.split('\n')
      .map((l) => l.replace(/^(\d+)\. /, (m, n) => (Number(n) >= 4 ? `${Number(n) + 1}. ` : m)))
      .flatMap((l) => (l.startsWith('5. 创建市级多式联运示范工程') ? [inserted, l] : [l]))
      .join('\n');
    const d = diffExtractions(base, parseDocument(text).tasks);
    expect(d.filter((x) => x.kind !== 'unchanged').map((x) => `${x.kind}:${x.new?.number}`)).toEqual(['added:4']);
    expect(d.find((x) => x.old?.number === '16')).toMatchObject({ kind: 'unchanged', matchedBy: 'title', new: { number: '17' } });
  });
});

describe('task and safeguard parts', () => {
  it('the outermost heading decides the kind', () => {
    const x = parseDocument(
      '二、重点任务\n（一）完善组织领导体系\n1. 建立工作专班。（责任单位：区商务委）\n2. 建立联络员制度。（责任单位：区交通局）\n三、保障措施\n（一）强化资金保障。（责任单位：区财政局）',
    );
    expect(x.tasks.map((t) => `${t.kind}:${t.number}`)).toEqual(['task:1', 'task:2', 'safeguard:（一）']);
  });

  it('thematic parts without a 重点任务 heading: annotated items are tasks', () => {
    const x = parseDocument(
      '一、总体要求\n（一）指导思想\n坚持稳中求进。\n二、建设通道\n（一）推进铁路建设。（市交通局牵头）\n（二）推进港口建设。\n三、保障措施\n（一）加强组织领导。（市发展改革委负责）',
    );
    expect(x.tasks.map((t) => `${t.kind}:${t.number}:${t.units.map((u) => u.name).join('、')}`)).toEqual([
      'task:（一）:市交通局', 'task:（二）:', 'safeguard:（一）:市发展改革委',
    ]);
  });
});

describe('more annotation variants', () => {
  it.each([
    ['\n责任单位：区商务委    完成时限：2023年12月底', ['区商务委/lead']],
    ['\n牵头单位：市发展改革委  配合单位：市财政局、市商务局', ['市发展改革委/lead', '市财政局/support', '市商务局/support']],
    ['（省发展改革委、省交通运输厅负责）', ['省发展改革委/lead', '省交通运输厅/support']],
    ['（省发展改革委、省财政厅，各市、县人民政府）', ['省发展改革委/lead', '省财政厅/support', '各市、县人民政府/support*']],
    ['（责任单位：市商务局；完成时限：2023年底前）', ['市商务局/lead']],
    ['（牵头单位：市商务局  责任领导：张三）', ['市商务局/lead']],
    ['【责任单位】市商务局、市交通局', ['市商务局/lead', '市交通局/support']],
    ['（市商务局牵头负责，市交通局、市财政局等部门配合）', ['市商务局/lead', '市交通局/support', '市财政局/support']],
    ['（由市商务局会同市交通局负责）', ['市商务局/lead', '市交通局/support']],
    ['（市商务局、市交通局按职能分工负责）', ['市商务局/lead', '市交通局/support']],
    ['（责任单位：市发展改革委（市物流办）、市交通局）', ['市发展改革委（市物流办）/lead', '市交通局/support']],
    ['（责任单位：重庆海关、市商务委，各区县人民政府等）', ['重庆海关/lead', '市商务委/support', '各区县人民政府/support*']],
    ['\n责任单位：市商务委\n配合单位：市交通局', ['市商务委/lead', '市交通局/support']],
    ['（责任部门：市商务委、市交通局）', ['市商务委/lead', '市交通局/support']],
    ['(牵头单位:市商务局;配合单位:市交通局、市财政局)', ['市商务局/lead', '市交通局/support', '市财政局/support']],
    ['（市商务委、市交通局分别牵头，各区县政府配合）', ['市商务委/lead', '市交通局/lead', '各区县政府/support*']],
  ])('%s', (annotation, expected) => expect(unitsOf(annotation)).toEqual(expected));

  it('a 完成时限 field gives the deadline', () => {
    const x = parseDocument('二、重点任务\n1. 推进口岸建设。（责任单位：市商务局；完成时限：2023年底前）');
    expect(x.tasks[0].deadlines).toEqual([{ text: '完成时限：2023年底前', date: '2023-12-31' }]);
  });
});

describe('ninth batch: units closing a sentence after 由, collective bodies after levels', () => {
  it('reads 由A牵头负责，B、C等多部门共同推进落实 at the end of a sentence about the work', () => {
    const x = parseDocument('将“建设县级物流配送中心”作为2027年重点工作，此项工作将由县商务局牵头负责，县发展改革委、交通运输局等多部门共同推进落实。');
    expect(x.tasks.map((t) => t.units.map((u) => [u.name, u.role]))).toEqual([
      [
        ['县商务局', 'lead'],
        ['县发展改革委', 'support'],
        ['交通运输局', 'support'],
      ],
    ]);
    // A sentence that only mentions a department is still no annotation.
    expect(parseDocument('将“建设县级物流配送中心”作为重点工作，加强与县商务局的沟通协调。').tasks).toEqual([]);
  });

  it('a level before a plural body of its own (各街道、区直各部门) is a unit of its own', () => {
    expect(mergeLevelWords(['各街道', '区直各部门'])).toEqual(['各街道', '区直各部门']);
    expect(mergeLevelWords(['各县', '自治县', '区（市）人民政府'])).toEqual(['各县、自治县、区（市）人民政府']);
  });
});

describe('places that share the body named after the last of them', () => {
  it('甲市、乙市、丙市人民政府 gives each city its 人民政府; places with no body after them stay as they are', () => {
    expect(sharePlaceBody(['甲市', '乙市', '丙市人民政府', '市商务局'])).toEqual(['甲市人民政府', '乙市人民政府', '丙市人民政府', '市商务局']);
    expect(sharePlaceBody(['甲县', '乙縣政府'])).toEqual(['甲县政府', '乙縣政府']);
    expect(sharePlaceBody(['甲市', '乙市'])).toEqual(['甲市', '乙市']);
    expect(sharePlaceBody(['各县', '丙市人民政府'])).toEqual(['各县', '丙市人民政府']);
    expect(sharePlaceBody(['甲市', '市商务局', '丙市人民政府'])).toEqual(['甲市', '市商务局', '丙市人民政府']);
    expect(unitsOf('（省交通运输厅牵头，省发展改革委、甲市、乙市人民政府配合）')).toEqual(['省交通运输厅/lead', '省发展改革委/support', '甲市人民政府/support', '乙市人民政府/support']);
  });
});
