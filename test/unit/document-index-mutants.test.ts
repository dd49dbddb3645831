// parseDocument's own decisions (src/domain/document/index.ts, issue 18): the issuer's level
// that types the units, known units, the web page's metadata as a fallback, the document's
// year for year-less deadlines, the horizon years, and options it must survive.
import { describe, expect, it } from 'vitest';
import { parseCheckedDocument, parseDocument } from '../../src/domain/document/index';

const plan = (head: string[], ...items: string[]) => [...head, '二、重点任务', ...items].join('\n');

describe('parseDocument: units typed by the issuer level', () => {
  const items = ['1.建设物流园区。（市商务委牵头，国家发展改革委配合）'];
  const types = (head: string[]) => parseDocument(plan(head, ...items)).units.map((u) => [u.name, u.type]);

  it('a district issuer: the city body is outside; a city issuer: it is a department', () => {
    expect(types(['重庆市渝北区人民政府办公室', '渝北区物流工作方案'])).toEqual([
      ['市商务委', 'external_agency'],
      ['国家发展改革委', 'external_agency'],
    ]);
    expect(types(['重庆市人民政府办公厅', '重庆市物流工作方案'])).toEqual([
      ['市商务委', 'department'],
      ['国家发展改革委', 'external_agency'],
    ]);
    // 自治区 and 地区 are no district
    expect(types(['广西壮族自治区人民政府', '广西物流工作方案'])[0]).toEqual(['市商务委', 'department']);
    expect(types(['黔南地区行政公署办公室', '黔南物流工作方案'])[0]).toEqual(['市商务委', 'department']);
    expect(types(['大兴安岭地区行政公署', '物流工作方案'])[0]).toEqual(['市商务委', 'department']);
    expect(types(['某县人民政府', '物流工作方案'])[0]).toEqual(['市商务委', 'external_agency']);
  });

  it('a national issuer: national bodies are departments', () => {
    for (const issuer of ['国务院办公厅', '国家发展改革委', '交通运输部', '中共中央办公厅']) {
      expect([issuer, types([issuer, '物流工作方案'])[1]]).toEqual([issuer, ['国家发展改革委', 'department']]);
    }
    // 国家 and 中共中央 only at the start, 部 only at the end
    expect(types(['重庆市国家安全委员会', '物流工作方案'])[1]).toEqual(['国家发展改革委', 'external_agency']);
    expect(types(['重庆市部门联席办公室', '物流工作方案'])[1]).toEqual(['国家发展改革委', 'external_agency']);
  });

  it('no issuer: a title opening with a district or county name is a district plan', () => {
    expect(types(['渝北区物流工作方案'])[0]).toEqual(['市商务委', 'external_agency']);
    expect(types(['石柱县物流工作方案'])[0]).toEqual(['市商务委', 'external_agency']);
    expect(types(['重庆市物流工作方案'])[0]).toEqual(['市商务委', 'department']);
    // two to four characters before 区/县
    expect(types(['两江新区物流工作方案'])[0]).toEqual(['市商务委', 'external_agency']);
    expect(types(['重庆两江新区物流工作方案'])[0]).toEqual(['市商务委', 'department']);
    expect(types(['北区物流工作方案'])[0]).toEqual(['市商务委', 'department']);
  });
});

describe('parseDocument: the units list', () => {
  const text = plan(
    ['渝北区物流工作方案'],
    '1.建设物流园区。（区商务委牵头，各镇街配合）',
    '2.开通货运航线。（区商务委牵头，区交通局配合）',
  );

  it('each unit once, in order of first mention, collective ones flagged', () => {
    expect(parseDocument(text).units).toEqual([
      { name: '区商务委', type: 'department', known: false, collective: false },
      { name: '各镇街', type: 'town', known: false, collective: true },
      { name: '区交通局', type: 'department', known: false, collective: false },
    ]);
  });

  it('known units give their type and id; malformed known units are ignored', () => {
    const known = [
      { id: 'u-1', name: '区商务委员会', aliases: ['区商务委'], type: 'company' },
      { name: '区交通局', type: 'enterprise' },
      null,
      { id: 'x', name: 5 },
    ] as never;
    expect(parseDocument(text, { knownUnits: known }).units).toEqual([
      { name: '区商务委', type: 'company', known: true, matchedId: 'u-1', collective: false },
      { name: '各镇街', type: 'town', known: false, collective: true },
      { name: '区交通局', type: 'enterprise', known: true, collective: false },
    ]);
    // options that are not an object, or known units that are not a list, are no options
    for (const opts of [null, 'x', 3, { knownUnits: 'x' }, { knownUnits: null }]) {
      expect(parseDocument(text, opts as never).units.map((u) => u.known)).toEqual([false, false, false]);
    }
  });
});

