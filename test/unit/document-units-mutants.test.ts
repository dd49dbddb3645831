// src/domain/document/units.ts function by function (issue 18): unit-name folding (with an
// idempotence property over the abbreviation table), matching against the organisation, the
// type guessed for every branch, collective names with counter-examples, level words, role
// splitting of annotation segments, and where annotations are found in a task's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_ABBREVIATIONS } from '../../src/domain/document/unit-abbreviations';
import {
  canonicalUnitKey,
  findAnnotations,
  guessUnitType,
  guessUnitTypeIn,
  isCollective,
  matchUnitName,
  mergeLevelWords,
  resolveUnits,
  unitsOfText,
  type UnitSegment,
} from '../../src/domain/document/units';
import type { KnownUnit } from '../../src/domain/document/types';

describe('canonicalUnitKey', () => {
  it('folds the place name away and keeps the level', () => {
    expect(
      Object.fromEntries(
        [
          '重庆市渝北区发展和改革委员会',
          '重庆市发展和改革委员会',
          '渝北区商务委员会',
          '两江新区商务委员会',
          '黄浦区商务委员会',
          '梁平区发展和改革委员会',
          '遵义市发展改革委',
          '四川省成都市交通运输局',
          '石柱土家族自治县发展改革委',
          '重庆市渝北区人民政府',
        ].map((n) => [n, canonicalUnitKey(n)]),
      ),
    ).toEqual({
      重庆市渝北区发展和改革委员会: '区发展改革委',
      重庆市发展和改革委员会: '市发展改革委',
      渝北区商务委员会: '区商务委',
      两江新区商务委员会: '区商务委',
      黄浦区商务委员会: '区商务委',
      梁平区发展和改革委员会: '区发展改革委',
      遵义市发展改革委: '市发展改革委',
      四川省成都市交通运输局: '市交通局',
      石柱土家族自治县发展改革委: '县发展改革委',
      重庆市渝北区人民政府: '区政府',
    });
  });
  it('人民政府 becomes 政府, spaces go, half-width brackets become full-width, 委员会 becomes 委', () => {
    expect(canonicalUnitKey('区人民政府办公室')).toBe('区政府办');
    expect(canonicalUnitKey('县人民政府办公室')).toBe('县政府办');
    expect(canonicalUnitKey('区人民政府外事办公室')).toBe('区政府外办');
    expect(canonicalUnitKey('区 发改委')).toBe('区发展改革委');
    expect(canonicalUnitKey('区人力资源和社会保障局(试点)')).toBe('区人力社保局（试点）');
    expect(canonicalUnitKey('区招商委员会')).toBe('区招商委');
    expect(canonicalUnitKey('区招商投资促进委员会')).toBe('区招商投资促进委');
    expect(canonicalUnitKey('市口岸物流办')).toBe('市口岸物流办');
    expect(canonicalUnitKey('  ')).toBe('');
  });
  it('greedy left to right: a key already folded is not expanded again; every occurrence is folded', () => {
    expect(canonicalUnitKey('区政府外办')).toBe('区政府外办');
    expect(canonicalUnitKey('发改委发改委')).toBe('发展改革委发展改革委');
    expect(canonicalUnitKey('区交通运输委员会')).toBe('区交通局');
  });
  it('every spelling of the table, after 区/市/县 or a full district prefix, folds to the row key (and folding twice changes nothing)', () => {
    const prefixes: [string, string][] = [
      ['区', '区'],
      ['市', '市'],
      ['县', '县'],
      ['重庆市', '市'],
      ['重庆市渝北区', '区'],
      ['两江新区', '区'],
    ];
    // 重庆市临空经济区办公室 is a known counter-example (todo at the end of this file).
    const cases = UNIT_ABBREVIATIONS.flatMap((row) => row.flatMap((v) => prefixes.map(([p, level]) => [p + v, level + row[0]] as const))).filter(([n]) => n !== '重庆市临空经济区办公室');
    expect(cases.length).toBeGreaterThan(500);
    for (const [name, key] of cases) expect([name, canonicalUnitKey(name), canonicalUnitKey(canonicalUnitKey(name))]).toEqual([name, key, key]);
  });
  it('property: idempotent and blind to spaces and bracket width, for one body with a level in front', () => {
    // A mix of several bodies in one name is not a unit name; 黄浦区 + a short form is a known
    // counter-example (todo at the end of this file), so the level prefixes here are the ones above.
    const name = fc.record({
      prefix: fc.constantFrom('区', '市', '县', '重庆市', '重庆市渝北区', '两江新区'),
      body: fc.constantFrom(...UNIT_ABBREVIATIONS.flat()),
      space: fc.nat(),
      suffix: fc.constantFrom('', '（试点）', '(试点)', ' '),
    });
    fc.assert(
      fc.property(name, ({ prefix, body, space, suffix }) => {
        const plain = prefix + body + suffix;
        fc.pre(plain !== '重庆市临空经济区办公室');
        const at = space % (body.length + 1);
        const spaced = prefix + body.slice(0, at) + ' ' + body.slice(at) + suffix.replace('(', ' (');
        const k = canonicalUnitKey(plain);
        expect(canonicalUnitKey(k)).toBe(k);
        expect(canonicalUnitKey(spaced)).toBe(k);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchUnitName', () => {
  const known: KnownUnit[] = [
    { id: '1', name: '区发展和改革委员会', aliases: ['发改'] },
    { id: '2', name: '区商务委', aliases: ['商务'] },
    { id: '3', name: '区交通局', aliases: ['区交通运输委员会'] },
  ];
  it('exact (ignoring spaces and bracket width), then alias, then abbreviation', () => {
    expect(matchUnitName('区商务委', known)).toEqual({ unit: known[1], how: 'exact' });
    expect(matchUnitName('区 商务委', known)).toEqual({ unit: known[1], how: 'exact' });
    expect(matchUnitName('商务', known)).toEqual({ unit: known[1], how: 'alias' });
    expect(matchUnitName('发 改', known)).toEqual({ unit: known[0], how: 'alias' });
    expect(matchUnitName('区发改委', known)).toEqual({ unit: known[0], how: 'abbreviation' });
    expect(matchUnitName('重庆市渝北区商务委员会', known)).toEqual({ unit: known[1], how: 'abbreviation' });
    // Through an alias's key: 区交通运输局 → 区交通局 is also the name's key, so the name matches first.
    expect(matchUnitName('区交通运输局', known)).toEqual({ unit: known[2], how: 'abbreviation' });
  });
  it('an alias matches by abbreviation when only the alias folds to the same key', () => {
    const k: KnownUnit[] = [{ name: '交通', aliases: [7 as unknown as string, '区交通运输委员会'] }];
    expect(matchUnitName('区交委', k)).toEqual({ unit: k[0], how: 'abbreviation' });
    expect(matchUnitName('区财政局', k)).toBeNull();
  });
  it('exact beats alias beats abbreviation, whatever the order of the list', () => {
    const a: KnownUnit = { name: '甲', aliases: ['区商务委'] };
    const b: KnownUnit = { name: '区商务委' };
    expect(matchUnitName('区商务委', [a, b])).toEqual({ unit: b, how: 'exact' });
    const c: KnownUnit = { name: '区商务委员会' };
    expect(matchUnitName('区商务委', [c, a])).toEqual({ unit: a, how: 'alias' });
  });
  it('nothing to match: empty name, no list, junk entries, a different body', () => {
    expect(matchUnitName('', known)).toBeNull();
    expect(matchUnitName('区商务委', [])).toBeNull();
    expect(matchUnitName('区商务委', null as unknown as KnownUnit[])).toBeNull();
    expect(matchUnitName('区商务委', [null as unknown as KnownUnit, { name: 5 } as unknown as KnownUnit, { name: '区财政局', aliases: 'x' } as unknown as KnownUnit])).toBeNull();
    expect(matchUnitName('  ', [{ name: '' }])).toEqual({ unit: { name: '' }, how: 'exact' });
    expect(matchUnitName('  ', [{ name: '区' }])).toBeNull();
    expect(matchUnitName('市商务委', known)).toBeNull();
    expect(matchUnitName('区商务局', known)).toBeNull();
  });
});

describe('guessUnitTypeIn: every branch', () => {
  const cases: [string, 'district' | 'city' | 'national', string][] = [
    ['区重大项目指挥部', 'district', 'project_hq'],
    ['重庆海关', 'district', 'external_agency'],
    ['重庆海关综合处', 'district', 'external_agency'],
    ['海关缉私科', 'district', 'external_agency'],
    ['市税务局渝北分局', 'district', 'external_agency'],
    ['重庆机场集团', 'district', 'company'],
    ['中国移动公司', 'district', 'company'],
    ['集团相关单位', 'district', 'company'],
    ['某某集团有限公司', 'district', 'company'],
    ['龙兴镇', 'district', 'town'],
    ['双龙湖街道', 'district', 'town'],
    ['双凤桥街道办事处', 'district', 'town'],
    ['大盛镇人民政府', 'district', 'town'],
    ['镇街', 'district', 'town'],
    ['市商务委', 'district', 'external_agency'],
    ['重庆市交通局', 'district', 'external_agency'],
    ['市科技中心', 'district', 'external_agency'],
    ['市商务委', 'city', 'department'],
    ['市政府', 'district', 'department'],
    ['国家发展改革委', 'district', 'external_agency'],
    ['国务院办公厅', 'city', 'external_agency'],
    ['国家发展改革委', 'national', 'department'],
    ['省发展改革委', 'district', 'department'],
    ['自治区商务厅', 'district', 'department'],
    ['民航局', 'district', 'external_agency'],
    ['重庆铁路局', 'city', 'external_agency'],
    ['区税务局', 'district', 'department'],
    ['区商务委', 'district', 'department'],
    ['区管委会', 'district', 'department'],
    ['区消防救援支队', 'district', 'department'],
    ['区检测站', 'district', 'department'],
    ['区人民医院', 'district', 'department'],
    ['重庆大学', 'district', 'enterprise'],
    ['区物流协会', 'district', 'enterprise'],
    ['相关企业', 'district', 'enterprise'],
    ['各有关部门', 'district', 'department'],
    ['各区县', 'district', 'department'],
    ['区物流', 'district', 'enterprise'],
    ['市工会', 'district', 'enterprise'],
    ['重庆市渝北区商务委', 'district', 'department'],
    ['重庆市渝北区商务委', 'city', 'department'],
    ['', 'district', 'department'],
  ];
  for (const [name, level, type] of cases)
    it(`${name || '(empty)'} issued by a ${level} body → ${type}`, () => {
      expect(guessUnitTypeIn(name, level)).toBe(type);
    });
  it('defaults to a district issuer; a non-string is a department', () => {
    expect(guessUnitTypeIn('市商务委')).toBe('external_agency');
    expect(guessUnitType('市商务委')).toBe('external_agency');
    expect(guessUnitType(5 as unknown as string)).toBe('department');
  });
});

describe('isCollective', () => {
  it('plural bodies, with and without a level in front', () => {
    for (const n of ['各有关部门', '有关单位', '市级有关部门', '区政府各部门', '国务院有关部门', '省级相关部门', '所有单位', '全体', '全区各镇街', '全市范围内各单位', '区县', '镇街政府', '各区县', '区直各部门', '市属有关企业', '县直相关单位', '区级其他部门'])
      expect([n, isCollective(n)]).toEqual([n, true]);
  });
  it('counter-examples: one named body, a level alone, a level prefix without a plural', () => {
    for (const n of ['区商务委', '全区', '全市范围内单位', '区直机关', '区属企业', '区交通局各科室', '县城', '镇政府'])
      expect([n, isCollective(n)]).toEqual([n, false]);
  });
});

describe('mergeLevelWords', () => {
  it('joins bare levels to the body they share, keeps other parts as given', () => {
    expect(mergeLevelWords(['各县', '自治县', '区（市）人民政府', '市商务委'])).toEqual(['各县、自治县、区（市）人民政府', '市商务委']);
    expect(mergeLevelWords(['区县', ' 区商务委 '])).toEqual(['区县、区商务委']);
    expect(mergeLevelWords([' 市商务委 ', '区财政局'])).toEqual([' 市商务委 ', '区财政局']);
    // Levels left over at the end stay, trimmed.
    expect(mergeLevelWords(['市商务委', ' 县 ', '镇'])).toEqual(['市商务委', '县', '镇']);
    expect(mergeLevelWords([])).toEqual([]);
  });
});

const roles = (segments: UnitSegment[]) => resolveUnits(segments).map((u) => `${u.name}/${u.role}${u.collective ? '*' : ''}`);

describe('resolveUnits: role splitting', () => {
  it('no role stated: the first unit leads, the rest support', () => {
    expect(roles([{ label: null, content: '区交通局、区财政局' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区交通局、区财政局' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: null, content: '区交通局、区财政局按职责分工负责' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([])).toEqual([]);
  });
  it('牵头 and 配合 clauses; a clause without a role word takes the next stated role', () => {
    expect(roles([{ label: null, content: '区商务委牵头，区交通局、区财政局配合' }])).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
    expect(roles([{ label: null, content: '区交通局，区财政局，区商务委牵头' }])).toEqual(['区交通局/lead', '区财政局/lead', '区商务委/lead']);
    // A 负责 clause in between stops the look-ahead.
    expect(roles([{ label: null, content: '区交通局，区财政局负责，区商务委牵头' }])).toEqual(['区交通局/support', '区财政局/support', '区商务委/lead']);
    expect(roles([{ label: null, content: '区商务委，区交通局按职责分工负责，区财政局配合' }])).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区交通局分别牵头，区财政局共同配合' }])).toEqual(['区交通局/lead', '区财政局/support']);
  });
  it('由A会同B负责: A leads, B supports', () => {
    expect(roles([{ label: null, content: '由区商务委会同区交通局、区财政局负责' }])).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
  });
  it('labels: 牵头单位 leads; 责任单位 beside a 牵头单位 supports; 配合单位 supports', () => {
    expect(roles([{ label: 'lead', content: '区商务委' }, { label: 'resp', content: '区交通局、区财政局' }])).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
    expect(roles([{ label: 'support', content: '区交通局、区财政局' }])).toEqual(['区交通局/support', '区财政局/support']);
    // A later unlabelled unit leads when no one else does.
    expect(roles([{ label: 'support', content: '区交通局' }, { label: null, content: '区财政局' }])).toEqual(['区交通局/support', '区财政局/lead']);
  });
  it('（牵头）（主责） and （配合）（参与） markers on one unit', () => {
    expect(roles([{ label: 'resp', content: '区交通局（牵头）、区财政局' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区交通局、区财政局（主责）、区商务委(参与)' }])).toEqual(['区交通局/support', '区财政局/lead', '区商务委/support']);
    expect(roles([{ label: 'resp', content: '区交通局（协办）、区财政局' }])).toEqual(['区交通局/support', '区财政局/lead']);
  });
  it('a name given twice counts once; collective names are marked', () => {
    expect(roles([{ label: 'resp', content: '区交通局、区交通局、区财政局' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区交通局、各有关部门' }])).toEqual(['区交通局/lead', '各有关部门/support*']);
    expect(roles([{ label: 'resp', content: '各县、自治县、区（市）人民政府' }])).toEqual(['各县、自治县、区（市）人民政府/lead*']);
  });
  it('separators: 、 / ／ 及 以及 and ，；; but not 和 inside a name', () => {
    expect(roles([{ label: 'resp', content: '区交通局及区财政局以及区商务委/区科技局／区教委' }])).toEqual(['区交通局/lead', '区财政局/support', '区商务委/support', '区科技局/support', '区教委/support']);
    expect(roles([{ label: 'resp', content: '区交通局；区财政局' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区人力资源和社会保障局' }])).toEqual(['区人力资源和社会保障局/lead']);
  });
  it('a segment stops at the full stop, the line, a wide gap or the next non-unit field', () => {
    for (const content of ['区交通局。区财政局', '区交通局\n区财政局', '区交通局  区财政局', '区交通局 完成时限：2023年12月底', '区交通局责任人:张三', '区交通局 联系电话：123'])
      expect([content, roles([{ label: 'resp', content }])]).toEqual([content, ['区交通局/lead']]);
  });
  it('leading joiners, trailing 等 and time limits are not units', () => {
    expect(roles([{ label: 'resp', content: '由区交通局、会同区财政局等有关单位' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '2023年底前完成、区交通局、持续推进、区' }])).toEqual(['区交通局/lead']);
    expect(roles([{ label: 'resp', content: '、区交通局等，区财政局等部门。' }])).toEqual(['区交通局/lead', '区财政局/support']);
    expect(roles([{ label: 'resp', content: '区交通局、12、A' }])).toEqual(['区交通局/lead']);
    expect(roles([{ label: 'resp', content: `区交通局、${'很'.repeat(41)}局` }])).toEqual(['区交通局/lead']);
  });
});

const found = (t: string) => findAnnotations(t).map((a) => [t.slice(a.start, a.end), a.segments]);

describe('findAnnotations', () => {
  it('a bracket with role words, labels, or a bare list closing the paragraph', () => {
    expect(found('推进口岸建设（区商务委牵头，区交通局配合）。')).toEqual([['（区商务委牵头，区交通局配合）', [{ label: null, content: '区商务委牵头，区交通局配合' }]]]);
    expect(found('推进口岸建设(责任单位:区商务委)')).toEqual([['(责任单位:区商务委)', [{ label: 'resp', content: '区商务委' }]]]);
    expect(found('推进口岸建设〔牵头单位：区商务委；配合单位：区交通局〕')).toEqual([
      ['〔牵头单位：区商务委；配合单位：区交通局〕', [{ label: 'lead', content: '区商务委' }, { label: 'support', content: '区交通局' }]],
    ]);
    expect(found('推进口岸建设（区商务委、区交通局）。')).toEqual([['（区商务委、区交通局）', [{ label: null, content: '区商务委、区交通局' }]]]);
    expect(found('推进口岸建设（区交通局、各有关部门）。')).toEqual([['（区交通局、各有关部门）', [{ label: null, content: '区交通局、各有关部门' }]]]);
    expect(found('推进口岸建设（区商务委牵头;区交通局配合）')).toEqual([['（区商务委牵头;区交通局配合）', [{ label: null, content: '区商务委牵头;区交通局配合' }]]]);
  });
  it('counter-examples: time limits, prose with 参与, a bare list in mid-sentence, a numbered remark, a list that is not all units', () => {
    for (const t of ['推进口岸建设（2023年底前完成）。', '推进口岸建设（市场主体参与）。', '推进口岸建设（区商务委、区交通局）加快进度。', '推进口岸建设（1. 区商务委牵头）。', '推进口岸建设（区交通局、相关企业）。', '推进口岸建设。加强与区商务委的沟通。', '推进口岸建设（）。'])
      expect([t, found(t)]).toEqual([t, []]);
  });
  it('offsets are relative to the text; a nested bracket before does not hide a later annotation', () => {
    const t = '推进（见附件（二））口岸建设（区商务委牵头）。';
    expect(findAnnotations(t).map((a) => [a.start, a.end])).toEqual([[14, 22]]);
    const u = '推进口岸建设（区商务委牵头，区交通局配合）。';
    expect(findAnnotations(u).map((a) => [a.start, a.end])).toEqual([[6, 21]]);
  });
  it('labels outside brackets, on their own line or as 【责任单位】, up to the end of the line', () => {
    expect(findAnnotations('推进口岸建设。\n责任单位：区商务委、区交通局\n下一行')).toEqual([{ start: 8, end: 22, segments: [{ label: 'resp', content: '区商务委、区交通局' }] }]);
    expect(findAnnotations('推进口岸建设【责任单位】区商务委、区交通局')).toEqual([{ start: 6, end: 21, segments: [{ label: 'resp', content: '区商务委、区交通局' }] }]);
    expect(found('推进口岸建设。牵头单位：区商务委  配合单位：区交通局')).toEqual([
      ['牵头单位：区商务委  配合单位：区交通局', [{ label: 'lead', content: '区商务委' }, { label: 'support', content: '区交通局' }]],
    ]);
  });
  it('a sentence that only names units and their role', () => {
    expect(findAnnotations('推进口岸建设。由区商务委牵头，区交通局、区发展改革委配合。')).toEqual([
      { start: 7, end: 29, segments: [{ label: null, content: '区商务委牵头，区交通局、区发展改革委配合' }] },
    ]);
    expect(found('推进口岸建设。各区县（自治县）政府负责。')).toEqual([['各区县（自治县）政府负责。', [{ label: null, content: '各区县（自治县）政府负责' }]]]);
  });
  it('unitsOfText merges every annotation of a task', () => {
    expect(unitsOfText('推进口岸建设。')).toEqual({ units: [], annotations: [] });
    const r = unitsOfText('推进口岸建设（牵头单位：区商务委）。\n责任单位：区交通局');
    expect(r.units).toEqual([
      { name: '区商务委', role: 'lead', collective: false },
      { name: '区交通局', role: 'support', collective: false },
    ]);
    expect(r.annotations.map((a) => [a.start, a.end])).toEqual([[6, 17], [19, 28]]);
  });
});

describe('role splitting: counter-examples found by the mutation tests, fixed', () => {
  it('并请区交通局 names 区交通局 (joiners stack)', () => {
    expect(roles([{ label: null, content: '区商务委牵头，并请区交通局配合' }])).toEqual(['区商务委/lead', '区交通局/support']);
  });
  it('（牵头单位：区商务委，区交通局配合）: the clause that says 配合 supports under a 牵头单位 label', () => {
    expect(roles([{ label: 'lead', content: '区商务委，区交通局配合' }])).toEqual(['区商务委/lead', '区交通局/support']);
    expect(roles([{ label: 'support', content: '区交通局，区商务委牵头' }])).toEqual(['区交通局/support', '区商务委/lead']);
  });
  it('（区商务委、区交通局，区财政局配合）: the units before the 配合 clause lead', () => {
    expect(roles([{ label: null, content: '区商务委、区交通局，区财政局配合' }])).toEqual(['区商务委/lead', '区交通局/lead', '区财政局/support']);
    // After a stated lead, a role-less clause still takes the next stated role.
    expect(roles([{ label: null, content: '区商务委牵头，区交通局，区财政局配合' }])).toEqual(['区商务委/lead', '区交通局/support', '区财政局/support']);
  });
});

// Counter-examples found while writing these tests (2026-12-01); the parser is being changed on
// another branch (import-heldout), so they are left to it rather than fixed here.
describe('known counter-examples, not yet handled', () => {
  it.todo('黄浦区发改委 (place name + short form) folds to 区发展改革委: the place-name rule only looks ahead for full names (发展…, 商务…), so matchUnitName misses it');
  it.todo('重庆市临空经济区办公室 folds to 区办公室: the 重庆市X区 rule reads 临空经济区 as a district');
});

// Rows chosen from the Stryker run of 2026-12-01 (154 survivors of units.ts): each input is one
// where a surviving change (an anchor dropped from a pattern, a quantifier, a comparison, a
// branch) gives another answer, so the exact answer is asserted. The comment above a row says
// which part of the rule it pins.
describe('units.ts survivors: exact answers where a small change to a rule shows', () => {
  it('canonicalUnitKey: prefixes are removed only at the start of the name, and only before a body', () => {
    const rows: [string, string][] = [
      // the 重庆市…区 prefix is stripped only at the start
      ['X重庆市渝北区商务委员会', 'X重庆市渝北区商务委'],
      // the district prefix needs two characters after 区
      ['重庆市渝北区委', '市渝北区委'],
      // 重庆市 only at the start
      ['X重庆市商务委员会', 'X重庆市商务委'],
      // a Chongqing district only at the start
      ['X渝北区商务委员会', 'X渝北区商务委'],
      // a Chongqing district needs two characters after 区
      ['渝北区委', '渝北区委'],
      // a place name only at the start
      ['（黄浦区商务委员会', '（黄浦区商务委'],
      // 区人民政府 only at the start
      ['X区人民政府', 'X区人民政府'],    ];
    expect(rows.map(([n]) => [n, canonicalUnitKey(n)])).toEqual(rows);
  });

  it('matchUnitName: a unit without aliases matches only by its own name', () => {
    expect(matchUnitName('Stryker was here', [{ id: 'u1', name: '区商务委' }])).toBeNull();
    expect(matchUnitName('区商务委员会', [{ id: 'u1', name: '区商务委' }])?.how).toBe('abbreviation');
  });

  it('guessUnitTypeIn: every pattern is anchored where the rule says (start or end of the name)', () => {
    const rows: [string, string][] = [
      // 重庆市渝北区 inside a name is not stripped (海关… then 处 is a department)
      ['海关重庆市渝北区综合处', 'department'],
      // the district prefix needs two characters after 区: 重庆市渝北区局 is a city body
      ['重庆市渝北区局', 'external_agency'],
      // the prefix becomes 区, so a district tax bureau is the district’s own
      ['重庆市渝北区税务局', 'department'],
      // 指挥部 only at the end
      ['区指挥部办公室', 'department'],
      // 海关 only at the end
      ['区海关联络办', 'department'],
      // 海关…处 only at the end
      ['海关监管处办公室', 'department'],
      // 分局 is an outside agency
      ['区公安分局', 'external_agency'],
      // 分局 only at the end
      ['分局办公室', 'department'],
      // 集团 anywhere makes a company
      ['区集团办公室', 'company'],
      // town words only at the end
      ['镇政府办公室', 'department'],
      // 市 only at the start (市场)
      ['区市场监管局', 'department'],
      // a city 局/委… only at the end
      ['市委党校', 'enterprise'],
      // 国家/中国… only at the start
      ['区中国银行', 'enterprise'],
      // 省 only at the start
      ['国家发展改革委驻省办事处', 'external_agency'],
      // named outside agencies only at the end
      ['气象局办公室', 'department'],
      // only a name starting with 区 is kept as a department
      ['江北区气象局', 'external_agency'],
      // department words only at the end
      ['区教育局幼儿园', 'enterprise'],
      // 医院 ends in 院: a department before the enterprise words
      ['各医院', 'department'],
      // enterprise words only at the end; 各… is a department
      ['各银行网点', 'department'],
      // 有关单位 only at the end
      ['有关单位代表', 'enterprise'],
      // 各 only at the start
      ['驻区各商户', 'enterprise'],
      // an enterprise word at the end wins over 各 at the start
      ['各银行', 'enterprise'],    ];
    expect(rows.map(([n]) => [n, guessUnitTypeIn(n)])).toEqual(rows);
  });

  it('isCollective: level prefixes count only at the start', () => {
    const rows: [string, boolean][] = [
      // 全区 only at the start
      ['驻全区各地', false],
      // 区县 only at the start
      ['重庆区县联合会', false],
      // 区直 only at the start
      ['驻区直各部门', false],    ];
    expect(rows.map(([n]) => [n, isCollective(n)])).toEqual(rows);
  });

  it('mergeLevelWords: a part that is not a level word is passed on untouched (spaces included)', () => {
    expect(mergeLevelWords([' 区商务委 ', '区交通局'])).toEqual([' 区商务委 ', '区交通局']);
  });

  it('resolveUnits: name cleaning, clause roles, 会同, labels and the role a clause borrows', () => {
    const rows: [UnitSegment[], unknown][] = [
      // every leading dash and trailing dot goes
      [[{label: null, content: '——区商务委、区交通局..'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // a joiner is stripped only before two characters
      [[{label: null, content: '请办、区商务委'}], [{name: '请办', role: 'lead', collective: false}, {name: '区商务委', role: 'support', collective: false}]],
      // 等 and 共同 only at the end
      [[{label: null, content: '区等级评定委员会、区共同富裕办'}], [{name: '区等级评定委员会', role: 'lead', collective: false}, {name: '区共同富裕办', role: 'support', collective: false}]],
      // a trailing 共同 goes
      [[{label: null, content: '区商务委共同、区交通局'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // the name is trimmed after 等 goes
      [[{label: null, content: '区商务委 等'}], [{name: '区商务委', role: 'lead', collective: false}]],
      // a （牵头） marker before a space still counts
      [[{label: null, content: '区商务委（牵头） 、区交通局'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // a two-character name is a unit
      [[{label: null, content: '区委、区商务委'}], [{name: '区委', role: 'lead', collective: false}, {name: '区商务委', role: 'support', collective: false}]],
      // ！ marks prose, not a unit
      [[{label: null, content: '区商务委！、区交通局'}], [{name: '区交通局', role: 'lead', collective: false}]],
      // the role word is read after trimming the clause
      [[{label: null, content: '区商务委牵头 '}], [{name: '区商务委', role: 'lead', collective: false}]],
      // 由 only at the start
      [[{label: null, content: '区自由贸易办牵头'}], [{name: '区自由贸易办', role: 'lead', collective: false}]],
      // 会同 at the start is not a split
      [[{label: null, content: '由会同区商务委负责'}], [{name: '区商务委', role: 'lead', collective: false}]],
      // a unit before 会同 keeps its own （配合）
      [[{label: null, content: '区商务委（配合）会同区交通局负责'}], [{name: '区商务委', role: 'support', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // a unit after 会同 keeps its own （牵头）
      [[{label: null, content: '区商务委会同区交通局（牵头）负责'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'lead', collective: false}]],
      // A会同B牵头 is a lead clause for the clause before it
      [[{label: null, content: '区财政局，区商务委会同区交通局牵头'}], [{name: '区财政局', role: 'lead', collective: false}, {name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // A会同B负责 is not a lead clause
      [[{label: null, content: '区财政局，区商务委会同区交通局负责'}], [{name: '区财政局', role: 'support', collective: false}, {name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // a （牵头） marker only at the end of a name
      [[{label: null, content: '区商务委（牵头）办公室、区交通局'}], [{name: '区商务委（牵头）办公室', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // 责任单位 beside a 牵头单位 label supports, even when the lead label names nobody
      [[{label: 'lead', content: '—'}, {label: 'resp', content: '区商务委、区交通局'}], [{name: '区商务委', role: 'support', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // an unlabelled segment beside a 牵头单位 label does not
      [[{label: 'lead', content: '—'}, {label: null, content: '区商务委、区交通局'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}]],
      // a segment that starts with the full stop is empty
      [[{label: null, content: '。区商务委、区交通局'}], []],
      // a 牵头单位 label makes every unit a lead
      [[{label: 'lead', content: '区商务委、区交通局'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'lead', collective: false}]],
      // a later 牵头 does not count as a lead before
      [[{label: null, content: '区商务委，区交通局配合，区财政局牵头'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}, {name: '区财政局', role: 'lead', collective: false}]],
      // "A，B，C配合": a clause without a role before is not a lead stated before, so B leads too
      [[{label: null, content: '区商务委，区交通局，区财政局配合'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'lead', collective: false}, {name: '区财政局', role: 'support', collective: false}]],
      // "A负责，B，C配合": A is the one responsible, so B borrows 配合 and A leads (it used to
      // make B the lead and A a supporter; a 负责 clause now counts as a lead stated before)
      [[{label: null, content: '区商务委负责，区交通局，区财政局配合'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'support', collective: false}, {name: '区财政局', role: 'support', collective: false}]],
      // a 负责 clause under a 牵头单位 label follows the label
      [[{label: 'lead', content: '区商务委、区交通局负责'}], [{name: '区商务委', role: 'lead', collective: false}, {name: '区交通局', role: 'lead', collective: false}]],    ];
    expect(rows.map(([segs]) => [segs, resolveUnits(segs)])).toEqual(rows);
  });

  it('resolveUnits: a name of 40 characters is a unit, one of 41 is not', () => {
    const of = (n: number) => '区' + '商'.repeat(n - 2) + '局';
    expect(resolveUnits([{ label: null, content: `${of(40)}、区交通局` }]).map((u) => u.name)).toEqual([of(40), '区交通局']);
    expect(resolveUnits([{ label: null, content: `${of(41)}、区交通局` }]).map((u) => u.name)).toEqual(['区交通局']);
  });

  it('findAnnotations: where an annotation starts and ends, and which brackets, labels and sentences count', () => {
    const rows: [string, unknown][] = [
      // a remark starting with a digit (after trimming) is not an annotation
      ['推进工作（ 1区商务委牵头）。', []],
      // the role word must end the first sentence
      ['按照要求（参与单位名单见区商务委）推进。', []],
      // only the trailing punctuation is dropped before the role word
      ['推进工作（区商务委，区交通局配合；）推进。', [{start: 4, end: 18, segments: [{label: null, content: '区商务委，区交通局配合；'}]}]],
      // all of the trailing punctuation
      ['推进工作（区商务委配合；；）推进。', [{start: 4, end: 14, segments: [{label: null, content: '区商务委配合；；'}]}]],
      // one trailing mark
      ['推进工作（区商务委配合；）推进。', [{start: 4, end: 13, segments: [{label: null, content: '区商务委配合；'}]}]],
      // one clause with a unit is enough
      ['推进工作（区商务委配合，做好保障工作落实）推进。', [{start: 4, end: 21, segments: [{label: null, content: '区商务委配合，做好保障工作落实'}]}]],
      // one unit-looking name in the clause is enough
      ['推进工作（区商务委、重点企业配合）推进。', [{start: 4, end: 17, segments: [{label: null, content: '区商务委、重点企业配合'}]}]],
      // a bare list longer than one name’s 40 characters
      ['推进工作（区发展改革委、区财政局、区商务委、区交通局、区住房城乡建委、区规划自然资源局、区生态环境局）', [{start: 4, end: 51, segments: [{label: null, content: '区发展改革委、区财政局、区商务委、区交通局、区住房城乡建委、区规划自然资源局、区生态环境局'}]}]],
      // an empty first sentence
      ['推进工作（。说明）', []],
      // a collective name ending in 镇街 closes a paragraph
      ['推进工作（各镇街）', [{start: 4, end: 9, segments: [{label: null, content: '各镇街'}]}]],
      // …a collective name only if it ends in a body word
      ['推进工作（各镇街相关负责人）', []],
      // text before the first label is its own segment, trailing marks dropped
      ['推进工作（区交通局牵头，区商务委；责任单位：区财政局）。', [{start: 4, end: 27, segments: [{label: null, content: '区交通局牵头，区商务委'}, {label: 'resp', content: '区财政局'}]}]],
      // all trailing marks before a label
      ['推进工作（区交通局牵头，区商务委；；责任单位：区财政局）。', [{start: 4, end: 28, segments: [{label: null, content: '区交通局牵头，区商务委'}, {label: 'resp', content: '区财政局'}]}]],
      // a space before the first label is not a segment
      ['推进工作（ 牵头单位：区商务委）。', [{start: 4, end: 16, segments: [{label: 'lead', content: '区商务委'}]}]],
      // square brackets
      ['推进工作[区商务委牵头]', [{start: 4, end: 12, segments: [{label: null, content: '区商务委牵头'}]}]],
      // lenticular brackets
      ['推进工作【区商务委牵头】', [{start: 4, end: 12, segments: [{label: null, content: '区商务委牵头'}]}]],
      // a bare list followed by a wide gap closes the paragraph (three characters of look-ahead)
      ['推进工作（区发展改革委、区财政局）   下一段', [{start: 4, end: 17, segments: [{label: null, content: '区发展改革委、区财政局'}]}]],
      // several full stops after a bare list
      ['推进工作（区发展改革委、区财政局）。。', [{start: 4, end: 17, segments: [{label: null, content: '区发展改革委、区财政局'}]}]],
      // the annotation ends after the closing bracket
      ['推进工作（区商务委牵头）。', [{start: 4, end: 12, segments: [{label: null, content: '区商务委牵头'}]}]],
      // a remark without nested round brackets is skipped whole
      ['推进工作（说明【区商务委牵头】）', []],
      // a remark with nested round brackets is searched inside
      ['推进工作（说明（区商务委牵头））', [{start: 7, end: 15, segments: [{label: null, content: '区商务委牵头'}]}]],
      // a label before a bracket is not hidden by it (today the label line also spans the bracket,
      // so the two annotations overlap; resolveUnits stops the label's segment at the full stop)
      ['责任单位：区商务委。推进工作（区交通局牵头）', [{start: 0, end: 22, segments: [{label: 'resp', content: '区商务委。推进工作（区交通局牵头）'}]}, {start: 14, end: 22, segments: [{label: null, content: '区交通局牵头'}]}]],
      // a 【label】 already read as a bracket is not read again (that it is read as a bare list
      // naming a unit 牵头单位 is today's behaviour, pinned here, not a rule)
      ['推进工作【牵头单位】', [{start: 4, end: 10, segments: [{label: null, content: '牵头单位'}]}]],
      // a label right after a bracket is read
      ['（区商务委牵头）责任单位：区交通局', [{start: 0, end: 8, segments: [{label: null, content: '区商务委牵头'}]}, {start: 8, end: 17, segments: [{label: 'resp', content: '区交通局'}]}]],
      // only a 【label】 at the start becomes label：
      ['责任单位：区商务委【牵头】、区交通局', [{start: 0, end: 18, segments: [{label: 'resp', content: '区商务委【牵头】、区交通局'}]}]],
      // the last sentence needs no full stop
      ['推进工作。区商务委牵头', [{start: 5, end: 11, segments: [{label: null, content: '区商务委牵头'}]}]],
      // a sentence inside a label line is not read again
      ['责任单位：区商务委负责。', [{start: 0, end: 12, segments: [{label: 'resp', content: '区商务委负责。'}]}]],
      // a sentence after an annotation
      ['推进工作（区交通局牵头）。区商务委配合。', [{start: 4, end: 12, segments: [{label: null, content: '区交通局牵头'}]}, {start: 13, end: 20, segments: [{label: null, content: '区商务委配合'}]}]],
      // a sentence before an annotation
      ['区商务委配合。推进工作（区交通局牵头）。', [{start: 0, end: 7, segments: [{label: null, content: '区商务委配合'}]}, {start: 11, end: 19, segments: [{label: null, content: '区交通局牵头'}]}]],
      // a sentence that ends where an annotation starts
      ['区商务委配合。（区交通局牵头）', [{start: 0, end: 7, segments: [{label: null, content: '区商务委配合'}]}, {start: 7, end: 15, segments: [{label: null, content: '区交通局牵头'}]}]],
      // the sentence is trimmed
      ['推进工作。 区商务委配合 。', [{start: 5, end: 14, segments: [{label: null, content: '区商务委配合'}]}]],
      // four characters are enough
      ['区委负责。', [{start: 0, end: 5, segments: [{label: null, content: '区委负责'}]}]],
      // short brackets inside a name do not stop a sentence
      ['区（县）商务委配合。', [{start: 0, end: 10, segments: [{label: null, content: '区（县）商务委配合'}]}]],
      // 由 only at the start of the sentence
      ['区自由贸易办配合。', [{start: 0, end: 9, segments: [{label: null, content: '区自由贸易办配合'}]}]],
      // every clause of the sentence needs a role word
      ['区商务委，区交通局配合。', []],
      // a role word without a unit is not an annotation
      ['请抓好落实。', []],
      // annotations come in text order
      ['责任单位：区商务委\n推进工作（区交通局牵头）。区财政局配合。', [{start: 0, end: 9, segments: [{label: 'resp', content: '区商务委'}]}, {start: 14, end: 22, segments: [{label: null, content: '区交通局牵头'}]}, {start: 23, end: 30, segments: [{label: null, content: '区财政局配合'}]}]],
      // a sentence starting inside an annotation is not read again
      ['推进工作（区商务委牵头；）区交通局配合。', [{start: 4, end: 13, segments: [{label: null, content: '区商务委牵头；'}]}]],    ];
    expect(rows.map(([t]) => [t, findAnnotations(t)])).toEqual(rows);
  });

  it('findAnnotations: a remark of 400 characters can be an annotation, one of 401 cannot (its label is then read as a line)', () => {
    const at400 = `推进工作（牵头单位：区商务委。${'说'.repeat(390)}）。`;
    expect(findAnnotations(at400)).toEqual([{ start: 4, end: 406, segments: [{ label: 'lead', content: `区商务委。${'说'.repeat(390)}` }] }]);
    const at401 = `推进工作（牵头单位：区商务委。${'说'.repeat(391)}）。`;
    expect(findAnnotations(at401)).toEqual([{ start: 5, end: 408, segments: [{ label: 'lead', content: `区商务委。${'说'.repeat(391)}）。` }] }]);
  });

  it('findAnnotations: a sentence naming units is read up to 200 characters, not beyond', () => {
    const units = Array.from({ length: 39 }, () => '区商务局');
    // The first unit is lengthened until the sentence (without its full stop) has n characters.
    const sentence = (n: number) => {
      const first = '区' + '商'.repeat(n - (units.join('、').length + 2) + 2) + '局';
      return [first, ...units.slice(1)].join('、') + '配合';
    };
    expect(sentence(200)).toHaveLength(200);
    expect(findAnnotations(`${sentence(200)}。`)).toEqual([{ start: 0, end: 201, segments: [{ label: null, content: sentence(200) }] }]);
    expect(findAnnotations(`${sentence(201)}。`)).toEqual([]);
    const forty = Array.from({ length: 40 }, (_, i) => `区第${'一二三四五六七八九十'[i % 10]}局`).join('、');
    expect(findAnnotations(`${forty}配合。`)).toEqual([]);
  });
});

describe('resolveUnits properties: role splitting keeps every unit', () => {
  // Unit names as they appear in the real documents of test/fixtures/documents/real/.
  const POOL = [
    '区住建委', '区发改委', '区国资委', '区税务局', '区规资局', '区财政局', '中新苏滁高新区管委会', '市交通运输局', '市人力社保局',
    '市发展改革委', '市商务局', '市教育局', '市水利局', '市科技局', '市经信局', '市规划和自然资源局', '市邮政管理局', '农业农村局',
    '文化和广电旅游体育局', '市委组织部', '人民银行',
  ];
  const distinct = (min: number) => fc.uniqueArray(fc.constantFrom(...POOL), { minLength: min, maxLength: 6 });

  it('one list, in any order, keeps every name in order; the role word at the end decides the roles', () => {
    fc.assert(
      fc.property(distinct(1), fc.constantFrom('', '负责', '按职责分工负责', '牵头', '配合'), fc.boolean(), (names, word, by) => {
        const units = resolveUnits([{ label: null, content: `${by ? '由' : ''}${names.join('、')}${word}` }]);
        expect(units.map((u) => u.name)).toEqual(names);
        const roles =
          word === '牵头' ? names.map(() => 'lead') : word === '配合' ? names.map(() => 'support') : names.map((_, i) => (i === 0 ? 'lead' : 'support'));
        expect(units.map((u) => u.role)).toEqual(roles);
      }),
    );
  });

  it('"A、B牵头，C、D配合" keeps both lists whole, leads first', () => {
    fc.assert(
      fc.property(distinct(2), fc.nat(), (names, k) => {
        const cut = 1 + (k % (names.length - 1));
        const lead = names.slice(0, cut);
        const support = names.slice(cut);
        const units = resolveUnits([{ label: null, content: `${lead.join('、')}牵头，${support.join('、')}配合` }]);
        expect(units).toEqual([
          ...lead.map((name) => ({ name, role: 'lead', collective: false })),
          ...support.map((name) => ({ name, role: 'support', collective: false })),
        ]);
      }),
    );
  });
});
