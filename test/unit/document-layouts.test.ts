// Layouts offices receive besides numbered paragraphs: task tables in text, prose units,
// traditional script, web pages, plans run on in one paragraph; and targets read as the
// office means them. Texts below are written for the test (the real documents are scored in
// document-real.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeTarget, inferDirection, parseDocument } from '../../src/domain/document/index';

const units = (x: ReturnType<typeof parseDocument>) => x.tasks.map((t) => [t.number, t.units.map((u) => `${u.name}:${u.role}${u.collective ? '*' : ''}`)]);

describe('task tables in text', () => {
  const header = ['序号', '重点任务', '工作举措', '牵头单位', '配合单位', '责任领导', '完成时限'];
  const rows = [
    ['1', '建设陆港型物流枢纽', '完成一期工程', '区发展改革委', '区交通局、区商务委', '张三', '2024年12月底前'],
    ['2', '开通国际货运航线', '新开航线2条', '区商务委', '', '李四', '2025年6月底前'],
  ];
  const expected = [
    ['1', ['区发展改革委:lead', '区交通局:support', '区商务委:support']],
    ['2', ['区商务委:lead']],
  ];

  it('reads `|` separated rows, skipping the Markdown rule and a repeated header', () => {
    const t = ['附件：重点任务分工表', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, `| ${rows[0].join(' | ')} |`, `| ${header.join(' | ')} |`, `| ${rows[1].join(' | ')} |`].join('\n');
    const x = parseDocument(t);
    expect(units(x)).toEqual(expected);
    expect(x.tasks[0].title).toBe('建设陆港型物流枢纽');
    expect(x.tasks[0].deadlines).toEqual([{ text: '2024年12月底前', date: '2024-12-31' }]);
    expect(x.tables).toHaveLength(1);
    expect(x.tables[0]).toMatchObject({ kind: 'task', title: '重点任务分工表', header });
    expect(x.tables[0].rows[1].cells[1]).toBe('开通国际货运航线');
    expect(t.slice(...x.tasks[1].span)).toContain('开通国际货运航线');
  });

  it('reads tab separated rows (copied from a spreadsheet)', () => {
    const t = [header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n');
    expect(units(parseDocument(t))).toEqual(expected);
  });

  it('reads one cell per line with blank lines between cells, and the 责任单位 column alone', () => {
    const t = ['序号', '工作任务', '责任单位', '完成时限', '1', '推进多式联运', '市交通运输局、市发展改革委', '2024年底前', '2', '优化通关流程', '各区县政府', '持续推进'].join('\n\n');
    const x = parseDocument(t);
    expect(units(x)).toEqual([
      ['1', ['市交通运输局:lead', '市发展改革委:support']],
      ['2', ['各区县政府:lead*']],
    ]);
    expect(x.tasks[0].deadlines[0].date).toBe('2024-12-31');
  });

  it('a 责任单位 column beside a 牵头单位 column lists the supporting units', () => {
    const t = ['序号\t主要任务\t牵头单位\t责任单位', '1\t建设物流园区\t市商务局\t市财政局、市自然资源局'].join('\n');
    expect(units(parseDocument(t))).toEqual([['1', ['市商务局:lead', '市财政局:support', '市自然资源局:support']]]);
  });

  it('a 附件 table after a notice joins the notice`s tasks', () => {
    const t = ['关于印发某区物流工作方案的通知', '二、重点任务', '1.完善集疏运体系。（区交通局牵头）', '附件', '重点任务分工', '序号\t重点任务\t责任单位', '1\t建设冷链物流基地\t区商务委'].join('\n');
    const x = parseDocument(t);
    expect(x.tasks.map((k) => [k.number, k.title, k.units[0]?.name])).toEqual([
      ['1', '完善集疏运体系', '区交通局'],
      ['1', '建设冷链物流基地', '区商务委'],
    ]);
    expect(x.tasks[1].sectionTitle).toBe('重点任务分工');
  });
});

describe('units named in prose', () => {
  it('由…牵头，…配合 / 各区县（自治县）政府负责 / 市级有关部门按职责分工负责', () => {
    const t = '二、重点任务\n1.建设物流园区。加快建设。由区商务委牵头，区交通局、区发展改革委配合。\n2.完善口岸功能。各区县（自治县）政府负责。\n3.优化营商环境。市级有关部门按职责分工负责。\n4.加强与区商务委的沟通。企业负责实施。';
    expect(units(parseDocument(t))).toEqual([
      ['1', ['区商务委:lead', '区交通局:support', '区发展改革委:support']],
      ['2', ['各区县（自治县）政府:lead*']],
      ['3', ['市级有关部门:lead*']],
      ['4', []],
    ]);
  });
});

describe('traditional script', () => {
  const t = '二、重點任務\n（一）加快建設物流園區。（牽頭單位：市經貿委；配合單位：市發改委、規劃局）';
  it('reads the units and gives every string back in the original script', () => {
    const x = parseDocument(t);
    expect(units(x)).toEqual([['（一）', ['市經貿委:lead', '市發改委:support', '規劃局:support']]]);
    expect(x.tasks[0].title).toBe('加快建設物流園區');
    expect(t.slice(...x.tasks[0].span)).toBe(t.slice(t.indexOf('（一）')));
  });
  it('ignores the reading aids of reposting sites', () => {
    const x = parseDocument('二、重點任務\n（一）加快建設(shè)。（牽頭單位：市經(jīng)貿(mào)委）');
    expect(units(x)).toEqual([['（一）', ['市經貿委:lead']]]);
  });
});

describe('web pages', () => {
  it('leaves navigation, 来源, 浏览次数, 打印 and share lines out and reads the metadata block', () => {
    const t = [
      '首页 > 政务公开 > 政策文件',
      '索 引 号: | 11500112/2023-00001 | 文 号: | 渝北府办发〔2023〕36号 |',
      '来源：区政府办  发布时间：2023-06-21  浏览次数：1024',
      '【字体：大 中 小】 [ 打印 ] 分享到：',
      '重庆市渝北区物流发展工作方案',
      '二、重点任务',
      '1.建设物流园区。（区商务委牵头）',
      '扫一扫在手机打开当前页',
    ].join('\n');
    const x = parseDocument(t);
    expect(x.meta.title).toBe('重庆市渝北区物流发展工作方案');
    expect(x.meta.docNumber).toBe('渝北府办发〔2023〕36号');
    expect(units(x)).toEqual([['1', ['区商务委:lead']]]);
  });
});

describe('web pages: a Markdown-style metadata table', () => {
  it('reads key | value cells without colons, leaves the rule line out, keeps a title ending in (2024-2026)', () => {
    const t = [
      '某市物流枢纽建设三年行动方案 (2024-2026)',
      '某市物流枢纽建设三年行动方案 (2024-2026)',
      '索 引 号 | 000123/2024-001 | 分 类 | 交通 |',
      '---|---|---|---|',
      '文 号 | 某发〔2024〕3号 | 效力状态 | 有效 |',
      '文件名称 | 某市物流枢纽建设三年行动方案 (2024-2026) |',
      '一、重点任务',
      '1.建设物流园区。（市商务局牵头）',
    ].join('\n');
    const x = parseDocument(t);
    expect(x.meta.title).toBe('某市物流枢纽建设三年行动方案(2024-2026)');
    expect(x.meta.docNumber).toBe('某发〔2024〕3号');
    expect(units(x)).toEqual([['1', ['市商务局:lead']]]);
  });
});

describe('a plan run on in one paragraph', () => {
  it('reads its headings and items, spans in the text as given', () => {
    const t = '为推进物流发展，制定方案如下。一、重点任务1.建设物流园区。加快建设。（区商务委牵头）2.开通货运航线。力争开通。（区交通局牵头，区商务委配合）二、保障措施（一）加强组织领导。成立专班。';
    const x = parseDocument(t);
    expect(units(x).slice(0, 2)).toEqual([
      ['1', ['区商务委:lead']],
      ['2', ['区交通局:lead', '区商务委:support']],
    ]);
    expect(t.slice(...x.tasks[1].span)).toMatch(/^2\.开通货运航线/);
  });
});

describe('targets read as the office means them', () => {
  const read = (table: string) => parseDocument(`三、主要指标\n序号\t指标\t2022年\t2027年\n${table}`).indicators;

  it('a rate-named indicator with a % target is a rate (the yearly value), with the unit of its target', () => {
    const [i] = read('1\t经陆海新通道货运量增长率\t—\t15%');
    expect(i).toMatchObject({ unit: '%' });
    expect(i.targets[0]).toMatchObject({ kind: 'level', value: 15, rate: true, direction: 'increase' });
    expect(describeTarget(i.targets[0], i.unit, i.baseline)).toBe('2027年达到15%（每年）');
  });

  it('占比 / 比重 are rates too; 年均 makes an average yearly growth of a level', () => {
    const [a, b] = read('1\t铁水联运量占比（%）\t10\t≥15\n2\t外贸进出口额（亿元）\t306\t年均增长8%');
    expect(a.targets[0]).toMatchObject({ kind: 'min', rate: true });
    expect(b.targets[0]).toMatchObject({ kind: 'growth', value: 8, growthBasis: 'annual' });
    expect(describeTarget(b.targets[0], b.unit, b.baseline)).toBe('2027年前年均增长8%');
  });

  it('a fall is read against its base year, and time limits in words', () => {
    const [a, b] = read('1\t综合物流成本\t—\t降低5%\n2\t口岸整体通关时间（分钟）\t90\t不高于60');
    expect(a.targets[0]).toMatchObject({ kind: 'reduction', value: 5 });
    expect(describeTarget(a.targets[0], a.unit, { year: 2022, value: 100 })).toBe('2027年较2022年下降5%');
    expect(b.targets[0]).toMatchObject({ kind: 'max', direction: 'decrease', directionBy: 'wording' });
    expect(describeTarget(b.targets[0], b.unit, b.baseline)).toBe('2027年不高于60分钟');
  });

  it('direction: wording decides outright; a word inside a longer name does not', () => {
    expect(inferDirection('国际班列开行时长', '', '')).toEqual({ direction: 'decrease', by: 'name' });
    expect(inferDirection('投诉处理满意度', '%', '')).toEqual({ direction: 'increase', by: 'default' });
    expect(inferDirection('城乡居民最低生活保障标准', '元', '')).toEqual({ direction: 'increase', by: 'default' });
    expect(inferDirection('物流成本降低率', '%', '')).toEqual({ direction: 'increase', by: 'default' });
    expect(inferDirection('货运量', '万吨', '控制在500以内')).toEqual({ direction: 'decrease', by: 'wording' });
    expect(inferDirection('碳排放强度', '', '')).toEqual({ direction: 'decrease', by: 'name' });
  });

  it('asks when the baseline already meets the target or the direction was guessed from the name', () => {
    const [a, b] = read('1\t航线数量（条）\t20\t15\n2\t单证办理用时\t—\t5');
    expect(a.questions?.[0]).toMatch(/基期值20已达到2027年目标15/);
    expect(b.questions?.[0]).toMatch(/越低越好/);
  });

  it('names the six hub types, 陆上边境口岸型 included', () => {
    const x = parseDocument('建设陆港型、港口型、空港型、生产服务型、商贸服务型、陆上边境口岸型国家物流枢纽。\n二、重点任务\n1.推进。（区商务委牵头）');
    expect([...x.meta.hubTypes].sort()).toEqual(['airport', 'dry_port', 'land_border', 'production_service', 'seaport', 'trade_service']);
  });
});

describe('any table or text ends in an extraction, never an exception; re-import is a no-op', () => {
  const cell = fc.oneof(fc.constantFrom('', '序号', '重点任务', '牵头单位', '配合单位', '责任单位', '完成时限', '1', '2', '区商务委', '市级有关部门', '2024年底前', '|', '\t'), fc.string({ maxLength: 12 }));
  const table = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }).chain((rows) =>
    fc.constantFrom('|', '\t', '\n').map((sep) => rows.map((r) => (sep === '|' ? `| ${r.join(' | ')} |` : r.join(sep))).join(sep === '\n' ? '\n\n' : '\n')),
  );
  it('random task tables', () => {
    fc.assert(
      fc.property(table, (t) => {
        const x = parseDocument(t);
        for (const k of x.tasks) expect(k.span[0] >= 0 && k.span[1] <= t.length && k.span[0] <= k.span[1]).toBe(true);
        expect(JSON.stringify(parseDocument(t))).toBe(JSON.stringify(x));
      }),
      { numRuns: 200 },
    );
  });
});

