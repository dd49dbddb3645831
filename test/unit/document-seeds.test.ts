// The two seed documents, asserted field by field. Seed 000 is the Yubei corridor work plan
// (numbered tasks with 责任单位), seed 004 the hub-economic-zone guidance draft (no numbered
// tasks, goals with ×× placeholders, evaluation clause).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument, validateDocumentText, type Extraction } from '../../src/domain/document/index';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const TEXT_000 = seed('000_01804d2a7183f3bd.txt');
const TEXT_004 = seed('004_3cac48aeeab69685.txt');

// Responsible units of each task exactly as the document lists them; the first is lead,
// the rest support (the plan does not distinguish). Counted by hand: 104 assignments.
const TASKS_000: [string, string, string[]][] = [
  ['1', '推进机场客货运基础设施建设', ['区交通局', '区商务委', '临空经济示范区公司', '重庆机场集团相关单位', '机场海关']],
  ['2', '促进铁路枢纽东环线（渝北段）建设', ['区交通局', '区商务委', '古路镇', '空港经济公司']],
  ['3', '推动洛碛港、洛碛物流城建设', ['洛碛码头建设指挥部', '区交通局', '区商务委', '洛碛镇']],
  ['4', '创建市级多式联运示范工程', ['区商务委', '区交通局', '空港经济公司']],
  ['5', '补齐空港枢纽交通路网建设短板', ['区交通局', '空港经济公司', '空港新城公司', '洛碛码头建设指挥部', '保税港区集团相关单位']],
  ['6', '探索“高铁+航空”联运系列创新产品', ['重庆机场集团相关单位', '机场海关', '区商务委', '区交通局']],
  ['7', '建立国际航空货运便利化新机制', ['重庆机场集团相关单位', '机场海关']],
  ['8', '织密“空地融合”客货运航空网络', ['重庆机场集团相关单位', '机场海关', '区商务委']],
  ['9', '深化陆海新通道运营平台战略合作', ['区商务委', '区经济信息委', '区交通局', '机场海关']],
  ['10', '持续优化空港枢纽区域性辐射网络', [
    '重庆机场集团相关单位', '机场海关', '保税港区集团相关单位', '区商务委', '区交通局', '市邮政管理五分局',
    '仙桃数据谷公司', '空港新城公司', '空港经济公司', '临空经济示范区公司', '创新经济走廊公司', '洛碛码头建设指挥部']],
  ['11', '做大做强双向贸易', ['区经济信息委', '区商务委', '区农业农村委', '区医保局', '重庆机场集团相关单位', '机场海关', '保税港区集团相关单位']],
  ['12', '积极融入产业链供应链体系', ['区经济信息委', '区农业农村委', '区发展改革委']],
  ['13', '构建综合服务体系', [
    '区发展改革委', '区科技局', '区经济信息委', '区大数据发展局', '区财政局', '区司法局', '区审计局', '区商务委',
    '区人力社保局', '区市场监管局', '区金融办']],
  ['14', '深化国际交流合作', ['区政府外办', '区商务委', '区司法局', '区教委', '机场海关']],
  ['15', '积极参与“数字陆海新通道”建设', ['区商务委', '区发展改革委', '区大数据发展局', '区金融办', '区网信办', '仙桃数据谷公司']],
  ['16', '强化陆海新通道建设统计数据运行服务', ['区商务委', '区交通局', '区发展改革委']],
  ['17', '壮大生产制造产业链链主企业', ['区临空办', '区经济信息委', '区发展改革委', '区国资委', '空港经济公司', '创新经济走廊公司', '仙桃数据谷公司', '机场海关']],
  ['18', '打造物流贸易供应链龙头企业', ['区临空办', '区商务委', '区交通局', '空港新城公司', '空港经济公司', '临空经济示范区公司', '重庆机场集团相关单位', '机场海关']],
  ['19', '培育高水平专业服务领军企业', ['区临空办', '区司法局', '区金融办', '区商务委', '仙桃数据谷公司', '空港新城公司', '空港经济公司']],
];

const GROUPS_000: [string, string, string[]][] = [
  ['二/（一）', '完善空铁水公基础设施，融入陆海新通道支线网', ['1', '2', '3', '4', '5']],
  ['二/（二）', '建设空地陆海新通道，强化空港枢纽服务能力', ['6', '7', '8', '9', '10']],
  ['二/（三）', '发挥综合优势，创建国家物流枢纽经济示范区', ['11', '12', '13', '14']],
  ['二/（四）', '打造数字化空港枢纽，强化陆海新通道软联通', ['15', '16']],
  ['二/（五）', '培育壮大市场主体，不断激发市场发展活力', ['17', '18', '19']],
];

