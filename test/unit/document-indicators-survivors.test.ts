// Kills the survivors of the Stryker runs of 2026-12-02 on src/domain/document/indicators.ts
// lines 399–557 (readCellRows, readInlineRows) and 558–1172 (the goal readers): each case is one
// rule of the readers at the edge where a changed condition, bound or pattern reads otherwise.
// Synthetic tables and clauses written for the rule, not copied from the real-document fixtures.
import { describe, expect, it } from 'vitest';
import { countListTargets, findTables, goalClauseTarget, goalIndicators, goalOpenings, periodGoalOpenings, respectiveTargets, undatedGoalOpenings, yearOpeningsWithout到 } from '../../src/domain/document/indicators';
import { splitLines } from '../../src/domain/document/text';

// One table read by findTables: the lines it took and each indicator as
// [number, category, name, unit, baseline, targets as [year, kind, value, unit], span].
const read = (text: string, fallbackYear: number | null = 2027) => {
  const r = findTables(splitLines(text), fallbackYear);
  return {
    lines: [...r.lines].sort((a, b) => a - b),
    ind: r.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.baseline, i.targets.map((t) => [t.year, t.kind, t.value, t.unit ?? null]), i.span]),
  };
};
const lvl = (v: number) => [[2027, 'level', v, null]];

describe('readCellRows (one cell per line): row boundaries', () => {
  it('a line of spaces separates rows like an empty line', () => {
    expect(read('指标\n单位\n目标值\n货运量\n万吨\n150\n  \n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 7, 8, 9],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [10, 20]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [24, 33]],
      ],
    });
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n万吨\n150\n  \n2\n吞吐量\n万标箱\n8').lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
  });
  it('two blank lines between every row never add up to the three that end the table', () => {
    expect(read('指标\n单位\n目标值\n\n\n货运量\n万吨\n150\n\n\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 5, 6, 7, 10, 11, 12],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [12, 22]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [25, 34]],
      ],
    });
  });
  it('rows start at the first serial: a blank line, a caption ending in a digit or a long number before it is skipped', () => {
    expect(read('序号\n指标\n单位\n2027年\n\n1\n货运量\n万吨\n150\n2\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [16, 28]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [29, 40]],
      ],
    });
    expect(read('序号\n指标\n单位\n2027年\n表1\n1\n货运量\n万吨\n150')).toEqual({ lines: [0, 1, 2, 3, 5, 6, 7, 8], ind: [['1', '', '货运量', '万吨', null, lvl(150), [18, 30]]] });
    expect(read('序号\n指标\n单位\n2027年\n12345\n1\n货运量\n万吨\n150')).toEqual({ lines: [0, 1, 2, 3, 5, 6, 7, 8], ind: [['1', '', '货运量', '万吨', null, lvl(150), [21, 33]]] });
  });
  it('serials of two digits, and serials not starting at 1, are the rows\' numbers', () => {
    expect(read('序号\n指标\n单位\n2027年\n10\n货运量\n万吨\n150\n11\n吞吐量\n万标箱\n8').ind).toEqual([
      ['10', '', '货运量', '万吨', null, lvl(150), [15, 28]],
      ['11', '', '吞吐量', '万标箱', null, lvl(8), [29, 41]],
    ]);
    expect(read('序号\n指标\n单位\n2027年\n3\n货运量\n万吨\n150\n4\n吞吐量\n万标箱\n8').ind.map((r) => r[0])).toEqual(['3', '4']);
  });
  it('three columns: a row of two cells ends at the next serial one cell on', () => {
    expect(read('序号\n指标\n2027年\n1\n货运量\n2\n吞吐量\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7],
      ind: [
        ['1', '', '货运量', '', null, [[2027, 'pending', null, null]], [12, 17]],
        ['2', '', '吞吐量', '', null, lvl(8), [18, 25]],
      ],
    });
  });
  it('blank lines at the end of a short row are separators, not its cells', () => {
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n150\n\n\n2\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
      ind: [
        ['1', '', '货运量', '150', null, [[2027, 'pending', null, null]], [15, 24]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [27, 38]],
      ],
    });
  });
  it('a blank line inside a row of the header\'s width is an empty cell', () => {
    expect(read('序号\n指标\n单位\n2027年\n1\n货运量\n\n150\n2\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      ind: [
        ['1', '', '货运量', '', null, lvl(150), [15, 25]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [26, 37]],
      ],
    });
  });
  it('a row one cell too wide loses its last blank, not its first', () => {
    expect(read('序号\n指标\n单位\n2022年\n2027年\n1\n货运量\n\n万吨\n\n150\n2\n吞吐量\n万标箱\n5\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15],
      ind: [
        ['1', '', '货运量', '', null, lvl(150), [21, 35]],
        ['2', '', '吞吐量', '万标箱', { year: 2022, value: 5 }, lvl(8), [36, 49]],
      ],
    });
  });
});

describe('readCellRows (one cell per line): rows without a serial first', () => {
  it('a blank line before the first cell does not stop a web copy being cut into rows', () => {
    expect(read('指标\n单位\n目标值\n\n货运量\n万吨\n150\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 4, 5, 6, 7, 8, 9],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [11, 21]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [22, 31]],
      ],
    });
  });
  it('only a table of one run of cells is cut: a last row of twice the width after a separated row stays one row', () => {
    expect(read('指标\n单位\n目标值\n货运量\n万吨\n150\n\n吞吐量\n万标箱\n8\n港口数\n个\n5')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [10, 20]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [22, 39]],
      ],
    });
  });
  it('a row one cell short takes the category above, also when 类别 is the first column', () => {
    expect(read('类别\n指标\n单位\n目标值\n规模\n货运量\n万吨\n150\n\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11],
      ind: [
        ['1', '规模', '货运量', '万吨', null, lvl(150), [13, 26]],
        ['2', '规模', '吞吐量', '万标箱', null, lvl(8), [28, 37]],
      ],
    });
  });
  it('a row two cells short of four is no row', () => {
    expect(read('指标\n单位\n基期值\n目标值\n货运量\n万吨\n100\n150\n\n吞吐量\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7],
      ind: [['1', '', '货运量', '万吨', { year: null, value: 100 }, lvl(150), [14, 28]]],
    });
  });
  it('a serial column that is not first gives the number', () => {
    expect(read('指标\n序号\n目标值\n货运量\n7\n150\n\n吞吐量\n8\n9')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 7, 8, 9],
      ind: [
        ['7', '', '货运量', '', null, lvl(150), [10, 19]],
        ['8', '', '吞吐量', '', null, lvl(9), [21, 28]],
      ],
    });
  });
});

