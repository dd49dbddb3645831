// parseDocument's own steps (src/domain/document/index.ts, issue 18) at the places the Stryker
// run of 2026-12-02 (03:46 UTC, document-index-mutants only) left mutants alive: the year a
// page gives (文号, a date line near the top), the horizon year of a table without year
// columns, the year of task-table deadlines, table rows against paragraph tasks and their
// order, the horizon years, an indicator's unit from its targets, the spans after the text was
// changed (reading aids, run-on items, traditional characters), and known units.
import { afterEach, describe, expect, it, vi } from 'vitest';

// Every stage of the parse can be made to throw (see "fenced stages" at the end); otherwise the
// real functions run.
const stages = vi.hoisted(() => {
  const failing = new Set<string>();
  const wrap = (m: Record<string, unknown>, names: string[]) => {
    const out: Record<string, unknown> = { ...m };
    for (const n of names) {
      const f = m[n] as (...a: unknown[]) => unknown;
      out[n] = (...a: unknown[]) => {
        if (failing.has(n)) throw new Error(`${n} failed`);
        return f(...a);
      };
    }
    return out;
  };
  return { failing, wrap };
});
vi.mock('../../src/domain/document/text', async (o) => stages.wrap(await o(), ['normalise', 'splitLines']));
vi.mock('../../src/domain/document/script', async (o) => stages.wrap(await o(), ['dropReadingAids', 'simplifiedView', 'breakRunOnItems', 'mapSpans']));
vi.mock('../../src/domain/document/web', async (o) => stages.wrap(await o(), ['stripWebNoise']));
vi.mock('../../src/domain/document/sections', async (o) => stages.wrap(await o(), ['buildSections']));
vi.mock('../../src/domain/document/indicators', async (o) => stages.wrap(await o(), ['findTables', 'goalIndicators', 'targetQuestions']));
vi.mock('../../src/domain/document/task-tables', async (o) => stages.wrap(await o(), ['findTaskTables']));
vi.mock('../../src/domain/document/meta', async (o) => stages.wrap(await o(), ['extractMeta']));
vi.mock('../../src/domain/document/tasks', async (o) => stages.wrap(await o(), ['buildTasks', 'unnumberedTasks', 'buildGoals']));
vi.mock('../../src/domain/document/units', async (o) => stages.wrap(await o(), ['isCollective']));

import { parseDocument } from '../../src/domain/document/index';

afterEach(() => stages.failing.clear());

describe('the year of the page (今年 in a goal) when the document states none itself', () => {
  const doc = (top: string[]) => ['渝北区物流工作方案', ...top, '一、工作目标', '今年，要新建冷库10座。', '二、重点任务', '1.建设物流园区。（区商务委牵头）'].join('\n');
  const years = (top: string[]) => parseDocument(doc(top)).goals.map((g) => [g.year, g.text]);
  const goal = (y: number) => [[y, '今年，要新建冷库10座。']];
  // without a year 今年 opens no goal at all
  const none: unknown[] = [];

  it('no year anywhere: no goal', () => {
    expect(years([])).toEqual(none);
  });

  it('the 文号 year in any of its brackets; none without brackets', () => {
    for (const n of ['渝北府办发〔2021〕3号', '渝北府办发[2021]3号', '渝北府办发［2021］3号', '渝北府办发(2021)3号', '渝北府办发（2021）3号']) {
      expect([n, years([n])]).toEqual([n, goal(2021)]);
    }
    expect(years(['渝北府办发2021号'])).toEqual(none);
  });

  it('a date line near the top: every separator, one or two digits, spaces around 年月日', () => {
    for (const line of [
      '2022-03-05 09:33', '2022/3/5', '2022.3.5', '2022/03/05 09:33', '2022.03.05 09:33', '2022-03/05 09:33', '2022-12-15 09:33', '2022-1-5 09:33',
      '2022年3月5日 09:33', '2022年12月15日 09:33', '2022 年 3 月 5 日 09:33', '2022 年3月5日 09:33', '2022年 3月5日 09:33', '2022年3 月5日 09:33',
      '2022年3月 5日 09:33', '2022年3月5 日 09:33', '区政府办公室 2022年3月5日 09:33', '更新于2022年3月5日',
    ]) {
      expect([line, years([line])]).toEqual([line, goal(2022)]);
    }
    expect(years(['1999-03-05'])).toEqual(goal(1999));
  });

  it('not a date: digits glued before or after, a month without a day, a missing separator', () => {
    for (const line of ['12022-03-05', '2022-03-051', '2022-3', '2022年3月', '2022年3月5号 09:33', '2022a03-05', '2022-03a05', '202203-05']) {
      expect([line, years([line])]).toEqual([line, none]);
    }
  });

  it('the date line must be among the first 12 non-empty lines; blank lines do not count', () => {
    const filler = (n: number, blank: boolean) => Array.from({ length: n }, (_, k) => `第${'一二三四五六七八九十甲乙'[k]}行说明文字${blank ? '\n' : ''}`);
    // the title, 10 lines, the date: the 12th
    expect(years([...filler(10, false), '2022-03-05 09:33'])).toEqual(goal(2022));
    expect(years([...filler(10, true), '2022-03-05 09:33'])).toEqual(goal(2022));
    // the 13th
    expect(years([...filler(11, false), '2022-03-05 09:33'])).toEqual(none);
    // a line without a date before the date line is skipped, not the end of the search
    expect(years(['说明文字', '2022-03-05 09:33'])).toEqual(goal(2022));
  });

  it('the document\'s own year first, then the 文号\'s, then the date line', () => {
    expect(parseDocument(doc(['渝北府办发〔2021〕3号', '2022-03-05 09:33']).replace('渝北区物流', '渝北区2020年物流')).goals[0].year).toBe(2020);
    expect(years(['渝北府办发〔2021〕3号', '2022-03-05 09:33'])).toEqual(goal(2021));
  });
});

