// src/domain/document/task-tables.ts (issue 18): the survivors the m18l run (2026-12-02 10:58 UTC)
// listed as killable and left untested — the lines a table occupies, a header with unit columns
// and no task column, bars and tabs with white space around them, a bracket before a header
// word, blank lines inside a cell-per-line table, rows short of their last cell, titles cut at
// 。 and at trailing commas, a deadline column that is not last, two measure columns.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { findTaskTables } from '../../src/domain/document/task-tables';
import { splitLines } from '../../src/domain/document/text';

const read = (text: string) => {
  const x = parseDocument(text);
  return {
    tables: x.tables.filter((t) => t.kind === 'task').map((t) => [t.title, t.header, t.rows.map((r) => r.cells)]),
    tasks: x.tasks.map((t) => [t.number, t.title, t.text, t.sectionTitle, t.units.map((u) => `${u.name}/${u.role}`).join(','), t.deadlines.map((d) => `${d.date} ${d.text}`).join(',')]),
  };
};
const direct = (text: string) => findTaskTables(splitLines(text), null);
const usedLines = (text: string) => [...direct(text).lines].sort((a, b) => a - b);
const none = { tables: [], tasks: [] };
const one = {
  tables: [['', ['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库', '区商务委']]]],
  tasks: [['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']],
};

describe('the lines a table occupies', () => {
  it('a row-per-line table: its header, its rows and their continuation lines, not the rule under the header nor the text around', () => {
    // The rule line (|---|) is skipped without being marked; it is no paragraph task either way.
    const text = '说明如下\n| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 建设冷链仓库 | 区商务委 |\n|  | 完善配套 |  |\n\n| 2 | 开行班列 | 区交通局 |\n\n\n其他事项';
    expect(usedLines(text)).toEqual([1, 3, 4, 6]);
  });

  it('a cell-per-line table: every header line, every cell line and the note lines past a row', () => {
    const text = '说明如下\n序号\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委\n省牵头单位：省商务厅\n2\n开行班列\n区交通局\n一、其他事项';
    expect(usedLines(text)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('no table, no lines', () => {
    expect(usedLines('序号\n重点任务\n备注\n1\n建设冷链仓库\n无')).toEqual([]);
  });
});

describe('which headers make a table', () => {
  it('unit columns without a task or measure column are no task table', () => {
    expect(read('| 序号 | 牵头单位 | 配合单位 |\n| 1 | 区商务委 | 区交通局 |')).toEqual(none);
    expect(direct('序号\n牵头单位\n配合单位\n1\n区商务委\n区交通局').tables).toEqual([]);
  });

  it('a cell-per-line header must start with 序号', () => {
    expect(direct('重点任务\n牵头单位\n配合单位\n1\n建设冷链仓库\n区商务委\n区交通局').tables).toEqual([]);
  });

  it('a second 序号 line ends a cell-per-line header', () => {
    const x = direct('序号\n重点任务\n牵头单位\n序号\n1\n建设冷链仓库\n区商务委');
    expect(x.tables.map((t) => [t.header, t.rows.map((r) => r.cells)])).toEqual([[['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库', '区商务委']]]]);
  });

  it('a bracket before a header word is no note: the cell is no header word', () => {
    expect(read('| 序号 | 重点任务 | （注）牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |')).toEqual(none);
    expect(read('| 序号 | 重点任务 | 牵头单位（注） |\n| 1 | 建设冷链仓库 | 区商务委 |').tables).toEqual([['', ['序号', '重点任务', '牵头单位（注）'], [['1', '建设冷链仓库', '区商务委']]]]);
  });
});

describe('bars and tabs with white space around them', () => {
  it('a barred table indented by spaces, or with spaces after its last bar', () => {
    expect(read('  | 序号 | 重点任务 | 牵头单位 |\n  | 1 | 建设冷链仓库 | 区商务委 |')).toEqual(one);
    expect(read('| 序号 | 重点任务 | 牵头单位 |  \n| 1 | 建设冷链仓库 | 区商务委 |  ')).toEqual(one);
    expect(read('\t| 序号 | 重点任务 | 牵头单位 |\t\n\t| 1 | 建设冷链仓库 | 区商务委 |\t')).toEqual(one);
  });

  it('a tab inside a barred cell does not split it', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设\t冷链仓库 | 区商务委 |').tables).toEqual([['', ['序号', '重点任务', '牵头单位'], [['1', '建设\t冷链仓库', '区商务委']]]]);
  });

  it('tab-separated cells with spaces around the tabs are trimmed, in the header and in the rows', () => {
    expect(read('序号 \t 重点任务 \t 牵头单位\n1 \t 建设冷链仓库 \t 区商务委')).toEqual(one);
  });

  it('a continuation line whose leading cells are only spaces continues the row above', () => {
    expect(read('序号\t重点任务\t牵头单位\n1\t建设冷链仓库\t区商务委\n \t完善配套\t ').tables).toEqual([['', ['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库\n完善配套', '区商务委']]]]);
  });
});