describe('readInlineRows (one row per line)', () => {
  it('a row indented by spaces, split on wide spaces, keeps its first cell', () => {
    expect(read('序号  指标  单位  2027年\n   1  货运量  万吨  150')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [21, 36]]] });
  });
  it('a space inside a cell stays', () => {
    expect(read('序号\t指标\t单位\t2027年\n1\t5G 基站\t个\t150').ind).toEqual([['1', '', '5G 基站', '个', null, lvl(150), [15, 28]]]);
  });
  it('a leading tab in a row of the header\'s width is an empty serial: the row count numbers it', () => {
    expect(read('序号\t指标\t单位\t2027年\n\t货运量\t万吨\t150\n2\t吞吐量\t万标箱\t8')).toEqual({
      lines: [0, 1, 2],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [16, 26]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [27, 38]],
      ],
    });
  });
  it('a row split on wide spaces with a cell more than the header is read to the header\'s width', () => {
    expect(read('序号  指标  单位  2027年\n1  货运量  万吨  150  多余')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [18, 37]]] });
  });
  it('类别 as the first column: a row one cell short has lost its category', () => {
    expect(read('类别\t指标\t单位\t2027年\n规模\t货运量\t万吨\t150\n吞吐量\t万标箱\t8')).toEqual({
      lines: [0, 1, 2],
      ind: [
        ['1', '规模', '货运量', '万吨', null, lvl(150), [15, 28]],
        ['2', '规模', '吞吐量', '万标箱', null, lvl(8), [29, 38]],
      ],
    });
  });
  it('a short row ends the table, whether it ends in a dash, is a short pipe row or a single word', () => {
    const first = ['1', '', '货运量', '万吨', { year: 2022, value: 100 }, lvl(150), [21, 37]];
    expect(read('序号\t指标\t单位\t2022年\t2027年\n1\t货运量\t万吨\t100\t150\n2\t吞吐量\t-\n3\t港口数\t个\t3\t5')).toEqual({ lines: [0, 1], ind: [first] });
    expect(read('| 序号 | 指标 | 单位 | 2027年 |\n| 1 | 货运量 | 万吨 | 150 |\n| 2 | 吞吐量 |\n| 3 | 港口数 | 个 | 5 |')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [25, 47]]] });
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n注\n2\t吞吐量\t万标箱\t8')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [15, 27]]] });
  });
  it('the serial cell gives the number', () => {
    expect(read('序号\t指标\t2027年\n3\t货运量（万吨）\t150\n4\t吞吐量（万标箱）\t8').ind).toEqual([
      ['3', '', '货运量', '万吨', null, lvl(150), [12, 25]],
      ['4', '', '吞吐量', '万标箱', null, lvl(8), [26, 38]],
    ]);
  });
  it('a sentence-like cell does not end rows with pipes, half- or full-width', () => {
    expect(read('| 序号 | 指标 | 单位 | 2027年 |\n| 1 | 货运量。 | 万吨 | 150 |\n｜2｜吞吐量。｜万标箱｜8｜').ind).toEqual([
      ['1', '', '货运量。', '万吨', null, lvl(150), [25, 48]],
      ['2', '', '吞吐量。', '万标箱', null, lvl(8), [49, 63]],
    ]);
  });
  it('a tab-only line between rows is skipped', () => {
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n\t\n2\t吞吐量\t万标箱\t8')).toEqual({
      lines: [0, 1, 3],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [15, 27]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [30, 41]],
      ],
    });
  });
});

describe('survivors of the Stryker run of 2026-12-02 on lines 399–557 (05:52–06:24 UTC)', () => {
  it('a row whose cells are one blank apart (three or four blanks more than its width) still ends at the next serial; the last such row is read whole', () => {
    const two = [
      ['1', '', '货运量', '万吨', null, lvl(150), [15, 30]],
      ['2', '', '吞吐量', '万标箱', null, lvl(8), [31, 42]],
    ];
    expect(read('序号\n指标\n单位\n2027年\n1\n\n货运量\n\n万吨\n\n150\n2\n吞吐量\n万标箱\n8')).toEqual({ lines: [0, 1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14], ind: two });
    expect(read('序号\n指标\n单位\n2027年\n1\n\n货运量\n\n万吨\n\n150\n\n2\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 6, 8, 10, 12, 13, 14, 15],
      ind: [two[0], ['2', '', '吞吐量', '万标箱', null, lvl(8), [32, 43]]],
    });
    expect(read('序号\n指标\n单位\n2027年\n1\n\n货运量\n\n万吨\n\n150')).toEqual({ lines: [0, 1, 2, 3, 4, 6, 8, 10], ind: [two[0]] });
  });
  it('a run of cells is cut into rows only when it is the only run, longer than the header and a multiple of its width', () => {
    // a blank line at the end is no second run
    expect(read('指标\n单位\n目标值\n货运量\n万吨\n150\n吞吐量\n万标箱\n8\n').ind).toEqual([
      ['1', '', '货运量', '万吨', null, lvl(150), [10, 20]],
      ['2', '', '吞吐量', '万标箱', null, lvl(8), [21, 30]],
    ]);
    // two runs of twice the width: each is one row
    expect(read('指标\n单位\n目标值\n货运量\n万吨\n150\n港口数\n个\n5\n\n吞吐量\n万标箱\n8\n园区\n个\n3')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15],
      ind: [
        ['1', '', '货运量', '万吨', null, lvl(150), [10, 28]],
        ['2', '', '吞吐量', '万标箱', null, lvl(8), [30, 46]],
      ],
    });
    // five cells under three columns: one row
    expect(read('指标\n单位\n目标值\n货运量\n万吨\n150\n吞吐量\n万标箱')).toEqual({ lines: [0, 1, 2, 3, 4, 5, 6, 7], ind: [['1', '', '货运量', '万吨', null, lvl(150), [10, 28]]] });
  });
  it('without a 类别 column a row one cell short is read as it is', () => {
    expect(read('指标\n单位\n基期值\n目标值\n货运量\n万吨\n100\n150\n\n吞吐量\n万标箱\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11],
      ind: [
        ['1', '', '货运量', '万吨', { year: null, value: 100 }, lvl(150), [14, 28]],
        ['2', '', '吞吐量', '万标箱', { year: null, value: 8 }, [[2027, 'pending', null, null]], [30, 39]],
      ],
    });
  });
  it('a 类别 column second or last: the empty category goes in its place, and the span ends at the last real cell', () => {
    const want = {
      lines: [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11],
      ind: [
        ['1', '规模', '货运量', '万吨', null, lvl(150), [13, 26]],
        ['2', '规模', '吞吐量', '万标箱', null, lvl(8), [28, 37]],
      ],
    };
    expect(read('指标\n类别\n单位\n目标值\n货运量\n规模\n万吨\n150\n\n吞吐量\n万标箱\n8')).toEqual(want);
    expect(read('指标\n单位\n目标值\n类别\n货运量\n万吨\n150\n规模\n\n吞吐量\n万标箱\n8')).toEqual(want);
  });
  it('a serial column last: a row without its serial cell is numbered by its count', () => {
    expect(read('指标\n目标值\n序号\n货运量\n150\n7\n\n吞吐量\n8')).toEqual({
      lines: [0, 1, 2, 3, 4, 5, 7, 8],
      ind: [
        ['7', '', '货运量', '', null, lvl(150), [10, 19]],
        ['2', '', '吞吐量', '', null, lvl(8), [21, 26]],
      ],
    });
    expect(read('指标\t2027年\t序号\n货运量（万吨）\t150')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [12, 23]]] });
  });
  it('a sentence that splits into enough cells on wide spaces still ends the rows', () => {
    expect(read('序号\t指标\t单位\t2027年\n1\t货运量\t万吨\t150\n注：数据  来源  统计局。')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [15, 27]]] });
  });
  it('a pipe row indented by a tab; a short pipe row with a space after its last bar', () => {
    expect(read('| 序号 | 指标 | 单位 | 2027年 |\n\t| 1 | 货运量 | 万吨 | 150 |')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [26, 48]]] });
    expect(read('| 序号 | 指标 | 单位 | 2027年 |\n| 1 | 货运量 | 万吨 | 150 |\n| 2 | 吞吐量 | \n| 3 | 港口数 | 个 | 5 |')).toEqual({ lines: [0, 1], ind: [['1', '', '货运量', '万吨', null, lvl(150), [25, 47]]] });
  });
});

describe('yearOpeningsWithout到: a deadline opening a clause, a year after a verb of proposing', () => {
  const y = yearOpeningsWithout到;
  it('a deadline at the start, after a clause mark or a closing bracket, with 在 before it, opens a goal of its year', () => {
    expect(y('2023年底前，全市建设完成8条以上线路。')).toEqual([{ at: 0, year: 2023 }]);
    expect(y('其他工作，2023年底前，建成8条。')).toEqual([{ at: 5, year: 2023 }]);
    expect(y('（一）2023年底前，建成8条。')).toEqual([{ at: 3, year: 2023 }]);
    expect(y('在2023年底前，建成8条。')).toEqual([{ at: 0, year: 2023 }]);
    expect(y('1999年前，建成8条')).toEqual([{ at: 0, year: 1999 }]);
  });
  it('a month, 以前, 年末 and spaces are part of the deadline; a half-width comma ends it', () => {
    expect(y('2023年以前，建成8条')).toEqual([{ at: 0, year: 2023 }]);
    expect(y('2023 年12 月底前，建成8条。')).toEqual([{ at: 0, year: 2023 }]);
    expect(y('2023年末前,建成8条')).toEqual([{ at: 0, year: 2023 }]);
  });
  it('今年 is the document\'s year; without one it opens nothing', () => {
    expect(y('今年6月底前，完成10个站点。', 2024)).toEqual([{ at: 0, year: 2024 }]);
    expect(y('今年6月底前，完成10个站点。', null)).toEqual([]);
    expect(y('今年6月底前，完成10个站点。')).toEqual([]);
  });
  it('a time limit inside a sentence, or a clause with no number of its own up to the 。, opens nothing', () => {
    expect(y('于2023年底前完成8条。')).toEqual([]);
    expect(y('完成2023年底前，建成8条。')).toEqual([]);
    expect(y('2023年底前，完成改造。')).toEqual([]);
    expect(y('2023年底前，完成2024年计划。')).toEqual([]);
    expect(y('2023年底前，完成改造。新建8条。')).toEqual([]);
    expect(y('2023年底前，建成8条；完成2024年计划。')).toEqual([{ at: 0, year: 2023 }]);
  });
  it('a year after 明确 / 要求 opens after its comma; both kinds sorted by place', () => {
    expect(y('《方案》明确，2025年，新增44个；2023年底前，建成8条。')).toEqual([
      { at: 13, year: 2025 },
      { at: 19, year: 2023 },
    ]);
    expect(y('要求2026 年，新增4个')).toEqual([{ at: 9, year: 2026 }]);
  });
});

