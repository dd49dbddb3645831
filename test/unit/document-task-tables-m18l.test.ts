// src/domain/document/task-tables.ts (issue 18): what the runs of 2026-12-02 left alive —
// captions with a 。/； inside, without a 附件 number or with 附件 not at the start; headers
// indented by tabs; a table ending the text; short rows and rows without a serial; continued
// measure cells; a cell-per-line header of more than ten cells or cut off by the end of the
// text; the spans of tables, rows and tasks; white space inside a title.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const read = (text: string) => {
  const x = parseDocument(text);
  return {
    tables: x.tables.filter((t) => t.kind === 'task').map((t) => [t.title, t.header, t.rows.map((r) => r.cells)]),
    tasks: x.tasks.map((t) => [t.number, t.title, t.text, t.sectionTitle, t.units.map((u) => `${u.name}/${u.role}`).join(','), t.deadlines.map((d) => d.date).join(',')]),
  };
};
const table = '| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设冷链仓库 | 区商务委 |';
const one = (caption = '') => ({
  tables: [[caption, ['序号', '重点任务', '牵头单位'], [['1', '建设冷链仓库', '区商务委']]]],
  tasks: [['1', '建设冷链仓库', '建设冷链仓库', caption, '区商务委/lead', '']],
});

describe('captions', () => {
  const captionOf = (line: string) => read(`${line}\n${table}`).tables.map((t) => t[0]);

  it('only a line that ends with 。 or ； is a sentence; one holding them inside is a caption', () => {
    expect(captionOf('2025年重点任务；责任分工清单')).toEqual(['2025年重点任务；责任分工清单']);
    expect(captionOf('重点任务。责任分工清单')).toEqual(['重点任务。责任分工清单']);
    expect(captionOf('重点任务。责任分工清单。')).toEqual(['']);
  });

  it('附件 without a number goes too; a 附件 inside the caption stays', () => {
    expect(captionOf('附件 重点任务清单')).toEqual(['重点任务清单']);
    expect(captionOf('附件重点任务清单')).toEqual(['重点任务清单']);
    expect(captionOf('重点任务分工表（附件2）')).toEqual(['重点任务分工表（附件2）']);
    expect(captionOf('分工表见附件')).toEqual(['分工表见附件']);
  });
});

describe('row-per-line tables', () => {
  it('a tab-separated header indented by tabs', () => {
    expect(read('\t序号\t重点任务\t牵头单位\n1\t建设冷链仓库\t区商务委')).toEqual(one());
    expect(read('\t\t序号\t重点任务\t牵头单位\n1\t建设冷链仓库\t区商务委')).toEqual(one());
  });

  it('a table that ends the text with a line break', () => {
    expect(read(`${table}\n`)).toEqual(one());
    expect(read(`${table}\n\n`)).toEqual(one());
  });

  it('a row of two cells is padded to the header; a row of one cell ends the table', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| 1 | 建设冷链仓库 | 区商务委 | 区交通局 |\n| 2 | 开行班列 |\n| 3 |\n| 4 | 建设园区 | 区财政局 | |')).toEqual({
      tables: [['', ['序号', '重点任务', '牵头单位', '配合单位'], [['1', '建设冷链仓库', '区商务委', '区交通局'], ['2', '开行班列', '', '']]]],
      tasks: [
        ['1', '建设冷链仓库', '建设冷链仓库', '', '区商务委/lead,区交通局/support', ''],
        ['2', '开行班列', '开行班列', '', '', ''],
      ],
    });
  });

  it('a first row without a serial is a row of its own, numbered by its place', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n|  | 建设冷链仓库 | 区商务委 |\n|  | 完善配套 |  |\n| 2 | 开行班列 | 区交通局 |')).toEqual({
      tables: [['', ['序号', '重点任务', '牵头单位'], [['', '建设冷链仓库\n完善配套', '区商务委'], ['2', '开行班列', '区交通局']]]],
      tasks: [
        ['1', '建设冷链仓库 完善配套', '建设冷链仓库\n完善配套', '', '区商务委/lead', ''],
        ['2', '开行班列', '开行班列', '', '区交通局/lead', ''],
      ],
    });
  });

  it('a continuation line fills only its own non-empty cells; an empty task cell above stays empty', () => {
    expect(read('| 序号 | 重点任务 | 具体措施 | 牵头单位 |\n| 1 | 建设冷链仓库 | 加强配套 | 区商务委 |\n|  |  | 完善设施 |  |').tasks).toEqual([
      ['1', '建设冷链仓库', '建设冷链仓库\n加强配套\n完善设施', '', '区商务委/lead', ''],
    ]);
    expect(read('| 序号 | 重点任务 | 具体措施 | 牵头单位 |\n| 1 |  | 加强配套 | 区商务委 |\n|  |  | 完善设施 | 区交通局 |').tasks).toEqual([
      // The continued 牵头单位 cell holds two lines: both units lead (a unit cell is read whole, d15k).
      ['1', '加强配套 完善设施', '加强配套\n完善设施', '', '区商务委/lead,区交通局/lead', ''],
    ]);
  });

  it('spaces inside a title cell are kept as one', () => {
    expect(read('| 序号 | 重点任务 | 牵头单位 |\n| 1 | 建设  冷链仓库 | 区商务委 |').tasks.map((t) => [t[1], t[2]])).toEqual([['建设 冷链仓库', '建设  冷链仓库']]);
  });

  it('the spans of the table, its rows and its tasks', () => {
    const text = `附件\n${table}\n|  | 完善配套 |  |\n| 2 | 开行班列 | 区交通局 |`;
    const x = parseDocument(text);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    const row1 = [at('| 1 |')[0], at('|  | 完善配套 |  |')[1]];
    const row2 = at('| 2 | 开行班列 | 区交通局 |');
    expect(x.tables.filter((t) => t.kind === 'task').map((t) => [t.span, t.rows.map((r) => r.span)])).toEqual([[[at('| 序号')[0], row2[1]], [row1, row2]]]);
    expect(x.tasks.map((t) => t.span)).toEqual([row1, row2]);
  });
});

describe('cell-per-line tables', () => {
  it('a header of more than ten cells: the first ten are the header, the rest is skipped like a group line', () => {
    const words = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '责任领导', '完成时限', '备注', '工作目标', '进展情况', '完成情况'];
    const cells = ['1', '建设冷链仓库', '加强配套', '区商务委', '区交通局', '张三', '2025年底前', '无', '建成', '推进中', '未完成'];
    expect(read([...words, ...cells].join('\n')).tables).toEqual([['', words.slice(0, 10), [cells.slice(0, 10)]]]);
  });

  it('header cells cut off by the end of the text are no table, and leave the table before them', () => {
    expect(read(`${table}\n\n\n序号\n重点任务`)).toEqual(one());
    expect(read(`${table}\n\n\n序号\n重点任务\n`)).toEqual(one());
  });
});
