// src/domain/document/task-tables.ts through parseDocument (issue 18): header words and their
// limits, row continuation, blank lines, serial forms, captions, the 牵头/责任 columns, and the
// edges of cell-per-line tables (group lines before the first row, notes past a row's width).
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

describe('row-per-line tables', () => {
  it('a caption after 附件<n>, the Markdown rule skipped, a row without a serial continuing the one above, the deadline column', () => {
    expect(
      read('附件1 重点任务分工表\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建设冷链仓库。完善配套 | 区商务委 | 区交通局 | 2025年底前 |\n|  | 第二行 |  |  |  |\n| 2 | 开行班列 | 区交通局 |  |  |'),
    ).toEqual({
      tables: [
        [
          '重点任务分工表',
          ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          [
            ['1', '建设冷链仓库。完善配套\n第二行', '区商务委', '区交通局', '2025年底前'],
            ['2', '开行班列', '区交通局', '', ''],
          ],
        ],
      ],
      tasks: [
        ['1', '建设冷链仓库', '建设冷链仓库。完善配套\n第二行', '重点任务分工表', '区商务委/lead,区交通局/support', '2025-12-31'],
        ['2', '开行班列', '开行班列', '重点任务分工表', '区交通局/lead', ''],
      ],
    });
  });
  it('tabs; a bare 附件： line is no caption; a header note in brackets; serials 1、 and （二）; the first 责任单位 leads; two blank lines end the table', () => {
    expect(read('附件：\n序号\t重点任务（3项）\t责任单位\t完成时间\n1、\t建设冷链仓库\t区商务委、区交通局\t2025年6月底前\n（二）\t开行班列\t区交通局\t\n\n\n3\t不在表内\t区财政局\t')).toEqual({
      tables: [
        [
          '',
          ['序号', '重点任务（3项）', '责任单位', '完成时间'],
          [
            ['1、', '建设冷链仓库', '区商务委、区交通局', '2025年6月底前'],
            ['（二）', '开行班列', '区交通局', ''],
          ],
        ],
      ],
      tasks: [
        ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead,区交通局/support', '2025-06-30'],
        ['（二）', '开行班列', '开行班列', '', '区交通局/lead', ''],
      ],
    });
  });
  it('one blank line is spacing; a sentence above is no caption; serials with a star', () => {
    expect(read('关于重点任务的分工安排如下。\n| 序号 | 重点任务 | 牵头单位 |\n| 3* | 建设冷链仓库 | 区商务委 |\n\n| 4＊ | 开行班列 | 区交通局 |')).toEqual({
      tables: [['', ['序号', '重点任务', '牵头单位'], [['3*', '建设冷链仓库', '区商务委'], ['4＊', '开行班列', '区交通局']]]],
      tasks: [
        ['3', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', ''],
        ['4', '开行班列', '开行班列', '', '区交通局/lead', ''],
      ],
    });
  });
  it('a header cell longer than 12 characters is no header word, unless the excess is a bracketed note', () => {
    expect(read('| 序号 | 重点任务和具体工作内容说明 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(none);
    expect(read('| 序号 | 重点任务（含省市区三级联动的工作事项说明） | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
  });
  it('a header word may be 12 characters long, not 13 (a leader column that is matched anywhere in the cell)', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 | 区级牵头领导及联系人电话 |\n| 1 | 建设冷链仓库 | 区商务委 | 张三 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
    expect(read('| 序号 | 重点任务 | 牵头单位 | 区级牵头领导及其联系人电话 |\n| 1 | 建设冷链仓库 | 区商务委 | 张三 |')).toEqual(none);
  });
  it('a table needs a unit column and a task column', () => {
    expect(read('| 序号 | 重点任务 | 完成时限 |\n| 1 | 建设冷链仓库 | 2025年底前 |')).toEqual(none);
  });
  it('an empty task cell takes its title from the measures; a row with no words is titled by its number; an empty 牵头单位 lets the 责任单位 lead', () => {
    expect(read('| 序号 | 重点任务 | 具体措施 | 责任单位 | 牵头单位 |\n| 1 |  | 建设冷链仓库，完善配套。加快建设 | 区交通局 | 区商务委 |\n| 2 |  |  | 区财政局 |  |').tasks).toEqual([
      ['1', '建设冷链仓库，完善配套', '建设冷链仓库，完善配套。加快建设', '', '区交通局/support,区商务委/lead', ''],
      ['2', '2', '', '', '区财政局/lead', ''],
    ]);
  });
  it('a title is the first sentence, at most 120 characters', () => {
    const long = '建设冷链仓库'.repeat(25);
    expect(read(`| 序号 | 重点任务 | 牵头单位 |\n| 1 | ${long} | 区商务委 |`).tasks[0][1]).toBe(long.slice(0, 120));
  });
});

describe('cell-per-line tables', () => {
  it('a note past the row’s width is not a cell; a blank line between header cells is allowed', () => {
    expect(read('序号\n\n重点任务\n牵头单位\n配合单位\n1\n建设冷链仓库\n区商务委\n区交通局\n省牵头单位：省商务厅\n2\n开行班列\n区交通局\n区财政局')).toEqual({
      tables: [
        [
          '',
          ['序号', '重点任务', '牵头单位', '配合单位'],
          [
            ['1', '建设冷链仓库', '区商务委', '区交通局'],
            ['2', '开行班列', '区交通局', '区财政局'],
          ],
        ],
      ],
      tasks: [
        ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead,区交通局/support', ''],
        ['2', '开行班列', '开行班列', '', '区交通局/lead,区财政局/support', ''],
      ],
    });
  });
  it('two header cells are not a table', () => {
    expect(read('序号\n牵头单位\n1\n区商务委')).toEqual(none);
  });
  it('up to two group lines before the first row, up to three note lines after a row; a new 序号 ends the table', () => {
    expect(read('序号\n重点任务\n牵头单位\n（一）口岸建设\n（二）通道建设\n1\n建设冷链仓库\n区商务委\n备注一\n备注二\n备注三\n2\n开行班列\n区交通局').tables[0][2]).toEqual([
      ['1', '建设冷链仓库', '区商务委'],
      ['2', '开行班列', '区交通局'],
    ]);
    expect(read('序号\n重点任务\n牵头单位\n（一）口岸建设\n（二）通道建设\n1\n建设冷链仓库\n区商务委\n备注一\n备注二\n备注三\n备注四\n2\n开行班列\n区交通局').tables[0][2]).toEqual([['1', '建设冷链仓库', '区商务委']]);
    expect(read('序号\n重点任务\n牵头单位\n（一）口岸建设\n（二）通道建设\n（三）其他\n1\n建设冷链仓库\n区商务委')).toEqual(none);
    expect(read('序号\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委\n序号\n2\n开行班列\n区交通局').tables[0][2]).toEqual([['1', '建设冷链仓库', '区商务委']]);
  });
  it('a row short of more than one cell is dropped', () => {
    expect(read('序号\n重点任务\n牵头单位\n配合单位\n1\n建设冷链仓库\n区商务委\n2\n开行班列').tables[0][2]).toEqual([['1', '建设冷链仓库', '区商务委']]);
  });
});

describe('the deadline column', () => {
  it('a month or a year without 前 is the limit; words without a date give none; an empty cell leaves the task text to decide', () => {
    const x = parseDocument('序号\t重点任务\t责任单位\t完成时间\n1\t建设冷链仓库\t区商务委\t2025年6月\n2\t开行班列\t区交通局\t2026年\n3\t建设园区\t区财政局\t持续推进\n4\t建设站场\t区财政局\t2025年6月底前\n5\t2027年底前建成园区\t区财政局\t\n6\t2027年建成园区\t区财政局\t');
    expect(x.tasks.map((t) => t.deadlines)).toEqual([
      [{ text: '2025年6月', date: '2025-06-30' }],
      [{ text: '2026年', date: '2026-12-31' }],
      [],
      [{ text: '2025年6月底前', date: '2025-06-30' }],
      [{ text: '2027年底前', date: '2027-12-31' }],
      // Only the column is read as a limit without 前, not the task's words.
      [],
    ]);
  });
});