describe('periodGoalOpenings: goals of a five-year plan\'s period', () => {
  it('到 / 至 the end of a period is a horizon of its last year, each one read', () => {
    expect(periodGoalOpenings('到“十四五”期末，货运量达到100万吨。')).toEqual([{ at: 0, year: 2025 }]);
    expect(periodGoalOpenings('至十三五末货运量达到100万吨，到"十五五"时期末，达到200万吨。')).toEqual([
      { at: 0, year: 2020 },
      { at: 16, year: 2030 },
    ]);
  });
  it('in a paragraph naming the period, the first clause of intent with a number opens a goal', () => {
    expect(periodGoalOpenings('制定了“十二五”发展目标。江苏省将建成18个以上物流园区。')).toEqual([{ at: 16, year: 2015 }]);
    expect(periodGoalOpenings('“十三五”时期货运量将近100万吨，计划新建5个。')).toEqual([{ at: 18, year: 2020 }]);
    expect(periodGoalOpenings('“十四五”时期，将加快发展。力争新建10个。')).toEqual([{ at: 14, year: 2025 }]);
    expect(periodGoalOpenings('“十四五”时期将是关键期，将于2025年建成，将成为枢纽，力争建成3个。')).toEqual([{ at: 29, year: 2025 }]);
  });
  it('no period, a period in the past, or intent with no number but a year opens nothing', () => {
    expect(periodGoalOpenings('将新建10个。')).toEqual([]);
    expect(periodGoalOpenings('“十三五”期间，我省已建成100个，将新建50个。')).toEqual([]);
    expect(periodGoalOpenings('十一五期间已有，将新建5个')).toEqual([]);
    expect(periodGoalOpenings('“十四五”时期，力争在2025年建成。')).toEqual([]);
    expect(periodGoalOpenings('“十四五”规划提出，新建5个。')).toEqual([]);
  });
  it('a period followed by 以来 is the past, with its closing quote or without (bug: the quote let 以来 through)', () => {
    expect(periodGoalOpenings('“十三五”以来，将建成100个。')).toEqual([]);
    expect(periodGoalOpenings('十三五以来，将建成100个。')).toEqual([]);
    expect(periodGoalOpenings('“十三五”以来成效显著，“十四五”时期将建成100个。')).toEqual([{ at: 19, year: 2025 }]);
  });
});

describe('undatedGoalOpenings: the marks around a span and a 力争 clause', () => {
  const u = undatedGoalOpenings;
  it('a sentence ends at 。 ！ ! ？ or ?', () => {
    for (const stop of ['？', '!', '?', '！']) expect([stop, u(`未来三年，培育物流企业10家${stop}其他10个。`, 2023)]).toEqual([stop, [{ at: 5, year: 2026, end: 14 }]]);
  });
  it('a span after ； ： , or a space, with 再用 / 用 / 今后, spaces or 里, and two digits', () => {
    expect(u('其他；再用两年时间,培育10家。', 2023)).toEqual([{ at: 10, year: 2025, end: 15 }]);
    expect(u('其他：未来 3 年，培育10家。', 2023)).toEqual([{ at: 10, year: 2026, end: 15 }]);
    expect(u('其他 今后5年，培育10家。', 2023)).toEqual([{ at: 8, year: 2028, end: 13 }]);
    expect(u('其他,用3年，培育10家。', 2023)).toEqual([{ at: 7, year: 2026, end: 12 }]);
    expect(u('未来12年，培育10家。', 2023)).toEqual([{ at: 6, year: 2035, end: 11 }]);
    expect(u('三年里，培育10家。', 2023)).toEqual([{ at: 4, year: 2026, end: 9 }]);
  });
  it('no span: three digits, no marker, only a year as the number', () => {
    expect(u('未来123年，培育10家。', 2023)).toEqual([]);
    expect(u('已有三年，培育10家。', 2023)).toEqual([]);
    expect(u('未来三年，培育2025年计划。', 2023)).toEqual([]);
  });
  it('将 / 要 before 力争 / 确保 / 争取 opens with it; after ； or : the clause opens at the verb', () => {
    expect(u('将力争培育10家。', 2023)).toEqual([{ at: 0, year: null, end: 8 }]);
    expect(u('要确保培育10家。', 2023)).toEqual([{ at: 0, year: null, end: 8 }]);
    expect(u('其他；争取新建10个。', 2023)).toEqual([{ at: 3, year: null, end: 10 }]);
    expect(u('其他:力争新建10个。', 2023)).toEqual([{ at: 3, year: null, end: 10 }]);
    expect(u('力争新建10个，其他。', 2023)).toEqual([{ at: 0, year: null, end: 10 }]);
    expect(u('力争新建10个,其他。', 2023)).toEqual([{ at: 0, year: null, end: 10 }]);
  });
  it('a year in the 力争 sentence (到 / 至 a year, 今年, 明年, or after the clause) opens nothing; a year in a sentence before does not count', () => {
    for (const c of ['力争到2025年新建10个。', '力争至 2025年新建10个。', '今年力争新建10个。', '力争明年新建10个。', '力争新建，2024年10个。']) expect([c, u(c, 2023)]).toEqual([c, []]);
    expect(u('去年完成。力争新建10个。', 2023)).toEqual([{ at: 5, year: null, end: 12 }]);
    expect(u('2022年完成。力争新建10个。', 2023)).toEqual([{ at: 8, year: null, end: 15 }]);
  });
  it('a span found leaves 力争 sentences alone', () => {
    expect(u('未来三年，培育10家。力争新建10个。', 2023)).toEqual([{ at: 5, year: 2026, end: 10 }]);
  });
});