describe('parseDocument: the page around a document', () => {
  it('the web metadata gives the number and title only when the document has none', () => {
    const page = [
      '文 号: | 渝北府办发〔2023〕36号 |',
      '标 题: | 【政策文件】渝北区物流发展工作方案 |',
      '二、重点任务',
      '1.建设物流园区。（区商务委牵头）',
    ].join('\n');
    const m = parseDocument(page).meta;
    expect([m.docNumber, m.title]).toEqual(['渝北府办发〔2023〕36号', '【政策文件】渝北区物流发展工作方案']);
    const own = parseDocument(['渝北府办发〔2023〕37号', '渝北区物流发展实施方案', page].join('\n')).meta;
    expect([own.docNumber, own.title]).toEqual(['渝北府办发〔2023〕37号', '渝北区物流发展实施方案']);
    // a column label before the document's own title is dropped
    expect(parseDocument(['【市政府重点工作】渝北区物流发展工作方案', '二、重点任务', '1.建设物流园区。（区商务委牵头）'].join('\n')).meta.title).toBe(
      '渝北区物流发展工作方案',
    );
  });
});

describe('parseDocument: years', () => {
  it('a year-less deadline takes the issue year, else the year in the title', () => {
    const item = '1.建设物流园区，年底前完成。（区商务委牵头）';
    const dated = parseDocument(plan(['渝北区2021年物流工作方案', '2023年6月21日'], item));
    expect(dated.tasks[0].deadlines.map((d) => d.date)).toEqual(['2023-12-31']);
    const titled = parseDocument(plan(['渝北区2021年物流工作方案'], item));
    expect(titled.tasks[0].deadlines.map((d) => d.date)).toEqual(['2021-12-31']);
    const none = parseDocument(plan(['渝北区物流工作方案'], item));
    expect(none.tasks[0].deadlines).toEqual([]);
  });

  it('horizon years: the goals\' years, else every 到/至 year, sorted and once each', () => {
    const x = parseDocument(plan(['渝北区物流工作方案', '建设到2027年完成，至2025年起步，到2027年见效，2030年远景。'], '1.建设物流园区。（区商务委牵头）'));
    expect(x.meta.horizonYears).toEqual([2025, 2027]);
    expect(parseDocument(plan(['渝北区物流工作方案'], '1.建设物流园区。（区商务委牵头）')).meta.horizonYears).toEqual([]);
  });
});

describe('parseDocument: inputs it must survive', () => {
  it('no text is an empty extraction, never an exception', () => {
    for (const input of [undefined, null, 5, {}]) {
      const x = parseDocument(input as never);
      expect([x.meta.title, x.sections, x.tasks, x.indicators, x.goals, x.units, x.tables]).toEqual(['', [], [], [], [], [], []]);
      expect(x.meta).toEqual({
        title: '', docNumber: null, issuer: null, issuedDate: null, addressees: [], public: false, draft: false,
        basis: [], horizonYears: [], hubTypes: [], kind: 'plan',
      });
    }
  });

  it('parseCheckedDocument gives the extraction of a valid text', () => {
    const t = plan(['渝北区物流工作方案'], '1.建设物流园区。（区商务委牵头）');
    expect(parseCheckedDocument(t)).toEqual(parseDocument(t));
  });
});

describe('parseDocument: the indicator table as the review screen shows it', () => {
  it('one row per indicator: number, category, name, unit, base value (0 too), targets joined by ；', () => {
    const t = [
      '三、主要指标',
      '序号\t指标\t单位\t2022年\t2025年\t2027年',
      '1\t铁水联运比重\t%\t12\t15\t20',
      '2\t综合物流成本\t\t—\t—\t降低5%',
      '3\t港口吞吐量\t\t0\t\t200万吨',
    ].join('\n');
    const x = parseDocument(t);
    const row = (n: string) => t.indexOf(`\n${n}\t`) + 1;
    expect(x.tables).toEqual([
      {
        kind: 'indicator',
        title: '',
        header: ['序号', '类别', '指标', '单位', '基期', '目标'],
        rows: [
          { cells: ['1', '', '铁水联运比重', '%', '12', '15；20'], span: [row('1'), row('2') - 1] },
          { cells: ['2', '', '综合物流成本', '', '', '—；降低5%'], span: [row('2'), row('3') - 1] },
          { cells: ['3', '', '港口吞吐量', '', '0', '；200万吨'], span: [row('3'), t.length] },
        ],
        span: [row('1'), t.length],
      },
    ]);
    expect(parseDocument('二、重点任务\n1.建设物流园区。（区商务委牵头）').tables).toEqual([]);
  });

  it('an empty unit cell takes the unit of a level target, not of a growth or a fall', () => {
    const x = parseDocument(
      ['三、主要指标', '序号\t指标\t2022年\t2027年', '1\t铁水联运比重\t—\t20%', '2\t综合物流成本\t—\t降低5%', '3\t外贸进出口额\t—\t增长10%'].join('\n'),
    );
    expect(x.indicators.map((i) => [i.name, i.unit])).toEqual([
      ['铁水联运比重', '%'],
      ['综合物流成本', ''],
      ['外贸进出口额', ''],
    ]);
  });
});