describe('the horizon year of a target table without year columns', () => {
  const table = '\n序号\t指标\t目标值\n1\t货运量（万吨）\t150';
  const targets = (t: string) => parseDocument(t).indicators.filter((i) => i.name === '货运量').map((i) => i.targets.map((g) => [g.year, g.value]));

  it('the latest 到/至 year of the whole text, whatever their order', () => {
    expect(targets('到2027年，全区物流业增加值达到100亿元。到2025年，达到80亿元。' + table)).toEqual([[[2027, 150]]]);
    expect(targets('到2025年，全区物流业增加值达到80亿元。到2027年，达到100亿元。' + table)).toEqual([[[2027, 150]]]);
    expect(targets('政策延续至2026年。' + table)).toEqual([[[2026, 150]]]);
    expect(targets(table.slice(1))).toEqual([[[null, 150]]]);
  });
});

describe('the year of a task table\'s deadlines', () => {
  const table = '\n| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 建设冷链仓库 | 区商务委 | 6月底前 |';
  const dates = (t: string) => parseDocument(t).tasks.map((k) => [k.title, k.deadlines.map((d) => d.date)]);

  it('the first year written in the text, wherever it is', () => {
    expect(dates('2023年物流工作要点' + table)).toEqual([['建设冷链仓库', ['2023-06-30']]]);
    expect(dates('物流工作要点2024年，2025年再评估' + table)).toEqual([['建设冷链仓库', ['2024-06-30']]]);
    expect(dates('物流工作要点' + table)).toEqual([['建设冷链仓库', []]]);
  });
});

describe('table rows and paragraph tasks', () => {
  const tasks = (t: string) => parseDocument(t).tasks.map((k) => [k.number, k.title, k.span]);

  it('a group heading above table rows is no task of its own; a paragraph after the table is', () => {
    const t = ['二、重点任务', '（一）区商务委牵头重点工作', '| 序号 | 重点任务 | 牵头单位 |', '|---|---|---|', '| 1 | 建设冷链仓库 | 区商务委 |', '| 2 | 开行班列 | 区交通局 |', '（二）完善物流网络。新建配送站点。（区邮政局牵头）'].join('\n');
    const at = (s: string) => [t.indexOf(s), t.indexOf(s) + s.length];
    expect(tasks(t)).toEqual([
      ['1', '建设冷链仓库', at('| 1 | 建设冷链仓库 | 区商务委 |')],
      ['2', '开行班列', at('| 2 | 开行班列 | 区交通局 |')],
      ['（二）', '完善物流网络', at('（二）完善物流网络。新建配送站点。（区邮政局牵头）')],
    ]);
  });

  it('tasks and tables in the order of the text, whichever kind comes first', () => {
    const t = ['| 序号 | 重点任务 | 牵头单位 |', '|---|---|---|', '| 1 | 建设冷链仓库 | 区商务委 |', '', '', '二、重点任务', '（一）完善物流网络。新建配送站点。（区邮政局牵头）', '三、主要指标', '序号\t指标\t单位\t2022年\t2025年', '1\t铁水联运比重\t%\t12\t15'].join('\n');
    const x = parseDocument(t);
    expect(x.tasks.map((k) => [k.number, k.title])).toEqual([
      ['1', '建设冷链仓库'],
      ['（一）', '完善物流网络'],
    ]);
    expect(x.tables.map((k) => [k.kind, k.span])).toEqual([
      ['task', [0, t.indexOf('\n\n')]],
      ['indicator', [t.indexOf('1\t铁水'), t.length]],
    ]);
    const u = ['三、主要指标', '序号\t指标\t单位\t2022年\t2025年', '1\t铁水联运比重\t%\t12\t15', '', '', '| 序号 | 重点任务 | 牵头单位 |', '|---|---|---|', '| 1 | 建设冷链仓库 | 区商务委 |'].join('\n');
    expect(parseDocument(u).tables.map((k) => [k.kind, k.span])).toEqual([
      ['indicator', [u.indexOf('1\t铁水'), u.indexOf('\n\n')]],
      ['task', [u.indexOf('| 序号'), u.length]],
    ]);
  });
});