describe('goalOpenings: labels, quoted plans, proposals, horizons and named targets', () => {
  it('a target period with spaces, dashes of every kind, 至, without 年', () => {
    expect(goalOpenings('近期目标（2019 年 — 2020 年）为：货运量达到100万吨。', '')).toEqual([{ at: 23, year: 2020 }]);
    expect(goalOpenings('目标(2019~2020)：货运量达到100万吨。', '')).toEqual([{ at: 14, year: 2020 }]);
    expect(goalOpenings('目标（2019至2020年）货运量达到100万吨。', '')).toEqual([{ at: 14, year: 2020 }]);
  });
  it('labels: 发展目标是： / 工作目标为: / 年度目标是 / 总体目标： / 主要目标是, in the latest year before them', () => {
    expect(goalOpenings('发展目标是：货运量达到100万吨。', '2024年')).toEqual([{ at: 6, year: 2024 }]);
    expect(goalOpenings('工作目标为:货运量达到100万吨。', '2024年')).toEqual([{ at: 6, year: 2024 }]);
    expect(goalOpenings('年度目标是货运量达到100万吨。', '2024年')).toEqual([{ at: 5, year: 2024 }]);
    expect(goalOpenings('总体目标：货运量达到100万吨。', '2024 年')).toEqual([{ at: 5, year: 2024 }]);
    expect(goalOpenings('主要目标是货运量达到100万吨。', '2024年')).toEqual([{ at: 5, year: 2024 }]);
    expect(goalOpenings('2023年，主要目标：货运量达到100万吨。', '')).toEqual([{ at: 11, year: 2023 }]);
    expect(goalOpenings('主要目标：货运量2025年完成。', '2024年')).toEqual([]);
  });
  it('a quoted plan: each verb of intent after 提出 / 明确 / 要求 with ： , or ,', () => {
    for (const c of ['《意见》提出：要新建站点5个。', '《意见》明确,将新建站点5个。', '《意见》要求：力争新建站点5个。', '《意见》要求：确保新建站点5个。', '《意见》要求：争取新建站点5个。'])
      expect([c, goalOpenings(c, '', 2023)]).toEqual([c, [{ at: 7, year: 2023 }]]);
    expect(goalOpenings('《意见》强调，要新建站点2025年。', '', 2023)).toEqual([]);
  });
  it('a named document setting out a number to reach opens to the end of its sentence; no year, or no verb of reaching, opens nothing', () => {
    expect(goalOpenings('《任务清单》明确，进一步提高，快递服务进村率达100%。其他。', '', 2024)).toEqual([{ at: 9, year: 2024, end: 27 }]);
    expect(goalOpenings('《清单》要求,进村率不低于90%。', '', null)).toEqual([]);
    expect(goalOpenings('《清单》要求,进村率不低于90%。', '2023年', null)).toEqual([{ at: 7, year: 2023, end: 16 }]);
    expect(goalOpenings('《清单》明确了3个方面、15项任务。', '', 2024)).toEqual([]);
    expect(goalOpenings('《清单》明确，完成3个方面任务。', '', 2024)).toEqual([]);
  });
  it('a year right after 要求： / 明确, opens its goals', () => {
    expect(goalOpenings('要求：2024年，业务量达到20亿件。', '')).toEqual([{ at: 9, year: 2024 }]);
    expect(goalOpenings('明确, 2024年,业务量达到20亿件。', '')).toEqual([{ at: 10, year: 2024 }]);
  });
  it('以YYYY年为期限 / 时限年 / 节点目标; a named target inside a horizon is not opened again', () => {
    for (const c of ['以2025年为期限，达到100万吨。', '以2025年为时限年，达到100万吨。', '以2025年为节点目标，达到100万吨。', '以2025年为节点，2025年货运量目标达到100万吨。'])
      expect([c, goalOpenings(c, '')]).toEqual([c, [{ at: 0, year: 2025 }]]);
  });
  it('targets named as such, one per clause; not after a range or 至', () => {
    expect(goalOpenings('其中2025年货运量目标达到100万吨；2026年吞吐量目标为8万标箱。', '')).toEqual([
      { at: 2, year: 2025, end: 19 },
      { at: 20, year: 2026, end: 35 },
    ]);
    expect(goalOpenings('2025年货运量目标达到100万吨', '')).toEqual([{ at: 0, year: 2025, end: 17 }]);
    expect(goalOpenings('2019-2025年货运量目标达到100万吨', '')).toEqual([]);
    expect(goalOpenings('至2025年货运量目标达到100万吨', '')).toEqual([]);
  });
});

describe('respectiveTargets: openings, verbs and qualifiers around 分别', () => {
  const r = (c: string) => respectiveTargets(c, 2027)?.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit, x.target.growthBasis ?? null, x.target.rate ?? null, x.target.direction ?? null]) ?? null;
  const counts = (kind: string) => [['A', kind, 5, '个', null, null, null], ['B', kind, 3, '个', null, null, null]];
  const pct = (kind: string, basis: string, direction: string) => [['A', kind, 5, '%', basis, null, direction], ['B', kind, 3, '%', basis, null, direction]];
  it('a year, intent, 全市 / 全区 / a scope and reading aids before the items are not part of the first name', () => {
    for (const c of ['至2025年底,A、B分别达到5个、3个', '到 2025 年末A、B分别达到5个、3个', '力争，A、B分别达到5个、3个', '基本实现A、B分别达到5个、3个', '全区A、B分别达到5个、3个', '全省A、B分别达到5个、3个', 'A\u200b、B分别达到5个、3个'])
      expect([c, r(c)]).toEqual([c, counts('level')]);
  });
  it('a base year before 分别 after a comma', () => {
    expect(r('A、B，较2022年分别增长12%、15%')).toEqual([['A', 'growth', 12, '%', 'cumulative', null, 'increase'], ['B', 'growth', 15, '%', 'cumulative', null, 'increase']]);
  });
  it('the verb before 分别 or after it decides growth or fall, 年均 the basis', () => {
    expect(r('A和B年均提高分别为5%、3%')).toEqual(pct('growth', 'annual', 'increase'));
    expect(r('A和B年均增速分别为5%、3%')).toEqual(pct('growth', 'annual', 'increase'));
    expect(r('A和B降低分别为5%、3%')).toEqual(pct('reduction', 'cumulative', 'decrease'));
    expect(r('A和B分别降低5%、3%以上')).toEqual(pct('reduction', 'cumulative', 'decrease'));
    // 提高到 names the level reached, as in goalClauseTarget (m18m: it was read as a growth by 5 %).
    expect(r('A和B分别提高到5%、3%')).toEqual([['A', 'level', 5, '%', null, null, null], ['B', 'level', 3, '%', null, null, null]]);
  });
  it('ceilings and floors in the verb or the qualifier', () => {
    for (const c of ['A、B分别降至5个、3个', 'A、B分别降到5个、3个', 'A、B分别为5个、3个以内', 'A、B分别为5个、3个以下']) expect([c, r(c)]).toEqual([c, counts('max')]);
    for (const c of ['A、B分别不低于5个、3个', 'A、B分别不少于5个、3个', 'A、B分别超过5个、3个', 'A、B分别为5个以上、3个左右']) expect([c, r(c)]).toEqual([c, counts('min')]);
  });
  it('values joined by 与 / 及 / 和; a unit written only on the last value is every value\'s', () => {
    for (const c of ['A、B分别为5个与3个', 'A及B分别为5个及3个', 'A与B分别为5个和3个']) expect([c, r(c)]).toEqual([c, counts('level')]);
    expect(r('A、B分别为5、3万吨')).toEqual([['A', 'level', 5, '万吨', null, null, null], ['B', 'level', 3, '万吨', null, null, null]]);
  });
  it('a list closed by 等 and a class noun shares what follows the class', () => {
    expect(r('鲜切花、果蔬、肉类、食用菌等农产品低温处理率分别达到85%、30%、85%、20%')).toEqual([
      ['鲜切花低温处理率', 'level', 85, '%', null, true, null],
      ['果蔬低温处理率', 'level', 30, '%', null, true, null],
      ['肉类低温处理率', 'level', 85, '%', null, true, null],
      ['食用菌低温处理率', 'level', 20, '%', null, true, null],
    ]);
    expect(r('甲、乙等企业营业收入分别达到5亿元、3亿元')).toEqual([['甲营业收入', 'level', 5, '亿元', null, null, null], ['乙营业收入', 'level', 3, '亿元', null, null, null]]);
  });
  it('a shared tail goes to short items only when the last is 3 characters longer and measured, and the first is not', () => {
    expect(r('甲、乙、丙冷链物流量分别增长5%、3%、2%')?.map((x) => x[0])).toEqual(['甲冷链物流量', '乙冷链物流量', '丙冷链物流量']);
    expect(r('甲、乙、丙冷链物流量分别达到5万吨、3万吨、2万吨')?.map((x) => x[0])).toEqual(['甲冷链物流量', '乙冷链物流量', '丙冷链物流量']);
    expect(r('货运量、吞吐量、周转量分别增长5%、3%、2%')?.map((x) => x[0])).toEqual(['货运量', '吞吐量', '周转量']);
    expect(r('甲乙丙丁、乙、丙冷链物流量分别增长5%、3%、2%')?.map((x) => x[0])).toEqual(['甲乙丙丁', '乙', '丙冷链物流量']);
    expect(r('甲、乙、丙占比分别为5%、3%、2%')).toEqual([['甲', 'level', 5, '%', null, null, null], ['乙', 'level', 3, '%', null, null, null], ['丙占比', 'level', 2, '%', null, true, null]]);
    expect(r('甲、乙、丙比重分别提高5%、3%、2%')).toEqual([['甲', 'growth', 5, '%', 'cumulative', null, 'increase'], ['乙', 'growth', 3, '%', 'cumulative', null, 'increase'], ['丙比重', 'level', 2, '%', null, true, null]]);
  });
  it('items sharing one value after 分别 are each read with it; not with one item, a name changed, no number or two', () => {
    expect(r('货运量和吞吐量分别增长10%')).toEqual([['货运量', 'growth', 10, '%', 'cumulative', null, 'increase'], ['吞吐量', 'growth', 10, '%', 'cumulative', null, 'increase']]);
    expect(r('货运量、吞吐量分别降低10个百分点以上')).toEqual([['货运量', 'pending', null, '百分点', null, null, 'decrease'], ['吞吐量', 'pending', null, '百分点', null, null, 'decrease']]);
    for (const c of ['货运量分别增长10%', '新建园区和中心分别达到10个', '货运量和吞吐量分别增长10%、到2025年', '货运量和吞吐量分别增长']) expect([c, r(c)]).toEqual([c, null]);
  });
});

