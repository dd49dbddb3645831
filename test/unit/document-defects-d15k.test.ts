// Known defects of the document parser (issue 15, part 2), each with the exact extraction it
// must give: units on lines of their own inside one table cell, 分别 lists joined by 和, time
// ceilings listed with 分别, scope phrases before a goal's name, targets joined by 和.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const units = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join(',')]);

describe('a table cell holding one unit per line', () => {
  it('keeps every unit of a 配合单位 cell continued on the next line (PDF or tab copy), as supporting', () => {
    expect(units('序号\t重点任务\t牵头单位\t配合单位\n1\t建设冷链仓库\t区商务委\t区交通局\n\t\t\t区财政局\n2\t开行班列\t区交通局\t')).toEqual([
      ['1', '区商务委/lead,区交通局/support,区财政局/support'],
      ['2', '区交通局/lead'],
    ]);
  });

  it('keeps every unit of a 牵头单位 cell on two lines as lead', () => {
    expect(units('序号\t重点任务\t牵头单位\t配合单位\n1\t建设冷链仓库\t区商务委\t区财政局\n\t\t区交通局\t')).toEqual([['1', '区商务委/lead,区交通局/lead,区财政局/support']]);
  });

  it('reads a single 责任单位 cell on two lines as the same cell on one line: first leads, the rest support', () => {
    const oneLine = units('序号\t重点任务\t责任单位\n1\t建设冷链仓库\t区交通局、区财政局');
    expect(oneLine).toEqual([['1', '区交通局/lead,区财政局/support']]);
    expect(units('序号\t重点任务\t责任单位\n1\t建设冷链仓库\t区交通局\n\t\t区财政局')).toEqual(oneLine);
    expect(units('| 序号 | 重点任务 | 责任单位 |\n| 1 | 建设冷链仓库 | 区交通局 |\n|  |  | 区财政局 |')).toEqual(oneLine);
  });

  it('reads a cell whose line breaks became spaces (an xlsx cell) as one unit per name', () => {
    expect(units('序号\t重点任务\t责任单位\n1\t建设冷链仓库\t区交通局 区财政局')).toEqual([['1', '区交通局/lead,区财政局/support']]);
    expect(units('序号\t重点任务\t牵头单位\t配合单位\n1\t建设冷链仓库\t区商务委\t区交通局  区财政局')).toEqual([['1', '区商务委/lead,区交通局/support,区财政局/support']]);
  });

  it('joins a name broken over two lines, and a list broken after 、, back together', () => {
    expect(units('序号\t重点任务\t责任单位\n1\t建设冷链仓库\t区发展改\n\t\t革委')).toEqual([['1', '区发展改革委/lead']]);
    expect(units('序号\t重点任务\t责任单位\n1\t建设冷链仓库\t区交通局、\n\t\t区财政局')).toEqual([['1', '区交通局/lead,区财政局/support']]);
  });

  it('keeps a role written in the cell: a marker on the line below, a role word, 等', () => {
    const row = (cell: string) => units(`序号\t重点任务\t责任单位\n1\t建设冷链仓库\t${cell.replace(/\n/g, '\n\t\t')}`);
    // Units are listed in the order written.
    expect(row('区财政局\n区交通局（牵头）')).toEqual([['1', '区财政局/support,区交通局/lead']]);
    expect(row('区财政局\n区交通局\n（牵头）')).toEqual([['1', '区财政局/support,区交通局/lead']]);
    expect(row('区交通局（牵头）\n区财政局')).toEqual([['1', '区交通局/lead,区财政局/support']]);
    expect(row('区财政局牵头\n区交通局配合')).toEqual([['1', '区财政局/lead,区交通局/support']]);
    expect(row('区交通局、区财政局\n等单位')).toEqual([['1', '区交通局/lead,区财政局/support']]);
    // A name with a space that is no line break is left as written.
    expect(row('重庆 机场集团')).toEqual([['1', '重庆 机场集团/lead']]);
  });
});

const goals = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets]);