const SAFEGUARDS_000: [string, string, string[]][] = [
  ['（一）', '强化组织领导', ['各领导小组责任单位']],
  ['（二）', '强化政策支持', ['区财政局', '区商务委', '区发展改革委', '区交通局', '区经济信息委', '空港经济公司']],
  ['（三）', '强化责任落实', ['区委宣传部', '区委办督查室', '区政府办督查室', '区商务委']],
];

function spansInside(x: Extraction, text: string) {
  const all = [...x.sections.map((s) => s.span), ...x.tasks.map((t) => t.span), ...x.indicators.map((i) => i.span), ...x.goals.map((g) => g.span)];
  for (const [s, e] of all) {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(e);
    expect(e).toBeLessThanOrEqual(text.length);
  }
}

describe('seed 000: 渝北区深入推进西部陆海新通道建设工作方案', () => {
  const x = parseDocument(TEXT_000);
  const tasks = x.tasks.filter((t) => t.kind === 'task');
  const safeguards = x.tasks.filter((t) => t.kind === 'safeguard');

  it('reads the metadata', () => {
    expect(x.meta).toMatchObject({
      title: '渝北区深入推进西部陆海新通道建设工作方案',
      docNumber: '渝北府办发〔2023〕36号',
      issuedDate: '2023-06-21',
      addressees: ['各镇人民政府', '区政府各部门', '各街道办事处', '各区属国有公司', '有关单位'],
      public: true,
      draft: false,
      basis: ['重庆市加快建设西部陆海新通道五年行动方案（2023—2027年）'],
      horizonYears: [2027],
      kind: 'plan',
      leadingGroup: { name: '渝北区推进西部陆海新通道建设工作领导小组', officeUnit: '区商务委' },
    });
    expect(x.meta.issuer).toContain('渝北区人民政府办公室');
    expect(x.meta.hubTypes).toEqual(['airport']);
    expect(x.meta.evaluation).toBeUndefined();
  });

  it('builds the heading tree', () => {
    const top = x.sections.filter((s) => s.level === 1).map((s) => `${s.number}、${s.title}`);
    expect(top).toEqual(['一、总体要求', '二、重点任务', '三、保障措施']);
    const general = x.sections.filter((s) => s.parentId === '一').map((s) => s.title);
    expect(general).toEqual(['指导思想', '功能定位', '发展目标']);
    const guiding = x.sections.find((s) => s.id === '一/（一）')!;
    // Own text: the heading line, then the body up to the first sub-heading.
    expect(guiding.text).toMatch(/^指导思想\n坚持以习近平新时代中国特色社会主义思想为指导/);
    expect(x.sections.find((s) => s.id === '二/（一）/1')).toMatchObject({ level: 3, number: '1', parentId: '二/（一）' });
  });

  it('finds all 19 tasks in their 5 groups with exactly their units in order', () => {
    expect(tasks.map((t) => t.number)).toEqual(TASKS_000.map(([n]) => n));
    for (const [section, title, numbers] of GROUPS_000) {
      const inGroup = tasks.filter((t) => t.section === section);
      expect(inGroup.map((t) => t.number)).toEqual(numbers);
      for (const t of inGroup) expect(t.sectionTitle).toBe(title);
    }
    TASKS_000.forEach(([number, title, units], i) => {
      const t = tasks[i];
      expect(t.number).toBe(number);
      expect(t.title).toBe(title);
      expect(t.units.map((u) => u.name)).toEqual(units);
      expect(t.units.map((u) => u.role)).toEqual(units.map((_, k) => (k === 0 ? 'lead' : 'support')));
      expect(t.units.every((u) => !u.collective)).toBe(true);
    });
    expect(tasks.reduce((n, t) => n + t.units.length, 0)).toBe(104);
  });

  it('keeps task text and span on the item', () => {
    const t1 = tasks[0];
    expect(t1.text.startsWith('推进机场客货运基础设施建设。积极推进江北国际机场T3B航站楼')).toBe(true);
    expect(t1.text.endsWith('机场海关等）')).toBe(true);
    expect(TEXT_000.slice(t1.span[0], t1.span[1])).toMatch(/^1\. 推进机场客货运基础设施建设。[\s\S]*机场海关等）$/);
    // "按期建成投用" has no date: not a deadline.
    expect(t1.deadlines).toEqual([]);
  });

  it('finds the 3 safeguards with their units', () => {
    expect(safeguards.map((t) => [t.number, t.title, t.units.map((u) => u.name)])).toEqual(SAFEGUARDS_000);
    expect(safeguards.every((t) => t.section === '三' && t.sectionTitle === '保障措施')).toBe(true);
    expect(safeguards[0].units).toEqual([{ name: '各领导小组责任单位', role: 'lead', collective: true }]);
    expect(safeguards[1].units.map((u) => u.role)).toEqual(['lead', 'support', 'support', 'support', 'support', 'support']);
  });

  it('reads the flattened indicator table', () => {
    const rows = x.indicators.filter((i) => !i.number.startsWith('G'));
    expect(rows.map((i) => [i.number, i.category, i.name, i.unit, i.baseline, i.targets.map((t) => [t.year, t.kind, t.value])])).toEqual([
      ['1', '航空运力', '机场货邮保障能力', '万吨', { year: 2022, value: 110 }, [[2027, 'level', 120]]],
      ['2', '航空运力', '机场旅客保障能力', '万人次', { year: 2022, value: 4500 }, [[2027, 'level', 8000]]],
      ['3', '航空运力', 'RCEP国家（地区）客货运航线', '条', { year: 2022, value: 13 }, [[2027, 'coverage', null]]],
      ['4', '上量集聚', '经陆海新通道货运量增长率', '%', null, [[2027, 'level', 15]]],
      ['5', '上量集聚', '经陆海新通道货值增长率', '%', null, [[2027, 'level', 15]]],
      ['6', '提效降本', '国际进口鲜货保障标准（非查验）', '分钟', null, [[2027, 'max', 60]]],
      ['7', '支撑服务', '外贸进出口额（东盟）', '亿元', { year: 2022, value: 306 }, [[2027, 'level', 355]]],
    ]);
    // A rate-named indicator with a % target is a rate: the yearly value is the rate itself.
    expect(rows[3].targets[0]).toMatchObject({ text: '15%', unit: '%', rate: true, direction: 'increase' });
    expect(rows[5].targets[0]).toMatchObject({ kind: 'max', direction: 'decrease', directionBy: 'unit' });
    expect(TEXT_000.slice(rows[0].span[0], rows[0].span[1])).toMatch(/^1\s+航空运力\s+机场货邮保障能力（万吨）\s+110\s+120$/);
  });

  it('finds the 2027 goal and no table line in it', () => {
    expect(x.goals).toHaveLength(1);
    expect(x.goals[0].year).toBe(2027);
    expect(x.goals[0].text).toMatch(/^到2027年，渝北区“空铁水公”.*发挥更大作用。$/);
    expect(x.indicators.filter((i) => i.number.startsWith('G'))).toEqual([]);
  });

  it('lists the units with guessed types', () => {
    const byName = new Map(x.units.map((u) => [u.name, u]));
    expect(byName.get('区交通局')).toMatchObject({ type: 'department', known: false, collective: false });
    expect(byName.get('古路镇')?.type).toBe('town');
    expect(byName.get('空港经济公司')?.type).toBe('company');
    expect(byName.get('重庆机场集团相关单位')).toMatchObject({ type: 'company', collective: false });
    expect(byName.get('机场海关')?.type).toBe('external_agency');
    expect(byName.get('市邮政管理五分局')?.type).toBe('external_agency');
    expect(byName.get('洛碛码头建设指挥部')?.type).toBe('project_hq');
    expect(byName.get('各领导小组责任单位')?.collective).toBe(true);
  });

  it('matches units to the organisation, including abbreviations', () => {
    const known = [
      { id: 'u1', name: '区商务委', aliases: ['渝北区商务委员会'], type: 'department' as const },
      { id: 'u2', name: '区发展改革委', aliases: ['区发改委'], type: 'department' as const },
      { id: 'u3', name: '区经信委', type: 'department' as const },
      { id: 'u4', name: '区人社局', type: 'department' as const },
      { id: 'u5', name: '机场海关', type: 'external_agency' as const },
    ];
    const y = parseDocument(TEXT_000, { knownUnits: known });
    const byName = new Map(y.units.map((u) => [u.name, u]));
    expect(byName.get('区商务委')).toMatchObject({ known: true, matchedId: 'u1' });
    expect(byName.get('区发展改革委')).toMatchObject({ known: true, matchedId: 'u2' });
    expect(byName.get('区经济信息委')).toMatchObject({ known: true, matchedId: 'u3' });
    expect(byName.get('区人力社保局')).toMatchObject({ known: true, matchedId: 'u4' });
    expect(byName.get('机场海关')).toMatchObject({ known: true, matchedId: 'u5', type: 'external_agency' });
    expect(byName.get('区交通局')?.known).toBe(false);
  });

  it('keeps every span inside the text', () => spansInside(x, TEXT_000));

  it('passes validation', () => expect(() => validateDocumentText(TEXT_000)).not.toThrow());
});