describe('countListTargets: the year, scope and verb before the list', () => {
  const cl = (c: string) => countListTargets(c, 2027)?.map((x) => [x.name, x.target.kind, x.target.value, x.target.unit, x.target.text]) ?? null;
  it('a year before the list is cut, the text kept whole', () => {
    const c = '至 2025 年底,培育5个年营业收入超10亿元、10个年营业收入超5亿元的商贸企业';
    expect(cl(c)).toEqual([
      ['年营业收入超10亿元的商贸企业', 'level', 5, '个', c],
      ['年营业收入超5亿元的商贸企业', 'level', 10, '个', c],
    ]);
  });
  it('a scope and an adverb before the verb, three counts, a space before the unit', () => {
    expect(cl('全省重点培育5个年收入超10亿元、10个年收入超5亿元的商贸企业')?.map((x) => x[0])).toEqual(['年收入超10亿元的商贸企业', '年收入超5亿元的商贸企业']);
    expect(cl('培育5个收入超10亿元、10个收入超5亿元、20个收入超1亿元的商贸企业')?.map((x) => [x[0], x[2]])).toEqual([['收入超10亿元的商贸企业', 5], ['收入超5亿元的商贸企业', 10], ['收入超1亿元的商贸企业', 20]]);
    expect(cl('培育5 个收入超10亿元、10 个收入超5亿元的商贸企业')?.map((x) => [x[0], x[2], x[3]])).toEqual([['收入超10亿元的商贸企业', 5, '个'], ['收入超5亿元的商贸企业', 10, '个']]);
  });
});

// goalClauseTarget as [name, kind, value, unit, growthBasis, rate, direction, directionBy, benchmark].
const g = (c: string) => {
  const r = goalClauseTarget(c, 2027);
  return r ? [r.name, r.target.kind, r.target.value, r.target.unit ?? null, r.target.growthBasis ?? null, r.target.rate ?? null, r.target.direction ?? null, r.target.directionBy ?? null, r.target.benchmark ?? null] : null;
};
const plain = (name: string, kind: string, value: number | null, unit: string | null) => [name, kind, value, unit, null, null, null, null, null];

describe('goalClauseTarget: what is cut before the name', () => {
  it('a year with spaces, 底 / 末 and either comma; joining words; 今年 / 明年; 全年 / 当年; intent; the cut mark', () => {
    for (const c of ['2025 年底，货运量达到100万吨', '2025年末,货运量达到100万吨', '到2025年货运量达到100万吨', '至 2025年货运量达到100万吨', '即货运量达到100万吨', '且货运量达到100万吨', '并且货运量达到100万吨', '今年，货运量达到100万吨', '明年货运量达到100万吨', '……货运量达到100万吨', '全年货运量达到100万吨', '当年货运量达到100万吨', '要力争货运量达到100万吨', '将确保货运量达到100万吨', '要实现货运量达到100万吨', '其中，货运量达到100万吨', '努力实现货运量达到100万吨', '基本实现货运量达到100万吨', '推动货运量达到100万吨', '促进货运量达到100万吨', '确保货运量达到100万吨', '争取货运量达到100万吨'])
      expect([c, g(c)]).toEqual([c, plain('货运量', 'level', 100, '万吨')]);
  });
  it('包括 before a list, 将 / 要 / 计划 before a verb of counting or 增加, 新开通 / 新开 before a route', () => {
    for (const c of ['其中包括新建园区10个', '主要包括新建园区10个', '包括新建园区10个', '全市将新建园区10个', '计划新建园区10个', '要增加园区10个']) expect([c, g(c)]).toEqual([c, plain('园区', 'level', 10, '个')]);
    for (const c of ['全区新开通航线10条', '新开航线10条']) expect([c, g(c)]).toEqual([c, plain('航线', 'level', 10, '条')]);
  });
  it('no number but a year, or nothing after the verb, is no target; 全覆盖 is coverage', () => {
    for (const c of ['货运量达到', '货运量达到2025年', '货运量待定']) expect([c, g(c)]).toEqual([c, null]);
    expect(g('港口全覆盖')).toEqual(plain('港口', 'coverage', null, null));
  });
});

describe('goalClauseTarget: ratios, choices, coverage, comparisons', () => {
  it('a ratio 1:N is N, N:M is N/M; 以上 makes it a floor; a first term of 0 is no ratio', () => {
    expect(g('拖挂比达1:2以上')).toEqual(plain('拖挂比', 'min', 2, ''));
    expect(g('车货比为3:1')).toEqual(plain('车货比', 'level', 3, ''));
    expect(g('拖挂比达到1：2左右')).toEqual(plain('拖挂比', 'level', 2, ''));
    expect(g('拖挂比提高到2 : 4')).toEqual(plain('拖挂比', 'level', 0.5, ''));
    expect(g('拖挂比0:2')).toBeNull();
  });
  it('选择 / 选取 / 确定 / 遴选 N … 作为 X counts X; a range is a floor', () => {
    expect(g('选择1-2个中心城市作为物流配送示范城市')).toEqual(['物流配送示范城市', 'min', 1, '个', null, null, 'increase', 'wording', null]);
    expect(g('选取3个城市作为示范城市')).toEqual(['示范城市', 'level', 3, '个', null, null, 'increase', 'wording', null]);
    expect(g('确定2—3个县作为试点县')).toEqual(['试点县', 'min', 2, '个', null, null, 'increase', 'wording', null]);
    expect(g('遴选5家企业作为“示范企业”')).toEqual(['“示范企业”', 'level', 5, '家', null, null, 'increase', 'wording', null]);
  });
  it('a share of places covered names the places', () => {
    expect(g('线路覆盖全省所有县级以上城市和50%以上乡(镇)')).toEqual(plain('线路覆盖乡(镇)', 'min', 50, '%'));
    expect(g('线路覆盖60%的乡镇')).toEqual(plain('线路覆盖乡镇', 'level', 60, '%'));
    expect(g('网络覆盖80%左右行政村')).toEqual(plain('网络覆盖行政村', 'level', 80, '%'));
  });
  it('points above a benchmark: 高于 / 快于 / 领先, 平均水平 / 平均 cut from the benchmark', () => {
    expect(g('增速高于全国平均水平2个百分点')).toEqual(['增速', 'relative', 2, '百分点', null, null, null, null, '全国']);
    expect(g('增速快于全省1.5个百分点')).toEqual(['增速', 'relative', 1.5, '百分点', null, null, null, null, '全省']);
    expect(g('增速领先全市平均3个百分点')).toEqual(['增速', 'relative', 3, '百分点', null, null, null, null, '全市']);
  });
});

