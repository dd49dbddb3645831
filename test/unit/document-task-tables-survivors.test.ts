// src/domain/document/task-tables.ts at its edges (issue 18): separator rules of every form,
// full-width bars, header notes at their 30-character limit, the unit and task columns each
// alone, serial forms, repeated headers, captions with a 附件 number, and tables whose only
// task column is a 具体措施 column.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const read = (text: string) => {
  const x = parseDocument(text);
  return {
    tables: x.tables.filter((t) => t.kind === 'task').map((t) => [t.title, t.header, t.rows.map((r) => r.cells)]),
    tasks: x.tasks.map((t) => [t.number, t.title, t.text, t.sectionTitle, t.units.map((u) => `${u.name}/${u.role}`).join(','), t.deadlines.map((d) => d.date).join(',')]),
  };
};
const none = { tables: [], tasks: [] };
const one = (caption = '') => ({
  tables: [[caption, ['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库', '区商务委']]]],
  tasks: [['1', '建设冷链仓库', '建设冷链仓库', caption, '区商务委/lead', '']],
});

describe('row-per-line tables: separators and bars', () => {
  it('alignment rules, full-width bars, and a table without outer bars', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| :--: | :-- | --: |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one());
    expect(read('｜序号｜重点任务｜牵头单位｜\n｜---｜---｜---｜\n｜1｜建设冷链仓库｜区商务委｜')).toEqual(one());
    expect(read('序号 | 重点任务 | 牵头单位\n--- | --- | ---\n1 | 建设冷链仓库 | 区商务委')).toEqual(one());
  });

  it('extra cells are cut to the header; a one-cell line ends the table', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 | 多余 |\n| 单 |\n| 2 | 开行班列 | 区交通局 |')).toEqual(one());
  });

  it('a header repeated on a new page is skipped', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |\n| 序号 | 重点任务 | 牵头单位 |\n| 2 | 开行班列 | 区交通局 |')).toEqual({
      tables: [['', ['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库', '区商务委'], ['2', '开行班列', '区交通局']]]],
      tasks: [
        ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', ''],
        ['2', '开行班列', '开行班列', '', '区交通局/lead', ''],
      ],
    });
  });

  it('a tab-separated line with leading empty cells continues the cells of the row above', () => {
    expect(read('序号\t重点任务\t牵头单位\t配合单位\n1\t建设冷链仓库\t区商务委\t\n\t完善配套\t\t区交通局\n2\t开行班列\t区交通局\t')).toEqual({
      tables: [['', ['序号', '重点任务', '牵头单位', '配合单位'], [['1', '建设冷链仓库\n完善配套', '区商务委', '区交通局'], ['2', '开行班列', '区交通局', '']]]],
      tasks: [
        ['1', '建设冷链仓库 完善配套', '建设冷链仓库\n完善配套', '', '区商务委/lead,区交通局/support', ''],
        ['2', '开行班列', '开行班列', '', '区交通局/lead', ''],
      ],
    });
  });
});

