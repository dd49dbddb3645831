// Kills the mutants that survived in src/domain/progress/validate.ts: every rule at, just below and
// just above its edge, every message asserted exactly (path, Chinese, English), and the exact value
// handed to the engine, so an optional field that is dropped or invented shows up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStatusInput } from '../../src/domain/progress/validate';

const base = () => ({
  indicator: {
    direction: 'increase',
    limit: null,
    baseline: { year: 2022, value: 306 },
    targets: [{ year: 2027, kind: 'level', value: 355 }] as unknown[],
  } as Record<string, unknown>,
  observations: [{ period: '2023', value: 318 }] as unknown[],
} as Record<string, unknown>);

const withInd = (patch: Record<string, unknown>, top: Record<string, unknown> = {}) => {
  const b = base();
  return { ...b, indicator: { ...(b.indicator as object), ...patch }, ...top };
};
const withTarget = (t: Record<string, unknown>) => withInd({ targets: [t] });

function errorsOf(input: unknown) {
  const r = parseStatusInput(input);
  if (r.ok) return [];
  return r.errors.map((e) => [e.path, e.messageZh, e.messageEn]);
}
function valueOf(input: unknown) {
  const r = parseStatusInput(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.value;
}

describe('top level and indicator', () => {
  it('refuses a non-object input, an array and null', () => {
    for (const bad of [null, [], 3, 'x']) expect(errorsOf(bad)).toEqual([['$', '输入应为 JSON 对象', 'the input must be a JSON object']]);
  });
  it('refuses a missing or array indicator and stops there', () => {
    for (const indicator of [undefined, [], null, 'x'])
      expect(errorsOf({ indicator, observations: 5 })).toEqual([['indicator', '缺少 indicator 对象', 'indicator is missing or not an object']]);
  });
  it('accepts both directions and nothing else', () => {
    expect(valueOf(withInd({ direction: 'decrease' })).indicator.direction).toBe('decrease');
    expect(valueOf(withInd({ direction: 'increase' })).indicator.direction).toBe('increase');
    for (const direction of ['up', undefined, 'Increase'])
      expect(errorsOf(withInd({ direction }))).toEqual([
        ['indicator.direction', '方向应为 increase（越大越好）或 decrease（越小越好）', 'direction must be "increase" or "decrease"'],
      ]);
  });
  it('limit: a number, null or absent; not a string or infinity', () => {
    expect(valueOf(withInd({ limit: 100 })).indicator.limit).toBe(100);
    expect(valueOf(withInd({ limit: 0 })).indicator.limit).toBe(0);
    expect(valueOf(withInd({ limit: undefined })).indicator.limit).toBeNull();
    for (const limit of ['100', Infinity, NaN])
      expect(errorsOf(withInd({ limit }))).toEqual([['indicator.limit', '自然上限/下限应为数字或 null', 'limit must be a number or null']]);
  });
  it('unit and name must be strings when given, and are kept', () => {
    expect(errorsOf(withInd({ unit: 5 }))).toEqual([['indicator.unit', '单位应为文本', 'unit must be a string']]);
    expect(errorsOf(withInd({ name: 5 }))).toEqual([['indicator.name', '名称应为文本', 'name must be a string']]);
    const v = valueOf(withInd({ unit: '亿元', name: '外贸' }));
    expect(v.indicator.unit).toBe('亿元');
    expect(v.indicator.name).toBe('外贸');
    const plain = valueOf(base());
    expect('unit' in plain.indicator).toBe(false);
    expect('name' in plain.indicator).toBe(false);
    expect('aggregation' in plain.indicator).toBe(false);
    expect('milestones' in plain.indicator).toBe(false);
  });
  it('aggregation: sum, average, last only', () => {
    for (const a of ['sum', 'average', 'last']) expect(valueOf(withInd({ aggregation: a })).indicator.aggregation).toBe(a);
    expect(errorsOf(withInd({ aggregation: 'median' }))).toEqual([
      ['indicator.aggregation', '汇总方式应为 sum | average | last', 'aggregation must be sum | average | last'],
    ]);
  });
  it('gives the whole normalised value exactly', () => {
    expect(valueOf(base())).toEqual({
      indicator: { direction: 'increase', limit: null, baseline: { year: 2022, value: 306 }, targets: [{ year: 2027, kind: 'level', value: 355 }] },
      observations: [{ period: '2023', value: 318 }],
    });
  });
});

describe('years: 1900 to 2200 inclusive', () => {
  it.each([
    [1899, false],
    [1900, true],
    [1901, true],
    [2199, true],
    [2200, true],
    [2201, false],
    [2024.5, false],
    ['2024', false],
  ])('baseline year %s accepted: %s', (year, ok) => {
    const e = errorsOf(withInd({ baseline: { year, value: 1 } }));
    expect(e).toEqual(ok ? [] : [['indicator.baseline.year', '基期年份应为四位整数年份', 'baseline.year must be a four-digit year']]);
  });
  it.each([
    [1899, false],
    [1900, true],
    [2200, true],
    [2201, false],
  ])('target year %s accepted: %s', (year, ok) => {
    const e = errorsOf(withTarget({ year, kind: 'level', value: 1 }));
    expect(e).toEqual(ok ? [] : [['indicator.targets[0].year', '目标年份应为四位整数年份', 'year must be a four-digit year']]);
  });
  it.each([
    [1899, false],
    [1900, true],
    [2200, true],
    [2201, false],
  ])('milestone year %s accepted: %s', (year, ok) => {
    const e = errorsOf(withInd({ milestones: [{ year, value: 1 }] }));
    expect(e).toEqual(ok ? [] : [['indicator.milestones[0]', '里程碑应为 {year, value}', 'a milestone must be {year, value}']]);
  });
});

describe('baseline', () => {
  it('null and absent give a null baseline', () => {
    expect(valueOf(withInd({ baseline: null })).indicator.baseline).toBeNull();
    expect(valueOf(withInd({ baseline: undefined })).indicator.baseline).toBeNull();
  });
  it('names each broken part', () => {
    expect(errorsOf(withInd({ baseline: [1] }))).toEqual([['indicator.baseline', '基期应为 {year, value} 或 null', 'baseline must be {year, value} or null']]);
    expect(errorsOf(withInd({ baseline: { year: 2022, value: 'x' } }))).toEqual([['indicator.baseline.value', '基期值应为数字', 'baseline.value must be a number']]);
    expect(errorsOf(withInd({ baseline: { year: 1, value: 'x' } }))).toEqual([
      ['indicator.baseline.year', '基期年份应为四位整数年份', 'baseline.year must be a four-digit year'],
      ['indicator.baseline.value', '基期值应为数字', 'baseline.value must be a number'],
    ]);
  });
  it('keeps only year and value', () => {
    expect(valueOf(withInd({ baseline: { year: 2020, value: 0, note: 'x' } })).indicator.baseline).toEqual({ year: 2020, value: 0 });
  });
});

describe('targets', () => {
  it('must be an array; an empty one is fine', () => {
    expect(errorsOf(withInd({ targets: undefined }))).toEqual([['indicator.targets', '目标应为数组（可为空）', 'targets must be an array (it may be empty)']]);
    expect(valueOf(withInd({ targets: [] })).indicator.targets).toEqual([]);
  });
  it('a target must be an object', () => {
    expect(errorsOf(withInd({ targets: [null, [1]] }))).toEqual([
      ['indicator.targets[0]', '目标应为对象', 'a target must be an object'],
      ['indicator.targets[1]', '目标应为对象', 'a target must be an object'],
    ]);
  });
  it('a repeated year names the first target, 1-based', () => {
    expect(
      errorsOf(withInd({ targets: [{ year: 2025, kind: 'pending' }, { year: 2027, kind: 'pending' }, { year: 2027, kind: 'pending' }] })),
    ).toEqual([['indicator.targets[2].year', '2027年已有目标（第2个）', '2027 already has a target (number 2)']]);
  });
  it('accepts every kind and refuses others', () => {
    for (const kind of ['level', 'growth', 'reduction', 'max', 'min', 'relative'])
      expect(valueOf(withTarget({ year: 2027, kind, value: 5 })).indicator.targets).toEqual([{ year: 2027, kind, value: 5 }]);
    expect(valueOf(withTarget({ year: 2027, kind: 'pending' })).indicator.targets).toEqual([{ year: 2027, kind: 'pending', value: null }]);
    expect(valueOf(withTarget({ year: 2027, kind: 'coverage', value: 3 })).indicator.targets).toEqual([{ year: 2027, kind: 'coverage', value: 3 }]);
    expect(errorsOf(withTarget({ year: 2027, kind: 'most', value: 5 }))).toEqual([
      ['indicator.targets[0].kind', '目标类型应为 level | growth | reduction | max | min | coverage | relative | pending', 'kind must be level | growth | reduction | max | min | coverage | relative | pending'],
    ]);
  });
  it('a value is a number or null; the kinds that need one say so', () => {
    expect(errorsOf(withTarget({ year: 2027, kind: 'pending', value: '5' }))).toEqual([
      ['indicator.targets[0].value', '目标值应为数字或 null', 'value must be a number or null'],
    ]);
    expect(valueOf(withTarget({ year: 2027, kind: 'pending', value: null })).indicator.targets[0].value).toBeNull();
    expect(valueOf(withTarget({ year: 2027, kind: 'pending', value: 7 })).indicator.targets[0].value).toBe(7);
    for (const kind of ['level', 'growth', 'reduction', 'max', 'min', 'relative'])
      expect(errorsOf(withTarget({ year: 2027, kind, value: null }))).toEqual([
        ['indicator.targets[0].value', `“${kind}”类目标须有目标值`, `a "${kind}" target needs a value`],
      ]);
    expect(errorsOf(withTarget({ year: 2027, kind: 'level', value: '5' }))).toEqual([
      ['indicator.targets[0].value', '目标值应为数字或 null', 'value must be a number or null'],
      ['indicator.targets[0].value', '“level”类目标须有目标值', 'a "level" target needs a value'],
    ]);
  });
  it.each([
    ['growth', -100.0001, false],
    ['growth', -100, false],
    ['growth', -99.9999, true],
    ['reduction', -100, false],
    ['reduction', -99.5, true],
    ['level', -100, true],
    ['max', -150, true],
  ])('%s value %s accepted: %s', (kind, value, ok) => {
    expect(errorsOf(withTarget({ year: 2027, kind, value }))).toEqual(
      ok ? [] : [['indicator.targets[0].value', '增长/下降百分比应大于 -100', 'a growth or reduction percent must be above -100']],
    );
  });
  it('growthBasis, benchmark and seriesKind: allowed values kept, others named', () => {
    const t = { year: 2027, kind: 'growth', value: 10 };
    expect(valueOf(withTarget({ ...t, growthBasis: 'annual' })).indicator.targets[0]).toEqual({ ...t, growthBasis: 'annual' });
    expect(valueOf(withTarget({ ...t, growthBasis: 'cumulative' })).indicator.targets[0]).toEqual({ ...t, growthBasis: 'cumulative' });
    expect(valueOf(withTarget({ ...t, growthBasis: null })).indicator.targets[0]).toEqual(t);
    expect(errorsOf(withTarget({ ...t, growthBasis: 'yearly' }))).toEqual([
      ['indicator.targets[0].growthBasis', 'growthBasis 应为 cumulative（累计）或 annual（年均）', 'growthBasis must be "cumulative" or "annual"'],
    ]);
    const r = { year: 2027, kind: 'relative', value: 1 };
    expect(valueOf(withTarget({ ...r, benchmark: '全国' })).indicator.targets[0]).toEqual({ ...r, benchmark: '全国' });
    expect(valueOf(withTarget({ ...r, benchmark: null })).indicator.targets[0]).toEqual(r);
    expect(errorsOf(withTarget({ ...r, benchmark: 5 }))).toEqual([['indicator.targets[0].benchmark', '对比基准名称应为文本', 'benchmark must be a string']]);
    for (const seriesKind of ['level', 'growth'])
      expect(valueOf(withTarget({ ...r, seriesKind })).indicator.targets[0]).toEqual({ ...r, seriesKind });
    expect(valueOf(withTarget({ ...r, seriesKind: null })).indicator.targets[0]).toEqual(r);
    expect(errorsOf(withTarget({ ...r, seriesKind: 'rate' }))).toEqual([
      ['indicator.targets[0].seriesKind', 'seriesKind 应为 level（水平值）或 growth（增速）', 'seriesKind must be "level" or "growth"'],
    ]);
    expect(valueOf(withTarget({ ...r, text: '高于全国' })).indicator.targets[0]).toEqual({ ...r, text: '高于全国' });
    expect(valueOf(withTarget({ ...r, text: 5 })).indicator.targets[0]).toEqual(r);
  });
  it('set: non-empty strings without repeats', () => {
    const c = { year: 2027, kind: 'coverage' };
    expect(valueOf(withTarget({ ...c, set: ['南宁', '钦州'] })).indicator.targets[0]).toEqual({ ...c, value: null, set: ['南宁', '钦州'] });
    for (const set of ['南宁', ['南宁', ''], ['南宁', 3], ['南宁', ['钦州']]])
      expect(errorsOf(withTarget({ ...c, value: 2, set }))).toEqual([['indicator.targets[0].set', '参照集合应为非空文本数组', 'set must be an array of non-empty strings']]);
    expect(errorsOf(withTarget({ ...c, set: ['南宁', '南宁'] }))).toEqual([['indicator.targets[0].set', '参照集合有重复成员', 'set has duplicate members']]);
    expect(valueOf(withTarget({ ...c, value: 2, set: null })).indicator.targets[0]).toEqual({ ...c, value: 2 });
  });
  it('coverage needs a set or a value; an empty set is not enough', () => {
    const msg = [['indicator.targets[0]', '全覆盖目标须给出参照集合 set 或集合数量 value', 'a coverage target needs a set or a value (the set size)']];
    expect(errorsOf(withTarget({ year: 2027, kind: 'coverage' }))).toEqual(msg);
    expect(errorsOf(withTarget({ year: 2027, kind: 'coverage', set: [] }))).toEqual(msg);
    expect(errorsOf(withTarget({ year: 2027, kind: 'coverage', set: [], value: 0 }))).toEqual([]);
    expect(errorsOf(withTarget({ year: 2027, kind: 'level', value: 3, set: [] }))).toEqual([]);
  });
  it('a target with an error is left out, the others are kept in order', () => {
    const r = parseStatusInput(withInd({ targets: [{ year: 2025, kind: 'level', value: 1 }, { year: 2026, kind: 'level' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['indicator.targets[1].value']);
  });
});

describe('milestones', () => {
  it('null or absent means none; a non-array is named', () => {
    expect('milestones' in valueOf(withInd({ milestones: null })).indicator).toBe(false);
    expect('milestones' in valueOf(withInd({ milestones: [] })).indicator).toBe(false);
    expect(errorsOf(withInd({ milestones: {} }))).toEqual([['indicator.milestones', '里程碑应为数组', 'milestones must be an array']]);
  });
  it('each is {year, value}, years unique', () => {
    expect(valueOf(withInd({ milestones: [{ year: 2025, value: 330, x: 1 }, { year: 2026, value: 340 }] })).indicator.milestones).toEqual([
      { year: 2025, value: 330 },
      { year: 2026, value: 340 },
    ]);
    for (const m of [null, { year: 2025 }, { value: 1 }, { year: 2025, value: 'x' }])
      expect(errorsOf(withInd({ milestones: [m] }))).toEqual([['indicator.milestones[0]', '里程碑应为 {year, value}', 'a milestone must be {year, value}']]);
    expect(errorsOf(withInd({ milestones: [{ year: 2025, value: 1 }, { year: 2026, value: 1 }, { year: 2025, value: 2 }] }))).toEqual([
      ['indicator.milestones[2].year', '2025年里程碑重复', 'duplicate milestone for 2025'],
    ]);
  });
});

describe('observations and benchmark series', () => {
  it('must be arrays', () => {
    expect(errorsOf({ ...base(), observations: undefined })).toEqual([['observations', 'observations 应为数组', 'observations must be an array']]);
    expect(errorsOf({ ...base(), benchmark: {} })).toEqual([['benchmark', 'benchmark 应为数组', 'benchmark must be an array']]);
  });
  it('names a broken entry, a bad period, a repeated period, a missing value and a non-boolean provisional', () => {
    expect(
      errorsOf({
        ...base(),
        observations: [null, { period: '2024-13', value: 1 }, { period: 2023, value: 1 }, { period: '2023', value: 2 }, { period: '2022', value: '1' }, { period: '2021', value: 1, provisional: 'yes' }, { period: true, value: 1 }],
      }),
    ).toEqual([
      ['observations[0]', '每条数据应为 {period, value}', 'each entry must be {period, value}'],
      ['observations[1].period', '期间“2024-13”格式不正确（应为 1900–2200 年的 2024、2024Q1 或 2024-03）', 'period "2024-13" is not 2024, 2024Q1 or 2024-03 of a year 1900–2200'],
      ['observations[3].period', '期间 2023 重复（与第3条）', 'period 2023 repeats entry 3'],
      ['observations[4].value', '数值缺失、不是数字或绝对值超过 1e+15', 'value is missing, not a number or beyond ±1e+15'],
      ['observations[5].provisional', 'provisional 应为 true 或 false', 'provisional must be true or false'],
      ['observations[6].period', '期间“true”格式不正确（应为 1900–2200 年的 2024、2024Q1 或 2024-03）', 'period "true" is not 2024, 2024Q1 or 2024-03 of a year 1900–2200'],
    ]);
  });
  it('a period must be a string or a number, not an array that would print as one', () => {
    expect(errorsOf({ ...base(), observations: [{ period: [2024], value: 1 }] })).toEqual([
      ['observations[0].period', '期间“2024”格式不正确（应为 1900–2200 年的 2024、2024Q1 或 2024-03）', 'period "2024" is not 2024, 2024Q1 or 2024-03 of a year 1900–2200'],
    ]);
  });
  it('keeps provisional=true on observations only, normalises periods, and reads a number period', () => {
    const v = valueOf({
      ...withInd({ aggregation: 'sum' }),
      observations: [{ period: 2023, value: 1, provisional: true }, { period: '2024q2', value: 2, provisional: false }],
      benchmark: [{ period: '2023', value: 5, provisional: true }],
    });
    expect(v.observations).toEqual([{ period: '2023', value: 1, provisional: true }, { period: '2024Q2', value: 2 }]);
    expect(v.benchmark).toEqual([{ period: '2023', value: 5 }]);
    expect('benchmark' in valueOf({ ...base(), benchmark: null })).toBe(false);
  });
  it('monthly or quarterly data need an aggregation, in observations or in the benchmark', () => {
    const msg = [['indicator.aggregation', '有月度或季度数据时须指定汇总方式 aggregation（sum / average / last）', 'monthly or quarterly data need an aggregation (sum / average / last)']];
    expect(errorsOf({ ...base(), observations: [{ period: '2024-03', value: 1 }] })).toEqual(msg);
    expect(errorsOf({ ...base(), benchmark: [{ period: '2024Q1', value: 1 }] })).toEqual(msg);
    expect(errorsOf({ ...base(), observations: [{ period: '2024', value: 1 }], benchmark: [{ period: '2023', value: 1 }] })).toEqual([]);
    expect(errorsOf({ ...withInd({ aggregation: 'last' }), observations: [{ period: '2024-03', value: 1 }] })).toEqual([]);
  });
});

describe('covered and asOf', () => {
  it('covered is an array of strings', () => {
    expect(valueOf({ ...base(), covered: ['南宁'] }).covered).toEqual(['南宁']);
    expect(valueOf({ ...base(), covered: [] }).covered).toEqual([]);
    expect('covered' in valueOf({ ...base(), covered: null })).toBe(false);
    for (const covered of ['南宁', ['南宁', 1]]) expect(errorsOf({ ...base(), covered })).toEqual([['covered', '覆盖清单应为文本数组', 'covered must be an array of strings']]);
  });
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2023-02-31', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-1-05', false],
    ['x2024-01-05', false],
    // Date.UTC reads years 0–99 as 1900–1999, so the year check is what refuses them.
    ['0050-01-01', false],
    ['2024-01-05x', false],
  ])('asOf %s accepted: %s', (asOf, ok) => {
    const input = { ...base(), asOf };
    if (ok) expect(valueOf(input).asOf).toBe(asOf);
    else expect(errorsOf(input)).toEqual([['asOf', '计算基准日应为 YYYY-MM-DD', 'asOf must be a date, YYYY-MM-DD']]);
  });
  it('asOf must be a string; null means none', () => {
    expect(errorsOf({ ...base(), asOf: 20240101 })).toEqual([['asOf', '计算基准日应为 YYYY-MM-DD', 'asOf must be a date, YYYY-MM-DD']]);
    expect('asOf' in valueOf({ ...base(), asOf: null })).toBe(false);
  });
  it('property: asOf is accepted exactly when it is a real calendar day of a year 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const daysIn = m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 0;
        const real = y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn;
        expect(parseStatusInput({ ...base(), asOf: s }).ok).toBe(real);
      }),
    );
  });
  it('property: a valid year range is closed [1900, 2200]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), (year) => {
        expect(parseStatusInput(withTarget({ year, kind: 'pending' })).ok).toBe(year >= 1900 && year <= 2200);
      }),
    );
  });
});

describe('survivors of the run of 2026-12-01 (stryker.m18.json)', () => {
  const coverage = (memberNames: unknown) => withTarget({ year: 2027, kind: 'coverage', value: null, set: ['BN', 'SG', 'MY'], memberNames });
  it('keeps the members\' names that have both languages, and nothing else', () => {
    const t = valueOf(coverage({ BN: { zh: '文莱', en: 'Brunei' }, SG: { zh: '新加坡' }, MY: null, XX: 'x' })).indicator.targets[0];
    expect(t.memberNames).toEqual({ BN: { zh: '文莱', en: 'Brunei' } });
  });
  it('leaves the names out when none is usable, whatever was given', () => {
    for (const memberNames of [null, undefined, 'BN', 5, ['BN'], {}, { SG: { zh: '新加坡' } }]) {
      const t = valueOf(coverage(memberNames)).indicator.targets[0];
      expect(t).toEqual({ year: 2027, kind: 'coverage', value: null, set: ['BN', 'SG', 'MY'] });
    }
  });
});