describe('goalClauseTarget: growths, falls and ceilings', () => {
  const up = (basis: string) => ['货运量', 'growth', 5, '%', basis, null, 'increase', 'wording', null];
  const down = (basis: string) => ['单位能耗', 'reduction', 5, '%', basis, null, 'decrease', 'wording', null];
  it('growth verbs with 年均 / 累计 / 同比 and 约 / 达到 / 超过 / 达; a pending value; a rate name keeps the rate', () => {
    expect(g('货运量年均增长5%')).toEqual(up('annual'));
    for (const c of ['货运量累计增长约5%', '货运量同比提高达到5%', '货运量增加超过5%', '货运量扩大达5%']) expect([c, g(c)]).toEqual([c, up('cumulative')]);
    expect(g('货运量提升x%')).toEqual(plain('货运量', 'pending', null, '%'));
    expect(g('物流增加值增长率增长5%')).toEqual(['物流增加值增长率', 'level', 5, '%', null, true, 'increase', 'wording', null]);
    expect(g('物流增加值增速年均增长5%')).toEqual(['物流增加值增速', 'level', 5, '%', 'annual', true, 'increase', 'wording', null]);
  });
  it('fall verbs with 约 / 到 / 超过 / 达到, 降 alone; a pending value', () => {
    for (const c of ['单位能耗下降约5%', '单位能耗压减到5%', '单位能耗缩短超过5%', '单位能耗降5%']) expect([c, g(c)]).toEqual([c, down('cumulative')]);
    expect(g('单位能耗年均降低达到5%')).toEqual(down('annual'));
    expect(g('单位能耗降低xx%')).toEqual(plain('单位能耗', 'pending', null, '%'));
  });
  it('a ceiling in a unit of time, a count, money or %; a pending ceiling', () => {
    expect(g('通关时间压缩至24小时以内')).toEqual(plain('通关时间', 'max', 24, '小时'));
    expect(g('通关时间分别控制在24小时')).toEqual(plain('通关时间', 'max', 24, '小时'));
    expect(g('通关时间降至2天以下')).toEqual(plain('通关时间', 'max', 2, '天'));
    expect(g('时间下降至2分钟')).toEqual(plain('时间', 'max', 2, '分钟'));
    expect(g('时间下降到3工作日')).toEqual(plain('时间', 'max', 3, '工作日'));
    expect(g('空置率降低至5%')).toEqual(plain('空置率', 'max', 5, '%'));
    expect(g('费用不超过100万元')).toEqual(plain('费用', 'max', 100, '万元'));
    expect(g('园区控制在3个以内')).toEqual(plain('园区', 'max', 3, '个'));
    expect(g('成本降低到x万元')).toEqual(plain('成本', 'pending', null, '万元'));
  });
  it('a ceiling in 个工作日 keeps its unit (bug: GOAL_UNIT\'s 个 took "2个工作日" as 2个)', () => {
    expect(g('通关时间缩短到2个工作日')).toEqual(plain('通关时间', 'max', 2, '个工作日'));
    expect(g('通关时间缩短到2个工作日以内')).toEqual(plain('通关时间', 'max', 2, '个工作日'));
  });
  it('a change in points, against a base year or not, and a fall of a count by an amount, need a base', () => {
    const pts = (name: string, direction: string) => [name, 'pending', null, '百分点', null, null, direction, 'wording', null];
    for (const c of ['占比较2020年降低1个百分点', '占比比2020年下降1.5个百分点', '占比比2020年减少2个百分点']) expect([c, g(c)]).toEqual([c, pts('占比', 'decrease')]);
    for (const c of ['比率再下降0.3个百分点', '比率累计压减1个百分点']) expect([c, g(c)]).toEqual([c, pts('比率', 'decrease')]);
    for (const c of ['比率继续提高1个百分点', '比率年均增加1个百分点', '比率提升1个百分点']) expect([c, g(c)]).toEqual([c, pts('比率', 'increase')]);
    expect(g('贫困人口减少60万以上')).toEqual(['贫困人口', 'pending', null, '万', null, null, 'decrease', 'wording', null]);
    expect(g('库存降低约10万吨')).toEqual(['库存', 'pending', null, '万吨', null, null, 'decrease', 'wording', null]);
    expect(g('库存下降到5亿左右')).toEqual(['库存', 'pending', null, '亿', null, null, 'decrease', 'wording', null]);
    expect(g('库存压减10万吨')).toEqual(['库存', 'pending', null, '万吨', null, null, 'decrease', 'wording', null]);
  });
});

describe('goalClauseTarget: counts with attributes, completions, times to do, predicates', () => {
  const counted = (name: string, kind: string, value: number, unit: string) => [name, kind, value, unit, null, null, 'increase', 'wording', null];
  it('a number inside an attribute (拥有 / 具有 / 具备 / 有 …的) is part of what is counted; the head names it when it says enough', () => {
    expect(g('拥有100辆以上货车的企业将达到500家')).toEqual(plain('拥有100辆以上货车的企业', 'level', 500, '家'));
    expect(g('培育拥有100辆汽车列车组的甩挂运输示范企业10家以上')).toEqual(plain('甩挂运输示范企业', 'min', 10, '家'));
    expect(g('计划建设具有10个以上泊位的港口达到5个')).toEqual(plain('具有10个以上泊位的港口', 'level', 5, '个'));
    expect(g('有5个中心的城市超过3个')).toEqual(plain('有5个中心的城市', 'min', 3, '个'));
    expect(g('具备10万吨及以上库容的冷库企业突破20家')).toEqual(plain('冷库企业', 'min', 20, '家'));
    expect(g('力争拥有100辆货车的运输企业不少于50家')).toEqual(plain('运输企业', 'min', 50, '家'));
    expect(g('拥有100辆货车的企业50家左右')).toEqual(plain('拥有100辆货车的企业', 'level', 50, '家'));
  });
  it('a count of things whose making is completed (创建 / 建设工作 / 如期建成 / 认定完成)', () => {
    expect(g('13个农村物流示范县创建全面完成')).toEqual(counted('农村物流示范县', 'level', 13, '个'));
    expect(g('13个示范县建设工作基本完成')).toEqual(counted('示范县', 'level', 13, '个'));
    expect(g('5个园区如期建成')).toEqual(counted('园区', 'level', 5, '个'));
    expect(g('5个园区认定完成')).toEqual(counted('园区', 'level', 5, '个'));
  });
  it('a time within which something is done is a ceiling in that unit', () => {
    const time = (name: string, value: number, unit: string) => [name, 'max', value, unit, null, null, 'decrease', 'wording', null];
    expect(g('市域配送90分钟送达')).toEqual(time('市域配送送达', 90, '分钟'));
    expect(g('国内1天送达')).toEqual(time('国内送达', 1, '天'));
    expect(g('省内24小时以内到达')).toEqual(time('省内到达', 24, '小时'));
    expect(g('政务2个工作日内办结')).toEqual(time('政务办结', 2, '个工作日'));
    expect(g('全省3天通达')).toEqual(time('全省通达', 3, '天'));
    expect(g('货物2.5小时抵达')).toEqual(time('货物抵达', 2.5, '小时'));
  });
  it('a count, who is counted and what they do: the doers, a range at least its lower count', () => {
    expect(g('2-3家大宗货物生产企业开展“公转铁”运输试点')).toEqual(counted('开展“公转铁”运输试点的大宗货物生产企业', 'min', 2, '家'));
    expect(g('10个左右的园区完成改造升级')).toEqual(counted('完成改造升级的园区', 'level', 10, '个'));
    expect(g('3～5家企业通过认证评审')).toEqual(counted('通过认证评审的企业', 'min', 3, '家'));
    expect(g('20所学校纳入试点名单')).toEqual(counted('纳入试点名单的学校', 'level', 20, '所'));
  });
  it('5家以上 before the doers is a floor too (bug: only a range was, 以上 was read as a level)', () => {
    expect(g('5家以上企业实现数字化转型')).toEqual(counted('实现数字化转型的企业', 'min', 5, '家'));
  });
});