describe('分别 with items joined by 和', () => {
  it('"A和B分别年均增长5%、3%" gives two yearly average growths, as the 、-joined form', () => {
    const clause = '社会消费品零售总额和网络零售额分别年均增长5%、3%';
    const growth = (value: number, text: string) => [{ year: 2027, kind: 'growth', value, text, unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' }];
    expect(goals(`到2027年，${clause}。`)).toEqual([
      ['社会消费品零售总额', '%', growth(5, clause)],
      ['网络零售额', '%', growth(3, clause)],
    ]);
    const listed = '社会消费品零售总额、网络零售额分别年均增长5%、3%';
    expect(goals(`到2027年，${listed}。`)).toEqual([
      ['社会消费品零售总额', '%', growth(5, listed)],
      ['网络零售额', '%', growth(3, listed)],
    ]);
  });

  it('"X和Y分别达到100万吨、50万吨" gives two levels', () => {
    const clause = '粮食产量和肉类产量分别达到100万吨、50万吨';
    expect(goals(`到2027年，${clause}。`)).toEqual([
      ['粮食产量', '万吨', [{ year: 2027, kind: 'level', value: 100, text: clause, unit: '万吨' }]],
      ['肉类产量', '万吨', [{ year: 2027, kind: 'level', value: 50, text: clause, unit: '万吨' }]],
    ]);
  });
});

describe('分别 lists of times: ceilings in 小时, 分钟, 天, 个工作日', () => {
  it('"进口、出口整体通关时间分别压缩至30小时、1小时以内" gives two ceilings in 小时, the shared tail on both', () => {
    const clause = '进口、出口整体通关时间分别压缩至30小时、1小时以内';
    expect(goals(`到2025年，口岸通关效率明显提升，${clause}。`)).toEqual([
      ['进口整体通关时间', '小时', [{ year: 2025, kind: 'max', value: 30, text: clause, unit: '小时' }]],
      ['出口整体通关时间', '小时', [{ year: 2025, kind: 'max', value: 1, text: clause, unit: '小时' }]],
    ]);
  });

  it('"分别控制在5小时以内、3小时以内" and 个工作日 (not 个) are ceilings', () => {
    const hours = '平均通关时间和平均办理时间分别控制在5小时以内、3小时以内';
    expect(goals(`到2027年，${hours}。`)).toEqual([
      ['平均通关时间', '小时', [{ year: 2027, kind: 'max', value: 5, text: hours, unit: '小时' }]],
      ['平均办理时间', '小时', [{ year: 2027, kind: 'max', value: 3, text: hours, unit: '小时' }]],
    ]);
    const days = '企业开办时间和不动产登记时间分别压缩至3个工作日、5个工作日以内';
    expect(goals(`到2027年，${days}。`)).toEqual([
      ['企业开办时间', '个工作日', [{ year: 2027, kind: 'max', value: 3, text: days, unit: '个工作日' }]],
      ['不动产登记时间', '个工作日', [{ year: 2027, kind: 'max', value: 5, text: days, unit: '个工作日' }]],
    ]);
  });

  it('a time unit alone makes the listed values ceilings (分别为30分钟、2天)', () => {
    const clause = '城区配送时间和农村配送时间分别为30分钟、2天';
    expect(goals(`到2027年，${clause}。`)).toEqual([
      ['城区配送时间', '分钟', [{ year: 2027, kind: 'max', value: 30, text: clause, unit: '分钟' }]],
      ['农村配送时间', '天', [{ year: 2027, kind: 'max', value: 2, text: clause, unit: '天' }]],
    ]);
    // 不超过 is a ceiling: the 超过 inside it is no floor.
    const capped = '城区配送时间和农村配送时间分别不超过30分钟、60分钟';
    expect(goals(`到2027年，${capped}。`)).toEqual([
      ['城区配送时间', '分钟', [{ year: 2027, kind: 'max', value: 30, text: capped, unit: '分钟' }]],
      ['农村配送时间', '分钟', [{ year: 2027, kind: 'max', value: 60, text: capped, unit: '分钟' }]],
    ]);
  });
});

describe('one goal clause with a time', () => {
  it('"平均通关时间为5小时", "…5小时以内": the time is a ceiling in its unit', () => {
    expect(goals('到2027年，货物平均通关时间为5小时。')).toEqual([['货物平均通关时间', '小时', [{ year: 2027, kind: 'max', value: 5, text: '货物平均通关时间为5小时', unit: '小时' }]]]);
    expect(goals('到2027年，企业开办时间3个工作日以内。')).toEqual([['企业开办时间', '个工作日', [{ year: 2027, kind: 'max', value: 3, text: '企业开办时间3个工作日以内', unit: '个工作日' }]]]);
    // 以内 caps a time whatever the name.
    expect(goals('到2027年，应急物资调运到位2小时以内。')).toEqual([['应急物资调运到位', '小时', [{ year: 2027, kind: 'max', value: 2, text: '应急物资调运到位2小时以内', unit: '小时' }]]]);
    expect(goals('到2027年，快件揽收平均用时不超过30分钟。')).toEqual([['快件揽收平均用时', '分钟', [{ year: 2027, kind: 'max', value: 30, text: '快件揽收平均用时不超过30分钟', unit: '分钟' }]]]);
  });

  it('a time that is no target is left alone: a service hour, a time to reach a place', () => {
    expect(goals('到2027年，物流园区提供24小时服务。')).toEqual([]);
    expect(goals('到2027年，物流园区服务24小时。')).toEqual([]);
    expect(goals('到2027年，实现3小时通达京沪沿线主要城市。')).toEqual([]);
  });
});

describe('a scope phrase before a goal clause is no part of the name', () => {
  const level = (name: string, value: number, unit: string, text: string) => [name, unit, [{ year: 2027, kind: 'level', value, text, unit }]];
  it('全省 / 全市 / 全区 / 全县 范围内, 区域内, 辖区内 are left out', () => {
    expect(goals('到2027年，全省范围内新建冷库20个。')).toEqual([level('冷库', 20, '个', '全省范围内新建冷库20个')]);
    expect(goals('到2027年，全市范围内冷库容量达到20万吨。')).toEqual([level('冷库容量', 20, '万吨', '全市范围内冷库容量达到20万吨')]);
    expect(goals('到2027年，全县范围内建成村级物流服务站300个。')).toEqual([level('村级物流服务站', 300, '个', '全县范围内建成村级物流服务站300个')]);
    expect(goals('到2027年，辖区内冷库容量达到20万吨。')).toEqual([level('冷库容量', 20, '万吨', '辖区内冷库容量达到20万吨')]);
    expect(goals('到2027年，区域内冷库容量达到20万吨。')).toEqual([level('冷库容量', 20, '万吨', '区域内冷库容量达到20万吨')]);
    expect(goals('到2027年，全市辖区内冷库容量达到20万吨。')).toEqual([level('冷库容量', 20, '万吨', '全市辖区内冷库容量达到20万吨')]);
    expect(goals('到2027年，全区区域内冷库容量达到20万吨。')).toEqual([level('冷库容量', 20, '万吨', '全区区域内冷库容量达到20万吨')]);
    expect(goals('到2027年，在全省范围内建成县级物流中心80个。')).toEqual([level('县级物流中心', 80, '个', '在全省范围内建成县级物流中心80个')]);
  });

  it('in a 分别 list too', () => {
    const clause = '全省范围内冷库容量和冷藏车保有量分别达到100万吨、5000辆';
    expect(goals(`到2027年，${clause}。`)).toEqual([level('冷库容量', 100, '万吨', clause), level('冷藏车保有量', 5000, '辆', clause)]);
  });
});

describe('targets joined by 和 / 及 in one goal clause', () => {
  const level = (name: string, value: number, unit: string, text: string, kind = 'level') => [name, unit, [{ year: 2027, kind, value, text, unit }]];
  it('"A达到10个和B达到20家" gives both targets, as "A达到10个，B达到20家" does', () => {
    const both = [level('物流园区', 10, '个', '物流园区达到10个'), level('配送中心', 20, '家', '配送中心达到20家')];
    expect(goals('到2027年，物流园区达到10个，配送中心达到20家。')).toEqual(both);
    expect(goals('到2027年，物流园区达到10个和配送中心达到20家。')).toEqual(both);
    expect(goals('到2027年，冷库容量达到100万吨以上和冷藏车保有量达到5000辆。')).toEqual([
      level('冷库容量', 100, '万吨', '冷库容量达到100万吨以上', 'min'),
      level('冷藏车保有量', 5000, '辆', '冷藏车保有量达到5000辆'),
    ]);
  });

  it('及 after a growth, and 以及 opening the next clause', () => {
    expect(goals('到2027年，网络零售额年均增长10%以上及跨境电商交易额达到50亿元。')).toEqual([
      ['网络零售额', '%', [{ year: 2027, kind: 'growth', value: 10, text: '网络零售额年均增长10%以上', unit: '%', growthBasis: 'annual', direction: 'increase', directionBy: 'wording' }]],
      level('跨境电商交易额', 50, '亿元', '跨境电商交易额达到50亿元'),
    ]);
    expect(goals('到2027年，冷库容量达到100万吨以及冷藏车保有量达到5000辆。')).toEqual([
      level('冷库容量', 100, '万吨', '冷库容量达到100万吨'),
      level('冷藏车保有量', 5000, '辆', '冷藏车保有量达到5000辆'),
    ]);
    expect(goals('到2027年，货物通关时间控制在5小时以内和企业开办时间压缩至3个工作日以内。')).toEqual([
      level('货物通关时间', 5, '小时', '货物通关时间控制在5小时以内', 'max'),
      level('企业开办时间', 3, '个工作日', '企业开办时间压缩至3个工作日以内', 'max'),
    ]);
    expect(goals('到2027年，冷库容量达到100万吨，以及冷藏车保有量达到5000辆。')).toEqual([
      level('冷库容量', 100, '万吨', '冷库容量达到100万吨'),
      level('冷藏车保有量', 5000, '辆', '以及冷藏车保有量达到5000辆'),
    ]);
  });

  it('a thing joined without a number of its own is not split off', () => {
    const text = '建成10个物流园区和配送中心';
    expect(goals(`到2027年，${text}。`)).toEqual([['物流园区和配送中心', '个', [{ year: 2027, kind: 'level', value: 10, text, unit: '个', direction: 'increase', directionBy: 'wording' }]]]);
  });
});