describe('the horizon years', () => {
  const read = (t: string) => {
    const x = parseDocument(t);
    return [x.goals.map((g) => g.year), x.meta.horizonYears];
  };

  it('the goals\' years sorted, whatever their order; years of goals without one left out', () => {
    expect(read('一、工作目标\n到2027年，建成冷库10座；到2025年，建成冷库6座。')).toEqual([[2027, 2025], [2025, 2027]]);
    expect(read('一、工作目标\n未来三年，新建冷库10座。')).toEqual([[null], []]);
  });

  it('到/至 years of the text only when no goal has a year', () => {
    expect(read('政策延续到2030年。')).toEqual([[], [2030]]);
    expect(read('政策延续至2030年。')).toEqual([[], [2030]]);
    expect(read('一、工作目标\n到2025年，建成冷库6座。政策延续到2030年。')).toEqual([[2025], [2025]]);
  });
});

describe('an indicator\'s unit taken from its targets', () => {
  it('the first target with a unit; not a relative target\'s 百分点', () => {
    const x = parseDocument(['三、主要指标', '序号\t指标\t2022年\t2025年\t2027年', '1\t铁水联运比重\t—\t15\t20%', '2\t进出口增速\t—\t—\t高于全市3个百分点'].join('\n'));
    expect(x.indicators.map((i) => [i.name, i.unit, i.targets.map((t) => [t.kind, t.unit ?? null])])).toEqual([
      ['铁水联运比重', '%', [['level', null], ['level', '%']]],
      ['进出口增速', '', [['pending', null], ['relative', '百分点']]],
    ]);
  });

  it('questions only where there are some: no key otherwise', () => {
    const x = parseDocument(['三、主要指标', '序号\t指标\t单位\t2022年\t2027年', '1\t冷库容量\t万吨\t10\t20', '2\t货运量\t\t—\t150'].join('\n'));
    expect(x.indicators.map((i) => [i.name, Object.keys(i).includes('questions'), i.questions])).toEqual([
      ['冷库容量', false, undefined],
      ['货运量', true, ['2027年目标“150”未写明方向与单位，请确认']],
    ]);
  });
});

describe('spans and strings after the text was changed for reading', () => {
  it('reading aids dropped: spans still point into the text given', () => {
    const t = '二、重点任务\n1.建设物流园(yuán)区。（区商务委牵头）\n2.开行班列。（区交通局牵头）';
    expect(parseDocument(t).tasks.map((k) => [k.title, t.slice(k.span[0], k.span[1])])).toEqual([
      ['建设物流园区', '1.建设物流园(yuán)区。（区商务委牵头）'],
      ['开行班列', '2.开行班列。（区交通局牵头）'],
    ]);
  });

  it('run-on items broken apart: spans still point into the text given', () => {
    const t = '二、重点任务\n1.建设物流园区，完善冷链设施和配套服务。（区商务委牵头）2.开行中欧班列，拓展国际物流通道和网络。（区交通局牵头）3.发展航空物流。（区口岸办牵头）';
    expect(parseDocument(t).tasks.map((k) => t.slice(k.span[0], k.span[1]))).toEqual([
      '1.建设物流园区，完善冷链设施和配套服务。（区商务委牵头）',
      '2.开行中欧班列，拓展国际物流通道和网络。（区交通局牵头）',
      '3.发展航空物流。（区口岸办牵头）',
    ]);
  });

  it('traditional characters: read on the simplified view, given back as written', () => {
    const x = parseDocument('二、重點任務\n1.建設物流園區。（區商務委牽頭）');
    expect(x.tasks.map((k) => [k.title, k.units])).toEqual([['建設物流園區', [{ name: '區商務委', role: 'lead', collective: false }]]]);
    expect(x.units).toEqual([{ name: '區商務委', type: 'department', known: false, collective: false }]);
  });
});