describe('goalClauseTarget: a count before what is counted', () => {
  const counted = (name: string, kind: string, value: number | null, unit: string) => [name, kind, value, unit, null, null, 'increase', 'wording', null];
  it('scopes, each place, floors, adverbs, ranges and glosses', () => {
    expect(g('创建2个及以上国家物流枢纽经济示范区')).toEqual(counted('国家物流枢纽经济示范区', 'min', 2, '个'));
    expect(g('在全国打造500个左右的县域商业“领跑县”')).toEqual(counted('县域商业“领跑县”', 'level', 500, '个'));
    expect(g('全区每个县(市、区)建成1个物流中心')).toEqual(counted('物流中心', 'level', 1, '个'));
    expect(g('各县(市)至少建成1个物流中心')).toEqual(counted('物流中心', 'min', 1, '个'));
    expect(g('在全省范围内新建5个货运站场(物流园区)')).toEqual(counted('货运站场', 'level', 5, '个'));
    expect(g('本市最少新建3个园区')).toEqual(counted('园区', 'min', 3, '个'));
    expect(g('不少于建成3个园区')).toEqual(counted('园区', 'min', 3, '个'));
    expect(g('培育3—5户龙头企业')).toEqual(counted('龙头企业', 'min', 3, '户'));
    expect(g('新建x个园区')).toEqual(counted('园区', 'pending', null, '个'));
    expect(g('积极培育5家龙头企业等')).toEqual(counted('龙头企业', 'level', 5, '家'));
    expect(g('重点打造3个物流园区（示范）')).toEqual(counted('物流园区', 'level', 3, '个'));
  });
  it('the head after the last 的, projects not their building, a thing joined with 若干 left out; a size class or a list is none', () => {
    expect(g('建成30个左右辐射带动能力较强、互联衔接紧密的国家物流枢纽')).toEqual(counted('国家物流枢纽', 'level', 30, '个'));
    expect(g('建设31个重点物流项目建设')).toEqual(counted('重点物流项目', 'level', 31, '个'));
    expect(g('建成40个以上物流中心和若干个农村物流站点')).toEqual(counted('物流中心', 'min', 40, '个'));
    expect(g('培育50万吨以上的海运骨干企业')).toBeNull();
    expect(g('建成5个园区、中心')).toBeNull();
  });
});

describe('goalClauseTarget: the general reading', () => {
  it('verbs of floor make a min, 力争达到 a level; coverage', () => {
    expect(g('物流投资达到100亿元以上')).toEqual(plain('物流投资', 'min', 100, '亿元'));
    for (const c of ['物流企业不少于50家', '物流企业不低于50家', '物流企业突破50家']) expect([c, g(c)]).toEqual([c, plain('物流企业', 'min', 50, '家')]);
    expect(g('物流企业力争达到50家')).toEqual(plain('物流企业', 'level', 50, '家'));
    expect(g('物流园区实现全覆盖')).toEqual(plain('物流园区', 'coverage', null, null));
    expect(g('冷链达到全覆盖')).toEqual(plain('冷链', 'coverage', null, null));
  });
  it('a verb of making before the name is cut; a range is a floor at its lower bound', () => {
    for (const c of ['培育物流企业50家', '计划培育物流企业10家', '增加物流企业10家']) expect([c, g(c)?.[0]]).toEqual([c, '物流企业']);
    expect(g('建成村级物流服务站300个')).toEqual(plain('村级物流服务站', 'level', 300, '个'));
    expect(g('增加值100亿元')).toEqual(plain('增加值', 'level', 100, '亿元'));
    for (const c of ['冷库容量达到10-20万吨', '冷库容量10~20万吨']) expect([c, g(c)]).toEqual([c, plain('冷库容量', 'min', 10, '万吨')]);
  });
  it('no name: a choosing verb, a qualifier alone, a norm for each village, a bare count, a verb of having with nothing after it, a share of an unnamed thing', () => {
    for (const c of ['选择1-2个城市', '累计培育7个', '每个行政村原则上有1家便利店', '全市拥有5个', '建设实现100%达标', '2个物流园区', 'A100亿元']) expect([c, g(c)]).toEqual([c, null]);
  });
  it('what follows a verb of having is counted; 每万人 is a rate and stays; a rate name takes a share; 5A级 is a name', () => {
    expect(g('每万人拥有5家网点')).toEqual(['网点', 'level', 5, '家', null, null, 'increase', 'wording', null]);
    expect(g('全市拥有5个国家级物流枢纽')).toEqual(['国家级物流枢纽', 'level', 5, '个', null, null, 'increase', 'wording', null]);
    expect(g('污水处理率实现100%达标')).toEqual(plain('污水处理率', 'level', 100, '%'));
    expect(g('物流成本10万元')).toEqual(plain('物流成本', 'max', 10, '万元'));
    expect(g('物流企业xx家')).toEqual(plain('物流企业', 'pending', null, '家'));
    expect(g('5A级物流企业10家')).toEqual(plain('5A级物流企业', 'level', 10, '家'));
  });
  it('a sum granted is no target', () => {
    for (const c of ['对新认定的省级示范物流园区给予100万元奖励', '给予最高 50万元补助', '给予一次性10万元的资助']) expect([c, g(c)]).toEqual([c, null]);
  });
  it('words between the name and the number, 目标 / 目标为 / 目标是, and 超 before a number', () => {
    for (const c of ['货运量力争成为100万吨', '货运量率先成为100万吨', '货运量逾100万吨', '货运量预计100万吨']) expect([c, g(c)]).toEqual([c, plain('货运量', 'level', 100, '万吨')]);
    for (const c of ['物流业增加值目标为100亿元', '物流业增加值目标是100亿元']) expect([c, g(c)]).toEqual([c, plain('物流业增加值', 'level', 100, '亿元')]);
    for (const c of ['物流业增加值超 100亿元', '物流业增加值超过100亿元']) expect([c, g(c)]).toEqual([c, plain('物流业增加值', 'min', 100, '亿元')]);
  });
});