describe('seed 004: 重庆枢纽经济区创新发展指导意见（征求意见稿）', () => {
  const x = parseDocument(TEXT_004);

  it('reads the metadata', () => {
    expect(x.meta).toMatchObject({
      title: '重庆枢纽经济区创新发展指导意见',
      docNumber: null,
      draft: true,
      public: false,
      kind: 'guidance',
      horizonYears: [2027, 2030, 2035],
      hubTypes: ['dry_port', 'airport', 'seaport', 'trade_service', 'production_service'],
      leadingGroup: { name: '重庆市西部陆海新通道建设领导小组' },
    });
    expect(x.meta.evaluation?.levels).toEqual(['summary', 'self_evaluation', 'unified_evaluation']);
    expect(x.meta.evaluation?.linkedTo).toEqual(['funding', 'land_quota', 'award']);
    expect(x.meta.evaluation?.text).toContain('总结+自评+统评');
    expect(x.meta.evaluation?.text).not.toContain('bookmark');
  });

  it('builds the structure: seven parts, narrative kept as text', () => {
    const top = x.sections.filter((s) => s.level === 1).map((s) => s.number);
    expect(top).toEqual(['一', '二', '三', '四', '五', '六', '七']);
    expect(x.sections.filter((s) => s.parentId === '一').map((s) => s.title)).toEqual(['指导思想', '基本原则', '发展目标']);
    expect(x.sections.find((s) => s.id === '一/（二）')!.text).toContain('创新驱动、改革破局');
    expect(x.sections.find((s) => s.id === '七')).toMatchObject({ title: '强化评价考核' });
    expect(x.sections.find((s) => s.id === '七')!.text).not.toContain('bookmark');
  });

  it('turns the （一）… items of each part into measures, not the narrative', () => {
    expect(x.tasks.every((t) => t.kind === 'measure')).toBe(true);
    expect(x.tasks.map((t) => `${t.section}${t.number}`)).toEqual([
      '二（一）', '二（二）', '二（三）', '三（一）', '三（二）', '三（三）', '四（一）', '四（二）', '四（三）',
      '五（一）', '五（二）', '五（三）', '六（一）', '六（二）', '六（三）', '六（四）',
    ]);
    expect(x.tasks[0]).toMatchObject({ title: '统筹布局枢纽经济区', sectionTitle: '构建枢纽经济新载体，提升枢纽赋能产业支撑力', units: [] });
    expect(x.tasks[0].text).toMatch(/^统筹布局枢纽经济区\n依托陆港型/);
    expect(x.tasks.some((t) => /指导思想|基本原则|发展目标/.test(t.title))).toBe(false);
  });

  it('finds the goals for 2027, 2030 and 2035', () => {
    expect(x.goals.map((g) => g.year)).toEqual([2027, 2030, 2035]);
    expect(x.goals[1].text).toBe('到2030年，枢纽经济区建设成效显著。枢纽经济区对周边产业的吸附带动能力显著增强，产业发展质效显著提升，成为全市经济增长的重要引擎。');
    expect(x.goals[2].text.startsWith('到2035年，全面建成')).toBe(true);
  });

  it('turns the five 2027 goal clauses into indicators with the right kinds', () => {
    const g = x.indicators.filter((i) => i.category === '发展目标');
    expect(g.map((i) => [i.number, i.name, i.baseline, i.targets.map((t) => [t.year, t.kind, t.value, t.benchmark ?? null, t.unit ?? null])])).toEqual([
      ['G1', '通道枢纽联运量', null, [[2027, 'pending', null, null, '%']]],
      ['G2', '规上工业总产值增速', null, [[2027, 'relative', 3, '全市', '百分点']]],
      ['G3', '贡献外贸额', null, [[2027, 'growth', 10, null, '%']]],
      ['G4', '综合物流成本', null, [[2027, 'reduction', 5, null, '%']]],
      ['G5', '吸引入驻供应链企业区域总部', null, [[2027, 'level', 10, null, '家']]],
    ]);
    expect(TEXT_004.slice(g[1].span[0], g[1].span[1])).toBe('规上工业总产值增速高于全市3个百分点');
    expect(g[4].unit).toBe('家');
  });

  it('keeps every span inside the text', () => spansInside(x, TEXT_004));

  it('passes validation (measures count as structure)', () => expect(() => validateDocumentText(TEXT_004)).not.toThrow());
});