describe('re-importing the same document is a no-op', () => {
  it('every task comes back unchanged, for any mix of table rows and annotated items', async () => {
    const { diffExtractions } = await import('../../src/domain/document/index');
    const item = fc.record({ title: fc.constantFrom('建设物流园区', '开通货运航线', '完善口岸功能', '推进多式联运'), unit: fc.constantFrom('区商务委', '区交通局', '各镇街', '市级有关部门') });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.boolean(), (items, asTable) => {
        const t = asTable
          ? ['序号\t重点任务\t责任单位', ...items.map((x, k) => `${k + 1}\t${x.title}${k}\t${x.unit}`)].join('\n')
          : ['二、重点任务', ...items.map((x, k) => `${k + 1}.${x.title}${k}。（${x.unit}牵头）`)].join('\n');
        const a = parseDocument(t);
        const b = parseDocument(t);
        const diff = diffExtractions(a.tasks, b.tasks);
        expect(diff.every((d) => d.kind === 'unchanged')).toBe(true);
        expect(diff).toHaveLength(items.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the unit a target lends', () => {
  it('a rate or level target gives its unit; a fall of a cost does not make the cost a percentage', () => {
    const x = parseDocument('三、主要指标\n序号\t指标\t2022年\t2027年\n1\t铁水联运比重\t—\t20%\n2\t综合物流成本\t—\t降低5%');
    expect(x.indicators.map((i) => i.unit)).toEqual(['%', '']);
  });
});

describe('eighth batch rules: a closing units bracket after sub-items, reading aids inside a goal', () => {
  it('a units bracket on its own line after the last sub-item closes the parent item: the item is the task', () => {
    const text = [
      '二、主要任务',
      '1.健全冷链监测体系',
      '(1)建立冷库温控监测平台,……',
      '(2)推进冷藏车辆定位接入,……',
      '(责任单位:市商务局、各县(市、区)人民政府)',
      '2.完善寄递网络',
      '(1)建设乡镇寄递站点,……',
      '(2)推进快递进村,……',
      '(责任单位:市邮政管理局、市交通运输局)',
    ].join('\n');
    const x = parseDocument(text);
    expect(x.tasks.map((t) => [t.number, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', ['市商务局:lead', '各县(市、区)人民政府:support']],
      ['2', ['市邮政管理局:lead', '市交通运输局:support']],
    ]);
    // Sub-items with units of their own stay the tasks.
    const own = parseDocument(['二、主要任务', '1.健全冷链监测体系', '(1)建立平台。(责任单位:市商务局)', '(2)推进接入。(责任单位:市交通运输局)'].join('\n'));
    expect(own.tasks.map((t) => t.number)).toEqual(['（1）', '（2）']);
  });

  it('pinyin reading aids inside 到YYYY年 and inside a unit do not hide a goal; spans stay on the input', () => {
    const text = '會議指出,力爭(zhēng)到2026年,全市冷庫(kù)容量達(dá)到80萬(wàn)立方米,基本建成冷鏈體系。';
    const x = parseDocument(text);
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets[0].year, i.targets[0].value])).toEqual([['冷庫容量', '萬立方米', 2026, 80]]);
    for (const g of x.goals) expect(text.slice(g.span[0], g.span[1])).toContain('(zhēng)到2026年');
  });
});