describe('goalIndicators: verbs carried, borrowed names, lists, spans', () => {
  const gi = (text: string) => goalIndicators([{ year: 2027, span: [0, text.length] } as never], text).map((i) => [i.number, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.span]);
  it('a bare count after a comma still shares the verb of the list before; a named clause or a first clause does not', () => {
    expect(gi('新建200个物流园区、180个配送中心，300家冷库。')).toEqual([
      ['G1', '物流园区', '个', 'level', 200, [0, 19]],
      ['G2', '配送中心', '个', 'level', 180, [0, 19]],
      ['G3', '冷库', '家', 'level', 300, [20, 26]],
    ]);
    expect(gi('新建200个物流园区、180个配送中心，冷库达到300家。').map((r) => r[1])).toEqual(['物流园区', '配送中心', '冷库']);
    expect(gi('货运量达到100万吨，300家冷库。')).toEqual([['G1', '货运量', '万吨', 'level', 100, [0, 10]]]);
  });
  it('a pending or uncounted target stated twice is kept twice', () => {
    expect(gi('货运量达到x万吨，货运量达到x万吨。')).toEqual([
      ['G1', '货运量', '万吨', 'pending', null, [0, 8]],
      ['G2', '货运量', '万吨', 'pending', null, [9, 17]],
    ]);
    expect(gi('港口全覆盖，港口全覆盖。')).toEqual([
      ['G1', '港口', '', 'coverage', null, [0, 5]],
      ['G2', '港口', '', 'coverage', null, [6, 11]],
    ]);
  });
  it('分别 after a comma takes the items of the clause before, with or without a base year', () => {
    expect(gi('A、B，较2022年分别增长5%、3%。')).toEqual([['G1', 'A', '%', 'growth', 5, [0, 19]], ['G2', 'B', '%', 'growth', 3, [0, 19]]]);
    expect(gi('A、B，比2022 年分别增长5%、3%。').map((r) => r[1])).toEqual(['A', 'B']);
  });
  it('the last item before ，分别 does not keep the comma (bug: it was named "B，")', () => {
    expect(gi('A、B，分别达到5个、3个。')).toEqual([['G1', 'A', '个', 'level', 5, [0, 13]], ['G2', 'B', '个', 'level', 3, [0, 13]]]);
    expect(gi('货运量和吞吐量，分别增长10%。')).toEqual([['G1', '货运量', '%', 'growth', 10, [0, 15]], ['G2', '吞吐量', '%', 'growth', 10, [0, 15]]]);
  });
  it('bare measures of money and bare rates of each wording take the name before', () => {
    const second = (t: string) => gi(t)[1]?.slice(1, 5);
    expect(second('货运量达到100万吨，年投资超50亿元。')).toEqual(['货运量年投资', '亿元', 'min', 50]);
    expect(second('货运量达到100万吨，计划投资额超50亿元。')).toEqual(['货运量计划投资额', '亿元', 'min', 50]);
    expect(second('货运量达到100万吨，累计总投资超50亿元。')).toEqual(['货运量累计总投资', '亿元', 'min', 50]);
    expect(second('货运量达到100万吨，当年投资超50亿元。')).toEqual(['货运量投资', '亿元', 'min', 50]);
    for (const w of ['年增速', '增幅', '增长幅度', '年均增速']) expect([w, second(`货运量达到100万吨，${w}超过10%。`)]).toEqual([w, [`货运量${w}`, '%', 'min', 10]]);
  });
  it('a growth or fall with no name of its own, each qualifier and verb, takes the name before', () => {
    const second = (t: string) => gi(t)[1]?.slice(1, 5);
    expect(second('货运量达到100万吨，同比下降5%。')).toEqual(['货运量同比下降', '%', 'reduction', 5]);
    expect(second('货运量达到100万吨，年均减少5%。')).toEqual(['货运量年均减少', '%', 'reduction', 5]);
    expect(second('货运量达到100万吨，累计提高5%。')).toEqual(['货运量累计提高', '%', 'growth', 5]);
    expect(second('货运量达到100万吨，年均降低5%。')).toEqual(['货运量年均降低', '%', 'reduction', 5]);
  });
  it('a level and its change after 、: each verb of change, 以上 / 左右 after the level, a % level', () => {
    expect(gi('冷藏车保有量达到6000辆、年均下降10%。')).toEqual([['G1', '冷藏车保有量', '辆', 'level', 6000, [0, 21]], ['G2', '冷藏车保有量年均下降', '%', 'reduction', 10, [0, 21]]]);
    expect(gi('冷藏车保有量达到6000辆、减少10%。').map((r) => [r[1], r[3]])).toEqual([['冷藏车保有量', 'level'], ['冷藏车保有量减少', 'reduction']]);
    expect(gi('冷藏车保有量达到6000辆、提高10%。').map((r) => [r[1], r[3]])).toEqual([['冷藏车保有量', 'level'], ['冷藏车保有量提高', 'growth']]);
    expect(gi('冷藏车保有量达到6000辆以上、增加10%。').map((r) => [r[1], r[3]])).toEqual([['冷藏车保有量', 'min'], ['冷藏车保有量增加', 'growth']]);
    expect(gi('冷藏车保有量达到6000辆左右、同比降低10%。').map((r) => [r[1], r[3]])).toEqual([['冷藏车保有量', 'level'], ['冷藏车保有量同比降低', 'reduction']]);
    expect(gi('冷藏车达到60%、增长10%。').map((r) => [r[1], r[2], r[3]])).toEqual([['冷藏车', '%', 'level'], ['冷藏车增长', '%', 'growth']]);
  });
  it('a list of targets with a time unit; a piece without a number keeps the clause one target; a measured list in a name is dropped', () => {
    expect(gi('通关时间压缩至24小时、货物2天送达。')).toEqual([['G1', '通关时间', '小时', 'max', 24, [0, 18]], ['G2', '货物送达', '天', 'max', 2, [0, 18]]]);
    expect(gi('冷链物流基地5个、省外48小时通达。')).toEqual([['G1', '冷链物流基地', '个', 'level', 5, [0, 17]], ['G2', '省外通达', '小时', 'max', 48, [0, 17]]]);
    expect(gi('轨道交通里程300公里、高速公路通车。')).toEqual([['G1', '轨道交通里程', '公里', 'level', 300, [0, 18]]]);
    expect(gi('基地省内24小时、省外和国际48小时通达。')).toEqual([]);
    expect(gi('建成2家物流园区及15家配送中心。')).toEqual([['G1', '物流园区', '家', 'level', 2, [0, 16]], ['G2', '配送中心', '家', 'level', 15, [0, 16]]]);
  });
  it('counts with attributes of their own share the head; empty clauses and white space around clauses are left out of spans', () => {
    expect(gi('培育5个年营业收入超10亿元、10个年营业收入超5亿元的商贸物流龙头企业。').map((r) => [r[1], r[4]])).toEqual([['年营业收入超10亿元的商贸物流龙头企业', 5], ['年营业收入超5亿元的商贸物流龙头企业', 10]]);
    expect(gi('货运量达到100万吨；；吞吐量达到5万标箱')).toEqual([['G1', '货运量', '万吨', 'level', 100, [0, 10]], ['G2', '吞吐量', '万标箱', 'level', 5, [12, 21]]]);
    expect(gi(' 货运量达到100万吨 ，吞吐量达到5万标箱 ')).toEqual([['G1', '货运量', '万吨', 'level', 100, [1, 11]], ['G2', '吞吐量', '万标箱', 'level', 5, [13, 22]]]);
  });
});

describe('goalClauseTarget: the head after 的 and a list of examples closed by 等, at their lengths', () => {
  it('a head of two characters after the last 的 names what is counted; one character does not', () => {
    expect(g('建成30个设施完善的园区')).toEqual(['园区', 'level', 30, '个', null, null, 'increase', 'wording', null]);
    expect(g('建成30个设施完善的区')).toEqual(['设施完善的区', 'level', 30, '个', null, null, 'increase', 'wording', null]);
  });
  it('examples closed by 等 are cut when two characters or more are left', () => {
    expect(g('京津冀、长三角等沿海主要港口吞吐量达到100万吨')).toEqual(plain('沿海主要港口吞吐量', 'level', 100, '万吨'));
    expect(g('甲、乙等港口达到5个')).toEqual(plain('港口', 'level', 5, '个'));
    expect(g('甲、乙等A港达到5个')).toEqual(plain('A港', 'level', 5, '个'));
    expect(g('甲、乙等港达到5个')).toEqual(plain('甲、乙等港', 'level', 5, '个'));
  });
});

describe('survivors of the Stryker run of 2026-12-02 on lines 1000–1051 (06:38–06:47 UTC)', () => {
  it('yearOpeningsWithout到: the number must be after the deadline and before the first 。; a year with a space is no number', () => {
    expect(yearOpeningsWithout到('完成8条，2023年底前，完成改造。')).toEqual([]);
    expect(yearOpeningsWithout到('2023年底前，新建线路8')).toEqual([{ at: 0, year: 2023 }]);
    expect(yearOpeningsWithout到('2023年底前，。新建8条')).toEqual([]);
    expect(yearOpeningsWithout到('2023年底前，完成2024 年计划。')).toEqual([]);
    expect(yearOpeningsWithout到('要求， 2026年，新增4个')).toEqual([{ at: 10, year: 2026 }]);
  });
  it('periodGoalOpenings: spaces around the period, a horizon read alone, a period without quotes', () => {
    expect(periodGoalOpenings('到 “十四五”期末，货运量达到100万吨。')).toEqual([{ at: 0, year: 2025 }]);
    expect(periodGoalOpenings('到“十四五” 期末，货运量达到100万吨。')).toEqual([{ at: 0, year: 2025 }]);
    expect(periodGoalOpenings('到“十四五”期末，将新建10个。')).toEqual([{ at: 0, year: 2025 }]);
    expect(periodGoalOpenings('十三五时期，将新建10个。')).toEqual([{ at: 6, year: 2020 }]);
  });
  it('periodGoalOpenings: the past only right after the period (a space allowed); intent looked for after it, to the end without a 。', () => {
    expect(periodGoalOpenings('“十四五”规划提出，将新建10个，此前期间已建成5个。')).toEqual([{ at: 10, year: 2025 }]);
    expect(periodGoalOpenings('“十三五”全期间已建成100个，将新建50个。')).toEqual([{ at: 16, year: 2020 }]);
    expect(periodGoalOpenings('十三五 期间已建成100个，将新建50个。')).toEqual([]);
    expect(periodGoalOpenings('将完成5项任务。“十四五”时期，力争新建10个。')).toEqual([{ at: 16, year: 2025 }]);
    expect(periodGoalOpenings('“十四五”时期完成5项，将加快发展')).toEqual([]);
    expect(periodGoalOpenings('“十四五”时期，将新建10个')).toEqual([{ at: 8, year: 2025 }]);
    expect(periodGoalOpenings('“十四五”时期，力争在2025 年建成。')).toEqual([]);
  });
});