describe('a document without sections', () => {
  it('still has its front matter read', () => {
    const x = parseDocument('渝北区物流工作方案\n渝北府办发〔2023〕36号\n各镇人民政府：\n建设物流园区。\n重庆市渝北区人民政府办公室\n2023年6月21日');
    expect(x.sections).toEqual([]);
    expect([x.meta.title, x.meta.docNumber, x.meta.issuer, x.meta.issuedDate, x.meta.addressees]).toEqual([
      '渝北区物流工作方案', '渝北府办发〔2023〕36号', '重庆市渝北区人民政府办公室', '2023-06-21', ['各镇人民政府'],
    ]);
  });
});

describe('known units', () => {
  const text = '二、重点任务\n1.建设物流园区。（区商务委牵头，区交通局配合）';

  it('a known unit whose name is not text is ignored, aliases too; no matchedId key without an id', () => {
    const known = [{ id: 'x', name: 5, aliases: ['区商务委'] }, { name: '区交通局', type: 'enterprise' }] as never;
    expect(parseDocument(text, { knownUnits: known }).units).toStrictEqual([
      { name: '区商务委', type: 'department', known: false, collective: false },
      { name: '区交通局', type: 'enterprise', known: true, collective: false },
    ]);
  });
});

describe('fenced stages: a stage that throws costs its own part only, never the import', () => {
  const doc = [
    '渝北区物流工作方案', '渝北府办发〔2023〕36号', '一、工作目标', '到2027年，物流业增加值达到100亿元。', '二、重点任务',
    '1.建设物流园(yuán)区。（区商务委牵头，区交通局配合）', '2.开行班列。（区交通局牵头）', '（三）空港物流', '| 序号 | 重点任务 | 牵头单位 |', '|---|---|---|', '| 1 | 建设冷链仓库 | 区商务委 |', '', '',
    '三、主要指标', '序号\t指标\t2022年\t2027年', '1\t铁水联运比重\t12\t20%', '2\t货运量\t—\t150',
  ].join('\n');
  const read = (fail: string[], text = doc) => {
    stages.failing.clear();
    for (const f of fail) stages.failing.add(f);
    const x = parseDocument(text);
    return {
      meta: [x.meta.title, x.meta.docNumber, x.meta.horizonYears],
      sections: x.sections.map((s) => s.title),
      tasks: x.tasks.map((t) => [t.title, t.span[0], t.units.map((u) => `${u.name}/${u.role}`).join('，')]),
      goals: x.goals.map((g) => g.year),
      indicators: x.indicators.map((i) => [i.name, i.unit, i.questions ?? []]),
      units: x.units.map((u) => u.name),
      tables: x.tables.map((t) => t.kind),
    };
  };
  const at = (s: string) => doc.indexOf(s);
  const whole = {
    meta: ['渝北区物流工作方案', '渝北府办发〔2023〕36号', [2027]],
    sections: ['工作目标', '重点任务', '建设物流园区', '开行班列', '空港物流', '主要指标'],
    tasks: [
      ['建设物流园区', at('1.建设'), '区商务委/lead，区交通局/support'],
      ['开行班列', at('2.开行'), '区交通局/lead'],
      ['建设冷链仓库', at('| 1 |'), '区商务委/lead'],
    ],
    goals: [2027],
    indicators: [
      ['铁水联运比重', '%', []],
      ['货运量', '', ['2027年目标“150”未写明方向与单位，请确认']],
      ['物流业增加值', '亿元', []],
    ],
    units: ['区商务委', '区交通局'],
    tables: ['task', 'indicator'],
  };

  it('nothing failing: the whole extraction', () => {
    expect(read([])).toEqual(whole);
  });

  it('normalising fails: an empty extraction', () => {
    expect(read(['normalise'])).toEqual({ meta: ['', null, []], sections: [], tasks: [], goals: [], indicators: [], units: [], tables: [] });
  });

  it('splitting lines fails: only what is read from the text as a whole (the horizon years, the goal sentence by the fallback)', () => {
    const fallback = [['物流业增加值', '亿元', ['文中未找到任务或指标表，此指标由句中的目标读出：请核对名称、数值和年份']]];
    expect(read(['splitLines'])).toEqual({ meta: ['', null, [2027]], sections: [], tasks: [], goals: [], indicators: fallback, units: [], tables: [] });
  });

  it('dropping reading aids fails: the aid stays in the title, spans are the same', () => {
    const x = read(['dropReadingAids']);
    expect([x.sections[2], x.tasks[0]]).toEqual(['建设物流园(yuán)区', ['建设物流园(yuán)区', at('1.建设'), '区商务委/lead，区交通局/support']]);
    expect({ ...x, sections: [], tasks: x.tasks.slice(1) }).toEqual({ ...whole, sections: [], tasks: whole.tasks.slice(1) });
  });

  it('the simplified view fails: a traditional text is read as it is (its units not found)', () => {
    const t = '二、重點任務\n1.建設物流園區。（區商務委牽頭）';
    expect(read([], t).tasks).toEqual([['建設物流園區', 7, '區商務委/lead']]);
    expect(read(['simplifiedView'], t).tasks).toEqual([['建設物流園區', 7, '']]);
  });

  it('the web page reader fails: the page\'s number and title are not taken', () => {
    const t = ['文 号: | 渝北府办发〔2023〕36号 |', '标 题: | 渝北区物流发展工作方案 |', '二、重点任务', '1.建设物流园区。（区商务委牵头）'].join('\n');
    expect(read([], t).meta).toEqual(['渝北区物流发展工作方案', '渝北府办发〔2023〕36号', []]);
    expect(read(['stripWebNoise'], t)).toEqual({ ...read([], t), meta: ['', null, []] });
  });

  it('breaking run-on items fails: one task for the whole line', () => {
    const t = '二、重点任务\n1.建设物流园区，完善冷链设施和配套服务。（区商务委牵头）2.开行中欧班列，拓展国际物流通道和网络。（区交通局牵头）3.发展航空物流。（区口岸办牵头）';
    expect(read([], t).tasks.map((k) => k[0])).toEqual(['建设物流园区，完善冷链设施和配套服务', '开行中欧班列，拓展国际物流通道和网络', '发展航空物流']);
    expect(read(['breakRunOnItems'], t).tasks.map((k) => k[0])).toEqual(['建设物流园区，完善冷链设施和配套服务']);
  });

  it('mapping spans back fails: the spans of the changed text are kept', () => {
    expect(read(['mapSpans']).tasks[1][1]).toBe(at('2.开行') - '(yuán)'.length);
  });

  it('sections fail: no sections and no numbered tasks; the table rows, goals and indicators stay', () => {
    expect(read(['buildSections'])).toEqual({ ...whole, sections: [], tasks: whole.tasks.slice(2), units: ['区商务委'] });
  });

  it('indicator tables fail: only the goals\' indicators', () => {
    expect(read(['findTables'])).toEqual({ ...whole, indicators: whole.indicators.slice(2), tables: ['task'] });
  });

  it('goal indicators fail: only the table\'s; questions fail: none', () => {
    expect(read(['goalIndicators'])).toEqual({ ...whole, indicators: whole.indicators.slice(0, 2) });
    expect(read(['targetQuestions']).indicators).toEqual(whole.indicators.map(([n, u]) => [n, u, []]));
  });

  it('task tables fail: no rows and no task table; the heading above them reads as a task', () => {
    const x = read(['findTaskTables']);
    expect(x.tables).toEqual(['indicator']);
    expect(x.tasks.map((k) => k[0])).toEqual(['建设物流园区', '开行班列', '空港物流']);
  });

  it('the front matter fails: an empty head, the horizon years still set', () => {
    stages.failing.add('extractMeta');
    expect(parseDocument(doc).meta).toEqual({
      title: '', docNumber: null, issuer: null, issuedDate: null, addressees: [], public: false, draft: false,
      basis: [], horizonYears: [2027], hubTypes: [], kind: 'plan',
    });
  });

  it('numbered tasks fail: only the table rows; unnumbered ones fail: nothing lost here; goals fail: no goals and no goal indicators', () => {
    expect(read(['buildTasks'])).toEqual({ ...whole, tasks: whole.tasks.slice(2), units: ['区商务委'] });
    expect(read(['unnumberedTasks'])).toEqual(whole);
    expect(read(['buildGoals'])).toEqual({ ...whole, goals: [], indicators: whole.indicators.slice(0, 2) });
  });

  it('the units list fails: tasks keep their units, the list is empty', () => {
    expect(read(['isCollective'])).toEqual({ ...whole, units: [] });
  });
});

describe('the issuer level (survivor of the run of 2026-12-02, 06:55 UTC)', () => {
  it('a city issuer decides even when the title opens with a district name', () => {
    const x = parseDocument(['重庆市人民政府办公厅', '渝北区物流工作方案', '二、重点任务', '1.建设物流园区。（市商务委牵头）'].join('\n'));
    expect(x.units.map((u) => [u.name, u.type])).toEqual([['市商务委', 'department']]);
  });
});