describe('cell-per-line tables', () => {
  it('a 序号 line ending in a tab (a Word table pasted) still opens a cell-per-line header', () => {
    expect(read('序号\t\n重点任务\n牵头单位\n1\n建设冷链仓库\n区商务委')).toEqual(one);
  });

  it('blank lines between the cells of a row are spacing', () => {
    expect(read('序号\n重点任务\n牵头单位\n1\n\n建设冷链仓库\n\n区商务委')).toEqual(one);
  });

  it('a last row short of its last cell: no unit, no measure, no title read from a missing cell', () => {
    expect(read('序号\n重点任务\n具体措施\n牵头单位\n1\n建设冷链仓库\n加强配套').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库\n加强配套', '', '', '']]);
    expect(read('序号\n重点任务\n牵头单位\n具体措施\n1\n建设冷链仓库\n区商务委').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '']]);
    expect(read('序号\n牵头单位\n重点任务\n1\n区商务委').tasks).toEqual([['1', '1', '', '', '区商务委/lead', '']]);
  });
});

describe('titles, deadlines and measures', () => {
  it('a title cell opening with 。 has no first sentence: the number stands', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 。建设冷链仓库 | 区商务委 |').tasks.map((t) => t[1])).toEqual(['1']);
  });

  it('every trailing comma or colon goes from a title', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库，， | 区商务委 |').tasks.map((t) => t[1])).toEqual(['建设冷链仓库']);
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库；： | 区商务委 |').tasks.map((t) => t[1])).toEqual(['建设冷链仓库']);
  });

  it('a deadline column second is read like any other', () => {
    expect(read('| 序号 | 完成时限 | 重点任务 | 牵头单位 |\n| 1 | 2025年6月 | 建设冷链仓库 | 区商务委 |').tasks).toEqual([['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead', '2025-06-30 2025年6月']]);
  });

  it('a deadline cell with 前 is read as written, not as a labelled limit', () => {
    const deadline = (cell: string) => read(`| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n| 1 | 建设冷链仓库 | 区商务委 | ${cell} |`).tasks.map((t) => t[5]);
    expect(deadline('2025年底前')).toEqual(['2025-12-31 2025年底前']);
    // Read as 完成时限：… these would give 2025年12月 and the whole year 2025.
    expect(deadline('2025年12月31日前')).toEqual(['2025-12-31 2025年12月31日前']);
    expect(deadline('2025年上半年前')).toEqual(['2025-06-30 2025年上半年前']);
  });

  it('two measure columns: one line each below the title', () => {
    expect(read('| 序号 | 重点任务 | 具体措施 | 工作目标 | 牵头单位 |\n| 1 | 建设冷链仓库 | 加强配套 | 年内建成 | 区商务委 |').tasks.map((t) => t[2])).toEqual(['建设冷链仓库\n加强配套\n年内建成']);
  });
});

describe('unit cells read whole (unitCellText)', () => {
  const units = (text: string) => read(text).tasks.map((t) => t[4]);
  const continued = (a: string, b: string) => units(`| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | ${a} |\n|  |  | ${b} |`);

  it('a name broken over lines after a marked unit runs on: the bracket ends no piece but the last', () => {
    expect(continued('区商务委（牵头）、区交', '通局')).toEqual(['区商务委/lead,区交通局/lead']);
  });

  it('a run of spaces inside a cell is one space; a single space after a list mark not at the end stays', () => {
    const cell = (c: string) => units(`| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | ${c} |`);
    expect(cell('区发展改  革委')).toEqual(['区发展改 革委/lead']);
    expect(cell('区商务委、区交 通局')).toEqual(['区商务委/lead,区交 通局/lead']);
  });
});