describe('header words', () => {
  it('a bracketed note of up to 30 characters, of either width, is dropped before the word is read', () => {
    const note30 = '一二三四五六七八九十'.repeat(3);
    expect(read(`| 序号 | 重点任务（${note30}） | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |`).tasks).toEqual(one().tasks);
    expect(read(`| 序号 | 重点任务（${note30}一） | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |`)).toEqual(none);
    expect(read('| 序号 | 重点任务(3项) | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |').tasks).toEqual(one().tasks);
  });

  it('a support column alone, or a 责任单位 column alone, is a unit column; a 具体措施 column alone is a task column', () => {
    expect(read('| 序号 | 重点任务 | 配合单位 |\n| 1 | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/support', '']]);
    expect(read('| 序号 | 重点任务 | 责任单位 |\n| 1 | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
    expect(read('| 序号 | 具体措施 | 责任单位 |\n| 1 | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
  });

  it('other words of the lead, support, leader and deadline columns', () => {
    expect(read('| 序号 | 重点任务 | 主责单位 | 协同部门 | 责任领导 | 时间节点 |\n| 1 | 建设冷链仓库 | 区商务委 | 区交通局 | 张三 | 2025年12月 |').tasks).toEqual([
      ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead,区交通局/support', '2025-12-31'],
    ]);
  });
});

describe('serials and captions', () => {
  it('Chinese numerals with or without brackets, up to four digits with a point; a longer number is counted', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 十二 | 建设冷链仓库 | 区商务委 |\n| (三) | 开行班列 | 区交通局 |\n| 1234. | 建设园区 | 区财政局 |\n| 12345 | 建设站场 | 区财政局 |').tasks.map((t) => t[0])).toEqual([
      '（十二）',
      '（三）',
      '1234',
      '4',
    ]);
  });

  it('a caption after 附件<n> and a colon loses both; a bare 附件<n>： line is no caption', () => {
    expect(read('附件2：重点任务清单\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one('重点任务清单'));
    expect(read('附件：2 重点任务清单\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one('重点任务清单'));
    expect(read('附件2：\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one());
    expect(read('附件 3\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one());
  });

  it('a caption up to three lines above, blank lines between; not a line ending with ；', () => {
    expect(read('重点任务清单\n\n\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one('重点任务清单'));
    expect(read('重点任务清单\n\n\n\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one());
    expect(read('重点任务清单；\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one());
  });
});

describe('tables that are not, and rows without a serial column', () => {
  it('a header with one cell that is no header word, or a header without rows, is no table', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 | 其他说明 |\n| 1 | 建设冷链仓库 | 区商务委 | 无 |')).toEqual(none);
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n正文。')).toEqual(none);
  });
  it('without a serial column, or with a serial cell that is no serial, rows are numbered in order', () => {
    expect(read('| 重点任务 | 牵头单位 | 配合单位 |\n| 建设冷链仓库 | 区商务委 | 区交通局 |\n| 开行班列 | 区交通局 | |').tasks).toEqual([
      ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead,区交通局/support', ''],
      ['2', '开行班列', '开行班列', '', '区交通局/lead', ''],
    ]);
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| A | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
  });
  it('a title keeps a ； inside and loses a trailing colon', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库；完善配套 | 区商务委 |\n| 2 | 开行班列： | 区交通局 |').tasks.map((t) => [t[1], t[2]])).toEqual([
      ['建设冷链仓库；完善配套', '建设冷链仓库；完善配套'],
      ['开行班列', '开行班列：'],
    ]);
  });
});

describe('cell-per-line tables past a row', () => {
  const rows = (text: string) => read(text).tables[0][2];
  it('a （二） group line or a 1. item past the row is a note; a 二、 heading ends the table', () => {
    const two = [['1', '建设冷链仓库', '区商务委'], ['2', '开行班列', '区交通局']];
    expect(rows('序号\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委\n（二）口岸建设\n2\n开行班列\n区交通局')).toEqual(two);
    expect(rows('序号\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委\n1.备注\n2\n开行班列\n区交通局')).toEqual(two);
    expect(rows('序号\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委\n二、保障措施\n2\n开行班列\n区交通局')).toEqual([two[0]]);
  });
});

// Survivors of the first Stryker run of task-tables.ts (2026-12-02 07:40 UTC, 72.82 %): the
// unit columns' roles and the caption rules.
describe('task-tables.ts survivors of the run of 2026-12-02', () => {
  const row = '| 1 | 建设冷链仓库 |';
  const task = (units: string, caption = '') => ['1', '建设冷链仓库', '建设冷链仓库', caption, units, ''];

  it('a 责任单位 column alone: its first unit leads, the others support', () => {
    expect(read(`| 序号 | 重点任务 | 责任单位 |\n${row} 区商务委、区交通局 |`).tasks).toEqual([task('区商务委/lead,区交通局/support')]);
  });

  it('beside a 牵头单位 column, 责任单位 lists supporters; an empty 牵头单位 cell leaves the first responsible unit to lead', () => {
    const header = '| 序号 | 重点任务 | 牵头单位 | 责任单位 |';
    expect(read(`${header}\n${row} 区商务委 | 区交通局、区财政局 |`).tasks).toEqual([task('区商务委/lead,区交通局/support,区财政局/support')]);
    expect(read(`${header}\n${row}  | 区交通局、区财政局 |`).tasks).toEqual([task('区交通局/lead,区财政局/support')]);
    expect(read(`| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n${row} 区商务委 | 区交通局 |`).tasks).toEqual([task('区商务委/lead,区交通局/support')]);
  });

  it('captions: the 附件 number goes in every spacing; a 附件 line with nothing else is no caption', () => {
    const table = '\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |';
    const captionOf = (line: string) => read(line + table).tables.map((t) => t[0]);
    expect(captionOf('附件2 重点任务分工表')).toEqual(['重点任务分工表']);
    expect(captionOf('附件A 分工')).toEqual(['A 分工']);
    for (const bare of ['附件', '附件：', '附件 2 ：', '附件：2']) expect(captionOf(bare)).toEqual(['']);
    expect(captionOf('分工安排如下；')).toEqual(['']);
  });

  it('captions: at most 60 characters, counted with the 附件 number', () => {
    const table = '\n| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |';
    const captionOf = (line: string) => read(line + table).tables.map((t) => t[0]);
    expect(captionOf('甲'.repeat(60))).toEqual(['甲'.repeat(60)]);
    expect(captionOf('甲'.repeat(61))).toEqual(['']);
    expect(captionOf(`附件2：${'乙'.repeat(56)}`)).toEqual(['乙'.repeat(56)]);
    expect(captionOf(`附件2：${'乙'.repeat(57)}`)).toEqual(['']);
  });

  it('header cells: spaces inside and a bracketed note at the end are read past', () => {
    expect(read(`| 序号 | 重点任务 | 牵 头 单 位 |\n${row} 区商务委 |`).tasks).toEqual([task('区商务委/lead')]);
    expect(read(`| 序号 | 重点任务 | 牵头单位（部门） |\n${row} 区商务委 |`).tasks).toEqual([task('区商务委/lead')]);
  });
});
